"""Chat page pieces: which thread is open (URL and session), which connection it asks, one answer.

The open thread lives in ``st.session_state`` and in the URL (``?thread=…``), so a reload or a
shared link opens it again. A thread belongs to one connection: opening it selects that
connection, whatever the "Ask about" widget held before (Streamlit drops a widget's state when
the user leaves the page, which is how a follow-up used to go to the first connection).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import streamlit as st

from iopsdata.assistant.display import cost_line
from iopsdata.ui.errors import guarded
from iopsdata.ui.estimate_view import show_estimate
from iopsdata.ui.result_view import render_result
from iopsdata.ui.text import code, codes, esc

if TYPE_CHECKING:
    from iopsdata.assistant.models import Answer
    from iopsdata.assistant.selection import Selection
    from iopsdata.assistant.service import AssistantService
    from iopsdata.assistant.value_index import ValueIndexService
    from iopsdata.sqlservice import SqlService
    from iopsdata.targets import QueryTarget
    from iopsdata.ui.export_panel import FullExport

THREAD = "_chat_thread"
CONN = "_chat_conn"  # the "Ask about" widget
KEEP_CONN = "chat_connection"  # survives leaving the page (widget state does not)
PINNED = "_chat_pinned"  # the "Always include" widget
REMOVED = "_chat_removed"  # the "Never include" widget
# Both lists, kept while "Tables the assistant sees" is closed: its widgets are not drawn then,
# and Streamlit drops the state of a widget a run does not draw.
KEEP_PINNED = "chat_pinned"
KEEP_REMOVED = "chat_removed"
TABLES_OPEN = "_chat_tables_open"  # the expander's open state
URL_SEEN = "_chat_url_thread"  # the ?thread= value this session last wrote or read
START = "chat_start"  # set by other pages: {"connection_id": …, "tables": [...]}
RUNS = "_chat_runs"  # message id -> full result of "Run again"
KEEP_RUNS = 3
RETRY = "_chat_retry"
ROUTE = "_chat_route"  # (question, schema): the user answered "which database?"


def ask_in_chat(connection_id: str, tables: list[str] | None = None) -> None:
    """From another page: open Chat on a new thread about ``connection_id`` with ``tables`` pinned."""
    st.session_state[START] = {"connection_id": connection_id, "tables": list(tables or [])}
    st.switch_page("pages/chat.py")


def open_thread(thread_id: str | None) -> None:
    """Open a thread (None: a new chat); also a button callback, so it runs before the page."""
    state = st.session_state
    if state.get(THREAD) != thread_id:
        for key in ("_chat_last", RETRY):
            state.pop(key, None)
    if thread_id is None:
        state.pop(THREAD, None)
        st.query_params.pop("thread", None)
    else:
        state[THREAD] = thread_id
        st.query_params["thread"] = thread_id
    state[URL_SEEN] = thread_id


def kept_tables() -> tuple[list[str], list[str]]:
    """The pinned and removed tables, whether or not their widgets are drawn this run."""
    state = st.session_state
    return list(state.get(KEEP_PINNED, [])), list(state.get(KEEP_REMOVED, []))


def table_choices(all_tables: list[str]) -> tuple[list[str], list[str]]:
    """The "Always include" and "Never include" widgets over ``all_tables``: seeded from the kept
    lists when they were not drawn in the last run, limited to this catalog's tables, kept again."""
    state = st.session_state
    for widget, keep in ((PINNED, KEEP_PINNED), (REMOVED, KEEP_REMOVED)):
        current = state.get(widget, state.get(keep, []))
        state[widget] = [t for t in current if t in all_tables]
    pinned = st.multiselect("Always include", all_tables, key=PINNED)
    removed = st.multiselect("Never include", all_tables, key=REMOVED)
    state[KEEP_PINNED], state[KEEP_REMOVED] = pinned, removed
    return pinned, removed


