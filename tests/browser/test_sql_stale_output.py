"""Output belongs to the SQL and connection that produced it (issue item 10), in Debian Chromium."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import wait_idle
from tests.browser.support import (
    DEMO_CONNECTION,
    assert_no_exception,
    editor_frame,
    go_to,
    open_app,
    replace_in_code_editor,
    select_option,
)

pytestmark = pytest.mark.browser


def replace_text(page, sql: str) -> None:
    replace_in_code_editor(page, sql)


def test_result_and_transpile_panel_follow_the_sql_and_connection(page, app_server) -> None:
    open_app(page, app_server)
    go_to(page, "SQL")
    replace_text(page, "SELECT carrier FROM airlines GROUP BY 1 ORDER BY 1 LIMIT 2")
    editor_frame(page).get_by_role("button", name="Run").click()
    result = page.get_by_text(re.compile(r"^2 rows × 1 column"))
    result.wait_for()
    page.get_by_role("button", name="Transpile").click()
    panel = page.get_by_text("In postgres")
    panel.wait_for()

    replace_text(page, "SELECT 1 AS edited")
    page.get_by_role("heading", name="SQL").first.click()  # focus leaves the editor: text sent
    page.get_by_text("Result of an earlier version").wait_for()
    panel.wait_for(state="detached")
    wait_idle(page)
    assert result.count() == 1

    select_option(page, "Connection", "Files (uploaded files)")
    result.wait_for(state="detached")
    wait_idle(page)
    assert page.get_by_text("Result of an earlier version").count() == 0
    page.screenshot(path="test-artifacts/sql_stale_output_other_connection.png", full_page=True)
    assert_no_exception(page)
    # the connection is part of this user's draft: leave the demo chosen for the next tests
    select_option(page, "Connection", DEMO_CONNECTION)
