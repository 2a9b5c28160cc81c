"""Engine set-up, transactions and error translation shared by every repository of the store."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Row, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

from iopsdata.errors import NotFound, StoreError

TxHook = Callable[[Connection], None]


def new_id() -> str:
    return str(uuid.uuid4())


def now() -> datetime:
    return datetime.now(UTC)


def as_dict(row: Row[Any] | None, what: str = "item") -> dict[str, Any]:
    if row is None:
        raise NotFound(f"That {what} does not exist in this workspace.")
    return dict(row._mapping)


def create_store_engine(url: str) -> Engine:
    """An engine for the metadata store; SQLite gets WAL, foreign keys and a busy timeout.

    Raises:
        StoreError: the URL is malformed or the SQLite folder cannot be created or written.
    """
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError("IOPSDATA_DATABASE_URL is not a valid database URL.") from exc
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() == "sqlite":
        db = parsed.database or ""
        if db and db != ":memory:" and not db.startswith("file:"):  # a URI names an existing file
            folder = Path(db).parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(
                    f"The data folder {folder} cannot be created ({exc.strerror}).",
                    hint="Point IOPSDATA_HOME at a writable folder.",
                ) from exc
        engine = create_engine(
            parsed, connect_args={"check_same_thread": False, "timeout": 15}, pool_pre_ping=True
        )

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.close()

        return engine
    return create_engine(parsed, pool_pre_ping=True, pool_size=5, max_overflow=5)


class StoreBase:
    """Owns the engine; every repository method runs inside :meth:`_tx`."""

    def __init__(self, engine: Engine, *, tx_hook: TxHook | None = None) -> None:
        self.engine = engine
        self._tx_hook = tx_hook

    def __repr__(self) -> str:
        return f"Store({self.engine.url.render_as_string(hide_password=True)})"

    @contextmanager
    def _tx(self) -> Iterator[Connection]:
        """One transaction; driver errors become StoreError without leaking the URL or password."""
        try:
            with self.engine.begin() as conn:
                if self._tx_hook is not None:
                    self._tx_hook(conn)
                yield conn
        except (NotFound, StoreError):
            raise
        except DBAPIError as exc:
            raise StoreError(_describe(exc)) from exc
        except SQLAlchemyError as exc:
            raise StoreError("The metadata store could not complete the operation.") from exc


def _describe(exc: DBAPIError) -> str:
    text = str(getattr(exc, "orig", exc)).lower()
    if "readonly" in text or "read-only" in text:
        return "The metadata store is read-only: iOpsData cannot save changes. Make IOPSDATA_HOME writable."
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return "The metadata database file is corrupt or is not a database. Restore it from a backup or move it away to start afresh."
    if "unique" in text or "duplicate" in text:
        return "An item with that name already exists."
    if "could not connect" in text or "connection refused" in text or "unable to open" in text:
        return "The metadata store cannot be reached. Check IOPSDATA_DATABASE_URL and that the database is running."
    if "permission denied" in text or "row-level security" in text:
        return "The metadata store refused the operation (permission denied)."
    return "The metadata store could not complete the operation."
