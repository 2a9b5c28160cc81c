"""Evaluate: how often Chat is right on a golden set, per provider and model, side by side."""

import streamlit as st

from iopsdata.ui import eval_view
from iopsdata.ui.routing import ensure_app_routing
from iopsdata.ui.state import current_workspace

ensure_app_routing()

st.title("Evaluate")
st.caption(
    "Run a golden set of questions with known-good SQL through Chat, for one or more models, and "
    "compare accuracy, latency and cost question by question."
)
ws = current_workspace()

chosen = eval_view.golden_set(ws)
if chosen is not None:
    eval_view.questions(ws, chosen)
    configs, ceiling, limit = eval_view.configurations(ws)
    eval_view.start_button(ws, chosen, configs, ceiling, limit)
    run_id = eval_view.run_picker(ws, chosen)
    if run_id is not None:
        eval_view.watch(ws, run_id)
        eval_view.comparison(ws, run_id)
    eval_view.history(ws, chosen)
