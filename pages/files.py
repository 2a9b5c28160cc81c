"""Files: upload CSV/TSV/Parquet/JSON/Excel, see and profile them, query them in SQL or Chat."""

import streamlit as st

from iopsdata.files import FILES_ID
from iopsdata.ui import files_view as fv
from iopsdata.ui.chat_view import ask_in_chat
from iopsdata.ui.errors import guarded
from iopsdata.ui.export_panel import FullExport
from iopsdata.ui.result_view import render_result
from iopsdata.ui.routing import ensure_app_routing
from iopsdata.ui.state import current_workspace
from iopsdata.ui.text import esc

ensure_app_routing()

st.title("Files")
ws = current_workspace()
limit = ws.ctx.settings.max_upload_mb

can_edit = ws.ctx.role in ("editor", "owner")
if can_edit:
    with st.form("upload_form", clear_on_submit=True, border=True):
        uploads = st.file_uploader(
            f"Add files (CSV, TSV, Parquet, JSON, NDJSON, Excel .xlsx; up to {limit:,} MB each)",
            type=["csv", "tsv", "txt", "parquet", "json", "ndjson", "jsonl", "xlsx"],
            accept_multiple_files=True,
            key="files_uploader",
        )
        submitted = st.form_submit_button(
            "Add to workspace", icon=":material/upload:", type="primary"
        )
    if submitted and uploads:
        added = fv.upload_files(ws.files, uploads)
        if added:
            st.session_state["files_selected"] = added[-1].id
else:
    st.caption("You can read this workspace's files; uploading needs the editor role.")

search = st.text_input("Search files", key="files_search", placeholder="name or table")
assets = []
with guarded():
    assets = ws.files.list(search)
if not assets:
    st.info(
        "No files yet. Upload one above; each file becomes a table you can query in SQL and Chat."
    )
    st.stop()

fv.file_table(assets)
by_id = {a.id: a for a in assets}
ids = list(by_id)
if st.session_state.get("files_selected") not in ids:
    st.session_state["files_selected"] = ids[0]
chosen = st.selectbox(
    "File",
    ids,
    key="files_selected",
    format_func=lambda i: f"{by_id[i].table_name} — {by_id[i].name}",
)
asset = by_id[chosen]
st.subheader(esc(asset.name))
fv.file_summary(asset)

sql_col, chat_col, del_col = st.columns(3)
if sql_col.button("Query in SQL", icon=":material/code:", key="files_to_sql"):
    st.session_state["sql_editor_text"] = f'SELECT * FROM "{asset.table_name}" LIMIT 100'
    st.session_state["sql_connection"] = FILES_ID
    st.switch_page("pages/sql.py")
if chat_col.button("Ask in Chat", icon=":material/chat:", key="files_to_chat"):
    ask_in_chat(FILES_ID, [asset.table_name])  # a new chat on the Files connection, file pinned
if can_edit:
    confirm = del_col.checkbox("Confirm delete", key=f"files_confirm_{asset.id}")
    if del_col.button("Delete", icon=":material/delete:", key="files_delete", disabled=not confirm):
        with guarded():
            ws.files.remove(asset.id)
            st.session_state.pop("files_selected", None)
            st.toast(f"Deleted {esc(asset.name)}")
            st.rerun()

preview_tab, profile_tab = st.tabs(["Preview", "Profile"])
with preview_tab, guarded():
    render_result(
        fv.cached_preview(ws.files, asset),
        key=f"files_preview_{asset.id}",
        file_stem=asset.table_name,
        # every row of the file, not the preview's
        full_export=FullExport.of(ws.sql, ws.files.table_sql(asset), FILES_ID),
    )
with profile_tab:
    fv.profile_tab(ws.files, asset)
