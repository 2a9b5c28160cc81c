"""Sign-in state in the store: the attempt counter and revocable browser sessions.

Both live in the metadata store (not in a process) so a lockout and a sign-out hold across every
replica. Times are epoch seconds (``time.time()``), passed in by the caller so tests own the clock.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, delete, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from iopsdata.store import membership
from iopsdata.store import schema as s
from iopsdata.store.base import StoreBase

#: ``last_used_at`` is written at most this often per session (a write per page run is wasteful).
TOUCH_EVERY_S = 60.0


class AuthRepo(StoreBase):
    def take_sign_in_attempt(self, key: str, *, limit: int, window_s: float, now: float) -> float:
        """Count one attempt for ``key`` *before* the password is checked; atomic in the store.

        Returns 0 when the attempt may go ahead, else the seconds until the window ends. Each step
        is one conditional statement, so parallel attempts cannot all read "below the limit".
        """
        t = s.sign_in_attempts
        cutoff = now - window_s
        with self._tx() as conn:
            for _ in range(5):
                counted = conn.execute(
                    update(t)
                    .where(t.c.key == key, t.c.window_started > cutoff, t.c.attempts < limit)
                    .values(attempts=t.c.attempts + 1)
                ).rowcount
                if counted:
                    return 0.0
                restarted = conn.execute(
                    update(t)
                    .where(t.c.key == key, t.c.window_started <= cutoff)
                    .values(attempts=1, window_started=now)
                ).rowcount
                if restarted:
                    return 0.0
                if _insert_new(conn, key, now):
                    return 0.0
                row = conn.execute(
                    select(t.c.window_started, t.c.attempts).where(t.c.key == key)
                ).first()
                if row is not None and row.attempts >= limit and row.window_started > cutoff:
                    return max(1.0, row.window_started + window_s - now)
            return window_s  # the row kept changing under us: refuse rather than verify

    def clear_sign_in_attempts(self, key: str, *, older_than: float | None = None) -> None:
        """Forget ``key``'s counter (a success), and every counter whose window started before
        ``older_than`` (so guesses at many addresses do not pile up)."""
        t = s.sign_in_attempts
        with self._tx() as conn:
            conn.execute(delete(t).where(t.c.key == key))
            if older_than is not None:
                conn.execute(delete(t).where(t.c.window_started <= older_than))

    def add_auth_session(
        self,
        token_hash: str,
        user_id: str,
        *,
        now: float,
        expires_at: float,
        user_agent: str | None = None,
        provider_token: str | None = None,
    ) -> None:
        with self._tx() as conn:
            # Expired sessions are useless: drop them as new ones arrive, so the table stays small.
            conn.execute(delete(s.auth_sessions).where(s.auth_sessions.c.expires_at <= now))
            conn.execute(
                s.auth_sessions.insert().values(
                    token_hash=token_hash,
                    user_id=user_id,
                    created_at=now,
                    last_used_at=now,
                    expires_at=expires_at,
                    user_agent=(user_agent or "")[:400] or None,
                    provider_token=provider_token,
                )
            )

    def get_auth_session(self, token_hash: str, *, now: float) -> dict[str, Any] | None:
        """The live session for ``token_hash`` (None when unknown, revoked or expired)."""
        t = s.auth_sessions
        with self._tx() as conn:
            row = conn.execute(
                select(t).where(t.c.token_hash == token_hash, t.c.expires_at > now)
            ).first()
            if row is None:
                return None
            if now - row.last_used_at >= TOUCH_EVERY_S:
                conn.execute(update(t).where(t.c.token_hash == token_hash).values(last_used_at=now))
            return dict(row._mapping)

    def update_auth_session(self, token_hash: str, *, provider_token: str | None) -> None:
        t = s.auth_sessions
        with self._tx() as conn:
            conn.execute(
                update(t).where(t.c.token_hash == token_hash).values(provider_token=provider_token)
            )

    def delete_auth_session(self, token_hash: str) -> None:
        with self._tx() as conn:
            conn.execute(delete(s.auth_sessions).where(s.auth_sessions.c.token_hash == token_hash))

    def delete_user_auth_sessions(self, user_id: str, *, keep: str | None = None) -> int:
        """Revoke every session of ``user_id`` (but ``keep``); also drops expired rows."""
        t = s.auth_sessions
        query = delete(t).where(t.c.user_id == user_id)
        if keep:
            query = query.where(t.c.token_hash != keep)
        with self._tx() as conn:
            return int(conn.execute(query).rowcount or 0)


def _insert_new(conn: Connection, key: str, now: float) -> bool:
    """Insert a fresh counter at 1; False when another attempt inserted it first."""
    stmt = (
        _insert_or_skip(conn)(s.sign_in_attempts)
        .values(key=key, window_started=now, attempts=1)
        .on_conflict_do_nothing(index_elements=["key"])
        .returning(s.sign_in_attempts.c.key)  # rowcount is not reliable for DO NOTHING
    )
    return conn.execute(stmt).first() is not None


def _insert_or_skip(conn: Connection) -> Callable[..., Any]:
    """The connection's dialect's ``insert`` (which has ``on_conflict_do_nothing``). PostgreSQL's
    is imported only on PostgreSQL: ~20 ms that a start on the SQLite store skips."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert

        return insert
    return sqlite_insert


class AdoptRepo(StoreBase):
    def count_password_accounts(self) -> int:
        """Accounts that can sign in with a password (invited and placeholder users cannot)."""
        with self._tx() as conn:
            return len(
                conn.execute(select(s.users.c.id).where(s.users.c.password_hash.isnot(None))).all()
            )

    def adopt_user(self, from_id: str, to_id: str) -> list[str]:
        """Hand every workspace of ``from_id`` to ``to_id`` as owner, with its user settings when
        ``to_id`` has none, and make ``to_id`` admin instead; one transaction. Returns the
        workspace ids."""
        m = s.workspace_members
        with self._tx() as conn:
            ids = [
                r[0] for r in conn.execute(select(m.c.workspace_id).where(m.c.user_id == from_id))
            ]
            for ws in ids:
                conn.execute(delete(m).where(m.c.workspace_id == ws, m.c.user_id == to_id))
                conn.execute(
                    update(m)
                    .where(m.c.workspace_id == ws, m.c.user_id == from_id)
                    .values(user_id=to_id, role="owner")
                )
            theirs = conn.execute(
                select(s.user_settings.c.user_id).where(s.user_settings.c.user_id == to_id)
            ).first()
            if theirs is None:
                conn.execute(
                    update(s.user_settings)
                    .where(s.user_settings.c.user_id == from_id)
                    .values(user_id=to_id)
                )
            conn.execute(update(s.users).where(s.users.c.id == from_id).values(is_admin=False))
            conn.execute(update(s.users).where(s.users.c.id == to_id).values(is_admin=True))
        membership.bump()
        return ids
