"""Build a :class:`Catalog` from bulk metadata rows, and cache catalogs per connection.

Each engine reads its metadata with two or three bulk queries (never one per table) returning rows
in the two shapes below; :func:`assemble` turns them into the shared model.

- column rows: ``(schema, table, kind, table_comment, row_estimate, column, type, nullable, column_comment)``
  ordered by table then column position (``column`` may be None for a table without columns);
- key rows: ``(schema, table, "p" | "f", columns, ref_schema, ref_table, ref_columns)``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from iopsdata.catalog.model import Catalog, Column, ForeignKey, Table

ColumnRow = Sequence[Any]
KeyRow = Sequence[Any]


def assemble(
    dialect: str,
    column_rows: Iterable[ColumnRow],
    key_rows: Iterable[KeyRow] = (),
    *,
    database: str | None = None,
    default_schema: str | None = None,
) -> Catalog:
    """Group bulk rows into tables; primary keys mark columns, foreign keys attach to tables."""
    pks: dict[tuple[Any, str], set[str]] = {}
    fks: dict[tuple[Any, str], list[ForeignKey]] = {}
    for schema, table, ktype, cols, ref_schema, ref_table, ref_cols in key_rows:
        key = (schema, table)
        if ktype == "p":
            pks.setdefault(key, set()).update(cols)
        elif ktype == "f" and ref_table:
            ref = f"{ref_schema}.{ref_table}" if ref_schema else ref_table
            fks.setdefault(key, []).append(ForeignKey(tuple(cols), ref, tuple(ref_cols or ())))

    tables: list[Table] = []
    current: tuple[Any, str] | None = None
    head: tuple[Any, ...] = ()
    columns: list[Column] = []

    def flush() -> None:
        if current is None:
            return
        schema, name, kind, comment, estimate = head
        tables.append(
            Table(
                name=name,
                schema=schema,
                kind=kind,
                columns=tuple(columns),
                comment=comment or None,
                row_estimate=int(estimate) if estimate is not None and estimate >= 0 else None,
                foreign_keys=tuple(fks.get((schema, name), ())),
            )
        )

    for schema, table, kind, tcomment, estimate, col, ctype, nullable, ccomment in column_rows:
        key = (schema, table)
        if key != current:
            flush()
            current, head, columns = key, (schema, table, kind, tcomment, estimate), []
        if col is not None:
            pk = col in pks.get(key, ())
            columns.append(Column(col, str(ctype), bool(nullable) and not pk, pk, ccomment or None))
    flush()
    return Catalog(
        dialect=dialect, tables=tuple(tables), database=database, default_schema=default_schema
    )


class CatalogCache:
    """Catalogs in memory per connection key; ``refresh`` re-reads. Thread-safe, process-wide."""

    def __init__(self) -> None:
        self._data: dict[str, Catalog] = {}
        self._lock = threading.Lock()

    def get(self, key: str, load: Callable[[], Catalog], *, refresh: bool = False) -> Catalog:
        if not refresh:
            with self._lock:
                hit = self._data.get(key)
            if hit is not None:
                return hit
        catalog = load()
        with self._lock:
            self._data[key] = catalog
        return catalog

    def drop(self, prefix: str) -> None:
        with self._lock:
            for k in [k for k in self._data if k.startswith(prefix)]:
                del self._data[k]


CACHE = CatalogCache()
