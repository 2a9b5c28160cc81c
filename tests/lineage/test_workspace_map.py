"""The workspace lineage map on the flights demo: real audited runs by two members (through the
one execute door), saved queries, a chat answer and a dbt-style model, on SQLite and PostgreSQL
stores. "What breaks if I drop flights.dep_delay" must find all four kinds of statement."""

from __future__ import annotations

import dataclasses
from contextlib import ExitStack
from datetime import UTC, datetime, timedelta

import pytest

from iopsdata.bootstrap import Runtime, register_demo
from iopsdata.errors import LineageError, PermissionDenied, QueryRefused
from iopsdata.lineage.workspace_map import ModelSQL
from iopsdata.workspace import Workspace
from tests.conftest import fresh_pg_database
from tests.support.context import make_context

DEMO = "Demo: NYC flights 2013"
OWNER_RUNS = [
    "SELECT origin, count(*) AS late FROM flights WHERE arr_delay > 30 GROUP BY origin",
    "SELECT carrier, avg(dep_delay) AS avg_delay FROM flights GROUP BY carrier",
]
ANALYST_RUNS = [
    "SELECT carrier, avg(dep_delay) AS avg_delay FROM flights GROUP BY carrier",
    "SELECT a.name, count(*) FROM flights f JOIN airlines a ON f.carrier = a.carrier GROUP BY 1",
]
SAVED = {
    "build summary": "CREATE TABLE delay_summary AS SELECT carrier, dep_delay AS d FROM flights",
    "summary readers": "SELECT d FROM delay_summary WHERE d > 10",
    "planes": "SELECT tailnum, year FROM planes",
}
CHAT_SQL = "SELECT f.dep_delay, f.flight FROM flights AS f ORDER BY 1 DESC LIMIT 5"
MODEL = ModelSQL(
    "carrier_delays",
    "select carrier, avg(dep_delay) as avg_delay, max(arr_delay) as worst from flights group by 1",
    "duckdb",
    "models/carrier_delays.sql",
)


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def demo(request, tmp_path_factory):
    """(owner workspace, analyst workspace) after the runs above; a second, unrelated workspace."""
    with ExitStack() as stack:
        url = stack.enter_context(fresh_pg_database()) if request.param == "postgres" else None
        yield _scenario(tmp_path_factory.mktemp("linmap"), url)


def _scenario(home, url):
    ctx = make_context(home, url=url)
    store, ws = ctx.store, ctx.workspace_id
    register_demo(Runtime(ctx.settings, store, ctx.vault), ws, ctx.user_id)
    analyst = store.ensure_user("analyst@example.com", "Ana Lyst")
    store.add_member(ws, analyst["id"], "editor")
    actx = dataclasses.replace(ctx, user_id=analyst["id"], role="editor")
    owner_ws, analyst_ws = Workspace(ctx), Workspace(actx)
    for sql in OWNER_RUNS:
        owner_ws.sql.run(sql, DEMO)
    with pytest.raises(QueryRefused):
        owner_ws.sql.run("DROP TABLE flights", DEMO)  # refused: never ran, not on the map
    for sql in ANALYST_RUNS:
        analyst_ws.sql.run(sql, DEMO)
    for name, sql in SAVED.items():
        store.save_query(ws, name=name, sql=sql, connection_id=None, created_by=ctx.user_id)
    thread = store.create_thread(ws, user_id=ctx.user_id, title="delays")
    store.add_message(
        ws, thread, user_id=ctx.user_id, role="assistant", content="Here.",
        payload={"sql": CHAT_SQL, "question": "worst delays?", "dialect": "duckdb"},
    )  # fmt: skip
    other = store.create_workspace("Other", analyst["id"])
    octx = dataclasses.replace(actx, workspace_id=other["id"], role="owner")
    return owner_ws, analyst_ws, Workspace(octx)


def names(items) -> list[str]:
    return sorted({getattr(i, "entry", i).name for i in items})


