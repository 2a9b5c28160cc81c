"""Personal access tokens in the store (the MCP server's bearer tokens).

Only the SHA-256 of a token is stored. Listing and revoking run as the signed-in user (row-level
security lets a member see their own tokens, an owner every token of the workspace); looking a
presented token up runs on the privileged store, since nobody is known yet. Times are epoch
seconds passed in by the caller, so tests own the clock.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update

from iopsdata.store import schema as s
from iopsdata.store.base import StoreBase, new_id

#: ``last_used_at`` is written at most this often per token (a write per tool call is wasteful).
TOUCH_EVERY_S = 30.0


class TokenRepo(StoreBase):
    def add_access_token(
        self,
        workspace_id: str,
        *,
        user_id: str,
        name: str,
        token_hash: str,
        prefix: str,
        role: str,
        now: float,
        expires_at: float,
    ) -> str:
        token_id = new_id()
        with self._tx() as conn:
            conn.execute(
                s.access_tokens.insert().values(
                    id=token_id,
                    workspace_id=workspace_id,
                    user_id=user_id,
                    name=name,
                    token_hash=token_hash,
                    prefix=prefix,
                    role=role,
                    created_at=now,
                    expires_at=expires_at,
                )
            )
        return token_id

    def list_access_tokens(
        self, workspace_id: str, user_id: str | None = None
    ) -> list[dict[str, Any]]:
        """Tokens of the workspace (one user's when ``user_id``), newest first; never the hash."""
        t = s.access_tokens
        cols = [c for c in t.c if c.name != "token_hash"]
        query = select(*cols).where(t.c.workspace_id == workspace_id)
        if user_id is not None:
            query = query.where(t.c.user_id == user_id)
        with self._tx() as conn:
            rows = conn.execute(query.order_by(t.c.created_at.desc())).all()
        return [dict(r._mapping) for r in rows]

    def revoke_access_token(
        self, workspace_id: str, token_id: str, *, now: float, user_id: str | None = None
    ) -> bool:
        """Mark a token revoked (kept for the record); False when it is not there or not yours."""
        t = s.access_tokens
        query = update(t).where(
            t.c.workspace_id == workspace_id, t.c.id == token_id, t.c.revoked_at.is_(None)
        )
        if user_id is not None:
            query = query.where(t.c.user_id == user_id)
        with self._tx() as conn:
            return bool(conn.execute(query.values(revoked_at=now)).rowcount)

    def find_access_token(self, token_hash: str, *, now: float) -> dict[str, Any] | None:
        """The live token for ``token_hash`` (None when unknown, revoked or expired); touches
        ``last_used_at`` at most every ``TOUCH_EVERY_S``."""
        t = s.access_tokens
        with self._tx() as conn:
            row = conn.execute(
                select(t).where(
                    t.c.token_hash == token_hash, t.c.revoked_at.is_(None), t.c.expires_at > now
                )
            ).first()
            if row is None:
                return None
            if row.last_used_at is None or now - row.last_used_at >= TOUCH_EVERY_S:
                conn.execute(update(t).where(t.c.id == row.id).values(last_used_at=now))
            found = dict(row._mapping)
        found.pop("token_hash", None)
        return found
