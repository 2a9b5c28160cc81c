"""ConnectionService: registry, permissions, secrets, connection test, targets."""

from __future__ import annotations

import pytest

from iopsdata.connections import ConnectionService
from iopsdata.errors import ConfigError, ConnectionFailed, NotFound, PermissionDenied
from iopsdata.targets import QueryTarget
from tests.support.context import make_context

SECRET = "pa55-w0rd-never-shown"


def test_add_list_get_remove_without_secrets(ctx):
    svc = ConnectionService(ctx)
    cid = svc.add(
        "Sales", "postgresql", {"host": "db", "database": "sales", "user": "ro", "password": SECRET}
    )
    url_id = svc.add_url("Lake", f"trino://me:{SECRET}@lake:8080/hive")
    listed = svc.list()
    assert [c.name for c in listed] == ["Lake", "Sales"]
    for info in [*listed, svc.get(cid), svc.get(url_id)]:
        assert SECRET not in repr(info) and SECRET not in str(info.options)
    assert svc.get(cid).options["password"] == "***"
    assert svc.get(url_id).dialect == "trino"
    assert SECRET not in repr(ctx.store.get_connection(ctx.workspace_id, cid))  # encrypted at rest
    svc.remove(cid)
    with pytest.raises(NotFound):
        svc.get(cid)


def test_resolve_by_id_or_name(ctx):
    svc = ConnectionService(ctx)
    cid = svc.add("My DB", "duckdb", {})
    assert svc.resolve(cid).id == cid
    assert svc.resolve("My DB").id == cid
    assert svc.resolve("my db").id == cid
    with pytest.raises(NotFound):
        svc.resolve("other")


def test_update_keeps_masked_password(ctx, sample_factory):
    sample = sample_factory("postgresql")
    svc = ConnectionService(ctx)
    cid = svc.add("pg", "postgresql", {**sample.options, "password": SECRET})
    shown = svc.get(cid).options
    svc.update(cid, name="pg2", options={**shown, "timeout_s": 9})
    stored = ctx.vault.decrypt_json(ctx.store.get_connection(ctx.workspace_id, cid)["config_token"])
    assert stored["password"] == SECRET and stored["timeout_s"] == 9
    assert svc.get(cid).name == "pg2"


@pytest.mark.parametrize(
    ("role", "allow_writes", "allowed"),
    [
        ("viewer", False, False),
        ("editor", False, True),
        ("editor", True, False),
        ("owner", True, True),
    ],
)
def test_roles(tmp_path, role, allow_writes, allowed):
    svc = ConnectionService(make_context(tmp_path, role=role))
    if allowed:
        assert svc.add("x", "duckdb", {}, allow_writes=allow_writes)
    else:
        with pytest.raises(PermissionDenied):
            svc.add("x", "duckdb", {}, allow_writes=allow_writes)


def test_editor_cannot_enable_writes_later(tmp_path):
    owner_ctx = make_context(tmp_path)
    cid = ConnectionService(owner_ctx).add("x", "duckdb", {})
    from dataclasses import replace

    editor_id = owner_ctx.store.ensure_user("editor@example.com")["id"]
    owner_ctx.store.add_member(owner_ctx.workspace_id, editor_id, "editor")
    editor = replace(owner_ctx, user_id=editor_id, role="editor")
    with pytest.raises(PermissionDenied):
        ConnectionService(editor).update(cid, allow_writes=True)


def test_report_warns_about_superuser(ctx, sample_factory):
    sample = sample_factory("postgresql")
    svc = ConnectionService(ctx)
    cid = svc.add("pg", "postgresql", sample.options)
    report = svc.test(cid)
    assert report.server_version.startswith("PostgreSQL 15")
    assert report.is_superuser and report.can_write
    assert "superuser" in report.warning


def test_report_for_a_select_only_role_has_no_warning(ctx, sample_factory):
    sample = sample_factory("postgresql")
    db = sample.options["database"]
    role = f"ro_{db[-10:]}"
    sample.admin(f"CREATE ROLE {role} LOGIN")
    try:
        sample.admin(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}")
        report = ConnectionService(ctx).test({**sample.options, "user": role}, "postgresql")
        assert (report.current_role, report.is_superuser, report.can_write, report.warning) == (
            role,
            False,
            False,
            None,
        )
    finally:
        sample.admin(f"DROP OWNED BY {role}")
        sample.admin(f"DROP ROLE {role}")


def test_report_for_a_writer_role_warns(ctx, sample_factory):
    sample = sample_factory("mysql")
    db = sample.options["database"]
    user = f"w_{db[-10:]}"
    sample.admin(f"CREATE USER '{user}'@'%' IDENTIFIED BY '{SECRET}'")
    try:
        sample.admin(f"GRANT SELECT, INSERT ON `{db}`.* TO '{user}'@'%'")
        report = ConnectionService(ctx).test(
            {**sample.options, "user": user, "password": SECRET}, "mysql"
        )
        assert report.can_write and not report.is_superuser
        assert "read-only" in report.warning or "SELECT grants" in report.warning
        assert SECRET not in report.warning
    finally:
        sample.admin(f"DROP USER '{user}'@'%'")


def test_test_unsaved_url(ctx, sample_factory):
    sample = sample_factory("postgresql")
    o = sample.options
    report = ConnectionService(ctx).test(
        {"url": f"postgresql://{o['user']}@{o['host']}:{o['port']}/{o['database']}"}
    )
    assert report.server_version.startswith("PostgreSQL")


@pytest.mark.parametrize("kind", ["postgresql", "mysql"])
def test_wrong_password_error_has_no_secret(ctx, kind):
    opts = {"host": "127.0.0.1", "database": "nope", "user": "nobody_here", "password": SECRET}
    with pytest.raises(ConnectionFailed) as info:
        ConnectionService(ctx).test(opts, kind)
    assert SECRET not in info.value.message and SECRET not in str(info.value.hint)


def test_missing_files(ctx, tmp_path):
    svc = ConnectionService(ctx)
    for kind in ("sqlite", "duckdb"):
        cid = svc.add(kind, kind, {"path": str(tmp_path / "missing.db")})
        with pytest.raises(ConnectionFailed):
            svc.test(cid)


def test_unknown_kind_for_options(ctx):
    with pytest.raises(ConfigError):
        ConnectionService(ctx).test({"host": "x"})


def test_target_is_a_query_target(ctx, sample_factory):
    sample = sample_factory("duckdb")
    svc = ConnectionService(ctx)
    cid = svc.add("duck", "duckdb", sample.options)
    target: QueryTarget = svc.target("duck")
    assert (target.id, target.name, target.dialect) == (cid, "duck", "duckdb")
    assert target.catalog().find("orders") is not None
    assert target.run("SELECT count(*) AS n FROM orders", source="chat").table.column(
        0
    ).to_pylist() == [500]
    assert ctx.store.query_history(ctx.workspace_id, limit=1)[0]["source"] == "chat"


def test_url_kind_runs_through_sqlalchemy(ctx, sample_factory):
    sample = sample_factory("sqlite")
    svc = ConnectionService(ctx)
    svc.add("any", "url", {"url": f"sqlite:///{sample.options['path']}", "dialect": "sqlite"})
    res = svc.run("any", "SELECT count(*) AS n FROM customers")
    assert res.table.column(0).to_pylist() == [50]
    cat = svc.catalog("any")
    orders = cat.find("orders")
    assert orders is not None and orders.foreign_keys[0].ref_columns == ("id",)
