"""``render_profile`` in Streamlit's AppTest: summary table, column picker, charts per column kind."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from iopsdata.profiling import Profile
from iopsdata.ui.profile_view import histogram_chart, summary_rows, top_values_chart


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
        ("city", "top", False),  # text: top-values bars
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
    assert len(charts) == (0 if chart_kind is None else 1)
    assert len(at.dataframe) == (2 if has_top_table else 1)
    col = file_profile.column(column)
    assert at.metric[0].value == f"{col.count:,}"


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
