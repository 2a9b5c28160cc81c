"""DuckDB's quartiles: exact up to a sample's size, else exact over a seeded Bernoulli sample.

The sample replaced ``approx_quantile`` (a t-digest that took 4 of the 7 CPU-seconds of a 10M-row
profile and gave different figures from run to run with 2 threads). A column with few values is
read whole even when the others are sampled, so a sparse column never loses its quartiles.
"""

from __future__ import annotations

import duckdb
import numpy as np

from iopsdata.profiling import profile_relation
from iopsdata.profiling import profiler as profiler_module

ROWS = 200_000
COLUMNS = [("id", "BIGINT"), ("skewed", "DOUBLE"), ("ties", "INTEGER"), ("sparse", "DOUBLE")]


def _table() -> tuple[duckdb.DuckDBPyConnection, dict[str, np.ndarray]]:
    rng = np.random.default_rng(7)
    data = {
        "id": np.arange(ROWS, dtype="int64"),
        "skewed": rng.exponential(3.0, ROWS),
        "ties": rng.integers(1, 6, ROWS).astype("int32"),
        "sparse": np.where(np.arange(ROWS) % 1000 == 0, rng.normal(0, 1, ROWS), np.nan),
    }
    con = duckdb.connect()
    con.register("frame", data)
    con.execute(
        "CREATE TABLE t AS SELECT * REPLACE (nullif(sparse, 'NaN'::DOUBLE) AS sparse) FROM frame"
    )
    con.unregister("frame")
    return con, data


def _profile(con: duckdb.DuckDBPyConnection):
    return profile_relation(lambda q: con.sql(q).to_arrow_table(), "t", COLUMNS, "duckdb")


def test_quartiles_are_exact_when_every_value_fits():
    con, data = _table()
    profile = _profile(con)
    for name, values in data.items():
        x = values[~np.isnan(values)] if values.dtype.kind == "f" else values
        col = profile.column(name)
        assert col.quantile_method == "exact", name
        assert np.allclose(col.quartiles, np.quantile(x, [0.25, 0.5, 0.75]), rtol=1e-12), name


def test_dense_columns_are_sampled_within_one_percent_of_rank(monkeypatch):
    monkeypatch.setattr(profiler_module, "QUANTILE_SAMPLE_ROWS", 40_000)  # 25%: 50,000 values
    con, data = _table()
    profile = _profile(con)
    again = _profile(con)  # seeded: the same figures every time
    assert [c.quartiles for c in profile.columns] == [c.quartiles for c in again.columns]
    assert any("BERNOULLI" in q.upper() for q in profile.queries)
    for name in ("id", "skewed", "ties"):
        col, x = profile.column(name), data[name]
        assert col.quantile_method == "approx", name
        for p, q in zip((0.25, 0.5, 0.75), col.quartiles, strict=True):
            # with ties, p lies anywhere between the shares below and up to q
            assert (x < q).mean() - 0.01 <= p <= (x <= q).mean() + 0.01, (name, p, q)
    sparse = profile.column("sparse")  # 200 values: read whole, exact
    x = data["sparse"][~np.isnan(data["sparse"])]
    assert sparse.quantile_method == "exact" and sparse.count == 200
    assert np.allclose(sparse.quartiles, np.quantile(x, [0.25, 0.5, 0.75]), rtol=1e-12)
