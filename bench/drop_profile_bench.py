"""Drop-to-profile: the whole path a user pays (``ws.files.upload`` + profile) vs DuckDB SUMMARIZE.

    python bench/drop_profile_bench.py                    # 1M rows × 12 columns, CSV and Parquet
    python bench/drop_profile_bench.py --rows 10000000    # 10M rows (1.26 GB CSV)

The file is generated once by DuckDB (the 12 columns of ``bench/profile_bench.py``). Every variant
runs in its own subprocess, alternating within each round (the machine is shared, so load hits
all alike; the best round is kept); the parent reads the child's peak RSS with ``os.wait4``:

- ``upload``: ``FileService.upload`` of the file (opened, streamed in as the page does), which
  stages and hashes it, checks it, converts it to Parquet counting rejected rows, stores it and
  profiles it; then ``files.profile`` returns the ``Profile`` (stored). The child also reports
  when each upload stage began (``on_progress``), so the time can be split;
- ``summarize``: DuckDB ``SUMMARIZE SELECT * FROM read_csv/read_parquet(file)`` (the reference);
- ``copy``: a bare DuckDB ``COPY (FROM read_csv(file)) TO parquet`` with the upload's codec and
  level (CSV only; the upload's floor).

DuckDB runs with the app's default memory limit (``IOPSDATA_DUCKDB_MEMORY_LIMIT``, 1 GB) in every
variant. Writes bench/results/drop_profile.json and prints a table.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "drop_profile.json"
MEMORY_LIMIT = "1GB"


def v_upload(path: str, fmt: str) -> dict:
    sys.path.insert(0, str(ROOT))
    from iopsdata.files import FileService
    from tests.support.context import make_context

    home = Path(tempfile.mkdtemp(prefix="drop-bench-"))
    files = FileService(
        make_context(home, IOPSDATA_DUCKDB_MEMORY_LIMIT=MEMORY_LIMIT, IOPSDATA_MAX_UPLOAD_MB="4096")
    )
    stages: dict[str, float] = {}
    started = time.perf_counter()

    def progress(stage: str, _fraction: float) -> None:
        stages.setdefault(stage, round(time.perf_counter() - started, 3))

    with open(path, "rb") as fh:
        asset = files.upload(f"data.{fmt}", fh, on_progress=progress)
    profile = files.profile(asset.id)
    assert profile.row_count == asset.row_count and asset.rejected_rows == 0
    assert asset.metadata.get("profile"), "the upload did not profile the file"
    return {"stages": stages, "rows": asset.row_count, "cleanup": str(home)}


def v_summarize(path: str, fmt: str) -> dict:
    import duckdb

    con = duckdb.connect(config={"memory_limit": MEMORY_LIMIT})
    reader = "read_parquet" if fmt == "parquet" else "read_csv"
    con.sql(f"SUMMARIZE SELECT * FROM {reader}('{path}')").fetchall()
    return {}


def v_copy(path: str, fmt: str) -> dict:
    import duckdb

    sys.path.insert(0, str(ROOT))
    from iopsdata.files.ingest import PARQUET_OPTIONS  # the upload's codec and level

    folder = tempfile.mkdtemp(prefix="drop-bench-copy-")
    con = duckdb.connect(config={"memory_limit": MEMORY_LIMIT})
    con.execute(f"COPY (FROM read_csv('{path}')) TO '{folder}/out.parquet' ({PARQUET_OPTIONS})")
    return {"cleanup": folder}


VARIANTS = {"upload": v_upload, "summarize": v_summarize, "copy": v_copy}


def child(variant: str, path: str, fmt: str) -> None:
    if variant == "upload":  # warm the imports so only the work is timed, as for the others
        sys.path.insert(0, str(ROOT))
        import iopsdata.files.service
        import iopsdata.profiling.files  # noqa: F401
        import tests.support.context  # noqa: F401
    import duckdb  # noqa: F401

    started = time.perf_counter()
    extra = VARIANTS[variant](path, fmt)
    elapsed = time.perf_counter() - started
    shutil.rmtree(extra.pop("cleanup", ""), ignore_errors=True)  # not timed: nobody waits for it
    print(json.dumps({"work_s": elapsed, **extra}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--formats", default="csv,parquet")
    ap.add_argument("--no-copy", action="store_true", help="skip the bare COPY reference")
    ap.add_argument("--folder", default="/tmp/iopsdata-profile-bench")
    ap.add_argument("--child")
    ap.add_argument("--path")
    ap.add_argument("--format")
    args = ap.parse_args()
    if args.child:
        child(args.child, args.path, args.format)
        return
    sys.path.insert(0, str(ROOT))
    from bench.profile_bench import generate

    folder = Path(args.folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = generate(folder, args.rows)
    results = []
    for fmt in args.formats.split(","):
        variants = ["summarize", "upload"] + (["copy"] if fmt == "csv" and not args.no_copy else [])
        runs: dict[str, list[dict]] = {v: [] for v in variants}
        for _ in range(args.rounds):
            for variant in variants:
                runs[variant].append(_measured(variant, paths[fmt], fmt))
        for got in runs.values():
            ok = [r for r in got if "work_s" in r]
            best = min(ok, key=lambda r: r["work_s"]) if ok else got[0]
            best |= {
                "rows": args.rows,
                "all_s": [r.get("work_s") for r in got],
                "all_load_1m": [r.get("load_1m") for r in got],
            }
            if ok:
                best["peak_rss_mb"] = max(r["peak_rss_mb"] for r in ok)
            results.append(best)
            print(json.dumps(best), flush=True)
    _report(results, Path(paths["csv"]).stat().st_size)


def _measured(variant: str, path: str, fmt: str) -> dict:
    """One child run with its peak RSS (``os.wait4`` reports the child's own maximum)."""
    cmd = [sys.executable, __file__, "--child", variant, "--path", path, "--format", fmt]
    load = round(os.getloadavg()[0], 2)  # the machine is shared: the 1-minute load at the start
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, err = proc.stdout.read(), proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        return {"variant": variant, "format": fmt, "error": err.strip().splitlines()[-1:]}
    got = json.loads(out.strip().splitlines()[-1])
    got["work_s"] = round(got["work_s"], 3)
    peak = round(usage.ru_maxrss / 1024)
    return {"variant": variant, "format": fmt, **got, "peak_rss_mb": peak, "load_1m": load}


def _report(results: list[dict], csv_bytes: int) -> None:
    ref = {
        r["format"]: r["work_s"] for r in results if r["variant"] == "summarize" and "work_s" in r
    }
    lines = [
        f"CSV {csv_bytes / 2**20:,.0f} MB; DuckDB memory limit {MEMORY_LIMIT}",
        "| rows | format | variant | time (s) | vs SUMMARIZE | peak RSS (MB) | upload stages began at (s) |",
        "|---:|---|---|---:|---:|---:|---|",
    ]
    for r in results:
        if "work_s" not in r:
            lines.append(
                f"| {r['rows']:,} | {r['format']} | {r['variant']} | failed: {r['error']} | | | |"
            )
            continue
        base = ref.get(r["format"])
        ratio = f"{r['work_s'] / base:.2f}×" if base else ""
        stages = ", ".join(f"{k} {v:.2f}" for k, v in (r.get("stages") or {}).items())
        lines.append(
            f"| {r['rows']:,} | {r['format']} | {r['variant']} | {r['work_s']:.2f} | {ratio} | "
            f"{r['peak_rss_mb']} | {stages} |"
        )
    print("\n".join(lines))
    RESULTS.parent.mkdir(exist_ok=True)
    previous = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    # a run of one format keeps the other format's figures of the same size
    done = {(r["format"], r["variant"]) for r in results}
    kept = [
        r
        for r in previous.get(str(results[0]["rows"]), [])
        if (r["format"], r["variant"]) not in done
    ]
    previous[str(results[0]["rows"])] = kept + results
    RESULTS.write_text(json.dumps(previous, indent=2))


if __name__ == "__main__":
    main()
