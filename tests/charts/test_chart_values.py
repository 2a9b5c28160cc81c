"""Every chart plots the values the table shows, for every Arrow type each engine returns.

A result of each type is built on each engine (PostgreSQL, MariaDB, SQLite, DuckDB, Files), charted
through ``charts.to_altair`` (the one chart builder), and the chart's data — as Streamlit ships it
to the browser, Arrow from the chart's DataFrame — is compared with the result table's values.
"""

from __future__ import annotations

import datetime as dt
import decimal
import io
import math
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from iopsdata.chartdata import for_chart, for_grid
from iopsdata.charts import ChartSpec, chart_spec, to_altair
from iopsdata.connections import ConnectionService
from iopsdata.files import FileService
from iopsdata.files.sandbox import forget
from iopsdata.sqlservice import SqlService
from tests.engines.samples import _close_engines, sample_factory  # noqa: F401
from tests.support.context import make_context

# Two rows of every type the engine has; row 2 is NULL where the type allows (NULLs are charted).
TYPED_SQL = {
    "postgresql": """
        SELECT * FROM (VALUES
          ('north', 22664.79::numeric(10,2), 12345678901234567.123456::numeric(30,6),
           9007199254740993::int8, DATE '2023-11-22', TIME '12:34:56', TIMESTAMP '2023-11-22 10:00:00',
           TIMESTAMPTZ '2023-11-22 10:00:00+00', INTERVAL '1 day 2 hours', true, 0.5::float8),
          ('south', 345650.70::numeric(10,2), NULL, -5::int8, DATE '2024-02-29', TIME '23:59:59.5',
           NULL, TIMESTAMPTZ '2024-06-30 23:30:00+00', INTERVAL '-14 months', false, NULL)
        ) v(k, d, dw, big, dt, tm, ts, tz, iv, b, f)""",
    "mysql": """
        SELECT 'north' k, CAST(22664.79 AS DECIMAL(10,2)) d,
               CAST(12345678901234567.123456 AS DECIMAL(30,6)) dw, 9007199254740993 big,
               CAST(4294967295 AS UNSIGNED) u, DATE '2023-11-22' dt, TIME '12:34:56' tm,
               TIMESTAMP '2023-11-22 10:00:00' ts, true b, 0.5e0 f
        UNION ALL
        SELECT 'south', 345650.70, NULL, -5, 7, DATE '2024-02-29', TIME '838:59:59', NULL, false, NULL""",
    "sqlite": """
        SELECT 'north' k, 22664.79 d, 9007199254740993 big, '2023-11-22' dt, 1 b
        UNION ALL SELECT 'south', 345650.7, -5, NULL, NULL""",
    "duckdb": """
        SELECT * FROM (VALUES
          ('north', 22664.79::DECIMAL(10,2), 12345678901234567.123456::DECIMAL(30,6),
           9007199254740993::BIGINT, 18446744073709551615::UBIGINT,
           170141183460469231731687303715884105727::HUGEINT, DATE '2023-11-22', TIME '12:34:56',
           TIMESTAMP '2023-11-22 10:00:00', TIMESTAMPTZ '2023-11-22 10:00:00+00',
           INTERVAL '1 day 2 hours', true, 0.5::DOUBLE),
          ('south', 345650.70, NULL, -5, 0, NULL, DATE '2024-02-29', TIME '23:59:59.5', NULL,
           TIMESTAMPTZ '2024-06-30 23:30:00+00', INTERVAL '-14 months', false, NULL)
        ) v(k, d, dw, big, u, h, dt, tm, ts, tz, iv, b, f)""",
}


