"""Threads: one connection per thread, failed turns kept and retried in place, answers that keep
a bounded preview of their rows, and threads private to their author (first-hour items 3, 11, 15,
20; security 12)."""

from __future__ import annotations

import dataclasses

import pytest

from iopsdata.assistant import AssistantService
from iopsdata.assistant.models import Answer
from iopsdata.assistant.preview import MAX_ROWS
from iopsdata.errors import NotFound, ProviderError, QueryRefused
from iopsdata.lineage.service import LineageService
from tests.assistant.conftest import DuckTarget
from tests.support.llm_server import Fault

GOOD = "```sql\nSELECT carrier, count(*) AS n FROM flights GROUP BY carrier ORDER BY n DESC\n```\nFlights per carrier."
MANY = "```sql\nSELECT flight, dep_delay FROM flights ORDER BY flight\n```\nEvery flight."


def test_failed_ask_keeps_one_turn_and_retry_reuses_the_thread(ctx, target, llm_server):
    service = AssistantService(ctx)
    llm_server.enqueue(*[Fault.server_error()] * 3)  # the SDK retries a 500 twice
    with pytest.raises(ProviderError) as failed:
        service.ask("How many flights per carrier?", target)
    thread_id = failed.value.thread_id
    assert [t["id"] for t in service.threads()] == [thread_id]
    turn = service.messages(thread_id)
    assert [m["role"] for m in turn] == ["user", "assistant"]
    assert turn[1]["payload"]["failed"] is True and "500" in turn[1]["payload"]["error"]

    llm_server.enqueue(GOOD)
    answer = service.ask("", target, thread_id, retry=True)
    assert answer.thread_id == thread_id and answer.error is None
    assert [t["id"] for t in service.threads()] == [thread_id]
    messages = service.messages(thread_id)
    assert messages[0]["content"] == "How many flights per carrier?"
    assert len(messages) == 2 and not messages[1]["payload"]["failed"]
    # the retried question went to the provider once, without the failed turn as history
    sent = [m for m in llm_server.requests[-1].body["messages"] if m["role"] != "system"]
    assert [m["role"] for m in sent] == ["user"]
    with pytest.raises(NotFound):  # nothing left to retry
        service.ask("", target, thread_id, retry=True)


def test_a_thread_asks_one_connection(ctx, target, tmp_path, llm_server):
    service = AssistantService(ctx)
    llm_server.enqueue(GOOD)
    first = service.ask("How many flights per carrier?", target)
    assert service.thread(first.thread_id)["connection_id"] == target.id
    other_path = tmp_path / "other.duckdb"
    other_path.write_bytes(target.path.read_bytes())
    other = DuckTarget(other_path)
    with pytest.raises(QueryRefused, match="another database"):
        service.ask("and per month?", other, first.thread_id)
    assert len(llm_server.requests) == 1  # refused before asking the provider
    with pytest.raises(QueryRefused, match="another database"):
        service.execute(first.message_id, other)


def test_follow_up_says_carried_tables_were_not_pinned(ctx, target, llm_server):
    llm_server.enqueue(GOOD, GOOD)
    service = AssistantService(ctx)
    first = service.ask("How many flights per carrier?", target)
    second = service.ask("and the weather?", target, first.thread_id)
    assert "main.flights" in second.selection.tables
    assert second.selection.reasons["main.flights"] == "used by the previous answer"
    assert "pinned" not in second.selection.reasons.values()


def test_stored_answer_keeps_a_bounded_preview_and_round_trips(ctx, target, llm_server):
    llm_server.enqueue(GOOD, MANY)
    service = AssistantService(ctx)
    small = service.ask("How many flights per carrier?", target)
    big = service.ask("List every flight", target, small.thread_id)
    stored = [m for m in service.messages(small.thread_id) if m["role"] == "assistant"]

    again = Answer.from_dict(stored[0]["payload"], message_id=stored[0]["id"])
    assert again.result.table.equals(small.result.table)
    assert not again.result.truncated
    assert again.chart == small.chart and again.sql == small.sql
    assert again.selection.tables == small.selection.tables
    assert dataclasses.replace(again, result=None) == dataclasses.replace(
        Answer.from_dict(again.to_dict(), message_id=again.message_id), result=None
    )

    kept = Answer.from_dict(stored[1]["payload"], message_id=stored[1]["id"])
    assert kept.result.row_count == MAX_ROWS < big.result.row_count == kept.row_count
    assert kept.result.truncated and "Run again" in kept.result.notice
    assert kept.result.table.equals(big.result.table.slice(0, MAX_ROWS))
    full = service.execute(kept.message_id, target)  # "Run again": the guarded path
    assert full.row_count == big.result.row_count


def test_threads_are_private_to_their_author(ctx, target, llm_server):
    """Security 12, through the service: a viewer of the same workspace cannot read, rename,
    delete, continue or run another member's thread, and Lineage does not list its SQL."""
    llm_server.enqueue(GOOD)
    owner = AssistantService(ctx)
    answer = owner.ask("How many flights per carrier?", target)
    viewer_id = ctx.store.ensure_user("viewer@example.com")["id"]
    ctx.store.add_member(ctx.workspace_id, viewer_id, "viewer")
    viewer_ctx = dataclasses.replace(ctx, user_id=viewer_id, role="viewer")
    viewer = AssistantService(viewer_ctx)

    assert viewer.threads() == [] and viewer.messages(answer.thread_id) == []
    for attempt in (
        lambda: viewer.thread(answer.thread_id),
        lambda: viewer.rename_thread(answer.thread_id, "stolen"),
        lambda: viewer.delete_thread(answer.thread_id),
        lambda: viewer.execute(answer.message_id, target),
        lambda: viewer.ask("more?", target, answer.thread_id),
    ):
        with pytest.raises(NotFound):
            attempt()
    assert not [r for r in LineageService(viewer_ctx).records() if r.source == "chat"]
    assert [r for r in LineageService(ctx).records() if r.source == "chat"]

    owner.share_thread(answer.thread_id)
    shared = viewer.threads()
    assert [(t["id"], t["mine"]) for t in shared] == [(answer.thread_id, False)]
    assert len(viewer.messages(answer.thread_id)) == 2
    with pytest.raises(NotFound):  # shared is read-only
        viewer.rename_thread(answer.thread_id, "stolen")
    assert owner.thread(answer.thread_id)["title"] == "How many flights per carrier?"
