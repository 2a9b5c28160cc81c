"""PostgreSQL: psycopg 3 for the session, ADBC for fast Arrow fetches of SELECTs.

Session layer: every statement runs in its own ``READ ONLY`` transaction with ``SET LOCAL
statement_timeout`` and is always rolled back. Both drivers use the extended protocol (psycopg with
``prepare_threshold=0``; ADBC prepares every query), so a ``COMMIT`` hidden after a ``;`` cannot split
the statement: PostgreSQL refuses "multiple commands in a prepared statement". SELECT-like statements
are fetched by ADBC (binary COPY into Arrow, no Python row objects) wrapped in ``LIMIT cap + 1`` so the
server stops at the cap; SHOW/EXPLAIN and writes go through psycopg.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from iopsdata.catalog.model import Catalog
from iopsdata.engines.base import (
    BATCH_BYTES,
    Engine,
    Fetched,
    Reading,
    RunHandle,
    ServerInfo,
    Stream,
    connection_lost,
    row_batches,
    timed_out,
)
from iopsdata.engines.pg_arrow import needs_text, numeric_columns, plain_batch, plain_schema
from iopsdata.errors import ConnectionFailed, QueryCancelled, QueryFailed

# comments and opening parentheses, with any space between them, before the first keyword
# (``( (SELECT …`` once slipped past an older pattern and was fetched without a LIMIT)
_LEAD = r"^(?:\s+|--[^\n]*(?:\n|$)|/\*.*?\*/|\()*"
_SELECT_LIKE = re.compile(_LEAD + r"(select|with|values|table)\b", re.I | re.S)
# statements PostgreSQL will not DECLARE a cursor for; their output is a plan or one setting
_SMALL_OUTPUT = re.compile(_LEAD + r"(explain|show)\b", re.I | re.S)
# PostgreSQL notices a vanished client only when it next writes to it, so a query whose client
# died (network cut, app crash) would run on until its statement_timeout. With this setting (PG
# 14+, any role may set it) the backend checks the socket every second and stops the query.
_CLIENT_CHECK = "SET client_connection_check_interval = 1000"


class _Conn:
    """A psycopg connection plus a lazily opened ADBC connection to the same server."""

    def __init__(self, psy: Any) -> None:
        self.psy = psy
        self.adbc: Any = None
        self.adbc_pid: int | None = None


@dataclass
class _Opened:
    """A statement sent on one of the two paths: its stream, how to stop it, how to end it."""

    stream: Stream
    reading: Reading
    stop: Callable[[], None]
    end: Callable[[bool], None]


def _noop() -> None:
    return None


class PostgresEngine(Engine):
    kind = "postgresql"

    @property
    def _set_role(self) -> str | None:
        """``SET LOCAL ROLE`` to the owner's read-only role, or None.

        A superuser (or a login that can write) passes every check of a read-only transaction
        (FACTS.md); running each read as a role with SELECT grants only drops those rights for
        the transaction. The user's SQL cannot undo it: the guard refuses SET/RESET and
        ``set_config``, and the extended protocol takes one statement.
        """
        role = str(self.options.get("read_role") or "").strip()
        return 'SET LOCAL ROLE "' + role.replace('"', '""') + '"' if role else None

    def _params(self) -> dict[str, Any]:
        o = self.options
        p = {
            "host": o.get("host") or "127.0.0.1",
            "port": int(o.get("port") or 5432),
            "dbname": o.get("database") or "postgres",
            "user": o.get("user") or "postgres",
            "connect_timeout": 5,
            "application_name": "iopsdata",
        }
        if o.get("password"):
            p["password"] = o["password"]
        if o.get("sslmode"):
            p["sslmode"] = o["sslmode"]
        return p

    def _connect(self) -> _Conn:
        import psycopg

        try:
            psy = psycopg.connect(**self._params(), autocommit=False, prepare_threshold=0)
        except psycopg.Error as exc:
            raise ConnectionFailed(
                f"Could not connect to PostgreSQL at {self.describe()}: {self.redact(_first_line(exc))}",
                hint="Check host, port, database, user and password, and that the server is running.",
            ) from None
        _try_session_setting(psy, _CLIENT_CHECK)
        return _Conn(psy)

    def _alive(self, conn: _Conn) -> bool:
        return not conn.psy.closed and not conn.psy.broken

    def _close_conn(self, conn: _Conn) -> None:
        for c in (conn.adbc, conn.psy):
            try:
                if c is not None:
                    c.close()
            except Exception:
                pass

    def _adbc(self, conn: _Conn) -> Any:
        if conn.adbc is None:
            import adbc_driver_postgresql.dbapi as adbc
            from psycopg.conninfo import make_conninfo

            try:
                conn.adbc = adbc.connect(make_conninfo(**self._params()), autocommit=False)
                cur = conn.adbc.cursor()
                cur.execute("SELECT pg_backend_pid() AS pid")
                conn.adbc_pid = int(cur.fetch_arrow_table().column(0)[0].as_py())
                conn.adbc.rollback()
                _try_session_setting(conn.adbc, _CLIENT_CHECK)
            except Exception as exc:  # ADBC raises its own DB-API classes
                conn.adbc = None
                raise ConnectionFailed(
                    f"Could not connect to PostgreSQL at {self.describe()}: {self.redact(_first_line(exc))}"
                ) from None
        return conn.adbc

    def _cancel_backend(self, pid: int) -> None:
        import psycopg

        with psycopg.connect(**self._params(), autocommit=True) as side:
            side.execute("SELECT pg_cancel_backend(%s)", (pid,))

    # -- execution ---------------------------------------------------------------------------
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
        fetched = super().execute(
            sql,
            run=run,
            read_only=read_only,
            timeout_s=timeout_s,
            max_rows=max_rows,
            max_bytes=max_bytes,
        )
        fetched.table = numeric_columns(fetched.table)  # decimals for charts and sums
        return fetched

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
        for last in (False, True):
            conn = self.acquire()
            try:
                opened = self._send(conn, sql, run, read_only, timeout_s, limit)
                break
            except Exception as exc:
                run.on_cancel(None)
                broken = not self._alive(conn) or _is_disconnect(exc)
                self.release(conn, broken=broken)
                if broken and not run.sent and not last:
                    continue  # a pooled connection died while idle: nothing ran, try a new one
                raise self._translate(exc, run, timeout_s) from None
        broken = ok = False
        try:
            yield opened.stream
            ok = True
        except Exception as exc:
            broken = not self._alive(conn) or _is_disconnect(exc)
            raise self._translate(exc, run, timeout_s) from None
        finally:
            run.on_cancel(None)
            if not opened.reading.finished:  # rows still in flight: stop the server first
                with contextlib.suppress(Exception):
                    opened.stop()
            opened.end(ok)
            self.release(conn, broken=broken or not self._alive(conn))

    def _send(
        self,
        conn: _Conn,
        sql: str,
        run: RunHandle,
        read_only: bool,
        timeout_s: float,
        limit: int | None,
    ) -> _Opened:
        """Start the statement on the fastest path that streams it."""
        if read_only and _SELECT_LIKE.match(sql):
            wrapped = _limited(sql, limit) if limit is not None else sql
            opened = self._send_adbc(conn, wrapped, run, timeout_s)
            if opened is not None:
                return opened
            # a column type ADBC only passes as raw binary: let psycopg decode it as text
            sql = wrapped
        return self._send_psycopg(conn, sql, run, read_only, timeout_s)

    def _send_adbc(self, conn: _Conn, sql: str, run: RunHandle, timeout_s: float) -> _Opened | None:
        """A SELECT as Arrow batches (binary COPY, no Python row objects); None when a column
        needs psycopg's text decoding instead."""
        adbc = self._adbc(conn)
        pid = int(conn.adbc_pid or 0)
        cur = adbc.cursor()

        def end(ok: bool) -> None:
            try:
                cur.close()
                adbc.rollback()
            except Exception:  # a broken connection is replaced on release
                conn.psy.close()

        try:
            cur.execute("SET TRANSACTION READ ONLY")
            cur.execute(f"SET LOCAL statement_timeout = {int(timeout_s * 1000)}")
            if self._set_role:  # the owner's read-only role, for this transaction only
                cur.execute(self._set_role)
            cur.adbc_statement.set_options(
                **{"adbc.postgresql.batch_size_hint_bytes": str(BATCH_BYTES)}
            )
            # decide before running: a statement ADBC cannot decode would otherwise run twice,
            # once here and again through psycopg (twice the work, twice the timeout)
            if needs_text(cur.adbc_execute_schema(sql)):
                end(True)
                return None
            run.on_cancel(lambda: self._cancel_backend(pid))
            cur.execute(sql)
            reader = cur.fetch_record_batch()
            if needs_text(reader.schema):
                self._cancel_backend(pid)
                end(False)
                return None
        except BaseException:
            end(False)
            raise
        reading = Reading(plain_batch(b) for b in reader)
        return _Opened(
            Stream(plain_schema(reader.schema), reading),
            reading,
            lambda: self._cancel_backend(pid),
            end,
        )

    def _send_psycopg(
        self, conn: _Conn, sql: str, run: RunHandle, read_only: bool, timeout_s: float
    ) -> _Opened:
        """Through psycopg: a read runs as a server-side cursor (``DECLARE … CURSOR``), so the
        server computes rows only as they are fetched and nothing is buffered client-side; only
        EXPLAIN and SHOW (small outputs DECLARE refuses) and opted-in writes use a plain cursor."""
        psy = conn.psy
        setup = psy.cursor()
        cur: Any = None

        def end(ok: bool) -> None:
            if psy.closed:
                return
            if cur is not None:
                with contextlib.suppress(Exception):
                    cur.close()
            try:
                if ok and not read_only:
                    psy.commit()
                else:
                    psy.rollback()
            except Exception:
                psy.close()

        try:
            setup.execute("BEGIN READ ONLY" if read_only else "BEGIN")
            setup.execute(f"SET LOCAL statement_timeout = {int(timeout_s * 1000)}")
            if read_only and self._set_role:  # the owner's read-only role, this transaction only
                setup.execute(self._set_role.encode())
            setup.close()
            server_side = read_only and not _SMALL_OUTPUT.match(sql)
            cur = psy.cursor(name=f"iops_{run.id[:16]}") if server_side else psy.cursor()
            run.on_cancel(psy.cancel_safe)
            cur.execute(sql.encode())  # bytes: no client-side % handling, extended protocol
        except BaseException:
            end(False)
            raise
        if cur.description is None:
            reading = Reading(iter(()))
            affected = cur.rowcount if cur.rowcount >= 0 else None
            return _Opened(Stream(None, reading, affected), reading, _noop, end)
        names = [d.name for d in cur.description]
        reading = Reading(row_batches(cur.fetchmany, names))
        # a server-side cursor computes nothing unfetched: ending the transaction stops it
        return _Opened(Stream(None, reading), reading, _noop, end)

    def _translate(
        self, exc: BaseException, run: RunHandle, timeout_s: float | None = None
    ) -> Exception:
        from iopsdata.errors import IopsError

        if isinstance(exc, IopsError):
            return exc
        msg = self.redact(_first_line(exc))
        state = getattr(exc, "sqlstate", None) or ""
        if state == "57014" or "canceling statement" in msg:
            if run.cancelled.is_set():
                return QueryCancelled("The query was cancelled.")
            return timed_out(timeout_s, on_server=True)
        if _is_disconnect(exc):
            return connection_lost("PostgreSQL", msg)
        if state == "25006" or "read-only transaction" in msg:
            return QueryFailed(
                f"The database refused to write: {msg}", title="Read-only connection"
            )
        return QueryFailed(msg)

    # -- metadata ------------------------------------------------------------------------------
    def introspect(self) -> Catalog:
        from iopsdata.catalog.postgres import introspect_postgres

        conn = self.acquire()
        broken = False
        try:
            with conn.psy.cursor() as cur:
                cur.execute("BEGIN READ ONLY")
                cur.execute("SET LOCAL statement_timeout = 120000")
                return introspect_postgres(cur)
        except Exception as exc:
            broken = _is_disconnect(exc)
            raise self._translate(exc, RunHandle()) from None
        finally:
            if not conn.psy.closed:
                conn.psy.rollback()
            self.release(conn, broken=broken)

    def server_info(self) -> ServerInfo:
        conn = self.acquire()
        try:
            with conn.psy.cursor() as cur:
                cur.execute("BEGIN READ ONLY")
                if self._set_role:  # report the rights reads will run with
                    cur.execute(self._set_role.encode())
                cur.execute(_SERVER_INFO)
                version, role, superuser, writes, creates = cur.fetchone()
            details = []
            if writes:
                details.append("can INSERT/UPDATE/DELETE/TRUNCATE some tables")
            if creates:
                details.append("can CREATE in a schema or the database")
            return ServerInfo(
                f"PostgreSQL {version}",
                role,
                bool(superuser),
                bool(writes or creates or superuser),
                details,
            )
        except Exception as exc:
            raise self._translate(exc, RunHandle()) from None
        finally:
            if not conn.psy.closed:
                conn.psy.rollback()
            self.release(conn)


