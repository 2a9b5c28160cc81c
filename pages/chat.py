"""Chat: ask a question in plain words; get SQL, a short explanation, the result and a chart."""

import streamlit as st

from iopsdata.assistant.display import NO_PROVIDER_HELP
from iopsdata.assistant.models import Answer
from iopsdata.errors import ProviderError
from iopsdata.files import FILES_ID
from iopsdata.ui import chat_view as cv
from iopsdata.ui.errors import guarded, show_error
from iopsdata.ui.routing import ensure_app_routing
from iopsdata.ui.state import current_workspace
from iopsdata.ui.text import esc, esc_stream

ensure_app_routing()

st.title("Chat")
ws = current_workspace()
chat = ws.assistant
state = st.session_state

names = {}
with guarded():
    names = {c.id: c.title for c in ws.connections.queryable()}
threads: dict = {}
with guarded():
    threads = {t["id"]: t for t in chat.threads()}
thread = cv.sync_thread(threads, names)
thread_id = thread["id"] if thread else None
mine = thread is None or thread["mine"]

# -- threads (sidebar) -------------------------------------------------------------------------
with st.sidebar:
    st.subheader("Chats")
    st.button(
        "New chat", icon=":material/add:", key="_chat_new", width="stretch",
        on_click=cv.open_thread, args=(None,),
    )  # fmt: skip
    for t in threads.values():
        st.button(
            esc(t["title"] if t["mine"] else f"{t['title']} (shared)"),
            key=f"_chat_t_{t['id']}",
            type="primary" if t["id"] == thread_id else "secondary",
            width="stretch",
            on_click=cv.open_thread,
            args=(t["id"],),
        )
    if thread is not None and mine:
        with st.popover("Rename, share or delete", icon=":material/edit:"):
            title = st.text_input("Title", key="_chat_title")
            if st.button("Rename", key="_chat_rename") and title.strip():
                with guarded():
                    chat.rename_thread(thread["id"], title.strip())
                    st.rerun()
            shared = st.toggle("Share with workspace (read-only)", value=bool(thread["shared"]))
            if shared != bool(thread["shared"]):
                with guarded():
                    chat.share_thread(thread["id"], shared)
                    st.rerun()
            if st.button("Delete this chat", key="_chat_delete", type="primary"):
                with guarded():
                    chat.delete_thread(thread["id"])
                    cv.open_thread(None)
                    st.rerun()

# -- connection and tables ---------------------------------------------------------------------
cid = st.selectbox(
    "Ask about", list(names), format_func=names.__getitem__, key=cv.CONN,
    on_change=cv.connection_changed, args=(threads,),
)  # fmt: skip
target = None
with guarded():
    target = ws.connections.target(cid)
problem = None
with guarded():
    problem = chat.provider_problem()
# The chat input is pinned to the bottom wherever the script calls it: called before the slow
# part of the page (the catalog, the thread's answers), it reaches the browser, which loads its
# code meanwhile, instead of last.
question = st.chat_input(
    "Ask a question about your data",
    key="_chat_input",
    disabled=bool(problem) or target is None or not mine,
)
pinned, removed = cv.kept_tables()
state.setdefault(cv.TABLES_OPEN, bool(pinned))
tables_box = st.expander("Tables the assistant sees", key=cv.TABLES_OPEN, on_change="rerun")
# Drawn only while open: the connection's catalog (introspecting it) and a dozen widgets are not
# what a page opened to ask a question should wait for.
if tables_box.open:
    with tables_box:
        catalog = None
        if target is not None:
            with guarded():
                catalog = target.catalog()
        pinned, removed = cv.table_choices(
            [t.qualified_name for t in catalog.tables] if catalog else []
        )
        last = state.get("_chat_last")
        if last is not None:
            st.caption("Chosen for the last question:")
            cv.show_selection(last.selection)
        if target is not None and cid != FILES_ID:
            cv.value_index_controls(ws.value_index, target)
        preview_q = st.text_input("Preview the prompt for a question", key="_chat_preview_q")
        if (
            st.button("Show prompt", key="_chat_preview")
            and preview_q.strip()
            and target is not None
        ):
            with guarded():
                preview = chat.preview(preview_q, target, thread_id, pinned=pinned, removed=removed)
                st.caption(
                    f"≈ {preview.tokens:,} tokens · tables: {esc(', '.join(preview.selection.tables) or 'none')}"
                )
                cv.show_selection(preview.selection)
                for m in preview.as_messages():
                    st.markdown(f"**{esc(m['role'])}**")
                    st.code(m["content"], language="markdown", wrap_lines=True)

if problem:
    st.info(NO_PROVIDER_HELP, icon=":material/key:")

# -- conversation ------------------------------------------------------------------------------
messages = []
if thread_id:
    with guarded():
        messages = chat.messages(thread_id)
last = state.get("_chat_last")
for i, m in enumerate(messages):
    with st.chat_message(m["role"]):
        if m["role"] != "assistant" or not isinstance(m.get("payload"), dict):
            st.markdown(esc(m["content"] or ""))
        else:
            answer = Answer.from_dict(m["payload"], message_id=m["id"])
            if last is not None and last.message_id == m["id"]:
                answer = last  # the full result of the question just asked
            if not answer.failed:
                st.markdown(esc(answer.explanation or m["content"] or ""))
            last_turn = mine and i == len(messages) - 1
            cv.show_answer(
                answer,
                key=f"_chat_m{i}",
                chat=chat,
                target=target,
                can_retry=last_turn,
                sql=ws.sql,
            )


def ask(question: str, retry: bool = False, schema: str | None = None) -> None:
    """Ask (or retry the failed last question) and reopen the thread with the stored turn."""
    with st.chat_message("user"):
        st.markdown(esc(question))
    with st.chat_message("assistant"):
        try:
            stream = chat.ask_stream(
                question, target, thread_id, pinned=pinned, removed=removed, retry=retry,
                schema=schema,
            )  # fmt: skip
            st.write_stream(esc_stream(stream))
            answer = stream.result()
        except ProviderError as exc:
            if exc.thread_id is None:
                show_error(exc)
                return
            cv.open_thread(exc.thread_id)  # the thread keeps the question and the error
            st.rerun()
        except Exception as exc:  # shown as words, never a traceback
            show_error(exc)
            return
        cv.open_thread(answer.thread_id)
        state["_chat_last"] = answer
        st.rerun()


if target is not None and question:
    ask(question)
elif target is not None and (route := state.pop(cv.ROUTE, None)):
    ask(route[0], schema=route[1])
elif target is not None and state.pop(cv.RETRY, False) and messages:
    ask(messages[-2]["content"] if len(messages) > 1 else "", retry=True)
