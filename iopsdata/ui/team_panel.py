"""Settings → Team: members and roles (owners manage), and the activity log (owners read)."""

from __future__ import annotations

import functools
from datetime import UTC, datetime, timedelta

import streamlit as st

from iopsdata.store.activity import ACTIONS
from iopsdata.teams import ACTIVITY_SHOWN
from iopsdata.ui.errors import guarded
from iopsdata.ui.forms import form_round, form_saved
from iopsdata.ui.text import esc
from iopsdata.workspace import Workspace

ROLES = ["viewer", "editor", "owner"]


def render_team(ws: Workspace) -> None:
    is_owner = ws.ctx.role == "owner"
    members = ws.team.members()
    st.dataframe(
        [{"email": m["email"], "name": m["display_name"], "role": m["role"]} for m in members],
        hide_index=True,
        width="stretch",
    )
    if not is_owner:
        st.caption(f"You are a **{esc(ws.ctx.role)}** here; owners manage members.")
        return
    r = form_round("invite_member")  # a refused invitation keeps the address to correct
    with st.form(f"invite_member{r}"):
        cols = st.columns([3, 1])
        email = cols[0].text_input("Invite by email")
        role = cols[1].selectbox("Role", ROLES)
        if st.form_submit_button("Invite") and email:
            with guarded():
                ws.team.invite(email, role)
                form_saved("invite_member")  # the form comes back empty on the next run
                st.success(f"{esc(email)} can now sign in to this workspace as {esc(role)}.")
    others = [m for m in members if m["user_id"] != ws.ctx.user_id]
    if others:
        by_id = {m["user_id"]: m for m in others}
        cols = st.columns([3, 1, 1, 1])
        who = cols[0].selectbox("Member", list(by_id), format_func=lambda u: by_id[u]["email"])
        new_role = cols[1].selectbox("New role", ROLES, index=ROLES.index(by_id[who]["role"]))
        if cols[2].button("Change role"):
            with guarded():
                ws.team.set_role(who, new_role)
                st.rerun()
        if cols[3].button("Remove", type="secondary"):
            with guarded():
                ws.team.remove(who)
                st.rerun()


def render_activity(ws: Workspace) -> None:
    if ws.ctx.role != "owner":
        st.caption("Only owners see the activity log.")
        return
    cols = st.columns(3)
    prefix = cols[0].selectbox("Action", ["all", *sorted({a.split(".")[0] for a in ACTIONS})])
    days = cols[1].selectbox(
        "Since", [1, 7, 30, 365], index=2, format_func=lambda d: f"last {d} days"
    )
    since = datetime.now(UTC) - timedelta(days=days)
    action = None if prefix == "all" else f"{prefix}."
    with guarded():
        rows = ws.team.activity(action=action, since=since, limit=ACTIVITY_SHOWN + 1)
        if len(rows) > ACTIVITY_SHOWN:
            rows = rows[:ACTIVITY_SHOWN]
            st.caption(
                f"The newest {ACTIVITY_SHOWN:,} entries are listed; Export CSV writes every entry."
            )
        st.dataframe(
            [
                {
                    "time": r["created_at"],
                    "who": r.get("email") or r["user_id"],
                    "action": r["action"],
                    "target": r["target"],
                    "details": r["details"],
                }
                for r in rows
            ],
            hide_index=True,
            width="stretch",
        )
        cols[2].download_button(
            "Export CSV",
            # every matching entry, built only when clicked (not on each rerun of the tab)
            functools.partial(ws.team.export_activity_csv, action=action, since=since),
            "activity.csv",
            "text/csv",
            on_click="ignore",
        )
