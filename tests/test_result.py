"""``QueryResult.to_dict`` gives plain JSON values by documented rules; ``Answer`` round-trips."""

from __future__ import annotations

import json
from dataclasses import replace

import duckdb
import pytest

from iopsdata.assistant.models import Answer, Attempt
from iopsdata.assistant.selection import Selection
from iopsdata.result import QueryResult, json_value

EVERY_TYPE = """
SELECT 1 AS i, 2.5::DOUBLE AS f, 'x' AS s, NULL AS z, true AS b,
       DATE '2013-01-01' AS d, TIMESTAMPTZ '2013-01-01 05:17:00+00' AS tz,
       TIMESTAMP '2013-01-01 05:17:00.5' AS ts, TIME '05:17' AS t,
       12.30::DECIMAL(10, 2) AS dec, 12345678901234567890.123456789::DECIMAL(38, 9) AS wide,
       '\\xAA\\x00'::BLOB AS blob, INTERVAL 1 DAY + INTERVAL 3 HOUR AS iv,
       [1, 2] AS list, {'k': 1, 'v': 'w'} AS struct, MAP([1], ['a']) AS m,
       'nan'::DOUBLE AS nan, 'inf'::DOUBLE AS inf, '-inf'::DOUBLE AS ninf,
       '2dde4d84-d698-47f7-b173-f2dc64e91e3f'::UUID AS u, 9223372036854775807 AS big
"""


def _result(sql: str = EVERY_TYPE, **kw) -> QueryResult:
    return QueryResult(duckdb.sql(sql).to_arrow_table(), sql, 0.25, **kw)


def test_every_type_becomes_plain_json():
    d = _result().to_dict()
    assert json.loads(json.dumps(d, allow_nan=False)) == d  # lossless through JSON text
    row = dict(zip([c["name"] for c in d["columns"]], d["rows"][0], strict=True))
    assert row == {
        "i": 1,
        "f": 2.5,
        "s": "x",
        "z": None,
        "b": True,
        "d": "2013-01-01",
        "tz": "2013-01-01T05:17:00+00:00",
        "ts": "2013-01-01T05:17:00.500000",
        "t": "05:17:00",
        "dec": "12.30",
        "wide": "12345678901234567890.123456789",
        "blob": "qgA=",
        "iv": "P1DT10800S",
        "list": [1, 2],
        "struct": {"k": 1, "v": "w"},
        "m": [[1, "a"]],
        "nan": "NaN",
        "inf": "Infinity",
        "ninf": "-Infinity",
        "u": "2dde4d84-d698-47f7-b173-f2dc64e91e3f",
        "big": 9223372036854775807,
    }
    types = {c["name"]: c["type"] for c in d["columns"]}
    assert types["dec"] == "decimal128(10, 2)" and types["d"].startswith("date32")
    assert (d["row_count"], d["truncated"], d["sql"], d["elapsed_s"]) == (
        1,
        False,
        EVERY_TYPE,
        0.25,
    )


def test_max_rows_cuts_and_says_so():
    r = _result("SELECT range AS n FROM range(5)", notice="a note")
    d = r.to_dict(max_rows=2)
    assert d["rows"] == [[0], [1]] and d["truncated"] and d["row_count"] == 5
    assert d["notice"] == "a note"
    assert r.to_dict()["truncated"] is False and len(r.to_dict()["rows"]) == 5


def test_empty_result_keeps_its_columns():
    d = _result("SELECT 1 AS a, 'x' AS b WHERE false").to_dict()
    assert d["rows"] == [] and [c["name"] for c in d["columns"]] == ["a", "b"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (float("nan"), "NaN"),
        (__import__("decimal").Decimal("NaN"), "NaN"),
        (__import__("datetime").timedelta(0), "PT0S"),
        (__import__("datetime").timedelta(seconds=1.5), "PT1.5S"),
        ({"a": (1, b"\x01")}, {"a": [1, "AQ=="]}),
    ],
)
def test_json_value_edges(value, expected):
    assert json_value(value) == expected


def test_answer_round_trips_through_json():
    result = _result("SELECT 1 AS n, DATE '2013-01-01' AS d")
    answer = Answer(
        question="How many?",
        sql=result.sql,
        explanation="One row.",
        result=result,
        chart=None,
        lineage={"reads": ["t"]},
        tables=("t",),
        selection=Selection(("t",), reasons={"t": "named"}),
        tokens_in=10,
        tokens_out=5,
        cost_usd=0.001,
        latency_s=1.25,
        attempts=(
            Attempt("SELECT x", "unknown column x", "validate", 4, 2),
            Attempt(result.sql, None, "ok"),
        ),
        thread_id="th",
        executed=True,
        provider="openai",
        model="m",
        connection_id="files",
        row_count=1,
    )
    data = json.loads(json.dumps(answer.to_dict()))
    again = Answer.from_dict(data)
    assert replace(again, result=None) == replace(answer, result=None)
    assert again.result is not None and again.result.table.equals(result.table)
