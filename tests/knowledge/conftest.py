"""A workspace with an owner, an editor and a viewer (and a second workspace) on a real store."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from iopsdata.config import Settings
from iopsdata.context import WorkspaceContext
from iopsdata.store import Store
from iopsdata.vault import Vault
from iopsdata.workspace import Workspace

FIXTURES = Path(__file__).parent / "fixtures"


@dataclass
class Team:
    owner: Workspace
    editor: Workspace
    viewer: Workspace
    stranger: Workspace  # owner of another workspace
    connection: str  # a saved connection's id in the first workspace
    store: Store


def _team(url: str, tmp_path: Path, *, rls: bool) -> Team:
    cfg = Settings.from_mapping({"IOPSDATA_HOME": str(tmp_path / "home"), "IOPSDATA_DEMO": "false"})
    base = Store.open(url, rls=rls)
    vault = Vault.from_settings(cfg)
    users = {
        n: base.privileged().ensure_user(f"{n}@example.com")["id"] for n in ("o", "e", "v", "s")
    }
    ws_a = base.as_user(users["o"]).create_workspace("A", users["o"])["id"]
    ws_b = base.as_user(users["s"]).create_workspace("B", users["s"])["id"]
    base.as_user(users["o"]).add_member(ws_a, users["e"], "editor")
    base.as_user(users["o"]).add_member(ws_a, users["v"], "viewer")

    def ws(user: str, wid: str, role: str) -> Workspace:
        ctx = WorkspaceContext(
            settings=cfg,
            store=base.as_user(users[user]),
            vault=vault,
            user_id=users[user],
            workspace_id=wid,
            role=role,
        )
        return Workspace(ctx)

    owner = ws("o", ws_a, "owner")
    db = tmp_path / "shop.sqlite"
    import sqlite3

    with sqlite3.connect(db) as conn:
        conn.executescript(
            "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT, city TEXT);"
            "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_ref INTEGER, amount REAL,"
            " refunded REAL, ordered_on TEXT, status TEXT);"
            "INSERT INTO customers VALUES (1, 'Ada', 'Lisbon');"
            "INSERT INTO orders VALUES (10, 1, 25.0, 0, '2026-01-03', 'paid');"
        )
    cid = owner.connections.add("Shop", "sqlite", {"path": str(db)})
    return Team(
        owner,
        ws("e", ws_a, "editor"),
        ws("v", ws_a, "viewer"),
        ws("s", ws_b, "owner"),
        cid,
        base,
    )


@pytest.fixture(params=["sqlite", "postgresql"])
def team(request, tmp_path):
    if request.param == "sqlite":
        team = _team(f"sqlite:///{tmp_path / 'meta.db'}", tmp_path, rls=False)
    else:
        team = _team(request.getfixturevalue("pg_url"), tmp_path, rls=True)
    yield team
    team.store.close()


@pytest.fixture
def sqlite_team(tmp_path):
    team = _team(f"sqlite:///{tmp_path / 'meta.db'}", tmp_path, rls=False)
    yield team
    team.store.close()
