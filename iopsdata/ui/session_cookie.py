"""The browser-session cookie: read from the request, written by a maintained component.

Streamlit reads cookies (``st.context.cookies``, sent with the page's websocket request) but cannot
set them; ``extra-streamlit-components``' CookieManager writes them from its (same-origin, hidden)
frame. The cookie holds only the opaque token; ``iopsdata.auth.tokens`` owns its meaning.
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from iopsdata.auth.tokens import COOKIE

_PENDING = "_iops_cookie_pending"  # ("set", token, expires_at) or ("clear",)


def read_token() -> str | None:
    try:
        value = st.context.cookies.get(COOKIE)
    except Exception:  # no request context (scripts)
        return None
    return value if isinstance(value, str) and value else None  # AppTest gives a stand-in


def user_agent() -> str | None:
    try:
        return st.context.headers.get("User-Agent")
    except Exception:
        return None


def _https() -> bool:
    """Behind HTTPS (directly, or a proxy that says so) the cookie is also ``Secure``."""
    try:
        proto = (st.context.headers.get("X-Forwarded-Proto") or "").split(",")[0].strip()
        return proto == "https" or str(st.context.url or "").startswith("https://")
    except Exception:
        return False


def remember(token: str, expires_at: float) -> None:
    """Ask the next runs to write the cookie (a run that ends in ``st.rerun`` cannot render it)."""
    st.session_state[_PENDING] = ("set", token, expires_at)


def forget() -> None:
    st.session_state[_PENDING] = ("clear",)


def render() -> None:
    """Render the pending cookie write, if any. The component keeps its frame (and so the write
    happens once) for as long as it is rendered with the same key; call on every run."""
    pending = st.session_state.get(_PENDING)
    if not pending:
        return
    write_key = (
        f"_iops_cookie_set_{pending[1][:8]}" if pending[0] == "set" else "_iops_cookie_clear"
    )
    if st.session_state.get(write_key) is True:
        # The component reported the write done: stop rendering it. Kept mounted, its frames
        # load on every page and their values rerun the script (the 10-session load test saw
        # sign-in and uploads take twice as long).
        st.session_state.pop(_PENDING, None)
        return
    from extra_streamlit_components import CookieManager

    manager = CookieManager(key="_iops_cookie_manager")
    if pending[0] == "set":
        _, token, expires_at = pending
        manager.set(
            COOKIE,
            token,
            key=write_key,
            expires_at=dt.datetime.fromtimestamp(expires_at, dt.UTC),
            secure=_https(),
            same_site="strict",
        )
    else:
        # Expire it (the component's own delete fails on a cookie its first read has not seen).
        manager.set(
            COOKIE,
            "",
            key=write_key,
            expires_at=dt.datetime(1970, 1, 2, tzinfo=dt.UTC),
            secure=_https(),
            same_site="strict",
        )
