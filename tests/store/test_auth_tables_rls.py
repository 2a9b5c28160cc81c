"""Row-level security of the sign-in tables (migration 4) on PostgreSQL: a signed-in user sees and
revokes only their own browser sessions and cannot touch the attempt counter; anon sees nothing."""

from __future__ import annotations

import json
import time

import psycopg
import pytest

from iopsdata.store import Store


def _as(conn: psycopg.Connection, user_id: str | None) -> None:
    conn.execute("SET ROLE authenticated" if user_id else "SET ROLE anon")
    claims = json.dumps({"sub": user_id, "role": "authenticated"}) if user_id else ""
    conn.execute("SELECT set_config('request.jwt.claims', %s, false)", (claims,))


def test_sessions_are_private_and_the_counter_is_out_of_reach(pg_url):
    store = Store.open(pg_url, rls=True).privileged()
    ana = store.ensure_user("ana@example.com")["id"]
    bo = store.ensure_user("bo@example.com")["id"]
    now = time.time()
    store.add_auth_session("a" * 64, ana, now=now, expires_at=now + 60)
    store.add_auth_session("b" * 64, bo, now=now, expires_at=now + 60)
    store.take_sign_in_attempt("ana@example.com", limit=5, window_s=60, now=now)
    store.close()
    dsn = pg_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn, autocommit=True) as conn:
        _as(conn, ana)
        rows = conn.execute("SELECT token_hash FROM auth_sessions").fetchall()
        assert rows == [("a" * 64,)]
        assert conn.execute("DELETE FROM auth_sessions WHERE user_id = %s", (bo,)).rowcount == 0
        for sql in (
            "SELECT * FROM sign_in_attempts",
            "DELETE FROM sign_in_attempts",
            "UPDATE auth_sessions SET expires_at = expires_at + 1000",
            f"INSERT INTO auth_sessions VALUES ('c', '{ana}', 0, 0, 9e9, NULL, NULL)",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql)
        assert conn.execute("DELETE FROM auth_sessions WHERE user_id = %s", (ana,)).rowcount == 1
        _as(conn, None)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM auth_sessions")
        conn.execute("RESET ROLE")
        assert conn.execute("SELECT count(*) FROM auth_sessions").fetchone() == (1,)
