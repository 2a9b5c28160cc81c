"""End to end in Debian Chromium: the SQL page's main flow against a real ``streamlit run``.

Type a query into the code editor, run it with Ctrl+Enter, see the grid; the same through the
plain editor and the Run button; a refused statement shows its reason and no traceback.
"""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import wait_idle
from tests.browser.support import (
    assert_no_exception,
    download,
    go_to,
    open_app,
    submit_in_code_editor,
)

pytestmark = pytest.mark.browser

QUERY = "SELECT tz, count(*) AS airports FROM airports GROUP BY tz ORDER BY tz"


def open_sql(page, base: str) -> None:
    """Load the app at its root (app.py must run first), then go to SQL through the navigation."""
    open_app(page, base)
    go_to(page, "SQL")


def time_zones_in_source() -> int:
    """The truth, from the public CSV the demo database is built from (never a hard-coded count)."""
    import duckdb

    from iopsdata.demo import data_dir

    csv = (data_dir() / "airports.csv").as_posix()
    return int(duckdb.sql(f"SELECT count(DISTINCT tz) FROM read_csv('{csv}')").fetchall()[0][0])


def run_plain(page, base: str, sql: str):
    open_sql(page, base)
    toggle = page.get_by_text("Plain editor")
    if not page.locator('textarea[aria-label="SQL"]').count():
        toggle.click()
        wait_idle(page)
    area = page.locator('textarea[aria-label="SQL"]')
    area.fill(sql)
    area.press("Control+Enter")  # commits the text area's value (a rerun)
    wait_idle(page)
    page.get_by_role("button", name="Run", exact=True).click()
    wait_idle(page)


def test_run_with_ctrl_enter_in_the_code_editor_shows_the_grid(page, app_server) -> None:
    open_sql(page, app_server)
    caption = page.get_by_text(re.compile(r"[\d,]+ rows × 2 columns"))
    submit_in_code_editor(page, QUERY, caption)
    page.locator('[data-testid="stDataFrame"]').first.wait_for()
    shown = int(caption.inner_text().split(" rows")[0].replace(",", ""))
    assert_no_exception(page)
    assert shown == time_zones_in_source()
    csv_button = page.get_by_role("button", name=re.compile("Download CSV"))
    lines = download(page, csv_button).path().read_text().strip().splitlines()
    assert lines[0].replace('"', "") == "tz,airports"
    assert len(lines) - 1 == shown
    page.get_by_role("tab", name="Chart").click()  # the chart is built when its tab opens
    wait_idle(page)
    page.locator('[data-testid="stVegaLiteChart"]').first.wait_for()
    assert_no_exception(page)


def test_plain_editor_and_run_button(page, app_server) -> None:
    run_plain(page, app_server, "SELECT name FROM airlines ORDER BY name LIMIT 3")
    page.get_by_text("3 rows × 1 column ").wait_for()
    wait_idle(page)
    # result grid + history grid (waited for: on a loaded machine the second one can lag)
    page.wait_for_function(
        "() => document.querySelectorAll('[data-testid=\"stDataFrame\"]').length >= 2",
        timeout=30_000,
    )
    assert_no_exception(page)


def test_refused_statement_shows_the_reason(page, app_server) -> None:
    run_plain(page, app_server, "DELETE FROM flights")
    alert = page.locator('[data-testid="stAlert"]', has_text="Query refused")
    alert.wait_for()
    assert "read-only" in alert.inner_text()
    assert_no_exception(page)


def test_a_typo_is_a_syntax_error_with_line_and_column(page, app_server, tmp_path) -> None:
    """First-hour issue 17: a typo read "SELEC statements are not allowed", a refusal."""
    run_plain(page, app_server, "SELEC carrier FRM flights")
    alert = page.locator('[data-testid="stAlert"]', has_text="Syntax error")
    alert.wait_for()
    text = alert.inner_text()
    assert "Line 1, column 1" in text and "did you mean SELECT" in text, text
    assert "Query refused" not in text and "not allowed" not in text
    page.screenshot(path=str(tmp_path / "sql_syntax_error.png"), full_page=True)
    assert_no_exception(page)


def test_stop_cancels_a_running_query(page, app_server) -> None:
    open_sql(page, app_server)
    page.get_by_text("Plain editor").click()
    wait_idle(page)
    area = page.locator('textarea[aria-label="SQL"]')
    area.fill(
        "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < 1e10) "
        "SELECT count(*) FROM r"
    )
    area.press("Control+Enter")
    wait_idle(page)
    page.get_by_role("button", name="Run", exact=True).click()
    stop = page.get_by_role("button", name="Stop", exact=True)
    stop.wait_for(timeout=10_000)
    page.get_by_text(re.compile(r"Running… [\d.]+ s")).wait_for()
    stop.click()
    page.locator('[data-testid="stAlert"]', has_text="cancelled").wait_for(timeout=15_000)
    wait_idle(page)
    assert stop.count() == 0
    assert_no_exception(page)


def test_after_another_page_the_next_typed_query_is_the_one_that_runs(page, app_server) -> None:
    """Streamlit drops the text area's state while another page is shown; the box must come back
    with the last query, and the next query typed must be the one that runs (it used to be
    replaced by the default ``SELECT 1 AS answer``)."""
    run_plain(page, app_server, "SELECT name FROM airlines ORDER BY name LIMIT 3")
    page.get_by_text("3 rows × 1 column ").wait_for()
    go_to(page, "Chat")
    go_to(page, "SQL")
    area = page.locator('textarea[aria-label="SQL"]')
    assert area.input_value() == "SELECT name FROM airlines ORDER BY name LIMIT 3"
    area.fill("SELECT name FROM airlines ORDER BY name LIMIT 4")
    area.press("Control+Enter")
    wait_idle(page)
    page.get_by_role("button", name="Run", exact=True).click()
    wait_idle(page)
    page.get_by_text("4 rows × 1 column ").wait_for(timeout=30_000)
    assert area.input_value() == "SELECT name FROM airlines ORDER BY name LIMIT 4"
    assert_no_exception(page)
