"""Export 1M rows × 8 columns from PostgreSQL to a file: iOpsData's streamed export vs fetch-then-write.

The reference holds the whole result before writing it (ADBC ``fetch_arrow_table`` then pyarrow's
CSV writer, the fastest way that materialises; and ``pandas.read_sql`` + ``to_csv``, the common
one). iOpsData re-runs the statement through ``ws.sql.export_full`` — guard, stream, batch-by-batch
writer, audit row — so its peak should not grow with the result. Each variant runs in its own
subprocess (its own peak RSS); the median time of ``--repeat`` runs is reported with ratios.

    python bench/export_bench.py [--rows 1000000] [--repeat 3]

Writes bench/results/export_bench.json. Target: iOpsData's peak under 300 MB.
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
from bench.fetch_bench import DB, PG, QUERY, prepare  # noqa: E402

VARIANTS = (
    "pandas_read_sql_to_csv",
    "adbc_table_to_csv",
    "iopsdata_export_csv",
    "iopsdata_export_parquet",
)


def run_variant(name: str, rows: int) -> dict:
    """Executed inside the subprocess: one timed export of the whole table to a file."""
    out = Path(tempfile.mkdtemp()) / "out"
    if name == "pandas_read_sql_to_csv":
        import pandas as pd
        import sqlalchemy as sa

        engine = sa.create_engine(f"{PG.replace('postgresql://', 'postgresql+psycopg://')}/{DB}")
        t = time.perf_counter()
        frame = pd.read_sql(QUERY, engine)
        frame.to_csv(out, index=False)
        n = len(frame)
    elif name == "adbc_table_to_csv":
        import adbc_driver_postgresql.dbapi as adbc
        import pyarrow.csv as pacsv

        conn = adbc.connect(f"{PG}/{DB}")
        t = time.perf_counter()
        cur = conn.cursor()
        cur.execute(QUERY)
        table = cur.fetch_arrow_table()
        pacsv.write_csv(table, out)
        n = table.num_rows
    else:
        from iopsdata.connections import ConnectionService
        from iopsdata.sqlservice import SqlService
        from tests.support.context import make_context

        ctx = make_context(Path(tempfile.mkdtemp()), IOPSDATA_QUERY_TIMEOUT_S="600")
        cid = ConnectionService(ctx).add(
            "bench", "postgresql", {"host": "127.0.0.1", "database": DB, "user": "postgres"}
        )
        svc = SqlService(ctx)
        svc.run("SELECT 1", cid)  # connect outside the timing, as the other variants do
        fmt = "parquet" if name.endswith("parquet") else "csv"
        t = time.perf_counter()
        done = svc.export_full(QUERY, cid, fmt, dest=out)
        n = done.rows
    seconds = time.perf_counter() - t
    assert n == rows, (name, n)
    return {
        "seconds": seconds,
        "maxrss_mb": peak_mb(),
        "file_mb": out.stat().st_size / 2**20,
    }


def measure(name: str, rows: int, repeat: int) -> dict:
    r = run_repeated(__file__, name, rows, repeat, ROOT)
    r["file_mb"] = round(r["file_mb"], 1)
    return r


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--variant")
    args = ap.parse_args()
    if args.variant:
        print(json.dumps(run_variant(args.variant, args.rows)))
        return
    prepare(args.rows)
    results = {name: measure(name, args.rows, args.repeat) for name in VARIANTS}
    ref = results["adbc_table_to_csv"]
    print(
        f"Export {args.rows:,} rows × 8 columns from PostgreSQL to a file "
        f"(median of {args.repeat}, own process each)"
    )
    print(f"{'variant':<26}{'seconds':>9}{'peak MB':>9}{'time vs ADBC':>14}{'peak vs ADBC':>14}")
    for name, r in results.items():
        r["time_ratio_to_adbc"] = round(r["seconds"] / ref["seconds"], 2)
        r["peak_ratio_to_adbc"] = round(r["maxrss_mb"] / ref["maxrss_mb"], 2)
        print(
            f"{name:<26}{r['seconds']:>9.2f}{r['maxrss_mb']:>9.0f}"
            f"{r['time_ratio_to_adbc']:>13.2f}×{r['peak_ratio_to_adbc']:>13.2f}×"
        )
    target = max(results[n]["maxrss_mb"] for n in VARIANTS if n.startswith("iopsdata"))
    print(
        f"iOpsData peak {target:.0f} MB: {'meets' if target < 300 else 'MISSES'} the 300 MB target"
    )
    dest = ROOT / "bench" / "results" / "export_bench.json"
    dest.write_text(json.dumps({"rows": args.rows, "results": results}, indent=2) + "\n")


if __name__ == "__main__":
    main()
