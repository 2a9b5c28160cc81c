"""End to end in Debian Chromium: a Chat question on the demo, answered by the loopback provider
server through the real OpenAI SDK, shows the SQL, a result grid and a chart (issue 4)."""

from __future__ import annotations

import re

import pytest

from tests.browser.charting import chart_marks, download_csv, number, open_chart_tab
from tests.browser.conftest import wait_idle
from tests.browser.support import (
    DEMO_CONNECTION,
    app_server_with,
    assert_no_exception,
    demo_carriers,
    open_app,
    selectbox_value,
)
from tests.support.llm_server import LlmServer

pytestmark = pytest.mark.browser

QUESTION = "Which carriers flew the most flights?"
SQL = "SELECT carrier, count(*) AS flights FROM flights GROUP BY carrier ORDER BY flights DESC"
REPLY = f"This counts the flights of each carrier, busiest first.\n\n```sql\n{SQL}\n```\n"


def test_question_on_the_demo_shows_sql_grid_and_chart(page, tmp_path) -> None:
    with LlmServer() as llm:
        # One question costs one completion when the SQL validates and runs; the spare replies
        # cover repair rounds, and the assertion on llm.requests below says how many were used.
        llm.enqueue(REPLY, REPLY, REPLY)
        env = {
            "IOPSDATA_LLM_PROVIDER": "openai_compatible",
            "IOPSDATA_OPENAI_COMPATIBLE_BASE_URL": llm.base_url("openai_compatible"),
        }
        with app_server_with(tmp_path / "home", env) as base:
            open_app(page, base)
            page.get_by_role("heading", name="Chat", exact=True).wait_for()
            assert selectbox_value(page, "Ask about") == DEMO_CONNECTION
            box = page.get_by_placeholder("Ask a question about your data")
            box.fill(QUESTION)
            box.press("Enter")
            wait_idle(page, 90_000)

            page.get_by_test_id("stCode").filter(has_text="GROUP BY carrier").first.wait_for()
            caption = page.get_by_text(re.compile(r"^[\d,]+ rows × 2 columns"))
            caption.first.wait_for()
            shown = int(caption.first.inner_text().split(" rows")[0].replace(",", ""))
            assert shown == demo_carriers()
            page.get_by_test_id("stDataFrame").first.wait_for()
            page.get_by_text("busiest first").first.wait_for()
            # each tab shows its own thing: no chart under the Table tab (it used to be drawn
            # again below the tabs, so it showed under both)
            assert page.get_by_test_id("stVegaLiteChart").count() == 0
            table = {row["carrier"]: float(row["flights"]) for row in download_csv(page)}
            open_chart_tab(page)
            assert page.get_by_test_id("stVegaLiteChart").count() == 1
            plotted = {m["carrier"]: number(m["flights"]) for m in chart_marks(page)}
            assert plotted == table  # the chart plots the values the table shows
            assert_no_exception(page)

        assert 1 <= len(llm.requests) <= 3
        sent = " ".join(str(m.get("content")) for m in llm.requests[0].body["messages"])
        assert QUESTION in sent
        assert "flights" in sent  # the demo's schema went into the prompt
