"""The sign-in gate in the real app (AppTest): oidc with a simulated ``st.user``, and local accounts."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from iopsdata.store import Store
from tests.ui.conftest import shown

APP = str(Path(__file__).resolve().parents[2] / "app.py")


@pytest.fixture(autouse=True)
def _fresh_process_caches():
    st.cache_resource.clear()
    yield
    st.cache_resource.clear()


def _app(monkeypatch, mode: str) -> AppTest:
    monkeypatch.setenv("IOPSDATA_AUTH", mode)
    monkeypatch.setenv("IOPSDATA_DEMO", "false")
    return AppTest.from_file(APP, default_timeout=60)


def _store(tmp_path) -> Store:
    return Store.open(f"sqlite:///{tmp_path / 'home' / 'iopsdata.db'}")


def test_oidc_signed_out_sees_only_the_sign_in_button(monkeypatch):
    at = _app(monkeypatch, "oidc")
    at.user = {"is_logged_in": False}
    at.run()
    assert not at.exception
    assert [b.label for b in at.button] == ["Sign in"]
    assert not at.sidebar.selectbox and "Chat" not in [t.value for t in at.title]


def test_oidc_signed_in_user_is_matched_by_verified_email(monkeypatch, tmp_path):
    at = _app(monkeypatch, "oidc")
    at.user = {
        "is_logged_in": True,
        "email": "Dana@Example.com",
        "name": "Dana",
        "email_verified": True,
    }
    at.run()
    assert not at.exception, at.exception
    user = _store(tmp_path).find_user_by_email("dana@example.com")
    assert user is not None and user["display_name"] == "Dana"
    assert [w["name"] for w in _store(tmp_path).list_workspaces(user["id"])] == ["My workspace"]
    assert any("dana@example.com" in shown(c.value) for c in at.sidebar.caption)


def test_oidc_unverified_email_is_refused(monkeypatch, tmp_path):
    at = _app(monkeypatch, "oidc")
    at.user = {"is_logged_in": True, "email": "eve@example.com", "email_verified": False}
    at.run()
    assert any("verified email" in shown(e.value) for e in at.error)
    assert _store(tmp_path).find_user_by_email("eve@example.com") is None


def test_local_sign_up_then_sign_in(monkeypatch, tmp_path):
    at = _app(monkeypatch, "local")
    at.run()
    assert [t.label for t in at.tabs] == ["Sign in", "Create account"]
    at.text_input(key="_iops_signup_email").input("first@example.com")
    at.text_input(key="_iops_signup_pw").input("first password 123")
    at.button[1].click().run()  # "Create account" (the second form's submit button)
    assert not at.exception, at.exception
    assert any("first@example.com" in shown(c.value) for c in at.sidebar.caption)
    assert _store(tmp_path).find_user_by_email("first@example.com")["is_admin"]

    again = _app(monkeypatch, "local")
    again.run()
    again.text_input[0].input("first@example.com")
    again.text_input[1].input("wrong password 123")
    again.button[0].click().run()
    assert any("do not match" in shown(e.value) for e in again.error)
    again.text_input[1].input("first password 123")
    again.button[0].click().run()
    assert any("first@example.com" in shown(c.value) for c in again.sidebar.caption)
