"""Versioned migrations as plain functions, applied in order inside one transaction each.

``schema.py`` is the current shape. Migration 1 creates the version-1 tables; every later migration
adds exactly what changed. Applied versions are recorded in ``schema_migrations``, so running the
migrations twice (or from two processes, serialised by a lock on PostgreSQL) is harmless.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, insert, inspect, select, text

from iopsdata.store import schema

Migration = Callable[[Connection], None]

_V1_TABLES = [
    schema.users,
    schema.workspaces,
    schema.workspace_members,
    schema.user_settings,
    schema.workspace_settings,
    schema.workspace_connections,
    schema.file_assets,
    schema.saved_queries,
    schema.query_log,
    schema.chat_threads,
    schema.chat_messages,
    schema.examples,
]


def m001_initial(conn: Connection) -> None:
    schema.metadata.create_all(conn, tables=_V1_TABLES)


def m002_activity_log(conn: Connection) -> None:
    """The append-only activity log: triggers refuse UPDATE and DELETE for everyone."""
    schema.metadata.create_all(conn, tables=[schema.activity_log])
    if conn.dialect.name == "sqlite":
        for op in ("UPDATE", "DELETE"):
            conn.exec_driver_sql(
                f"CREATE TRIGGER IF NOT EXISTS activity_log_no_{op.lower()} BEFORE {op} ON activity_log "
                "BEGIN SELECT RAISE(ABORT, 'activity_log is append-only'); END"
            )
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql(
            "CREATE OR REPLACE FUNCTION iops_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION '%% is append-only', TG_TABLE_NAME; END $$"
        )
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS activity_log_append_only ON activity_log")
        conn.exec_driver_sql(
            "CREATE TRIGGER activity_log_append_only BEFORE UPDATE OR DELETE ON activity_log "
            "FOR EACH ROW EXECUTE FUNCTION iops_append_only()"
        )


def m003_row_level_security(conn: Connection) -> None:
    """PostgreSQL only: roles, ``auth.uid()`` shim, membership helpers and policies."""
    if conn.dialect.name == "postgresql":
        from iopsdata.store.rls import apply_rls

        apply_rls(conn)


def m004_sign_in_state(conn: Connection) -> None:
    """Browser sessions (hashed tokens) and the sign-in attempt counter; RLS on PostgreSQL."""
    schema.metadata.create_all(conn, tables=[schema.auth_sessions, schema.sign_in_attempts])
    if conn.dialect.name == "postgresql":
        from iopsdata.store.rls import apply_auth_rls

        apply_auth_rls(conn)


def m005_private_chat(conn: Connection) -> None:
    """Chat threads: the connection they ask and a ``shared`` flag; private-by-default policies."""
    if conn.dialect.name == "postgresql":
        from iopsdata.store.rls import PRIVATE_CHAT_SQL, apply_sql_file

        apply_sql_file(conn, PRIVATE_CHAT_SQL)  # adds the columns too (IF NOT EXISTS)
        return
    have = {c["name"] for c in inspect(conn).get_columns("chat_threads")}
    if "connection_id" not in have:
        conn.exec_driver_sql("ALTER TABLE chat_threads ADD COLUMN connection_id VARCHAR(36)")
    if "shared" not in have:
        conn.exec_driver_sql(
            "ALTER TABLE chat_threads ADD COLUMN shared BOOLEAN NOT NULL DEFAULT 0"
        )


def m008_knowledge(conn: Connection) -> None:
    """Team knowledge per connection (``knowledge_items``); RLS on PostgreSQL."""
    schema.metadata.create_all(conn, tables=[schema.knowledge_items])
    if conn.dialect.name == "postgresql":
        from iopsdata.store.rls import KNOWLEDGE_SQL, apply_sql_file

        apply_sql_file(conn, KNOWLEDGE_SQL)


def m006_access_tokens(conn: Connection) -> None:
    """Personal access tokens of the MCP server (hashed, expiring, revocable); RLS on PostgreSQL."""
    if conn.dialect.name == "postgresql":
        from iopsdata.store.rls import ACCESS_TOKENS_SQL, apply_sql_file

        apply_sql_file(conn, ACCESS_TOKENS_SQL)  # creates the table too (IF NOT EXISTS)
        return
    schema.metadata.create_all(conn, tables=[schema.access_tokens])


def m010_value_index(conn: Connection) -> None:
    """Chat's value index: known values per table of a connection; RLS on PostgreSQL."""
    schema.metadata.create_all(conn, tables=[schema.value_index])
    if conn.dialect.name == "postgresql":
        from iopsdata.store.rls import VALUE_INDEX_SQL, apply_sql_file

        apply_sql_file(conn, VALUE_INDEX_SQL)


def m007_evaluation(conn: Connection) -> None:
    """Evaluate's golden sets, questions, runs and results; RLS on PostgreSQL."""
    schema.metadata.create_all(conn, tables=list(schema.EVAL_TABLES))
    if conn.dialect.name == "postgresql":
        from iopsdata.store.rls import EVAL_RLS_SQL, apply_sql_file

        apply_sql_file(conn, EVAL_RLS_SQL)


MIGRATIONS: list[tuple[int, str, Migration]] = [
    (1, "initial", m001_initial),
    (2, "activity_log", m002_activity_log),
    (3, "row_level_security", m003_row_level_security),
    (4, "sign_in_state", m004_sign_in_state),
    (5, "private_chat", m005_private_chat),
    (6, "access_tokens", m006_access_tokens),
    (7, "evaluation", m007_evaluation),
    (8, "knowledge", m008_knowledge),
    (10, "value_index", m010_value_index),
]


def migrate(engine: Engine) -> list[int]:
    """Apply pending migrations; returns the versions applied now."""
    applied_now: list[int] = []
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(727274)"))
        schema.metadata.create_all(conn, tables=[schema.schema_migrations])
    for version, name, fn in MIGRATIONS:
        with engine.begin() as conn:
            if engine.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(727274)"))
            done = conn.execute(
                select(schema.schema_migrations.c.version).where(
                    schema.schema_migrations.c.version == version
                )
            ).first()
            if done:
                continue
            fn(conn)
            conn.execute(
                insert(schema.schema_migrations).values(
                    version=version, name=name, applied_at=datetime.now(UTC)
                )
            )
            applied_now.append(version)
    return applied_now
