"""The Knowledge page through AppTest: an owner edits each kind; a viewer reads without forms."""

from __future__ import annotations

from iopsdata.workspace import Workspace
from tests.ui.conftest import open_page, texts

PAGE = "pages/knowledge.py"
DEMO = "Demo: NYC flights 2013"


def _form_submit(at, kind: str, choice: str = "__new__"):
    return at.button(key=f"FormSubmitter:_kn_form_{kind}_{choice}-Save")


def test_owner_adds_edits_and_removes_a_glossary_term_and_a_metric() -> None:
    at = open_page(PAGE)
    assert not at.exception
    assert [t.value for t in at.title] == ["Knowledge"]
    at.text_input(key="_kn_glossary_term___new__").input("late flight")
    at.text_area(key="_kn_glossary_meaning___new__").input("arrived more than 15 minutes late")
    at.text_input(key="_kn_glossary_refs___new__").input("flights, flights.arr_delay")
    _form_submit(at, "glossary").click().run()
    assert not at.exception, at.exception
    conn = at.selectbox(key="_kn_conn").value
    k = Workspace.open().knowledge.get(conn)
    assert [(g.term, g.refs) for g in k.glossary] == [
        ("late flight", ("flights", "flights.arr_delay"))
    ]

    # edit it: the form is prefilled with the entry
    at.selectbox(key="_kn_pick_glossary").select("late flight").run()
    assert at.text_input(key="_kn_glossary_term_late flight").value == "late flight"
    at.text_area(key="_kn_glossary_meaning_late flight").input("arrived 15+ minutes late")
    _form_submit(at, "glossary", "late flight").click().run()
    assert [g.meaning for g in Workspace.open().knowledge.get(conn).glossary] == [
        "arrived 15+ minutes late"
    ]

    # a bad metric is refused with the reason, nothing saved
    at.text_input(key="_kn_metric_name___new__").input("delay")
    at.text_input(key="_kn_metric_expression___new__").input("avg(arr_delay")
    at.text_input(key="_kn_metric_table___new__").input("flights")
    _form_submit(at, "metric").click().run()
    assert "not a SQL expression" in texts(at)
    assert Workspace.open().knowledge.get(conn).metrics == ()

    at.selectbox(key="_kn_pick_glossary").select("late flight").run()
    at.button(key="_kn_rm_glossary_late flight").click().run()
    assert Workspace.open().knowledge.get(conn).glossary == ()


def test_viewer_sees_the_knowledge_but_no_forms() -> None:
    ws = Workspace.open()
    store = ws.ctx.store
    boss = store.ensure_user("boss@example.com", "Boss")
    team = store.create_workspace("Team", boss["id"])
    store.add_member(team["id"], ws.ctx.user_id, "viewer")
    boss_ws = Workspace.open(workspace_id=team["id"], user_id=boss["id"])
    boss_ws.knowledge.put_glossary("files", "whale", "a customer who spent over 10,000")
    at = open_page(PAGE)
    at.selectbox(key="_iops_ws_picker").select(team["id"]).run()
    at.selectbox(key="_kn_conn").select("files").run()
    assert not at.exception, at.exception
    assert "you can read the team's knowledge" in texts(at)
    assert at.dataframe[0].value["Term"].tolist() == ["whale"]
    assert not [w for w in at.text_input if str(w.key).startswith("_kn_")]
    assert not [b for b in at.button if str(b.key).startswith("FormSubmitter:_kn_")]


def test_imported_dbt_knowledge_is_listed() -> None:
    from tests.knowledge.test_dbt import CATALOG, MANIFEST

    Workspace.open().knowledge.import_dbt("files", MANIFEST, CATALOG)
    at = open_page(PAGE)
    at.selectbox(key="_kn_conn").select("files").run()
    assert not at.exception, at.exception
    labels = [e.label for e in at.expander]
    assert any("11 descriptions" in label and "6 dbt models" in label for label in labels), labels
    frames = [d.value for d in at.dataframe]
    models = next(f for f in frames if "dbt model" in f.columns)
    assert set(models["dbt model"]) >= {"orders", "customers", "stg_payments"}
    glossary = next(f for f in frames if "Term" in f.columns)
    assert "Weekly sales review" in set(glossary["Term"])
    assert set(glossary["From"]) == {"dbt"}
