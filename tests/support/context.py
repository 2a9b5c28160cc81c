"""A ready ``WorkspaceContext`` on a real SQLite store, for service tests."""

from __future__ import annotations

from pathlib import Path

from iopsdata.config import Settings
from iopsdata.context import WorkspaceContext
from iopsdata.store import Store
from iopsdata.vault import Vault


def make_context(
    tmp_path: Path, *, role: str = "owner", url: str | None = None, **settings: object
) -> WorkspaceContext:
    """One user in one workspace with ``role``; extra keyword arguments become settings (by env name)."""
    home = tmp_path / "iops-home"
    values: dict[str, object] = {"IOPSDATA_HOME": str(home), "IOPSDATA_DEMO": "false"}
    values.update(settings)
    cfg = Settings.from_mapping(values)
    store = Store.open(url or cfg.metadata_url)
    vault = Vault.from_settings(cfg)
    owner = store.ensure_user("owner@example.com", "Owner")
    ws = store.create_workspace("Test workspace", owner["id"])
    user_id = owner["id"]
    if role != "owner":
        member = store.ensure_user(f"{role}@example.com", role.title())
        store.add_member(ws["id"], member["id"], role)
        user_id = member["id"]
    return WorkspaceContext(
        settings=cfg, store=store, vault=vault, user_id=user_id, workspace_id=ws["id"], role=role
    )
