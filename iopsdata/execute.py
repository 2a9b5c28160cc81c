"""The one place SQL runs against a user's database: guard → session → caps → audit.

:func:`execute` composes the layers of DESIGN §6: the guard (layer 1) decides whether the statement
may run and whether it writes; the engine (layer 2) runs it in a read-only session unless the
connection opted in to writes *and* the statement is a write; timeouts, row and byte caps apply; the
result is Arrow; every attempt — refused, failed, timed out, cancelled or ok — writes an audit row.
Running statements can be cancelled from another thread with :func:`cancel`.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from iopsdata.engines.base import Engine, RunHandle
from iopsdata.errors import IopsError, QueryCancelled, QueryRefused, QueryTimeout, StoreError
from iopsdata.result import QueryResult

if TYPE_CHECKING:
    from pathlib import Path

    from iopsdata.context import WorkspaceContext
    from iopsdata.export import Exported, Progress

log = logging.getLogger(__name__)

# Queries the app runs for itself (profiles, file previews): audited like any other, under this
# source, and left out of History and of lineage/impact unless asked for (the user never ran them).
INTERNAL = "internal"
SOURCES = ("editor", "chat", "files", "api", "export", "mcp", INTERNAL)


@dataclass(frozen=True)
class Bound:
    """A connection ready to run: its id, engine, dialect and write policy."""

    connection_id: str
    engine: Engine
    dialect: str
    allow_writes: bool = False
    timeout_s: float | None = None
    allowed_functions: tuple[str, ...] = ()  # the owner's additions to the function allowlist
    allowed_paths: tuple[str, ...] = ()  # files DuckDB's readers may read (the Files connection)


@dataclass
class _Running:
    handle: RunHandle
    workspace_id: str
    user_id: str
    connection_id: str
    started: float


_RUNS: dict[str, _Running] = {}
_RUNS_LOCK = threading.Lock()


@dataclass
class _Audit:
    """What one run's audit row records; the caller fills it in as the run proceeds."""

    handle: RunHandle
    row_count: int | None = None
    lineage: dict[str, Any] | None = None


@contextmanager
def _audited(
    ctx: WorkspaceContext, bound: Bound, sql: str, source: str, run_id: str | None
) -> Iterator[_Audit]:
    """Register the run for :func:`cancel` and write exactly one audit row when it ends.

    The row's status follows how the block ended: ok, or refused/timeout/cancelled/error from an
    ``IopsError`` (whose message the row keeps). The audit write never fails the run.
    """
    audit = _Audit(_register(ctx, bound.connection_id, run_id))
    started = time.perf_counter()
    status, error = "ok", None
    try:
        yield audit
    except IopsError as exc:
        status = _status(exc)
        error = exc.message
        raise
    finally:
        with _RUNS_LOCK:
            _RUNS.pop(audit.handle.id, None)
        audit_run(
            ctx,
            bound.connection_id,
            sql,
            source,
            status,
            audit.row_count,
            (time.perf_counter() - started) * 1000,
            error,
            audit.lineage,
        )


