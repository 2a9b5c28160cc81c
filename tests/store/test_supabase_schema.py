"""The committed Supabase migrations match the store: same tables, and they apply on plain PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import psycopg
from sqlalchemy import create_engine, inspect

from iopsdata.store import Store, schema
from iopsdata.store.export_sql import schema_sql

MIGRATIONS = Path(__file__).resolve().parents[2] / "supabase" / "migrations"


def test_committed_schema_migration_is_the_generated_one():
    committed = (MIGRATIONS / "20261122000001_iopsdata_schema.sql").read_text()
    assert committed == schema_sql(), (
        "run: python -m iopsdata.store.export_sql > supabase/migrations/20261122000001_iopsdata_schema.sql"
    )


def test_supabase_migrations_apply_and_the_store_then_opens(pg_url):
    """As on a Supabase project: apply the SQL files first, then the app opens the store on them."""
    dsn = pg_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn, autocommit=True) as conn:
        for path in sorted(MIGRATIONS.glob("*.sql")):
            conn.execute(path.read_text())
    store = Store.open(pg_url, rls=True)
    engine = create_engine(pg_url)
    tables = set(inspect(engine).get_table_names())
    assert {t.name for t in schema.metadata.sorted_tables} <= tables
    for table in schema.metadata.sorted_tables:
        columns = {c["name"] for c in inspect(engine).get_columns(table.name)}
        assert columns == {c.name for c in table.columns}, table.name
    owner = store.privileged().ensure_user("o@example.com")
    ws = store.as_user(owner["id"]).create_workspace("W", owner["id"])
    assert store.as_user(owner["id"]).list_workspaces(owner["id"])[0]["id"] == ws["id"]
    engine.dispose()
    store.close()
