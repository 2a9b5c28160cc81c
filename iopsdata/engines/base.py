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
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from iopsdata.engines.kinds import redact_text
from iopsdata.errors import ConnectionFailed, IopsError, QueryFailed, QueryTimeout

#: about how many bytes one batch of a stream holds: what a reader may hold beyond its own caps
BATCH_BYTES = 4 << 20

if TYPE_CHECKING:
    import pyarrow as pa

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
class Stream:
    """One open statement's rows, handed over batch by batch as the driver receives them.

    Nothing is read ahead: a consumer that stops leaving the ``with`` block before the end stops
    the statement (server-side work included), so a reader holds at most what it kept plus one
    batch. ``affected`` is set instead of rows for a statement that changes rows.
    """

    schema: pa.Schema | None
    batches: Iterator[pa.RecordBatch]
    affected: int | None = None


class Reading:
    """A batch iterator that remembers whether it was read to the end, so an engine knows on
    leaving a stream whether rows are still in flight (then it stops the statement)."""

    def __init__(self, batches: Iterable[pa.RecordBatch]) -> None:
        self._it = iter(batches)
        self.finished = False

    def __iter__(self) -> Reading:
        return self

    def __next__(self) -> pa.RecordBatch:
        try:
            return next(self._it)
        except StopIteration:
            self.finished = True
            raise


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
        """Run one statement in the engine's session layer and keep at most the caps.

        The capped read of :meth:`stream`: the caps are enforced while the batches arrive, so
        no statement holds more than ``max_bytes`` plus one batch, and the statement is stopped
        as soon as a cap is reached.
        """
        with self.stream(
            sql,
            run=run,
            read_only=read_only,
            timeout_s=timeout_s,
            limit=max_rows + 1,
            max_value_bytes=max_bytes,
        ) as opened:
            if opened.affected is not None:
                import pyarrow as pa

                return Fetched(pa.table({}), affected=opened.affected)
            return collect(opened.batches, opened.schema, max_rows, max_bytes)

    @contextlib.contextmanager
    def stream(
        self,
        sql: str,
        *,
        run: RunHandle,
        read_only: bool,
        timeout_s: float,
        limit: int | None = None,
        max_value_bytes: int = 64 << 20,
    ) -> Iterator[Stream]:
        """Open one statement in the session layer and stream its rows (the one way rows are read).

        Args:
            limit: most rows wanted (the engine may tell the server, so it stops producing
                rows there); None for every row (exports).
            max_value_bytes: largest single value the engine accepts where the database lets it
                say so (SQLite); larger values fail the statement instead of filling memory.

        Raises only ``IopsError`` subclasses, also from iterating the batches: Arrow's and the
        drivers' own errors (``OSError``, ``ArrowInvalid``, ``MemoryError``) are translated here.
        """
        import pyarrow as pa  # not at module level: the first page never reads rows

        try:
            with self._open(
                sql,
                run=run,
                read_only=read_only,
                timeout_s=timeout_s,
                limit=limit,
                max_value_bytes=max_value_bytes,
            ) as opened:
                yield opened
        except IopsError:
            raise
        except (OSError, pa.ArrowException, MemoryError) as exc:
            raise data_failure(exc) from None

    @abstractmethod
    def _open(
        self,
        sql: str,
        *,
        run: RunHandle,
        read_only: bool,
        timeout_s: float,
        limit: int | None,
        max_value_bytes: int,
    ) -> AbstractContextManager[Stream]:
        """The engine's part of :meth:`stream`: leaving the block early must stop the statement
        on the server, end its transaction (rolled back when read-only) and release the
        connection; driver errors, also those raised while iterating, become ``IopsError``."""

    @abstractmethod
    def introspect(self) -> Catalog:
        """Every schema's tables, views, columns, keys and comments in a few bulk queries."""

    @abstractmethod
    def server_info(self) -> ServerInfo:
        """Version, role and whether that role could write (for the connection test)."""


