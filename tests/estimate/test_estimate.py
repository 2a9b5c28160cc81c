"""The plan estimate on every real engine: EXPLAIN through the one door, audited as internal,
never for a statement the guard refuses, with each connection's own threshold."""

from __future__ import annotations

import dataclasses

import pytest

from iopsdata.connections import ConnectionService
from iopsdata.errors import PermissionDenied, QueryFailed, QueryRefused
from iopsdata.estimate import Estimate, estimate
from iopsdata.sqlservice import SqlService
from tests.estimate.engines import BIG_ROWS, EXPLAIN_WORDS, KINDS, add_big
from tests.support.context import make_context

FULL_SCAN = "SELECT region, sum(amount) FROM big GROUP BY region"
POINT = "SELECT amount FROM big WHERE id = 42"


def _member(ctx, role):
    user = ctx.store.ensure_user(f"{role}@example.com", role.title())
    ctx.store.add_member(ctx.workspace_id, user["id"], role)
    return dataclasses.replace(ctx, user_id=user["id"], role=role)


def _history(ctx, cid):
    return ctx.store.query_history(ctx.workspace_id, connection_id=cid)


@pytest.mark.parametrize("kind", KINDS)
def test_full_scan_counts_the_table_and_only_the_plan_runs(kind, request, tmp_path):
    ctx = make_context(tmp_path)
    service = ConnectionService(ctx)
    cid = add_big(service, kind, request, tmp_path, ask_above=1_000)
    target = service.target(cid)

    scan = estimate(target, FULL_SCAN)
    assert scan.full_scans == ("big",)
    assert scan.rows is not None and BIG_ROWS * 0.8 <= scan.rows <= BIG_ROWS * 1.2
    assert scan.threshold == 1_000 and scan.over
    assert (scan.cost is not None) == (kind == "postgresql")
    assert "above this connection's limit of 1,000 rows" in scan.summary()

    point = estimate(target, POINT)
    assert point.full_scans == () and not point.over
    assert point.rows is None if kind == "sqlite" else point.rows <= 10

    rows = _history(ctx, cid)
    assert {r["source"] for r in rows} == {"internal"}  # the user's query itself never ran
    explained = [r["sql"] for r in rows if r["sql"].startswith(EXPLAIN_WORDS[kind])]
    assert sorted(explained) == sorted(f"{EXPLAIN_WORDS[kind]} {q}" for q in (FULL_SCAN, POINT))
    assert all("ANALYZE" not in r["sql"].upper() for r in rows)


@pytest.mark.parametrize("kind", ["postgresql", "sqlite"])
@pytest.mark.parametrize(
    "sql",
    [
        "EXPLAIN ANALYZE SELECT * FROM big",
        "EXPLAIN SELECT * FROM big",
        "DELETE FROM big",
        "SELECT * FROM big; DROP TABLE big",
        "SHOW search_path",
    ],
)
def test_what_the_guard_refuses_is_never_explained(kind, sql, request, tmp_path):
    ctx = make_context(tmp_path)
    service = ConnectionService(ctx)
    cid = add_big(service, kind, request, tmp_path)
    with pytest.raises((QueryRefused, QueryFailed)):
        estimate(service.target(cid), sql)
    assert _history(ctx, cid) == []  # nothing was sent, not even an EXPLAIN


def test_postgres_dangerous_function_is_never_explained(request, tmp_path):
    ctx = make_context(tmp_path)
    service = ConnectionService(ctx)
    cid = add_big(service, "postgresql", request, tmp_path)
    with pytest.raises(QueryRefused):
        estimate(service.target(cid), "SELECT pg_read_file('/etc/passwd')")
    assert _history(ctx, cid) == []


def test_threshold_is_per_connection_and_editors_change_it(request, tmp_path):
    ctx = make_context(tmp_path)
    service = ConnectionService(ctx)
    strict = add_big(service, "duckdb", request, tmp_path, ask_above=100, name="strict")
    lenient = add_big(service, "duckdb", request, tmp_path, name="lenient")
    assert estimate(service.target(strict), FULL_SCAN).over
    default = estimate(service.target(lenient), FULL_SCAN)
    assert default.threshold == 1_000_000 and not default.over

    path = str(tmp_path / "lenient.duckdb")
    ConnectionService(_member(ctx, "editor")).update(
        lenient, options={"path": path, "ask_above_rows": 10}
    )
    assert ConnectionService(ctx).get(lenient).options["ask_above_rows"] == 10
    assert estimate(ConnectionService(ctx).target(lenient), FULL_SCAN).over
    with pytest.raises(PermissionDenied):
        ConnectionService(_member(ctx, "viewer")).update(
            lenient, options={"path": path, "ask_above_rows": 5}
        )
    assert estimate(ConnectionService(ctx).target(strict), FULL_SCAN).threshold == 100


def test_sql_service_estimate_by_name_and_round_trip(request, tmp_path):
    ctx = make_context(tmp_path)
    add_big(ConnectionService(ctx), "sqlite", request, tmp_path, ask_above=10)
    found = SqlService(ctx).estimate(FULL_SCAN, "big")
    assert found.over and found.rows == BIG_ROWS and found.engine == "SQLite file"
    assert Estimate.from_dict(found.to_dict()) == found


def test_files_connection_is_estimated_in_its_sandbox(tmp_path):
    from iopsdata.files import FileService

    ctx = make_context(tmp_path)
    body = b"id,amount\n" + b"".join(f"{i},{i % 10}\n".encode() for i in range(3000))
    table = FileService(ctx).upload("sales.csv", body).table_name
    found = SqlService(ctx).estimate(f"SELECT sum(amount) FROM {table}", "files")
    assert found.rows == 3000 and not found.over
    rows = ctx.store.query_history(ctx.workspace_id)
    assert [(r["source"], r["sql"]) for r in rows] == [
        ("internal", f"EXPLAIN (FORMAT JSON) SELECT sum(amount) FROM {table}")
    ]
