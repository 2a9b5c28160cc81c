"""The SQL editor widget: Ace (streamlit-code-editor) with Ctrl+Enter, or a plain text area.

The editor's text lives under ``st.session_state["sql_editor_text"]`` so other pages (Files, Chat)
can put a statement there before ``st.switch_page("pages/sql.py")``. ``AppTest`` cannot type into a
custom component (FACTS.md), so under test, or when the user ticks "Plain editor", a
``st.text_area`` is used instead.
"""

from __future__ import annotations

import sys
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import streamlit as st

from iopsdata.ui.text import esc

if TYPE_CHECKING:
    from iopsdata.result import QueryResult

TEXT_KEY = "sql_editor_text"  # the shared contract with other pages
_AREA_KEY = "_sql_area"
_AREA_SRC = "_sql_area_src"
_VERSION = "_sql_editor_version"
_LAST_EVENT = "_sql_editor_event"
PLAIN_KEY = "sql_plain_editor"
DEFAULT_SQL = "SELECT 1 AS answer"


@dataclass(frozen=True)
class EditorState:
    """What the editor produced in this run.

    Attributes:
        text: the editor's text as of this run.
        action: ``"run"`` or ``"format"`` when the user asked for it in this run, else ``None``.
            In the code editor the action comes with the text the editor held at that moment, in
            the same message, so it can never act on an older text.
        plain: True for the plain text area (its Run and Format are Streamlit buttons).
    """

    text: str
    action: str | None = None
    plain: bool = False

    @property
    def submitted(self) -> bool:
        return self.action == "run"


# The code editor's own buttons. Their clicks send the editor's current text in the same message
# as the action ("submit" for Run, a "format" response for Format), which a Streamlit button
# outside the editor cannot do: it only sees the text of the last change event the component sent.
_ACE_BUTTONS: list[dict[str, Any]] = [
    {
        "name": "Run",
        "feather": "Play",
        "primary": True,
        "hasText": True,
        "alwaysOn": True,
        "showWithIcon": True,
        "commands": ["submit"],
        "style": {"bottom": "0.4rem", "right": "0.4rem"},
    },
    {
        "name": "Format",
        "feather": "AlignLeft",
        "hasText": True,
        "alwaysOn": True,
        "showWithIcon": True,
        "commands": [["response", "format"]],
        "style": {"bottom": "0.4rem", "right": "5rem"},
    },
]
_ACE_ACTIONS = {"submit": "run", "format": "format"}
RUN_HINT = "Run with the editor's Run button or Ctrl+Enter (Cmd+Enter on a Mac)."


def under_test() -> bool:
    """True inside ``streamlit.testing`` (AppTest), where a component cannot be typed into."""
    return "streamlit.testing.v1" in sys.modules


def get_text() -> str:
    return str(st.session_state.get(TEXT_KEY) or DEFAULT_SQL)


def set_text(text: str) -> None:
    """Replace the editor's text (from history, saved queries, Format, Transpile).

    Call it before the editor is drawn in a run, or follow it with ``st.rerun()``.
    """
    st.session_state[TEXT_KEY] = text
    st.session_state[_VERSION] = int(st.session_state.get(_VERSION, 0)) + 1


def sql_editor(*, height: int = 220) -> EditorState:
    """Draw the editor and return its current text and the action asked for in this run."""
    plain = under_test() or bool(st.session_state.get(PLAIN_KEY, False))
    return _plain(height) if plain else _ace(height)


def action_row(editor: EditorState, run_col: Any, fmt_col: Any) -> str | None:
    """The Run and Format buttons of the plain editor; the code editor has its own.

    No Ctrl+Enter hint here: in the plain text area Ctrl+Enter only applies the text (the code
    editor shows its own hint, where Ctrl+Enter does run).
    """
    if not editor.plain:
        return editor.action
    if run_col.button("Run", type="primary", icon=":material/play_arrow:", key="_sql_run"):
        return "run"
    if fmt_col.button("Format", icon=":material/format_align_left:", key="_sql_format"):
        return "format"
    return None


def _plain(height: int) -> EditorState:
    text = get_text()
    # Push the text into the widget when it changed elsewhere, or when the widget's state is gone:
    # Streamlit drops a widget's state on any run that does not draw it (another page was open),
    # and the empty box would then overwrite the text, so the next query typed was replaced by
    # the default (seen by the load driver: hundreds of "typing reset" retries in a soak).
    if _AREA_KEY not in st.session_state or st.session_state.get(_AREA_SRC) != text:
        st.session_state[_AREA_KEY] = text
    value = st.text_area("SQL", key=_AREA_KEY, height=height, label_visibility="collapsed")
    st.session_state[TEXT_KEY] = value
    st.session_state[_AREA_SRC] = value
    return EditorState(value, plain=True)


