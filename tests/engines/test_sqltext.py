"""Formatting and transpiling with sqlglot; clear errors on bad input."""

from __future__ import annotations

import pytest

from iopsdata.errors import IopsError, QueryFailed
from iopsdata.sqlservice import SqlService


@pytest.mark.parametrize(
    ("sql", "dialect", "expected"),
    [
        # Format lays the text out and changes nothing else: the user's keyword case and spacing
        # inside expressions stay as typed (first-hour item 19)
        ("select a,b from t where x=1", "postgres", "select a,\n       b\nfrom t\nwhere x=1"),
        ("select 1; select 2", None, "select 1;\n\nselect 2"),
        ("select `a` from t", "mysql", "select `a`\nfrom t"),
        (
            "SELECT a, b FROM t WHERE x = 1 AND y IS NOT NULL",
            "postgres",
            "SELECT a,\n       b\nFROM t\nWHERE x = 1\n  AND y IS NOT NULL",
        ),
    ],
)
def test_format(sql, dialect, expected):
    assert SqlService.format(sql, dialect) == expected


@pytest.mark.parametrize(
    ("sql", "src", "dst", "expected"),
    [
        (
            "SELECT IFNULL(a, 0) FROM t LIMIT 5",
            "mysql",
            "postgres",
            "SELECT\n  COALESCE(a, 0)\nFROM t\nLIMIT 5",
        ),
        ("SELECT TOP 3 a FROM t", "tsql", "duckdb", "SELECT\n  a\nFROM t\nLIMIT 3"),
        ("SELECT a::text FROM t", "postgres", "mysql", "SELECT\n  CAST(a AS CHAR)\nFROM t"),
    ],
)
def test_transpile(sql, src, dst, expected):
    assert SqlService.transpile(sql, src, dst) == expected


@pytest.mark.parametrize(
    "bad", ["SELECT FROM WHERE (", "SELECT 'unterminated", "(" * 60 + "1" + ")" * 60]
)
def test_unparseable_sql_is_a_clear_error(bad):
    with pytest.raises(QueryFailed) as info:
        SqlService.format(bad, "postgres")
    assert info.value.title in ("SQL could not be parsed", "SQL too deeply nested")


def test_unknown_dialect():
    with pytest.raises(IopsError) as info:
        SqlService.transpile("select 1", "postgres", "klingon")
    assert "klingon" in info.value.message
