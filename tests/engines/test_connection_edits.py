"""Edits that move a stored secret need it typed again or an owner; the log names what changed
(security issue 4); a URL's dialect follows its driver and may only stay as strict (issue 9)."""

from __future__ import annotations

import pytest

from iopsdata.connections import ConnectionService
from iopsdata.errors import ConfigError, PermissionDenied
from tests.support.context import make_context

SECRET = "st0red-s3cret-pw"


def _shared(tmp_path, role: str):
    """An owner's connection with a stored password, and the same workspace seen as ``role``."""
    owner_ctx = make_context(tmp_path)
    cid = ConnectionService(owner_ctx).add(
        "prod",
        "postgresql",
        {"host": "db.internal", "database": "sales", "user": "ro", "password": SECRET},
    )
    if role == "owner":
        return owner_ctx, cid
    member = owner_ctx.store.ensure_user(f"{role}@example.com", role)
    owner_ctx.store.add_member(owner_ctx.workspace_id, member["id"], role)
    from dataclasses import replace

    return replace(owner_ctx, user_id=member["id"], role=role), cid


def _stored(ctx, cid):
    return ctx.vault.decrypt_json(ctx.store.get_connection(ctx.workspace_id, cid)["config_token"])


@pytest.mark.parametrize(
    "change",
    [{"host": "attacker.example"}, {"port": 6543}, {"database": "other"}, {"sslmode": "disable"}],
)
def test_editor_cannot_send_the_stored_password_elsewhere(tmp_path, change):
    ctx, cid = _shared(tmp_path, "editor")
    svc = ConnectionService(ctx)
    shown = svc.get(cid).options  # what the edit form starts from: password "***"
    with pytest.raises(PermissionDenied) as info:
        svc.update(cid, options={**shown, **change})
    assert "password" in info.value.message
    assert _stored(ctx, cid)["host"] == "db.internal"


def test_editor_may_move_it_when_typing_the_password_again(tmp_path):
    ctx, cid = _shared(tmp_path, "editor")
    svc = ConnectionService(ctx)
    shown = svc.get(cid).options
    svc.update(cid, options={**shown, "host": "replica.internal", "password": "typed-again"})
    assert _stored(ctx, cid)["host"] == "replica.internal"
    assert _stored(ctx, cid)["password"] == "typed-again"


def test_editor_may_change_harmless_options_and_keep_the_secret(tmp_path):
    ctx, cid = _shared(tmp_path, "editor")
    svc = ConnectionService(ctx)
    svc.update(cid, options={**svc.get(cid).options, "timeout_s": 9, "user": "ro"})
    assert _stored(ctx, cid)["password"] == SECRET and _stored(ctx, cid)["timeout_s"] == 9


def test_owner_may_move_it_and_the_log_names_the_changes_without_secrets(tmp_path):
    ctx, cid = _shared(tmp_path, "owner")
    svc = ConnectionService(ctx)
    svc.update(
        cid, name="prod2", options={**svc.get(cid).options, "host": "new.internal", "port": 6000}
    )
    assert _stored(ctx, cid)["password"] == SECRET
    row = next(
        r for r in ctx.store.list_activity(ctx.workspace_id) if r["action"] == "connection.edited"
    )
    details = row["details"]
    assert details["fields"] == ["host", "name", "port"]
    assert details["changes"]["host"] == {"from": "db.internal", "to": "new.internal"}
    assert details["changes"]["port"] == {"from": 5432, "to": 6000}
    assert SECRET not in repr(row)


def test_a_new_password_is_logged_as_changed_only(tmp_path):
    ctx, cid = _shared(tmp_path, "owner")
    svc = ConnectionService(ctx)
    svc.update(cid, options={**svc.get(cid).options, "password": "brand-new-pw"})
    row = next(
        r for r in ctx.store.list_activity(ctx.workspace_id) if r["action"] == "connection.edited"
    )
    assert row["details"]["changes"] == {"password": "changed"}
    assert "brand-new-pw" not in repr(row)


