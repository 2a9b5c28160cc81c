"""Acting as the signed-in user on PostgreSQL, so row-level security checks every statement.

A store bound to a user (``Store.as_user``) runs each transaction as ``SET LOCAL ROLE
authenticated`` with ``request.jwt.claims`` set from the verified user — exactly as Supabase's own
API does — so even a bug in a repository method cannot cross workspaces. An unbound store runs as
``anon`` and sees nothing. The binding is explicit (not thread-local), so background threads that
write audit rows act as the same user.
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import Connection, text

from iopsdata.store.base import TxHook

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "supabase" / "migrations"
RLS_SQL = MIGRATIONS_DIR / "20261122000002_iopsdata_rls.sql"
# Later policy changes, applied after RLS_SQL (which drops and recreates every iops_ policy).
PRIVATE_CHAT_SQL = MIGRATIONS_DIR / "20261204000005_iopsdata_private_chat.sql"
KNOWLEDGE_SQL = MIGRATIONS_DIR / "20261205000008_knowledge.sql"
AUTH_RLS_SQL = MIGRATIONS_DIR / "20261204000004_iopsdata_auth_sessions.sql"
ACCESS_TOKENS_SQL = MIGRATIONS_DIR / "20261205000006_access_tokens.sql"
VALUE_INDEX_SQL = MIGRATIONS_DIR / "20261205000010_value_index.sql"
EVAL_RLS_SQL = MIGRATIONS_DIR / "20261205000007_evaluation.sql"


def user_tx_hook(user_id: str | None) -> TxHook:
    """A transaction hook that becomes ``authenticated`` as ``user_id`` (or ``anon`` for None)."""
    claims = json.dumps({"sub": user_id, "role": "authenticated"}) if user_id else ""

    def hook(conn: Connection) -> None:
        conn.exec_driver_sql("SET LOCAL ROLE authenticated" if user_id else "SET LOCAL ROLE anon")
        conn.execute(
            text("SELECT set_config('request.jwt.claims', :claims, true)"), {"claims": claims}
        )

    return hook


# Policy files of tables added after RLS_SQL, with the table each needs: re-applying RLS_SQL drops
# every iops_ policy, so ``apply_rls`` restores these where their table exists (on a fresh database
# each table's own migration creates it and applies its file).
LATER_POLICIES = (
    (ACCESS_TOKENS_SQL, "access_tokens"),
    (EVAL_RLS_SQL, "eval_sets"),
    (KNOWLEDGE_SQL, "knowledge_items"),
    (VALUE_INDEX_SQL, "value_index"),
)


def apply_rls(conn: Connection) -> None:
    """Apply the row-level security migrations (the same files Supabase projects apply), in order."""
    for path in (RLS_SQL, PRIVATE_CHAT_SQL):
        apply_sql_file(conn, path)
    for path, table in LATER_POLICIES:
        if conn.exec_driver_sql(f"SELECT to_regclass('public.{table}')").scalar() is not None:
            apply_sql_file(conn, path)


def apply_sql_file(conn: Connection, path: Path) -> None:
    """Run one migration file as it is."""
    # The raw DBAPI cursor: the file holds many statements and literal '%' characters.
    conn.connection.driver_connection.execute(path.read_text())  # type: ignore[union-attr]


def apply_auth_rls(conn: Connection) -> None:
    """Row-level security for the sign-in tables (migration 4; the same file Supabase applies)."""
    apply_sql_file(conn, AUTH_RLS_SQL)
