"""Formatting and transpiling with sqlglot; clear errors on bad input."""

from __future__ import annotations

import pytest

from iopsdata.errors import IopsError, QueryFailed
from iopsdata.sqlservice import SqlService


@pytest.mark.parametrize(
    ("sql", "dialect", "expected"),
    [
        ("select a,b from t where x=1", "postgres", "SELECT\n  a,\n  b\nFROM t\nWHERE\n  x = 1"),
        ("select 1; select 2", None, "SELECT\n  1;\n\nSELECT\n  2"),
        ("select `a` from t", "mysql", "SELECT\n  `a`\nFROM t"),
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
