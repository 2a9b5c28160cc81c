"""Chat threads end to end in Debian Chromium, answered by the loopback provider (real OpenAI SDK):
"Ask in Chat" from Files asks the uploaded file; a thread keeps its connection when you leave Chat
and come back; earlier answers keep their table after the next question and after a reload via
``?thread=``; a provider 500 leaves one thread holding the question and the error, and Retry
reuses it (first-hour items 3, 11, 12, 15)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from tests.browser.conftest import wait_idle
from tests.browser.support import (
    DEMO_CONNECTION,
    app_server_with,
    assert_no_exception,
    go_to,
    open_app,
    save_screenshot,
    select_option,
    selectbox_value,
    upload_file,
)
from tests.support.llm_server import Fault, LlmServer

pytestmark = [pytest.mark.browser, pytest.mark.slow]

FILES = "Files (uploaded files)"
ORDERS = "id,customer,amount\n1,ana,9.5\n2,bo,20\n3,ana,7\n4,cy,12.25\n5,bo,3\n"
COUNT_ORDERS = "Counts the orders.\n\n```sql\nSELECT count(*) AS orders FROM orders_chat\n```\n"
PER_CUSTOMER = (
    "Orders per customer.\n\n```sql\nSELECT customer, count(*) AS n FROM orders_chat "
    "GROUP BY customer ORDER BY customer\n```\n"
)
CARRIERS = (
    "Flights per carrier.\n\n```sql\nSELECT carrier, count(*) AS flights FROM flights "
    "GROUP BY carrier ORDER BY flights DESC\n```\n"
)
ORIGINS = (
    "Flights per origin.\n\n```sql\nSELECT origin, count(*) AS flights FROM flights "
    "GROUP BY origin ORDER BY origin\n```\n"
)


@pytest.fixture(scope="module")
def llm() -> Iterator[LlmServer]:
    with LlmServer() as server:
        yield server


@pytest.fixture(scope="module")
def app(llm, tmp_path_factory, chromium_browser) -> Iterator[str]:
    """One app with the demo connection and an uploaded ``orders_chat`` file."""
    home = tmp_path_factory.mktemp("chat-threads") / "home"
    env = {
        "IOPSDATA_LLM_PROVIDER": "openai_compatible",
        "IOPSDATA_OPENAI_COMPATIBLE_BASE_URL": llm.base_url("openai_compatible"),
    }
    with app_server_with(home, env) as base:
        context = chromium_browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        csv = home.parent / "orders_chat.csv"
        csv.write_text(ORDERS, encoding="utf-8")
        open_app(page, base)
        go_to(page, "Files")
        upload_file(page, csv)
        page.get_by_text("table orders_chat").first.wait_for(timeout=60_000)
        context.close()
        yield base


def _ask(page, question: str) -> None:
    box = page.get_by_placeholder("Ask a question about your data")
    box.fill(question)
    box.press("Enter")
    wait_idle(page, 90_000)


def _prompt(request) -> str:
    return " ".join(str(m.get("content")) for m in request.body["messages"])


def _new_chat(page, base: str) -> None:
    open_app(page, base)  # Chat is the default page, at the root
    page.get_by_role("heading", name="Chat", exact=True).wait_for()
    page.get_by_role("button", name="New chat").click()
    wait_idle(page)


def test_files_ask_in_chat_asks_the_uploaded_file(app, llm, page) -> None:
    page.goto(f"{app}/files")
    page.get_by_role("heading", name="Files", exact=True).wait_for(timeout=90_000)
    wait_idle(page, 90_000)
    page.get_by_role("button", name="Ask in Chat").click()
    page.get_by_role("heading", name="Chat", exact=True).wait_for()
    wait_idle(page)
    assert selectbox_value(page, "Ask about") == FILES
    pins = page.get_by_test_id("stMultiSelect").filter(has_text="Always include")
    assert "orders_chat" in pins.inner_text()
    save_screenshot(page, "chat_ask_in_chat_from_files")

    before = len(llm.requests)
    llm.enqueue(COUNT_ORDERS)
    _ask(page, "How many orders are there?")
    page.get_by_test_id("stCode").filter(has_text="FROM orders_chat").first.wait_for()
    page.get_by_text(re.compile(r"^1 row × 1 column ")).first.wait_for()
    assert len(llm.requests) == before + 1  # no repair rounds: it asked the right database
    sent = _prompt(llm.requests[-1])
    assert "orders_chat" in sent and "TABLE main.flights" not in sent
    assert_no_exception(page)


def test_leaving_chat_and_coming_back_keeps_the_threads_connection(app, llm, page) -> None:
    _new_chat(page, app)
    select_option(page, "Ask about", FILES)
    llm.enqueue(COUNT_ORDERS)
    _ask(page, "Count the orders")
    page.get_by_test_id("stCode").filter(has_text="FROM orders_chat").first.wait_for()

    go_to(page, "SQL")
    go_to(page, "Chat")
    assert selectbox_value(page, "Ask about") == FILES  # was: back to the first connection
    page.get_by_test_id("stChatMessage").filter(has_text="Count the orders").first.wait_for()
    assert "thread=" in page.url

    llm.enqueue(PER_CUSTOMER)
    _ask(page, "and per customer?")
    page.get_by_text(re.compile(r"^3 rows × 2 columns")).first.wait_for()
    sent = _prompt(llm.requests[-1])
    assert "Count the orders" in sent  # the same thread's earlier turn
    assert "orders_chat" in sent and "TABLE main.flights" not in sent
    save_screenshot(page, "chat_follow_up_after_leaving")
    assert_no_exception(page)


def test_earlier_answers_keep_their_table_after_a_second_question_and_a_reload(
    app, llm, page
) -> None:
    _new_chat(page, app)
    select_option(page, "Ask about", DEMO_CONNECTION)
    llm.enqueue(CARRIERS)
    _ask(page, "Flights per carrier?")
    page.get_by_text(re.compile(r"^\d+ rows × 2 columns")).first.wait_for()
    llm.enqueue(ORIGINS)
    _ask(page, "And per origin?")
    page.get_by_text(re.compile(r"^3 rows × 2 columns")).first.wait_for()
    grids = page.get_by_test_id("stDataFrame")
    grids.nth(1).wait_for()
    assert grids.count() == 2  # was: the first answer kept only "16 rows when it ran."
    assert page.get_by_text("rows when it ran").count() == 0

    assert re.search(r"[?&]thread=[0-9a-f-]{36}", page.url), page.url
    page.reload()
    page.get_by_role("heading", name="Chat", exact=True).wait_for(timeout=90_000)
    wait_idle(page, 90_000)
    page.get_by_test_id("stChatMessage").filter(has_text="And per origin?").first.wait_for()
    save_screenshot(page, "chat_answers_after_reload")
    page.get_by_text(re.compile(r"^3 rows × 2 columns")).first.wait_for()
    page.get_by_test_id("stDataFrame").nth(1).wait_for()  # a grid mounts after its caption
    assert page.get_by_test_id("stDataFrame").count() == 2
    assert selectbox_value(page, "Ask about") == DEMO_CONNECTION
    runs = page.get_by_role("button", name="Run again")
    assert runs.count() == 2
    before = len(llm.requests)
    runs.first.click()
    wait_idle(page, 60_000)
    page.get_by_test_id("stDataFrame").nth(1).wait_for()
    assert page.get_by_test_id("stDataFrame").count() == 2
    assert len(llm.requests) == before  # Run again runs the stored SQL; it asks nobody
    save_screenshot(page, "chat_answers_after_run_again")
    assert_no_exception(page)


def test_provider_500_leaves_one_thread_and_retry_reuses_it(app, llm, page) -> None:
    _new_chat(page, app)
    select_option(page, "Ask about", DEMO_CONNECTION)
    question = "Which carrier flew most in March?"
    llm.enqueue(Fault.server_error(), Fault.server_error(), Fault.server_error())
    _ask(page, question)
    turn = page.get_by_test_id("stChatMessage")
    turn.filter(has_text=question).first.wait_for()
    page.get_by_text("HTTP 500").first.wait_for()
    sidebar = page.get_by_test_id("stSidebar")
    assert sidebar.get_by_role("button", name=question).count() == 1
    save_screenshot(page, "chat_provider_500")

    llm.enqueue(CARRIERS)
    page.get_by_role("button", name="Retry").click()
    wait_idle(page, 90_000)
    page.get_by_text(re.compile(r"^\d+ rows × 2 columns")).first.wait_for()
    assert sidebar.get_by_role("button", name=question).count() == 1  # the same thread
    assert page.get_by_text("HTTP 500").count() == 0  # the failed turn was replaced
    assert turn.filter(has_text=question).count() == 1
    save_screenshot(page, "chat_retry_after_500")
    assert_no_exception(page)
