"""Per-token limits and the JSON form of results (no server needed)."""

from __future__ import annotations

import datetime as dt
import decimal

import pyarrow as pa
import pytest

from iopsdata.mcp.limits import Limiter, LimitExceeded, Limits
from iopsdata.mcp.serialise import plain, result_dict
from iopsdata.result import QueryResult


def test_concurrency_and_rate_limits_per_key():
    now = [0.0]
    limiter = Limiter(Limits(concurrency=1, calls_per_minute=2), clock=lambda: now[0])
    with limiter.call("a"):
        with pytest.raises(LimitExceeded, match="1 calls at once"), limiter.call("a"):
            pass  # refused: not counted against the rate
        with limiter.call("b"):  # another token is not affected
            pass
    with limiter.call("a"):
        pass
    rate = r"2 calls per minute\. Try again in 61 s"
    with pytest.raises(LimitExceeded, match=rate), limiter.call("a"):
        pass
    now[0] = 60.0  # the window moved on
    with limiter.call("a"):
        pass


def test_values_are_plain_json():
    assert plain(decimal.Decimal("22664.79")) == "22664.79"
    assert plain(decimal.Decimal("16")) == 16  # whole decimals within 2**53 are exact as numbers
    assert plain(decimal.Decimal(2**60)) == str(2**60)
    assert plain(dt.date(2013, 1, 2)) == "2013-01-02"
    assert plain(dt.datetime(2013, 1, 2, 3, 4)) == "2013-01-02T03:04:00"
    assert plain(b"\x00\xff") == "AP8="
    assert plain(float("nan")) == "NaN"
    assert plain({"k": [1, decimal.Decimal("1.5")]}) == {"k": [1, "1.5"]}


def test_duplicate_column_names_keep_every_value():
    table = pa.Table.from_arrays([pa.array([1]), pa.array([2])], names=["x", "x"])
    out = result_dict(QueryResult(table, "SELECT 1 x, 2 x", 0.01), max_rows=10, max_bytes=1000)
    assert out["columns"] == ["x", "x"] and out["rows"] == [[1, 2]]


def test_an_unexpected_error_never_reaches_the_agent_verbatim():
    from mcp import Client

    from iopsdata.mcp import LocalCaller, build_server
    from iopsdata.mcp.server import UNEXPECTED
    from tests.mcp.support import run

    class Broken:
        class connections:  # stands in for ws.connections
            @staticmethod
            def list():
                raise RuntimeError("could not connect to postgresql://admin:hunter2@db/prod")

    async def go():
        async with Client(build_server(LocalCaller(Broken())), cache=None) as client:  # type: ignore[arg-type]
            return await client.call_tool("list_connections", {})

    result = run(go())
    assert result.is_error
    text = "".join(c.text for c in result.content)
    assert UNEXPECTED in text and "hunter2" not in text
