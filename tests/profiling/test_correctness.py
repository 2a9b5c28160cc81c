"""Every statistic of the DuckDB file profile against pandas on the same data.

Tolerances: counts, nulls, min/max and lengths exact; mean/std ≤ 1e-9 relative; approximate
distinct within 5%; quartiles exact (linear interpolation, as numpy) at this size.
"""

from __future__ import annotations

import json
import math

import numpy as np
import pandas as pd
import pytest

from iopsdata.profiling import Profile
from iopsdata.profiling.model import HINT_MAX_VALUES

REL = 1e-9


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=REL, abs_tol=1e-12)


@pytest.fixture(scope="module", params=["parquet", "csv"])
def profiled(request, data_files) -> Profile:
    from iopsdata.profiling import profile_file

    return profile_file(data_files[request.param], request.param)


def test_row_count_and_queries(profiled, frame):
    assert profiled.row_count == len(frame)
    assert not profiled.sampled
    # one scan + exact distinct counts (small relations) + the quartiles + one follow-up + a
    # LIMIT peek at text
    assert len(profiled.queries) <= 5
    assert [c.name for c in profiled.columns] == list(frame.columns)


@pytest.mark.parametrize(
    "name", list(__import__("tests.profiling.conftest", fromlist=["x"]).make_frame(10).columns)
)
def test_every_statistic_matches_pandas(profiled, frame, name):
    col = profiled.column(name)
    s = frame[name]
    if s.dtype == object or str(s.dtype).startswith(
        "str"
    ):  # DuckDB's CSV sniffer types text columns
        s = {"float": pd.to_numeric, "temporal": pd.to_datetime}.get(col.kind, lambda v: v)(s)
    nn = int(s.notna().sum())
    assert (col.count, col.nulls) == (nn, len(s) - nn)
    assert math.isclose(col.null_pct, 100 * (len(s) - nn) / len(s))
    values = s.dropna()
    if nn == 0:
        assert col.min is None and col.mean is None and col.histogram == () and col.top_values == ()
        return
    assert col.distinct_method == "exact"  # 20,000 rows: exact is cheap
    assert col.distinct == values.nunique()
    if col.kind in ("integer", "float"):
        x = values.astype("float64").to_numpy()
        assert (col.min, col.max) == (values.min(), values.max())
        assert _close(col.mean, float(np.mean(x)))
        assert _close(col.std, float(np.std(x, ddof=1))) if nn > 1 else col.std is None
        assert col.quantile_method == "exact"  # 20,000 rows: every value is sorted
        assert np.allclose(col.quartiles, np.quantile(x, [0.25, 0.5, 0.75]), rtol=1e-12)
        _check_histogram(col, x)
    elif col.kind == "temporal":
        assert pd.Timestamp(col.min) == values.min() and pd.Timestamp(col.max) == values.max()
        epochs = (values - pd.Timestamp("1970-01-01")).dt.total_seconds().to_numpy()
        _check_histogram(col, epochs)
    elif col.kind == "string":
        lengths = values.str.len()
        assert (col.min, col.max) == (values.min(), values.max())
        assert (col.length_min, col.length_max) == (lengths.min(), lengths.max())
        assert _close(col.length_avg, float(lengths.mean()))
    elif col.kind == "boolean":
        assert _close(col.mean, float(values.mean()))
    _check_top_values(col, values)


def _check_top_values(col, values: pd.Series) -> None:
    counts = values.value_counts()
    if not col.top_values:  # only left out for near-unique columns
        assert counts.iloc[0] <= 2 or col.distinct > 100_000
        return
    wanted = len(counts) if len(counts) <= HINT_MAX_VALUES else 10
    assert len(col.top_values) == wanted
    for value, n in col.top_values:
        key = pd.Timestamp(value) if col.kind == "temporal" else value
        assert counts[key] == n
    assert [n for _, n in col.top_values] == list(counts.iloc[:wanted])


def _check_histogram(col, x: np.ndarray) -> None:
    lo, hi = float(x.min()), float(x.max())
    if hi == lo:
        assert col.histogram == ()
        return
    nbins = len(col.histogram)
    width = 1.0 if col.kind == "integer" and hi - lo + 1 <= 20 else (hi - lo) / 20
    assert nbins == (int(hi - lo) + 1 if width == 1.0 else 20)
    bins = np.clip(np.floor((x - lo) / width), 0, nbins - 1).astype(int)
    assert [h[2] for h in col.histogram] == np.bincount(bins, minlength=nbins).tolist()


@pytest.mark.parametrize(
    ("name", "flags", "inferred"),
    [
        ("id", ("likely_key",), "integer"),
        ("code", ("likely_key",), "text"),
        ("const", ("constant",), "integer"),
        ("mostly_null", ("mostly_null",), "number"),
        ("all_null", ("all_null",), "empty"),
        ("amount_txt", ("numbers_as_text",), "number as text"),
        ("day_txt", ("dates_as_text",), "date as text (%Y-%m-%d)"),
        ("city", (), "text"),
        ("price", (), "number"),
    ],
)
def test_flags_on_generated_data(file_profile, name, flags, inferred):
    col = file_profile.column(name)
    assert (col.flags, col.inferred) == (flags, inferred)


def test_json_round_trip_and_hints(file_profile):
    again = Profile.from_dict(json.loads(json.dumps(file_profile.to_dict())))
    assert again == file_profile
    hints = file_profile.hints()
    assert hints["day_txt"] == {"format": "%Y-%m-%d"}
    assert sorted(hints["city"]["values"]) == ["Brest", "Lille", "Lyon", "Nantes", "Nice", "Paris"]
    assert "code" not in hints and "id" not in hints
