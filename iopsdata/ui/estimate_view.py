"""A query's plan estimate on screen: Chat's held answer and the SQL page's "Estimate" action."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import streamlit as st

from iopsdata.ui.errors import guarded
from iopsdata.ui.text import esc

if TYPE_CHECKING:
    from iopsdata.estimate import Estimate

ICON = ":material/speed:"
KEY = "_sql_estimate"  # (connection, sql, Estimate) of the last "Estimate"
HELP = "Ask the database for its plan (EXPLAIN, never ANALYZE): how many rows this would read."


def show_estimate(estimate: Estimate, *, held: bool = False) -> None:
    """The estimate in one line: a warning above the connection's limit, else a note.

    ``held``: Chat did not run the answer because of it (the caller offers "Run anyway").
    """
    text = estimate.summary()
    if held:
        st.warning(
            esc(text + " Chat did not run it: run it anyway, or ask for a narrower question."),
            icon=ICON,
        )
    elif estimate.over:
        st.warning(esc(text), icon=ICON)
    else:
        st.info(esc(text), icon=ICON)


def estimate_action(
    col: Any, connection: str, sql: str, estimate: Callable[[str, str], Estimate]
) -> None:
    """The SQL page's "Estimate" button in ``col``: the plan's estimate of the editor's SQL,
    without running it; shown until the SQL or the connection changes."""
    if col.button("Estimate", icon=ICON, key="_sql_estimate_btn", help=HELP) and sql.strip():
        with guarded():
            st.session_state[KEY] = (connection, sql, estimate(sql, connection))
    kept = st.session_state.get(KEY)
    if kept is not None and kept[:2] == (connection, sql):
        show_estimate(kept[2])
