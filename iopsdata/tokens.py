"""Personal access tokens: how an MCP client over HTTP acts as one user in one workspace.

A token is created in Settings and shown once; the store keeps only its SHA-256 (a leaked database
leaks no usable token). Each token is scoped to one workspace, carries a role no higher than its
creator's (checked again on every call, so a demoted or removed member's tokens shrink or stop at
once), expires, and can be revoked. ``ws.tokens`` manages them; :func:`authenticate` turns a
presented token into a :class:`Grant`, and :func:`open_for` into a ``Workspace`` limited to it.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from iopsdata.context import ROLES, WorkspaceContext, members_only
from iopsdata.errors import IopsError, NotFound, PermissionDenied

if TYPE_CHECKING:
    from iopsdata.bootstrap import Runtime
    from iopsdata.store import Store
    from iopsdata.workspace import Workspace

PREFIX = "iops_"
DEFAULT_DAYS = 30
MAX_DAYS = 365
_DAY_S = 86_400.0


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class CreatedToken:
    """A new token: ``token`` is the only time the secret is available (it is never stored)."""

    id: str
    name: str
    token: str
    prefix: str
    role: str
    expires_at: float

    def __repr__(self) -> str:  # never print the secret by accident
        return f"CreatedToken(id={self.id!r}, name={self.name!r}, prefix={self.prefix!r}, role={self.role!r})"


@dataclass(frozen=True)
class Grant:
    """What a valid token allows: one user, one workspace, at most one role."""

    token_id: str
    user_id: str
    workspace_id: str
    role: str
    name: str


@members_only
class TokenService:
    """The user's personal access tokens in this workspace (``ws.tokens``)."""

    def __init__(self, ctx: WorkspaceContext, *, clock: Any = time.time) -> None:
        self.ctx = ctx
        self._clock = clock

    def create(
        self, name: str, *, role: str | None = None, days: int = DEFAULT_DAYS
    ) -> CreatedToken:
        """A new token for this workspace, with ``role`` (default: yours) for ``days`` days.

        Raises:
            IopsError: empty name, unknown role or a lifetime outside 1–365 days.
            PermissionDenied: ``role`` is higher than yours.
        """
        name = (name or "").strip()
        if not name:
            raise IopsError("Give the token a name, e.g. the client that will use it.")
        current = self.ctx.current_role()
        role = role or current
        if role not in ROLES:
            raise IopsError(f"Unknown role {role!r}; use one of {', '.join(ROLES)}.")
        if ROLES.index(role) > ROLES.index(current):
            raise PermissionDenied(f"A token cannot have more than your role ({current}).")
        if not 1 <= int(days) <= MAX_DAYS:
            raise IopsError(f"A token lives between 1 and {MAX_DAYS} days.")
        secret = PREFIX + secrets.token_urlsafe(32)
        now = float(self._clock())
        expires = now + int(days) * _DAY_S
        prefix = secret[: len(PREFIX) + 6]
        token_id = self.ctx.store.add_access_token(
            self.ctx.workspace_id,
            user_id=self.ctx.user_id,
            name=name[:200],
            token_hash=hash_token(secret),
            prefix=prefix,
            role=role,
            now=now,
            expires_at=expires,
        )
        return CreatedToken(token_id, name[:200], secret, prefix, role, expires)

    def list(self, *, everyone: bool = False) -> list[dict[str, Any]]:
        """Your tokens (an owner may ask for ``everyone``'s), newest first, with ``status``
        ("active", "expired" or "revoked") and ``last_used_at``; never the secret or its hash."""
        if everyone:
            self.ctx.require("owner")
        rows = self.ctx.store.list_access_tokens(
            self.ctx.workspace_id, None if everyone else self.ctx.user_id
        )
        now = float(self._clock())
        for row in rows:
            row["status"] = (
                "revoked"
                if row["revoked_at"] is not None
                else "expired"
                if row["expires_at"] <= now
                else "active"
            )
        return rows

    def revoke(self, token_id: str) -> None:
        """Revoke one of your tokens (owners: any token of the workspace). Raises NotFound."""
        mine = self.ctx.current_role() != "owner"
        done = self.ctx.store.revoke_access_token(
            self.ctx.workspace_id,
            token_id,
            now=float(self._clock()),
            user_id=self.ctx.user_id if mine else None,
        )
        if not done:
            raise NotFound("That token does not exist in this workspace or is already revoked.")


def authenticate(store: Store, token: str, *, now: float | None = None) -> Grant | None:
    """The grant of a presented token, or None (unknown, malformed, expired or revoked)."""
    if not token or not token.startswith(PREFIX) or len(token) > 200:
        return None
    row = store.privileged().find_access_token(
        hash_token(token), now=time.time() if now is None else now
    )
    if row is None:
        return None
    return Grant(row["id"], row["user_id"], row["workspace_id"], row["role"], row["name"])


@dataclass(frozen=True)
class ScopedContext(WorkspaceContext):
    """A workspace context capped at a token's role: the lower of the token's role and the
    member's current role, read on every check."""

    max_role: str = "viewer"

    def current_role(self) -> str:
        role = super().current_role()
        return min(role, self.max_role, key=ROLES.index)


def open_for(runtime: Runtime, grant: Grant) -> Workspace:
    """The ``Workspace`` a token acts in (its user, its workspace, at most its role).

    Raises:
        PermissionDenied: the user is no longer a member of the token's workspace.
    """
    from iopsdata.workspace import Workspace

    ctx = ScopedContext(
        settings=runtime.settings,
        store=runtime.store.as_user(grant.user_id),
        vault=runtime.vault,
        user_id=grant.user_id,
        workspace_id=grant.workspace_id,
        role=grant.role,
        max_role=grant.role,
    )
    ctx.current_role()  # refuse a token whose user has left the workspace
    return Workspace(ctx)
