"""End to end in Debian Chromium: the demo connection's "ask above" rows is set in Settings; a Chat
answer that scans more is held with its plan estimate and a "Run anyway" button, which runs it;
the SQL page's "Estimate" shows the same estimate without running the query (issue 13)."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import wait_idle
from tests.browser.support import (
    DEMO_CONNECTION,
    app_server_with,
    appears,
    assert_no_exception,
    click_until,
    go_to,
    open_app,
    save_screenshot,
)
from tests.support.llm_server import LlmServer

pytestmark = pytest.mark.browser

SQL = "SELECT carrier, count(*) AS flights FROM flights GROUP BY carrier"
REPLY = f"Flights per carrier.\n\n```sql\n{SQL}\n```\n"
ASK_ABOVE = "Ask before running above (estimated rows)"
ESTIMATE = re.compile(r"The plan reads about [\d,]+ rows; full scan of flights")


def _set_threshold(page, rows: int) -> None:
    go_to(page, "Settings")
    page.get_by_role("tab", name="Connections").click()
    page.get_by_text(DEMO_CONNECTION).first.click()  # open its expander
    form = page.get_by_test_id("stForm").filter(has=page.get_by_role("button", name="Save changes"))
    threshold = form.get_by_role("spinbutton", name=ASK_ABOVE)
    # the Edit toggle's click can land while a rerun redraws the page (seen once in a full run:
    # the toggle stayed off); a person clicks again
    edit = page.get_by_text("Edit", exact=True).first
    assert click_until(page, edit, lambda: appears(threshold, 10_000)), "Edit opened no form"
    threshold.fill(str(rows))
    form.get_by_role("button", name="Save changes").click()
    wait_idle(page, 60_000)
    assert_no_exception(page)


def test_chat_holds_an_expensive_answer_and_sql_page_estimates(page, tmp_path) -> None:
    with LlmServer() as llm:
        llm.enqueue(REPLY, REPLY, REPLY)
        env = {
            "IOPSDATA_LLM_PROVIDER": "openai_compatible",
            "IOPSDATA_OPENAI_COMPATIBLE_BASE_URL": llm.base_url("openai_compatible"),
        }
        with app_server_with(tmp_path / "home", env) as base:
            open_app(page, base)
            _set_threshold(page, 1000)

            go_to(page, "Chat")
            box = page.get_by_placeholder("Ask a question about your data")
            box.fill("How many flights per carrier?")
            box.press("Enter")
            wait_idle(page, 90_000)
            page.get_by_text(ESTIMATE).first.wait_for()
            page.get_by_text("limit of 1,000 rows").first.wait_for()
            run_anyway = page.get_by_role("button", name="Run anyway")
            run_anyway.wait_for()
            assert page.get_by_test_id("stDataFrame").count() == 0  # held: nothing ran
            save_screenshot(page, "cost_gate_chat_held")
            run_anyway.click()
            wait_idle(page, 60_000)
            page.get_by_test_id("stDataFrame").first.wait_for()
            page.get_by_text(re.compile(r"^[\d,]+ rows × 2 columns")).first.wait_for()
            assert page.get_by_role("button", name="Run anyway").count() == 0
            assert_no_exception(page)

            go_to(page, "SQL")
            if not page.locator('textarea[aria-label="SQL"]').count():
                page.get_by_text("Plain editor").click()
                wait_idle(page)
            area = page.locator('textarea[aria-label="SQL"]')
            area.fill(SQL)
            area.press("Control+Enter")
            wait_idle(page)
            page.get_by_role("button", name="Estimate").click()
            wait_idle(page)
            page.get_by_text(ESTIMATE).first.wait_for()
            assert page.get_by_text(re.compile(r"rows × 2 columns")).count() == 0  # not run
            save_screenshot(page, "cost_gate_sql_estimate")
            assert_no_exception(page)
        asked = [r for r in llm.requests if r.protocol != "models"]
        assert len(asked) == 1  # one answer; Run anyway and Estimate ask no model
