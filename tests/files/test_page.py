"""The Files page through AppTest: list, search, preview, rejects, profile, delete, Query in SQL.

AppTest cannot drive ``st.file_uploader``, so files are uploaded through the same service the page
uses (``Workspace.open()`` on the test's IOPSDATA_HOME) and the upload widget is checked by its label.
"""

from __future__ import annotations

import pytest

from iopsdata.workspace import Workspace
from tests.ui.conftest import open_page, texts

PAGE = "pages/files.py"


@pytest.fixture(autouse=True)
def _fresh(monkeypatch):
    """No demo download, and no store cached by an earlier test (``st.cache_resource`` outlives AppTest)."""
    import streamlit as st

    monkeypatch.setenv("IOPSDATA_DEMO", "false")
    st.cache_resource.clear()
    yield
    st.cache_resource.clear()


def _frames(at):
    """File list first, then the preview grid (AppTest does not expose dataframe keys)."""
    return [d.value for d in at.dataframe]


def _upload(name: str, data: bytes):
    return Workspace.open().files.upload(name, data)


def test_empty_workspace_invites_an_upload():
    at = open_page(PAGE)
    assert not at.exception, at.exception
    assert [t.value for t in at.title] == ["Files"]
    assert "No files yet" in texts(at)


def test_list_preview_rejects_and_search():
    ragged = _upload("ragged.csv", b"a,b\n1,2\n3\n4,5\n")
    _upload("people.tsv", b"name\tage\nAda\t36\n")
    at = open_page(PAGE)
    assert not at.exception, at.exception
    listing = _frames(at)[0]
    assert sorted(listing["table"]) == ["people", "ragged"]
    at.selectbox(key="files_selected").select(ragged.id).run()
    shown = texts(at)
    assert (
        "1 row could not be loaded" in " ".join(e.label for e in at.expander)
        and "table `ragged`" in shown
    )
    preview = next(f for f in _frames(at) if "a" in f.columns and "b" in f.columns)
    assert list(preview["a"]) == [1, 4]
    at.text_input(key="files_search").input("peo").run()
    assert list(_frames(at)[0]["table"]) == ["people"]


def test_profile_is_ready_on_upload_then_delete():
    asset = _upload("people.csv", b"name,age\nAda,36\nLinus,28\n")
    assert asset.metadata["profile"]["row_count"] == 2  # profiled during the upload
    at = open_page(PAGE)
    assert not at.exception, at.exception
    assert "2 rows × 2 columns" in texts(at)
    assert not [b for b in at.button if b.key == f"profile_{asset.id}"]  # no extra click needed
    at.checkbox(key=f"files_confirm_{asset.id}").check().run()
    at.button(key="files_delete").click().run()
    assert not at.exception, at.exception
    assert Workspace.open().files.list() == []
    assert "No files yet" in texts(at)


def test_query_in_sql_opens_the_sql_page_on_the_files_connection():
    asset = _upload("people.csv", b"name,age\nAda,36\n")
    at = open_page(PAGE)
    at.button(key="files_to_sql").click().run()
    assert not at.exception, at.exception
    assert at.session_state["sql_connection"] == "files"
    assert at.session_state["sql_editor_text"] == f'SELECT * FROM "{asset.table_name}" LIMIT 100'
    assert [t.value for t in at.title] == ["SQL"]
