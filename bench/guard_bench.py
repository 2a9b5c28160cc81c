"""Guard throughput: ``check_sql`` vs a bare sqlglot parse of the same statements.

    python bench/guard_bench.py            # best of 20 interleaved rounds over the benign corpus
    python bench/guard_bench.py --rounds 5

The reference is ``sqlglot.parse_one`` on the same corpus in the same process (what any
parse-based check has to pay anyway); rounds are interleaved and each variant's best round is
kept, so the ratio holds on a busy shared machine. Writes
bench/results/guard_bench.json and prints a table.
"""

from __future__ import annotations

import argparse
import json
import logging
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import sqlglot  # noqa: E402

from iopsdata.guard import check_sql  # noqa: E402
from tests.security.benign_corpus import BENIGN  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "guard_bench.json"


def _best_rates(rounds: int) -> tuple[float, float]:
    """Interleave the two variants and keep each one's fastest round: the machine is shared."""
    _parse_all(), _guard_all()  # warm caches (dialect objects, denylist tables)
    best = {_parse_all: float("inf"), _guard_all: float("inf")}
    for _ in range(rounds):
        for fn in best:
            start = time.perf_counter()
            fn()
            best[fn] = min(best[fn], time.perf_counter() - start)
    return len(BENIGN) / best[_parse_all], len(BENIGN) / best[_guard_all]


def _parse_all() -> None:
    for dialect, sql in BENIGN:
        sqlglot.parse_one(sql, read=dialect)


def _guard_all() -> None:
    for dialect, sql in BENIGN:
        check_sql(sql, dialect)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    logging.getLogger("sqlglot").setLevel(logging.ERROR)
    compiled = sqlglot.parser.__file__.endswith(".so")
    parse_rate, guard_rate = _best_rates(args.rounds)
    result = {
        "statements": len(BENIGN),
        "rounds": args.rounds,
        "sqlglot_compiled": compiled,
        "sqlglot_version": sqlglot.__version__,
        "python": platform.python_version(),
        "parse_only_per_s": round(parse_rate),
        "check_sql_per_s": round(guard_rate),
        "guard_cost_vs_parse": round(parse_rate / guard_rate, 2),
    }
    print(f"{'variant':<28}{'statements/s':>14}")
    print(f"{'sqlglot.parse_one (ref)':<28}{parse_rate:>14,.0f}")
    print(f"{'check_sql':<28}{guard_rate:>14,.0f}")
    print(
        f"check_sql takes {result['guard_cost_vs_parse']}x the time of a bare parse "
        f"({len(BENIGN)} statements, best of {args.rounds} rounds, compiled sqlglot: {compiled})"
    )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
