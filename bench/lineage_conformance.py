"""Lineage conformance: exact-match score on our own hand-written cases (tests/lineage/cases/).

Each case names a dialect, the SQL (a statement or a script) and either the expected table-level
sets (``reads``, ``writes`` and optionally ``intermediates``; paths count as tables) or the
expected end-to-end column pairs (``"src.col -> tgt.col"``, intermediates collapsed, see
``iopsdata.lineage.collapse``). A case scores 1 when every expected set matches exactly (names
compared case-insensitively). Run: ``python bench/lineage_conformance.py [--misses] [--cases PATH]``
(default: every ``*.json`` file in that folder).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent)]

from iopsdata.lineage import extract_lineage  # noqa: E402
from iopsdata.lineage.collapse import end_to_end  # noqa: E402

CASES_DIR = HERE.parent / "tests" / "lineage" / "cases"


def load_cases(path: Path | None = None) -> list[dict]:
    """The cases of one file, or of every case file in ``tests/lineage/cases`` (ids unique)."""
    paths = [path] if path else sorted(CASES_DIR.glob("*.json"))
    cases = [case for p in paths for case in json.loads(p.read_text())]
    ids = [case["id"] for case in cases]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate case ids across case files")
    return cases


def _norm(names) -> list[str]:
    return sorted({str(n).lower() for n in names})


def actual(case: dict) -> dict:
    """What the analyzer says for ``case``, in the case's own vocabulary."""
    try:
        lin = extract_lineage(case["sql"], case["dialect"], case.get("schema"))
    except Exception as exc:  # a crash is a miss, reported with its message
        return {"error": f"{type(exc).__name__}: {exc}"}
    return {
        "reads": _norm((*lin.reads, *lin.files_read)),
        "writes": _norm((*lin.writes, *lin.files_written)),
        "intermediates": _norm(lin.intermediates),
        "columns": _norm(f"{s} -> {t}" for s, t in end_to_end(lin)),
    }


def check(case: dict) -> tuple[str, bool, dict]:
    """(level, matched, actual) for one case; level is "table" or "column"."""
    got = actual(case)
    level = "column" if "columns" in case else "table"
    keys = ["columns"] if level == "column" else ["reads", "writes"]
    if "intermediates" in case:
        keys.append("intermediates")
    ok = "error" not in got and all(got[k] == _norm(case[k]) for k in keys)
    return level, ok, got


def score(cases: list[dict]) -> dict:
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    kinds: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses = []
    for case in cases:
        level, ok, got = check(case)
        totals[level][0] += ok
        totals[level][1] += 1
        kinds[case["kind"]][0] += ok
        kinds[case["kind"]][1] += 1
        if not ok:
            misses.append((case, got))
    return {
        "levels": {k: (v[0], v[1], round(v[0] / v[1], 3)) for k, v in totals.items()},
        "kinds": {k: (v[0], v[1]) for k, v in sorted(kinds.items())},
        "dialects": len({c["dialect"] for c in cases}),
        "misses": misses,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--misses", action="store_true", help="print every missed case")
    parser.add_argument("--cases", type=Path, help="one case file (default: all case files)")
    args = parser.parse_args()
    result = score(load_cases(args.cases))
    if args.misses:
        for case, got in result["misses"]:
            print(f"--- {case['id']} ({case['dialect']}, {case['kind']})")
            want = {
                k: case[k] for k in ("reads", "writes", "intermediates", "columns") if k in case
            }
            print("want:", want)
            print("got: ", got)
    for kind, (ok, n) in result["kinds"].items():
        print(f"{kind:24} {ok}/{n}")
    for level, (ok, n, ratio) in sorted(result["levels"].items()):
        print(f"{level}-level exact match: {ok}/{n} = {ratio}")
    print(
        f"cases: {sum(n for _, n, _ in result['levels'].values())}, dialects: {result['dialects']}"
    )


if __name__ == "__main__":
    main()
