"""The Lineage page under AppTest: empty state, pasted SQL, a saved query, errors, impact search."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _app_env(monkeypatch):
    monkeypatch.setenv("IOPSDATA_DEMO", "false")
    st.cache_resource.clear()
    yield
    st.cache_resource.clear()


def open_lineage() -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    at.switch_page("pages/lineage.py")
    at.run()
    assert not at.exception, at.exception
    return at


def unescape(markdown: str) -> str:
    """What text escaped by ``iopsdata.ui.text.esc`` displays."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", markdown).replace("\u2060", "")


def shown(at: AppTest) -> str:
    parts = []
    for kind in (
        "markdown",
        "caption",
        "error",
        "warning",
        "info",
        "success",
        "title",
        "subheader",
        "metric",
    ):
        parts.extend(
            str(getattr(e, "value", "")) + str(getattr(e, "label", "")) for e in getattr(at, kind)
        )
    return unescape("\n".join(parts))


def test_empty_workspace_is_honest():
    at = open_lineage()
    assert at.title[0].value == "Lineage"
    at.segmented_control(key="_lin_source").set_value("Saved or recent query").run()
    assert "No saved queries" in shown(at)
    at.text_input(key="_lin_target").input("flights.dep_delay").run()
    assert not at.exception
    assert "no saved queries, history or chat answers yet" in shown(at)


def test_pasted_sql_shows_tables_columns_and_graph_controls():
    at = open_lineage()
    at.text_area(key="_lin_sql").input(
        "WITH d AS (SELECT carrier, dep_delay FROM flights) INSERT INTO report SELECT carrier, avg(dep_delay) FROM d GROUP BY 1"
    ).run()
    assert not at.exception, at.exception
    text = shown(at)
    assert "flights" in text and "report" in text
    assert {m.label: m.value for m in at.metric} == {
        "Reads": "1",
        "Writes": "1",
        "Intermediate": "0",
        "CTEs": "1",
    }
    at.segmented_control(key="_lin_level").set_value("column").run()
    at.selectbox(key="_lin_focus").set_value("column:flights.dep_delay").run()
    assert not at.exception, at.exception
    assert "Downstream: report.AVG(dep_delay)" in shown(at)
    at.toggle(key="_lin_interactive").set_value(True).run()
    assert not at.exception, at.exception


def test_unparseable_sql_shows_position():
    at = open_lineage()
    at.text_area(key="_lin_sql").input("SELECT a,\n  (b FROM t").run()
    assert not at.exception
    assert any("line 2" in e.value for e in at.error)


def test_unparseable_statement_in_script_is_named_and_the_rest_shown():
    at = open_lineage()
    at.text_area(key="_lin_sql").input("SELECT a FROM t;\nSELECT (a FROM").run()
    assert not at.exception and not at.error
    assert any("line 2" in w.value for w in at.warning)


def test_saved_query_and_impact():
    from iopsdata.workspace import Workspace

    ws = Workspace.open()
    ws.ctx.store.save_query(
        ws.id,
        name="avg delay",
        sql="SELECT carrier, avg(dep_delay) FROM flights GROUP BY 1",
        connection_id=None,
        created_by=ws.ctx.user_id,
    )
    at = open_lineage()
    at.segmented_control(key="_lin_source").set_value("Saved or recent query").run()
    assert not at.exception, at.exception
    assert "flights" in at.text_area(key="_lin_sql").value
    at.text_input(key="_lin_target").input("flights.dep_delay").run()
    at.selectbox(key="_lin_kind").set_value("drop").run()
    assert not at.exception, at.exception
    assert "1 of 1 statements are affected." in shown(at)
    # a misspelt name is not an all-clear: no statement names it, and the closest one is offered
    at.text_input(key="_lin_target").input("flights.dep_dealy").run()
    said = "No statement in this workspace names flights.dep_dealy; did you mean flights.dep_delay?"
    assert said in shown(at) and len(at.warning) == 1
    assert not at.success
    at.text_input(key="_lin_target").input("airlines").run()  # a name nobody uses, nothing close
    assert "No statement in this workspace names airlines." in shown(at)


def test_table_changes_are_shown_but_not_as_writes():
    at = open_lineage()
    at.text_area(key="_lin_sql").input(
        "TRUNCATE TABLE staging; DELETE FROM report WHERE day < '2020-01-01'"
    ).run()
    assert not at.exception, at.exception
    assert {m.label: m.value for m in at.metric}["Writes"] == "0"
    assert "Tables changed without data moving in: staging, report" in shown(at)
