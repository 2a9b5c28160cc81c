"""Settings → Access tokens: personal access tokens for MCP clients (create, show once, revoke).

The secret is shown once, right after it is made, in ``st.code`` (plain text with a copy button)
and kept in ``st.session_state`` only until the user dismisses it; the store keeps its hash.
"""

from __future__ import annotations

from datetime import UTC, datetime

import streamlit as st

from iopsdata.ui.errors import guarded
from iopsdata.ui.forms import form_round, form_saved
from iopsdata.ui.text import esc
from iopsdata.workspace import Workspace

ROLES = ["viewer", "editor", "owner"]
_NEW = "_iops_new_token"


def _when(epoch: float | None) -> str:
    if epoch is None:
        return "never"
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%d %H:%M UTC")


def render_tokens(ws: Workspace) -> None:
    st.caption(
        "Personal access tokens let an MCP client (Claude Desktop, Cursor, an IDE) use this "
        "workspace over HTTP as you, with your role or lower. Every query it runs is checked and "
        "recorded in History like yours."
    )
    created = st.session_state.get(_NEW)
    if created and created.get("workspace_id") == ws.id:
        st.success(
            f"Token **{esc(created['name'])}** created. Copy it now: it will not be shown again."
        )
        st.code(created["token"], language=None)
        if st.button("I have copied it", key="_iops_token_done"):
            st.session_state.pop(_NEW, None)
            st.rerun()
    mine = ROLES[: ROLES.index(ws.ctx.role) + 1] if ws.ctx.role in ROLES else ["viewer"]
    r = form_round("_iops_token_create")  # a refused token keeps its name (keys follow the form)
    with st.form(f"_iops_token_create{r}"):
        cols = st.columns([3, 1, 1])
        name = cols[0].text_input("Token name", placeholder="e.g. Claude Desktop on my laptop")
        role = cols[1].selectbox("Role", mine, index=len(mine) - 1)
        days = cols[2].selectbox("Expires in", [7, 30, 90, 365], index=1, format_func=_days)
        if st.form_submit_button("Create token", icon=":material/key:"):
            with guarded():
                new = ws.tokens.create(name, role=role, days=days)
                st.session_state[_NEW] = {
                    "token": new.token,
                    "name": new.name,
                    "workspace_id": ws.id,
                }
                form_saved("_iops_token_create")
                st.rerun()
    tokens = ws.tokens.list()
    if not tokens:
        st.caption("You have no tokens in this workspace yet.")
        return
    st.dataframe(
        [
            {
                "name": t["name"],
                "token": f"{t['prefix']}…",
                "role": t["role"],
                "status": t["status"],
                "created": _when(t["created_at"]),
                "expires": _when(t["expires_at"]),
                "last used": _when(t["last_used_at"]),
            }
            for t in tokens
        ],
        hide_index=True,
        width="stretch",
    )
    active = {t["id"]: t for t in tokens if t["status"] == "active"}
    if active:
        cols = st.columns([3, 1], vertical_alignment="bottom")
        pick = cols[0].selectbox(
            "Token to revoke", list(active), format_func=lambda i: active[i]["name"]
        )
        if cols[1].button("Revoke", key="_iops_token_revoke"):
            with guarded():
                ws.tokens.revoke(pick)
                st.rerun()


def _days(d: int) -> str:
    return f"{d} days"
