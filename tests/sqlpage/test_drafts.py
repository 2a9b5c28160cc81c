"""Drafts live in the metadata store, per user and workspace (issue item 12)."""

from __future__ import annotations

import pytest

from iopsdata.drafts import MAX_TEXT
from iopsdata.errors import IopsError
from iopsdata.workspace import Workspace


def test_a_draft_written_by_one_process_view_is_read_by_another() -> None:
    one, two = Workspace.open(), Workspace.open()  # two replicas on the same store
    assert one.settings.drafts.get("sql") == {}
    one.settings.drafts.save("sql", text="SELECT 42", connection="c1", ran=["c1", "SELECT 42"])
    assert two.settings.drafts.get("sql") == {
        "text": "SELECT 42",
        "connection": "c1",
        "ran": ["c1", "SELECT 42"],
    }
    two.settings.drafts.save("lineage", sql="SELECT 1", dialect="duckdb")
    assert (
        one.settings.drafts.get("sql")["text"] == "SELECT 42"
    )  # pages do not overwrite each other
    one.settings.drafts.clear("sql")
    assert two.settings.drafts.get("sql") == {}


def test_drafts_are_per_workspace_and_bounded() -> None:
    ws = Workspace.open()
    other_id = ws.settings.create_workspace("Other")
    other = Workspace.open(workspace_id=other_id)
    ws.settings.drafts.save("sql", text="SELECT 'first'")
    assert other.settings.drafts.get("sql") == {}
    ws.settings.drafts.save("sql", text="x" * (MAX_TEXT + 1), connection="c1")
    assert ws.settings.drafts.get("sql") == {"connection": "c1"}
    with pytest.raises(IopsError):
        ws.settings.drafts.get("chat")
