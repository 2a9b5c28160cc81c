"""Lineage: what a statement reads and writes, column by column, and what a change would break."""

import streamlit as st

from iopsdata.lineage import DIALECTS, KIND_LABELS
from iopsdata.ui import drafts
from iopsdata.ui.errors import guarded
from iopsdata.ui.lineage_graph import image_exports, lineage_explorer
from iopsdata.ui.lineage_map import workspace_map_view
from iopsdata.ui.routing import ensure_app_routing
from iopsdata.ui.state import current_workspace
from iopsdata.ui.text import esc

ensure_app_routing()

st.title("Lineage")
ws = current_workspace()
svc = ws.lineage
drafts.restore_widgets(
    ws.settings.drafts, "lineage", {"sql": "_lin_sql", "dialect": "_lin_dialect"}
)
if st.session_state.get("_lin_dialect") not in DIALECTS:
    st.session_state.pop("_lin_dialect", None)

statement_tab, map_tab = st.tabs(["Statement", "Workspace map"])
with statement_tab:
    options = ["Paste SQL", "Saved or recent query"]
    source = st.segmented_control(
        "Statement", options, default=options[0], key="_lin_source", required=True
    )
    if source == options[1]:
        records = []
        with guarded():
            records = svc.records(history_limit=300)
        if not records:
            st.info(
                "No saved queries, query history or chat answers yet. Run or save a query on the SQL page, or paste SQL here."
            )
        else:
            rec = st.selectbox(
                "Query",
                records,
                key="_lin_record",
                format_func=lambda r: f"{r.name} — {' '.join(r.sql.split())[:70]}",
            )
            if rec is not None and st.session_state.get("_lin_loaded") != (rec.source, rec.id):
                st.session_state["_lin_loaded"] = (rec.source, rec.id)
                st.session_state["_lin_sql"] = rec.sql
                if rec.dialect in DIALECTS:
                    st.session_state["_lin_dialect"] = rec.dialect

    sql_col, dialect_col = st.columns([5, 1])
    sql = sql_col.text_area(
        "SQL", key="_lin_sql", height=160, placeholder="WITH … SELECT …; INSERT … SELECT …; MERGE …"
    )
    dialect = dialect_col.selectbox("Dialect", DIALECTS, key="_lin_dialect")
    drafts.remember(ws.settings.drafts, "lineage", sql=sql, dialect=dialect)

    lineage = None
    if sql.strip():
        with guarded():
            lineage = svc.extract(sql, dialect)

    if lineage is not None:
        if lineage.partial:
            st.warning(
                "Partly understood — only what could be read is shown:\n\n"
                + "\n".join(f"- {esc(r)}" for r in lineage.reasons)
            )
        groups = {
            "Reads": lineage.reads,
            "Writes": lineage.writes,
            "Intermediate": lineage.intermediates,
            "CTEs": lineage.ctes,
        }
        for col, (label, items) in zip(st.columns(4), groups.items(), strict=True):
            col.metric(esc(label), len(items))
            col.caption(esc(", ".join(items) or "—"))
        if lineage.files_read or lineage.files_written:
            st.caption(
                f"Files read: {esc(', '.join(lineage.files_read) or '—')} · written: {esc(', '.join(lineage.files_written) or '—')}"
            )
        if lineage.changes:  # TRUNCATE, DELETE without a source, renames, drops: no data moved
            st.caption(f"Tables changed without data moving in: {esc(', '.join(lineage.changes))}")
        with st.expander(
            f"Columns used ({len(lineage.columns)}) and column lineage ({len(lineage.edges)})"
        ):
            st.write(esc(", ".join(map(str, lineage.columns)) or "No columns."))
            if lineage.edges:
                st.dataframe(lineage.edge_rows(), hide_index=True)

        shown, drawn_dot = lineage_explorer(lineage.graph(), key="_lin")
        json_col, dot_col = st.columns(2)
        json_col.download_button(
            "Export JSON",
            lineage.export_json(),
            file_name="lineage.json",
            mime="application/json",
            icon=":material/download:",
            key="_lin_json",
        )
        dot_col.download_button(
            "Export DOT",
            drawn_dot,
            file_name="lineage.dot",
            mime="text/vnd.graphviz",
            icon=":material/download:",
            key="_lin_dot",
        )
        image_exports(drawn_dot, key="_lin")

    st.subheader("Impact")
    st.caption("Search saved queries, query history and chat answers for a table or column.")
    t_col, k_col = st.columns([4, 2], vertical_alignment="bottom")
    target = t_col.text_input("Table or column", placeholder="flights.dep_delay", key="_lin_target")
    kind = k_col.selectbox(
        "Question", list(KIND_LABELS), key="_lin_kind", format_func=KIND_LABELS.__getitem__
    )
    if target.strip():
        with guarded():
            report = svc.impact_report(target, kind=kind)
            for note in report.notes:
                st.caption(esc(note))
            if not report.scanned:
                st.info(
                    "This workspace has no saved queries, history or chat answers yet, so nothing can be affected."
                )
            elif report.unknown:  # a name no statement uses: a typo, not an all-clear
                st.warning(esc(report.unknown))
            elif not report.hits:
                st.success(
                    f"None of the {report.scanned:,} statements in this workspace touch {esc(report.target)}."
                )
            else:
                st.write(f"{len(report.hits):,} of {report.scanned:,} statements are affected.")
                st.dataframe(report.rows(), hide_index=True)

with map_tab:
    workspace_map_view(svc)
