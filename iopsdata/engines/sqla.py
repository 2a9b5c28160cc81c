"""Any other database SQLAlchemy can reach (Snowflake, BigQuery, Trino, MSSQL…), by URL.

There is no portable read-only session or cancel: only the guard protects these connections, each
statement runs in a transaction that is rolled back, and the docs ask for a read-only role.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from iopsdata.catalog.model import Catalog
from iopsdata.engines.base import Engine, RunHandle, ServerInfo, Stream, row_batches
from iopsdata.engines.kinds import dialect_of, redact_url
from iopsdata.errors import ConnectionFailed, IopsError, QueryFailed


class SqlAlchemyEngine(Engine):
    kind = "url"

    def __init__(self, options: dict[str, Any], *, memory_limit: str = "1GB") -> None:
        super().__init__(options, memory_limit=memory_limit)
        self._engine: Any = None

    def describe(self) -> str:
        return redact_url(str(self.options.get("url", "")))

    def _sa(self) -> Any:
        import sqlalchemy as sa

        with self._lock:
            if self._engine is None:
                try:
                    self._engine = sa.create_engine(
                        self.options["url"], pool_pre_ping=True, pool_size=2, max_overflow=2
                    )
                except Exception as exc:  # missing dialect packages raise many kinds
                    raise ConnectionFailed(
                        f"Cannot use {self.describe()}: {self.redact(str(exc).splitlines()[0])}",
                        hint="Install the SQLAlchemy dialect package for this database.",
                    ) from None
            return self._engine

    def _connect(self) -> Any:
        try:
            return self._sa().raw_connection()
        except IopsError:
            raise
        except Exception as exc:
            raise ConnectionFailed(
                f"Could not connect to {self.describe()}: {self.redact(str(exc).splitlines()[0])}"
            ) from None

    def close(self) -> None:
        super().close()
        if self._engine is not None:
            self._engine.dispose()

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
        raw = self.acquire()
        broken = False
        try:
            cur = raw.cursor()
            cur.execute(sql)  # no parameters: drivers must not apply % formatting
            if cur.description is None:
                yield Stream(None, iter(()), cur.rowcount if cur.rowcount >= 0 else None)
            else:
                # batches follow the row widths; a driver that buffers its whole result itself
                # (no server-side cursor) is beyond reach here: docs/security.md says so
                yield Stream(None, row_batches(cur.fetchmany, [d[0] for d in cur.description]))
            cur.close()
            raw.rollback() if read_only else raw.commit()
        except IopsError:
            broken = True
            raise
        except Exception as exc:  # every DB-API driver has its own classes
            broken = True
            raise QueryFailed(
                self.redact(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
            ) from None
        finally:
            if broken:
                with contextlib.suppress(Exception):
                    raw.rollback()
            self.release(raw, broken=broken)

    def introspect(self) -> Catalog:
        import sqlalchemy as sa

        from iopsdata.catalog.sqla import introspect_sqlalchemy

        try:
            return introspect_sqlalchemy(sa.inspect(self._sa()), dialect_of("url", self.options))
        except IopsError:
            raise
        except Exception as exc:
            raise QueryFailed(
                f"Could not read the schema: {self.redact(str(exc).splitlines()[0])}"
            ) from None

    def server_info(self) -> ServerInfo:
        eng = self._sa()
        self.release(self.acquire())
        version = ".".join(str(p) for p in (eng.dialect.server_version_info or ())) or "unknown"
        return ServerInfo(
            f"{eng.dialect.name} {version}",
            eng.url.username or "",
            False,
            True,
            ["no engine-level read-only session for this kind: only the guard protects it"],
        )
