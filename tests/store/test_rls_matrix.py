"""Row-level security on the real PostgreSQL service, probed as each actor with role impersonation.

Every table × select/insert/update/delete × actor (owner, editor, viewer of A; member of B only;
anonymous) × target workspace (A, B). Each probe runs in its own transaction as ``authenticated``
(or ``anon``) with ``request.jwt.claims`` set, exactly as Supabase does, and is rolled back. The
expected outcome comes from the role rules below; zero cross-workspace reads or writes may succeed
and every allowed own-workspace operation must.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

import psycopg
import pytest
from sqlalchemy.engine import make_url

from iopsdata.store import Store

RANK = {None: 0, "viewer": 1, "editor": 2, "owner": 3}

# Minimum role in the target workspace for each operation. "author": only the author of the seeded
# row (the workspace's owner here); "signed_in": any signed-in user; None: nobody, owners included.
RULES: dict[str, dict[str, str | None]] = {
    "workspaces": {"select": "viewer", "insert": "signed_in", "update": "owner", "delete": "owner"},
    "workspace_members": {
        "select": "viewer",
        "insert": "owner",
        "update": "owner",
        "delete": "owner",
    },
    "workspace_settings": {
        "select": "viewer",
        "insert": "owner",
        "update": "owner",
        "delete": "owner",
    },
    "workspace_connections": {
        "select": "viewer",
        "insert": "editor",
        "update": "editor",
        "delete": "editor",
    },
    "file_assets": {"select": "viewer", "insert": "editor", "update": "editor", "delete": "editor"},
    "saved_queries": {
        "select": "viewer",
        "insert": "editor",
        "update": "editor",
        "delete": "editor",
    },
    "examples": {"select": "viewer", "insert": "editor", "update": "editor", "delete": "editor"},
    "knowledge_items": {
        "select": "viewer",
        "insert": "editor",
        "update": "editor",
        "delete": "editor",
    },
    "query_log": {"select": "viewer", "insert": "viewer", "update": None, "delete": None},
    "activity_log": {"select": "owner", "insert": "viewer", "update": None, "delete": None},
    "chat_threads": {  # private to the author unless shared (security 12)
        "select": "author",
        "insert": "viewer",
        "update": "author",
        "delete": "author",
    },
    "chat_messages": {"select": "author", "insert": "author", "update": None, "delete": "author"},
    "users": {"select": "viewer", "insert": "self", "update": "self", "delete": None},
    "user_settings": {"select": "self", "insert": "self", "update": "self", "delete": "self"},
}
OPS = ("select", "insert", "update", "delete")
ACTORS = ("owner_a", "editor_a", "viewer_a", "member_b", "anonymous")


@dataclass
class World:
    dsn: str
    users: dict[str, str]
    ws: dict[str, str]
    roles: dict[tuple[str, str], str | None]
    seeded: dict[str, dict[str, str]]  # target -> table -> seeded row id
    conn: psycopg.Connection


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from tests.conftest import PG_ADMIN_URL, _pg_connect, unavailable

    name = f"iops_rls_{uuid.uuid4().hex[:8]}"
    try:
        admin = _pg_connect()
    except Exception:
        unavailable("PostgreSQL on 127.0.0.1:5432")
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    store = Store.open(f"{base}/{name}")
    users = {
        a: store.ensure_user(f"{a}@example.com")["id"]
        for a in ("owner_a", "editor_a", "viewer_a", "member_b", "newbie", "guest_b")
    }
    a = store.create_workspace("A", users["owner_a"])["id"]
    b = store.create_workspace("B", users["member_b"])["id"]
    store.add_member(a, users["editor_a"], "editor")
    store.add_member(a, users["viewer_a"], "viewer")
    store.add_member(b, users["guest_b"], "viewer")  # so B has a member other than its owner
    seeded = {"A": _seed(store, a, users["owner_a"]), "B": _seed(store, b, users["member_b"])}
    store.close()
    roles = {
        ("owner_a", "A"): "owner",
        ("editor_a", "A"): "editor",
        ("viewer_a", "A"): "viewer",
        ("member_b", "B"): "owner",
    }
    conn = psycopg.connect(f"{base}/{name}", autocommit=True)
    yield World(
        dsn=f"{base}/{name}",
        users=users,
        ws={"A": a, "B": b},
        roles=roles,
        seeded=seeded,
        conn=conn,
    )
    conn.close()
    with _pg_connect() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _seed(store: Store, ws: str, owner: str) -> dict[str, str]:
    cid = store.add_connection(ws, name="c", kind="sqlite", config_token="t", created_by=owner)
    tid = store.create_thread(ws, user_id=owner, title="t")
    store.set_workspace_settings(ws, {"x": 1})
    store.set_user_settings(owner, {"theme": "dark"})
    return {
        "workspace_connections": cid,
        "file_assets": store.add_file(
            ws,
            name="f.csv",
            storage_path="p",
            size_bytes=1,
            checksum="c",
            format="csv",
            row_count=1,
            columns=[],
            metadata={},
            uploaded_by=owner,
        ),
        "saved_queries": store.save_query(
            ws, name="q", sql="select 1", connection_id=cid, created_by=owner
        ),
        "examples": store.add_example(
            ws, connection_id=cid, question="q", sql="select 1", approved_by=owner
        ),
        "query_log": store.log_query(
            ws, user_id=owner, connection_id=cid, sql="select 1", source="editor", status="ok"
        ),
        "activity_log": store.log_activity(
            ws, user_id=owner, action="connection.created", target="c"
        ),
        "knowledge_items": store.put_knowledge(
            ws, cid, kind="glossary", key="gmv", body={"term": "gmv"}, user_id=owner
        ),
        "chat_threads": tid,
        "chat_messages": store.add_message(ws, tid, user_id=owner, role="user", content="hi"),
        "owner": owner,
    }


def _insert_sql(
    table: str, actor_id: str, target_ws: str, world: World, target: str
) -> tuple[str, dict]:
    new = str(uuid.uuid4())
    now = "now()"
    owner = world.seeded[target]["owner"]
    p = {
        "id": new,
        "ws": target_ws,
        "me": actor_id,
        "owner": owner,
        "thread": world.seeded[target]["chat_threads"],
        "newbie": world.users["newbie"],
    }
    sql = {
        "workspaces": f"INSERT INTO workspaces (id, name, created_by, created_at) VALUES (%(id)s, 'new', %(me)s, {now})",
        "workspace_members": f"INSERT INTO workspace_members (workspace_id, user_id, role, created_at) VALUES (%(ws)s, %(newbie)s, 'viewer', {now})",
        "workspace_settings": f"INSERT INTO workspace_settings (workspace_id, \"values\", updated_at) VALUES (%(ws)s, '{{}}', {now})",
        "workspace_connections": f"INSERT INTO workspace_connections (id, workspace_id, name, kind, config_token, allow_writes, created_at, updated_at) VALUES (%(id)s, %(ws)s, %(id)s, 'sqlite', 't', false, {now}, {now})",
        "file_assets": f"INSERT INTO file_assets (id, workspace_id, name, storage_path, size_bytes, checksum, format, columns, metadata, created_at) VALUES (%(id)s, %(ws)s, 'n', 'p', 1, 'c', 'csv', '[]', '{{}}', {now})",
        "saved_queries": f"INSERT INTO saved_queries (id, workspace_id, name, description, sql, tags, created_at) VALUES (%(id)s, %(ws)s, 'n', '', 'select 1', '[]', {now})",
        "knowledge_items": f"INSERT INTO knowledge_items (id, workspace_id, connection_id, kind, key, body, source, created_at, updated_at) VALUES (%(id)s, %(ws)s, 'c', 'glossary', %(id)s, '{{}}', 'manual', {now}, {now})",
        "examples": f"INSERT INTO examples (id, workspace_id, question, sql, created_at) VALUES (%(id)s, %(ws)s, 'q', 'select 1', {now})",
        "query_log": f"INSERT INTO query_log (id, workspace_id, user_id, sql, source, status, created_at) VALUES (%(id)s, %(ws)s, %(me)s, 'select 1', 'editor', 'ok', {now})",
        "activity_log": f"INSERT INTO activity_log (id, workspace_id, user_id, action, created_at) VALUES (%(id)s, %(ws)s, %(me)s, 'x', {now})",
        "chat_threads": f"INSERT INTO chat_threads (id, workspace_id, user_id, title, created_at, updated_at) VALUES (%(id)s, %(ws)s, %(me)s, 't', {now}, {now})",
        "chat_messages": f"INSERT INTO chat_messages (id, workspace_id, thread_id, role, content, created_at) VALUES (%(id)s, %(ws)s, %(thread)s, 'user', 'x', {now})",
        # users / user_settings: a row for the workspace's owner (not the actor, unless it is them)
        "users": f"INSERT INTO users (id, email, is_admin, created_at) VALUES (%(me)s, %(id)s, false, {now}) ON CONFLICT DO NOTHING",
        "user_settings": f"INSERT INTO user_settings (user_id, \"values\", updated_at) VALUES (%(owner)s, '{{}}', {now})",
    }[table]
    return sql, p


def _where(table: str) -> str:
    return {
        "workspaces": "id = %(ws)s",
        "users": "id = %(owner)s",
        "user_settings": "user_id = %(owner)s",
        # members: never probe the actor's own membership row (anyone may leave a workspace)
        "workspace_members": "workspace_id = %(ws)s AND user_id <> %(me)s",
    }.get(table, "workspace_id = %(ws)s")


def _probe(world: World, actor: str, target: str, table: str, op: str) -> bool:
    """True when the operation took effect (rows seen / written), False when refused or no rows."""
    actor_id = world.users.get(actor)
    ws = world.ws[target]
    owner = world.seeded[target]["owner"]
    params = {"ws": ws, "me": actor_id or "", "owner": owner}
    conn = world.conn
    try:
        with conn.transaction(force_rollback=True), conn.cursor() as cur:
            if table == "workspace_settings" and op == "insert":
                cur.execute("DELETE FROM workspace_settings WHERE workspace_id = %(ws)s", params)
            if table == "user_settings" and op == "insert":
                cur.execute("DELETE FROM user_settings WHERE user_id = %(owner)s", params)
            if actor_id is None:
                cur.execute("SET LOCAL ROLE anon")
            else:
                cur.execute("SET LOCAL ROLE authenticated")
                cur.execute(
                    "SELECT set_config('request.jwt.claims', %s, true)",
                    (json.dumps({"sub": actor_id, "role": "authenticated"}),),
                )
            if op == "select":
                cur.execute(f"SELECT count(*) FROM {table} WHERE {_where(table)}", params)
                return cur.fetchone()[0] > 0
            if op == "insert":
                sql, p = _insert_sql(table, actor_id or str(uuid.uuid4()), ws, world, target)
                cur.execute(sql, p)
                return cur.rowcount > 0
            column = {
                "workspaces": "name",
                "users": "display_name",
                "user_settings": "updated_at",
                "workspace_settings": "updated_at",
                "workspace_members": "role",
            }.get(table, "created_at")
            if op == "update":
                cur.execute(f"UPDATE {table} SET {column} = {column} WHERE {_where(table)}", params)
            else:
                cur.execute(f"DELETE FROM {table} WHERE {_where(table)}", params)
            return cur.rowcount > 0
    except (psycopg.errors.InsufficientPrivilege, psycopg.errors.RaiseException):
        return False


def _expected(world: World, actor: str, target: str, table: str, op: str) -> bool:
    rule = RULES[table][op]
    actor_id = world.users.get(actor)
    role = world.roles.get((actor, target))
    is_owner_of_target = actor_id is not None and actor_id == world.seeded[target]["owner"]
    if rule is None or actor_id is None:
        return False
    if rule == "signed_in":
        return True
    if rule == "author":
        return is_owner_of_target
    if rule == "self":
        if table == "users":  # insert/update the actor's own row (inserting it again is a no-op)
            return op == "update" and is_owner_of_target
        return is_owner_of_target
    if table == "users" and op == "select":  # people who share a workspace with the actor
        return role is not None
    return RANK[role] >= RANK[rule]


def test_rls_matrix(world):
    probes = 0
    wrong: list[str] = []
    cross_workspace_successes = 0
    for table in RULES:
        for op in OPS:
            for actor in ACTORS:
                for target in ("A", "B"):
                    got = _probe(world, actor, target, table, op)
                    want = _expected(world, actor, target, table, op)
                    probes += 1
                    member = world.roles.get((actor, target)) is not None
                    if (
                        got
                        and not member
                        and not (table == "workspaces" and op == "insert")
                        and not (table == "users" and op == "insert")
                    ):
                        cross_workspace_successes += 1
                    if got != want:
                        wrong.append(
                            f"{actor:9} {op:6} {table:22} in {target}: got {got}, expected {want}"
                        )
    print(
        f"\nRLS matrix: {probes} probes, {len(wrong)} unexpected, {cross_workspace_successes} cross-workspace successes"
    )
    assert probes == len(RULES) * len(OPS) * len(ACTORS) * 2
    assert cross_workspace_successes == 0
    assert not wrong, "\n".join(wrong)


def test_rls_migration_is_idempotent(world):
    from sqlalchemy import create_engine

    from iopsdata.store.rls import apply_rls

    url = make_url(world.dsn).set(drivername="postgresql+psycopg")
    engine = create_engine(url)
    with engine.begin() as conn:
        apply_rls(conn)
        apply_rls(conn)
        policies = conn.exec_driver_sql(
            "SELECT count(*) FROM pg_policies WHERE policyname LIKE 'iops_%%'"
        ).scalar()
    engine.dispose()
    assert policies >= 40


def test_activity_log_is_append_only_even_for_the_table_owner(world):
    with (
        psycopg.connect(world.dsn) as conn,
        conn.transaction(force_rollback=True),
        conn.cursor() as cur,
        pytest.raises(psycopg.errors.RaiseException, match="append-only"),
    ):
        cur.execute("DELETE FROM activity_log")
