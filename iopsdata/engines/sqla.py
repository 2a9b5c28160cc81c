"""Any other database SQLAlchemy can reach (Snowflake, BigQuery, Trino, MSSQL…), by URL.

There is no portable read-only session or cancel: only the guard protects these connections, each
statement runs in a transaction that is rolled back, and the docs ask for a read-only role.
"""

from __future__ import annotations

from typing import Any

from iopsdata.catalog.model import Catalog
from iopsdata.engines.base import Engine, Fetched, RunHandle, ServerInfo, fetch_rows
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
        raw = self.acquire()
        broken = False
        try:
            cur = raw.cursor()
            cur.execute(sql)  # no parameters: drivers must not apply % formatting
            if cur.description is None:
                fetched = Fetched(_empty(), affected=cur.rowcount if cur.rowcount >= 0 else None)
            else:
                fetched = fetch_rows(
                    cur.fetchmany, [d[0] for d in cur.description], max_rows, max_bytes
                )
            cur.close()
            raw.rollback() if read_only else raw.commit()
            return fetched
        except Exception as exc:  # every DB-API driver has its own classes
            broken = True
            raise QueryFailed(
                self.redact(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
            ) from None
        finally:
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


def _empty() -> Any:
    import pyarrow as pa

    return pa.table({})