def sync_thread(threads: dict[str, dict[str, Any]], names: dict[str, str]) -> dict[str, Any] | None:
    """Settle the open thread and the asked connection before any widget is drawn.

    Order: a start request from another page (new thread, its connection, its tables pinned),
    else the URL when it changed (reload, back/forward, a link), else the session. Returns the
    open thread's row, or None for a new chat.
    """
    state = st.session_state
    start = state.pop(START, None)
    url = st.query_params.get("thread")
    if start:
        open_thread(None)
        if start.get("connection_id") in names:
            state[KEEP_CONN] = start["connection_id"]
        state[PINNED] = state[KEEP_PINNED] = list(start.get("tables") or [])
        state[TABLES_OPEN] = bool(state[PINNED])
    elif url != state.get(URL_SEEN) and url in threads:
        open_thread(url)
    thread = threads.get(state.get(THREAD) or "")
    open_thread(thread["id"] if thread else None)  # and into the URL, e.g. after leaving Chat
    if thread is None:
        pass
    elif thread.get("connection_id") in names:
        state[KEEP_CONN] = thread["connection_id"]
    else:
        state.setdefault(KEEP_CONN, state.get(CONN))
    if state.get(KEEP_CONN) in names:
        state[CONN] = state[KEEP_CONN]
    return thread


def connection_changed(threads: dict[str, dict[str, Any]]) -> None:
    """Another connection chosen: a thread asks one connection, so a different one starts a new chat."""
    state = st.session_state
    state[KEEP_CONN] = state.get(CONN)
    thread = threads.get(state.get(THREAD) or "")
    if thread is not None and thread.get("connection_id") not in (None, state.get(CONN)):
        open_thread(None)


def _other_database(answer: Answer, *, key: str, target: QueryTarget | None) -> None:
    """Every other database of the connection, for when the one meant is not among the buttons.

    The buttons hold the best few candidates; with dozens of look-alike databases the user's may
    rank lower. Picking one here answers exactly as its button would (the same ``ROUTE``)."""
    if target is None:
        return
    others = sorted({t.schema for t in target.catalog().tables if t.schema} - set(answer.choices))
    if not others:
        return

    def chosen() -> None:
        pick = st.session_state.get(f"{key}_route_other")
        if pick:
            st.session_state[ROUTE] = (answer.question, pick)

    st.selectbox(
        "Another database",
        others,
        index=None,
        placeholder="Another database…",
        key=f"{key}_route_other",
        on_change=chosen,
        label_visibility="collapsed",  # options are plain text: names need no escaping
    )


def _full_export(
    answer: Answer, target: QueryTarget | None, sql: SqlService | None
) -> FullExport | None:
    """The answer's statement again, every row into a file, on the connection it was run on
    (none for an answer written for another connection: ``AssistantService.execute`` refuses
    to run it there too)."""
    from iopsdata.ui.export_panel import FullExport

    if sql is None or target is None or not answer.sql:
        return None
    if answer.connection_id not in (None, target.id):
        return None
    return FullExport.of(sql, answer.sql, target.id)


