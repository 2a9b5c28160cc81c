"""In Chromium: a chart plots exactly the values the table shows (decimals were plotted 100× too
high: Vega-Lite read Arrow decimal128 as its unscaled integer)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.browser.charting import chart_marks, download_csv, number, open_chart_tab
from tests.browser.conftest import ARTIFACTS, FRAMES
from tests.browser.support import assert_no_exception, save_screenshot
from tests.browser.test_sql_page import run_plain

pytestmark = pytest.mark.browser

DECIMALS = """SELECT k, d, big FROM (VALUES
  ('north', 22664.79::DECIMAL(10,2), 9007199254740993::BIGINT),
  ('south', 345650.70::DECIMAL(10,2), -5::BIGINT),
  ('east', 1.05::DECIMAL(10,2), 0::BIGINT)) v(k, d, big)"""
DATES = """SELECT dt, d FROM (VALUES
  (DATE '2023-11-22', 22664.79::DECIMAL(38,2)),
  (DATE '2024-02-29', 345650.70::DECIMAL(38,2)),
  (DATE '2024-03-01', NULL)) v(dt, d)"""


def test_decimal_bars_plot_the_table_values(page, app_server) -> None:
    run_plain(page, app_server, DECIMALS)
    page.get_by_text("3 rows × 3 columns").wait_for()
    # one number format: the grid draws its numbers (on a canvas) in the browser's locale format;
    # its accessible copy holds raw values, so the column configuration it received is checked
    page.locator('[data-testid="stDataFrame"]').first.wait_for()
    localized = re.compile(rb'"format":\s*"localized"')
    grid_configs = [
        p
        for _, way, p in FRAMES
        if way == "received" and isinstance(p, bytes) and localized.search(p)
    ]
    assert grid_configs, "the grid's numeric columns are not in the locale number format"
    # DECIMAL(10,2) keeps its two places: 345,650.70, not 345,650.7
    two_places = re.compile(rb'"format":\s*"localized",\s*"step":\s*0\.01\b')
    assert any(two_places.search(p) for p in grid_configs), "the decimal column lost its scale"
    # 9007199254740993 is past what the grid's doubles hold: its digits, right-aligned, no error
    exact = re.compile(rb'"alignment":\s*"right",[^{}]*"type_config":\s*\{\s*"type":\s*"text"')
    assert any(exact.search(p) for p in grid_configs), "the BIGINT past 2^53 is not shown as text"
    save_screenshot(page, "chart_values_decimal_grid")
    table = {row["k"]: float(row["d"]) for row in download_csv(page)}
    open_chart_tab(page)
    plotted = {m["k"]: number(m["d"]) for m in chart_marks(page)}
    save_screenshot(page, "chart_values_decimal_bars")
    assert plotted == table  # was {'north': 2266479.0, 'south': 34565070.0, 'east': 105.0}
    assert_no_exception(page)


def test_decimal_line_over_dates_plots_the_table_values(page, app_server) -> None:
    run_plain(page, app_server, DATES)
    page.get_by_text("3 rows × 2 columns").wait_for()
    table = {row["dt"]: row["d"] for row in download_csv(page)}
    open_chart_tab(page)
    marks = [m for m in chart_marks(page) if m.get("d") not in (None, "", "null")]
    plotted = {
        dt.datetime.strptime(m["dt"], "%b %d, %Y").date().isoformat(): number(m["d"]) for m in marks
    }
    save_screenshot(page, "chart_values_decimal_dates")
    assert plotted == {k: float(v) for k, v in table.items() if v}
    assert ARTIFACTS.exists()
    assert_no_exception(page)


def grid_column_config(column: str) -> dict:
    """The last column configuration the grid received for ``column`` (a JSON object in the
    frame: the grid draws on a canvas, so what it was told is what can be checked)."""
    import json

    found = None
    start = f'{{"{column}": '.encode()
    for _, way, payload in FRAMES:
        if way == "received" and isinstance(payload, bytes) and start in payload:
            text = payload[payload.rindex(start) :].decode("utf-8", "replace")
            found = json.JSONDecoder().raw_decode(text)[0][column]
    assert found is not None, f"no grid configuration for {column!r}"
    return found


def test_a_long_scale_average_is_a_rounded_number_in_the_grid(page, app_server) -> None:
    """PostgreSQL's avg() of a two-place amount has 16 places; the grid once got its digits as
    text (462.8047976011994003). It gets a number, which its locale format shows as 462.805."""
    run_plain(page, app_server, "SELECT 462.8047976011994003::DECIMAL(38,16) AS mean")
    page.get_by_text("1 row × 1 column").wait_for()
    page.locator('[data-testid="stDataFrame"]').first.wait_for()
    config = grid_column_config("mean")
    assert config["type_config"] == {"type": "number", "format": "localized"}, config
    save_screenshot(page, "grid_long_scale_decimal")
    assert_no_exception(page)


def test_float_amounts_keep_their_places_in_the_grid(page, app_server) -> None:
    """A DOUBLE column of two-place amounts (how DuckDB reads a CSV's 853.20) showed 853.2 beside
    587.59; the grid is told their places."""
    run_plain(
        page, app_server, "SELECT * FROM (VALUES (853.20::DOUBLE), (587.59::DOUBLE)) v(amount)"
    )
    page.get_by_text("2 rows × 1 column").wait_for()
    page.locator('[data-testid="stDataFrame"]').first.wait_for()
    config = grid_column_config("amount")
    assert config["type_config"] == {"type": "number", "format": "localized", "step": 0.01}, config
    save_screenshot(page, "grid_float_amounts")
    assert_no_exception(page)


def test_months_read_as_dates_in_the_grid(page, app_server) -> None:
    """date_trunc('month', …) showed 2013-01-01 00:00:00 on every row: a column of midnights is
    shown as dates."""
    sql = "SELECT date_trunc('month', time_hour) AS month, count(*) AS n FROM flights GROUP BY 1 ORDER BY 1"
    run_plain(page, app_server, sql)
    page.get_by_text(re.compile(r"^\d+ rows × 2 columns")).wait_for()
    page.locator('[data-testid="stDataFrame"]').first.wait_for()
    month = grid_column_config("month")["type_config"]
    assert (month["type"], month["format"]) == ("datetime", "YYYY-MM-DD"), month
    save_screenshot(page, "grid_months_as_dates")
    assert_no_exception(page)
