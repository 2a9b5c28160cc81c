"""In Chromium: a question that fits two look-alike databases gets a clarifying question with the
candidates as buttons; the pick answers it and is remembered for the rest of the thread (issue 13).

The databases are two schemas of one real PostgreSQL database, with no declared keys; answers come
from the loopback provider server through the real OpenAI SDK.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from tests.browser.conftest import wait_idle
from tests.browser.support import (
    app_server_with,
    assert_no_exception,
    open_app,
    save_screenshot,
    select_option,
)
from tests.support.llm_server import LlmServer

pytestmark = [pytest.mark.browser, pytest.mark.postgres]

DB = "iops_selection_routing"
SERVER = "postgresql://postgres@127.0.0.1:5432"
SHOP = """
CREATE SCHEMA {s};
CREATE TABLE {s}.customers (id integer, full_name text, city text, segment text);
CREATE TABLE {s}.orders (order_id integer, customer_id integer, ordered_on date, total_amt numeric);
CREATE TABLE {s}.order_items (order_id integer, product_code text, qty integer);
CREATE TABLE {s}.products (product_code text, product_name text, category text);
INSERT INTO {s}.customers VALUES (1, 'Ana', 'Lisbon', 'retail'), (2, 'Bo', 'Porto', 'business');
INSERT INTO {s}.orders VALUES (10, 1, '2026-01-02', 12.5), (11, 2, '2026-01-03', 40), (12, 2, '2026-01-04', 7);
"""
QUESTION = "How many orders per customer segment?"
SQL = (
    "SELECT c.segment, count(*) AS orders FROM shop_eu.orders o "
    "JOIN shop_eu.customers c ON c.id = o.customer_id GROUP BY c.segment ORDER BY c.segment"
)
FOLLOW = "And how many products are there per category?"
SQL2 = "SELECT category, count(*) AS products FROM shop_eu.products GROUP BY category"


def ask(page, question: str) -> None:
    """Type ``question`` into Chat's box, send it, and wait for the page to settle."""
    box = page.get_by_placeholder("Ask a question about your data")
    box.fill(question)
    box.press("Enter")
    wait_idle(page, 90_000)


@contextmanager
def scratch_database(name: str, *scripts: str) -> Iterator[str]:
    """A fresh PostgreSQL database ``name`` holding what ``scripts`` create; dropped after."""
    import psycopg

    with psycopg.connect(f"{SERVER}/postgres", autocommit=True, connect_timeout=5) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        with psycopg.connect(f"{SERVER}/{name}", autocommit=True) as conn:
            for script in scripts:
                conn.execute(script)
        yield name
    finally:
        with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def chat_on(page, tmp_path, monkeypatch, database: str, name: str) -> Iterator[LlmServer]:
    """The app on a fresh home with the loopback provider, and Chat asking about a connection
    ``name`` to the PostgreSQL ``database`` (added through the facade, then picked on the page)."""
    home = tmp_path / "home"
    with LlmServer() as llm:
        env = {
            "IOPSDATA_DEMO": "false",
            "IOPSDATA_LLM_PROVIDER": "openai_compatible",
            "IOPSDATA_OPENAI_COMPATIBLE_BASE_URL": llm.base_url("openai_compatible"),
        }
        with app_server_with(home, env) as base:
            open_app(page, base)  # the first run creates the workspace
            monkeypatch.setenv("IOPSDATA_HOME", str(home))
            monkeypatch.setenv("IOPSDATA_DEMO", "false")
            from iopsdata.workspace import Workspace

            Workspace.open().connections.add(
                name,
                "postgresql",
                {"host": "127.0.0.1", "port": 5432, "database": database, "user": "postgres"},
            )
            page.reload()
            wait_idle(page, 60_000)
            page.get_by_role("heading", name="Chat", exact=True).wait_for()
            select_option(page, "Ask about", name)
            yield llm


@pytest.fixture
def shops_db():
    with scratch_database(DB, *(SHOP.format(s=s) for s in ("shop_eu", "shop_us"))) as db:
        yield db


