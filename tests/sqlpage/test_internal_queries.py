"""History and impact show what the user ran (issue item 14), on the embedded demo workspace.

A table profile runs several queries and a file preview one; they are audited under the source
``internal`` and left out of History unless asked for. A refused statement stays in History as
refused, and never counts as a reader or writer in lineage or impact analysis.
"""

from __future__ import annotations

import pytest

from iopsdata.errors import QueryRefused
from iopsdata.execute import INTERNAL
from iopsdata.lineage import LineageService
from iopsdata.profiling.tables import profile_table
from iopsdata.workspace import Workspace


@pytest.fixture
def ws():
    return Workspace.open()


def demo_id(ws) -> str:
    return ws.connections.list()[0].id


def test_profile_queries_are_internal_and_hidden_from_history(ws) -> None:
    ws.sql.run("SELECT count(*) FROM airlines", demo_id(ws))
    target = ws.connections.target(demo_id(ws))
    profile = profile_table(target, target.catalog(), "airlines")
    assert profile.columns
    shown = ws.sql.history()
    assert [r["sql"] for r in shown] == ["SELECT count(*) FROM airlines"]
    everything = ws.sql.history(include_internal=True)
    internal = [r for r in everything if r["source"] == INTERNAL]
    assert len(everything) == len(internal) + 1 and len(internal) >= 2
    assert all(r["status"] == "ok" for r in internal)


def test_file_preview_is_internal(ws) -> None:
    asset = ws.files.upload("cities.csv", b"city,pop\nParis,2100000\nLyon,520000\n")
    assert ws.files.preview(asset.id).table.num_rows == 2
    assert ws.sql.history() == []
    [row] = ws.sql.history(include_internal=True)
    assert row["source"] == INTERNAL and row["connection_id"] == "files"


def test_internal_queries_do_not_crowd_the_users_out(ws) -> None:
    target = ws.connections.target(demo_id(ws))
    ws.sql.run("SELECT 1 AS one", demo_id(ws))
    for _ in range(3):
        profile_table(target, target.catalog(), "planes")
    assert [r["sql"] for r in ws.sql.history(limit=1)] == ["SELECT 1 AS one"]


COPY = "COPY flights TO '/tmp/iops-flights.csv'"


def test_refused_statement_is_listed_as_refused_and_never_feeds_impact(ws) -> None:
    with pytest.raises(QueryRefused):
        ws.sql.run(COPY, demo_id(ws))
    [row] = ws.sql.history()
    assert row["status"] == "refused" and row["row_count"] is None and row["error"]
    lineage = LineageService(ws.ctx)
    assert all(rec.sql != COPY for rec in lineage.records())
    report = lineage.impact_report("flights", kind="reads")
    assert report.hits == () and report.scanned == 0
    report = lineage.impact_report("flights", kind="drop")
    assert report.hits == ()
