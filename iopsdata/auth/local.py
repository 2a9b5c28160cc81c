"""``IOPSDATA_AUTH=local``: password accounts in the metadata store.

Every rule the sign-in screen shows is enforced here too (the screen only hides what this class
would refuse), so calling this class directly gives nobody more than the browser does.
"""

from __future__ import annotations

import math

from iopsdata.auth import claim
from iopsdata.auth.passwords import hash_password, needs_rehash, verify_password
from iopsdata.auth.ratelimit import RateLimiter
from iopsdata.auth.session import Session
from iopsdata.config import Settings
from iopsdata.errors import AuthError
from iopsdata.store import Store

WRONG = "That email and password do not match an account."
CLOSED = "Sign-up is closed on this server. Ask an administrator for an invitation."


class LocalAuth:
    """Sign-up (see :meth:`sign_up` for who becomes admin), sign-in with an attempt limit kept in
    the store, password change, and the explicit claim of ``none``-mode workspaces. ``store`` must
    be the privileged handle (sign-in happens before anyone is signed in)."""

    def __init__(
        self, store: Store, settings: Settings, limiter: RateLimiter | None = None
    ) -> None:
        self.store = store.privileged()
        self.settings = settings
        self.limiter = limiter or RateLimiter(self.store)

    def _admin_email(self) -> str | None:
        return (self.settings.admin_email or "").strip().lower() or None

    def signup_open(self) -> bool:
        """Anyone may sign up when sign-up is allowed or no account has a password yet."""
        return self.settings.allow_signup or self.store.count_password_accounts() == 0

    def sign_up(self, email: str, password: str, display_name: str | None = None) -> Session:
        """Create a password account.

        Admin: ``IOPSDATA_ADMIN_EMAIL`` when set; otherwise the first account of a fresh store.
        On a store that still holds ``none``-mode workspaces nobody becomes admin by being first:
        the admin email, or the one-time code from the server log (:meth:`claim`), takes them.
        """
        email = _clean_email(email)
        if email == claim.PLACEHOLDER_EMAIL:
            raise AuthError("That address is reserved. Use your own email address.")
        existing = self.store.find_user_by_email(email)
        if existing and existing.get("password_hash"):
            raise AuthError("An account with that email already exists. Sign in instead.")
        invited = existing is not None  # an owner invited this email: it may always sign up
        named_admin = email == self._admin_email()
        if not (self.signup_open() or invited or named_admin):
            raise AuthError(CLOSED)
        placeholder = claim.placeholder_with_data(self.store)
        if self._admin_email():
            admin = named_admin
        else:
            admin = placeholder is None and self.store.count_password_accounts() == 0
        hashed = hash_password(password)
        user = self.store.ensure_user(email, display_name)
        self.store.update_user(
            user["id"], password_hash=hashed, is_admin=admin or bool(user.get("is_admin"))
        )
        if named_admin and placeholder is not None:
            self.store.adopt_user(str(placeholder["id"]), str(user["id"]))
        return Session.start(self.store.get_user(user["id"]), self.settings.session_hours)

    def sign_in(self, email: str, password: str) -> Session:
        email = _clean_email(email)
        self._take_attempt(email)
        user = self.store.find_user_by_email(email)
        if email == claim.PLACEHOLDER_EMAIL or not verify_password(
            user.get("password_hash") if user else None, password
        ):
            raise AuthError(WRONG)
        assert user is not None
        self.limiter.succeeded(email)
        if needs_rehash(user["password_hash"]):
            self.store.update_user(user["id"], password_hash=hash_password(password))
        return Session.start(user, self.settings.session_hours)

    def change_password(
        self, user_id: str, current: str, new: str, *, keep_session: str | None = None
    ) -> None:
        """Change the password and revoke every browser session of the user but ``keep_session``
        (the hash of the token of the browser that made the change)."""
        user = self.store.get_user(user_id)
        self._take_attempt(str(user["email"]))
        if not verify_password(user.get("password_hash"), current):
            raise AuthError("The current password is not right.")
        self.limiter.succeeded(str(user["email"]))
        self.store.update_user(user_id, password_hash=hash_password(new))
        self.store.delete_user_auth_sessions(user_id, keep=keep_session)

    def claim(self, user_id: str, code: str) -> list[str]:
        """Take over the ``none``-mode workspaces with the one-time code from the server log;
        the claimer becomes admin and owner. Returns the workspace ids.

        Raises:
            AuthError: wrong or spent code, or nothing to claim.
        """
        self._take_attempt("claim:")
        placeholder = claim.placeholder_with_data(self.store)
        if placeholder is None or not claim.redeem(code):
            raise AuthError("That claim code is not right, or it was already used.")
        self.store.get_user(user_id)  # the claimer exists
        return self.store.adopt_user(str(placeholder["id"]), user_id)

    def _take_attempt(self, key: str) -> None:
        wait = self.limiter.take(key)
        if wait > 0:
            raise AuthError(
                f"Too many failed sign-ins for this account. Try again in {math.ceil(wait / 60)} minute(s)."
            )


def _clean_email(email: str) -> str:
    email = email.strip().lower()
    if "@" not in email or email.startswith("@") or email.endswith("@") or len(email) > 320:
        raise AuthError("Enter a valid email address.")
    return email
