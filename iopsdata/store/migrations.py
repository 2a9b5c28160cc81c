"""Versioned migrations as plain functions, applied in order inside one transaction each.

``schema.py`` is the current shape. Migration 1 creates the version-1 tables; every later migration
adds exactly what changed. Applied versions are recorded in ``schema_migrations``, so running the
migrations twice (or from two processes, serialised by a lock on PostgreSQL) is harmless.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, insert, select, text

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


MIGRATIONS: list[tuple[int, str, Migration]] = [
    (1, "initial", m001_initial),
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
