"""Profile hints reach Chat: stored file profiles feed the prompt and the schema selection."""

from __future__ import annotations

from pathlib import Path

import pytest

from iopsdata.assistant.hints import hints_for, profile_hints
from iopsdata.assistant.schema_text import estimate_tokens, render_table
from iopsdata.assistant.selection import select_tables
from iopsdata.assistant.service import AssistantService
from iopsdata.files.service import FileService
from iopsdata.targets import QueryTarget
from tests.support.context import make_context

PRIORITIES = ("urgent", "routine", "deferred")


def _tickets_csv(rows: int = 60) -> bytes:
    lines = ["ticket_id,priority,opened_on,minutes_open"]
    for i in range(rows):
        lines.append(f"{i},{PRIORITIES[i % 3]},2024-03-{1 + i % 28:02d},{(i * 37) % 500}")
    return ("\n".join(lines) + "\n").encode()


def _staff_csv() -> bytes:
    names = "\n".join(f"person{i},team{i},{1000 + i}" for i in range(40))
    return f"full_name,squad,salary\n{names}\n".encode()


@pytest.fixture
def workspace(tmp_path: Path):
    """A workspace with two uploaded files; only ``tickets`` is profiled."""
    ctx = make_context(tmp_path)
    files = FileService(ctx)
    tickets = files.upload("tickets.csv", _tickets_csv())
    staff = files.upload("staff.csv", _staff_csv())
    files.profile(tickets.id)
    return ctx, files, tickets.table_name, staff.table_name


def test_hints_for_files_reads_stored_profiles(workspace) -> None:
    ctx, files, tickets, _staff = workspace
    hints = hints_for(ctx, files.target())
    assert set(hints) == {tickets}  # the unprofiled file has no hints yet
    assert sorted(hints[tickets]["priority"]["values"]) == sorted(PRIORITIES)
    assert "ticket_id" not in hints[tickets]  # a key column has no value list


def test_prompt_shows_profiled_values_by_default(workspace) -> None:
    ctx, files, _tickets, _staff = workspace
    preview = AssistantService(ctx).preview("How many tickets per priority?", files.target())
    for value in PRIORITIES:
        assert f'"{value}"' in preview.system
    # An explicit empty mapping means "no hints": the values disappear from the prompt.
    bare = AssistantService(ctx).preview("How many tickets?", files.target(), hints={})
    assert '"urgent"' not in bare.system


def test_value_in_question_selects_the_profiled_table(workspace) -> None:
    ctx, files, tickets, staff = workspace
    target = files.target()
    catalog = target.catalog()
    question = "How many were urgent in March?"  # names a value, no column or table name
    preview = AssistantService(ctx).preview(question, target)
    assert preview.selection.tables[0] == tickets
    assert "urgent" in preview.selection.reasons[tickets]
    assert preview.selection.scores[tickets] > 0 and preview.selection.scores[staff] == 0
    # Under a budget that cannot hold both files, the value alone decides what the model sees.
    hints = hints_for(ctx, target)
    budget = estimate_tokens(render_table(catalog.find(tickets), hints[tickets])) + 1
    chosen = select_tables(catalog, question, hints=hints, budget_tokens=budget)
    assert chosen.tables == (tickets,)
    assert select_tables(catalog, question, hints={}, budget_tokens=budget).tables == ()


class _Database:
    """A saved database connection as the assistant sees it (only ``id`` matters here)."""

    id, name, dialect = "conn-1", "warehouse", "postgres"


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        (None, {}),
        ({}, {}),
        ({"row_count": 1}, {}),  # damaged: no columns
        ({"columns": "nonsense", "row_count": "x"}, {}),
        ({"row_count": 1, "columns": ["x"], "sampled": 0, "elapsed_s": 0, "dialect": "duckdb"}, {}),
    ],
)
def test_unreadable_or_missing_profiles_give_no_hints(stored, expected) -> None:
    assert profile_hints(stored) == expected


def test_database_connections_have_no_stored_profiles_yet(workspace) -> None:
    ctx = workspace[0]
    target: QueryTarget = _Database()  # type: ignore[assignment]
    assert hints_for(ctx, target) == {}
