"""Browser sessions that survive a reload: an opaque random token in a cookie, revocable here.

The browser keeps only ``secrets.token_urlsafe(32)``; the store keeps its SHA-256 with an expiry,
created/last-used times and the user agent, so a leaked database does not leak usable tokens and a
sign-out or password change on any replica ends the session everywhere. In Supabase mode the row
also holds the (vault-encrypted) refresh token, so a reload resumes through Supabase itself.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from collections.abc import Callable
from dataclasses import replace

from iopsdata.auth.session import Session
from iopsdata.errors import IopsError
from iopsdata.store import Store
from iopsdata.vault import Vault

#: The cookie's name (set SameSite=Strict, and Secure behind HTTPS, by the UI).
COOKIE = "iops_session"


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class BrowserSessions:
    """Issue, resume, check and revoke browser-session tokens (``store`` may be any handle: the
    privileged one is used, since resuming happens before anyone is signed in)."""

    def __init__(self, store: Store, vault: Vault, *, clock: Callable[[], float] = time.time):
        self.store = store.privileged()
        self.vault = vault
        self._clock = clock

    def issue(self, session: Session, user_agent: str | None = None) -> tuple[str, Session]:
        """A new token for ``session`` (returned once, never stored) and the session carrying its
        hash; the token expires with the session."""
        token = secrets.token_urlsafe(32)
        digest = hash_token(token)
        provider = self.vault.encrypt(session.refresh_token) if session.refresh_token else None
        self.store.add_auth_session(
            digest,
            session.user_id,
            now=self._clock(),
            expires_at=session.expires_at,
            user_agent=user_agent,
            provider_token=provider,
        )
        return token, replace(session, token_hash=digest)

    def resume(
        self, token: str, refresh: Callable[[Session], Session] | None = None
    ) -> Session | None:
        """The session for a cookie's ``token``; None when unknown, revoked or expired.

        ``refresh`` (Supabase mode) turns the stored refresh token into a fresh provider session;
        when it fails the browser session is revoked.
        """
        digest = hash_token(token)
        row = self.store.get_auth_session(digest, now=self._clock())
        if row is None:
            return None
        user = self.store.get_user(str(row["user_id"]))
        hours = max(0.0, (float(row["expires_at"]) - self._clock()) / 3600)
        session = Session.start(user, hours)
        if refresh is not None:
            if not row.get("provider_token"):
                return None
            try:
                old = replace(session, refresh_token=self.vault.decrypt(row["provider_token"]))
                fresh = refresh(old)
            except IopsError:
                self.store.delete_auth_session(digest)
                return None
            if fresh.refresh_token:
                self.store.update_auth_session(
                    digest, provider_token=self.vault.encrypt(fresh.refresh_token)
                )
            session = replace(fresh, expires_at=min(fresh.expires_at, session.expires_at))
        return replace(session, token_hash=digest)

    def refreshed(self, old: Session, new: Session) -> Session:
        """``new`` (a provider refresh of ``old``) keeps ``old``'s browser token, and the store
        keeps the rotated refresh token so the next reload can resume."""
        if not old.token_hash:
            return new
        if new.refresh_token:
            self.store.update_auth_session(
                old.token_hash, provider_token=self.vault.encrypt(new.refresh_token)
            )
        return replace(new, token_hash=old.token_hash)

    def is_live(self, token_hash: str) -> bool:
        """False once the session was revoked (signed out, password changed) or expired."""
        return self.store.get_auth_session(token_hash, now=self._clock()) is not None

    def revoke(self, token_hash: str) -> None:
        self.store.delete_auth_session(token_hash)

    def revoke_user(self, user_id: str, *, keep: str | None = None) -> int:
        return self.store.delete_user_auth_sessions(user_id, keep=keep)
