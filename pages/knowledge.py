"""Knowledge: what the team teaches iOpsData about each connection (glossary, metrics,
instructions, join paths), YAML import/export and dbt import. Chat's prompt uses all of it."""

import streamlit as st

from iopsdata.ui.errors import guarded
from iopsdata.ui.knowledge_view import FORMS, render_kind, render_transfer, render_unresolved
from iopsdata.ui.routing import ensure_app_routing
from iopsdata.ui.state import current_workspace
from iopsdata.ui.text import esc

ensure_app_routing()

st.title("Knowledge")
ws = current_workspace()
svc = ws.knowledge

names = {}
role = "viewer"
with guarded():
    names = {c.id: c.title for c in ws.connections.queryable()}
    role = ws.ctx.current_role()
conn = st.selectbox("Connection", list(names), format_func=names.__getitem__, key="_kn_conn")
can_edit = role in ("editor", "owner")
if not can_edit:
    st.info(f"You are a {esc(role)} here: you can read the team's knowledge; editors change it.")

# always drawn, warning or not: an element appearing above the tabs would reset the open tab
with st.container(), guarded():
    render_unresolved(svc, conn)

tabs = st.tabs([esc(f.title) for f in FORMS] + ["Import / export"])
for tab, form in zip(tabs, FORMS, strict=False):
    with tab, guarded():
        render_kind(svc, conn, form, can_edit=can_edit)
with tabs[-1], guarded():
    render_transfer(svc, conn, can_edit=can_edit)