def execute(
    ctx: WorkspaceContext,
    bound: Bound,
    sql: str,
    *,
    source: str = "editor",
    row_cap: int | None = None,
    run_id: str | None = None,
    use_guard: bool = True,
) -> QueryResult:
    """Run one statement with every safety layer and write the audit row.

    Args:
        ctx: who runs it, where; its settings give the default timeout and caps.
        bound: the connection (see ``ConnectionService.bind``; the Files connection too).
        sql: exactly one statement.
        source: "editor", "chat", "files", "api" or ``INTERNAL`` (recorded in the audit row).
        row_cap: most rows to keep; default ``settings.row_cap``.
        run_id: optional id under which :func:`cancel` can stop the run.
        use_guard: False only in the security tests that check the session layer alone.

    Returns:
        a ``QueryResult`` whose ``notice`` says plainly when a cap cut the rows.

    Raises:
        QueryRefused: the guard refused the statement (nothing was sent to the database).
        QueryTimeout / QueryCancelled / QueryFailed / ConnectionFailed: from the engine.
    """
    ctx.require("viewer")  # membership now, not when the session opened (cached briefly)
    settings = ctx.settings
    cap = max(1, int(row_cap or settings.row_cap))
    timeout = float(bound.timeout_s or settings.query_timeout_s)
    started = time.perf_counter()
    with _audited(ctx, bound, sql, source, run_id) as audit:
        read_only = not bound.allow_writes
        if use_guard:
            verdict = _guard(sql, bound)
            read_only = not verdict.is_write
            if verdict.is_write:
                ctx.require("editor")
        audit.lineage = _lineage(sql, bound.dialect)
        fetched = bound.engine.execute(
            sql,
            run=audit.handle,
            read_only=read_only,
            timeout_s=timeout,
            max_rows=cap,
            max_bytes=int(settings.byte_cap_mb) << 20,
        )
        affected = fetched.affected
        audit.row_count = fetched.table.num_rows if affected is None else affected
        return QueryResult(
            table=fetched.table,
            sql=sql,
            elapsed_s=time.perf_counter() - started,
            truncated=fetched.truncated,
            notice=_notice(fetched.table.num_rows, fetched.cap, affected, settings.byte_cap_mb),
            lineage=audit.lineage,
        )


def export(
    ctx: WorkspaceContext,
    bound: Bound,
    sql: str,
    *,
    fmt: str,
    dest: Path,
    run_id: str | None = None,
    progress: Progress | None = None,
) -> Exported:
    """Re-run a statement and write every row to ``dest`` (CSV, spreadsheet CSV or Parquet).

    The same door as :func:`execute`: the same guard (and only statements that read), the same
    read-only session and timeout, the engine's same stream — written batch by batch instead of
    capped at ``row_cap`` — and an audit row with source ``"export"``. At most
    ``settings.export_row_cap`` rows are written; the result says when that limit cut it.

    Raises:
        QueryRefused: the guard refused it, or it writes. QueryCancelled: :func:`cancel` (Stop).
        QueryTimeout / QueryFailed / ConnectionFailed: from the engine.
    """
    from iopsdata.export import check_format, write_stream

    check_format(fmt)
    settings = ctx.settings
    timeout = float(bound.timeout_s or settings.query_timeout_s)
    with _audited(ctx, bound, sql, "export", run_id) as audit:
        if _guard(sql, bound).is_write:
            raise QueryRefused("Only a statement that reads can be exported.")
        audit.lineage = _lineage(sql, bound.dialect)
        with bound.engine.stream(
            sql,
            run=audit.handle,
            read_only=True,
            timeout_s=timeout,
            max_value_bytes=int(settings.byte_cap_mb) << 20,
        ) as opened:
            done = write_stream(
                opened,
                fmt,
                dest,
                row_cap=int(settings.export_row_cap),
                run=audit.handle,
                progress=progress,
            )
        audit.row_count = done.rows
        return done


def _register(ctx: WorkspaceContext, connection_id: str, run_id: str | None) -> RunHandle:
    handle = RunHandle(run_id)
    with _RUNS_LOCK:
        _RUNS[handle.id] = _Running(
            handle, ctx.workspace_id, ctx.user_id, connection_id, time.time()
        )
    return handle


def cancel(run_id: str) -> bool:
    """Stop a running statement (server-side work included). Returns False if it is not running."""
    with _RUNS_LOCK:
        running = _RUNS.get(run_id)
    if running is None:
        return False
    running.handle.cancel()
    return True


def running(workspace_id: str, user_id: str | None = None) -> list[dict[str, Any]]:
    """Runs in flight in a workspace (optionally one user's): ``{run_id, connection_id, started}``."""
    with _RUNS_LOCK:
        items = list(_RUNS.items())
    return [
        {
            "run_id": rid,
            "connection_id": r.connection_id,
            "started": r.started,
            "user_id": r.user_id,
        }
        for rid, r in items
        if r.workspace_id == workspace_id and (user_id is None or r.user_id == user_id)
    ]


