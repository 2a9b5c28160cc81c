"""Sidebar schema browser: schemas → tables → columns (type, PK, FK, comment), refresh and profile.

A catalog can hold thousands of tables, so the list is filtered by a search box and capped; a
table's columns are drawn only inside its expander.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from iopsdata.numbers import counted
from iopsdata.ui.errors import guarded
from iopsdata.ui.profile_view import render_profile
from iopsdata.ui.text import code, esc

if TYPE_CHECKING:
    from collections.abc import Callable

    from iopsdata.catalog.model import Catalog, Table
    from iopsdata.profiling import Profile

MAX_TABLES = 60
_PROFILE_KEY = "_sql_profile"


def schema_browser(catalog: Catalog, *, key: str) -> tuple[bool, str | None]:
    """Draw the browser in the sidebar.

    Returns:
        ``(refresh, profile)``: whether "Refresh" was clicked, and the qualified name of a table
        whose "Profile" button was clicked (or ``None``).
    """
    sb = st.sidebar
    head, button = sb.columns([3, 1], vertical_alignment="center")
    head.markdown("**Schema**")
    refresh = button.button(
        "", icon=":material/refresh:", key=f"{key}_refresh", help="Re-read the schema"
    )
    if not catalog.tables:
        sb.caption("No tables.")
        return refresh, None
    schemas = sorted({t.schema or "" for t in catalog.tables})
    chosen = None
    if len(schemas) > 1:
        default = schemas.index(catalog.default_schema) if catalog.default_schema in schemas else 0
        chosen = sb.selectbox(
            "Schema",
            schemas,
            index=default,
            key=f"{key}_schema",
            format_func=lambda s: s or "(none)",
        )
    search = (
        sb.text_input("Find a table or column", key=f"{key}_search", placeholder="name…")
        .strip()
        .lower()
    )
    tables = [t for t in catalog.tables if chosen is None or (t.schema or "") == chosen]
    if search:
        tables = [
            t
            for t in tables
            if search in t.name.lower() or any(search in c.name.lower() for c in t.columns)
        ]
    sb.caption(
        counted(len(tables), "table")
        + (f", first {MAX_TABLES} shown" if len(tables) > MAX_TABLES else "")
    )
    profile = None
    for t in tables[:MAX_TABLES]:
        icon = ":material/visibility:" if t.kind == "view" else ":material/table:"
        with sb.expander(esc(t.name), icon=icon):
            st.markdown(table_markdown(t))
            if st.button(
                "Profile", key=f"{key}_prof_{t.qualified_name}", icon=":material/query_stats:"
            ):
                profile = t.qualified_name
    return refresh, profile


def table_markdown(table: Table) -> str:
    """Columns as a compact Markdown list: name, type, PK/FK markers and the comment (every name,
    type and comment comes from the database, so each goes through ``esc``/``code``)."""
    fk = {
        c: code(f"{f.ref_table}.{rc}")
        for f in table.foreign_keys
        for c, rc in zip(f.columns, f.ref_columns, strict=False)
    }
    lines = []
    if table.comment:
        lines.append(f"*{esc(table.comment)}*\n")
    if table.row_estimate is not None:
        lines.append(f"~{table.row_estimate:,} rows\n")
    for c in table.columns:
        marks = " 🔑" if c.primary_key else ""
        if c.name in fk:
            marks += f" → {fk[c.name]}"
        note = f" — {esc(c.comment)}" if c.comment else ""
        lines.append(f"- {code(c.name)} {esc(c.type.lower())}{marks}{note}")
    return "\n".join(lines)


def show_profile(profile_of: Callable[[str], Profile], name: str | None) -> None:
    """Compute the profile when asked; keep showing the last one (per session) until dismissed.

    Args:
        profile_of: the service call that profiles a table by name (``ws.connections.profile``).
    """
    if name:
        with guarded(), st.spinner(f"Profiling {esc(name)}…"):
            st.session_state[_PROFILE_KEY] = (name, profile_of(name))
    shown = st.session_state.get(_PROFILE_KEY)
    if not shown:
        return
    title, profile = shown
    with st.expander(f"Profile of {esc(title)}", expanded=True, icon=":material/query_stats:"):
        if st.button("Close profile", key="_sql_profile_close"):
            st.session_state.pop(_PROFILE_KEY, None)
            st.rerun()
        render_profile(profile, key="sql_profile")
