"""``IOPSDATA_AUTH=local``: password accounts in the metadata store."""

from __future__ import annotations

import math

from iopsdata.auth.passwords import hash_password, needs_rehash, verify_password
from iopsdata.auth.ratelimit import RateLimiter
from iopsdata.auth.session import Session
from iopsdata.config import Settings
from iopsdata.errors import AuthError
from iopsdata.store import Store

_LIMITER = RateLimiter()
WRONG = "That email and password do not match an account."


class LocalAuth:
    """Sign-up (the first account becomes admin; later ones only if sign-up is allowed), sign-in
    with rate limiting, password change. ``store`` must be the privileged handle (sign-in happens
    before anyone is signed in)."""

    def __init__(
        self, store: Store, settings: Settings, limiter: RateLimiter | None = None
    ) -> None:
        self.store = store.privileged()
        self.settings = settings
        self.limiter = limiter or _LIMITER

    def signup_open(self) -> bool:
        return self.settings.allow_signup or self.store.count_users() == 0

    def sign_up(self, email: str, password: str, display_name: str | None = None) -> Session:
        email = _clean_email(email)
        first = self.store.count_users() == 0
        existing = self.store.find_user_by_email(email)
        if existing and existing.get("password_hash"):
            raise AuthError("An account with that email already exists. Sign in instead.")
        invited = existing is not None  # an owner invited this email: it may always sign up
        if not (first or invited or self.settings.allow_signup):
            raise AuthError(
                "Sign-up is closed on this server. Ask an administrator for an invitation."
            )
        hashed = hash_password(password)
        user = self.store.ensure_user(email, display_name)
        self.store.update_user(
            user["id"], password_hash=hashed, is_admin=first or bool(user.get("is_admin"))
        )
        return Session.start(self.store.get_user(user["id"]), self.settings.session_hours)

    def sign_in(self, email: str, password: str) -> Session:
        email = _clean_email(email)
        wait = self.limiter.retry_after(email)
        if wait > 0:
            raise AuthError(
                f"Too many failed sign-ins for this account. Try again in {math.ceil(wait / 60)} minute(s)."
            )
        user = self.store.find_user_by_email(email)
        if not verify_password(user.get("password_hash") if user else None, password):
            self.limiter.failed(email)
            raise AuthError(WRONG)
        assert user is not None
        self.limiter.succeeded(email)
        if needs_rehash(user["password_hash"]):
            self.store.update_user(user["id"], password_hash=hash_password(password))
        return Session.start(user, self.settings.session_hours)

    def change_password(self, user_id: str, current: str, new: str) -> None:
        user = self.store.get_user(user_id)
        if not verify_password(user.get("password_hash"), current):
            raise AuthError("The current password is not right.")
        self.store.update_user(user_id, password_hash=hash_password(new))


def _clean_email(email: str) -> str:
    email = email.strip().lower()
    if "@" not in email or email.startswith("@") or email.endswith("@") or len(email) > 320:
        raise AuthError("Enter a valid email address.")
    return email
