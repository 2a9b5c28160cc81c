"""Supabase Storage object policies, applied to a minimal copy of Supabase's `storage` schema on the
real PostgreSQL service and probed as each member with role impersonation."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest

from iopsdata.store import Store

MIGRATION = (
    Path(__file__).resolve().parents[2]
    / "supabase"
    / "migrations"
    / "20261122000003_iopsdata_storage.sql"
)

STORAGE_SHAPE = """
CREATE SCHEMA storage;
CREATE TABLE storage.buckets (id text PRIMARY KEY, name text NOT NULL, public boolean DEFAULT false);
CREATE TABLE storage.objects (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), bucket_id text REFERENCES storage.buckets(id), name text, owner uuid);
CREATE FUNCTION storage.foldername(name text) RETURNS text[] LANGUAGE sql IMMUTABLE AS
  $$ SELECT (string_to_array(name, '/'))[1:array_length(string_to_array(name, '/'), 1) - 1] $$;
ALTER TABLE storage.objects ENABLE ROW LEVEL SECURITY;
GRANT USAGE ON SCHEMA storage TO authenticated;
GRANT SELECT, INSERT, UPDATE, DELETE ON storage.objects TO authenticated;
"""


@pytest.fixture
def db(pg_url):
    store = Store.open(pg_url)  # tables + RLS helpers
    users = {
        r: store.ensure_user(f"{r}@example.com")["id"]
        for r in ("owner", "editor", "viewer", "outsider")
    }
    ws = store.create_workspace("A", users["owner"])["id"]
    other = store.create_workspace("B", users["outsider"])["id"]
    store.add_member(ws, users["editor"], "editor")
    store.add_member(ws, users["viewer"], "viewer")
    store.close()
    dsn = pg_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(STORAGE_SHAPE)
        conn.execute(MIGRATION.read_text())
        conn.execute(MIGRATION.read_text())  # idempotent
        conn.execute(
            "INSERT INTO storage.objects (bucket_id, name) VALUES ('iopsdata-files', %s)",
            (f"workspaces/{ws}/files/1/a.csv",),
        )
    return dsn, users, ws, other


def _as(dsn, user_id, sql, params=()):
    with psycopg.connect(dsn) as conn:
        try:
            with conn.transaction(force_rollback=True), conn.cursor() as cur:
                cur.execute("SET LOCAL ROLE authenticated")
                cur.execute(
                    "SELECT set_config('request.jwt.claims', %s, true)",
                    (json.dumps({"sub": user_id}),),
                )
                cur.execute(sql, params)
                return cur.fetchone()[0] if cur.description else cur.rowcount
        except psycopg.errors.InsufficientPrivilege:
            return "denied"


def test_bucket_is_private(db):
    dsn, *_ = db
    with psycopg.connect(dsn) as conn:
        assert (
            conn.execute(
                "SELECT public FROM storage.buckets WHERE id = 'iopsdata-files'"
            ).fetchone()[0]
            is False
        )


@pytest.mark.parametrize(
    ("who", "can_read", "can_write"),
    [
        ("owner", True, True),
        ("editor", True, True),
        ("viewer", True, False),
        ("outsider", False, False),
    ],
)
def test_object_policies_follow_workspace_roles(db, who, can_read, can_write):
    dsn, users, ws, other = db
    uid = users[who]
    seen = _as(dsn, uid, "SELECT count(*) FROM storage.objects")
    assert seen == (1 if can_read else 0)
    inserted = _as(
        dsn,
        uid,
        "INSERT INTO storage.objects (bucket_id, name) VALUES ('iopsdata-files', %s)",
        (f"workspaces/{ws}/files/2/b.csv",),
    )
    assert (inserted == 1) is can_write
    deleted = _as(dsn, uid, "DELETE FROM storage.objects WHERE bucket_id = 'iopsdata-files'")
    assert (deleted == 1) is can_write
    # nobody writes into a workspace they are not in, whatever their role elsewhere
    foreign = other if who != "outsider" else ws
    sql = "INSERT INTO storage.objects (bucket_id, name) VALUES ('iopsdata-files', %s)"
    assert _as(dsn, uid, sql, (f"workspaces/{foreign}/files/3/x.csv",)) == "denied"
