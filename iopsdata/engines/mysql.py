"""MySQL / MariaDB through PyMySQL.

Session layer: ``START TRANSACTION READ ONLY`` per statement, always rolled back; a server-side
statement limit (MariaDB ``max_statement_time`` in seconds, MySQL ``max_execution_time`` in ms,
detected from the version); multi-statements and ``LOCAL INFILE`` stay off. PyMySQL applies ``%``
formatting whenever parameters are passed, so statements are sent without a parameter tuple.
Rows stream through an unbuffered cursor and stop at the cap; cancel is ``KILL QUERY`` from a side
connection.
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Iterator
from typing import Any

from iopsdata.catalog.model import Catalog
from iopsdata.engines.base import (
    Engine,
    Reading,
    RunHandle,
    ServerInfo,
    StaleConnection,
    Stream,
    connection_lost,
    row_batches,
    timed_out,
)
from iopsdata.errors import ConnectionFailed, IopsError, QueryCancelled, QueryFailed

_TIMEOUT_CODES = {1969, 3024}  # MariaDB max_statement_time, MySQL max_execution_time
_INTERRUPTED = 1317
_DISCONNECT = {2003, 2006, 2013, 2055, 1927, 1053}
_WRITE_GRANT = re.compile(r"\b(ALL PRIVILEGES|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|FILE)\b", re.I)


class MySQLEngine(Engine):
    kind = "mysql"

    def _kwargs(self) -> dict[str, Any]:
        o = self.options
        return {
            "host": o.get("host") or "127.0.0.1",
            "port": int(o.get("port") or 3306),
            "user": o.get("user") or "root",
            "password": o.get("password") or "",
            "database": o.get("database") or None,
            "connect_timeout": 5,
            "local_infile": False,
            "autocommit": True,
            "charset": "utf8mb4",
        }

    def _connect(self) -> Any:
        import pymysql

        try:
            conn = pymysql.connect(**self._kwargs())
        except pymysql.Error as exc:
            raise ConnectionFailed(
                f"Could not connect to MySQL/MariaDB at {self.describe()}: {self.redact(_message(exc))}",
                hint="Check host, port, database, user and password, and that the server is running.",
            ) from None
        conn.iops_mariadb = "mariadb" in conn.get_server_info().lower()  # type: ignore[attr-defined]
        return conn

    def _alive(self, conn: Any) -> bool:
        return bool(conn.open)

    def release(self, conn: Any, *, broken: bool = False) -> None:
        """Return a connection to the idle pool with a clean session (or close it).

        ``SELECT @a := 1`` or ``GET_LOCK`` would otherwise outlive the statement and reach the
        next user of the pooled connection; ``COM_RESET_CONNECTION`` drops user variables, locks,
        temporary tables and prepared statements, and resets session variables.
        """
        if not broken and self._alive(conn):
            broken = not _reset_session(conn)
        super().release(conn, broken=broken)

    def _kill(self, thread_id: int) -> None:
        import pymysql

        side = pymysql.connect(**{**self._kwargs(), "connect_timeout": 3})
        try:
            with side.cursor() as cur:
                cur.execute(f"KILL QUERY {int(thread_id)}")
        finally:
            side.close()

    def _timeout_sql(self, conn: Any, timeout_s: float) -> str:
        if conn.iops_mariadb:
            return f"SET SESSION max_statement_time = {max(0.001, timeout_s):.3f}"
        return f"SET SESSION max_execution_time = {max(1, int(timeout_s * 1000))}"

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
        try:
            conn, cur = self._start(sql, run, read_only, timeout_s, last=False)
        except StaleConnection:
            conn, cur = self._start(sql, run, read_only, timeout_s, last=True)
        thread_id = conn.thread_id()
        broken = False
        try:
            if cur.description is None:
                yield Stream(None, iter(()), cur.rowcount if cur.rowcount >= 0 else None)
                reading = None
            else:
                names = [d[0] for d in cur.description]
                # an unbuffered cursor: rows come off the socket only as the batches are read
                reading = Reading(row_batches(cur.fetchmany, names))
                yield Stream(None, reading)
            run.on_cancel(None)
            if reading is not None and not reading.finished:
                # unread rows would be drained by close(): stop the server and drop this connection
                self._kill(thread_id)
                _abandon(conn, cur)
                broken = True
                return
            cur.close()
            conn.rollback() if read_only else conn.commit()
        except Exception as exc:
            broken = True  # an interrupted unbuffered result leaves the protocol mid-stream
            _abandon(conn, cur)
            error = self._translate(exc, run, timeout_s)
            if isinstance(error, ConnectionFailed):
                self._stop_orphan(thread_id)
            raise error from None
        finally:
            run.on_cancel(None)
            self.release(conn, broken=broken)

    def _start(
        self, sql: str, run: RunHandle, read_only: bool, timeout_s: float, *, last: bool
    ) -> tuple[Any, Any]:
        """Set the session up and send the statement on an unbuffered cursor."""
        import pymysql.cursors

        conn = self.acquire()
        cur = thread_id = None
        try:
            with conn.cursor() as setup:
                setup.execute(self._timeout_sql(conn, timeout_s))
                setup.execute("START TRANSACTION READ ONLY" if read_only else "START TRANSACTION")
            thread_id = conn.thread_id()
            run.on_cancel(lambda: self._kill(thread_id))  # type: ignore[arg-type]
            cur = conn.cursor(pymysql.cursors.SSCursor)
            cur.execute(sql)  # no args: PyMySQL must not apply % formatting
            return conn, cur
        except Exception as exc:
            run.on_cancel(None)
            _abandon(conn, cur)
            self.release(conn, broken=True)
            error = self._translate(exc, run, timeout_s)
            if isinstance(error, ConnectionFailed) and not run.sent and not last:
                raise StaleConnection from None
            if isinstance(error, ConnectionFailed) and thread_id is not None:
                self._stop_orphan(thread_id)
            raise error from None

    def _stop_orphan(self, thread_id: int) -> None:
        """After the connection died mid-query, stop the statement on the server, in the background.

        MariaDB/MySQL only notice a vanished client when they next send it rows, so an aggregate
        whose client died (network cut, app restart) would run on until its statement limit,
        burning the server's CPU. ``KILL QUERY`` by thread id from a new connection stops it
        (thread ids are not reused while the server runs); if the server cannot be reached,
        there is nothing to stop and the attempt is dropped. The user's error is not delayed."""

        def kill() -> None:
            with contextlib.suppress(Exception):
                self._kill(thread_id)

        threading.Thread(target=kill, name="iopsdata-mysql-orphan", daemon=True).start()

    def _translate(
        self, exc: BaseException, run: RunHandle, timeout_s: float | None = None
    ) -> Exception:
        if isinstance(exc, IopsError):
            return exc
        code = exc.args[0] if exc.args and isinstance(exc.args[0], int) else None
        msg = self.redact(_message(exc))
        if code in _TIMEOUT_CODES:
            return timed_out(timeout_s, on_server=True)
        if code == _INTERRUPTED or run.cancelled.is_set():
            return QueryCancelled("The query was cancelled.")
        if code in _DISCONNECT:
            return connection_lost("MySQL/MariaDB", msg)
        if code == 1792:
            return QueryFailed(
                f"The database refused to write: {msg}", title="Read-only connection"
            )
        return QueryFailed(msg)

    def introspect(self) -> Catalog:
        from iopsdata.catalog.mysql import introspect_mysql

        conn = self.acquire()
        broken = False
        try:
            with conn.cursor() as cur:
                cur.execute("START TRANSACTION READ ONLY")
                catalog = introspect_mysql(cur)
            conn.rollback()
            return catalog
        except Exception as exc:
            broken = True
            raise self._translate(exc, RunHandle()) from None
        finally:
            self.release(conn, broken=broken)

    def server_info(self) -> ServerInfo:
        conn = self.acquire()
        try:
            with conn.cursor() as cur:
                cur.execute("SELECT VERSION(), CURRENT_USER()")
                version, role = cur.fetchone()
                cur.execute("SHOW GRANTS")
                grants = [r[0] for r in cur.fetchall()]
            superuser = any(re.search(r"ALL PRIVILEGES ON \*\.\*|\bSUPER\b", g) for g in grants)
            writers = [
                g.split(" TO ")[0] for g in grants if _WRITE_GRANT.search(g.split(" ON ")[0])
            ]
            flavour = "MariaDB" if conn.iops_mariadb else "MySQL"
            return ServerInfo(f"{flavour} {version}", role, superuser, bool(writers), writers[:5])
        except Exception as exc:
            raise self._translate(exc, RunHandle()) from None
        finally:
            self.release(conn)


_COM_RESET_CONNECTION = 0x1F  # MySQL 5.7+, MariaDB 10.2+; PyMySQL has no public call for it


def _reset_session(conn: Any) -> bool:
    """Reset the session state; False when the server refused (the connection is then closed)."""
    try:
        conn._execute_command(_COM_RESET_CONNECTION, b"")
        conn._read_ok_packet()
        conn.set_character_set("utf8mb4")  # the reset restores the server's defaults
        conn.autocommit(True)
        return True
    except Exception:
        return False


def _abandon(conn: Any, cur: Any) -> None:
    """Forget an unread unbuffered result so closing does not try to drain it, then close."""
    for holder in (cur, conn):
        res = getattr(holder, "_result", None)
        if res is not None:
            res.unbuffered_active = False
    with contextlib.suppress(Exception):
        conn.close()


def _message(exc: BaseException) -> str:
    if len(exc.args) >= 2:
        return str(exc.args[1])
    return str(exc) or type(exc).__name__