def _typed_parquet() -> bytes:
    """A Parquet file with the types a file can carry (decimals, 64-bit ints, dates, zones)."""
    table = pa.table(
        {
            "k": ["north", "south"],
            "d": pa.array([decimal.Decimal("22664.79"), decimal.Decimal("345650.70")], pa.decimal128(10, 2)),
            "big": pa.array([9007199254740993, None], pa.int64()),
            "u": pa.array([2**64 - 1, 0], pa.uint64()),
            "dt": pa.array([dt.date(2023, 11, 22), dt.date(2024, 2, 29)]),
            "tm": pa.array([dt.time(12, 34, 56), None]),
            "ts": pa.array([dt.datetime(2023, 11, 22, 10), None], pa.timestamp("us")),
            "tz": pa.array(
                [dt.datetime(2023, 11, 22, 10, tzinfo=dt.UTC), dt.datetime(2024, 6, 30, 23, 30, tzinfo=dt.UTC)],
                pa.timestamp("us", tz="UTC"),
            ),
            "b": [True, None],
        }
    )  # fmt: skip
    buf = io.BytesIO()
    pq.write_table(table, buf)
    return buf.getvalue()


def _expected(value: Any) -> Any:
    """What the grid shows for a value, in the terms a chart can plot."""
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.replace(tzinfo=None)  # the engines here return UTC; the wall clock is shown
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    if isinstance(value, dt.time):
        return value.isoformat()
    return value


def _same(chart_value: Any, table_value: Any) -> bool:
    want = _expected(table_value)
    if want is None:
        return chart_value is None or (isinstance(chart_value, float) and math.isnan(chart_value))
    if isinstance(want, int) and not isinstance(want, bool) and abs(want) > 2**53:
        return chart_value == float(want)  # the nearest double: a browser number cannot hold more
    if isinstance(want, float):
        return isinstance(chart_value, float) and chart_value == pytest.approx(want, rel=1e-15)
    if hasattr(chart_value, "to_pydatetime"):
        chart_value = chart_value.to_pydatetime()
    if hasattr(want, "months") or isinstance(want, dt.timedelta):  # the grid's text, charted
        return (
            chart_value == for_grid(pa.table({"x": pa.array([table_value])})).column(0)[0].as_py()
        )
    return bool(chart_value == want)


def _shipped(chart) -> pa.Table:
    """The chart's data as Streamlit sends it to the browser: Arrow from its DataFrame."""
    return pa.Table.from_pandas(chart.data, preserve_index=False)


BROWSER_SAFE = (
    pa.types.is_floating,
    pa.types.is_string,
    pa.types.is_large_string,
    pa.types.is_boolean,
    pa.types.is_null,
)


def _browser_safe(dtype: pa.DataType) -> bool:
    small_int = pa.types.is_integer(dtype) and dtype.bit_width < 64
    naive_time = pa.types.is_timestamp(dtype) and dtype.tz is None
    return small_int or naive_time or any(check(dtype) for check in BROWSER_SAFE)


def _check_chart_matches_table(table: pa.Table) -> None:
    for column in table.column_names[1:]:
        chart = to_altair(ChartSpec("bar", "k", column, None, "nominal"), table)
        shipped = _shipped(chart)
        dtype = shipped.schema.field(column).type
        assert _browser_safe(dtype), f"{column}: {table.schema.field(column).type} ships as {dtype}"
        got = shipped.column(column).to_pylist()
        want = table.column(column).to_pylist()
        mismatches = [(g, w) for g, w in zip(got, want, strict=True) if not _same(g, w)]
        assert not mismatches, f"{column} ({table.schema.field(column).type}): {mismatches}"


@pytest.mark.parametrize("kind", ["postgresql", "mysql", "sqlite", "duckdb"])
def test_chart_data_equals_table_on_each_engine(tmp_path, sample_factory, kind):  # noqa: F811
    ctx = make_context(tmp_path)
    sample = sample_factory(kind)
    cid = ConnectionService(ctx).add(f"{kind} typed", kind, sample.options)
    table = SqlService(ctx).run(TYPED_SQL[kind], cid).table
    assert any(pa.types.is_decimal(f.type) for f in table.schema) or kind == "sqlite"
    _check_chart_matches_table(table)


def test_chart_data_equals_table_on_files(tmp_path):
    ctx = make_context(tmp_path)
    try:
        files = FileService(ctx)
        asset = files.upload("typed.parquet", _typed_parquet())
        table = files.target().run(f'SELECT * FROM "{asset.table_name}"').table
        assert pa.types.is_decimal(table.schema.field("d").type)
        _check_chart_matches_table(table)
    finally:
        forget(ctx.workspace_id)


