"""The engine contract: one object per configured connection that runs one statement safely.

An engine owns its driver connections (a small idle pool), applies the session layer of the
read-only model (DESIGN §6 layer 2), enforces the timeout, stops fetching at the row/byte caps and
can be cancelled from another thread through a :class:`RunHandle`. It knows nothing of the guard,
the audit log or the workspace: :mod:`iopsdata.execute` composes those.
"""

from __future__ import annotations

import contextlib
import threading
import uuid
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

import pyarrow as pa

from iopsdata.engines.kinds import redact_text
from iopsdata.errors import ConnectionFailed, QueryTimeout

if TYPE_CHECKING:
    from iopsdata.catalog.model import Catalog


class RunHandle:
    """One execution in flight: lets another thread cancel it and tells why it stopped."""

    def __init__(self, run_id: str | None = None) -> None:
        self.id = run_id or uuid.uuid4().hex
        self.cancelled = threading.Event()
        self.timed_out = False
        #: the statement went to the server (engines register its cancel just before sending it);
        #: until then a failure ran nothing, so the engine may safely retry on a new connection
        self.sent = False
        self._lock = threading.Lock()
        self._cancel_fn: Callable[[], None] | None = None

    def on_cancel(self, fn: Callable[[], None] | None) -> None:
        """Register how to stop the server-side work, right before sending the statement
        (``None`` once it is done)."""
        with self._lock:
            self._cancel_fn = fn
            if fn is not None:
                self.sent = True
        if fn is not None and self.cancelled.is_set():
            _quietly(fn)

    def cancel(self) -> None:
        """Ask the engine to stop; safe to call from any thread, any number of times."""
        self.cancelled.set()
        with self._lock:
            fn = self._cancel_fn
        if fn is not None:
            _quietly(fn)


def _quietly(fn: Callable[[], None]) -> None:
    # cancelling a statement that has just finished is not an error
    with contextlib.suppress(Exception):
        fn()


@dataclass
class Fetched:
    """What an engine returns: the rows kept, and whether a cap cut them."""

    table: pa.Table
    truncated: bool = False
    cap: str | None = None  # "rows" or "bytes"
    affected: int | None = None  # rows changed by a write statement


@dataclass
class ServerInfo:
    server_version: str
    current_role: str
    is_superuser: bool
    can_write: bool
    details: list[str] = field(default_factory=list)


class Engine(ABC):
    """Base class: subclasses set ``kind`` and implement the abstract methods.

    Every public method raises only ``IopsError`` subclasses: ConnectionFailed when the database
    cannot be reached, QueryFailed / QueryTimeout / QueryCancelled for a statement.
    """

    kind: ClassVar[str]

    def __init__(self, options: dict[str, Any], *, memory_limit: str = "1GB") -> None:
        self.options = dict(options)
        self.memory_limit = memory_limit
        self._idle: list[Any] = []
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.describe()})"

    def describe(self) -> str:
        """Where this engine points, without secrets."""
        o = self.options
        if "path" in o or self.kind in ("sqlite", "duckdb"):
            return str(o.get("path") or ":memory:")
        return f"{o.get('user')}@{o.get('host')}:{o.get('port')}/{o.get('database')}"

    def redact(self, text: str) -> str:
        return redact_text(text, self.options, self.kind)

    # -- driver connection pool -------------------------------------------------------------
    @abstractmethod
    def _connect(self) -> Any:
        """Open one driver connection. Raises ConnectionFailed."""

    def _alive(self, conn: Any) -> bool:
        return True

    def _close_conn(self, conn: Any) -> None:
        with contextlib.suppress(Exception):
            conn.close()

    def acquire(self) -> Any:
        with self._lock:
            while self._idle:
                conn = self._idle.pop()
                if self._alive(conn):
                    return conn
                self._close_conn(conn)
        return self._connect()

    def release(self, conn: Any, *, broken: bool = False) -> None:
        if broken or not self._alive(conn):
            self._close_conn(conn)
            return
        with self._lock:
            if len(self._idle) < 4:
                self._idle.append(conn)
                return
        self._close_conn(conn)

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for conn in idle:
            self._close_conn(conn)

    # -- the contract ---------------------------------------------------------------------
    @abstractmethod
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
        """Run one statement in the engine's session layer and fetch at most the caps."""

    @abstractmethod
    def introspect(self) -> Catalog:
        """Every schema's tables, views, columns, keys and comments in a few bulk queries."""

    @abstractmethod
    def server_info(self) -> ServerInfo:
        """Version, role and whether that role could write (for the connection test)."""


# -- errors shared by engines ----------------------------------------------------------------
class StaleConnection(Exception):
    """A pooled connection failed before the statement was sent (it died while idle)."""


