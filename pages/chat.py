"""Chat: ask a question in plain words; get SQL, a short explanation, the result and a chart."""

import streamlit as st

from iopsdata import charts
from iopsdata.assistant.display import NO_PROVIDER_HELP, cost_line
from iopsdata.ui.errors import guarded
from iopsdata.ui.result_view import render_result
from iopsdata.ui.routing import ensure_app_routing
from iopsdata.ui.state import current_workspace

ensure_app_routing()

FILES = "files"
st.title("Chat")
ws = current_workspace()
chat = ws.assistant
state = st.session_state

# -- threads (sidebar) -------------------------------------------------------------------------
threads = []
with guarded():
    threads = chat.threads()
with st.sidebar:
    st.subheader("Chats")
    if st.button("New chat", icon=":material/add:", key="_chat_new", width="stretch"):
        state.pop("_chat_thread", None)
        state.pop("_chat_last", None)
    for t in threads:
        current = t["id"] == state.get("_chat_thread")
        if st.button(
            t["title"],
            key=f"_chat_t_{t['id']}",
            type="primary" if current else "secondary",
            width="stretch",
        ):
            state["_chat_thread"] = t["id"]
            state.pop("_chat_last", None)
    thread_id = state.get("_chat_thread")
    if thread_id and any(t["id"] == thread_id for t in threads):
        with st.popover("Rename or delete", icon=":material/edit:"):
            title = st.text_input("Title", key="_chat_title")
            if st.button("Rename", key="_chat_rename") and title.strip():
                with guarded():
                    chat.rename_thread(thread_id, title.strip())
                    st.rerun()
            if st.button("Delete this chat", key="_chat_delete", type="primary"):
                with guarded():
                    chat.delete_thread(thread_id)
                    state.pop("_chat_thread", None)
                    st.rerun()
    else:
        thread_id = None

# -- connection and tables ---------------------------------------------------------------------
connections = {}
with guarded():
    connections = {c.id: c.name for c in ws.connections.list()}
names = {**connections, FILES: "Files (uploaded files)"}
cid = st.selectbox("Ask about", list(names), format_func=names.__getitem__, key="_chat_conn")
target = catalog = None
with guarded():
    target = ws.files.target() if cid == FILES else ws.connections.target(cid)
    catalog = target.catalog()
all_tables = [t.qualified_name for t in catalog.tables] if catalog else []
with st.expander("Tables the assistant sees"):
    pinned = st.multiselect("Always include", all_tables, key="_chat_pinned")
    removed = st.multiselect("Never include", all_tables, key="_chat_removed")
    last = state.get("_chat_last")
    if last is not None:
        st.caption("Chosen for the last question:")
        for name in last.selection.tables:
            st.markdown(f"- `{name}` — {last.selection.reasons.get(name, '')}")
    preview_q = st.text_input("Preview the prompt for a question", key="_chat_preview_q")
    if st.button("Show prompt", key="_chat_preview") and preview_q.strip() and target is not None:
        with guarded():
            preview = chat.preview(preview_q, target, thread_id, pinned=pinned, removed=removed)
            st.caption(
                f"≈ {preview.tokens:,} tokens · tables: {', '.join(preview.selection.tables) or 'none'}"
            )
            for m in preview.as_messages():
                st.markdown(f"**{m['role']}**")
                st.code(m["content"], language="markdown")

problem = None
with guarded():
    problem = chat.provider_problem()
if problem:
    st.info(NO_PROVIDER_HELP, icon=":material/key:")


def show_answer(payload: dict, key: str, message_id: str | None, answer=None) -> None:
    """One assistant turn: SQL (+ open in editor), result, chart, lineage, cost, approve."""
    if payload.get("sql"):
        st.code(payload["sql"], language="sql")
        left, right = st.columns(2)
        if left.button("Open in SQL editor", key=f"{key}_open", icon=":material/code:"):
            state["sql_editor_text"] = payload["sql"]
            state["sql_connection"] = payload.get("connection_id") or cid
            st.switch_page("pages/sql.py")
        if (
            message_id
            and not payload.get("error")
            and right.button("Approve as example", key=f"{key}_ok", icon=":material/verified:")
        ):
            with guarded():
                chat.approve(message_id)
                st.toast("Saved as an example for this connection.")
    if payload.get("error"):
        st.warning(payload["error"], icon=":material/block:")
    if answer is not None and answer.result is not None:
        render_result(answer.result, key=key, chart=answer.chart)
    elif payload.get("row_count") is not None:
        st.caption(f"{payload['row_count']:,} rows when it ran.")
    elif (
        payload.get("sql")
        and not payload.get("error")
        and message_id
        and target is not None
        and st.button("Run", key=f"{key}_run", icon=":material/play_arrow:")
    ):
        with guarded():
            result = chat.execute(message_id, target)
            spec = payload.get("chart") and charts.ChartSpec.from_dict(payload["chart"])
            render_result(result, key=f"{key}_res", chart=spec or None)
    lineage = payload.get("lineage") or {}
    if lineage.get("reads"):
        with st.expander("Lineage"):
            st.markdown("**Tables read:** " + ", ".join(f"`{t}`" for t in lineage["reads"]))
            if lineage.get("columns"):
                st.markdown("**Columns:** " + ", ".join(f"`{c}`" for c in lineage["columns"]))
    st.caption(cost_line(payload))


# -- conversation ------------------------------------------------------------------------------
messages = []
if thread_id:
    with guarded():
        messages = chat.messages(thread_id)
last = state.get("_chat_last")
for i, m in enumerate(messages):
    with st.chat_message(m["role"]):
        st.markdown(m["content"] or "")
        if m["role"] == "assistant" and isinstance(m.get("payload"), dict):
            live = last if last is not None and last.message_id == m["id"] else None
            show_answer(m["payload"], f"_chat_m{i}", m["id"], live)

question = st.chat_input(
    "Ask a question about your data", key="_chat_input", disabled=bool(problem) or target is None
)
if question and target is not None:
    with st.chat_message("user"):
        st.markdown(question)
    with st.chat_message("assistant"), guarded():
        stream = chat.ask_stream(question, target, thread_id, pinned=pinned, removed=removed)
        st.write_stream(stream)
        answer = stream.result()
        state["_chat_thread"] = answer.thread_id
        state["_chat_last"] = answer
        st.rerun()
