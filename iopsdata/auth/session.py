"""A signed-in session that expires."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from iopsdata.errors import AuthError


@dataclass(frozen=True)
class Session:
    user_id: str
    email: str
    display_name: str | None
    expires_at: float
    is_admin: bool = False
    # Supabase sessions carry their tokens; never shown, never logged.
    access_token: str | None = field(default=None, repr=False)
    refresh_token: str | None = field(default=None, repr=False)
    #: SHA-256 of this browser's session token (``iopsdata.auth.tokens``), when it has one.
    token_hash: str | None = field(default=None, repr=False)

    @classmethod
    def start(cls, user: dict, hours: float, **tokens: str | None) -> Session:
        return cls(
            user_id=str(user["id"]),
            email=str(user["email"]),
            display_name=user.get("display_name"),
            is_admin=bool(user.get("is_admin")),
            expires_at=time.time() + hours * 3600,
            **tokens,
        )

    @property
    def expired(self) -> bool:
        return time.time() >= self.expires_at

    def require_valid(self) -> Session:
        """Raises AuthError once the session has expired."""
        if self.expired:
            raise AuthError("Your session has expired. Please sign in again.")
        return self
