"""Unparseable, too-deep and partly understood SQL: clear errors, never a confident wrong answer."""

from __future__ import annotations

import pytest

from iopsdata.errors import LineageError
from iopsdata.lineage import extract_lineage, lineage_summary

BAD = [
    ("unclosed-paren", "postgres", "SELECT a,\n  (b FROM t", "line 2"),
    ("every-statement-unreadable", "postgres", "SELECT (a FROM t;\nSELECT (b FROM u", "line 1"),
    ("unterminated-string", "postgres", "SELECT 1;\nSELECT 'abc FROM t", "line 2"),
    ("garbage", "mysql", "SELEC a FRM t WHERE", "line 1"),
    ("empty", "postgres", "  ;  ", "no SQL"),
    ("unknown-dialect", "nosuchdb", "SELECT 1", "Unknown SQL dialect"),
]


@pytest.mark.parametrize(
    ("dialect", "sql", "needle"), [c[1:] for c in BAD], ids=[c[0] for c in BAD]
)
def test_errors_name_the_position(dialect, sql, needle):
    with pytest.raises(LineageError) as info:
        extract_lineage(sql, dialect)
    assert needle in info.value.message


@pytest.mark.parametrize("depth", [41, 60, 500])
def test_deep_nesting_refused_before_parsing(depth):
    sql = "SELECT " + "(" * depth + "1" + ")" * depth
    with pytest.raises(LineageError) as info:
        extract_lineage(sql, "postgres")
    assert "nested more than 40" in info.value.message and "line 1" in info.value.message


def test_deep_subqueries_refused():
    sql = "SELECT * FROM " + "(SELECT * FROM " * 300 + "t" + ") x" * 300
    with pytest.raises(LineageError):
        extract_lineage(sql, "postgres")


def test_parentheses_in_strings_do_not_count():
    sql = "SELECT '" + "(" * 100 + "' AS s FROM t"
    assert extract_lineage(sql, "postgres").reads == ("t",)


def test_nesting_at_the_limit_is_accepted():
    sql = "SELECT " + "(" * 40 + "a" + ")" * 40 + " FROM t"
    assert [str(c) for c in extract_lineage(sql, "postgres").columns] == ["t.a"]


def test_partial_statement_in_script_keeps_the_rest():
    lin = extract_lineage("VACUUM t;\nINSERT INTO d SELECT a FROM s", "postgres")
    assert lin.partial and lin.reads == ("s",) and lin.writes == ("d",)
    assert lin.reasons[0].startswith("line 1:")


def test_unreadable_statement_in_script_is_partial_and_named():
    sql = "INSERT INTO x SELECT * FROM y;\nSELECT (a FROM t;\nINSERT INTO z SELECT * FROM w"
    lin = extract_lineage(sql, "postgres")
    assert lin.reads == ("y", "w") and lin.writes == ("x", "z")
    assert (
        lin.partial and lin.reasons[0].startswith("line 2:") and "line 2, column" in lin.reasons[0]
    )


def test_summary_never_raises():
    assert "error" in lineage_summary("SELECT (", "postgres")
    ok = lineage_summary("INSERT INTO d SELECT a FROM s", "postgres")
    assert (
        ok["reads"] == ["s"]
        and ok["writes"] == ["d"]
        and ok["columns"] == ["s.a"]
        and ok["version"] == 1
    )


def test_summary_lists_table_changes_apart_from_writes():
    summary = lineage_summary("TRUNCATE TABLE a; ALTER TABLE b RENAME TO c", "postgres")
    assert summary["writes"] == [] and summary["reads"] == []
    assert summary["changes"] == ["a", "b", "c"]


def test_a_statement_sqlglot_cannot_scope_is_partial_not_fatal():
    lin = extract_lineage(
        "SELECT * FROM a x JOIN b x ON 1 = 1; INSERT INTO r SELECT * FROM s", "postgres"
    )
    assert lin.partial and "line 1" in lin.reasons[0]
    assert (lin.reads, lin.writes) == (("s",), ("r",))
