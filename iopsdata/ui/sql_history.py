"""The SQL page's History and Saved queries panels; "Load" puts a query in the editor."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from iopsdata.ui.errors import guarded
from iopsdata.ui.forms import form_round, form_saved
from iopsdata.ui.sql_editor import set_text

_STATUS_ICON = {"ok": "✓", "error": "✗", "refused": "⛔", "timeout": "⏱", "cancelled": "■"}


def _preview(sql: str, width: int = 90) -> str:
    flat = " ".join(sql.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _count(n: object) -> str:
    """A row count for the grid; blank for a statement that returned none (refused, failed)."""
    return "" if n is None else f"{int(n):,}"  # type: ignore[call-overload]


def history_panel(fetch: Callable[[bool], list[dict[str, Any]]], names: dict[str, str]) -> None:
    """The workspace's recent queries (status, elapsed, rows); "Load" puts one in the editor.

    Args:
        fetch: ``fetch(include_internal)`` returns the rows; the queries the app ran for itself
            (profiles, previews) are shown only when the user asks for them.
    """
    internal = st.toggle(
        "Show internal queries",
        key="_sql_history_internal",
        help="Queries the app ran for itself: table profiles and file previews.",
    )
    rows = fetch(internal)
    if not rows:
        st.caption("No queries yet.")
        return
    st.dataframe(
        [
            {
                "status": str(r["status"]),
                "when": r["created_at"],
                "source": str(r["source"]),
                "connection": names.get(str(r["connection_id"]), str(r["connection_id"])),
                "ms": None if r["elapsed_ms"] is None else round(float(r["elapsed_ms"])),
                "rows": _count(r["row_count"]),
                "sql": _preview(str(r["sql"])),
                "error": r["error"] or "",
            }
            for r in rows
        ],
        hide_index=True,
        key="_sql_history_grid",
    )
    by_id = {str(r["id"]): r for r in rows}
    pick, load = st.columns([5, 1], vertical_alignment="bottom")
    chosen = pick.selectbox(
        "Query from history",
        list(by_id),
        # one picker per list: showing or hiding internal queries starts at the newest again,
        # not at whatever entry the other list's choice happens to be in this one
        key="_sql_history_pick_all" if internal else "_sql_history_pick",
        format_func=lambda i: (
            f"{_STATUS_ICON.get(str(by_id[i]['status']), '')} {_preview(str(by_id[i]['sql']), 70)}"
        ),
    )
    if load.button("Load", key="_sql_history_load", icon=":material/input:") and chosen:
        set_text(str(by_id[chosen]["sql"]))
        if by_id[chosen]["connection_id"]:
            st.session_state["sql_connection"] = str(by_id[chosen]["connection_id"])
        st.rerun()


def saved_panel(
    saved: list[dict[str, Any]],
    *,
    on_save: Callable[[str, str, list[str]], object],
    on_delete: Callable[[str], object],
) -> None:
    """Save the editor's query (name, description, tags); load or delete saved ones."""
    r = form_round("_sql_save_form")  # a refused save keeps the name and description
    with st.form(f"_sql_save_form{r}"):
        c1, c2, c3 = st.columns([2, 3, 2])
        name = c1.text_input("Name", key=f"_sql_save_name{r}")
        description = c2.text_input("Description", key=f"_sql_save_desc{r}")
        tags = c3.text_input("Tags", key=f"_sql_save_tags{r}", placeholder="comma, separated")
        if st.form_submit_button("Save current query", icon=":material/bookmark_add:"):
            with guarded():
                on_save(name, description, [t.strip() for t in tags.split(",") if t.strip()])
                form_saved("_sql_save_form")
                st.rerun()  # redraw the list below with the new query
    if not saved:
        st.caption("No saved queries yet.")
        return
    by_id = {str(q["id"]): q for q in saved}
    st.dataframe(
        [
            {
                "name": q["name"],
                "description": q["description"],
                "tags": ", ".join(q["tags"] or []),
                "sql": _preview(str(q["sql"])),
            }
            for q in saved
        ],
        hide_index=True,
        key="_sql_saved_grid",
    )
    pick, load, drop = st.columns([4, 1, 1], vertical_alignment="bottom")
    chosen = pick.selectbox(
        "Saved query",
        list(by_id),
        key="_sql_saved_pick",
        format_func=lambda i: str(by_id[i]["name"]),
    )
    if load.button("Load", key="_sql_saved_load", icon=":material/input:") and chosen:
        set_text(str(by_id[chosen]["sql"]))
        if by_id[chosen]["connection_id"]:
            st.session_state["sql_connection"] = str(by_id[chosen]["connection_id"])
        st.rerun()
    if drop.button("Delete", key="_sql_saved_delete", icon=":material/delete:") and chosen:
        with guarded():
            on_delete(chosen)
            st.rerun()
