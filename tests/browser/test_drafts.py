"""Drafts survive a reload and a visit to another page (issue item 12), in Debian Chromium.

A reload used to start the SQL editor over at ``SELECT 1 AS answer`` with no result, and the
Lineage page forgot its pasted SQL as soon as another page was opened.
"""

from __future__ import annotations

import re
import uuid

import pytest

from tests.browser.conftest import wait_idle
from tests.browser.support import (
    assert_no_exception,
    click_editor_button,
    editor_frame,
    go_to,
    open_app,
    replace_in_code_editor,
)

pytestmark = pytest.mark.browser


def test_sql_text_and_result_come_back_after_a_reload(page, app_server) -> None:
    open_app(page, app_server)
    go_to(page, "SQL")
    mark = uuid.uuid4().hex[:8]
    sql = f"SELECT '{mark}' AS mark, name FROM airlines ORDER BY name LIMIT 3"
    replace_in_code_editor(page, sql)
    click_editor_button(page, "Run")
    result = page.get_by_text(re.compile(r"^3 rows × 2 columns"))
    result.wait_for()
    wait_idle(page)

    page.reload()
    page.get_by_role("heading", name="SQL", exact=True).first.wait_for(timeout=90_000)
    result.wait_for(timeout=60_000)
    wait_idle(page)
    frame = editor_frame(page)
    assert mark in frame.locator(".ace_editor").first.inner_text()
    page.screenshot(path="test-artifacts/sql_after_reload.png", full_page=True)
    assert_no_exception(page)


def test_lineage_keeps_pasted_sql_across_pages(page, app_server) -> None:
    open_app(page, app_server)
    go_to(page, "Lineage")
    sql = "INSERT INTO delay_summary SELECT carrier, avg(dep_delay) FROM flights GROUP BY carrier"
    area = page.get_by_role("textbox", name="SQL")
    area.fill(sql)
    area.press("Control+Enter")
    wait_idle(page)
    page.get_by_text("delay_summary").first.wait_for()
    go_to(page, "Chat")
    go_to(page, "Lineage")
    assert page.get_by_role("textbox", name="SQL").input_value() == sql
    page.reload()
    page.get_by_role("heading", name="Lineage", exact=True).first.wait_for(timeout=90_000)
    # the new session's first run fills the box from the stored draft
    page.wait_for_function(
        "v => document.querySelector('textarea[aria-label=\"SQL\"]')?.value === v",
        arg=sql,
        timeout=60_000,
    )
    page.get_by_text("delay_summary").first.wait_for()
    assert_no_exception(page)
    area = page.get_by_role("textbox", name="SQL")
    area.fill("")  # the draft is this user's: leave the page empty for the next tests
    area.press("Control+Enter")
    wait_idle(page)
