"""Lineage throughput: iOpsData vs sqllineage 1.5.9 on the same ~500 generated statements.

Both sides produce table AND column lineage for every statement. sqllineage runs in its fastest
mode (``dialect="non-validating"``, i.e. sqlparse). Statements are timed one by one; each engine
runs the whole corpus in turn, ``--rounds`` times, and each statement keeps its best time (the
machine is shared with other work); we report
statements/s, per-statement p50/p99 and the ratio. Run: ``python bench/lineage_bench.py``
(``--n 200`` for a quicker run). Results: bench/results/lineage_bench.json.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import logging
import platform
import statistics
import sys
import time
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from corpus.lineage_corpus import generate, schema_for_lineage  # noqa: E402

from iopsdata.lineage import extract_lineage  # noqa: E402
from iopsdata.lineage.impact import match, parse_target  # noqa: E402


def alternating(engines: dict, statements: list[str], rounds: int) -> tuple[dict, dict, list[int]]:
    """Run each engine over the whole corpus in turn, ``rounds`` times (A B C A B C …).

    Each (engine, statement) keeps its best time over the rounds, the run least disturbed by the
    other processes on this shared machine. Returns per-engine stats over all statements, over
    the statements no engine failed on, and the indexes of failed statements.
    """
    best = {name: [float("inf")] * len(statements) for name in engines}
    failed: set[int] = set()
    errors = dict.fromkeys(engines, 0)
    for r in range(rounds):
        for name, fn in engines.items():
            gc.collect()
            times = best[name]
            for i, sql in enumerate(statements):
                start = time.perf_counter()
                try:
                    fn(sql)
                except Exception:
                    errors[name] += r == 0
                    failed.add(i)
                times[i] = min(times[i], time.perf_counter() - start)
    ok = [i for i in range(len(statements)) if i not in failed]
    every = {name: _stats(times, errors[name]) for name, times in best.items()}
    common = {name: _stats([times[i] for i in ok], 0) for name, times in best.items()}
    return every, common, sorted(failed)


def _stats(times: list[float], errors: int) -> dict:
    total = sum(times)
    qs = statistics.quantiles(times, n=100)
    return {
        "statements": len(times),
        "errors": errors,
        "total_s": round(total, 3),
        "stmts_per_s": round(len(times) / total, 1),
        "p50_ms": round(qs[49] * 1000, 3),
        "p99_ms": round(qs[98] * 1000, 3),
    }


OURS = "iopsdata (tables + columns)"
THEIRS = "sqllineage non-validating (tables + columns)"


def ours(sql: str) -> None:
    lin = extract_lineage(sql, "postgres")
    assert lin.reads or lin.writes


def ours_with_schema(schema):
    def run(sql: str) -> None:
        extract_lineage(sql, "postgres", schema)

    return run


def sqllineage_run(sql: str) -> None:
    from sqllineage.runner import LineageRunner

    runner = LineageRunner(sql, dialect="non-validating", silent_mode=True)
    runner.source_tables  # noqa: B018 - triggers the analysis
    runner.get_column_lineage()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=500, help="number of statements (default 500)")
    parser.add_argument(
        "--rounds", type=int, default=3, help="runs per statement; the best counts (default 2)"
    )
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    warnings.simplefilter("ignore")
    statements = generate(args.n)
    import sqlglot
    import sqllineage
    from sqllineage.runner import LineageRunner  # noqa: F401 - import cost is not timed

    for sql in statements[:20]:  # warm imports and caches on both sides
        for fn in (ours, sqllineage_run):
            with contextlib.suppress(Exception):
                fn(sql)
    rows, common, failed = alternating(
        {
            OURS: ours,
            "iopsdata + schema (star expansion)": ours_with_schema(schema_for_lineage()),
            THEIRS: sqllineage_run,
        },
        statements,
        args.rounds,
    )
    lineages = [extract_lineage(s, "postgres") for s in statements]
    target = parse_target("flights.dep_delay")
    start = time.perf_counter()
    hits = sum(1 for lin in lineages if match(lin, target, "drop"))
    scan_ms = (time.perf_counter() - start) * 1000
    ratio = common[OURS]["stmts_per_s"] / common[THEIRS]["stmts_per_s"]
    ratio_all = rows[OURS]["stmts_per_s"] / rows[THEIRS]["stmts_per_s"]

    for title, table in (
        (f"all {len(statements)} statements", rows),
        (f"the {len(statements) - len(failed)} statements every engine analysed", common),
    ):
        print(f"\n{title}\n{'engine':48} {'stmts/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
        for name, r in table.items():
            print(
                f"{name:48} {r['stmts_per_s']:>9} {r['p50_ms']:>8} {r['p99_ms']:>8} {r['errors']:>7}"
            )
    print(
        f"\nratio iopsdata / sqllineage: {ratio:.1f}x on common statements, {ratio_all:.1f}x on all (target >= 20x)"
    )
    print(f"impact match over {len(lineages)} cached lineages: {scan_ms:.1f} ms ({hits} hits)")
    out = {
        "statements": len(statements),
        "mean_chars": round(statistics.mean(map(len, statements))),
        "results_all": rows,
        "results_common": common,
        "failed_statements": failed,
        "ratio_common": round(ratio, 1),
        "ratio_all": round(ratio_all, 1),
        "target_ratio": 20,
        "impact_scan_ms": round(scan_ms, 2),
        "impact_hits": hits,
        "versions": {
            "python": platform.python_version(),
            "sqlglot": sqlglot.__version__,
            "sqllineage": getattr(sqllineage, "VERSION", "1.5.9"),
        },
        "command": f"python bench/lineage_bench.py --n {args.n} --rounds {args.rounds}",
    }
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "lineage_bench.json").write_text(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
