"""Workspaces, members and roles, the activity log, and role limits."""

from __future__ import annotations

import pytest

from iopsdata import Workspace
from iopsdata.auth.local import LocalAuth
from iopsdata.bootstrap import open_runtime
from iopsdata.config import Settings
from iopsdata.errors import PermissionDenied
from tests.auth.test_supabase_auth import auth as supabase_auth  # noqa: F401 - fixture
from tests.auth.test_supabase_auth import server  # noqa: F401 - fixture


def open_as(runtime, user_id, workspace_id=None):
    return Workspace.open(runtime=runtime, user_id=user_id, workspace_id=workspace_id)


@pytest.fixture(params=["sqlite", "postgresql-rls"])
def runtime(request, tmp_path):
    env = {
        "IOPSDATA_HOME": str(tmp_path / "home"),
        "IOPSDATA_DEMO": "false",
        "IOPSDATA_AUTH": "local",
        # several people share the server: file connections only inside an allowed data folder
        "IOPSDATA_DATA_ROOTS": str(tmp_path / "data"),
    }
    if request.param != "sqlite":
        env["IOPSDATA_DATABASE_URL"] = request.getfixturevalue("pg_url")
    rt = open_runtime(Settings.from_mapping(env))
    assert rt.store.rls == (request.param != "sqlite")
    return rt


def test_invite_roles_and_activity(runtime):
    auth = LocalAuth(runtime.store, runtime.settings)
    owner = auth.sign_up("owner@example.com", "owner password 123")
    ws = open_as(runtime, owner.user_id)
    viewer_id = ws.team.invite("Viewer@Example.com", "viewer")
    editor_id = ws.team.invite("editor@example.com", "editor")
    assert {m["email"]: m["role"] for m in ws.team.members()} == {
        "owner@example.com": "owner",
        "viewer@example.com": "viewer",
        "editor@example.com": "editor",
    }

    # The invited viewer signs up with that email (even if sign-up were closed) and sees the workspace.
    viewer_session = auth.sign_up("viewer@example.com", "viewer password 123")
    assert viewer_session.user_id == viewer_id
    as_viewer = open_as(runtime, viewer_id, ws.id)
    assert as_viewer.ctx.role == "viewer"
    with pytest.raises(PermissionDenied):
        as_viewer.team.invite("x@example.com", "owner")
    with pytest.raises(PermissionDenied):
        as_viewer.team.activity()
    with pytest.raises(PermissionDenied):
        as_viewer.settings.set_workspace(default_model="x")

    ws.team.set_role(editor_id, "viewer")
    ws.team.remove(editor_id)
    with pytest.raises(PermissionDenied, match="at least one owner"):
        ws.team.set_role(owner.user_id, "viewer")
    actions = [a["action"] for a in ws.team.activity()]
    assert actions == ["member.removed", "member.role_changed", "member.invited", "member.invited"]
    assert b"member.invited" in ws.team.export_activity_csv()
    assert [a["action"] for a in ws.team.activity(action="member.role")] == ["member.role_changed"]


def test_two_users_never_see_each_others_workspace(runtime):
    auth = LocalAuth(runtime.store, runtime.settings)
    ana = auth.sign_up("ana@example.com", "ana password 1234")
    bo = auth.sign_up("bo@example.com", "bo password 12345")
    ws_ana = open_as(runtime, ana.user_id)
    ws_bo = open_as(runtime, bo.user_id)
    assert ws_ana.id != ws_bo.id
    ws_ana.ctx.store.add_connection(ws_ana.id, name="ana-db", kind="sqlite", config_token="t")
    assert ws_bo.ctx.store.list_connections(ws_bo.id) == []
    assert [w["id"] for w in ws_bo.workspaces()] == [ws_bo.id]
    with pytest.raises(PermissionDenied):
        open_as(runtime, bo.user_id, ws_ana.id)


def test_supabase_sign_in_adopts_an_invitation(server, supabase_auth):  # noqa: F811
    store = supabase_auth.store
    owner = store.ensure_user("owner@example.com")
    ws = store.create_workspace("Team", owner["id"])
    invited = store.ensure_user("new@example.com")
    store.add_member(ws["id"], invited["id"], "editor")
    uid = server.fake.add_user("new@example.com", "a long enough password")
    session = supabase_auth.sign_in("new@example.com", "a long enough password")
    assert session.user_id == uid != invited["id"]
    assert store.member_role(ws["id"], uid) == "editor"


def test_connection_and_file_changes_are_in_the_activity_log(runtime, tmp_path):
    import sqlite3

    auth = LocalAuth(runtime.store, runtime.settings)
    owner = auth.sign_up("owner@example.com", "owner password 123")
    ws = open_as(runtime, owner.user_id)
    (tmp_path / "data").mkdir()
    db = tmp_path / "data" / "shop.sqlite"
    sqlite3.connect(db).execute("CREATE TABLE t (a INTEGER)").connection.commit()
    cid = ws.connections.add("shop", "sqlite", {"path": str(db)})
    ws.connections.update(cid, name="shop2", allow_writes=True)
    ws.connections.remove(cid)
    asset = ws.files.upload("sales.csv", b"a,b\n1,2\n")
    ws.files.remove(asset.id)
    rows = ws.team.activity()
    actions = [r["action"] for r in rows]
    assert actions == [
        "file.deleted",
        "file.uploaded",
        "connection.deleted",
        "connection.writes_toggled",
        "connection.edited",
        "connection.created",
    ]
    assert str(db) not in repr(rows)  # options (and so any secret) are never logged


def test_the_activity_export_has_every_entry_past_what_the_tab_lists(runtime):
    """The Activity tab lists the newest ACTIVITY_SHOWN entries; its CSV export once stopped
    there too, silently (the store's default limit). Now it writes every matching entry."""
    import csv
    import io

    from iopsdata.teams import ACTIVITY_SHOWN

    owner = LocalAuth(runtime.store, runtime.settings).sign_up("o@example.com", "owner password 1")
    ws = open_as(runtime, owner.user_id)
    extra = 25
    for i in range(ACTIVITY_SHOWN + extra):
        ws.ctx.store.log_activity(  # as the owner (the row-level policies check who writes)
            ws.id, user_id=owner.user_id, action="file.uploaded", target=f"f{i}.csv"
        )
    listed = ws.team.activity(action="file.")
    assert (
        len(listed) == ACTIVITY_SHOWN
        and listed[0]["target"] == f"f{ACTIVITY_SHOWN + extra - 1}.csv"
    )
    rows = list(csv.reader(io.StringIO(ws.team.export_activity_csv(action="file.").decode())))
    assert rows[0] == ["time", "user", "action", "target", "details"]
    assert sorted(r[3] for r in rows[1:]) == sorted(
        f"f{i}.csv" for i in range(ACTIVITY_SHOWN + extra)
    )