def _guard(sql: str, bound: Bound) -> Any:
    try:
        from iopsdata.guard import check_sql
    except ImportError:  # fail closed: without layer 1 nothing runs
        raise QueryRefused("The SQL guard is not available, so no query can run.") from None
    return check_sql(
        sql,
        bound.dialect or "",
        allow_writes=bound.allow_writes,
        allowed_paths=bound.allowed_paths,
        allowed_functions=bound.allowed_functions,
    )


def _lineage(sql: str, dialect: str) -> dict[str, Any] | None:
    try:
        from iopsdata.lineage import lineage_summary

        return lineage_summary(sql, dialect or None)
    except (ImportError, IopsError):
        return None
    except Exception:  # lineage is advisory: it must never fail a query
        log.debug("lineage failed", exc_info=True)
        return None


def _status(exc: IopsError) -> str:
    if isinstance(exc, QueryRefused):
        return "refused"
    if isinstance(exc, QueryTimeout):
        return "timeout"
    if isinstance(exc, QueryCancelled):
        return "cancelled"
    return "error"


def _notice(rows: int, cap: str | None, affected: int | None, byte_cap_mb: int) -> str | None:
    if affected is not None:
        return f"{affected:,} row{'s' if affected != 1 else ''} changed."
    if cap == "rows":
        return f"Showing the first {rows:,} rows; the result has more (truncated). Add a LIMIT or filters, or export the full result."
    if cap == "bytes":
        return f"Showing the first {rows:,} rows; the result passed the {byte_cap_mb} MB memory limit (truncated)."
    return None


# Audit rows the metadata store could not take (it was down): written, oldest first, by the next
# run that reaches it. Bounded, so a store that stays down cannot exhaust memory.
_PENDING_AUDIT: deque[tuple[WorkspaceContext, dict[str, Any]]] = deque(maxlen=10_000)
_PENDING_LOCK = threading.Lock()


def audit_run(
    ctx: WorkspaceContext,
    connection_id: str,
    sql: str,
    source: str,
    status: str,
    row_count: int | None,
    elapsed_ms: float,
    error: str | None,
    lineage: dict[str, Any] | None,
) -> None:
    """Write the run's audit row, and any rows kept while the store was unreachable.

    A broken store must neither cost the user their result nor lose the row: it is kept in memory
    with its id and time and retried by the next run. The id makes a retry safe when the first
    attempt did reach the store but its answer was lost (the row exists: nothing is written twice).
    """
    row = {
        "user_id": ctx.user_id,
        "connection_id": connection_id,
        "sql": sql,
        "source": source,
        "status": status,
        "row_count": row_count,
        "elapsed_ms": round(elapsed_ms, 1),
        "error": error,
        "lineage": lineage,
        "log_id": str(uuid.uuid4()),
        "created_at": datetime.now(UTC),
    }
    with _PENDING_LOCK:
        queue = [*_PENDING_AUDIT, (ctx, row)]
        _PENDING_AUDIT.clear()
    unreachable: set[int] = set()  # one failed attempt per store and run, not one per row
    kept: list[tuple[WorkspaceContext, dict[str, Any]]] = []
    for owner, item in queue:
        store_key = id(owner.store.engine)
        if store_key in unreachable:
            kept.append((owner, item))
            continue
        try:
            owner.store.log_query(owner.workspace_id, **item)
        except StoreError as exc:
            if item is not row and "already exists" in exc.message:
                continue  # an earlier attempt did reach the store: the row is there
            unreachable.add(store_key)
            kept.append((owner, item))
            log.warning("could not write an audit row, kept for a retry: %s", exc.message)
        except Exception:  # never fail the user's run because of the audit store
            unreachable.add(store_key)
            kept.append((owner, item))
            log.exception("could not write an audit row, kept for a retry")
    if kept:
        with _PENDING_LOCK:
            _PENDING_AUDIT.extendleft(reversed(kept))


def pending_audit_rows() -> int:
    """How many audit rows wait for the metadata store to come back."""
    with _PENDING_LOCK:
        return len(_PENDING_AUDIT)
