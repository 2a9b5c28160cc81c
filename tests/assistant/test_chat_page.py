"""The Chat page through AppTest on the embedded default (demo DuckDB connection)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import streamlit as st

from tests.ui.conftest import open_page, texts
from tests.ui.conftest import shown as displayed

PAGE = "pages/chat.py"
# the "Tables the assistant sees" expander (iopsdata.ui.chat_view)
TABLES_OPEN = "_chat_tables_open"
GOOD = "```sql\nSELECT carrier, count(*) AS n FROM flights GROUP BY carrier ORDER BY n DESC\n```\nFlights per carrier."


def open_tables(at):
    """Open "Tables the assistant sees" (its content is drawn only while it is open)."""
    at.session_state[TABLES_OPEN] = True
    return at.run()


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    # (AppTest routes as the server does: tests/conftest.py's _navigation_routing.)
    st.cache_resource.clear()
    yield
    st.cache_resource.clear()


def test_without_a_provider_the_page_says_how_to_set_one_up():
    at = open_page(PAGE)
    assert not at.exception, at.exception
    shown = texts(at)
    assert "Settings → AI providers" in shown
    for name in (
        "OPENAI_API_KEY",
        "ANTHROPIC_API_KEY",
        "GROQ_API_KEY",
        "IOPSDATA_OPENAI_COMPATIBLE_BASE_URL",
    ):
        assert name in shown


def test_ask_shows_sql_result_and_thread(monkeypatch, llm_server):
    monkeypatch.setenv("IOPSDATA_OPENAI_COMPATIBLE_BASE_URL", llm_server.base_url("openai"))
    llm_server.enqueue(GOOD)
    at = open_page(PAGE)
    assert "Settings → AI providers" not in texts(at)
    at.chat_input[0].set_value("How many flights per carrier?").run()
    assert not at.exception, at.exception
    assert len(llm_server.requests) == 1
    shown = texts(at)
    assert "SELECT carrier, count(*) AS n FROM flights" in shown
    assert "Flights per carrier." in shown
    assert at.dataframe, "no result grid"
    assert at.dataframe[0].value.shape[1] == 2
    assert any(displayed(b.label) == "How many flights per carrier?" for b in at.sidebar.button)
    assert any(b.label == "Open in SQL editor" for b in at.button)


def test_show_prompt_previews_without_calling_the_provider(monkeypatch, llm_server):
    monkeypatch.setenv("IOPSDATA_OPENAI_COMPATIBLE_BASE_URL", llm_server.base_url("openai"))
    at = open_tables(open_page(PAGE))
    at.text_input(key="_chat_preview_q").input("Average arrival delay per airline")
    at.button(key="_chat_preview").click().run()
    assert not at.exception, at.exception
    assert llm_server.requests == []
    prompt = "\n".join(str(c.value) for c in at.code)
    assert "<schema>" in prompt and "TABLE main.flights" in prompt
    assert "Average arrival delay per airline" in prompt


def test_show_prompt_text_wraps(monkeypatch, llm_server):
    """Item 20: the prompt preview ran off to the right in one long line."""
    monkeypatch.setenv("IOPSDATA_OPENAI_COMPATIBLE_BASE_URL", llm_server.base_url("openai"))
    at = open_tables(open_page(PAGE))
    at.text_input(key="_chat_preview_q").input("Average arrival delay per airline")
    at.button(key="_chat_preview").click().run()
    assert not at.exception, at.exception
    assert at.code and all(c.proto.wrap_lines for c in at.code)


def test_follow_up_does_not_call_carried_tables_pinned(monkeypatch, llm_server):
    """Item 20: "main.flights — pinned" showed under "Chosen for the last question" when the user
    pinned nothing (the previous answer's tables were passed to selection as pins)."""
    monkeypatch.setenv("IOPSDATA_OPENAI_COMPATIBLE_BASE_URL", llm_server.base_url("openai"))
    llm_server.enqueue(GOOD, GOOD)
    at = open_page(PAGE)
    at.chat_input[0].set_value("How many flights per carrier?").run()
    at.chat_input[0].set_value("and per airline name?").run()
    assert not at.exception, at.exception
    shown = texts(open_tables(at))
    assert "Chosen for the last question:" in shown
    assert "`main.flights` — used by the previous answer" in shown
    assert "— pinned" not in shown


def test_tables_panel_draws_only_when_open_and_pins_outlive_closing_it(monkeypatch, llm_server):
    """Closed (the default), the panel draws no widgets and lists no tables: the first page does
    not wait for the connection's catalog. A table pinned in it is still pinned, and sent, after
    the panel is closed (Streamlit drops the state of widgets a run does not draw)."""
    monkeypatch.setenv("IOPSDATA_OPENAI_COMPATIBLE_BASE_URL", llm_server.base_url("openai"))
    llm_server.enqueue(GOOD)
    at = open_page(PAGE)
    assert not at.exception, at.exception
    assert not at.multiselect and not at.text_input
    open_tables(at)
    at.multiselect(key="_chat_pinned").set_value(["main.airports"]).run()
    at.session_state[TABLES_OPEN] = False
    at.run()
    assert not at.multiselect
    at.chat_input[0].set_value("How many flights per carrier?").run()
    assert not at.exception, at.exception
    assert "TABLE main.airports" in str(llm_server.requests[0].body)
    assert open_tables(at).multiselect(key="_chat_pinned").value == ["main.airports"]