def test_sum_of_decimals_plots_the_sum_not_the_unscaled_integer():
    """The reported case: sum(qty*price) over numeric(10,2) — the axis ran to ~100× the value."""
    table = pa.table(
        {
            "region": ["north", "south"],
            "revenue": pa.array(
                [decimal.Decimal("22664.79"), decimal.Decimal("345650.70")], pa.decimal128(38, 2)
            ),
        }
    )
    spec = chart_spec(table)
    assert spec is not None and (spec.kind, spec.y) == ("bar", "revenue")
    assert _shipped(to_altair(spec, table)).column("revenue").to_pylist() == [22664.79, 345650.7]


def test_time_interval_and_duration_are_never_a_time_axis():
    table = pa.table(
        {
            "at": pa.array([dt.time(1, 0), dt.time(2, 30)]),
            "took": pa.array([dt.timedelta(hours=26, seconds=5), None], pa.duration("us")),
            "n": [1, 2],
        }
    )
    spec = chart_spec(table)
    assert spec is not None and (spec.x, spec.x_type) == ("at", "ordinal")
    shipped = for_chart(table)
    assert shipped.column("at").to_pylist() == ["01:00:00", "02:30:00"]
    assert shipped.column("took").to_pylist() == ["26:00:05", None]
    assert for_grid(table).column("took").to_pylist() == ["26:00:05", None]


# the columns of TYPED_SQL a double cannot hold exactly: 9007199254740993, 18446744073709551615,
# 2^127 - 1 and 12345678901234567.123456 (whose unscaled integer is past 2^53)
EXACT_DIGITS = {
    "postgresql": {"big", "dw"},
    "mysql": {"big", "dw"},
    "sqlite": {"big"},
    "duckdb": {"big", "u", "h", "dw"},
}


@pytest.mark.parametrize("kind", ["postgresql", "mysql", "sqlite", "duckdb"])
def test_the_grid_shows_numbers_past_a_double_digit_for_digit(tmp_path, sample_factory, kind):  # noqa: F811
    """The grid keeps numbers as doubles: it refused 9007199254740993 with an error cell and showed
    12345678901234567.123456 as 12,345,678,901,234,568. Such a column reaches it as its exact
    digits, right-aligned like the number it is; every other column is left as it was."""
    from iopsdata.ui.result_view import grid_columns

    ctx = make_context(tmp_path)
    sample = sample_factory(kind)
    cid = ConnectionService(ctx).add(f"{kind} typed", kind, sample.options)
    table = SqlService(ctx).run(TYPED_SQL[kind], cid).table
    grid = for_grid(table)
    config = grid_columns(grid)
    for name in table.column_names:
        if name in EXACT_DIGITS[kind]:
            want = [None if v is None else str(v) for v in table.column(name).to_pylist()]
            assert grid.column(name).to_pylist() == want, name
            assert (config[name]["type_config"]["type"], config[name]["alignment"]) == (
                "text", "right"
            ), name  # fmt: skip
        elif not (pa.types.is_interval(table.schema.field(name).type)
                  or pa.types.is_duration(table.schema.field(name).type)):  # fmt: skip
            assert grid.column(name).equals(table.column(name)), name


# an average of two-place amounts: PostgreSQL gives it 16 places (462.8047976011994003 was shown
# digit for digit, as text); a long-scale decimal whose rounded value a double still holds
LONG_SCALE_SQL = {
    "postgresql": "SELECT avg(x) AS mean FROM (VALUES (462.80::numeric(12,2)), (463.81), (461.80)) v(x)",
    "duckdb": "SELECT 462.8047976011994003::DECIMAL(38,16) AS mean",
}


