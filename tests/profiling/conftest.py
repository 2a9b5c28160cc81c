"""Deterministic test data for the profiler, and ``run`` callables for each real engine."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

ROWS = 20_000


def make_frame(rows: int = ROWS, seed: int = 42) -> pd.DataFrame:
    """Every kind of column the profiler distinguishes, with nulls, keys, constants and text formats."""
    rng = np.random.default_rng(seed)
    cities = np.array(["Lyon", "Paris", "Nantes", "Lille", "Nice", "Brest"])
    price = rng.normal(100.0, 15.0, rows).round(6)
    price[rng.random(rows) < 0.1] = np.nan
    qty = pd.array(rng.integers(1, 9, rows), dtype="Int64")
    qty[rng.random(rows) < 0.05] = pd.NA
    day = pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 365, rows), unit="D")
    created = pd.Timestamp("2023-01-01") + pd.to_timedelta(
        rng.integers(0, 86400 * 700, rows), unit="s"
    )
    mostly = rng.random(rows) * 10
    mostly[rng.random(rows) < 0.8] = np.nan
    return pd.DataFrame(
        {
            "id": np.arange(1, rows + 1, dtype="int64"),
            "qty": qty,
            "price": price,
            "score": rng.exponential(3.0, rows),
            "city": cities[rng.choice(len(cities), rows, p=[0.3, 0.25, 0.2, 0.12, 0.08, 0.05])],
            "code": [f"C{v:07d}" for v in rng.permutation(rows * 3)[:rows]],
            "amount_txt": [f"{v:.2f}" for v in rng.uniform(0, 500, rows)],
            "day_txt": day.strftime("%Y-%m-%d"),
            "created": created.astype("datetime64[us]"),
            "active": rng.random(rows) < 0.3,
            "const": np.full(rows, 7, dtype="int64"),
            "mostly_null": mostly,
            "all_null": np.full(rows, np.nan),
        }
    )


def arrow_runner(
    rows_of: Callable[[str], tuple[list[str], list[tuple]]],
) -> Callable[[str], pa.Table]:
    def run(sql: str) -> pa.Table:
        keys, rows = rows_of(sql)
        return pa.table({k: pa.array([r[i] for r in rows]) for i, k in enumerate(keys)})

    return run


def sqlalchemy_runner(engine) -> Callable[[str], pa.Table]:
    """What the execution layer gives the profiler: one statement in, Arrow out."""

    def rows_of(sql: str) -> tuple[list[str], list[tuple]]:
        with engine.connect() as conn:
            result = conn.exec_driver_sql(sql)
            return list(result.keys()), [tuple(r) for r in result.fetchall()]

    return arrow_runner(rows_of)


@pytest.fixture(scope="session")
def frame() -> pd.DataFrame:
    return make_frame()


@pytest.fixture(scope="session")
def data_files(tmp_path_factory, frame) -> dict[str, str]:
    """The frame as Parquet and CSV, written by DuckDB."""
    import duckdb

    folder = tmp_path_factory.mktemp("profiling-data")
    paths = {"parquet": str(folder / "data.parquet"), "csv": str(folder / "data.csv")}
    con = duckdb.connect()
    con.register("frame_view", frame)
    con.execute(f"COPY (SELECT * FROM frame_view) TO '{paths['parquet']}' (FORMAT parquet)")
    con.execute(f"COPY (SELECT * FROM frame_view) TO '{paths['csv']}' (FORMAT csv, HEADER)")
    con.close()
    return paths


@pytest.fixture(scope="session")
def file_profile(data_files):
    from iopsdata.profiling import profile_file

    return profile_file(data_files["parquet"], "parquet")
