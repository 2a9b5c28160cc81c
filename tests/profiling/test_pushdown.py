"""The same profiler pushed down to PostgreSQL, MariaDB, SQLite and DuckDB databases.

Each engine holds the same 20k rows; its profile must agree with the DuckDB-on-Parquet profile
(exact counts, nulls, min/max, lengths, histograms, top values; mean/std to 1e-9; distinct within
the 5% of HyperLogLog) and its exact quartiles with pandas.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
import sqlalchemy as sa

from iopsdata.guard import check_sql
from iopsdata.profiling import profile_relation
from tests.profiling.conftest import sqlalchemy_runner

FLOATS = ("price", "score", "mostly_null", "all_null")


def _load(url: str, frame: pd.DataFrame) -> sa.Engine:
    engine = sa.create_engine(url)
    types = {c: sa.Double() for c in FLOATS} | {"city": sa.String(20), "code": sa.String(20)}
    frame.to_sql("items", engine, index=False, dtype=types, chunksize=5000)
    return engine


def _columns(engine: sa.Engine) -> list[tuple[str, str]]:
    return [(c["name"], str(c["type"])) for c in sa.inspect(engine).get_columns("items")]


@pytest.fixture(params=["postgres", "mysql", "sqlite", "duckdb"])
def engine_target(request, frame, tmp_path):
    """``(run, columns, dialect)`` for a table ``items`` holding the test frame in that engine."""
    dialect = request.param
    if dialect == "duckdb":
        import duckdb

        con = duckdb.connect(str(tmp_path / "t.duckdb"))
        con.register("frame_view", frame)
        con.execute("CREATE TABLE items AS SELECT * FROM frame_view")
        cols = [(r[0], r[1]) for r in con.execute("DESCRIBE items").fetchall()]
        yield _guarded(lambda q: con.sql(q).to_arrow_table(), "duckdb"), cols, "duckdb"
        con.close()
        return
    url = {
        "postgres": lambda: request.getfixturevalue("pg_url"),
        "mysql": lambda: request.getfixturevalue("mysql_url"),
        "sqlite": lambda: f"sqlite:///{tmp_path / 't.sqlite'}",
    }[dialect]()
    engine = _load(url, frame)
    try:
        yield _guarded(sqlalchemy_runner(engine), dialect), _columns(engine), dialect
    finally:
        engine.dispose()


def _guarded(run, dialect: str):
    """Like the execution layer: every profiling statement must pass the read-only guard first."""

    def checked(sql: str):
        check_sql(sql, dialect)
        return run(sql)

    return checked


def _norm(v):
    return int(v) if isinstance(v, bool) else v


def test_pushdown_matches_file_profile(engine_target, file_profile, frame):
    run, columns, dialect = engine_target
    got, ref = profile_relation(run, "items", columns, dialect), file_profile
    assert got.row_count == ref.row_count == len(frame)
    assert len(got.queries) <= 5  # + exact distinct counts where the engine would estimate
    for r in ref.columns:
        c = got.column(r.name)
        assert (c.count, c.nulls, c.flags) == (r.count, r.nulls, r.flags), r.name
        if r.distinct is not None:
            assert abs(c.distinct - r.distinct) <= 0.05 * max(c.distinct, 1), r.name
        if r.kind in ("integer", "float", "string") and c.kind == r.kind:
            assert (c.min, c.max) == (r.min, r.max), r.name
        if r.kind == "temporal":
            assert pd.Timestamp(c.min) == pd.Timestamp(r.min), r.name
            assert pd.Timestamp(c.max) == pd.Timestamp(r.max), r.name
            counts = [h[2] for h in c.histogram]
            assert sum(counts) == r.count
            assert max(abs(a - h[2]) for a, h in zip(counts, r.histogram, strict=True)) <= 2
        for stat in ("mean", "std", "length_avg"):
            if getattr(r, stat) is not None:
                assert math.isclose(getattr(c, stat), getattr(r, stat), rel_tol=1e-9), (
                    r.name,
                    stat,
                )
        assert (c.length_min, c.length_max) == (r.length_min, r.length_max), r.name
        if r.kind in ("integer", "float"):
            assert c.histogram == r.histogram, r.name
        top = {_norm(v): n for v, n in c.top_values}
        assert top == {_norm(v): n for v, n in r.top_values}, r.name
        if c.quantile_method == "exact":
            x = frame[r.name].dropna().astype("float64")
            want = np.quantile(x, [0.25, 0.5, 0.75])
            assert np.allclose(c.quartiles, want, rtol=1e-9), r.name


def test_pushdown_sampling_is_labelled(engine_target, frame):
    run, columns, dialect = engine_target
    got = profile_relation(run, "items", columns, dialect, sample=4000)
    assert (got.sampled, got.sample_rows, got.row_count) == (True, 4000, len(frame))
    ids = got.column("id")
    assert ids.count == 4000 and sum(h[2] for h in ids.histogram) == 4000
    assert ids.max - ids.min > 0.9 * len(frame)  # drawn from the whole table, not its first rows
    nulls = got.column("price").null_pct  # ~10% nulls survive sampling
    assert 5 < nulls < 15


ODD_TYPES = {
    "postgres": (
        "CREATE TABLE odd (u uuid, t time, j jsonb, e interval, m numeric(8,2), b bytea)",
        "INSERT INTO odd SELECT md5(g::text)::uuid, time '10:00' + g * interval '1 minute',"
        " jsonb_build_object('g', g), g * interval '1 day', g / 7.0, 'x'::bytea FROM generate_series(1, 300) g",
    ),
    "mysql": (
        "CREATE TABLE odd (u char(36), t time, j json, e enum('a','b','c'), m decimal(8,2), b blob)",
        "INSERT INTO odd WITH RECURSIVE s(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM s WHERE g < 300)"
        " SELECT uuid(), sec_to_time(g * 60), json_object('g', g), elt(1 + g MOD 3, 'a', 'b', 'c'), g / 7.0, 'x' FROM s",
    ),
}


@pytest.mark.parametrize("dialect", list(ODD_TYPES))
def test_unusual_types_do_not_break_the_profile(request, dialect):
    url = request.getfixturevalue({"postgres": "pg_url", "mysql": "mysql_url"}[dialect])
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        for stmt in ODD_TYPES[dialect]:
            conn.exec_driver_sql(stmt)
    cols = [(c["name"], str(c["type"])) for c in sa.inspect(engine).get_columns("odd")]
    profile = profile_relation(_guarded(sqlalchemy_runner(engine), dialect), "odd", cols, dialect)
    engine.dispose()
    assert profile.row_count == 300 and all(c.count == 300 for c in profile.columns)
    assert "likely_key" in profile.column("u").flags
    assert profile.column("m").kind == "float" and profile.column("m").max == pytest.approx(
        300 / 7, abs=0.01
    )
    assert profile.column("t").kind == "other"
    assert profile.column("j").kind == (
        "other" if dialect == "postgres" else "string"
    )  # MariaDB JSON is LONGTEXT
