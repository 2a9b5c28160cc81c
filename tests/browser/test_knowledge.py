"""End to end in Debian Chromium: an editor teaches a glossary term on the Knowledge page; Chat's
"Show prompt" shows it, and the loopback provider receives it with the question (issue 13)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

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
    selectbox_value,
)
from tests.support.llm_server import LlmServer

pytestmark = pytest.mark.browser

TERM = "late arrival"
MEANING = "a flight whose arr_delay is above 15 minutes"
SHOWN = f'"{TERM}": "{MEANING}"'
QUESTION = "How many late arrivals did each carrier have?"
SQL = "SELECT carrier, count(*) AS late FROM flights WHERE arr_delay > 15 GROUP BY carrier"
REPLY = f"This counts late arrivals per carrier.\n\n```sql\n{SQL}\n```\n"


def test_a_glossary_term_edited_on_the_knowledge_page_is_in_chats_prompt(page, tmp_path) -> None:
    with LlmServer() as llm:
        llm.enqueue(REPLY, REPLY, REPLY)
        env = {
            "IOPSDATA_LLM_PROVIDER": "openai_compatible",
            "IOPSDATA_OPENAI_COMPATIBLE_BASE_URL": llm.base_url("openai_compatible"),
        }
        with app_server_with(tmp_path / "home", env) as base:
            open_app(page, base)
            go_to(page, "Knowledge")
            assert selectbox_value(page, "Connection") == DEMO_CONNECTION
            page.get_by_role("textbox", name="Term", exact=True).fill(TERM)
            page.get_by_role("textbox", name="Meaning", exact=True).fill(MEANING)
            page.get_by_role("button", name="Save").click()
            wait_idle(page)
            page.get_by_text("Saved the term.").first.wait_for()
            # the entry is listed, and can be picked for editing
            page.get_by_role("combobox", name="Add or edit a term").click()
            page.get_by_role("option", name=TERM, exact=True).wait_for()
            page.keyboard.press("Escape")
            save_screenshot(page, "knowledge_glossary_saved")
            assert_no_exception(page)

            go_to(page, "Chat")
            page.get_by_text("Tables the assistant sees").click()
            page.get_by_role("textbox", name="Preview the prompt for a question").fill(QUESTION)
            prompt = page.get_by_test_id("stCode").filter(has_text=SHOWN)
            # the click also commits the typed question: a click lost to that rerun is clicked again
            click_until(
                page,
                page.get_by_role("button", name="Show prompt"),
                lambda: appears(prompt.first, 15_000),
            )
            prompt.first.wait_for()
            assert "Glossary (the team's terms):" in prompt.first.inner_text()
            save_screenshot(page, "knowledge_in_show_prompt")

            box = page.get_by_placeholder("Ask a question about your data")
            box.fill(QUESTION)
            box.press("Enter")
            wait_idle(page, 90_000)
            page.get_by_test_id("stCode").filter(has_text="arr_delay > 15").first.wait_for()
            assert_no_exception(page)

        assert llm.requests, "the question never reached the provider"
        sent = " ".join(str(m.get("content")) for m in llm.requests[0].body["messages"])
        assert SHOWN in sent and QUESTION in sent


def test_dbt_import_through_the_page(page, tmp_path) -> None:
    from tests.knowledge.test_dbt import CATALOG, MANIFEST

    with app_server_with(tmp_path / "home") as base:
        open_app(page, base)
        go_to(page, "Knowledge")
        page.get_by_role("tab", name="Import / export").click()
        for label, path in (("manifest.json", MANIFEST), ("catalog.json (optional)", CATALOG)):
            uploader = page.get_by_test_id("stFileUploader").filter(has_text=label)
            uploader.locator('input[type="file"]').set_input_files(str(path))
            uploader.get_by_text(path.name).first.wait_for()
        wait_idle(page)
        page.get_by_role("button", name="Import dbt project").click()
        wait_idle(page, 60_000)
        page.get_by_text("Imported dbt project corner_shop").first.wait_for()
        page.get_by_text("6 dbt models").first.wait_for()
        page.get_by_role("tab", name="Metrics").click()
        save_screenshot(page, "knowledge_dbt_imported")
        assert_no_exception(page)


def test_a_join_path_naming_a_missing_table_is_refused_and_keeps_what_was_typed(page, tmp_path):
    """A typo is refused with the closest real name, the form keeps the typing so one letter
    fixes it, and the corrected path is saved and listed (the form then empties)."""
    with app_server_with(tmp_path / "home") as base:
        open_app(page, base)
        go_to(page, "Knowledge")
        page.get_by_role("tab", name="Join paths").click()
        left = page.get_by_label("Left table", exact=True)
        right_columns = page.get_by_label("Right columns (comma-separated)", exact=True)
        left.fill("flight")
        page.get_by_label("Left columns (comma-separated)", exact=True).fill("carrier")
        page.get_by_label("Right table", exact=True).fill("airlines")
        right_columns.fill("carier")
        page.get_by_role("button", name="Save").click()
        wait_idle(page)
        error = page.get_by_test_id("stAlert").filter(has_text="no table 'flight'")
        error.wait_for()
        assert "did you mean 'flights'?" in error.inner_text()
        assert "has no column 'carier' (did you mean 'carrier'?)" in error.inner_text()
        assert (left.input_value(), right_columns.input_value()) == ("flight", "carier")
        save_screenshot(page, "knowledge_join_typo")

        left.fill("flights")
        right_columns.fill("carrier")
        page.get_by_role("button", name="Save").click()
        wait_idle(page)
        page.get_by_text("Saved the join path.").first.wait_for()
        # the toast is sent by the saving run, the emptied form by the rerun after it
        expect(left).to_have_value("", timeout=30_000)
        assert page.get_by_test_id("stAlert").filter(has_text="no table 'flight'").count() == 0
        page.get_by_role("combobox", name="Add or edit a join path").click()
        page.get_by_role("option", name="flights ↔ airlines (carrier)", exact=True).wait_for()
        page.keyboard.press("Escape")
        assert_no_exception(page)