def once_more_if_stale(attempt: Callable[[bool], Fetched]) -> Fetched:
    """Run ``attempt(last=False)``; if it raises ``StaleConnection`` run ``attempt(last=True)``.

    A pooled connection that died while idle (server restart, network cut) fails before the
    statement is sent: nothing ran, so one new connection is safe. A failure after sending is
    never retried: the statement may have had effects, and the user decides.
    """
    try:
        return attempt(False)
    except StaleConnection:
        return attempt(True)


def timed_out(timeout_s: float | None, *, on_server: bool = False) -> QueryTimeout:
    """The timeout error every engine raises: it names the limit, so the user knows what to raise."""
    where = " on the server" if on_server else ""
    after = f" after {timeout_s:g} s" if timeout_s else ""
    return QueryTimeout(
        f"The query timed out{after} (this connection's time limit) and was stopped{where}.",
        hint="Add filters or a LIMIT, or raise this connection's timeout.",
    )


def connection_lost(database: str, detail: str) -> ConnectionFailed:
    """The error for a connection that died while a statement ran (server restart, network cut,
    the session killed by an administrator): it says so, and that running again is safe."""
    return ConnectionFailed(
        f"The connection to {database} was lost while the query ran: {detail}",
        title="Connection lost",
        hint="Run the query again; a new connection will be opened.",
    )


# -- Arrow helpers shared by engines --------------------------------------------------------
def collect(
    batches: Iterable[pa.RecordBatch], schema: pa.Schema | None, max_rows: int, max_bytes: int
) -> Fetched:
    """Concatenate record batches until a cap; ``truncated`` when rows were left unread."""
    kept: list[pa.RecordBatch] = []
    rows = size = 0
    it: Iterator[pa.RecordBatch] = iter(batches)
    truncated, cap = False, None
    for batch in it:
        if schema is None:
            schema = batch.schema
        if rows + batch.num_rows > max_rows:
            batch = batch.slice(0, max_rows - rows)
            truncated, cap = True, "rows"
        if size + batch.nbytes > max_bytes and batch.num_rows:
            batch = _fit(batch, max_bytes - size)
            truncated, cap = True, "bytes"
        kept.append(batch)
        rows += batch.num_rows
        size += batch.nbytes
        if truncated:
            break
        if rows == max_rows:
            # one more batch tells whether anything was cut
            nxt = next(it, None)
            if nxt is not None and nxt.num_rows:
                truncated, cap = True, "rows"
            break
    table = pa.Table.from_batches(kept, schema=schema) if schema is not None else pa.table({})
    if len(set(table.column_names)) != table.num_columns:
        table = table.rename_columns(_unique(table.column_names))
    return Fetched(table, truncated, cap)


def rows_to_batch(names: Sequence[str], rows: Sequence[Sequence[Any]]) -> pa.RecordBatch:
    """Build an Arrow batch from driver tuples by columns; a column Arrow cannot type becomes text."""
    names = _unique(names)
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in names]
    arrays = []
    for values in columns:
        try:
            arrays.append(pa.array(values))
        except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
            arrays.append(
                pa.array([None if v is None else str(v) for v in values], type=pa.string())
            )
    return pa.RecordBatch.from_arrays(arrays, names=list(names))


def fetch_rows(
    fetchmany: Callable[[int], Sequence[Sequence[Any]]],
    names: Sequence[str],
    max_rows: int,
    max_bytes: int,
) -> Fetched:
    """Fetch driver tuples up to ``max_rows`` (+1 to know if more exist) into one Arrow table."""
    rows: list[Sequence[Any]] = []
    while len(rows) <= max_rows:
        chunk = fetchmany(min(10_000, max_rows + 1 - len(rows)))
        if not chunk:
            break
        rows.extend(chunk)
    truncated = len(rows) > max_rows
    batch = rows_to_batch(names, rows[:max_rows])
    cap = "rows" if truncated else None
    if batch.nbytes > max_bytes and batch.num_rows:
        batch = _fit(batch, max_bytes)
        truncated, cap = True, "bytes"
    return Fetched(pa.Table.from_batches([batch]), truncated, cap)


def _fit(batch: pa.RecordBatch, budget: int) -> pa.RecordBatch:
    """The longest prefix of ``batch`` whose Arrow size fits ``budget`` bytes."""
    keep = max(0, budget) * batch.num_rows // max(1, batch.nbytes)
    while keep > 0 and batch.slice(0, keep).nbytes > budget:
        keep -= max(1, keep // 100)
    return batch.slice(0, keep)


def _unique(names: Sequence[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for n in names:
        if n in seen:
            seen[n] += 1
            out.append(f"{n}_{seen[n]}")
        else:
            seen[n] = 0
            out.append(n)
    return out
