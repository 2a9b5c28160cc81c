"""The sign-in gate: who is using this browser session, for every ``IOPSDATA_AUTH`` mode."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from iopsdata.auth.session import Session
from iopsdata.auth.tokens import BrowserSessions
from iopsdata.errors import AuthError, IopsError
from iopsdata.ui import session_cookie, state
from iopsdata.ui.errors import show_error
from iopsdata.ui.text import esc

SESSION_KEY = "_iops_session"


def require_session(keep_page: Callable[[], object] | None = None) -> Session:
    """The signed-in session; renders the sign-in screen and stops the run until there is one.

    Local and Supabase sessions outlive a reload through a revocable token cookie; every run
    checks that the token is still live, so a sign-out or password change elsewhere ends it.

    Args:
        keep_page: called before the sign-in screen is drawn: ``app.py`` resolves its navigation
            there (hidden, never run), so the page a link opened is still the page after signing
            in; without it the runs of the sign-in screen belong to no page, and the first run
            after signing in opened the default one (a link to Files landed on Chat).
    """
    mode = state.settings().auth
    if mode == "none":
        return _local_user_session()
    if mode == "oidc":
        return _oidc_session(keep_page)
    session: Session | None = st.session_state.get(SESSION_KEY)
    if session is None:
        session = _resume(mode)
    elif session.token_hash and not tokens().is_live(session.token_hash):
        session = None
        clear_user_state()
    if session is not None and session.expired and mode == "supabase":
        try:
            session = tokens().refreshed(session, _supabase().refresh(session))
        except IopsError:
            session = None
    session_cookie.render()
    if session is None or session.expired:
        st.session_state.pop(SESSION_KEY, None)
        if keep_page is not None:
            keep_page()
        _sign_in_screen(mode, expired=session is not None)
        st.stop()
    assert session is not None
    st.session_state[SESSION_KEY] = session
    return session


def tokens() -> BrowserSessions:
    rt = state.runtime()
    return BrowserSessions(rt.store, rt.vault)


def _resume(mode: str) -> Session | None:
    """The session of this browser's cookie after a reload (None when there is none or it ended)."""
    token = session_cookie.read_token()
    if not token:
        return None
    refresh = _supabase().refresh if mode == "supabase" else None
    try:
        return tokens().resume(token, refresh)
    except IopsError:
        return None


def clear_user_state() -> None:
    for key in (SESSION_KEY, "_iops_workspace", "_iops_workspace_id", "_iops_user_id"):
        st.session_state.pop(key, None)


def sign_out_button(session: Session) -> None:
    mode = state.settings().auth
    if mode == "none":
        return
    st.sidebar.caption(f"Signed in as **{esc(session.email)}**")
    if mode == "local":
        from iopsdata.ui.account_panel import account_panel

        account_panel(session, _local())
    if st.sidebar.button("Sign out", key="_iops_sign_out"):
        if session.token_hash:
            tokens().revoke(session.token_hash)
        session_cookie.forget()
        clear_user_state()
        if mode == "oidc":
            st.logout()
        st.rerun()


def _local_user_session() -> Session:
    session = st.session_state.get(SESSION_KEY)
    if session is None:
        from iopsdata.bootstrap import ensure_local_user

        user = ensure_local_user(state.runtime().store)
        session = Session.start(user, hours=24 * 365)
        st.session_state[SESSION_KEY] = session
    return session


def _oidc_session(keep_page: Callable[[], object] | None) -> Session:
    if not st.user.is_logged_in:
        if keep_page is not None:
            keep_page()
        st.title("iOpsData")
        st.write("Sign in with your organisation's account to continue.")
        st.button("Sign in", type="primary", on_click=st.login)
        st.stop()
    session = st.session_state.get(SESSION_KEY)
    email = str(st.user.get("email") or "")
    if session is None or session.email != email.lower():
        if not email or st.user.get("email_verified") is False:
            show_error(AuthError("Your identity provider did not send a verified email address."))
            st.stop()
        store = state.runtime().store.privileged()
        user = store.ensure_user(email, str(st.user.get("name") or email.split("@")[0]))
        session = Session.start(user, hours=state.settings().session_hours)
        st.session_state[SESSION_KEY] = session
    return session


def _local():  # type: ignore[no-untyped-def]
    from iopsdata.auth.local import LocalAuth

    return LocalAuth(state.runtime().store, state.settings())


def _supabase():  # type: ignore[no-untyped-def]
    from iopsdata.auth.supabase import SupabaseAuth

    return SupabaseAuth(state.settings(), state.runtime().store)


def _sign_in_screen(mode: str, *, expired: bool) -> None:
    st.title("iOpsData")
    if expired:
        st.info("Your session has expired. Please sign in again.")
    provider = _local() if mode == "local" else _supabase()
    can_sign_up = provider.signup_open() if mode == "local" else state.settings().allow_signup
    tabs = st.tabs(["Sign in", "Create account"] if can_sign_up else ["Sign in"])
    with tabs[0], st.form("sign_in"):
        email = st.text_input("Email")
        password = st.text_input("Password", type="password")
        if st.form_submit_button("Sign in", type="primary"):
            _attempt(lambda: provider.sign_in(email, password))
    if mode == "supabase":
        with st.expander("Forgot your password?"):
            reset_email = st.text_input("Email for the reset link", key="_iops_reset_email")
            if st.button("Send reset link") and reset_email:
                _attempt(lambda: provider.reset_password(reset_email) or None)
                st.success("If that account exists, Supabase has sent a reset link.")
    if can_sign_up:
        with tabs[1], st.form("sign_up"):
            email = st.text_input("Email", key="_iops_signup_email")
            password = st.text_input(
                "Password (10+ characters)", type="password", key="_iops_signup_pw"
            )
            if st.form_submit_button("Create account"):
                _attempt(lambda: provider.sign_up(email, password), signup=True)


def _attempt(action, *, signup: bool = False) -> None:  # type: ignore[no-untyped-def]
    try:
        session = action()
    except IopsError as exc:
        show_error(exc)
        return
    if session is None:
        if signup:
            st.success("Check your email to confirm the account, then sign in.")
        return
    try:
        token, session = tokens().issue(session, session_cookie.user_agent())
    except IopsError as exc:
        show_error(exc)
        return
    session_cookie.remember(token, session.expires_at)
    st.session_state[SESSION_KEY] = session
    st.rerun()
