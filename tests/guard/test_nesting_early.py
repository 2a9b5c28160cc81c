"""The early nesting check reads the start of a long text only, and may only ever refuse.

``check_nesting_early`` tokenizes the first ``NESTING_PREFIX_CHARS`` of a long query and refuses
it when that prefix alone is nested too deeply. It must never refuse a text the full check would
accept: these tests hold it to exactly the full check's verdict on long texts whose prefix cut
lands inside strings, comments, quoted names and dollar quotes, where a careless prefix reading
would see brackets that are not there.
"""

from __future__ import annotations

import random

import pytest
from sqlglot.dialects.dialect import Dialect

from iopsdata.errors import QueryRefused
from iopsdata.guard import check_sql
from iopsdata.guard.lexing import (
    NESTING_PREFIX_CHARS,
    check_nesting,
    check_nesting_early,
    tokenize,
)

LONG = 3 * NESTING_PREFIX_CHARS
DIALECTS = ("postgres", "mysql", "sqlite", "duckdb", "tsql")


def _full_refuses(sql: str, dialect: str) -> bool:
    try:
        check_nesting(tokenize(sql, Dialect.get_or_raise(dialect)))
    except QueryRefused:
        return True
    return False


def _early_refuses(sql: str, dialect: str) -> bool:
    try:
        check_nesting_early(sql, Dialect.get_or_raise(dialect))
    except QueryRefused:
        return True
    return False


def _padded(inner: str) -> str:
    """``inner`` repeated past ``LONG`` characters."""
    return inner * (LONG // len(inner) + 1)


# Texts whose first 16 KB hold brackets that are not SQL nesting: inside a string, a comment, a
# quoted name or a dollar quote, cut open by the prefix (with and without spaces to cut at).
NOT_NESTING = [
    ("postgres", "SELECT '" + _padded("(") + "'"),
    ("postgres", "SELECT '" + _padded("( ") + "'"),
    ("postgres", "SELECT 1 /* " + _padded("(SELECT ") + " */"),
    ("postgres", 'SELECT 1 AS "' + _padded("((") + '"'),
    ("postgres", "SELECT $$" + _padded("( ") + "$$"),
    ("postgres", "SELECT $tag$" + _padded("(SELECT ") + "$tag$"),
    ("mysql", "SELECT `" + _padded("( ") + "`"),
    ("mysql", 'SELECT "' + _padded("( ") + '"'),
    ("mysql", "SELECT 1 -- " + _padded("( ") + "\n"),
    ("duckdb", "SELECT '" + _padded("[ ") + "'"),
    ("sqlite", "SELECT [" + _padded("( ") + "]"),
    ("tsql", "SELECT N'" + _padded("( ") + "'"),
]

# Long, flat, legitimate queries: a long IN list and a long sum of terms.
FLAT = [
    ("postgres", "SELECT * FROM t WHERE id IN (" + ", ".join(str(i) for i in range(12_000)) + ")"),
    ("mysql", "SELECT " + " + ".join(f"c{i % 50}" for i in range(12_000)) + " FROM t"),
    ("duckdb", "SELECT " + ", ".join(f"'v{i}'" for i in range(8_000))),
]

DEEP = [
    ("postgres", "SELECT " + "(SELECT " * 100_000 + "1" + ")" * 100_000),
    ("mysql", "SELECT " + "f(" * 50_000 + "1" + ")" * 50_000),
    ("duckdb", "SELECT " + "{'a': " * 50_000 + "1" + "}" * 50_000),
    ("tsql", "SELECT " + "NOT " * 50_000 + "x"),
    ("sqlite", "SELECT " + "CASE WHEN a THEN " * 20_000 + "1" + " END" * 20_000),
]


@pytest.mark.parametrize(("dialect", "sql"), NOT_NESTING, ids=lambda v: str(v)[:24])
def test_brackets_inside_strings_comments_and_names_are_not_refused_early(dialect, sql):
    assert len(sql) > LONG
    assert not _early_refuses(sql, dialect)
    assert not _full_refuses(sql, dialect)


@pytest.mark.parametrize(("dialect", "sql"), FLAT, ids=lambda v: str(v)[:24])
def test_long_flat_queries_pass_the_whole_guard(dialect, sql):
    assert len(sql) > 2 * NESTING_PREFIX_CHARS
    assert not _early_refuses(sql, dialect)
    check_sql(sql, dialect)  # accepted: no exception


@pytest.mark.parametrize(("dialect", "sql"), DEEP, ids=lambda v: str(v)[:24])
def test_deep_nesting_is_refused_from_its_start(dialect, sql):
    assert _early_refuses(sql, dialect)
    with pytest.raises(QueryRefused, match="nested too deeply"):
        check_sql(sql, dialect)


def test_the_early_verdict_never_refuses_what_the_full_check_accepts():
    """Generated long texts mixing brackets, strings, comments and words, cut at random depths:
    wherever the early check refuses, the full check refuses too; and it does refuse some."""
    rng = random.Random(20261207)
    pieces = [
        "(",
        ")",
        "[",
        "]",
        "(SELECT ",
        "f(",
        "NOT ",
        "'(( ",
        "' ",
        "/* (( ",
        " */",
        "x ",
        "CASE WHEN a THEN ",
        " END",
        ", ",
        "-- ((\n",
        '"((',
        '" ',
    ]
    refused_early = 0
    for i in range(120):
        dialect = DIALECTS[i % len(DIALECTS)]
        bias = rng.random()
        parts, size = [], 0
        while size < LONG:
            parts.append(rng.choice(pieces[:7] if rng.random() < bias else pieces))
            size += len(parts[-1])
        sql = "SELECT " + "".join(parts)
        if _early_refuses(sql, dialect):
            refused_early += 1
            assert _full_refuses(sql, dialect), (dialect, sql[:200])
    assert refused_early > 10
