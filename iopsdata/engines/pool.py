"""The process-wide engine pool: one engine per connection id and configuration.

Engines hold driver connections, so they are shared by every user of the process (the UI's
resource cache is not needed for them). A changed configuration gets a new engine and the old
one is closed.
"""

from __future__ import annotations

import hashlib
import json
import threading
from typing import Any

from iopsdata.engines.base import Engine
from iopsdata.engines.kinds import spec


def open_engine(
    kind: str, options: dict[str, Any], *, read_only: bool = True, memory_limit: str = "1GB"
) -> Engine:
    """A new, unpooled engine for ``kind``. Raises ConfigError for an unknown kind."""
    spec(kind)
    if kind == "postgresql":
        from iopsdata.engines.postgres import PostgresEngine

        return PostgresEngine(options, memory_limit=memory_limit)
    if kind == "mysql":
        from iopsdata.engines.mysql import MySQLEngine

        return MySQLEngine(options, memory_limit=memory_limit)
    if kind == "sqlite":
        from iopsdata.engines.sqlite import SQLiteEngine

        return SQLiteEngine(options, memory_limit=memory_limit, read_only=read_only)
    if kind == "duckdb":
        from iopsdata.engines.duckdb import DuckDBEngine

        return DuckDBEngine(options, memory_limit=memory_limit, read_only=read_only)
    from iopsdata.engines.sqla import SqlAlchemyEngine

    return SqlAlchemyEngine(options, memory_limit=memory_limit)


def config_hash(kind: str, options: dict[str, Any], read_only: bool, memory_limit: str) -> str:
    blob = json.dumps([kind, options, read_only, memory_limit], sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


class EnginePool:
    """Engines keyed by connection id; the configuration hash decides when to replace one."""

    def __init__(self) -> None:
        self._engines: dict[str, tuple[str, Engine]] = {}
        self._lock = threading.Lock()

    def get(
        self,
        key: str,
        kind: str,
        options: dict[str, Any],
        *,
        read_only: bool = True,
        memory_limit: str = "1GB",
    ) -> Engine:
        digest = config_hash(kind, options, read_only, memory_limit)
        with self._lock:
            hit = self._engines.get(key)
            if hit is not None and hit[0] == digest:
                return hit[1]
            engine = open_engine(kind, options, read_only=read_only, memory_limit=memory_limit)
            self._engines[key] = (digest, engine)
        if hit is not None:
            hit[1].close()
        return engine

    def discard(self, key: str) -> None:
        with self._lock:
            hit = self._engines.pop(key, None)
        if hit is not None:
            hit[1].close()

    def close_all(self) -> None:
        with self._lock:
            engines, self._engines = list(self._engines.values()), {}
        for _, engine in engines:
            engine.close()


POOL = EnginePool()
