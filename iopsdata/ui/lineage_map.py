"""The Lineage page's workspace map: a table catalog, catalog questions, the graph, OpenLineage.

Everything comes from ``ws.lineage.map(...)``: audited runs, saved queries, chat answers (and
models once they are imported), filtered by source and date.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

import streamlit as st

from iopsdata.lineage.workspace_map import MODEL_PROVIDERS, SOURCE_LABELS, SOURCES
from iopsdata.ui.errors import guarded
from iopsdata.ui.lineage_graph import lineage_explorer
from iopsdata.ui.text import esc

if TYPE_CHECKING:
    from iopsdata.lineage.impact import ImpactKind
    from iopsdata.lineage.service import LineageService
    from iopsdata.lineage.workspace_map import WorkspaceMap

QUESTIONS = {
    "reads": "What reads it?",
    "writes": "What writes it?",
    "last": "Who ran it last, and when?",
    "drop": "What breaks if I drop it?",
    "rename": "What breaks if I rename it?",
}


def workspace_map_view(svc: LineageService, *, key: str = "_map") -> None:
    """Filters, catalog, questions, graph and the OpenLineage download."""
    src_col, from_col, to_col = st.columns([3, 1, 1], vertical_alignment="bottom")
    offered = [s for s in SOURCES if s != "model" or MODEL_PROVIDERS]  # models once registered
    sources = src_col.multiselect(
        "Sources",
        offered,
        default=offered,
        format_func=SOURCE_LABELS.__getitem__,
        key=f"{key}_sources",
    )
    start = from_col.date_input("From", value=None, key=f"{key}_from")
    end = to_col.date_input("To", value=None, key=f"{key}_to")
    wmap = None
    with guarded():
        wmap = svc.map(sources=sources, since=_day(start), until=_day(end, next_day=True))
    if wmap is None:
        return
    if not wmap.entries:
        st.info(
            "Nothing on the map for these filters: run or save a query, or ask the assistant, "
            "and it appears here."
        )
        return
    for note in wmap.left_out:
        st.caption(esc(note))
    tables = wmap.tables()
    a, b, c = st.columns(3)
    a.metric("Statements", f"{len(wmap.entries):,}")
    b.metric("Tables", f"{len(tables):,}")
    c.metric("Not understood", f"{wmap.unparsed:,}")
    per = st.segmented_control(
        "Catalog", ["Tables", "Columns"], default="Tables", required=True, key=f"{key}_per"
    )
    st.dataframe(
        tables if per == "Tables" else wmap.columns(),
        hide_index=True,
        key=f"{key}_catalog",
        column_order=("table", "column", "columns", "read by", "written by", "last run",
                      "run by", "sources", "connections"),
    )  # fmt: skip
    _questions(svc, wmap, key)
    # drawn on request: a workspace of thousands of statements is a large layout
    if st.toggle("Draw the workspace lineage graph", key=f"{key}_draw"):
        lineage_explorer(wmap.graph(), key=f"{key}_graph")
    _openlineage(svc, wmap, key)


def _openlineage(svc: LineageService, wmap: WorkspaceMap, key: str) -> None:
    """Build the events on request (about 1 s per 500 statements), then offer the file.

    A deferred (callable) download lost its click when the page reran in between, so the file is
    prepared by a button and kept for this map until the map changes.
    """
    state = f"{key}_openlineage_file"
    fingerprint = hash(tuple((e.key, e.at, e.runs) for e in wmap.entries))
    if st.button("Prepare OpenLineage export", icon=":material/conversion_path:", key=f"{key}_ol"):
        with guarded():
            st.session_state[state] = (fingerprint, svc.openlineage(workspace_map=wmap))
    ready = st.session_state.get(state)
    if ready and ready[0] == fingerprint:
        st.download_button(
            "Export OpenLineage events",
            ready[1],
            file_name="iopsdata-openlineage.jsonl",
            mime="application/x-ndjson",
            icon=":material/download:",
            key=f"{key}_openlineage",
            help="One OpenLineage RunEvent per statement (JSON lines), with column lineage.",
        )


def _questions(svc: LineageService, wmap: WorkspaceMap, key: str) -> None:
    t_col, q_col = st.columns([4, 2], vertical_alignment="bottom")
    target = t_col.text_input(
        "Table or column", placeholder="flights.dep_delay", key=f"{key}_target"
    )
    question = q_col.selectbox(
        "Question", list(QUESTIONS), format_func=QUESTIONS.__getitem__, key=f"{key}_question"
    )
    if not target.strip():
        return
    with guarded():
        rows: list[dict[str, Any]]
        if question in ("drop", "rename"):
            kind: ImpactKind = "drop" if question == "drop" else "rename"
            report = svc.map_impact(target, kind=kind, workspace_map=wmap)
            for note in report.notes:
                st.caption(esc(note))
            rows = report.rows()
        elif question == "last":
            last = wmap.last_run(target)
            rows = [last.row()] if last else []
        else:
            rows = [u.row() for u in wmap.uses(target) if u.how == question]
        if rows:
            st.write(f"{len(rows):,} statement(s).")
            st.dataframe(rows, hide_index=True, key=f"{key}_answer")
        elif unknown := wmap.unknown(target):  # a name no statement uses: a typo, not an all-clear
            st.warning(esc(unknown))
        else:
            st.success(f"No statement on the map answers that for {esc(target.strip())}.")


def _day(value: Any, *, next_day: bool = False) -> datetime | None:
    """A picked date as UTC midnight (the day after for an inclusive 'To')."""
    if not isinstance(value, date):
        return None
    day = value + timedelta(days=1) if next_day else value
    return datetime.combine(day, time(0), tzinfo=UTC)
