""" "Export full result": re-run the statement into a file in the background, with progress and Stop.

The rows on screen are capped (``IOPSDATA_ROW_CAP``); this panel asks the service layer
(``ws.sql.export_full``) to stream every row of the same statement into a temporary file, then
offers that file for download. The job lives in ``st.session_state`` across reruns, like the SQL
page's query job; a click on Stop reruns the page, which cancels the export's run.
"""

from __future__ import annotations

import shutil
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import streamlit as st

from iopsdata.ui.text import esc

if TYPE_CHECKING:
    from iopsdata.export import Exported, Progress
    from iopsdata.sqlservice import SqlService

_FORMATS = {"csv": "CSV", "sheet.csv": "CSV for spreadsheets", "parquet": "Parquet"}
_MIME = {"csv": "text/csv", "parquet": "application/vnd.apache.parquet", "sheet.csv": "text/csv"}


@dataclass(frozen=True)
class FullExport:
    """How a page exports its statement: ``run(fmt, run_id, progress)`` and ``cancel(run_id)``."""

    sql: str
    run: Callable[[str, str, Progress], Exported]
    cancel: Callable[[str], object]

    @classmethod
    def of(cls, sql_service: SqlService, statement: str, connection: str) -> FullExport:
        """``statement`` on ``connection`` through ``ws.sql.export_full`` (guarded, audited,
        streamed): how the SQL page, the Files preview and Chat answers export every row."""
        return cls(
            statement,
            lambda fmt, rid, progress: sql_service.export_full(
                statement, connection, fmt, run_id=rid, progress=progress
            ),
            sql_service.cancel,
        )


class ExportJob:
    """One export running in a background thread; ``rows`` grows as batches are written."""

    def __init__(self, export: FullExport, fmt: str) -> None:
        self.id = uuid.uuid4().hex
        self.sql = export.sql
        self.fmt = fmt
        self.rows = 0
        self.started = time.monotonic()
        self.result: Exported | None = None
        self.error: BaseException | None = None
        self.stopping = False
        self._cancel = export.cancel
        self._done = threading.Event()
        threading.Thread(
            target=self._work, args=(export,), name=f"iops-export-{self.id[:8]}", daemon=True
        ).start()

    def _work(self, export: FullExport) -> None:
        try:
            self.result = export.run(self.fmt, self.id, self._progress)
        except BaseException as exc:  # shown by the page
            self.error = exc
        finally:
            self._done.set()

    def _progress(self, rows: int) -> None:
        self.rows = rows

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float) -> bool:
        return self._done.wait(timeout)

    def stop(self) -> None:
        self.stopping = True
        self._cancel(self.id)

    def discard(self) -> None:
        """Stop it if running and remove its file's private folder."""
        if not self.done:
            self.stop()
        elif self.result is not None:
            shutil.rmtree(Path(self.result.path).parent, ignore_errors=True)


def full_export_panel(export: FullExport, *, key: str, stem: str) -> None:
    """The "Export full result" row, the running export (progress, Stop) and its download."""
    from iopsdata.ui.errors import show_error

    state_key = f"{key}_full_export"
    job: ExportJob | None = st.session_state.get(state_key)
    if job is not None and job.sql != export.sql:  # another statement ran since
        job.discard()
        job = None
        st.session_state.pop(state_key, None)
    row = st.container(horizontal=True, vertical_alignment="bottom")
    fmt = row.selectbox(
        "Full result as", list(_FORMATS), format_func=_FORMATS.__getitem__, key=f"{key}_full_fmt"
    )
    if row.button(
        "Export full result",
        key=f"{key}_full_go",
        icon=":material/file_export:",
        help="Runs the statement again and writes every row to a file (up to the export limit).",
        disabled=job is not None and not job.done,
    ):
        if job is not None:
            job.discard()
        job = ExportJob(export, fmt)
        st.session_state[state_key] = job
    if job is None:
        return
    if not job.done:
        _wait(job, key=key)
    if job.error is not None:
        if job.stopping:
            st.info("Export stopped.", icon=":material/stop_circle:")
        else:
            show_error(job.error)
    elif job.result is not None:
        _offer(job, key=key, stem=stem)


def _wait(job: ExportJob, *, key: str, poll_s: float = 0.3) -> None:
    slot = st.empty()
    with slot.container(horizontal=True, vertical_alignment="center"):
        stop = st.button("Stop export", key=f"{key}_full_stop", icon=":material/stop_circle:")
        status = st.empty()
    if stop:
        job.stop()
    while not job.wait(poll_s):  # each redraw is a point where a Stop click can interrupt
        verb = "Stopping" if job.stopping else "Exporting"
        status.info(
            f"{verb}… {job.rows:,} rows written · {time.monotonic() - job.started:.1f} s",
            icon=":material/hourglass_top:",
        )
    slot.empty()


def _offer(job: ExportJob, *, key: str, stem: str) -> None:
    done = job.result
    assert done is not None
    if done.notice:
        st.warning(esc(done.notice), icon=":material/content_cut:")
    path = Path(done.path)
    st.download_button(
        esc(f"Download full {_FORMATS[job.fmt]} ({done.rows:,} rows)"),
        data=path.read_bytes,  # read only when clicked
        file_name=f"{stem}_full.{job.fmt}",
        mime=_MIME[job.fmt],
        key=f"{key}_full_dl",
        on_click="ignore",
        icon=":material/download:",
        type="primary",
    )
