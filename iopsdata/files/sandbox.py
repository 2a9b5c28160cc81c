"""The sandboxed DuckDB behind a workspace's "Files" connection.

The views live in a small DuckDB database file built once per set of files and then opened
``read_only``, so even SQL that slipped past the guard cannot create, drop or replace anything
shared. External access is off except for ``allowed_paths`` — the exact Parquet files of this
workspace (``allowed_directories`` would also grant writes) — and the configuration is locked, so
``SET``, ``INSTALL``/``LOAD``, ``ATTACH`` and ``COPY … TO`` are refused by DuckDB itself.

Sandboxes are cached process-wide by workspace and rebuilt when the workspace's files change.
"""

from __future__ import annotations

import hashlib
import threading
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import Any

_LOCK = threading.Lock()
_CACHE: dict[str, tuple[str, Sandbox]] = {}


class Sandbox:
    """One read-only DuckDB connection whose only reachable files are ``views``' Parquet files."""

    def __init__(self, catalog_file: Path, views: Mapping[str, Path], memory_limit: str) -> None:
        import duckdb

        self.catalog_file = catalog_file
        self.allowed = sorted(str(p) for p in views.values())
        self.views = sorted(views)  # the only table names a Files query may use (files.scope)
        tmp = catalog_file.with_name(catalog_file.name + ".build")
        tmp.unlink(missing_ok=True)
        writer = duckdb.connect(str(tmp), config={"python_enable_replacements": False})
        try:
            for name, path in sorted(views.items()):
                writer.execute(
                    f'CREATE VIEW "{_ident(name)}" AS SELECT * FROM read_parquet({_literal(path)})'
                )
            writer.execute("CHECKPOINT")
        finally:
            writer.close()
        tmp.replace(catalog_file)
        self.conn = duckdb.connect(
            str(catalog_file),
            read_only=True,
            config={
                "memory_limit": memory_limit,
                "threads": 2,
                "autoinstall_known_extensions": False,
                "autoload_known_extensions": False,
                "allow_community_extensions": False,
                "python_enable_replacements": False,
            },
        )
        # allowed_paths can only be set once the database has started; then lock everything.
        self.conn.execute("SET allowed_paths = ?", [self.allowed])
        self.conn.execute("SET enable_external_access = false")
        self.conn.execute("SET lock_configuration = true")

    def cursor(self) -> Any:
        """A fresh DuckDB cursor (its own client context) for one query, safe across threads."""
        return self.conn.cursor()


def sandbox_for(
    workspace_id: str, root: Path, views: Mapping[str, Path], memory_limit: str
) -> Sandbox:
    """The cached sandbox for this workspace and exactly this set of files, built if needed.

    Args:
        workspace_id: cache key; one sandbox per workspace is kept.
        root: folder for this workspace's catalog files (not reachable from SQL).
        views: ``{table_name: parquet path}``.
        memory_limit: DuckDB ``memory_limit``.
    """
    key = hashlib.sha256(
        repr((sorted((k, str(v)) for k, v in views.items()), memory_limit)).encode()
    ).hexdigest()
    with _LOCK:
        hit = _CACHE.get(workspace_id)
        if hit and hit[0] == key:
            return hit[1]
        root.mkdir(parents=True, exist_ok=True)
        # A new file name per build: DuckDB caches open databases by path within the process.
        catalog_file = root / f"catalog-{uuid.uuid4().hex}.duckdb"
        sandbox = Sandbox(catalog_file, views, memory_limit)
        _CACHE[workspace_id] = (key, sandbox)
        for old in root.glob("catalog-*.duckdb*"):
            if old.name != catalog_file.name:
                old.unlink(missing_ok=True)  # open handles keep working until their queries end
        return sandbox


def forget(workspace_id: str) -> None:
    """Drop the cached sandbox (tests, workspace deletion)."""
    with _LOCK:
        _CACHE.pop(workspace_id, None)


def _ident(name: str) -> str:
    return name.replace('"', '""')


def _literal(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"
