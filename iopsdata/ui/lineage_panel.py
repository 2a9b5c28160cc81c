"""A compact lineage panel for an executed query: what it read and wrote, column by column."""

from __future__ import annotations

from typing import Any

import streamlit as st

from iopsdata.numbers import counted
from iopsdata.ui.text import codes, esc


def render_lineage(summary: dict[str, Any] | None, *, key: str) -> None:
    """Show ``lineage_summary`` output (stored with every audit row) under a result."""
    if not summary or summary.get("error"):
        return
    reads, writes = summary.get("reads") or [], summary.get("writes") or []
    title = f"Lineage · reads {counted(len(reads), 'table')}" + (
        f", writes {len(writes):,}" if writes else ""
    )
    with st.expander(title, icon=":material/account_tree:"):
        if reads:
            st.markdown("**Reads:** " + codes(reads))
        if writes:
            st.markdown("**Writes:** " + codes(writes))
        if summary.get("changes"):
            st.markdown("**Changed (no data moved in):** " + codes(summary["changes"]))
        if summary.get("ctes"):
            st.markdown("**CTEs:** " + codes(summary["ctes"]))
        columns = summary.get("columns") or []
        if columns:
            st.markdown("**Columns used:** " + codes(columns))
        if summary.get("partial"):
            st.caption(
                "Partial: "
                + esc(
                    "; ".join(
                        summary.get("reasons") or ["part of the statement was not understood"]
                    )
                )
            )
        st.page_link(
            "pages/lineage.py",
            label="Open the Lineage page for the graph and impact",
            icon=":material/arrow_forward:",
        )
