"""Switching a server from ``IOPSDATA_AUTH=none`` to ``local`` hands its workspaces to nobody by
accident: the placeholder user cannot be signed up or into, the facade needs a signed-in user, and
an admin takes the old workspaces only with the one-time code from the server log or by being
``IOPSDATA_ADMIN_EMAIL``."""

from __future__ import annotations

import logging

import pytest

from iopsdata import Workspace
from iopsdata.auth import claim
from iopsdata.auth.local import LocalAuth
from iopsdata.bootstrap import LOCAL_USER_EMAIL, open_runtime
from iopsdata.config import Settings
from iopsdata.errors import AuthError, PermissionDenied

PW = "correct horse battery"


def _settings(tmp_path, auth: str, **extra: str) -> Settings:
    env = {"IOPSDATA_HOME": str(tmp_path), "IOPSDATA_DEMO": "false", "IOPSDATA_AUTH": auth}
    return Settings.from_mapping({**env, **extra})


@pytest.fixture
def old_workspace(tmp_path):
    """A server used with auth `none`: a workspace with a saved provider key."""
    ws = Workspace.open(_settings(tmp_path, "none"))
    ws.ctx.store.set_user_settings(ws.ctx.user_id, {"provider_key": "sk-old"})
    ws.ctx.store.close()
    return ws.id


def test_nobody_can_sign_up_or_in_as_the_placeholder(tmp_path, old_workspace):
    auth = LocalAuth(
        open_runtime(_settings(tmp_path, "local", IOPSDATA_ALLOW_SIGNUP="false")).store,
        _settings(tmp_path, "local", IOPSDATA_ALLOW_SIGNUP="false"),
    )
    with pytest.raises(AuthError, match="reserved"):
        auth.sign_up(LOCAL_USER_EMAIL, PW)
    with pytest.raises(AuthError, match="do not match"):
        auth.sign_in(LOCAL_USER_EMAIL, "")


def test_first_sign_up_is_not_admin_and_gets_nothing(tmp_path, old_workspace):
    settings = _settings(tmp_path, "local", IOPSDATA_ALLOW_SIGNUP="false")
    rt = open_runtime(settings)
    auth = LocalAuth(rt.store, settings)
    first = auth.sign_up("first@example.com", PW)
    assert not first.is_admin
    with pytest.raises(PermissionDenied):
        Workspace.open(runtime=rt, user_id=first.user_id, workspace_id=old_workspace)
    # Sign-up is closed once one account exists: the service refuses, not only the screen.
    assert not auth.signup_open()
    with pytest.raises(AuthError, match="closed"):
        auth.sign_up("second@example.com", PW)


def test_the_facade_needs_a_signed_in_user_when_auth_is_on(tmp_path, old_workspace):
    with pytest.raises(AuthError, match="Sign-in is on"):
        Workspace.open(_settings(tmp_path, "local"))


def test_claim_with_the_one_time_code_from_the_server_log(tmp_path, old_workspace, caplog):
    settings = _settings(tmp_path, "local")
    with caplog.at_level(logging.WARNING, logger="iopsdata.auth"):
        rt = open_runtime(settings)
    code = caplog.records[-1].args[0]
    assert code in caplog.text and "one-time code" in caplog.text
    auth = LocalAuth(rt.store, settings)
    me = auth.sign_up("me@example.com", PW)
    with pytest.raises(AuthError, match="not right"):
        auth.claim(me.user_id, "guess")
    assert auth.claim(me.user_id, code) == [old_workspace]
    ws = Workspace.open(runtime=rt, user_id=me.user_id, workspace_id=old_workspace)
    assert ws.ctx.role == "owner"
    assert rt.store.get_user(me.user_id)["is_admin"]
    assert rt.store.get_user_settings(me.user_id) == {"provider_key": "sk-old"}
    with pytest.raises(AuthError, match="already used"):
        auth.claim(me.user_id, code)  # one time only
    assert claim.placeholder_with_data(rt.store) is None


def test_admin_email_from_the_environment_takes_the_old_workspaces(tmp_path, old_workspace):
    settings = _settings(
        tmp_path, "local", IOPSDATA_ALLOW_SIGNUP="false", IOPSDATA_ADMIN_EMAIL="Boss@example.com"
    )
    rt = open_runtime(settings)
    auth = LocalAuth(rt.store, settings)
    other = auth.sign_up("early@example.com", PW)  # first, but not the named admin
    assert not other.is_admin
    boss = auth.sign_up("boss@example.com", PW)  # allowed although sign-up is closed
    assert boss.is_admin
    ws = Workspace.open(runtime=rt, user_id=boss.user_id, workspace_id=old_workspace)
    assert ws.ctx.role == "owner"
