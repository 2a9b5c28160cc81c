"""Each equivalence rule of the scorer, one line per case (``iopsdata/eval/scoring.py``)."""

from __future__ import annotations

from decimal import Decimal

import duckdb
import pytest

from iopsdata.eval.scoring import Rows, compare, has_top_level_order


def R(columns: str, *rows: tuple) -> Rows:
    return Rows(tuple(columns.split(",")), tuple(rows))


GOLD = R("carrier,n", ("AA", 3), ("UA", 5), ("DL", None))

CASES = [
    # (name, gold, answer, ordered, match)
    ("identical", GOLD, GOLD, False, True),
    ("aliases differ", GOLD, R("code,flights", ("AA", 3), ("UA", 5), ("DL", None)), False, True),
    ("column order differs", GOLD, R("n,carrier", (3, "AA"), (5, "UA"), (None, "DL")), False, True),
    ("row order without ORDER BY", GOLD, R("c,n", ("UA", 5), ("DL", None), ("AA", 3)), False, True),
    ("row order with ORDER BY", GOLD, R("c,n", ("UA", 5), ("DL", None), ("AA", 3)), True, False),
    ("same order with ORDER BY", GOLD, GOLD, True, True),
    ("float tolerance", R("x", (1 / 3,)), R("x", (0.33333334,)), False, True),
    ("float beyond tolerance", R("x", (1 / 3,)), R("x", (0.334,)), False, False),
    ("decimal vs int", R("n", (Decimal("3"),)), R("n", (3,)), False, True),
    ("decimal vs float", R("avg", (Decimal("12.50"),)), R("avg", (12.5,)), False, True),
    ("int vs float", R("n", (7,)), R("n", (7.0,)), False, True),
    ("NULLs equal", R("a,b", (None, 1)), R("a,b", (None, 1)), False, True),
    ("NULL is not zero", R("a", (None,)), R("a", (0,)), False, False),
    ("NaN counts as NULL", R("a", (None,)), R("a", (float("nan"),)), False, True),
    ("number is not text", R("a", (1,)), R("a", ("1",)), False, False),
    ("missing row", GOLD, R("c,n", ("AA", 3), ("UA", 5)), False, False),
    ("duplicate rows count", R("a", (1,), (1,), (2,)), R("a", (1,), (2,), (2,)), False, False),
    ("extra column allowed", R("n", (3,)), R("carrier,n", ("AA", 3)), False, True),
    ("missing column", R("carrier,n", ("AA", 3)), R("n", (3,)), False, False),
    (
        "columns mixed across rows",
        R("a,b", (1, "x"), (2, "y")),
        R("a,b", (1, "y"), (2, "x")),
        False,
        False,
    ),
    ("empty results", R("a"), R("b"), False, True),
]


@pytest.mark.parametrize(
    ("gold", "answer", "ordered", "match"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_rule(gold, answer, ordered, match):
    assert compare(gold, answer, ordered=ordered).match is match


def test_extra_columns_can_be_refused():
    assert not compare(R("n", (3,)), R("c,n", ("AA", 3)), extra_columns=False).match


def test_reasons_say_what_differs():
    assert "has 2 rows;" in compare(GOLD, R("c,n", ("AA", 3), ("UA", 5))).reason
    reason = compare(GOLD, R("c,n", ("UA", 5), ("DL", None), ("AA", 3)), ordered=True).reason
    assert "another order" in reason
    assert "'n'" in compare(GOLD, R("c,n", ("AA", 4), ("UA", 5), ("DL", None))).reason


def test_alike_columns_are_paired_by_rows():
    """Two columns with the same values: the pairing that makes the rows match is found."""
    gold = R("a,b", (1, 2), (2, 1))
    answer = R("b,a", (1, 2), (2, 1))  # b holds the same multiset as a
    outcome = compare(gold, answer, ordered=True)
    assert outcome.match and outcome.column_map == (0, 1)
    assert compare(gold, R("x,y", (2, 1), (1, 2)), ordered=True).match  # swapped columns


@pytest.mark.parametrize(
    ("sql", "ordered"),
    [
        ("SELECT a FROM t ORDER BY a", True),
        ("SELECT a FROM t", False),
        ("SELECT a FROM (SELECT a FROM t ORDER BY a) s", False),
        ("WITH s AS (SELECT a FROM t ORDER BY a) SELECT a FROM s", False),
        ("WITH s AS (SELECT a FROM t) SELECT a FROM s ORDER BY a DESC LIMIT 3", True),
        ("SELECT a FROM t UNION ALL SELECT b FROM u ORDER BY 1", True),
        ("SELECT rank() OVER (ORDER BY a) FROM t", False),
    ],
)
def test_top_level_order_by(sql, ordered):
    assert has_top_level_order(sql, "duckdb") is ordered


def test_engine_types_compare_as_numbers():
    """DECIMAL from one query, DOUBLE and BIGINT from another: the real Arrow types agree."""
    con = duckdb.connect()
    gold = Rows.from_arrow(
        con.sql(
            "SELECT 1.50::DECIMAL(10,2) AS x, 2::INTEGER AS y, NULL::VARCHAR AS z"
        ).to_arrow_table()
    )
    answer = Rows.from_arrow(
        con.sql("SELECT NULL AS zz, 2.0::DOUBLE AS yy, 1.5::DOUBLE AS xx").to_arrow_table()
    )
    assert compare(gold, answer).match
