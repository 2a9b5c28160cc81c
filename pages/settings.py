"""Settings: configuration warnings, AI providers, connections, the workspace, team and access tokens."""

import streamlit as st

from iopsdata.ui.config_view import render_config
from iopsdata.ui.connection_form import connections_panel
from iopsdata.ui.errors import guarded
from iopsdata.ui.forms import form_round, form_saved
from iopsdata.ui.provider_form import provider_settings
from iopsdata.ui.routing import ensure_app_routing
from iopsdata.ui.state import current_workspace, switch_workspace
from iopsdata.ui.team_panel import render_activity, render_team
from iopsdata.ui.text import esc
from iopsdata.ui.token_panel import render_tokens

ensure_app_routing()

st.title("Settings")
ws = current_workspace()
role = ws.ctx.role
is_owner = role == "owner"

with guarded():
    for warning in ws.settings.warnings():
        st.warning(esc(warning), icon=":material/warning:")

providers_tab, connections_tab, workspace_tab, team_tab, tokens_tab, activity_tab = st.tabs(
    ["AI providers", "Connections", "Workspace", "Team", "Access tokens", "Activity"]
)

with providers_tab, guarded():
    provider_settings(ws.settings.llm, is_owner=is_owner)

with connections_tab, guarded():
    st.caption(
        "Prefer a database role with SELECT grants only: iOpsData runs read-only sessions and checks "
        "every statement, and a least-privilege role is the third layer."
    )
    connections_panel(ws.connections, role=role)

with workspace_tab:
    st.subheader(esc(ws.name))
    st.caption(f"Your role: **{esc(role)}**")
    if is_owner:
        with st.form("_ws_rename"):
            new_name = st.text_input("Rename this workspace", value=ws.name, key="_ws_rename_name")
            if st.form_submit_button("Rename"):
                with guarded():
                    ws.settings.rename_workspace(new_name.strip())
                    st.rerun()
    r = form_round("_ws_create")
    with st.form(f"_ws_create{r}"):
        created = st.text_input(
            "Create a new workspace", key=f"_ws_create_name{r}", placeholder="Name"
        )
        if st.form_submit_button("Create and switch", icon=":material/add:"):
            if not created.strip():
                st.warning("Give the new workspace a name.")
            else:
                with guarded():
                    switch_workspace(ws.settings.create_workspace(created.strip()))
                    form_saved("_ws_create")
                    st.rerun()

    st.markdown("**Server configuration**")
    render_config(ws.settings.config)

with team_tab, guarded():
    render_team(ws)

with tokens_tab, guarded():
    render_tokens(ws)

with activity_tab, guarded():
    render_activity(ws)