def _ace(height: int) -> EditorState:
    from code_editor import code_editor

    text = get_text()
    version = int(st.session_state.get(_VERSION, 0))
    lines = max(8, height // 20)
    response = code_editor(
        text,
        lang="sql",
        height=[lines, lines + 12],
        # "blur", not "debounce": a debounced change event fires 250 ms after the last key, so a
        # Run clicked sooner ran the text before it, and a change event landing right after a
        # submit replaced it in Streamlit's widget state (the run was lost). On blur the text is
        # sent as focus leaves the editor, before a click elsewhere on the page is handled.
        response_mode="blur",
        buttons=_ACE_BUTTONS,
        options={"wrap": True, "showLineNumbers": True},
        key=f"_sql_ace_{version}",  # a new key remounts the editor with text set from Python
    )
    st.caption(RUN_HINT)
    event = (response or {}).get("id") or ""
    if not event or event == st.session_state.get(_LAST_EVENT):
        return EditorState(text)
    st.session_state[_LAST_EVENT] = event
    value = str(response.get("text") or "")
    st.session_state[TEXT_KEY] = value
    return EditorState(value, _ACE_ACTIONS.get(str(response.get("type") or "")))


# -- running in the background, with Stop --------------------------------------------------
class QueryJob:
    """One query running in a background thread, kept in ``st.session_state`` across reruns.

    Streamlit reruns are synchronous, so the page waits for the job in a short polling loop that
    redraws an elapsed-time line; a click on Stop reruns the page, which calls :meth:`cancel`.
    """

    def __init__(
        self,
        run: Callable[[str], QueryResult],
        cancel: Callable[[str], object],
        sql: str,
        connection: str = "",
    ) -> None:
        self.id = uuid.uuid4().hex
        self.sql = sql
        self.connection = connection
        self.result: QueryResult | None = None
        self.error: BaseException | None = None
        self.started = time.monotonic()
        self.cancelled = False
        self._cancel = cancel
        self._done = threading.Event()
        self._thread = threading.Thread(
            target=self._work, args=(run,), name=f"iops-query-{self.id[:8]}", daemon=True
        )
        self._thread.start()

    def _work(self, run: Callable[[str], QueryResult]) -> None:
        try:
            self.result = run(self.id)
        except BaseException as exc:  # handed to the page, which shows it
            self.error = exc
        finally:
            self._done.set()

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float) -> bool:
        return self._done.wait(timeout)

    def cancel(self) -> None:
        self.cancelled = True
        self._cancel(self.id)


_JOB_KEY = "_sql_job"


def start_job(
    run: Callable[[str], QueryResult],
    cancel: Callable[[str], object],
    sql: str,
    connection: str = "",
) -> QueryJob:
    """Start ``run(run_id)`` in the background, cancelling the previous job of this session."""
    old: QueryJob | None = st.session_state.get(_JOB_KEY)
    if old is not None and not old.done:
        old.cancel()
    job = QueryJob(run, cancel, sql, connection)
    st.session_state[_JOB_KEY] = job
    return job


def wait_for_job(*, poll_s: float = 0.2) -> QueryJob | None:
    """Wait for this session's job (with a Stop button) and return it, or ``None`` if there is none."""
    job: QueryJob | None = st.session_state.get(_JOB_KEY)
    if job is None or job.done:
        return job
    if job.wait(0.15):  # a fast query: no Stop row flashing on screen
        return job
    slot = st.empty()  # one slot, emptied at the end, so no stale Stop button stays behind
    with slot.container(horizontal=True, vertical_alignment="center"):
        stop = st.button("Stop", key="_sql_stop", icon=":material/stop_circle:", type="primary")
        status = st.empty()
    if stop:
        job.cancel()
    while not job.wait(poll_s):  # each redraw is a point where a Stop click can interrupt the run
        verb = "Stopping" if job.cancelled else "Running"
        status.info(
            f"{esc(verb)}… {time.monotonic() - job.started:.1f} s", icon=":material/hourglass_top:"
        )
    slot.empty()
    return job


def job_output(job: QueryJob | None, connection: str, text: str) -> tuple[QueryJob | None, bool]:
    """The job whose output may be shown now, and whether it is of an earlier text.

    Output belongs to the connection and SQL that produced it: under another connection it is
    hidden (a result of the demo database under a broken connection looked like that
    connection's); after the SQL changed it is shown marked as the result of the earlier text.
    """
    if job is None or job.connection != connection:
        return None, False
    return job, " ".join(job.sql.split()) != " ".join(text.split())


def transpiled_output(
    shown: tuple[str, str, str, str] | None, sql: str, from_dialect: str, to_dialect: str
) -> str | None:
    """The stored transpile output if it was made from this SQL, source and target dialect."""
    if shown is None or shown[:3] != (sql, from_dialect, to_dialect):
        return None
    return shown[3]


# -- dialects offered by Transpile ------------------------------------------------------
DIALECTS = (
    "postgres",
    "mysql",
    "sqlite",
    "duckdb",
    "bigquery",
    "snowflake",
    "tsql",
    "oracle",
    "trino",
    "presto",
    "spark",
    "databricks",
    "redshift",
    "clickhouse",
    "hive",
    "athena",
    "teradata",
)
