"""Fetch 1M rows × 8 columns from PostgreSQL: pandas.read_sql vs drivers vs iOpsData's execute path.

Each variant runs in its own subprocess (so peak RSS is its own) three times; the median time is
reported with the ratio to ``pandas.read_sql`` (the reference) and to the fastest driver path.
``--catalog`` also times catalog introspection of 1,000 tables × 20 columns in PostgreSQL and MariaDB.

    python bench/fetch_bench.py [--rows 1000000] [--repeat 3] [--catalog]

Writes bench/results/fetch_bench.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.child import peak_mb, run_repeated  # noqa: E402

PG = "postgresql://postgres@127.0.0.1:5432"
DB = "iops_bench_fetch"
QUERY = "SELECT * FROM fetch_bench"
VARIANTS = ("pandas_read_sql", "psycopg_fetchall", "adbc_arrow", "iopsdata_execute")


def prepare(rows: int) -> None:
    import psycopg

    with psycopg.connect(f"{PG}/postgres", autocommit=True) as c:
        if not c.execute("SELECT 1 FROM pg_database WHERE datname = %s", (DB,)).fetchone():
            c.execute(f"CREATE DATABASE {DB}")
    with psycopg.connect(f"{PG}/{DB}", autocommit=True) as c:
        have = c.execute("SELECT count(*) FROM pg_class WHERE relname = 'fetch_bench'").fetchone()[
            0
        ]
        if have and c.execute("SELECT count(*) FROM fetch_bench").fetchone()[0] == rows:
            return
        c.execute("DROP TABLE IF EXISTS fetch_bench")
        c.execute(
            "CREATE TABLE fetch_bench AS SELECT g::bigint AS id, (g % 1000)::int AS small, g * 0.5::float8 AS ratio, "
            "'name ' || g AS label, timestamptz '2024-01-01' + g * interval '1 second' AS ts, "
            "date '2020-01-01' + (g % 3000) AS day, g % 2 = 0 AS flag, md5(g::text) AS hash "
            f"FROM generate_series(1, {rows}) g"
        )
        c.execute("VACUUM ANALYZE fetch_bench")


def run_variant(name: str, rows: int) -> dict:
    """Executed inside the subprocess: one timed fetch of the whole table."""
    if name == "pandas_read_sql":
        import pandas as pd
        import sqlalchemy as sa

        engine = sa.create_engine(f"{PG.replace('postgresql://', 'postgresql+psycopg://')}/{DB}")
        t = time.perf_counter()
        n = len(pd.read_sql(QUERY, engine))
    elif name == "psycopg_fetchall":
        import psycopg

        conn = psycopg.connect(f"{PG}/{DB}")
        t = time.perf_counter()
        n = len(conn.execute(QUERY).fetchall())
    elif name == "adbc_arrow":
        import adbc_driver_postgresql.dbapi as adbc

        conn = adbc.connect(f"{PG}/{DB}")
        t = time.perf_counter()
        cur = conn.cursor()
        cur.execute(QUERY)
        n = cur.fetch_arrow_table().num_rows
    else:
        from iopsdata.connections import ConnectionService
        from iopsdata.sqlservice import SqlService
        from tests.support.context import make_context

        ctx = make_context(
            Path(tempfile.mkdtemp()), IOPSDATA_BYTE_CAP_MB="8192", IOPSDATA_ROW_CAP=str(rows)
        )
        cid = ConnectionService(ctx).add(
            "bench", "postgresql", {"host": "127.0.0.1", "database": DB, "user": "postgres"}
        )
        svc = SqlService(ctx)
        svc.run("SELECT 1", cid)  # connect outside the timing, as the other variants do
        t = time.perf_counter()
        res = svc.run(QUERY, cid)
        n = res.row_count
        assert not res.truncated
    seconds = time.perf_counter() - t
    assert n == rows, (name, n)
    return {
        "seconds": seconds,
        "maxrss_mb": peak_mb(),
    }


def measure(name: str, rows: int, repeat: int) -> dict:
    return run_repeated(__file__, name, rows, repeat, ROOT)


def catalog_timings() -> dict:
    """Introspect 1,000 tables × 20 columns in PostgreSQL and MariaDB through the engines."""
    import psycopg
    import pymysql

    from iopsdata.engines import open_engine

    cols = ", ".join(f"c{i} int" for i in range(19))
    out = {}
    with psycopg.connect(f"{PG}/postgres", autocommit=True) as c:
        c.execute("DROP DATABASE IF EXISTS iops_bench_catalog WITH (FORCE)")
        c.execute("CREATE DATABASE iops_bench_catalog")
    with psycopg.connect(f"{PG}/iops_bench_catalog", autocommit=True) as c:
        c.execute(
            "DO $$ BEGIN FOR i IN 1..1000 LOOP "
            f"EXECUTE format('CREATE TABLE wide_%s (id int PRIMARY KEY, {cols})', i); END LOOP; END $$"
        )
    m = pymysql.connect(host="127.0.0.1", user="root", autocommit=True)
    with m.cursor() as cur:
        cur.execute("DROP DATABASE IF EXISTS iops_bench_catalog")
        cur.execute("CREATE DATABASE iops_bench_catalog")
        cur.execute("USE iops_bench_catalog")
        for i in range(1, 1001):
            cur.execute(f"CREATE TABLE wide_{i} (id int PRIMARY KEY, {cols})")
    for kind, opts in (
        (
            "postgresql",
            {
                "host": "127.0.0.1",
                "port": 5432,
                "database": "iops_bench_catalog",
                "user": "postgres",
            },
        ),
        (
            "mysql",
            {"host": "127.0.0.1", "port": 3306, "database": "iops_bench_catalog", "user": "root"},
        ),
    ):
        engine = open_engine(kind, opts)
        engine.release(engine.acquire())
        t = time.perf_counter()
        cat = engine.introspect()
        out[kind] = {
            "seconds": round(time.perf_counter() - t, 3),
            "tables": len(cat.tables),
            "columns": sum(len(x.columns) for x in cat.tables),
        }
        engine.close()
    with psycopg.connect(f"{PG}/postgres", autocommit=True) as c:
        c.execute("DROP DATABASE IF EXISTS iops_bench_catalog WITH (FORCE)")
    with m.cursor() as cur:
        cur.execute("DROP DATABASE IF EXISTS iops_bench_catalog")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--variant")
    ap.add_argument("--catalog", action="store_true")
    args = ap.parse_args()
    if args.variant:
        print(json.dumps(run_variant(args.variant, args.rows)))
        return
    prepare(args.rows)
    results = {name: measure(name, args.rows, args.repeat) for name in VARIANTS}
    ref = results["pandas_read_sql"]["seconds"]
    fastest_driver = min(results[n]["seconds"] for n in ("psycopg_fetchall", "adbc_arrow"))
    print(
        f"Fetch {args.rows:,} rows × 8 columns from PostgreSQL (median of {args.repeat}, own process each)"
    )
    print(
        f"{'variant':<20}{'seconds':>9}{'peak MB':>9}{'× faster than pandas':>22}{'vs fastest driver':>19}"
    )
    for name, r in results.items():
        r["speedup_vs_pandas"] = round(ref / r["seconds"], 2)
        r["ratio_to_fastest_driver"] = round(r["seconds"] / fastest_driver, 2)
        print(
            f"{name:<20}{r['seconds']:>9.3f}{r['maxrss_mb']:>9.0f}{r['speedup_vs_pandas']:>22.2f}{r['ratio_to_fastest_driver']:>19.2f}"
        )
    ours = results["iopsdata_execute"]
    summary = {
        "rows": args.rows,
        "columns": 8,
        "repeat": args.repeat,
        "variants": results,
        "targets": {
            "speedup_vs_pandas >= 4": ours["speedup_vs_pandas"] >= 4,
            "within 1.2x of fastest driver": ours["ratio_to_fastest_driver"] <= 1.2,
        },
    }
    print("targets:", summary["targets"])
    if args.catalog:
        summary["catalog_1000x20"] = catalog_timings()
        print("catalog introspection, 1,000 tables × 20 columns:", summary["catalog_1000x20"])
    out = ROOT / "bench" / "results" / "fetch_bench.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(summary, indent=2))
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