def test_url_connection_edits_keep_masked_secrets_and_need_them_to_move(tmp_path):
    owner_ctx = make_context(tmp_path)
    url = f"trino://me:{SECRET}@lake.internal:8080/hive?access_token=tok-{SECRET}"
    cid = ConnectionService(owner_ctx).add("lake", "url", {"url": url})
    member = owner_ctx.store.ensure_user("e@example.com", "E")
    owner_ctx.store.add_member(owner_ctx.workspace_id, member["id"], "editor")
    from dataclasses import replace

    editor = ConnectionService(replace(owner_ctx, user_id=member["id"], role="editor"))
    shown = editor.get(cid).options["url"]
    assert SECRET not in shown and "***" in shown
    editor.update(cid, options={"url": shown, "timeout_s": 5})  # unchanged URL: secrets kept
    assert _stored(owner_ctx, cid)["url"].count(SECRET) == 2
    with pytest.raises(PermissionDenied):
        editor.update(cid, options={"url": shown.replace("lake.internal", "evil.example")})
    with pytest.raises(PermissionDenied):  # a parameter that re-routes counts too
        editor.update(cid, options={"url": shown + "&host=evil.example"})
    ConnectionService(owner_ctx).update(
        cid, options={"url": shown.replace("lake.internal", "lake2.internal")}
    )
    stored = _stored(owner_ctx, cid)["url"]
    assert "lake2.internal" in stored and stored.count(SECRET) == 2
    row = next(
        r
        for r in owner_ctx.store.list_activity(owner_ctx.workspace_id)
        if r["action"] == "connection.edited" and "url" in r["details"]["changes"]
    )
    assert SECRET not in repr(row) and "lake2.internal" in row["details"]["changes"]["url"]["to"]


# -- dialect -------------------------------------------------------------------------------
def test_the_dialect_follows_the_driver(tmp_path):
    svc = ConnectionService(make_context(tmp_path))
    cid = svc.add("pg", "url", {"url": "postgresql+psycopg://u@127.0.0.1/db"})
    assert svc.get(cid).dialect == "postgres"


@pytest.mark.parametrize("dialect", ["sqlite", "duckdb", "mysql", "tsql"])
def test_a_weaker_dialect_override_is_refused(tmp_path, dialect):
    svc = ConnectionService(make_context(tmp_path))
    with pytest.raises(ConfigError):
        svc.add("pg", "url", {"url": "postgresql+psycopg://u@127.0.0.1/db", "dialect": dialect})


def test_a_stored_weaker_override_is_ignored(tmp_path):
    """Stored before the rule: the guard still checks with the driver's dialect."""
    ctx = make_context(tmp_path)
    token = ctx.vault.encrypt_json(
        {"url": "postgresql+psycopg://u@127.0.0.1/db", "dialect": "sqlite"}
    )
    cid = ctx.store.add_connection(
        ctx.workspace_id, name="old", kind="url", config_token=token, created_by=ctx.user_id
    )
    svc = ConnectionService(ctx)
    assert svc.get(cid).dialect == "postgres"
    assert svc.bind(cid).dialect == "postgres"


def test_pg_read_file_is_refused_on_a_postgres_url(tmp_path, pg_url):
    from iopsdata.errors import QueryRefused

    ctx = make_context(tmp_path)
    token = ctx.vault.encrypt_json({"url": pg_url, "dialect": "sqlite"})
    cid = ctx.store.add_connection(
        ctx.workspace_id, name="old", kind="url", config_token=token, created_by=ctx.user_id
    )
    with pytest.raises(QueryRefused):
        ConnectionService(ctx).run(cid, "SELECT pg_read_file('/etc/hostname')")


def test_an_override_of_the_same_family_needs_an_owner(tmp_path):
    owner = make_context(tmp_path)
    svc = ConnectionService(owner)
    cid = svc.add("rs", "url", {"url": "postgresql+psycopg://u@h/db", "dialect": "redshift"})
    assert svc.get(cid).dialect == "redshift"
    member = owner.store.ensure_user("e@example.com", "E")
    owner.store.add_member(owner.workspace_id, member["id"], "editor")
    from dataclasses import replace

    editor = ConnectionService(replace(owner, user_id=member["id"], role="editor"))
    with pytest.raises(PermissionDenied):
        editor.add("x", "url", {"url": "postgresql+psycopg://u@h/db", "dialect": "redshift"})
    with pytest.raises(PermissionDenied):
        editor.update(cid, options={**editor.get(cid).options, "dialect": "postgres"})
