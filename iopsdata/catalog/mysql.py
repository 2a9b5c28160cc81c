"""MySQL/MariaDB catalog of the connection's database in two information_schema queries."""

from __future__ import annotations

from typing import Any

from iopsdata.catalog.introspect import assemble
from iopsdata.catalog.model import Catalog

# Three separate queries: joining TABLES with COLUMNS makes MariaDB re-scan the schema per table
# (8 s instead of 0.4 s for 1,000 tables × 20 columns).
TABLES = """
SELECT TABLE_SCHEMA, TABLE_NAME, CASE WHEN TABLE_TYPE = 'VIEW' THEN 'view' ELSE 'table' END,
       CASE WHEN TABLE_TYPE = 'VIEW' THEN NULL ELSE TABLE_COMMENT END, TABLE_ROWS
FROM information_schema.TABLES
WHERE TABLE_SCHEMA = DATABASE()
"""

COLUMNS = """
SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE = 'YES', COLUMN_COMMENT
FROM information_schema.COLUMNS
WHERE TABLE_SCHEMA = DATABASE()
ORDER BY TABLE_NAME, ORDINAL_POSITION
"""

KEYS = """
SELECT k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME,
       k.REFERENCED_TABLE_SCHEMA, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME
FROM information_schema.KEY_COLUMN_USAGE k
WHERE k.TABLE_SCHEMA = DATABASE() AND (k.CONSTRAINT_NAME = 'PRIMARY' OR k.REFERENCED_TABLE_NAME IS NOT NULL)
ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION
"""


def introspect_mysql(cur: Any) -> Catalog:
    """Read the current database's catalog with an open PyMySQL cursor."""
    cur.execute("SELECT DATABASE()")
    (database,) = cur.fetchone()
    cur.execute(TABLES)
    tables = {row[1]: tuple(row) for row in cur.fetchall()}
    cur.execute(COLUMNS)
    columns = []
    seen = set()
    for table, *col in cur.fetchall():
        if table in tables:
            seen.add(table)
            columns.append((*tables[table], *col))
    columns += [
        (*head, None, None, None, None) for name, head in sorted(tables.items()) if name not in seen
    ]
    columns.sort(key=lambda r: r[1])
    cur.execute(KEYS)
    groups: dict[tuple[str, str, str], list[Any]] = {}
    for schema, table, name, col, rschema, rtable, rcol in cur.fetchall():
        g = groups.setdefault(
            (schema, table, name), ["p" if name == "PRIMARY" else "f", [], rschema, rtable, []]
        )
        g[1].append(col)
        if rcol is not None:
            g[4].append(rcol)
    keys = [(s, t, g[0], g[1], g[2], g[3], g[4]) for (s, t, _), g in groups.items()]
    return assemble("mysql", columns, keys, database=database, default_schema=database)
