"""The one cache seam: the only module that uses ``st.cache_resource``.

``st.cache_resource`` is shared by every user of the process, so it holds only process-wide objects
(settings, the store, the vault). Per-user state (the signed-in user, the chosen workspace, the
``Workspace`` facade and its services) lives in ``st.session_state``.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from iopsdata.bootstrap import Runtime, ensure_local_user, open_runtime
from iopsdata.config import Settings
from iopsdata.errors import AuthError
from iopsdata.ui.text import esc
from iopsdata.workspace import Workspace

_WS_KEY = "_iops_workspace"
_CHOSEN_KEY = "_iops_workspace_id"
_NOTICE_KEY = "_iops_workspace_notice"


def _secrets() -> dict[str, Any]:
    # With no secrets file even `"x" in st.secrets` raises (FACTS.md): read it once, defensively.
    try:
        return dict(st.secrets.to_dict())
    except Exception:
        return {}


@st.cache_resource(show_spinner=False)
def settings() -> Settings:
    """Settings, loaded once per process (environment over ``.streamlit/secrets.toml``)."""
    return Settings.from_env(_secrets())


@st.cache_resource(show_spinner="Opening the workspace store…")
def runtime() -> Runtime:
    """The process-wide store and vault."""
    return open_runtime(settings())


def current_user_id() -> str:
    """The signed-in user (``iopsdata.ui.auth_gate`` puts the session in ``st.session_state``);
    with ``IOPSDATA_AUTH=none``, the single local user.

    Raises:
        AuthError: nobody is signed in (the gate did not run, or the session was cleared).
    """
    session = st.session_state.get("_iops_session")
    if session is not None:
        return str(session.user_id)
    if settings().auth == "none":
        return str(ensure_local_user(runtime().store)["id"])
    raise AuthError("Please sign in.")


def current_workspace() -> Workspace:
    """The ``Workspace`` facade for this browser session (kept across reruns)."""
    ws: Workspace | None = st.session_state.get(_WS_KEY)
    wanted = st.session_state.get(_CHOSEN_KEY)
    if (
        ws is not None
        and (wanted is None or ws.id == wanted)
        and ws.ctx.user_id == current_user_id()
    ):
        role = ws.ctx.store.current_role(ws.id, ws.ctx.user_id)
        if role == ws.ctx.role:
            return ws
        if role is None:  # removed from it meanwhile: fall back to the user's own workspaces
            wanted = None
            st.session_state[_NOTICE_KEY] = (
                "You are no longer a member of the workspace you had open."
            )
    ws = Workspace.open(runtime=runtime(), user_id=current_user_id(), workspace_id=wanted)
    st.session_state[_WS_KEY] = ws
    st.session_state[_CHOSEN_KEY] = ws.id
    return ws


def switch_workspace(workspace_id: str) -> None:
    """Choose another workspace; the next ``current_workspace()`` opens it."""
    st.session_state[_CHOSEN_KEY] = workspace_id
    st.session_state.pop(_WS_KEY, None)


def workspace_picker() -> Workspace:
    """Sidebar select box over the user's workspaces; returns the current one."""
    ws = current_workspace()
    notice = st.session_state.pop(_NOTICE_KEY, None)
    if notice:
        st.sidebar.warning(esc(notice))
    options = ws.workspaces()
    if len(options) > 1:
        ids = [str(o["id"]) for o in options]
        names = {str(o["id"]): str(o["name"]) for o in options}
        chosen = st.sidebar.selectbox(
            "Workspace",
            ids,
            index=ids.index(ws.id),
            format_func=names.__getitem__,
            key="_iops_ws_picker",
        )
        if chosen != ws.id:
            switch_workspace(chosen)
            st.rerun()
    else:
        st.sidebar.caption(f"Workspace: **{esc(options[0]['name'])}**")
    return ws
