"""SQL: pick a connection, write SQL, run it (Stop while it runs), see, chart and export the result.

Other pages open a statement here with ``st.session_state["sql_editor_text"]`` and
``st.session_state["sql_connection"]`` (a connection id, ``FILES_ID`` for Files) before ``st.switch_page``.
"""

import streamlit as st

from iopsdata.ui import drafts, sql_history
from iopsdata.ui import sql_editor as ed
from iopsdata.ui.errors import guarded, show_error
from iopsdata.ui.estimate_view import estimate_action
from iopsdata.ui.export_panel import FullExport
from iopsdata.ui.lineage_panel import render_lineage
from iopsdata.ui.result_view import render_result
from iopsdata.ui.routing import ensure_app_routing
from iopsdata.ui.schema_browser import schema_browser, show_profile
from iopsdata.ui.state import current_workspace
from iopsdata.ui.text import esc

ensure_app_routing()

st.title("SQL")
ws = current_workspace()
drafts.restore_sql(ws.settings.drafts, ed.TEXT_KEY, "sql_connection")

connections = {}
with guarded():
    connections = {c.id: c for c in ws.connections.queryable()}
names = {cid: c.title for cid, c in connections.items()}
ids = list(names)
if st.session_state.get("sql_connection") not in ids:
    st.session_state["sql_connection"] = ids[0]
st.session_state["_sql_conn_pick"] = st.session_state["sql_connection"]


def _picked() -> None:
    st.session_state["sql_connection"] = st.session_state["_sql_conn_pick"]
    st.session_state.pop("_sql_profile", None)


pick_col, badge_col, plain_col = st.columns([4, 2, 2], vertical_alignment="bottom")
cid = pick_col.selectbox(
    "Connection", ids, key="_sql_conn_pick", format_func=names.__getitem__, on_change=_picked
)
info = connections.get(cid)
dialect = info.dialect if info else ""
with badge_col:
    if info is not None and info.allow_writes:
        st.badge("Writable", icon=":material/edit:", color="orange")
    else:
        st.badge("Read-only", icon=":material/lock:", color="green")
    st.caption(esc(f"{info.label if info else ''} · {dialect}"))
if not ed.under_test():
    # the choice lives in a plain key: Streamlit drops a widget's own state while another page is
    # shown, which used to switch back to the code editor on every return to this page
    st.session_state["_sql_plain_pick"] = bool(st.session_state.get(ed.PLAIN_KEY, False))
    plain_col.toggle(
        "Plain editor",
        key="_sql_plain_pick",
        on_change=lambda: st.session_state.update(
            {ed.PLAIN_KEY: st.session_state["_sql_plain_pick"]}
        ),
        help="A plain text box instead of the code editor.",
    )

target = catalog = None
with guarded():
    target = ws.connections.target(cid)
    catalog = target.catalog()
if target is not None and catalog is not None:
    refresh, profile_name = schema_browser(catalog, key=f"_sql_schema_{cid}")
    if refresh:
        with guarded():
            target.catalog(refresh=True)
            st.rerun()
    show_profile(lambda table, c=cid: ws.connections.profile(c, table), profile_name)

editor = ed.sql_editor()
run_col, fmt_col, dialect_col, tr_col, est_col = st.columns(
    [1, 1, 2, 1, 1], vertical_alignment="bottom"
)
action = ed.action_row(editor, run_col, fmt_col)
if action == "format":
    with guarded():
        ed.set_text(ws.sql.format(editor.text, dialect))
        st.rerun()
to_dialect = dialect_col.selectbox("Transpile to", ed.DIALECTS, key="_sql_to_dialect")
if tr_col.button("Transpile", icon=":material/translate:", key="_sql_transpile"):
    with guarded():
        out = ws.sql.transpile(editor.text, dialect, to_dialect)
        st.session_state["_sql_transpiled"] = (editor.text, dialect, to_dialect, out)
shown = st.session_state.get("_sql_transpiled")
if (code := ed.transpiled_output(shown, editor.text, dialect, to_dialect)) is not None:
    with st.expander(f"In {esc(to_dialect)}", expanded=True):
        st.code(code, language="sql")

estimate_action(est_col, cid, editor.text, ws.sql.estimate)

read_only = info is None or not info.allow_writes
if drafts.rerun_restored(cid, editor.text, read_only=read_only):
    action = "run"  # a reload brings the last result back by running it again (read-only only)
drafts.remember_sql(ws.settings.drafts, editor.text, cid, ran=action == "run")
if action == "run" and target is not None and editor.text.strip():
    sql = editor.text
    ed.start_job(lambda rid, c=cid, q=sql: ws.sql.run(q, c, run_id=rid), ws.sql.cancel, sql, cid)

job, earlier = ed.job_output(ed.wait_for_job(), cid, editor.text)
if earlier:
    st.caption(":material/history: Result of an earlier version of the SQL; run it again.")
if job is not None:
    if job.error is not None:
        show_error(job.error)
    elif job.result is not None:
        render_result(
            job.result,
            key="sql_result",
            export=ws.sql.export,
            full_export=FullExport.of(ws.sql, job.sql, cid),
        )
        render_lineage(job.result.lineage, key="sql_lineage")

history_tab, saved_tab = st.tabs(["History", "Saved queries"])
with history_tab, guarded():
    sql_history.history_panel(
        lambda internal: ws.sql.history(limit=50, include_internal=internal), names
    )
with saved_tab, guarded():
    sql_history.saved_panel(
        ws.sql.saved(),
        on_save=lambda n, d, t: ws.sql.save(n, editor.text, cid, d, t),
        on_delete=ws.sql.delete_saved,
    )
