"""Distinct counts: exact where that is cheap, never above the non-null count, "≈" only when
estimated (a 50,000-row key column showed "≈50,237" distinct)."""

from __future__ import annotations

import duckdb

from iopsdata.profiling import profile_relation
from iopsdata.profiling import profiler as profiler_module


def _run_on(con: duckdb.DuckDBPyConnection):
    return lambda q: con.sql(q).to_arrow_table()


def _keys(rows: int) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        f"CREATE TABLE t AS SELECT i AS id, 'k' || i AS code, i % 7 AS small FROM range({rows}) r(i)"
    )
    return con


COLUMNS = [("id", "BIGINT"), ("code", "VARCHAR"), ("small", "BIGINT")]


def test_a_50000_row_key_column_has_exactly_50000_distinct_values():
    profile = profile_relation(_run_on(_keys(50_000)), "t", COLUMNS, "duckdb")
    for name in ("id", "code"):
        col = profile.column(name)
        assert (col.distinct, col.distinct_method) == (50_000, "exact"), name
        assert "likely_key" in col.flags
    assert profile.column("small").distinct == 7


def test_an_estimate_never_exceeds_the_values_counted(monkeypatch):
    # above the exact limit DuckDB's HyperLogLog estimate is kept; on these values it overshoots
    monkeypatch.setattr(profiler_module, "EXACT_DISTINCT_MAX_ROWS", 10)
    con = _keys(50_000)
    raw = con.sql(
        "SELECT approx_count_distinct(id), approx_count_distinct(code) FROM t"
    ).fetchall()[0]
    assert max(raw) > 50_000  # the engine's own estimate is above the row count
    profile = profile_relation(_run_on(con), "t", COLUMNS, "duckdb")
    for name in ("id", "code"):
        col = profile.column(name)
        assert col.distinct_method == "approx"
        assert col.distinct <= col.count == 50_000