def test_routing_question_buttons_answer_and_remember(page, tmp_path, monkeypatch, shops_db):
    with chat_on(page, tmp_path, monkeypatch, shops_db, "shops") as llm:
        llm.enqueue(f"Orders per segment.\n\n```sql\n{SQL}\n```\n")
        llm.enqueue(f"Products per category.\n\n```sql\n{SQL2}\n```\n")

        ask(page, QUESTION)
        page.get_by_text("Which one do you mean?").first.wait_for()
        eu = page.get_by_role("button", name="shop_eu")
        us = page.get_by_role("button", name="shop_us")
        eu.wait_for()
        us.wait_for()
        save_screenshot(page, "chat_routing_question")
        assert llm.requests == []  # asking which database costs no provider call

        eu.click()
        wait_idle(page, 90_000)
        page.get_by_test_id("stCode").filter(has_text="GROUP BY c.segment").first.wait_for()
        page.get_by_text("Orders per segment.").first.wait_for()
        assert page.get_by_role("button", name="shop_us").count() == 0  # answered: gone
        # the panel says why each table is there and how the keyless tables join
        page.get_by_text("Tables the assistant sees").click()
        page.get_by_text("Join paths between these tables:").wait_for()
        joined = page.get_by_text("orders.customer_id ↔ customers.id")
        joined.first.wait_for()
        assert "inferred, confidence 90%" in joined.first.inner_text()
        save_screenshot(page, "chat_routing_answered")

        ask(page, FOLLOW)
        page.get_by_text("Products per category.").first.wait_for()
        assert page.get_by_text("Which one do you mean?").count() == 1  # asked once only
        assert_no_exception(page)

    assert len(llm.requests) == 2
    for request in llm.requests:  # the prompt holds the chosen database's tables only
        system = next(m["content"] for m in request.body["messages"] if m["role"] == "system")
        assert "TABLE shop_eu." in system and "TABLE shop_us." not in system


@pytest.fixture
def many_shops_db():
    with scratch_database(DB + "_many", *(SHOP.format(s=s) for s in MANY_SHOPS)) as db:
        yield db


MANY_SHOPS = (
    "shop_eu",
    "shop_us",
    "shop_uk",
    "shop_jp",
    "shop_br",
    "shop_in",
    "shop_za",
    "shop_au",
)


def test_many_look_alike_databases_offer_at_most_six_buttons_in_rows(
    page, tmp_path, monkeypatch, many_shops_db
):
    """Eight identical shops tie: Chat asks, offering six of them as buttons in two rows and the
    other two in "Another database…"; picking one there answers on that database only."""
    with chat_on(page, tmp_path, monkeypatch, many_shops_db, "shops") as llm:
        ask(page, QUESTION)
        asked = page.get_by_text("Which one do you mean?").first
        asked.wait_for()
        named = asked.inner_text().split(": ", 1)[1].split(". Which", 1)[0]
        assert named.count(", ") == 4 and named.count(" or ") == 1, named  # "a, b, … or f"
        assert "pick it from the list below" in asked.inner_text()  # two more are there
        buttons = [page.get_by_role("button", name=s, exact=True) for s in MANY_SHOPS]
        shown = [b for b in buttons if b.count() == 1]
        assert len(shown) == 6, [b.count() for b in buttons]
        rows = {round(b.bounding_box()["y"]) for b in shown}
        assert len(rows) == 2, rows  # three per row, every label readable
        for b in shown:
            assert b.bounding_box()["width"] > 60
        save_screenshot(page, "chat_routing_six_choices")
        assert llm.requests == []
        # the two shops not offered as buttons are in "Another database…", and picking one
        # answers exactly as a button would
        hidden = [s for s, b in zip(MANY_SHOPS, buttons, strict=True) if b.count() == 0]
        assert len(hidden) == 2, hidden
        picked = hidden[-1]
        llm.enqueue(f"Orders per segment.\n\n```sql\n{SQL.replace('shop_eu', picked)}\n```\n")
        select_option(page, "Another database", picked)
        wait_idle(page, 90_000)
        page.get_by_test_id("stCode").filter(has_text=f"{picked}.orders").first.wait_for()
        page.get_by_text("Orders per segment.").first.wait_for()
        assert page.get_by_role("button", name=MANY_SHOPS[0], exact=True).count() == 0
        save_screenshot(page, "chat_routing_other_database")
        assert_no_exception(page)
    assert len(llm.requests) == 1
    system = next(m["content"] for m in llm.requests[0].body["messages"] if m["role"] == "system")
    assert f"TABLE {picked}." in system
    assert all(f"TABLE {s}." not in system for s in MANY_SHOPS if s != picked)


