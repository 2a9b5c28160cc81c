"""DuckDB catalog in two queries over duckdb_columns()/duckdb_tables()/duckdb_views()/duckdb_constraints()."""

from __future__ import annotations

from typing import Any

from iopsdata.catalog.introspect import assemble
from iopsdata.catalog.model import Catalog

COLUMNS = """
SELECT c.schema_name, c.table_name,
       CASE WHEN v.view_name IS NULL THEN 'table' ELSE 'view' END,
       coalesce(t.comment, v.comment), t.estimated_size,
       c.column_name, c.data_type, c.is_nullable, c.comment
FROM duckdb_columns() c
LEFT JOIN duckdb_tables() t
  ON t.database_name = c.database_name AND t.schema_name = c.schema_name AND t.table_name = c.table_name
LEFT JOIN duckdb_views() v
  ON v.database_name = c.database_name AND v.schema_name = c.schema_name AND v.view_name = c.table_name
WHERE c.database_name = current_database() AND NOT c.internal AND NOT coalesce(v.internal, false)
  AND c.schema_name NOT IN ('information_schema', 'pg_catalog')
ORDER BY c.schema_name, c.table_name, c.column_index
"""

KEYS = """
SELECT schema_name, table_name,
       CASE constraint_type WHEN 'PRIMARY KEY' THEN 'p' ELSE 'f' END,
       constraint_column_names, schema_name, referenced_table, referenced_column_names
FROM duckdb_constraints()
WHERE database_name = current_database() AND constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY')
"""


def introspect_duckdb(cur: Any) -> Catalog:
    """Read the current database's catalog with a DuckDB cursor."""
    database, schema = cur.execute("SELECT current_database(), current_schema()").fetchone()
    columns = cur.execute(COLUMNS).fetchall()
    keys = cur.execute(KEYS).fetchall()
    return assemble("duckdb", columns, keys, database=database, default_schema=schema)