def test_what_breaks_if_i_drop_dep_delay_spans_history_saved_chat_and_models(demo):
    ws = demo[0]
    wmap = ws.lineage.map(models=[MODEL])
    report = ws.lineage.map_impact("flights.dep_delay", kind="drop", workspace_map=wmap)
    by_source = {(h.source, h.name.split(" · ")[0]) for h in report.hits}
    assert by_source == {
        ("history", "history"),  # the avg(dep_delay) statement, run by both members
        ("saved", "build summary"),
        ("saved", "summary readers"),  # indirect: reads delay_summary.d ← flights.dep_delay
        ("chat", "chat"),
        ("model", "carrier_delays"),
    }
    history = [h for h in report.hits if h.source == "history"]
    assert len(history) == 1 and "avg(dep_delay)" in history[0].sql
    indirect = [h for h in report.hits if h.via]
    assert [h.name for h in indirect] == ["summary readers"]
    assert indirect[0].via == "delay_summary.d"
    assert report.unparsed == 0
    # the arr_delay-only, airlines and planes statements are safe
    assert not any("arr_delay > 30" in h.sql or "planes" in h.sql for h in report.hits)


def test_audited_runs_are_grouped_with_who_ran_them_last(demo):
    wmap = demo[0].lineage.map(sources=["history"])
    assert sorted(e.sql for e in wmap.entries) == sorted(set(OWNER_RUNS + ANALYST_RUNS))
    avg = next(e for e in wmap.entries if "avg(dep_delay)" in e.sql)
    assert avg.runs == 2 and avg.user == "Ana Lyst" and avg.connection == DEMO
    assert avg.dialect == "duckdb"
    assert all("DROP" not in e.sql for e in wmap.entries)  # refused statements never ran
    last = wmap.last_run("flights")
    assert last is not None and last.entry.user == "Ana Lyst"
    assert "airlines" in last.entry.sql  # the newest run of all
    last_arr = wmap.last_run("flights.arr_delay")
    assert last_arr is not None and last_arr.entry.user == "Owner"


def test_readers_and_writers_of_tables_and_columns(demo):
    wmap = demo[0].lineage.map(models=[MODEL])
    readers = names(wmap.readers("flights.dep_delay"))
    assert readers == sorted(
        ["history · 2 runs", "build summary", "chat · worst delays?", "carrier_delays"]
    )
    assert names(wmap.writers("delay_summary")) == ["build summary"]
    assert names(wmap.writers("delay_summary.d")) == ["build summary"]
    assert names(wmap.writers("carrier_delays.avg_delay")) == ["carrier_delays"]
    assert names(wmap.readers("delay_summary.d")) == ["summary readers"]
    assert wmap.readers("planes.seats") == []
    assert names(wmap.readers("planes")) == ["planes"]
    rows = {r["table"]: r for r in wmap.tables()}
    flights = rows["flights"]
    assert {"dep_delay", "arr_delay", "carrier"} <= set(flights["columns"].split(", "))
    # 3 distinct audited statements, "build summary", the chat answer and the model
    assert flights["written by"] == 0 and flights["read by"] == 6
    assert flights["run by"] == "Ana Lyst" and flights["connections"] == DEMO
    assert flights["last run"] and flights["sources"] == (
        "Chat answers, Models (dbt), Query history, Saved queries"
    )
    summary = rows["delay_summary"]
    assert summary["written by"] == 1 and summary["read by"] == 1
    assert summary["last run"] == "" and summary["run by"] == ""  # saved, never run
    with pytest.raises(LineageError):
        wmap.readers("  ")


def test_column_catalog(demo):
    cols = {(r["table"], r["column"]): r for r in demo[0].lineage.map(models=[MODEL]).columns()}
    dep = cols[("flights", "dep_delay")]
    assert (dep["read by"], dep["written by"], dep["run by"]) == (4, 0, "Ana Lyst")
    arr = cols[("flights", "arr_delay")]
    assert (arr["read by"], arr["run by"]) == (2, "Owner")  # the owner's run and the model
    assert arr["sources"] == "Models (dbt), Query history"
    d = cols[("delay_summary", "d")]
    assert (d["read by"], d["written by"], d["last run"]) == (1, 1, "")
    assert cols[("carrier_delays", "worst")]["written by"] == 1
    assert "columns" not in dep


