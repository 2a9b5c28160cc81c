"""A Chat answer's "Export full result": its statement again, every row, on its own connection."""

from __future__ import annotations

import csv
from types import SimpleNamespace

import pytest

from iopsdata import Workspace
from iopsdata.assistant.models import Answer
from iopsdata.ui.chat_view import _full_export

SQL = "SELECT range AS i FROM range(25000)"


@pytest.fixture
def ws(monkeypatch) -> Workspace:
    monkeypatch.setenv("IOPSDATA_DEMO", "false")
    return Workspace.open()


def answer(connection_id: str | None) -> Answer:
    return Answer.from_dict({"question": "all", "sql": SQL, "connection_id": connection_id})


def test_the_export_runs_the_answer_on_its_connection_with_every_row(ws) -> None:
    cid = ws.connections.add("mem", "duckdb", {})
    shown = ws.sql.run(SQL, cid)
    assert shown.truncated  # the row cap cut what Chat shows
    export = _full_export(answer(cid), SimpleNamespace(id=cid), ws.sql)
    assert export is not None and export.sql == SQL
    seen: list[int] = []
    done = export.run("csv", "run-1", seen.append)
    with open(done.path, newline="") as f:
        rows = list(csv.reader(f))
    assert len(rows) == 25_001 and rows[-1] == ["24999"] and seen


def test_no_export_for_an_answer_written_for_another_connection(ws) -> None:
    cid = ws.connections.add("mem", "duckdb", {})
    assert _full_export(answer("another"), SimpleNamespace(id=cid), ws.sql) is None
    assert _full_export(answer(None), SimpleNamespace(id=cid), ws.sql) is not None
    assert _full_export(answer(cid), None, ws.sql) is None
