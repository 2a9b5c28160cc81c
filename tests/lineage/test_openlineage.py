"""OpenLineage export: RunEvents with inputs, outputs and the columnLineage facet, checked against
the model the openlineage-python client ships (it ships no JSON Schema file; see
``openlineage_check``), and the checker itself shown to reject broken events."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from pathlib import Path

import openlineage
import pytest

from iopsdata.lineage import extract_lineage
from iopsdata.lineage.openlineage import namespace_for, run_events, to_json_lines
from iopsdata.lineage.workspace_map import MapEntry, WorkspaceMap
from iopsdata.workspace import Workspace
from tests.lineage.openlineage_check import check_event
from tests.support.context import make_context

NOW = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
SCRIPT = """CREATE TEMP TABLE st AS SELECT f.id, f.dep_delay, a.name
  FROM flights f JOIN airlines a ON f.carrier = a.carrier;
INSERT INTO report (airline, delay) SELECT name, avg(dep_delay) FROM st GROUP BY name"""
CASES = {
    "script": SCRIPT,
    "ctas": "CREATE TABLE delay_summary AS SELECT carrier, dep_delay AS d FROM flights",
    "select": "SELECT origin, arr_delay FROM flights WHERE arr_delay > 0",
    "nothing": "SELECT 1",
}


def entry(key: str, sql: str, **kw) -> MapEntry:
    return MapEntry(
        "saved", key, key, sql, "postgres", lineage=extract_lineage(sql, "postgres"), **kw
    )


def events(**kw) -> list[dict]:
    wmap = WorkspaceMap([entry(k, v) for k, v in CASES.items()])
    text = to_json_lines(run_events(wmap, namespace="iopsdata://test", now=NOW, **kw))
    return [json.loads(line) for line in text.splitlines()]


def test_the_client_ships_no_json_schema_file():
    root = Path(openlineage.__path__[0])
    assert not list(root.rglob("*.json"))  # so events are checked against its generated model


def test_events_are_valid_and_carry_column_lineage_through_intermediates():
    docs = {d["job"]["name"]: d for d in events()}
    assert set(docs) == {"saved.script", "saved.ctas", "saved.select"}  # SELECT 1 reads nothing
    for doc in docs.values():
        check_event(doc)
        assert doc["eventType"] == "COMPLETE" and doc["job"]["namespace"] == "iopsdata://test"
        assert doc["eventTime"] == NOW.isoformat()
    script = docs["saved.script"]
    assert [i["name"] for i in script["inputs"]] == ["flights", "airlines"]
    assert [o["name"] for o in script["outputs"]] == ["report"]  # st is temporary
    fields = script["outputs"][0]["facets"]["columnLineage"]["fields"]
    pairs = {
        out: [(f["name"], f["field"]) for f in spec["inputFields"]] for out, spec in fields.items()
    }
    assert pairs == {"airline": [("airlines", "name")], "delay": [("flights", "dep_delay")]}
    schema = script["outputs"][0]["facets"]["schema"]["fields"]
    assert [f["name"] for f in schema] == ["airline", "delay"]
    assert script["job"]["facets"]["sql"]["query"] == SCRIPT
    ctas = docs["saved.ctas"]["outputs"][0]["facets"]["columnLineage"]["fields"]
    assert ctas["d"]["inputFields"][0]["field"] == "dep_delay"
    select = docs["saved.select"]
    assert select["outputs"] == [] and [i["name"] for i in select["inputs"]] == ["flights"]


def test_run_ids_are_stable_across_exports():
    assert [d["run"]["runId"] for d in events()] == [d["run"]["runId"] for d in events()]


BROKEN = [
    ("missing runId", lambda d: d["run"].pop("runId")),
    ("unknown property", lambda d: d["job"].update(owner="me")),
    ("bad event type", lambda d: d.update(eventType="DONE")),
    ("wrong type", lambda d: d["inputs"][0].update(name=7)),
    ("missing field", lambda d: d["outputs"][0]["facets"]["columnLineage"]["fields"]["delay"][
        "inputFields"][0].pop("field")),
    ("unknown facet", lambda d: d["outputs"][0]["facets"].update(mystery={})),
    ("wrong schema", lambda d: d["job"]["facets"]["sql"].update(_schemaURL="https://x/y.json")),
]  # fmt: skip


@pytest.mark.parametrize(("what", "breaks"), BROKEN, ids=[b[0] for b in BROKEN])
def test_the_check_rejects_broken_events(what, breaks):
    doc = copy.deepcopy(next(d for d in events() if d["job"]["name"] == "saved.script"))
    check_event(doc)
    breaks(doc)
    with pytest.raises((AssertionError, ValueError, KeyError)):
        check_event(doc)


def test_service_exports_the_workspace_map(tmp_path):
    ctx = make_context(tmp_path)
    ctx.store.save_query(
        ctx.workspace_id, name="build", sql=CASES["ctas"], connection_id=None,
        created_by=ctx.user_id,
    )  # fmt: skip
    ws = Workspace(ctx)
    lines = ws.lineage.openlineage().splitlines()
    assert len(lines) == 1
    doc = json.loads(lines[0])
    check_event(doc)
    assert doc["job"]["namespace"] == namespace_for("Test workspace") == "iopsdata://test-workspace"
    assert doc["outputs"][0]["namespace"] == "iopsdata://test-workspace/default"
