"""End to end in Debian Chromium: the Evaluate page runs the demo's starter set against two model
configurations served by the loopback provider, and shows which one is more accurate (issue 14)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from iopsdata.eval.files import starter_set
from tests.browser.charting import chart_marks, number
from tests.browser.conftest import wait_idle
from tests.browser.support import (
    app_server_with,
    assert_no_exception,
    go_to,
    open_app,
    save_screenshot,
    screenshot_on_failure,
    selectbox_value,
)
from tests.support.llm_server import LlmServer, Recorded

pytestmark = pytest.mark.browser

RUN_TIMEOUT_MS = 240_000


def _responder():
    """``strong`` answers every question with its gold SQL; ``weak`` only the easy ones."""
    _, questions = starter_set()
    easy = {q.question for q in questions if "easy" in q.tags}

    def respond(request: Recorded) -> str:
        sent = "\n".join(m["content"] for m in request.body["messages"] if m["role"] == "user")
        for q in questions:
            if q.question in sent:
                right = request.body["model"] == "strong" or q.question in easy
                sql = q.sql if right else "SELECT count(*) AS n FROM airlines"
                return f"```sql\n{sql}\n```\nThis answers it."
        return "I cannot answer that."

    return respond, len(questions), len(easy)


def test_demo_set_compares_two_models(page, tmp_path) -> None:
    respond, total, easy = _responder()
    with LlmServer(responder=respond) as llm:
        llm.models = ["strong", "weak"]
        env = {
            "IOPSDATA_LLM_PROVIDER": "openai_compatible",
            "IOPSDATA_OPENAI_COMPATIBLE_BASE_URL": llm.base_url("openai_compatible"),
        }
        with (
            app_server_with(tmp_path / "home", env) as base,
            screenshot_on_failure(page, "evaluate_failure"),
        ):
            open_app(page, base)
            go_to(page, "Evaluate")
            page.get_by_text("No golden set yet").wait_for()
            page.get_by_role("button", name="Add starter set").click()
            wait_idle(page, 60_000)
            page.get_by_text(f"Questions ({total})").first.wait_for()
            assert (
                selectbox_value(page, "Golden set")
                == f"NYC flights 2013 (starter) ({total} questions)"
            )

            # the server's two models, one per configuration, with nothing typed
            assert selectbox_value(page, "Model 1") == "strong"
            assert selectbox_value(page, "Model 2") == "weak"
            limit = page.get_by_role("spinbutton", name="Questions at a time per provider")
            limit.fill("4")
            limit.press("Enter")
            wait_idle(page)
            page.get_by_role("button", name="Start run").click()
            page.get_by_role("heading", name="Comparison").wait_for()
            page.get_by_text("Finished ·").first.wait_for(timeout=RUN_TIMEOUT_MS)
            wait_idle(page, 60_000)

            marks = {m["configuration"]: number(m["accuracy"]) for m in chart_marks(page)}
            assert marks == {
                "openai_compatible/strong": 1.0,
                "openai_compatible/weak": pytest.approx(easy / total, abs=0.001),
            }
            # each bar is named in full: st.bar_chart cut both names to "openai_compatib…"
            words = page.get_by_test_id("stVegaLiteChart").first.locator("text").all_text_contents()
            assert {"openai_compatible/strong", "openai_compatible/weak"} <= set(words), words
            page.get_by_test_id("stVegaLiteChart").first.scroll_into_view_if_needed()
            save_screenshot(page, "evaluate_table")
            grid = page.get_by_test_id("stDataFrame")
            assert grid.count() >= 4  # questions, comparison, failures, tags, per question
            page.get_by_text(f"{2 * total:,} of {2 * total:,} answers").first.wait_for()
            # inspect a question the weak model got wrong: gold and answer side by side
            box = page.get_by_role("combobox", name="Configuration", exact=True)
            box.click()
            page.keyboard.type("weak")
            page.keyboard.press("Enter")
            wait_idle(page)
            assert selectbox_value(page, "Configuration") == "openai_compatible/weak"
            question = page.get_by_role("combobox", name="Inspect question", exact=True)
            question.click()
            page.keyboard.type("have no actual departure time")
            page.keyboard.press("Enter")
            wait_idle(page)
            alert = page.get_by_test_id("stAlert").filter(has_text="wrong")
            alert.first.wait_for()
            assert "row" in alert.first.inner_text() or "column" in alert.first.inner_text()
            page.get_by_text("Gold", exact=True).first.wait_for()
            page.get_by_test_id("stCode").filter(
                has_text="count(*) AS n FROM airlines"
            ).first.wait_for()
            assert_no_exception(page)
            save_screenshot(page, "evaluate_comparison")
        answers = [r for r in llm.requests if r.path.endswith("/chat/completions")]
        assert len(answers) == 2 * total  # one call per question and model: no repairs


def test_a_refused_gold_sql_keeps_the_question_typed_for_its_fix(page, tmp_path) -> None:
    """The gold SQL is checked as it is added: a typo is refused with the reason and the form
    keeps the question and the SQL, so fixing one word adds it (and then the form empties)."""
    question = "How many airlines are there?"
    with app_server_with(tmp_path / "home") as base, screenshot_on_failure(page, "evaluate_add"):
        open_app(page, base)
        go_to(page, "Evaluate")
        page.get_by_role("button", name="Add starter set").click()
        wait_idle(page, 60_000)
        listed = page.get_by_text("Questions (").first
        listed.wait_for()
        before = listed.inner_text()
        listed.click()
        text = page.get_by_label("Question", exact=True)
        sql = page.get_by_label("Gold SQL", exact=True)
        text.fill(question)
        sql.fill("SELEC count(*) FROM airlines")
        page.get_by_role("button", name="Add question").click()
        wait_idle(page)
        page.get_by_test_id("stAlert").filter(has_text="is refused").first.wait_for()
        assert (text.input_value(), sql.input_value()) == (question, "SELEC count(*) FROM airlines")
        assert page.get_by_text(before).count() >= 1  # nothing was added
        save_screenshot(page, "evaluate_gold_sql_refused")

        sql.fill("SELECT count(*) FROM airlines")
        page.get_by_role("button", name="Add question").click()
        wait_idle(page)
        n = int(before.split("(")[1].rstrip(")"))
        page.get_by_text(f"Questions ({n + 1})").first.wait_for()
        # the count is drawn above the form by the same run: wait for the emptied form too
        expect(text).to_have_value("", timeout=30_000)
        expect(sql).to_have_value("", timeout=30_000)
        assert page.get_by_test_id("stAlert").filter(has_text="is refused").count() == 0
        assert_no_exception(page)
