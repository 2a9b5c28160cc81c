"""Start-up of the embedded default: the process-wide store and vault, the local user, the first
workspace and its demo connection. Everything here is idempotent and safe to run at every start."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from iopsdata.config import Settings
from iopsdata.demo import DEMO_NAME, build_in_background, demo_path
from iopsdata.store import Store
from iopsdata.vault import Vault

LOCAL_USER_EMAIL = "local@iopsdata.local"
DEFAULT_WORKSPACE = "My workspace"


@dataclass(frozen=True)
class Runtime:
    """Process-wide objects: shared by every user of one server process."""

    settings: Settings
    store: Store
    vault: Vault


def open_runtime(settings: Settings) -> Runtime:
    """Open the metadata store (migrating it) and the vault.

    Raises:
        StoreError, ConfigError: with a message that says how to fix the configuration.
    """
    vault = Vault.from_settings(settings)
    # PostgreSQL metadata always runs under row-level security, acting as the signed-in user.
    is_postgres = settings.metadata_url.startswith("postgres")
    store = Store.open(settings.metadata_url, rls=is_postgres)
    if settings.auth == "local":
        from iopsdata.auth import claim

        claim.announce(store)  # workspaces from `none` mode wait for an explicit admin claim
    return Runtime(settings=settings, store=store, vault=vault)


def ensure_local_user(store: Store) -> dict[str, Any]:
    """The single user of ``IOPSDATA_AUTH=none`` (a placeholder: it has no password, and no other
    mode lets anyone sign in as it; see ``iopsdata.auth.claim``)."""
    system = store.privileged()
    user = system.ensure_user(LOCAL_USER_EMAIL, "Local user")
    if not user.get("is_admin"):
        system.update_user(user["id"], is_admin=True)
    return user


_FIRST_START = threading.Lock()


def ensure_workspace(runtime: Runtime, user_id: str) -> list[dict[str, Any]]:
    """The user's workspaces; a first one (with the demo connection) is created when there is none.

    Serialised per process, so two browser tabs opened at first start see one complete workspace,
    never two or a half-made one. The demo file is built in the background, off the first
    visitor's path: until it is there, its catalog is the declared one and a query waits for it
    (``ConnectionService``)."""
    store = runtime.store.as_user(user_id)
    workspaces = store.list_workspaces(user_id)
    if workspaces:
        return workspaces
    with _FIRST_START:
        workspaces = store.list_workspaces(user_id)
        if not workspaces:
            if runtime.settings.demo:
                build_in_background(runtime.settings.home)
            ws = store.create_workspace(DEFAULT_WORKSPACE, user_id)
            if runtime.settings.demo:
                register_demo(runtime, ws["id"], user_id)
            workspaces = store.list_workspaces(user_id)
    return workspaces


def register_demo(runtime: Runtime, workspace_id: str, user_id: str) -> str | None:
    """Add the read-only demo DuckDB connection once per workspace (a user may delete it later)."""
    store = runtime.store.as_user(user_id)
    if store.get_workspace_settings(workspace_id).get("demo_registered"):
        return None
    path = demo_path(runtime.settings.home).resolve()  # built in the background or on first use
    token = runtime.vault.encrypt_json({"path": str(path)})
    cid = store.add_connection(
        workspace_id, name=DEMO_NAME, kind="duckdb", config_token=token, created_by=user_id
    )
    store.set_workspace_settings(workspace_id, {"demo_registered": True})
    return cid
