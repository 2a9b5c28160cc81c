"""``FilesEngine``: the workspace's Files connection as an :class:`~iopsdata.engines.base.Engine`.

It runs on the locked-down sandbox (:mod:`iopsdata.files.sandbox`): a read-only DuckDB whose only
reachable files are this workspace's Parquet files, configuration locked. Like every engine it
knows nothing of the guard or the audit: :func:`iopsdata.execute.execute` and
:func:`iopsdata.execute.export` compose those, so Files SQL passes the same door as database SQL.
What this engine adds is its session layer: the scope check (only the workspace's views, CTEs and
row generators; no setting functions), a watchdog for the timeout, and errors with the server's
paths scrubbed out.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from iopsdata.engines.base import Engine, RunHandle, ServerInfo, Stream, data_failure, timed_out
from iopsdata.engines.duckdb import duck_stream
from iopsdata.errors import IopsError, QueryCancelled, QueryFailed, QueryRefused
from iopsdata.files.scope import check_scope, hide_paths

if TYPE_CHECKING:
    from iopsdata.catalog.model import Catalog
    from iopsdata.files.sandbox import Sandbox


class FilesEngine(Engine):
    """The sandbox of one workspace's current files, run like any other engine.

    Args:
        sandbox: the cached sandbox for exactly the workspace's current set of files.
        hidden: folders whose paths never appear in an error (the data folder).
        memory_limit: the sandbox's DuckDB memory limit (for :meth:`describe`; the sandbox
            was opened with it).
    """

    kind = "files"

    def __init__(
        self, sandbox: Sandbox, hidden: Sequence[Path] = (), *, memory_limit: str = "1GB"
    ) -> None:
        super().__init__({}, memory_limit=memory_limit)
        self.sandbox = sandbox
        self._hidden = tuple(hidden)

    def describe(self) -> str:
        return "the workspace's uploaded files"

    def _connect(self) -> Any:
        return self.sandbox.cursor()

    @contextlib.contextmanager
    def _open(
        self,
        sql: str,
        *,
        run: RunHandle,
        read_only: bool,
        timeout_s: float,
        limit: int | None,
        max_value_bytes: int,
    ) -> Iterator[Stream]:
        if not read_only:
            raise QueryRefused("The Files connection is read-only.")
        check_scope(sql, self.sandbox.views)
        # a fresh cursor per statement (its own client context): an interrupted one is dropped
        cur = self.sandbox.cursor()
        state = {"timed_out": False}
        try:
            with duck_stream(cur, sql, run, timeout_s, state) as opened:
                yield opened
        except IopsError as exc:  # DuckDB names the files it read: keep paths hidden
            raise self._scrubbed(exc) from None
        except Exception as exc:  # duckdb.Error, or OSError/ArrowException while reading batches
            raise self._scrubbed(_failure(exc, state, run, timeout_s)) from None
        finally:
            cur.close()

    def _scrubbed(self, exc: IopsError) -> IopsError:
        exc.message = hide_paths(exc.message, self._hidden)
        exc.args = (exc.message,)
        return exc

    def introspect(self) -> Catalog:
        """The views as DuckDB sees them (the Files service prefers its stored metadata)."""
        import duckdb

        from iopsdata.catalog.duckdb import introspect_duckdb

        cur = self.sandbox.cursor()
        try:
            return introspect_duckdb(cur)
        except duckdb.Error as exc:
            raise QueryFailed(f"Could not read the Files schema: {_first_line(exc)}") from None
        finally:
            cur.close()

    def server_info(self) -> ServerInfo:
        import duckdb

        return ServerInfo(
            f"DuckDB {duckdb.__version__}",
            "files sandbox",
            False,
            False,
            ["read-only; reads only this workspace's uploaded files; settings locked"],
        )


def _failure(
    exc: BaseException, state: dict[str, bool], run: RunHandle, timeout_s: float
) -> IopsError:
    """The Files connection's error for a driver or Arrow exception."""
    import duckdb

    if isinstance(exc, duckdb.PermissionException):
        return QueryRefused("The Files connection can only read this workspace's uploaded files.")
    if run.cancelled.is_set():
        return QueryCancelled("The query was cancelled.")
    if state["timed_out"] or isinstance(exc, duckdb.InterruptException):
        return timed_out(timeout_s)
    if isinstance(exc, MemoryError):
        return data_failure(exc)
    message = _first_line(exc)
    if (
        "read-only" in message
        or "lock_configuration" in message
        or "configuration has been locked" in message
    ):
        return QueryRefused("The Files connection is read-only and its settings are locked.")
    return QueryFailed(message)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:400] if text else type(exc).__name__
