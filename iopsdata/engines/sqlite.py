"""SQLite files through the standard library.

Session layer: the file is opened with ``mode=ro`` (``mode=rw`` when writes are allowed, never
``rwc``), an authorizer callback allows only reading actions, and the attached-database limit is 0
(``mode=ro`` alone still allows ``ATTACH`` of a new file and ``VACUUM INTO`` any path). SQLite has
no statement timeout: a progress handler stops the statement at the deadline or on cancel.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

from iopsdata.catalog.model import Catalog
from iopsdata.engines.base import Engine, RunHandle, ServerInfo, Stream, row_batches, timed_out
from iopsdata.errors import ConnectionFailed, QueryCancelled, QueryFailed

_READ_ACTIONS = {
    sqlite3.SQLITE_SELECT,
    sqlite3.SQLITE_READ,
    sqlite3.SQLITE_FUNCTION,
    sqlite3.SQLITE_RECURSIVE,
}
_WRITE_ACTIONS = {
    sqlite3.SQLITE_INSERT,
    sqlite3.SQLITE_UPDATE,
    sqlite3.SQLITE_DELETE,
    sqlite3.SQLITE_TRANSACTION,
    sqlite3.SQLITE_SAVEPOINT,
    sqlite3.SQLITE_ANALYZE,
    sqlite3.SQLITE_REINDEX,
    sqlite3.SQLITE_ALTER_TABLE,
    *(
        getattr(sqlite3, n)
        for n in dir(sqlite3)
        if n.startswith(("SQLITE_CREATE_", "SQLITE_DROP_"))
    ),
}
_READ_PRAGMAS = {
    "table_info",
    "table_xinfo",
    "index_list",
    "index_info",
    "index_xinfo",
    "foreign_key_list",
    "collation_list",
    "function_list",
}
_SCHEMA_TABLES = {"sqlite_master", "sqlite_schema"}
_DENIED_FUNCTIONS = {"load_extension", "readfile", "writefile", "edit", "fts3_tokenizer"}


class SQLiteEngine(Engine):
    kind = "sqlite"

    def __init__(
        self, options: dict[str, Any], *, memory_limit: str = "1GB", read_only: bool = True
    ) -> None:
        super().__init__(options, memory_limit=memory_limit)
        self.read_only = read_only

    def _connect(self) -> Any:
        path = Path(str(self.options.get("path") or "")).expanduser()
        if not path.is_file():
            raise ConnectionFailed(
                f"The SQLite file {path} does not exist.",
                hint="Give the path of an existing database file.",
            )
        mode = "ro" if self.read_only else "rw"
        try:
            conn = sqlite3.connect(
                f"file:{quote(str(path.resolve()))}?mode={mode}",
                uri=True,
                check_same_thread=False,
                isolation_level=None,
            )
        except sqlite3.Error as exc:
            raise ConnectionFailed(f"Could not open the SQLite file {path}: {exc}") from None
        conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
        conn.set_authorizer(_authorizer(allow_writes=not self.read_only))
        return conn

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
        if not read_only and self.read_only:
            raise QueryFailed("This SQLite connection is opened read-only.")
        conn = self.acquire()
        deadline = time.monotonic() + timeout_s
        state = {"timed_out": False}

        def progress() -> int:
            if run.cancelled.is_set():
                return 1
            if time.monotonic() > deadline:
                state["timed_out"] = True
                return 1
            return 0

        conn.set_progress_handler(progress, 10_000)
        # the per-value limit: zeroblob(50000000) or a huge printf() fails instead of filling memory
        previous = conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, max(1_000_000, max_value_bytes))
        run.on_cancel(conn.interrupt)
        cur = None
        try:
            cur = conn.cursor()
            if not read_only:
                cur.execute("BEGIN")
            cur.execute(sql)
            if cur.description is None:
                yield Stream(None, iter(()), cur.rowcount if cur.rowcount >= 0 else None)
            else:
                names = [d[0] for d in cur.description]
                yield Stream(None, row_batches(cur.fetchmany, names))
            cur.close()
            if not read_only:
                conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if state["timed_out"]:
                raise timed_out(timeout_s) from None
            if run.cancelled.is_set():
                raise QueryCancelled("The query was cancelled.") from None
            msg = str(exc)
            if "not authorized" in msg or "readonly" in msg or "too many attached" in msg:
                raise QueryFailed(
                    f"The database refused this statement: {msg}", title="Read-only connection"
                ) from None
            if "too big" in msg:
                raise QueryFailed(
                    f"A value is larger than the {max_value_bytes >> 20} MB limit: {msg}",
                    title="Result too large",
                ) from None
            raise QueryFailed(msg) from None
        finally:
            if cur is not None:
                with contextlib.suppress(sqlite3.Error):
                    cur.close()  # a reader that stopped early: the statement is reset here
            if conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            run.on_cancel(None)
            conn.set_progress_handler(None, 0)
            conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, previous)
            self.release(conn)

    def introspect(self) -> Catalog:
        from iopsdata.catalog.sqlite import introspect_sqlite

        conn = self.acquire()
        try:
            return introspect_sqlite(conn)
        except sqlite3.Error as exc:
            raise QueryFailed(f"Could not read the SQLite schema: {exc}") from None
        finally:
            self.release(conn)

    def server_info(self) -> ServerInfo:
        path = str(self.options.get("path"))
        self.release(self.acquire())  # proves the file opens
        writable = os.access(path, os.W_OK)
        details = (
            ["the file is writable by this process, but it is opened read-only"]
            if writable and self.read_only
            else []
        )
        return ServerInfo(
            f"SQLite {sqlite3.sqlite_version}", "file", False, not self.read_only, details
        )


def _authorizer(*, allow_writes: bool) -> Any:
    def check(
        action: int, arg1: str | None, arg2: str | None, db: str | None, trigger: str | None
    ) -> int:
        if action in _READ_ACTIONS:
            if action == sqlite3.SQLITE_FUNCTION and (arg2 or "").lower() in _DENIED_FUNCTIONS:
                return sqlite3.SQLITE_DENY
            return sqlite3.SQLITE_OK
        if action == sqlite3.SQLITE_UPDATE and (arg1 or "").lower() in _SCHEMA_TABLES:
            # SQLite asks this while preparing a join of sqlite_master with a pragma function;
            # the schema table itself can never be modified by a statement
            return sqlite3.SQLITE_OK
        if action == sqlite3.SQLITE_PRAGMA:
            return (
                sqlite3.SQLITE_OK if (arg1 or "").lower() in _READ_PRAGMAS else sqlite3.SQLITE_DENY
            )
        if allow_writes and action in _WRITE_ACTIONS:
            return sqlite3.SQLITE_OK
        return sqlite3.SQLITE_DENY  # ATTACH, DETACH, VACUUM targets and anything unknown

    return check
