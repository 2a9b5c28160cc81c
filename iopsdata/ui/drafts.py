"""Keep a page's draft in the metadata store: restore it in a new session (a reload, another
replica) or after Streamlit dropped the widgets' state (another page was shown); write it back
only when it changed, so a rerun costs no store write."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import streamlit as st

from iopsdata.errors import IopsError

if TYPE_CHECKING:
    from iopsdata.drafts import DraftService


def _seen_key(page: str) -> str:
    return f"_draft_saved_{page}"


def restore(drafts: DraftService, page: str) -> dict[str, Any]:
    """The stored draft the first time a session asks for it, else ``{}``.

    A store error is not worth an error box here: the page works without its draft.
    """
    if _seen_key(page) in st.session_state:
        return {}
    try:
        draft = drafts.get(page)
    except IopsError:  # the draft is a convenience; the page must open without it
        draft = {}
    st.session_state[_seen_key(page)] = draft
    return draft


def remember(drafts: DraftService, page: str, **values: Any) -> None:
    """Store the draft when it differs from the last one stored in this session."""
    if st.session_state.get(_seen_key(page)) == values:
        return
    try:
        drafts.save(page, **values)
    except IopsError:  # keep working; the next change tries again
        return
    st.session_state[_seen_key(page)] = values


def restore_widgets(drafts: DraftService, page: str, keys: dict[str, str]) -> None:
    """Fill widget keys (``{draft field: widget key}``) that have no state from the draft: the
    stored one in a new session, else the last one remembered in this session (Streamlit drops
    a widget's state while another page is shown)."""
    draft = restore(drafts, page) or st.session_state.get(_seen_key(page)) or {}
    for field, key in keys.items():
        if key not in st.session_state and field in draft:
            st.session_state[key] = draft[field]


# -- the SQL page ---------------------------------------------------------------------------
_SQL_RAN = "_sql_draft_ran"
_SQL_RERUN = "_sql_draft_rerun"


def restore_sql(drafts: DraftService, text_key: str, connection_key: str) -> None:
    """Put the stored SQL text and connection back unless another page handed over its own, and
    note whether the restored text is the one last run there (its result is then run again)."""
    draft = restore(drafts, "sql")
    if not draft:
        return
    if text_key not in st.session_state and isinstance(draft.get("text"), str):
        from iopsdata.ui.sql_editor import set_text

        set_text(draft["text"])
    if connection_key not in st.session_state and draft.get("connection"):
        st.session_state[connection_key] = draft["connection"]
    ran = draft.get("ran")
    if isinstance(ran, list) and ran == [st.session_state.get(connection_key), draft.get("text")]:
        st.session_state[_SQL_RAN] = ran
        st.session_state[_SQL_RERUN] = True


def rerun_restored(connection: str, text: str, *, read_only: bool) -> bool:
    """True once after a restore, when the restored text on its connection should run again to
    bring back its result. Only on read-only connections: a restore never repeats a write."""
    if not st.session_state.pop(_SQL_RERUN, False):
        return False
    return read_only and st.session_state.get(_SQL_RAN) == [connection, text]


def remember_sql(drafts: DraftService, text: str, connection: str, *, ran: bool) -> None:
    """Store the editor's text, connection and (after a run) what ran."""
    if ran:
        st.session_state[_SQL_RAN] = [connection, text]
    remember(drafts, "sql", text=text, connection=connection, ran=st.session_state.get(_SQL_RAN))
