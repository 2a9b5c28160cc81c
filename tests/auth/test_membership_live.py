"""Membership and role are checked on every action, not once per session: a removed member's open
``Workspace`` is refused on the next run, and a demoted editor can no longer edit."""

from __future__ import annotations

import sqlite3

import pytest

from iopsdata import Workspace
from iopsdata.auth.local import LocalAuth
from iopsdata.context import members_only
from iopsdata.errors import PermissionDenied
from iopsdata.store import membership
from tests.auth.test_teams import runtime  # noqa: F401 - fixture

PW = "a long enough password"


@pytest.fixture
def team(runtime, tmp_path):  # noqa: F811
    rt = runtime  # SQLite, and PostgreSQL under row-level security
    auth = LocalAuth(rt.store, rt.settings)
    owner = auth.sign_up("owner@example.com", PW)
    ws = Workspace.open(runtime=rt, user_id=owner.user_id)
    db = tmp_path / "data" / "shop.sqlite"  # inside the allowed data root (multi-user mode)
    db.parent.mkdir(exist_ok=True)
    sqlite3.connect(db).execute("CREATE TABLE t (a INTEGER)").connection.commit()
    ws.connections.add("shop", "sqlite", {"path": str(db)})
    member_id = ws.team.invite("member@example.com", "editor")
    auth.sign_up("member@example.com", PW)
    member = Workspace.open(runtime=rt, user_id=member_id, workspace_id=ws.id)
    yield ws, member, member_id, db
    rt.store.close()


def test_a_removed_member_open_workspace_is_refused_on_the_next_run(team):
    owner_ws, member, member_id, _db = team
    assert member.sql.run("SELECT count(*) AS n FROM t", connection="shop").table.num_rows == 1
    owner_ws.team.remove(member_id)
    refused = [
        lambda: member.sql.run("SELECT 1", connection="shop"),
        lambda: member.connections.target("shop").run("SELECT 1"),
        member.connections.list,
        member.files.list,
        lambda: member.files.upload("x.csv", b"a\n1\n"),
        member.assistant.threads,
        member.settings.workspace,
        member.settings.llm.providers,
        member.team.members,
        member.sql.history,
    ]
    for action in refused:
        with pytest.raises(PermissionDenied, match="no longer a member"):
            action()


def test_a_demoted_editor_can_no_longer_edit(team, tmp_path):
    owner_ws, member, member_id, db = team
    member.sql.save("q", "SELECT 1", None)
    owner_ws.team.set_role(member_id, "viewer")
    with pytest.raises(PermissionDenied, match="you are a viewer"):
        member.connections.add("other", "sqlite", {"path": str(db)})
    with pytest.raises(PermissionDenied, match="you are a viewer"):
        member.files.upload("x.csv", b"a\n1\n")
    with pytest.raises(PermissionDenied, match="you are a viewer"):
        member.sql.save("q2", "SELECT 1", None)
    # Still a viewer: reading and read-only queries go on.
    assert member.sql.run("SELECT 1 AS one", connection="shop").table.num_rows == 1


def test_the_role_check_is_cached_briefly_and_dropped_on_any_membership_change(team):
    owner_ws, member, member_id, _db = team
    loads: list[int] = []
    real = member.ctx.store.member_role

    def counting(ws_id: str, user_id: str) -> str | None:
        if user_id == member_id:
            loads.append(1)
        return real(ws_id, user_id)

    member.ctx.store.member_role = counting  # type: ignore[method-assign]
    membership.bump()
    for _ in range(20):
        member.ctx.require("viewer")
    assert len(loads) == 1  # one store read for twenty checks
    owner_ws.team.set_role(member_id, "viewer")
    with pytest.raises(PermissionDenied):
        member.ctx.require("editor")
    assert len(loads) == 2


def test_every_facade_service_checks_membership():
    from iopsdata.assistant import AssistantService
    from iopsdata.connections import ConnectionService
    from iopsdata.files import FileService
    from iopsdata.knowledge.service import KnowledgeService
    from iopsdata.lineage import LineageService
    from iopsdata.llm.keys import LlmSettingsService
    from iopsdata.preferences import PreferencesService
    from iopsdata.sqlservice import SqlService
    from iopsdata.teams import TeamService

    for cls in (
        AssistantService,
        ConnectionService,
        FileService,
        KnowledgeService,
        LineageService,
        LlmSettingsService,
        PreferencesService,
        SqlService,
        TeamService,
    ):
        assert getattr(cls, "__members_only__", False), cls.__name__
    assert members_only  # the decorator the services use
