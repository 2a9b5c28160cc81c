"""Chat's cost gate with the loopback provider on real engines: an answer whose plan reads more
rows than the connection allows is held (estimate shown, never run) until "Run anyway"."""

from __future__ import annotations

import pytest

from iopsdata.assistant import AssistantService
from iopsdata.assistant.models import Answer
from iopsdata.connections import ConnectionService
from tests.estimate.engines import BIG_ROWS, EXPLAIN_WORDS, KINDS, add_big
from tests.support.context import make_context

EXPENSIVE = "```sql\nSELECT region, sum(amount) AS total FROM big GROUP BY region\n```\nTotals."
CHEAP = "```sql\nSELECT amount FROM big WHERE id = 42\n```\nOne order."


@pytest.fixture
def ctx(tmp_path, llm_server):
    return make_context(tmp_path, IOPSDATA_OPENAI_COMPATIBLE_BASE_URL=llm_server.base_url("openai"))


def _sources(ctx, cid):
    rows = ctx.store.query_history(ctx.workspace_id, connection_id=cid)
    return [(r["source"], r["sql"]) for r in reversed(rows)]


@pytest.mark.parametrize("kind", KINDS)
def test_expensive_answer_is_held_and_runs_only_when_asked(
    kind, ctx, llm_server, request, tmp_path
):
    cid = add_big(ConnectionService(ctx), kind, request, tmp_path, ask_above=1_000)
    target = ConnectionService(ctx).target(cid)
    chat = AssistantService(ctx)
    llm_server.enqueue(EXPENSIVE)

    answer = chat.ask("Total amount per region?", target)
    assert answer.error is None and answer.sql
    assert answer.held and not answer.executed and answer.result is None
    assert answer.estimate is not None and answer.estimate.rows >= BIG_ROWS * 0.8
    assert answer.estimate.full_scans == ("big",)
    explained = [("internal", f"{EXPLAIN_WORDS[kind]} {answer.sql}")]
    if kind == "sqlite":  # its plan has no row counts: the scanned table's size is read
        explained.append(("internal", 'SELECT max(rowid) FROM "big"'))
    assert _sources(ctx, cid) == explained  # nothing but the plan reached the database

    stored = chat.messages(answer.thread_id)[-1]
    again = Answer.from_dict(stored["payload"], message_id=stored["id"])
    assert again.held and again.estimate == answer.estimate  # a reload still asks first

    result = chat.execute(answer.message_id, target)  # "Run anyway"
    assert result.row_count == 7
    chat_rows = [sql for source, sql in _sources(ctx, cid) if source == "chat"]
    assert chat_rows == [answer.sql]  # run once, audited once


@pytest.mark.parametrize("kind", ["postgresql", "mysql", "duckdb", "sqlite"])
def test_cheap_answer_still_runs_at_once(kind, ctx, llm_server, request, tmp_path):
    cid = add_big(ConnectionService(ctx), kind, request, tmp_path, ask_above=1_000)
    llm_server.enqueue(CHEAP)
    answer = AssistantService(ctx).ask("Amount of order 42?", ConnectionService(ctx).target(cid))
    assert answer.executed and not answer.held and answer.result.row_count == 1
    assert answer.estimate is not None and not answer.estimate.over
    assert [s for s, _ in _sources(ctx, cid)] == ["internal", "chat"]


def test_threshold_is_the_connections_own(ctx, llm_server, request, tmp_path):
    strict = add_big(ConnectionService(ctx), "duckdb", request, tmp_path, ask_above=10, name="s")
    roomy = add_big(ConnectionService(ctx), "duckdb", request, tmp_path, name="r")
    chat = AssistantService(ctx)
    llm_server.enqueue(EXPENSIVE, EXPENSIVE)
    held = chat.ask("Totals per region?", ConnectionService(ctx).target(strict))
    ran = chat.ask("Totals per region?", ConnectionService(ctx).target(roomy))
    assert held.held and held.estimate.threshold == 10
    assert ran.executed and ran.result.row_count == 7 and ran.estimate.threshold == 1_000_000


def test_refused_answer_is_never_explained(ctx, llm_server, request, tmp_path):
    cid = add_big(ConnectionService(ctx), "postgresql", request, tmp_path, ask_above=1_000)
    bad = "```sql\nEXPLAIN ANALYZE DELETE FROM big\n```"
    llm_server.enqueue(bad, bad, bad)
    answer = AssistantService(ctx).ask("Delete everything", ConnectionService(ctx).target(cid))
    assert answer.error and answer.estimate is None and not answer.executed
    assert _sources(ctx, cid) == []  # neither the statement nor any EXPLAIN reached PostgreSQL


def test_without_auto_execute_no_plan_is_asked(ctx, llm_server, request, tmp_path):
    cid = add_big(ConnectionService(ctx), "sqlite", request, tmp_path, ask_above=1_000)
    llm_server.enqueue(EXPENSIVE)
    answer = AssistantService(ctx).ask(
        "Totals?", ConnectionService(ctx).target(cid), auto_execute=False
    )
    assert not answer.executed and answer.estimate is None and not answer.held
    assert _sources(ctx, cid) == []