# -- errors shared by engines ----------------------------------------------------------------
def data_failure(exc: BaseException) -> QueryFailed:
    """The error for a result Arrow or the process could not hold (a value past Arrow's 2 GB
    string buffers, memory exhausted): raised at the engine boundary, never a raw ``OSError``."""
    if isinstance(exc, MemoryError):
        return QueryFailed(
            "The result needs more memory than this server has.",
            title="Result too large",
            hint="Select fewer or narrower columns, or add filters or a LIMIT.",
        )
    text = (str(exc).strip() or type(exc).__name__).splitlines()[0][:300]
    return QueryFailed(
        f"The result could not be read: {text}",
        hint="Select fewer or narrower columns, or add filters or a LIMIT.",
    )


class StaleConnection(Exception):
    """A pooled connection failed before the statement was sent (it died while idle).

    Nothing ran, so one new connection is safe. A failure after sending is never retried: the
    statement may have had effects, and the user decides."""


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
    table = _concat(kept, schema)
    if len(set(table.column_names)) != table.num_columns:
        table = table.rename_columns(_unique(table.column_names))
    return Fetched(table, truncated, cap)


def _concat(kept: list[pa.RecordBatch], schema: pa.Schema | None) -> pa.Table:
    """One table from batches whose inferred types may differ (driver tuples: a column all NULL
    in its first rows, integers then decimals): widened where Arrow can, else made text."""
    import pyarrow as pa

    if not kept:
        return schema.empty_table() if schema is not None else pa.table({})
    if all(b.schema.equals(kept[0].schema) for b in kept):
        return pa.Table.from_batches(kept)
    tables = [pa.Table.from_batches([b]) for b in kept]
    try:
        return pa.concat_tables(tables, promote_options="permissive")
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
        texts = [_as_text(t) for t in tables]
        return pa.concat_tables(texts, promote_options="permissive")


def _as_text(table: pa.Table) -> pa.Table:
    import pyarrow as pa
    import pyarrow.compute as pc

    columns = [
        pc.cast(c, pa.string()) if not pa.types.is_null(c.type) else c for c in table.columns
    ]
    return pa.table(columns, names=table.column_names)


def rows_to_batch(
    names: Sequence[str],
    rows: Sequence[Sequence[Any]],
    known: list[pa.DataType | None] | None = None,
) -> pa.RecordBatch:
    """Build an Arrow batch from driver tuples by columns; a column Arrow cannot type becomes text.

    ``known`` (updated in place) carries each column's type from earlier batches of the same
    result, so a column NULL in this batch keeps that type and batches stay alike.
    """
    import pyarrow as pa

    names = _unique(names)
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in names]
    known = known if known is not None else [None] * len(names)
    arrays = []
    for i, values in enumerate(columns):
        try:
            array = pa.array(values)
        except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
            array = pa.array([None if v is None else str(v) for v in values], type=pa.string())
        before = known[i]
        if before is not None and array.type != before:
            with contextlib.suppress(
                pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError
            ):
                array = array.cast(before)
        elif before is None and not pa.types.is_null(array.type):
            known[i] = array.type
        arrays.append(array)
    return pa.RecordBatch.from_arrays(arrays, names=list(names))


def row_batches(
    fetchmany: Callable[[int], Sequence[Sequence[Any]]],
    names: Sequence[str],
    batch_bytes: int = BATCH_BYTES,
) -> Iterator[pa.RecordBatch]:
    """Driver tuples as Arrow batches of about ``batch_bytes``, fetched as they are needed.

    The number of rows asked of the driver starts at one and follows the widths seen (doubling at
    most), so rows of a few bytes come in tens of thousands per call and rows of 50 MB one at a
    time: the driver never holds more than about one batch, however wide the rows are.
    """
    size = 1
    known: list[pa.DataType | None] = [None] * len(names)
    while True:
        rows = fetchmany(size)
        if not rows:
            return
        batch = rows_to_batch(names, rows, known)
        del rows
        per_row = max(1, batch.nbytes // max(1, batch.num_rows))
        size = max(1, min(size * 2, batch_bytes // per_row, 65_536))
        yield batch


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