@pytest.mark.parametrize("kind", ["postgresql", "duckdb"])
def test_a_long_scale_decimal_is_a_number_rounded_by_the_grid(tmp_path, sample_factory, kind):  # noqa: F811
    from iopsdata.chartdata import LOCALE_PLACES, MAX_FIXED_PLACES
    from iopsdata.ui.result_view import grid_columns

    ctx = make_context(tmp_path)
    cid = ConnectionService(ctx).add(f"{kind} mean", kind, sample_factory(kind).options)
    table = SqlService(ctx).run(LONG_SCALE_SQL[kind], cid).table
    dtype = table.schema.field("mean").type
    assert pa.types.is_decimal(dtype) and dtype.scale > MAX_FIXED_PLACES
    grid = for_grid(table)
    assert grid.column("mean").equals(table.column("mean"))  # still a number, not text
    config = grid_columns(grid)["mean"]
    assert config["type_config"]["type"] == "number"
    assert (config["type_config"]["format"], config["type_config"]["step"]) == ("localized", None)
    # past 2^53 once rounded to the places the grid shows: the exact digits again
    wide = pa.table(
        {"mean": pa.array([decimal.Decimal("12345678901234.5678")], pa.decimal128(38, 16))}
    )
    assert decimal.Decimal("12345678901234.5678").scaleb(LOCALE_PLACES) > 2**53
    assert for_grid(wide).column("mean").to_pylist() == ["12345678901234.5678000000000000"]


@pytest.mark.parametrize(
    ("values", "places"),
    [
        ([853.2, 587.59, 5.0, None], 2),  # a CSV's amounts, read as DOUBLE
        ([40.6398, -73.7789], 4),  # airports' coordinates
        ([123456789.12], 2),
        ([1e-06], 6),
        ([1.0, 2.0], None),  # whole numbers: no places
        ([1 / 3, 2.0], None),  # more places than MAX_FLOAT_PLACES
        ([1.1234567], None),
        ([float("nan"), 1.5], None),
        ([None], None),
    ],
)
def test_float_places(values, places):
    from iopsdata.chartdata import float_places

    assert float_places(pa.chunked_array([pa.array(values, pa.float64())])) == places


def test_a_csv_amount_column_read_as_double_keeps_its_two_places(tmp_path):
    """DuckDB reads a CSV's 853.20 as the DOUBLE 853.2; the grid showed 853.2 beside 587.59."""
    from iopsdata.files import FileService
    from iopsdata.ui.result_view import grid_columns

    files = FileService(make_context(tmp_path))
    files.upload("orders.csv", b"id,amount,share\n1,853.20,0.5\n2,587.59,0.25\n3,5.00,0.125\n")
    table = files.target().run("SELECT id, amount, share, amount / 3 AS third FROM orders").table
    assert pa.types.is_floating(table.schema.field("amount").type)
    config = grid_columns(for_grid(table))
    steps = {name: config[name]["type_config"].get("step") for name in ("amount", "share", "third")}
    assert steps == {"amount": 0.01, "share": 0.001, "third": None}
    assert config["id"]["type_config"].get("step") is None


@pytest.mark.parametrize("kind", ["postgresql", "duckdb"])
def test_months_from_date_trunc_are_shown_as_dates(tmp_path, sample_factory, kind):  # noqa: F811
    """date_trunc('month', a timestamp with a time zone) read 2026-01-01 00:00:00+00:00 in the
    grid; a column of midnights is shown as dates, any other time keeps its clock."""
    from iopsdata.chartdata import midnight_only
    from iopsdata.ui.result_view import grid_columns

    ctx = make_context(tmp_path)
    cid = ConnectionService(ctx).add(f"{kind} months", kind, sample_factory(kind).options)
    sql = (
        "SELECT date_trunc('month', t) AS month, t AS at FROM (VALUES "
        "(TIMESTAMPTZ '2026-01-15 10:30:00+00'), (TIMESTAMPTZ '2026-02-03 00:00:01+00')) v(t)"
    )
    table = SqlService(ctx).run(sql, cid).table
    assert pa.types.is_timestamp(table.schema.field("month").type)
    config = grid_columns(for_grid(table))
    month = config["month"]["type_config"]
    assert (month["type"], month["format"]) == ("datetime", "YYYY-MM-DD")
    assert "at" not in config  # 10:30 and 00:00:01 keep their times
    assert not midnight_only(pa.chunked_array([pa.array([None], pa.timestamp("us"))]))
