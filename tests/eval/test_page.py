"""The Evaluate page in AppTest: the starter set is offered, and a finished run shows its comparison."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from iopsdata import Workspace
from iopsdata.eval import RunConfig
from tests.eval.conftest import by_question, sql_reply

APP = str(Path(__file__).resolve().parents[2] / "app.py")


@pytest.fixture(autouse=True)
def _fresh_process_caches():
    st.cache_resource.clear()
    yield
    st.cache_resource.clear()


def _open(monkeypatch, llm_server) -> AppTest:
    monkeypatch.setenv("IOPSDATA_OPENAI_COMPATIBLE_BASE_URL", llm_server.base_url("openai"))
    at = AppTest.from_file(APP, default_timeout=90)
    at.run()
    at.switch_page("pages/evaluate.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_starter_set_is_offered_and_added(monkeypatch, llm_server):
    at = _open(monkeypatch, llm_server)
    assert any("No golden set yet" in i.value for i in at.info)
    at.button(key="_eval_starter").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert "NYC flights 2013 (starter) (46 questions)" in at.selectbox(key="_eval_set").options


def test_finished_run_shows_the_comparison(monkeypatch, llm_server):
    monkeypatch.setenv("IOPSDATA_OPENAI_COMPATIBLE_BASE_URL", llm_server.base_url("openai"))
    ws = Workspace.open()
    set_id = ws.evaluate.add_starter_set()
    questions = ws.evaluate.questions(set_id)[:3]
    ws.evaluate.replace_questions(set_id, questions)
    llm_server.responder = by_question({q.question: sql_reply(q.sql) for q in questions})
    run_id = ws.evaluate.start(set_id, [RunConfig("openai_compatible", "m1")])
    assert ws.evaluate.wait(run_id, 60)["status"] == "done"

    at = _open(monkeypatch, llm_server)
    assert not at.error, [e.value for e in at.error]
    assert [s.value for s in at.subheader] == ["Comparison", "History"]
    comparison = at.dataframe[1].value  # questions (in the expander), then the comparison
    assert list(comparison["configuration"]) == ["openai_compatible/m1"]
    assert list(comparison["correct"]) == ["3/3"]
    # the loopback model has no price: no column of "None" cells (the caption says why)
    assert "cost per 100 (USD)" not in comparison.columns
    assert "accuracy" in comparison.columns


def test_saved_queries_and_hand_typed_questions_join_the_set(monkeypatch, llm_server):
    ws = Workspace.open()
    set_id = ws.evaluate.add_starter_set()
    demo = ws.evaluate.get_set(set_id)["connection_id"]
    saved = ws.sql.save("Carriers", "SELECT count(*) FROM airlines", demo, "How many carriers?")
    at = _open(monkeypatch, llm_server)
    at.multiselect(key="_eval_saved").set_value([saved]).run()
    at.button(key="_eval_saved_go").click().run()
    at.text_input(key="_eval_q_text").input("How many planes are there?")
    at.text_area(key="_eval_q_sql").input("SELECT count(*) FROM planes")
    at.text_input(key="_eval_q_tags").input("easy, planes")
    at.button(key="FormSubmitter:_eval_add_q-Add question").click().run()
    assert not at.exception, [e.value for e in at.exception]
    added = ws.evaluate.questions(set_id)[-2:]
    assert [(q.question, q.sql, q.tags) for q in added] == [
        ("How many carriers?", "SELECT count(*) FROM airlines", ()),
        ("How many planes are there?", "SELECT count(*) FROM planes", ("easy", "planes")),
    ]
