"""A real SQLite-backed workspace with saved queries, history and chat answers to scan."""

from __future__ import annotations

import pytest

from tests.support.context import make_context

SAVED = {
    "avg delay": "SELECT carrier, avg(dep_delay) FROM flights GROUP BY carrier",
    "build summary": "CREATE TABLE delay_summary AS SELECT carrier, dep_delay AS d FROM flights",
    "summary readers": "SELECT d FROM delay_summary WHERE d > 10",
    "carriers only": "SELECT carrier FROM delay_summary",
    "star": "SELECT * FROM main.flights",
    "unqualified": "SELECT dep_delay, name FROM flights JOIN airlines USING (carrier)",
    "other table": "SELECT origin FROM airports",
}
HISTORY = [
    "SELECT origin, arr_delay FROM flights WHERE arr_delay > 0",
    "SELECT origin, arr_delay FROM flights WHERE arr_delay > 0",
    "SELECT (",
]
CHAT = "SELECT f.dep_delay FROM flights AS f ORDER BY 1 DESC LIMIT 5"


@pytest.fixture
def ctx(tmp_path):
    ctx = make_context(tmp_path)
    store, ws = ctx.store, ctx.workspace_id
    for name, sql in SAVED.items():
        store.save_query(ws, name=name, sql=sql, connection_id=None, created_by=ctx.user_id)
    for sql in HISTORY:
        store.log_query(
            ws, user_id=ctx.user_id, connection_id=None, sql=sql, source="editor", status="ok"
        )
    thread = store.create_thread(ws, user_id=ctx.user_id, title="delays")
    store.add_message(ws, thread, user_id=ctx.user_id, role="user", content="worst delays?")
    store.add_message(
        ws,
        thread,
        user_id=ctx.user_id,
        role="assistant",
        content="Here.",
        payload={"sql": CHAT, "question": "worst delays?"},
    )
    return ctx