BAND_AND_KENNEL = """
CREATE SCHEMA orchestra;
CREATE TABLE orchestra.musicians (mus_no integer, mus_nm text, instrument_cd text, section_cd text,
    fee_per_call numeric);
CREATE TABLE orchestra.rehearsals (reh_id integer, venue text, reh_dt date, conductor text);
CREATE TABLE orchestra.attendance (reh_ref integer, mus_ref integer, att_cd text);
COMMENT ON COLUMN orchestra.attendance.att_cd IS 'P present, S off sick, A absent without notice';
CREATE TABLE orchestra.invoices (inv_no integer, promoter_ref integer, inv_amt numeric,
    paid_yn text, due_dt date);
INSERT INTO orchestra.musicians VALUES (1, 'Ines Duarte', 'VLN', 'STR', 180), (2, 'Tom Reyes', 'TPT', 'BRS', 160);
INSERT INTO orchestra.attendance VALUES (1, 1, 'S'), (2, 1, 'S'), (2, 2, 'P');
CREATE SCHEMA kennel;
CREATE TABLE kennel.dogs (dog_id integer, dog_nm text, breed text, owner_ref integer, vacc_dt date);
CREATE TABLE kennel.owners (owner_id integer, owner_nm text, phone text, balance_owed numeric);
CREATE TABLE kennel.stays (stay_id integer, dog_ref integer, in_dt date, out_dt date,
    kennel_no integer, fee_amt numeric);
CREATE TABLE kennel.staff (staff_no integer, staff_nm text, role_cd text, sick_days integer);
INSERT INTO kennel.dogs VALUES (1, 'Biscuit', 'Beagle', 1, '2025-11-02');
INSERT INTO kennel.stays VALUES (1, 1, '2026-01-02', '2026-01-09', 4, 210);
"""
SICK = "Who has called in sick the most?"
SICK_SQL = (
    "SELECT m.mus_nm, count(*) AS sick FROM orchestra.attendance a "
    "JOIN orchestra.musicians m ON m.mus_no = a.mus_ref WHERE a.att_cd = 'S' "
    "GROUP BY m.mus_nm ORDER BY sick DESC"
)
STAYS = "Which dogs stayed longest in the kennels?"
STAYS_SQL = (
    "SELECT d.dog_nm, s.out_dt - s.in_dt AS nights FROM kennel.stays s "
    "JOIN kennel.dogs d ON d.dog_id = s.dog_ref ORDER BY nights DESC"
)


@pytest.fixture
def band_and_kennel_db():
    with scratch_database(DB + "_weak", BAND_AND_KENNEL) as db:
        yield db


def test_a_question_that_hardly_says_which_database_asks_and_a_clear_one_answers(
    page, tmp_path, monkeypatch, band_and_kennel_db
):
    """An orchestra and a kennel in one connection: "Who has called in sick the most?" leans to
    the orchestra (its attendance codes say "off sick") but the kennel's staff count sick days
    too, and nothing else in the question says which: Chat asks, with both as buttons, and
    calls no provider. The pick answers on the orchestra. A question that names dogs and kennels
    is answered at once."""
    with chat_on(page, tmp_path, monkeypatch, band_and_kennel_db, "band and kennel") as llm:
        ask(page, SICK)
        asked = page.get_by_text("Which one do you mean?").first
        asked.wait_for()
        # both databases are buttons: no "Another one … list below" with no list below
        assert "list below" not in asked.inner_text()
        assert page.get_by_placeholder("Another database…").count() == 0
        orchestra = page.get_by_role("button", name="orchestra", exact=True)
        page.get_by_role("button", name="kennel", exact=True).wait_for()
        save_screenshot(page, "chat_routing_weak_evidence")
        assert llm.requests == []

        llm.enqueue(f"Sick days per musician.\n\n```sql\n{SICK_SQL}\n```\n")
        orchestra.click()
        wait_idle(page, 90_000)
        page.get_by_text("Sick days per musician.").first.wait_for()
        page.get_by_text("Ines Duarte").first.wait_for(state="attached")  # a grid cell

        page.get_by_role("button", name="New chat").click()
        wait_idle(page, 60_000)
        llm.enqueue(f"Longest stays.\n\n```sql\n{STAYS_SQL}\n```\n")
        ask(page, STAYS)
        page.get_by_text("Longest stays.").first.wait_for()
        page.get_by_text("Biscuit").first.wait_for(state="attached")
        save_screenshot(page, "chat_routing_clear_question")
        assert page.get_by_text("Which one do you mean?").count() == 0
        assert_no_exception(page)

    assert len(llm.requests) == 2
    system = [
        next(m["content"] for m in r.body["messages"] if m["role"] == "system")
        for r in llm.requests
    ]
    assert "TABLE orchestra." in system[0] and "TABLE kennel." not in system[0]
    assert "TABLE kennel." in system[1]
