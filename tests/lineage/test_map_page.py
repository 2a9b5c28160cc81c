"""The Lineage page's Workspace map tab under AppTest: catalog, questions, filters, OpenLineage."""

from __future__ import annotations

import json
from datetime import date, timedelta

from tests.lineage.test_page import _app_env, open_lineage, shown  # noqa: F401 (fixture)

SAVED = {
    "build summary": "CREATE TABLE delay_summary AS SELECT carrier, dep_delay AS d FROM flights",
    "summary readers": "SELECT d FROM delay_summary WHERE d > 10",
    "late origins": "SELECT origin FROM flights WHERE arr_delay > 30",
}


def seed() -> None:
    from iopsdata.workspace import Workspace

    ws = Workspace.open()
    for name, sql in SAVED.items():
        ws.ctx.store.save_query(
            ws.id, name=name, sql=sql, connection_id=None, created_by=ws.ctx.user_id
        )


def answer_of(at):
    """The answer table (the catalog is the other dataframe on the tab)."""
    frames = [d.value for d in at.dataframe if "why" in d.value.columns]
    assert len(frames) == 1, [list(d.value.columns) for d in at.dataframe]
    return frames[0]


def test_empty_map_says_so():
    at = open_lineage()
    assert "Nothing on the map" in shown(at)


def test_catalog_questions_filters_and_openlineage():
    seed()
    at = open_lineage()
    assert not at.exception, at.exception
    catalog = next(d.value for d in at.dataframe if "table" in d.value.columns)
    assert sorted(catalog["table"]) == ["delay_summary", "flights"]
    flights = catalog[catalog["table"] == "flights"].iloc[0]
    assert flights["read by"] == 2 and flights["written by"] == 0
    assert set(flights["columns"].split(", ")) >= {"arr_delay", "carrier", "dep_delay", "origin"}

    at.segmented_control(key="_map_per").set_value("Columns").run()
    columns = next(d.value for d in at.dataframe if "column" in d.value.columns)
    dep = columns[(columns["table"] == "flights") & (columns["column"] == "dep_delay")].iloc[0]
    assert dep["read by"] == 1 and dep["written by"] == 0  # "build summary"
    at.text_input(key="_map_target").input("flights.dep_delay").run()
    at.selectbox(key="_map_question").set_value("drop").run()
    assert not at.exception, at.exception
    answer = answer_of(at)
    assert sorted(answer["name"]) == ["build summary", "summary readers"]
    at.selectbox(key="_map_question").set_value("writes").run()
    assert "No statement on the map answers that" in shown(at)  # named, but never written
    at.text_input(key="_map_target").input("flights.dep_dealy").run()  # named nowhere: a typo
    said = "No statement in this workspace names flights.dep_dealy; did you mean flights.dep_delay?"
    assert said in shown(at) and not at.success
    at.text_input(key="_map_target").input("delay_summary").run()
    assert list(answer_of(at)["name"]) == ["build summary"]

    def offered() -> list:
        return [
            b for b in at.get("download_button") if b.proto.label == "Export OpenLineage events"
        ]

    assert not offered()  # built on request only
    at.button(key="_map_ol").click().run()
    assert offered(), "no OpenLineage download"

    tomorrow = date.today() + timedelta(days=2)
    at.date_input(key="_map_from").set_value(tomorrow).run()
    assert "Nothing on the map" in shown(at)


def test_openlineage_download_matches_the_service():
    seed()
    from iopsdata.workspace import Workspace

    text = Workspace.open().lineage.openlineage()
    docs = [json.loads(line) for line in text.splitlines()]
    assert sorted(d["job"]["facets"]["sql"]["query"] for d in docs) == sorted(SAVED.values())
