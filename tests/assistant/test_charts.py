"""Chart choice from a result's shape (iopsdata/charts.py)."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pytest

from iopsdata.charts import ChartSpec, chart_spec, to_altair

DAYS = [dt.date(2013, 1, d) for d in range(1, 6)]

CASES = [
    (
        "time series",
        {"day": DAYS, "flights": [1, 2, 3, 4, 5]},
        ("line", "day", "flights", "temporal"),
    ),
    (
        "period integer",
        {"month": [1, 2, 3], "avg_delay": [1.5, 2.0, 0.5]},
        ("line", "month", "avg_delay", "ordinal"),
    ),
    (
        "category + measure",
        {"carrier": ["UA", "AA", "DL"], "n": [10, 7, 3]},
        ("bar", "carrier", "n", "nominal"),
    ),
    (
        "two measures",
        {"distance": [100.0, 200.0, 300.0], "air_time": [20.0, 35.0, 50.0]},
        ("scatter", "distance", "air_time", "quantitative"),
    ),
    (
        "one measure",
        {"dep_delay": [1.0, 5.0, -3.0, 12.0]},
        ("histogram", "dep_delay", None, "quantitative"),
    ),
    ("single row", {"n": [42]}, None),
    ("text only", {"name": ["a", "b", "c"]}, None),
    ("too many categories", {"tailnum": [f"N{i}" for i in range(80)], "n": list(range(80))}, None),
]


@pytest.mark.parametrize(("data", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_chart_choice(data, expected):
    spec = chart_spec(pa.table(data))
    if expected is None:
        assert spec is None
    else:
        assert (spec.kind, spec.x, spec.y, spec.x_type) == expected
        assert ChartSpec.from_dict(spec.to_dict()) == spec
        assert to_altair(spec, pa.table(data)).to_dict()["mark"]


def test_low_cardinality_text_colours_the_lines():
    table = pa.table({"day": DAYS * 2, "origin": ["JFK"] * 5 + ["LGA"] * 5, "n": list(range(10))})
    spec = chart_spec(table)
    assert (spec.kind, spec.color) == ("line", "origin")


def test_few_short_bar_labels_read_level_and_many_or_long_ones_keep_the_default():
    def x_axis(labels: list[str]) -> dict:
        table = pa.table({"k": labels, "v": list(range(len(labels)))})
        spec = ChartSpec("bar", "k", "v", None, "nominal")
        return to_altair(spec, table).to_dict()["encoding"]["x"].get("axis", {})

    assert x_axis(["West", "North", "South", "East"]).get("labelAngle") == 0
    assert "labelAngle" not in x_axis([f"c{i}" for i in range(13)])  # too many bars
    assert "labelAngle" not in x_axis(["North Atlantic region", "South"])  # too long
