"""Engine set-up, transactions and error translation shared by every repository of the store."""

from __future__ import annotations

import stat
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Row, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, DisconnectionError, SQLAlchemyError

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

        path = Path(db) if db and db != ":memory:" and not db.startswith("file:") else None

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.close()
            record.info["iops_file"] = _file_identity(path)

        @event.listens_for(engine, "checkout")
        def _same_file(_dbapi_conn: Any, record: Any, _proxy: Any) -> None:
            # A pooled connection keeps the file it opened even after that file is moved, deleted
            # or replaced (a restore, a cleanup): the app would go on writing into a file nobody
            # sees. Drop such connections; the new one opens what is at the path now, or fails
            # with a clear "cannot be opened" instead.
            if path is not None and record.info.get("iops_file") != _file_identity(path):
                raise DisconnectionError("the metadata database file was moved or replaced")

        return engine
    return create_engine(parsed, pool_pre_ping=True, pool_size=5, max_overflow=5)


def _file_identity(path: Path | None) -> tuple[int, int] | None:
    """(device, inode) of a regular file, None for anything else (missing, a folder)."""
    if path is None:
        return None
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino) if stat.S_ISREG(st.st_mode) else None


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
    if "disk i/o error" in text or "disk is full" in text:
        return "The metadata store cannot write to its file (a disk error, or the file or disk is read-only or full). Check IOPSDATA_HOME."
    if "unable to open database file" in text:
        return "The metadata database file cannot be opened: it was moved, deleted or replaced. Restore it, or check IOPSDATA_HOME."
    if "could not connect" in text or "connection refused" in text or "unable to open" in text:
        return "The metadata store cannot be reached. Check IOPSDATA_DATABASE_URL and that the database is running."
    if "permission denied" in text or "row-level security" in text:
        return "The metadata store refused the operation (permission denied)."
    return "The metadata store could not complete the operation."
