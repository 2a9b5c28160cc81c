"""``FilesTarget``: the workspace's files as one queryable DuckDB connection (id ``"files"``).

Every statement passes the guard, runs in the sandbox under a watchdog (DuckDB has no statement
timeout), is fetched as Arrow up to the row and byte caps, and leaves an audit row.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from iopsdata.catalog.model import Catalog, Column, Table
from iopsdata.engines.base import RunHandle, Stream, data_failure
from iopsdata.engines.duckdb import duck_stream
from iopsdata.errors import IopsError, QueryCancelled, QueryFailed, QueryRefused, QueryTimeout
from iopsdata.execute import audit_run, tracked
from iopsdata.files.scope import check_scope, hide_paths
from iopsdata.result import QueryResult

if TYPE_CHECKING:
    from pathlib import Path

    from iopsdata.export import Exported, Progress
    from iopsdata.files.service import FileService

FILES_ID = "files"


class FilesTarget:
    """The ``QueryTarget`` over a workspace's uploaded files (see ``iopsdata.targets``)."""

    id = FILES_ID
    name = "Files"
    dialect = "duckdb"

    def __init__(self, service: FileService) -> None:
        self._service = service
        self._ctx = service.ctx

    def catalog(self, *, refresh: bool = False) -> Catalog:
        """One view per file, built from the stored metadata (no query needed)."""
        tables = tuple(
            Table(
                name=a.table_name,
                kind="view",
                columns=tuple(Column(c["name"], c["type"]) for c in a.columns),
                comment=f"Uploaded file {a.name}",
                row_estimate=a.row_count,
            )
            for a in self._service.list()
        )
        return Catalog(dialect="duckdb", tables=tables, database="files", default_schema="main")

    def run(
        self,
        sql: str,
        *,
        source: str = "editor",
        row_cap: int | None = None,
        run_id: str | None = None,
    ) -> QueryResult:
        """Guard, execute with timeout and caps, audit.

        Raises:
            QueryRefused: the guard or the sandbox refused the statement.
            QueryTimeout: it ran longer than ``settings.query_timeout_s``.
            QueryCancelled: ``iopsdata.execute.cancel(run_id)`` stopped it.
            QueryFailed: DuckDB reported an error.
        """
        settings = self._ctx.settings
        cap = row_cap or settings.row_cap
        started = time.perf_counter()
        status, error, result = "error", None, None
        lineage = _lineage(sql)
        try:
            sandbox, allowed = self._service.sandbox()
            check(sql, allowed)
            check_scope(sql, sandbox.views)
            with tracked(self._ctx, FILES_ID, run_id) as handle:
                try:
                    result = _execute(
                        sandbox.cursor(),
                        sql,
                        cap,
                        settings.byte_cap_mb << 20,
                        settings.query_timeout_s,
                        handle,
                    )
                except IopsError as exc:  # DuckDB names the files it read: keep paths hidden
                    exc.message = hide_paths(exc.message, [settings.home])
                    exc.args = (exc.message,)
                    raise
            result = replace(result, lineage=lineage)
            status = "ok"
            return result
        except IopsError as exc:
            status = _STATUS.get(type(exc), "error")
            error = exc.message
            raise
        finally:
            # the same audit path as database runs: a metadata store outage keeps the row for later
            audit_run(
                self._ctx,
                FILES_ID,
                sql,
                source,
                status,
                result.row_count if result else None,
                (time.perf_counter() - started) * 1000,
                error,
                lineage,
            )

    def export(
        self,
        sql: str,
        fmt: str,
        dest: Path,
        *,
        run_id: str | None = None,
        progress: Progress | None = None,
    ) -> Exported:
        """Re-run ``sql`` and write every row to ``dest``: guard, stream, audit (source "export").

        The same path as :meth:`run` with the sandbox's same stream, written batch by batch
        (see :func:`iopsdata.execute.export` for databases).
        """
        from iopsdata.export import check_format, write_stream

        check_format(fmt)
        settings = self._ctx.settings
        started = time.perf_counter()
        status, error, rows = "error", None, None
        lineage = _lineage(sql)
        try:
            sandbox, allowed = self._service.sandbox()
            check(sql, allowed)
            with (
                tracked(self._ctx, FILES_ID, run_id) as handle,
                files_stream(sandbox.cursor(), sql, settings.query_timeout_s, handle) as opened,
            ):
                done = write_stream(
                    opened,
                    fmt,
                    dest,
                    row_cap=settings.export_row_cap,
                    run=handle,
                    progress=progress,
                )
            status, rows = "ok", done.rows
            return done
        except IopsError as exc:
            status = _STATUS.get(type(exc), "error")
            error = exc.message
            raise
        finally:
            audit_run(
                self._ctx,
                FILES_ID,
                sql,
                "export",
                status,
                rows,
                (time.perf_counter() - started) * 1000,
                error,
                lineage,
            )


_STATUS = {QueryRefused: "refused", QueryTimeout: "timeout", QueryCancelled: "cancelled"}


def _lineage(sql: str) -> dict | None:
    """What the statement reads, stored with its audit row; never fails the query."""
    try:
        from iopsdata.lineage import lineage_summary

        return lineage_summary(sql, "duckdb")
    except Exception:
        return None


def check(sql: str, allowed_paths: list[str]) -> None:
    """The shared guard for DuckDB, limited to this workspace's files. Raises QueryRefused."""
    from iopsdata.guard import check_sql

    check_sql(sql, "duckdb", allowed_paths=allowed_paths)


def _execute(
    cur: Any, sql: str, cap: int, max_bytes: int, timeout_s: float, handle: RunHandle
) -> QueryResult:
    from iopsdata.engines.base import collect

    started = time.perf_counter()
    with files_stream(cur, sql, timeout_s, handle) as opened:
        fetched = collect(opened.batches, opened.schema, cap, max_bytes)
    notice = None
    if fetched.truncated:
        notice = (
            f"Showing the first {fetched.table.num_rows:,} rows; the result was cut at the "
            f"{'row limit' if fetched.cap == 'rows' else 'memory limit'}."
        )
    return QueryResult(
        table=fetched.table,
        sql=sql,
        elapsed_s=time.perf_counter() - started,
        truncated=fetched.truncated,
        notice=notice,
    )


@contextmanager
def files_stream(cur: Any, sql: str, timeout_s: float, handle: RunHandle) -> Iterator[Stream]:
    """The sandbox's rows as a stream (the DuckDB engine's, batch by batch), with the Files
    connection's errors; every driver or Arrow error becomes an ``IopsError``."""
    import duckdb

    state = {"timed_out": False}
    try:
        with duck_stream(cur, sql, handle, timeout_s, state) as opened:
            yield opened
    except IopsError:
        raise
    except duckdb.PermissionException as exc:
        raise QueryRefused(
            "The Files connection can only read this workspace's uploaded files."
        ) from exc
    except Exception as exc:  # duckdb.Error, or OSError/ArrowException while reading batches
        if handle.cancelled.is_set():
            raise QueryCancelled("The query was stopped.") from exc
        if state["timed_out"] or isinstance(exc, duckdb.InterruptException):
            raise QueryTimeout(
                f"The query ran longer than {timeout_s:g} s and was stopped."
            ) from exc
        if isinstance(exc, MemoryError):
            raise data_failure(exc) from None
        message = _first_line(exc)
        if (
            "read-only" in message
            or "lock_configuration" in message
            or "configuration has been locked" in message
        ):
            raise QueryRefused(
                "The Files connection is read-only and its settings are locked."
            ) from exc
        raise QueryFailed(message) from exc
    finally:
        cur.close()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:400] if text else type(exc).__name__