_SERVER_INFO = """
SELECT current_setting('server_version'), current_user, r.rolsuper,
  EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
            AND n.nspname NOT LIKE 'pg\\_%'
            AND has_table_privilege(c.oid, 'INSERT, UPDATE, DELETE, TRUNCATE')),
  EXISTS (SELECT 1 FROM pg_namespace n WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
            AND n.nspname NOT LIKE 'pg\\_%' AND has_schema_privilege(n.oid, 'CREATE'))
  OR has_database_privilege(current_database(), 'CREATE')
FROM pg_roles r WHERE r.rolname = current_user
"""


def _try_session_setting(conn: Any, statement: str) -> None:
    """Apply a session setting the server may not know (older versions, poolers): best effort,
    committed so it outlives the transaction; a refusal is rolled back and ignored."""
    try:
        cur = conn.cursor()
        try:
            cur.execute(statement)
        finally:
            cur.close()
        conn.commit()
    except Exception:
        with contextlib.suppress(Exception):
            conn.rollback()


def _limited(sql: str, limit: int) -> str:
    """Wrap a SELECT so the server stops producing rows at the cap (the newline ends a comment)."""
    body = sql.strip().rstrip(";").rstrip()
    return f"SELECT * FROM (\n{body}\n) AS _iops_q LIMIT {limit}"


def _first_line(exc: BaseException) -> str:
    """The server's message without driver prefixes (ADBC adds status codes and libpq tags)."""
    text = str(exc).strip() or type(exc).__name__
    text = re.sub(r"^(INVALID_ARGUMENT|IO|INTERNAL|UNKNOWN|CANCELLED|TIMEOUT): ", "", text)
    text = re.sub(r"^\[libpq\] ", "", text)
    text = re.sub(r"^(Execution error \[\w+\]: |Failed to (execute|prepare) query: )", "", text)
    text = re.sub(r"^could not begin COPY: ", "", text)
    line = text.split("\n")[0].strip()
    return re.sub(r"^(ERROR|FATAL):\s+", "", line)


def _is_disconnect(exc: BaseException) -> bool:
    import psycopg

    if isinstance(exc, psycopg.OperationalError) and not isinstance(
        exc, psycopg.errors.QueryCanceled
    ):
        return True
    text = str(exc).lower()
    return any(
        s in text
        for s in (
            "server closed the connection",
            "connection refused",
            "terminating connection",
            "no connection to the server",
            "connection is closed",
        )
    )
