"""DuckDB database files (or an in-memory database) in a sandbox.

Session layer: ``read_only=True`` for a file, ``enable_external_access=false`` (no file, network or
extension access), no extension auto-install/auto-load, ``python_enable_replacements=false`` (else
``FROM some_python_variable`` reads process memory), a memory limit, then ``lock_configuration`` so a
statement cannot undo any of it. DuckDB has no statement timeout: a watchdog timer interrupts.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from iopsdata.catalog.model import Catalog
from iopsdata.engines.base import Engine, Fetched, RunHandle, ServerInfo, collect, timed_out
from iopsdata.errors import ConnectionFailed, QueryCancelled, QueryFailed


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

    def execute(
        self,
        sql: str,
        *,
        run: RunHandle,
        read_only: bool,
        timeout_s: float,
        max_rows: int,
        max_bytes: int,
    ) -> Fetched:
        import duckdb

        if not read_only and self.read_only and self.options.get("path"):
            raise QueryFailed("This DuckDB connection is opened read-only.")
        cur = self.acquire()
        state = {"timed_out": False}

        def expire() -> None:
            state["timed_out"] = True
            cur.interrupt()

        watchdog = threading.Timer(timeout_s, expire)
        watchdog.daemon = True
        watchdog.start()
        run.on_cancel(cur.interrupt)
        broken = False
        try:
            rel = cur.sql(sql)
            if rel is None:
                return Fetched(_empty())
            reader = rel.to_arrow_reader(65_536)
            fetched = collect(reader, reader.schema, max_rows, max_bytes)
            reader.close()
            return fetched
        except duckdb.Error as exc:
            broken = True
            if state["timed_out"]:
                raise timed_out(timeout_s) from None
            if run.cancelled.is_set():
                raise QueryCancelled("The query was cancelled.") from None
            msg = str(exc).split("\n")[0]
            if "read-only" in msg.lower() or "disabled by configuration" in msg or "locked" in msg:
                raise QueryFailed(
                    f"The database refused this statement: {msg}", title="Read-only connection"
                ) from None
            raise QueryFailed(msg) from None
        finally:
            watchdog.cancel()
            run.on_cancel(None)
            self.release(cur, broken=broken)

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


def _empty() -> Any:
    import pyarrow as pa

    return pa.table({})