def show_answer(
    answer: Answer,
    *,
    key: str,
    chat: AssistantService,
    target: QueryTarget | None,
    can_retry: bool,
    sql: SqlService | None = None,
) -> None:
    """One assistant turn: the failure (with Retry), or SQL, result, chart, lineage and cost.

    Args:
        sql: the workspace's SQL service: a result the row cap cut offers every row through its
            full export (the same guarded, audited path as the SQL page's).
    """
    state = st.session_state
    mid = answer.message_id
    if answer.choices:  # Chat asked which database/schema the question means
        if can_retry:
            per_row = 3  # up to six choices: two rows of readable buttons
            for start in range(0, len(answer.choices), per_row):
                row = answer.choices[start : start + per_row]
                for col, choice in zip(st.columns(per_row), row, strict=False):
                    if col.button(
                        esc(choice), key=f"{key}_route_{choice}", icon=":material/database:"
                    ):
                        state[ROUTE] = (answer.question, choice)
            _other_database(answer, key=key, target=target)
        return
    if answer.failed:
        st.error(esc(answer.error or "The AI provider failed."), icon=":material/cloud_off:")
        if can_retry and st.button("Retry", key=f"{key}_retry", icon=":material/refresh:"):
            state[RETRY] = True
        return
    if answer.sql:
        st.code(answer.sql, language="sql", wrap_lines=True)
        left, right = st.columns(2)
        if left.button("Open in SQL editor", key=f"{key}_open", icon=":material/code:"):
            state["sql_editor_text"] = answer.sql
            state["sql_connection"] = answer.connection_id or state.get(CONN)
            st.switch_page("pages/sql.py")
        if (
            mid
            and not answer.error
            and right.button("Approve as example", key=f"{key}_ok", icon=":material/verified:")
        ):
            with guarded():
                chat.approve(mid)
                st.toast("Saved as an example for this connection.")
    if answer.error:
        st.warning(esc(answer.error), icon=":material/block:")
    result = state.get(RUNS, {}).get(mid) or answer.result
    held = answer.held and result is None
    if held and answer.estimate is not None:
        show_estimate(answer.estimate, held=True)  # never auto-run: the user decides
    if result is not None:
        render_result(  # the chart in the Chart tab only
            result, key=key, chart=answer.chart, full_export=_full_export(answer, target, sql)
        )
    elif answer.row_count is not None:
        st.caption(f"{answer.row_count:,} rows when it ran.")
    runnable = bool(answer.sql and not answer.error and mid and target is not None)
    label = "Run anyway" if held else "Run again" if answer.executed else "Run"
    if runnable and st.button(label, key=f"{key}_run", icon=":material/play_arrow:"):
        with guarded():
            assert mid is not None and target is not None
            runs = state.setdefault(RUNS, {})
            runs[mid] = chat.execute(mid, target)
            for old in list(runs)[:-KEEP_RUNS]:  # full results are big: keep the latest few
                del runs[old]
            st.rerun()
    lineage = answer.lineage or {}
    if lineage.get("reads"):
        with st.expander("Lineage"):
            st.markdown("**Tables read:** " + codes(lineage["reads"]))
            if lineage.get("columns"):
                st.markdown("**Columns:** " + codes(lineage["columns"]))
    st.caption(esc(cost_line(answer)))


def show_selection(selection: Selection) -> None:
    """Why each table is in (pruned long tables say so), the join paths used and matched values."""
    for name in selection.tables:
        st.markdown(f"- {code(name)} — {esc(selection.reasons.get(name, ''))}")
    if selection.budget:
        st.caption(
            f"≈ {selection.tokens:,} of a {selection.budget:,}-token budget "
            "(a share of the whole schema, between a floor and a ceiling)."
        )
    if selection.joins:
        st.caption("Join paths between these tables:")
        for j in selection.joins:
            how = j.source.replace("_", " ")
            if j.source == "inferred":
                how += f", confidence {j.confidence:.0%}"
            said = j.reason or f"{j.left_table} ↔ {j.right_table}"
            # a foreign key's reason already says so: "foreign key flights(carrier) → airlines"
            tail = "" if said.lower().startswith(how) else f" ({how})"
            st.markdown(f"- {esc(said + tail)}")
    if selection.values:
        st.caption("Values named in the question:")
        for m in selection.values:
            st.markdown(f"- {code(m.table + '.' + m.column)} = {code(m.value)}")


def value_index_controls(index: ValueIndexService, target: QueryTarget) -> None:
    """The connection's value index: when it was refreshed, refresh now, and the schedule."""
    hints, at = index.get(target.id)
    when = (
        f"refreshed {at:%Y-%m-%d %H:%M} UTC, values of {len(hints)} tables"
        if at
        else "never refreshed"
    )
    st.caption(f"Value index (known values Chat matches in questions): {esc(when)}.")
    left, right = st.columns(2)
    if left.button("Refresh values now", key="_chat_vi_refresh", icon=":material/refresh:"):
        with guarded(), st.spinner("Profiling text columns…"):
            counts = index.refresh(target)
            done = f"Value index: {counts['tables']} tables profiled, {counts['failed']} skipped."
            st.toast(esc(done))
            st.rerun()
    hours = index.schedule(target.id) or 0.0
    new = right.number_input(
        "Refresh every (hours, 0 = on demand)", min_value=0.0, value=float(hours), step=1.0,
        key=f"_chat_vi_hours_{target.id}",
    )  # fmt: skip
    if new != hours:
        with guarded():
            index.set_schedule(target.id, new or None)
            st.toast(
                "Schedule saved; `python -m iopsdata.assistant.value_index` runs due refreshes."
            )
