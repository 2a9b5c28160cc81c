"""The sidebar's Account panel (local auth): change password, and claim ``none``-mode workspaces."""

from __future__ import annotations

import streamlit as st

from iopsdata.auth import claim
from iopsdata.auth.local import LocalAuth
from iopsdata.auth.session import Session
from iopsdata.errors import IopsError
from iopsdata.ui import state
from iopsdata.ui.errors import show_error


def account_panel(session: Session, auth: LocalAuth) -> None:
    """Changing the password ends this account's other browser sessions (this one stays)."""
    with st.sidebar.expander("Account"):
        with st.form("_iops_change_pw", clear_on_submit=True):
            current = st.text_input("Current password", type="password")
            new = st.text_input("New password (10+ characters)", type="password")
            if st.form_submit_button("Change password"):
                try:
                    auth.change_password(
                        session.user_id, current, new, keep_session=session.token_hash
                    )
                    st.success("Password changed. Your other browsers were signed out.")
                except IopsError as exc:
                    show_error(exc)
        if claim.pending():
            with st.form("_iops_claim", clear_on_submit=True):
                st.caption("Workspaces from before sign-in was turned on are waiting for an admin.")
                code = st.text_input("One-time code from the server log")
                if st.form_submit_button("Claim workspaces"):
                    try:
                        ids = auth.claim(session.user_id, code)
                    except IopsError as exc:
                        show_error(exc)
                    else:
                        state.switch_workspace(ids[0])
                        st.rerun()
