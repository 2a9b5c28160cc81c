"""Tolerant SQL extraction, table-driven over the shapes models really reply in."""

from __future__ import annotations

import pytest

from iopsdata.assistant.extract import extract_sql
from iopsdata.assistant.stream import ProseStream

CASES = [
    ("fenced sql", "```sql\nSELECT 1\n```\nReturns one.", "SELECT 1", "Returns one."),
    ("fenced, trailing semicolon", "```sql\nSELECT a FROM t;\n```", "SELECT a FROM t", ""),
    ("fence without language", "Here you go:\n```\nSELECT 2\n```", "SELECT 2", "Here you go:"),
    ("fence with dialect name", "```postgresql\nSELECT 3\n```", "SELECT 3", ""),
    (
        "last of two fences",
        "```sql\nSELECT 1\n```\nor better\n```sql\nSELECT 2\n```",
        "SELECT 2",
        "or better",
    ),
    ("unclosed fence", "```sql\nSELECT carrier FROM flights", "SELECT carrier FROM flights", ""),
    ("json object", '{"sql": "SELECT 4", "explanation": "Four."}', "SELECT 4", "Four."),
    ("json in a fence", 'Answer:\n```json\n{"query": "SELECT 5"}\n```', "SELECT 5", ""),
    ("think tags", "<think>Maybe SELECT * FROM x?</think>\n```sql\nSELECT 6\n```", "SELECT 6", ""),
    ("unclosed think", "```sql\nSELECT 7\n```\n<think>SELECT 99", "SELECT 7", ""),
    (
        "bare sql after prose",
        "The query is:\n\nSELECT name\nFROM airlines\nORDER BY name;\n\nIt lists airlines.",
        "SELECT name\nFROM airlines\nORDER BY name",
        "The query is: It lists airlines.",
    ),
    ("sql: prefix", "SQL: SELECT 8 FROM t", "SELECT 8 FROM t", ""),
    (
        "cte",
        "```sql\nWITH a AS (SELECT 1 AS x) SELECT x FROM a\n```",
        "WITH a AS (SELECT 1 AS x) SELECT x FROM a",
        "",
    ),
    ("two statements: the last", "```sql\nSELECT 1; SELECT 9;\n```", "SELECT 9", ""),
    ("semicolon inside a string", "```sql\nSELECT ';' AS s\n```", "SELECT ';' AS s", ""),
    ("trailing comment only", "```sql\nSELECT 10;\n-- done\n```", "SELECT 10", ""),
    (
        "no sql",
        "I cannot answer that from these tables.",
        None,
        "I cannot answer that from these tables.",
    ),
    (
        "a DROP is still extracted (the guard refuses it)",
        "```sql\nDROP TABLE flights\n```",
        "DROP TABLE flights",
        "",
    ),
]


@pytest.mark.parametrize(
    ("reply", "sql", "explanation"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_extract(reply, sql, explanation):
    found = extract_sql(reply, "duckdb")
    assert found.sql == sql
    if explanation:
        assert found.explanation == explanation


def test_prose_stream_forwards_only_the_explanation():
    seen: list[str] = []
    stream = ProseStream(seen.append)
    for chunk in [
        "<thi",
        "nk>plan</think>",
        "```sq",
        "l\nSELECT 1\n`",
        "``\nThis ",
        "returns one.",
    ]:
        stream.feed(chunk)
    assert "".join(seen) == "This returns one."
    assert stream.text.startswith("<think>")
