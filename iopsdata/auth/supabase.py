"""``IOPSDATA_AUTH=supabase``: Supabase Auth (email + password) through the official client.

The access token is verified by Supabase (``auth.get_user(token)``) before it is trusted; the
verified user id becomes the store's user id, so RLS claims match Supabase's own.
"""

from __future__ import annotations

from typing import Any

from iopsdata.auth.session import Session
from iopsdata.config import Settings
from iopsdata.errors import AuthError
from iopsdata.store import Store

WRONG = "That email and password do not match a Supabase account."


class SupabaseAuth:
    def __init__(self, settings: Settings, store: Store) -> None:
        if not (settings.supabase_url and settings.supabase_anon_key):
            raise AuthError("Supabase sign-in needs SUPABASE_URL and SUPABASE_ANON_KEY.")
        self.settings = settings
        self.store = store.privileged()

    def client(self, access_token: str | None = None) -> Any:
        """A fresh client (no shared session state between users); with ``access_token``, requests
        carry the user's JWT so Supabase's own RLS (e.g. Storage policies) applies."""
        from supabase import ClientOptions, create_client

        headers = {"Authorization": f"Bearer {access_token}"} if access_token else {}
        options = ClientOptions(auto_refresh_token=False, persist_session=False, headers=headers)
        return create_client(
            self.settings.supabase_url or "", self.settings.supabase_anon_key or "", options
        )

    def sign_in(self, email: str, password: str) -> Session:
        res = self._call(
            lambda c: c.auth.sign_in_with_password({"email": email.strip(), "password": password})
        )
        if res is None or res.session is None:
            raise AuthError(WRONG)
        return self._session(res.session.access_token, res.session.refresh_token)

    def sign_up(self, email: str, password: str) -> Session | None:
        """A session, or None when Supabase asks the user to confirm their email first."""
        if not self.settings.allow_signup:
            raise AuthError(
                "Sign-up is closed on this server. Ask an administrator for an invitation."
            )
        res = self._call(lambda c: c.auth.sign_up({"email": email.strip(), "password": password}))
        if res is None or res.session is None:
            return None
        return self._session(res.session.access_token, res.session.refresh_token)

    def reset_password(self, email: str) -> None:
        """Supabase sends the reset email; the answer is the same whether or not the account exists."""
        self._call(lambda c: c.auth.reset_password_for_email(email.strip()))

    def refresh(self, session: Session) -> Session:
        if not session.refresh_token:
            raise AuthError("Your session has expired. Please sign in again.")
        res = self._call(lambda c: c.auth.refresh_session(session.refresh_token))
        if res is None or res.session is None:
            raise AuthError("Your session has expired. Please sign in again.")
        return self._session(res.session.access_token, res.session.refresh_token)

    def verify(self, access_token: str) -> dict[str, Any]:
        """The Supabase user for ``access_token``, checked by Supabase itself (signature, expiry)."""
        res = self._call(lambda c: c.auth.get_user(access_token))
        if res is None or res.user is None or not res.user.email:
            raise AuthError("Your session is not valid. Please sign in again.")
        return {"id": str(res.user.id), "email": res.user.email}

    def _session(self, access_token: str, refresh_token: str | None) -> Session:
        verified = self.verify(access_token)
        user = self.store.ensure_user(verified["email"], user_id=verified["id"])
        if str(user["id"]) != verified["id"] and not user.get("password_hash"):
            # An owner invited this email before its first Supabase sign-in: adopt the invitation.
            self.store.rekey_user(str(user["id"]), verified["id"])
            user = self.store.get_user(verified["id"])
        if str(user["id"]) != verified["id"]:
            raise AuthError(
                "This email belongs to a different local account; ask an administrator to merge it."
            )
        return Session.start(
            user,
            self.settings.session_hours,
            access_token=access_token,
            refresh_token=refresh_token,
        )

    def _call(self, fn: Any) -> Any:
        from supabase_auth.errors import AuthApiError, AuthRetryableError

        try:
            return fn(self.client())
        except AuthApiError as exc:
            code = (getattr(exc, "code", None) or "").lower()
            status = getattr(exc, "status", None)
            if (
                code in ("invalid_credentials", "invalid_grant")
                or "invalid login" in exc.message.lower()
            ):
                raise AuthError(WRONG) from None
            if status == 429 or code == "over_request_rate_limit":
                raise AuthError("Too many attempts. Wait a minute and try again.") from None
            if (
                code
                in ("bad_jwt", "session_not_found", "refresh_token_not_found", "session_expired")
                or status == 401
                or status == 403
            ):
                raise AuthError("Your session has expired. Please sign in again.") from None
            if code in ("user_already_exists", "email_exists"):
                raise AuthError(
                    "An account with that email already exists. Sign in instead."
                ) from None
            if code == "weak_password":
                raise AuthError("Supabase refused that password as too weak.") from None
            raise AuthError(f"Supabase refused the request ({exc.message[:120]}).") from None
        except AuthRetryableError:
            raise AuthError("Supabase cannot be reached right now. Try again shortly.") from None
        except Exception as exc:  # httpx transport errors and the like
            if type(exc).__module__.startswith("httpx"):
                raise AuthError(
                    "Supabase cannot be reached right now. Try again shortly."
                ) from None
            raise
