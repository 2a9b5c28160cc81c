"""End to end on a real PostgreSQL connection: ConnectionService target, guard, audit row."""

from __future__ import annotations

import psycopg
import pytest

from iopsdata.assistant import AssistantService
from iopsdata.connections import ConnectionService
from tests.support.context import make_context

pytestmark = pytest.mark.postgres

DDL = """
CREATE SCHEMA shop;
CREATE TABLE shop.customers (customer_id int PRIMARY KEY, name text NOT NULL, country text);
CREATE TABLE shop.orders (order_id int PRIMARY KEY, customer_id int REFERENCES shop.customers, total numeric(10,2));
COMMENT ON COLUMN shop.orders.total IS 'Order amount in EUR, tax included';
INSERT INTO shop.customers VALUES (1, 'Ada', 'UK'), (2, 'Linus', 'FI'), (3, 'Grace', 'US');
INSERT INTO shop.orders VALUES (10, 1, 20.00), (11, 1, 5.50), (12, 2, 7.25);
"""


def _plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


@pytest.fixture
def shop(pg_url):
    with psycopg.connect(_plain(pg_url), autocommit=True) as conn:
        conn.execute(DDL)
    return pg_url


def test_postgres_answer_is_guarded_run_and_audited(tmp_path, shop, llm_server):
    ctx = make_context(tmp_path, IOPSDATA_OPENAI_COMPATIBLE_BASE_URL=llm_server.base_url("openai"))
    cid = ConnectionService(ctx).add_url("shop", shop)
    target = ConnectionService(ctx).target(cid)
    llm_server.enqueue(
        "```sql\nSELECT c.name, sum(o.totl) FROM shop.customers c JOIN shop.orders o USING (customer_id) GROUP BY 1\n```",
        "```sql\nSELECT c.name, sum(o.total) AS spent FROM shop.customers c JOIN shop.orders o "
        "USING (customer_id) GROUP BY c.name ORDER BY spent DESC\n```\nSpending per customer.",
    )
    answer = AssistantService(ctx).ask("How much did each customer spend?", target)
    assert answer.error is None, answer.attempts
    assert answer.attempts[0].problem == "column orders.totl does not exist; did you mean total?"
    with psycopg.connect(_plain(shop)) as conn:
        expected = conn.execute(
            "SELECT c.name, sum(o.total) FROM shop.customers c JOIN shop.orders o USING (customer_id) "
            "GROUP BY c.name ORDER BY 2 DESC"
        ).fetchall()
    # Compare as text: the engine may return NUMERIC as Decimal or as its text form.
    got = [tuple(str(v) for v in r.values()) for r in answer.result.table.to_pylist()]
    assert got == [tuple(str(v) for v in row) for row in expected]
    system = llm_server.requests[0].body["messages"][0]["content"]
    assert "TABLE shop.orders" in system and '"Order amount in EUR, tax included"' in system
    history = ctx.store.query_history(ctx.workspace_id, connection_id=cid)
    assert [(h["source"], h["sql"]) for h in history][:1] == [("chat", answer.sql)]


def test_postgres_drop_reply_never_runs(tmp_path, shop, llm_server):
    ctx = make_context(tmp_path, IOPSDATA_OPENAI_COMPATIBLE_BASE_URL=llm_server.base_url("openai"))
    target = ConnectionService(ctx).target(ConnectionService(ctx).add_url("shop", shop))
    drop = "```sql\nDROP TABLE shop.orders CASCADE\n```"
    llm_server.enqueue(drop, drop, drop)
    answer = AssistantService(ctx).ask("Remove the orders table", target)
    assert answer.result is None and answer.error
    with psycopg.connect(_plain(shop)) as conn:
        assert conn.execute("SELECT count(*) FROM shop.orders").fetchone()[0] == 3
