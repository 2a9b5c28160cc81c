"""Pick a chart for a query result from its shape, as a small JSON-able spec; render it with Altair.

One rule table, shared by Chat, the SQL page and Files:

| result shape                                   | chart                     |
|------------------------------------------------|---------------------------|
| a date/time column + numeric column(s)         | line over time            |
| a period-like integer (year, month, hour…) + numeric | line over that period |
| a text/boolean column (≤ 50 values) + numeric  | bar, sorted by value      |
| two numeric columns (more than 2 rows)         | scatter                   |
| a single numeric column (more than 2 rows)     | histogram                 |
| one row, or nothing numeric                    | no chart                  |

A second low-cardinality text column (≤ 12 values) colours the lines or bars.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

import pyarrow as pa

if TYPE_CHECKING:
    import altair as alt

    from iopsdata.result import QueryResult

MAX_CATEGORIES = 50
MAX_COLOR_VALUES = 12
MAX_CHART_ROWS = 5000
PERIOD_NAMES = ("year", "month", "day", "hour", "week", "quarter", "minute", "dow", "weekday")


@dataclass(frozen=True)
class ChartSpec:
    """Which chart, on which columns. ``kind`` is line, bar, scatter or histogram."""

    kind: str
    x: str
    y: str | None = None
    color: str | None = None
    x_type: str = "nominal"  # Vega-Lite type: temporal, ordinal, quantitative, nominal
    title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ChartSpec:
        return cls(
            kind=str(data["kind"]),
            x=str(data["x"]),
            y=data.get("y"),
            color=data.get("color"),
            x_type=str(data.get("x_type") or "nominal"),
            title=data.get("title"),
        )


def _distinct(table: pa.Table, name: str, limit: int) -> int:
    """Distinct count, stopping early once past ``limit``."""
    import pyarrow.compute as pc

    return len(pc.unique(table.column(name).slice(0, MAX_CHART_ROWS)))


def chart_spec(result: QueryResult | pa.Table) -> ChartSpec | None:
    """The chart that fits ``result`` best, or None when a table or a number says it better.

    Args:
        result: a ``QueryResult`` or an Arrow table.

    Returns:
        A ``ChartSpec`` (JSON-able via ``to_dict``) or None.
    """
    table = result if isinstance(result, pa.Table) else result.table
    if table.num_rows < 2 or table.num_columns == 0:
        return None
    fields = list(table.schema)
    numeric = [
        f.name
        for f in fields
        if pa.types.is_integer(f.type)
        or pa.types.is_floating(f.type)
        or pa.types.is_decimal(f.type)
    ]
    # dates and timestamps are a time axis; a time of day is an ordered label, and an interval
    # or duration is text (see iopsdata.chartdata)
    temporal = [f.name for f in fields if pa.types.is_date(f.type) or pa.types.is_timestamp(f.type)]
    clock = [f.name for f in fields if pa.types.is_time(f.type)]
    text = [
        f.name
        for f in fields
        if pa.types.is_string(f.type)
        or pa.types.is_large_string(f.type)
        or pa.types.is_boolean(f.type)
    ]
    periods = [
        n
        for n in numeric
        if n.lower() in PERIOD_NAMES or n.lower().endswith(tuple(f"_{p}" for p in PERIOD_NAMES))
    ]
    measures = [n for n in numeric if n not in periods]

    def color_for(exclude: str) -> str | None:
        for name in text:
            if name != exclude and _distinct(table, name, MAX_COLOR_VALUES) <= MAX_COLOR_VALUES:
                return name
        return None

    if temporal and measures:
        return ChartSpec("line", temporal[0], measures[0], color_for(temporal[0]), "temporal")
    if (periods or clock) and measures:
        x = (clock or periods)[0]
        return ChartSpec("line", x, measures[0], color_for(x), "ordinal")
    if text and measures:
        x = next((n for n in text if _distinct(table, n, MAX_CATEGORIES) <= MAX_CATEGORIES), None)
        if x is not None:
            return ChartSpec("bar", x, measures[0], color_for(x), "nominal")
        return None
    if len(measures) >= 2 and table.num_rows > 2:
        return ChartSpec("scatter", measures[0], measures[1], color_for(""), "quantitative")
    if len(measures) == 1 and len(fields) == 1 and table.num_rows > 2:
        return ChartSpec("histogram", measures[0], None, None, "quantitative")
    return None


# Bar labels read level when there are few and they are short ("West", "JFK", "2024-01");
# Vega-Lite otherwise turns every band label on its side.
LEVEL_LABELS_MAX = 12  # bars, and characters per label


def _bar_axis(labels: Any) -> Any:
    """The x axis of a bar chart: level labels when at most ``LEVEL_LABELS_MAX`` short ones."""
    import altair as alt

    shown = labels.astype(str).unique()
    if (
        len(shown) <= LEVEL_LABELS_MAX
        and max((len(v) for v in shown), default=0) <= LEVEL_LABELS_MAX
    ):
        return alt.Axis(labelAngle=0)
    return alt.Axis()


def to_altair(spec: ChartSpec, result: QueryResult | pa.Table) -> alt.Chart:
    """An Altair chart for ``spec`` over (at most ``MAX_CHART_ROWS`` rows of) ``result``.

    Every chart in the app is built here, so its data passes ``chartdata.for_chart`` once: the
    browser then plots the values the result grid shows (decimals, 64-bit integers, dates, zones).
    """
    import altair as alt

    from iopsdata.chartdata import for_chart

    y = spec.y or ""
    x_type: Any = spec.x_type
    table = result if isinstance(result, pa.Table) else result.table
    data = for_chart(table.slice(0, MAX_CHART_ROWS)).to_pandas()
    base = alt.Chart(data)
    if spec.kind == "histogram":
        chart = base.mark_bar().encode(x=alt.X(spec.x, bin=alt.Bin(maxbins=40)), y="count()")
    elif spec.kind == "scatter":
        chart = base.mark_circle().encode(
            x=alt.X(spec.x, type="quantitative"), y=alt.Y(y, type="quantitative")
        )
    elif spec.kind == "bar":
        chart = base.mark_bar().encode(
            x=alt.X(spec.x, type="nominal", sort="-y", axis=_bar_axis(data[spec.x])),
            y=alt.Y(y, type="quantitative"),
        )
    else:
        chart = base.mark_line(point=len(data) <= 60).encode(
            x=alt.X(spec.x, type=x_type), y=alt.Y(y, type="quantitative")
        )
    if spec.color:
        chart = chart.encode(color=alt.Color(spec.color, type="nominal"))
    tooltip = [c for c in (spec.x, spec.y, spec.color) if c]
    chart = chart.encode(tooltip=tooltip)
    return chart.properties(title=spec.title) if spec.title else chart