def test_one_graph_joins_every_source(demo):
    graph = demo[0].lineage.map(models=[MODEL]).graph()
    down = {n.id for n in graph.downstream("column:flights.dep_delay")}
    assert {"column:delay_summary.d", "column:carrier_delays.avg_delay"} <= down
    queries = [n for n in graph.nodes.values() if n.kind == "query"]
    assert {q.label for q in queries} >= {"build summary", "carrier_delays", "summary readers"}
    up = {n.id for n in graph.upstream("table:carrier_delays")}
    assert "table:flights" in up


def test_time_filters(demo):
    svc = demo[0].lineage
    future = datetime.now(UTC) + timedelta(days=1)
    assert svc.map(since=future, models=[MODEL]).entries[0].source == "model"
    assert len(svc.map(since=future, models=[MODEL]).entries) == 1  # only the undated model
    assert svc.map(until=datetime(2000, 1, 1)).entries == ()
    everything = svc.map()
    window = svc.map(since=datetime.now(UTC) - timedelta(hours=1), until=future)
    assert len(window.entries) == len(everything.entries) > 0
    report = svc.map_impact("flights.dep_delay", workspace_map=svc.map(sources=["saved"]))
    assert {h.source for h in report.hits} == {"saved"}
    with pytest.raises(LineageError, match="before"):
        svc.map(since=future, until=future - timedelta(days=2))
    with pytest.raises(LineageError, match="Unknown source"):
        svc.map(sources=["emails"])


def test_workspace_isolation(demo):
    owner_ws, analyst_ws, other = demo
    assert other.lineage.map().entries == ()
    assert other.lineage.map_impact("flights.dep_delay").hits == ()
    # the analyst sees the same history and saved queries, but not the owner's private chat
    sources = {e.source for e in analyst_ws.lineage.map().entries}
    assert sources == {"history", "saved"}
    store = owner_ws.ctx.store
    outsider = store.ensure_user("outsider@example.com", "Out Sider")
    octx = dataclasses.replace(owner_ws.ctx, user_id=outsider["id"], role="viewer")
    with pytest.raises(PermissionDenied):
        Workspace(octx).lineage.map()


def test_registered_model_providers_feed_every_map(demo, monkeypatch):
    from iopsdata.lineage import workspace_map

    monkeypatch.setattr(workspace_map, "MODEL_PROVIDERS", {})
    monkeypatch.setattr("iopsdata.lineage.service.MODEL_PROVIDERS", workspace_map.MODEL_PROVIDERS)
    seen = []

    def dbt(ctx):
        seen.append(ctx.workspace_id)
        return [MODEL]

    workspace_map.register_model_provider("dbt", dbt)
    svc = demo[0].lineage
    wmap = svc.map(sources=["model"])
    assert [e.name for e in wmap.entries] == ["carrier_delays"] and seen == [svc.ctx.workspace_id]
    assert names(wmap.writers("carrier_delays")) == ["carrier_delays"]
    report = svc.map_impact("flights.dep_delay", kind="rename")
    assert ("model", "carrier_delays") in {(h.source, h.name) for h in report.hits}


def test_runs_on_uploaded_files_name_the_files_connection(tmp_path):
    """The Files connection is built in, not stored: the map's catalog left its runs' connection
    blank; it names it as the SQL page does."""
    from iopsdata.files.connection import FILES_ID, files_info

    ws = Workspace(make_context(tmp_path))
    ws.files.upload("orders.csv", b"id,amount\n1,9.5\n2,20\n")
    ws.sql.run("SELECT sum(amount) FROM orders", FILES_ID)
    rows = {r["table"]: r for r in ws.lineage.map().tables()}
    assert rows["orders"]["connections"] == files_info().title == "Files (uploaded files)"
