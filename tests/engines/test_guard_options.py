"""Owner-only connection options that shape the guard and the session: extra allowed functions
and PostgreSQL's read-only role (SET ROLE), through the facade's add/update/run path."""

from __future__ import annotations

import dataclasses
import uuid

import pytest

from iopsdata.connections import ConnectionService
from iopsdata.errors import PermissionDenied, QueryFailed, QueryRefused
from iopsdata.execute import execute
from tests.support.context import make_context


def _as(ctx, role: str):
    """A real member with ``role`` in ``ctx``'s workspace (roles are read from the store)."""
    user_id = ctx.store.ensure_user(f"{role}@example.com")["id"]
    ctx.store.add_member(ctx.workspace_id, user_id, role)
    return dataclasses.replace(ctx, user_id=user_id, role=role)


def test_only_owners_set_or_change_allowed_functions(tmp_path):
    owner = make_context(tmp_path)
    editor = _as(owner, "editor")
    with pytest.raises(PermissionDenied):
        ConnectionService(editor).add("x", "mysql", {"database": "d", "allowed_functions": "f"})
    cid = ConnectionService(owner).add("x", "mysql", {"database": "d", "allowed_functions": "f"})
    opts = {"host": "127.0.0.1", "port": 3306, "database": "d", "user": "root"}
    # an editor may edit other fields while keeping the owner's list as it is
    ConnectionService(editor).update(cid, options={**opts, "allowed_functions": "f"})
    for changed in ("f, sleep", ""):
        with pytest.raises(PermissionDenied):
            ConnectionService(editor).update(cid, options={**opts, "allowed_functions": changed})
    ConnectionService(owner).update(cid, options={**opts, "allowed_functions": "f, g"})
    assert ConnectionService(owner).bind(cid).allowed_functions == ("f", "g")


@pytest.mark.postgres
def test_allowed_functions_reach_the_guard_on_that_connection_only(ctx, sample_factory):
    sample = sample_factory("postgresql")
    sample.admin(
        "CREATE FUNCTION public.iops_double(x int) RETURNS int LANGUAGE sql AS 'SELECT 2 * x'"
    )
    svc = ConnectionService(ctx)
    plain = svc.add("plain", "postgresql", sample.options)
    opened = svc.add(
        "opened", "postgresql", {**sample.options, "allowed_functions": "iops_double()"}
    )
    with pytest.raises(QueryRefused, match="iops_double"):
        svc.run(plain, "SELECT iops_double(21)")
    assert svc.run(opened, "SELECT iops_double(21) AS v").table.column(0)[0].as_py() == 42


@pytest.mark.postgres
def test_read_role_drops_superuser_rights_for_reads(ctx, sample_factory):
    sample = sample_factory("postgresql")
    role = f"iops_ro_{uuid.uuid4().hex[:8]}"
    sample.admin(f"CREATE ROLE {role} NOLOGIN")
    sample.admin(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}")
    try:
        svc = ConnectionService(ctx)
        su = svc.add("su", "postgresql", sample.options)
        report = svc.test(su)
        assert report.is_superuser and report.read_role_sql
        assert "CREATE ROLE iopsdata_reader NOLOGIN" in report.read_role_sql
        assert "Not protected otherwise" in (report.warning or "")

        cid = svc.add("ro", "postgresql", {**sample.options, "read_role": role})
        result = svc.run(cid, "SELECT current_user AS u, count(*) AS n FROM orders")
        assert result.table.to_pylist() == [{"u": role, "n": 500}]
        report = svc.test(cid)
        assert report.current_role == role and not report.is_superuser
        assert report.read_role_sql is None
        # the session layer alone (no guard) now stops a superuser's file read
        with pytest.raises(QueryFailed, match="permission denied"):
            execute(ctx, svc.bind(cid), "SELECT pg_read_file('/etc/hostname')", use_guard=False)
    finally:
        from iopsdata.engines import POOL

        POOL.close_all()
        sample.admin(f"DROP OWNED BY {role}")
        sample.admin(f"DROP ROLE {role}")


def test_only_owners_set_a_read_role(tmp_path):
    editor = _as(make_context(tmp_path), "editor")
    with pytest.raises(PermissionDenied):
        ConnectionService(editor).add("x", "postgresql", {"database": "d", "read_role": "r"})


@pytest.mark.postgres
def test_chat_checks_its_sql_with_the_connections_allowed_functions(ctx, sample_factory):
    from iopsdata.assistant.rounds import guard_problem

    sample = sample_factory("postgresql")
    sample.admin(
        "CREATE FUNCTION public.iops_triple(x int) RETURNS int LANGUAGE sql AS 'SELECT 3 * x'"
    )
    svc = ConnectionService(ctx)
    plain = svc.target(svc.add("plain", "postgresql", sample.options))
    extra = {**sample.options, "allowed_functions": "iops_triple()"}
    opened = svc.target(svc.add("opened", "postgresql", extra))
    sql = "SELECT iops_triple(2) AS v"
    assert "iops_triple" in (guard_problem(sql, plain.dialect, plain.allowed_functions) or "")
    assert guard_problem(sql, opened.dialect, opened.allowed_functions) is None
