"""Our own lineage conformance cases (every file in tests/lineage/cases/), one test each.

The cases cover every miss kind of issue 16 on the dialects it names: procedure and block
bodies, T-SQL batches and GO, INSERT … VALUES subqueries, scripts (drop, rename, intermediates),
LIKE/CLONE/SWAP/EXCHANGE/partition moves, table changes, paths, backticks, compound operators,
and column level (view column lists, stars, lateral aliases, subqueries, unions, collapse).
The ``fresh_round_*.json`` files were each written before the fixes they led to and scored once
(first scores in CHANGELOG.md). ``bench/lineage_conformance.py`` reports the same cases as exact-match scores.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from lineage_conformance import check, load_cases, score

CASES = load_cases()
# Cases the analyzer still misses; strict, so a fix makes the test fail until the entry is
# removed here.
KNOWN_MISSES: dict[str, str] = {}


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(
            c,
            id=c["id"],
            marks=[pytest.mark.xfail(reason=KNOWN_MISSES[c["id"]], strict=True)]
            if c["id"] in KNOWN_MISSES
            else [],
        )
        for c in CASES
    ],
)
def test_case(case):
    _level, ok, got = check(case)
    want = {k: case[k] for k in ("reads", "writes", "intermediates", "columns") if k in case}
    assert ok, f"{case['id']}: want {want}, got {got}"


def test_cases_cover_every_kind_on_many_dialects():
    result = score(CASES)
    assert len(CASES) >= 120
    assert result["dialects"] >= 15
    assert {
        "procedure",
        "tsql-batch",
        "insert-values-subquery",
        "script",
        "copy-structure",
        "table-change",
        "col-view-columns",
        "col-star",
        "col-lateral-alias",
        "col-subquery-expr",
        "col-union",
        "col-collapse",
    } <= set(result["kinds"])
