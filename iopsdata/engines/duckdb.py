"""DuckDB database files (or an in-memory database) in a sandbox.

Session layer: ``read_only=True`` for a file, ``enable_external_access=false`` (no file, network or
extension access), no extension auto-install/auto-load, ``python_enable_replacements=false`` (else
``FROM some_python_variable`` reads process memory), a memory limit, then ``lock_configuration`` so a
statement cannot undo any of it. DuckDB has no statement timeout: a watchdog timer interrupts.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from iopsdata.catalog.model import Catalog
from iopsdata.engines.base import Engine, RunHandle, ServerInfo, Stream, data_failure, timed_out
from iopsdata.errors import ConnectionFailed, IopsError, QueryCancelled, QueryFailed


def sandbox_config(memory_limit: str, **extra: Any) -> dict[str, Any]:
    """The DuckDB configuration of the sandbox (also used by the Files engine, with allowed paths)."""
    return {
        "enable_external_access": False,
        "autoinstall_known_extensions": False,
        "autoload_known_extensions": False,
        "allow_community_extensions": False,
        "python_enable_replacements": False,
        "memory_limit": memory_limit,
        **extra,
        "lock_configuration": True,
    }


class DuckDBEngine(Engine):
    kind = "duckdb"

    def __init__(
        self, options: dict[str, Any], *, memory_limit: str = "1GB", read_only: bool = True
    ) -> None:
        super().__init__(options, memory_limit=memory_limit)
        self.read_only = read_only
        self._root: Any = None

    def _database(self) -> Any:
        import duckdb

        with self._lock:
            if self._root is None:
                raw = str(self.options.get("path") or "").strip()
                if raw and not Path(raw).expanduser().is_file():
                    raise ConnectionFailed(
                        f"The DuckDB file {raw} does not exist.",
                        hint="Give the path of an existing .duckdb file.",
                    )
                target = str(Path(raw).expanduser()) if raw else ":memory:"
                try:
                    self._root = duckdb.connect(
                        target,
                        read_only=bool(raw) and self.read_only,
                        config=sandbox_config(self.memory_limit),
                    )
                except duckdb.Error as exc:
                    raise ConnectionFailed(
                        f"Could not open the DuckDB database {target}: {exc}"
                    ) from None
            return self._root

    def _connect(self) -> Any:
        return self._database().cursor()

    def close(self) -> None:
        super().close()
        with self._lock:
            root, self._root = self._root, None
        if root is not None:
            root.close()

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
        if not read_only and self.read_only and self.options.get("path"):
            raise QueryFailed("This DuckDB connection is opened read-only.")
        cur = self.acquire()
        broken = False
        state = {"timed_out": False}
        try:
            with duck_stream(cur, sql, run, timeout_s, state) as opened:
                yield opened
        except IopsError:
            raise
        except Exception as exc:  # duckdb.Error, or OSError/ArrowException while reading batches
            broken = True
            raise _failure(exc, state, run, timeout_s) from None
        finally:
            # a stopped cursor may still take one late interrupt(): never reuse it
            self.release(cur, broken=broken or run.cancelled.is_set() or state["timed_out"])

    def introspect(self) -> Catalog:
        import duckdb

        from iopsdata.catalog.duckdb import introspect_duckdb

        cur = self.acquire()
        try:
            return introspect_duckdb(cur)
        except duckdb.Error as exc:
            raise QueryFailed(f"Could not read the DuckDB schema: {exc}") from None
        finally:
            self.release(cur)

    def server_info(self) -> ServerInfo:
        import duckdb

        self.release(self.acquire())
        writable = not self.read_only or not self.options.get("path")
        details = (
            ["an in-memory database accepts temporary tables; nothing is kept"]
            if not self.options.get("path")
            else []
        )
        return ServerInfo(
            f"DuckDB {duckdb.__version__}",
            "embedded",
            False,
            writable and bool(self.options.get("path")),
            details,
        )


#: rows per Arrow batch: DuckDB's own vector size, so a batch never holds more than the vector
#: DuckDB has already built (65,536 rows of 50 kB strings made 3 GB batches)
DUCK_BATCH_ROWS = 2048


@contextlib.contextmanager
def duck_stream(
    cur: Any, sql: str, run: RunHandle, timeout_s: float, state: dict[str, bool]
) -> Iterator[Stream]:
    """Run ``sql`` on a DuckDB cursor under a watchdog and stream it as Arrow batches.

    Shared by database-file connections and the Files sandbox. DuckDB streams its result: each
    batch is computed as it is read, so leaving the block early (``close`` of the reader) stops
    the query. ``state["timed_out"]`` says whether the watchdog fired (timeout, not cancel).
    Errors while reading arrive as ``OSError``/``ArrowException`` as well as ``duckdb.Error``.
    """

    ended = threading.Event()

    def interrupt() -> None:
        # DuckDB forgets an interrupt() that lands before the query starts executing (inside the
        # first read of the reader), so keep interrupting until the stream has ended
        def repeat() -> None:
            while not ended.wait(0.05):
                cur.interrupt()

        cur.interrupt()
        threading.Thread(target=repeat, name="iopsdata-duckdb-stop", daemon=True).start()

    def expire() -> None:
        state["timed_out"] = True
        interrupt()

    watchdog = threading.Timer(timeout_s, expire)
    watchdog.daemon = True
    watchdog.start()
    run.on_cancel(interrupt)
    reader = None
    try:
        rel = cur.sql(sql)
        if rel is None:
            yield Stream(None, iter(()))
            return
        reader = rel.to_arrow_reader(DUCK_BATCH_ROWS)
        yield Stream(reader.schema, _unless_cancelled(reader, run))
    finally:
        ended.set()
        watchdog.cancel()
        run.on_cancel(None)
        if reader is not None:
            with contextlib.suppress(Exception):
                reader.close()


def _unless_cancelled(reader: Any, run: RunHandle) -> Iterator[Any]:
    """The reader's batches, checking for Stop before each: an ``interrupt()`` that arrived
    before DuckDB started executing is otherwise lost, and the query would run to its end."""
    for batch in reader:
        if run.cancelled.is_set():
            raise QueryCancelled("The query was cancelled.")
        yield batch
    if run.cancelled.is_set():
        raise QueryCancelled("The query was cancelled.")


def _failure(exc: Exception, state: dict[str, bool], run: RunHandle, timeout_s: float) -> Exception:
    if state["timed_out"]:
        return timed_out(timeout_s)
    if run.cancelled.is_set():
        return QueryCancelled("The query was cancelled.")
    if isinstance(exc, MemoryError):
        return data_failure(exc)
    msg = str(exc).split("\n")[0]
    if "read-only" in msg.lower() or "disabled by configuration" in msg or "locked" in msg:
        return QueryFailed(
            f"The database refused this statement: {msg}", title="Read-only connection"
        )
    return QueryFailed(msg)
