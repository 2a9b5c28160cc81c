"""``render_profile`` in Streamlit's AppTest: summary table, column picker, charts per column kind."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from iopsdata.profiling import Profile
from iopsdata.ui.profile_view import (
    OTHER,
    histogram_chart,
    length_chart,
    summary_rows,
    top_values_chart,
    top_values_data,
)
from tests.ui.conftest import shown


def _script(profile_json: str) -> None:
    import json

    from iopsdata.profiling import Profile
    from iopsdata.ui.profile_view import render_profile

    render_profile(Profile.from_dict(json.loads(profile_json)), key="p")


@pytest.fixture(scope="module")
def profile_json(file_profile) -> str:
    return json.dumps(file_profile.to_dict())


@pytest.mark.parametrize(
    ("column", "chart_kind", "has_top_table"),
    [
        ("price", "histogram", False),  # near-unique-ish floats: histogram, no top values
        ("qty", "histogram", True),  # low-cardinality integers: histogram and a top-values table
        ("created", "histogram", False),  # timestamps: a time axis
        ("city", "top+lengths", False),  # text: top-values bars and a length histogram
        ("active", "top", False),  # booleans: top-values bars
        ("all_null", None, False),  # nothing to chart, and no crash
    ],
)
def test_render_each_column_kind(profile_json, file_profile, column, chart_kind, has_top_table):
    at = AppTest.from_function(_script, args=(profile_json,), default_timeout=30)
    at.run()
    assert not at.exception, at.exception
    assert len(at.dataframe) == 1  # the summary
    at.selectbox(key="p_column").set_value(column).run()
    assert not at.exception, at.exception
    charts = at.get("vega_lite_chart")
    assert len(charts) == {None: 0, "top+lengths": 2}.get(chart_kind, 1)
    assert len(at.dataframe) == (2 if has_top_table else 1)
    col = file_profile.column(column)
    assert shown(at.metric[0].value) == f"{col.count:,}"


def test_chart_builders_follow_the_data(file_profile):
    price = file_profile.column("price")
    spec = histogram_chart(price).to_dict()
    assert [v["count"] for v in spec["data"]["values"]] == [h[2] for h in price.histogram]
    city = file_profile.column("city")
    spec = top_values_chart(city).to_dict()
    assert [v["value"] for v in spec["data"]["values"]] == [v for v, _ in city.top_values]
    assert histogram_chart(city) is None and top_values_chart(price) is None
    rows = summary_rows(file_profile)
    assert [r["column"] for r in rows] == [c.name for c in file_profile.columns]
    assert rows[0]["flags"] == "likely key"


def test_sampled_and_empty_profiles_render():
    empty = Profile(
        row_count=0, columns=(), sampled=True, elapsed_s=0.01, dialect="duckdb", sample_rows=10
    )
    at = AppTest.from_function(_script, args=(json.dumps(empty.to_dict()),), default_timeout=30)
    at.run()
    assert not at.exception, at.exception
    assert "sampled 10 rows" in at.caption[0].value
    assert at.info[0].value == "This relation has no columns."


def test_text_columns_get_readable_top_values_and_a_length_histogram(file_profile):
    """Text profiles were 1-px bars with overlapping labels: horizontal bars, one row per value
    (fixed step), an "other" bucket for the rest, and lengths as a histogram."""
    code = file_profile.column("code")  # 20,000 distinct codes: top values are a sliver
    assert code.length_histogram and sum(n for *_, n in code.length_histogram) == code.count
    city = file_profile.column("city")
    data = top_values_data(city)
    assert sum(d["count"] for d in data) == city.count
    spec = top_values_chart(city).to_dict()
    layer = spec["layer"][0]
    assert layer["encoding"]["y"]["field"] == "value"  # values down the side: horizontal bars
    assert layer["encoding"]["x"]["field"] == "count"
    assert spec["height"] == {"step": 26}
    assert length_chart(city).to_dict()["encoding"]["x"]["title"] == "length (characters)"


def test_other_bucket_holds_the_rows_outside_the_top_values():
    from iopsdata.profiling import ColumnProfile

    col = ColumnProfile(
        name="c", type="VARCHAR", kind="string", inferred="text", count=100, nulls=0,
        null_pct=0.0, top_values=(("a", 50), ("b", 30)),
    )  # fmt: skip
    assert [(d["value"], d["count"]) for d in top_values_data(col)] == [
        ("a", 50),
        ("b", 30),
        (OTHER, 20),
    ]


def test_numbers_read_the_same_from_every_source():
    """A file's 25,000.0 was "2.5e+04" while a database's 2,500 had separators."""
    from iopsdata.numbers import format_number

    assert format_number(25000.0) == "25,000"
    assert format_number(2500) == "2,500"
    assert format_number(__import__("decimal").Decimal("22664.79")) == "22,664.79"
    assert format_number(123456789012345.0) == "123,456,789,012,345"
    assert format_number(0.000123456) == "0.0001235"
    assert format_number(25000.5, "de-DE") == "25.000,5"
    assert "e" not in format_number(9.99e14) and "e+" in format_number(1e15)
