"""Files: upload (validate + normalise to Parquet + store) and query speed, against references.

One generated CSV (``--rows`` × 8 columns: ints, floats, text, a category, dates, timestamps,
booleans, a nullable int). Timed in the same process, interleaved, best of ``--rounds``:

- ``iopsdata upload``: ``FileService.upload`` end to end (stage + sha256, encoding check,
  DuckDB sniff + rejects-tracked conversion to Parquet, blob store, metadata row);
- ``duckdb COPY`` (floor): ``COPY (FROM read_csv(...)) TO parquet`` alone, no checks;
- ``pandas``: ``read_csv`` + ``to_parquet`` (pyarrow), the usual hand-written path;
- a GROUP BY through the sandboxed Files connection (guard, watchdog, caps, audit row) vs plain
  DuckDB on the same Parquet file.

Run: ``python bench/files_bench.py`` (``--rows 200000`` for a quick run).
Results: bench/results/files_bench.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from iopsdata.files import FileService  # noqa: E402
from iopsdata.files.sandbox import forget  # noqa: E402
from tests.support.context import make_context  # noqa: E402

QUERY = "SELECT category, count(*) AS n, avg(price) AS avg_price FROM {t} GROUP BY 1 ORDER BY 1"


def make_csv(path: Path, rows: int) -> None:
    import duckdb

    duckdb.sql(
        f"""COPY (SELECT i AS id, (i * 7919) % 100000 / 100.0 AS price, 'customer_' || (i % 5000) AS customer,
              ['red','green','blue','black','white'][1 + i % 5] AS category,
              DATE '2020-01-01' + (i % 1500)::INT AS day, TIMESTAMP '2020-01-01' + to_seconds(i) AS ts,
              i % 3 = 0 AS flag, CASE WHEN i % 10 = 0 THEN NULL ELSE i % 97 END AS maybe
            FROM range({rows}) t(i)) TO '{path}' (HEADER)"""
    )


def best(fn, rounds: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(rounds):
        start = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - start)
    return min(times), out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()

    import duckdb
    import pandas as pd

    tmp = Path(tempfile.mkdtemp(prefix="files_bench_"))
    csv = tmp / "sales.csv"
    make_csv(csv, args.rows)
    data = csv.read_bytes()
    size_mb = len(data) / 2**20

    services = [FileService(make_context(tmp / f"ws{i}")) for i in range(args.rounds)]

    def upload():
        svc = services.pop()  # a fresh workspace each round, so no round is a duplicate
        return svc, svc.upload("sales.csv", data)

    def duck_copy():
        out = tmp / "duck.parquet"
        duckdb.connect().execute(
            f"COPY (FROM read_csv('{csv}')) TO '{out}' (FORMAT parquet, COMPRESSION zstd)"
        )
        return out

    def pandas_path():
        pd.read_csv(csv).to_parquet(tmp / "pandas.parquet")

    # Interleaved rounds: the machine is shared, so load hits every contender alike; keep each best.
    names = ("iopsdata upload", "duckdb COPY (floor)", "pandas read_csv + to_parquet")
    fns = (upload, duck_copy, pandas_path)
    results = dict.fromkeys(names, float("inf"))
    outputs: dict[str, object] = {}
    for _ in range(args.rounds):
        for name, fn in zip(names, fns, strict=True):
            sec, outputs[name] = best(fn, 1)
            results[name] = min(results[name], sec)
    svc, asset = outputs["iopsdata upload"]
    parquet = outputs["duckdb COPY (floor)"]
    assert asset.row_count == args.rows and asset.rejected_rows == 0

    target = svc.target()
    target.run("SELECT 1")  # build the sandbox once; its cost is reported separately below
    sandbox_build, _ = best(lambda: (forget(svc.ctx.workspace_id), svc.sandbox()), args.rounds)
    q_files, _ = best(lambda: target.run(QUERY.format(t=asset.table_name)), args.rounds * 3)
    plain = duckdb.connect()
    q_plain, _ = best(
        lambda: plain.sql(QUERY.format(t=f"read_parquet('{parquet}')")).to_arrow_table(),
        args.rounds * 3,
    )

    rows = [
        ("upload: iopsdata (checked, Parquet, stored)", results["iopsdata upload"]),
        ("upload ref: duckdb COPY csv→parquet (no checks)", results["duckdb COPY (floor)"]),
        ("upload ref: pandas read_csv + to_parquet", results["pandas read_csv + to_parquet"]),
        ("sandbox build (views + locked read-only DuckDB)", sandbox_build),
        ("query: Files connection (guard, caps, audit)", q_files),
        ("query ref: plain DuckDB on the Parquet", q_plain),
    ]
    print(f"{args.rows:,} rows × 8 columns, CSV {size_mb:.1f} MB, best of {args.rounds}")
    print(f"{'what':52} {'seconds':>9}")
    for name, sec in rows:
        print(f"{name:52} {sec:9.3f}")
    ratios = {
        "upload_vs_duckdb_copy": results["iopsdata upload"] / results["duckdb COPY (floor)"],
        "pandas_vs_upload": results["pandas read_csv + to_parquet"] / results["iopsdata upload"],
        "query_overhead_ms": (q_files - q_plain) * 1000,
    }
    print(
        f"upload = {ratios['upload_vs_duckdb_copy']:.2f}× the bare DuckDB conversion; "
        f"pandas (no date parsing, no reject tracking) takes {ratios['pandas_vs_upload']:.2f}× iopsdata's time; "
        f"Files-connection overhead per query {ratios['query_overhead_ms']:.1f} ms"
    )
    out = HERE / "results" / "files_bench.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(
        json.dumps(
            {
                "rows": args.rows,
                "csv_mb": round(size_mb, 1),
                "rounds": args.rounds,
                "seconds": dict(rows),
                "ratios": ratios,
                "python": platform.python_version(),
                "machine": platform.machine(),
            },
            indent=2,
        )
    )
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
