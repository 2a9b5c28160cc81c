"""PostgreSQL catalog in two bulk queries over pg_catalog."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from iopsdata.catalog.introspect import assemble
from iopsdata.catalog.model import Catalog

_SYSTEM = (
    "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp)'"
)

COLUMNS = f"""
SELECT n.nspname, c.relname,
       CASE WHEN c.relkind IN ('v', 'm') THEN 'view' ELSE 'table' END,
       td.description, c.reltuples::bigint,
       a.attname, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull, cd.description
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_description td ON td.objoid = c.oid AND td.classoid = 'pg_class'::regclass AND td.objsubid = 0
LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_description cd ON cd.objoid = c.oid AND cd.classoid = 'pg_class'::regclass AND cd.objsubid = a.attnum
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND NOT c.relispartition AND {_SYSTEM}
ORDER BY n.nspname, c.relname, a.attnum
"""

KEYS = f"""
SELECT n.nspname, c.relname, con.contype,
       ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
             JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord),
       fn.nspname, fc.relname,
       ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
             JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.ord)
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_class fc ON fc.oid = con.confrelid
LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
WHERE con.contype IN ('p', 'f') AND {_SYSTEM}
"""


SCHEMA_COMMENTS = """
SELECT n.nspname, obj_description(n.oid, 'pg_namespace')
FROM pg_namespace n
WHERE obj_description(n.oid, 'pg_namespace') IS NOT NULL
  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_%%'
  AND obj_description(n.oid, 'pg_namespace') <> 'standard public schema'
"""


def introspect_postgres(cur: Any) -> Catalog:
    """Read the catalog with an open psycopg cursor (inside a read-only transaction)."""
    cur.execute("SELECT current_database(), current_schema()")
    database, schema = cur.fetchone()
    cur.execute(COLUMNS)
    columns = cur.fetchall()
    cur.execute(KEYS)
    keys = cur.fetchall()
    cur.execute(SCHEMA_COMMENTS)
    comments = {name: text for name, text in cur.fetchall()}
    catalog = assemble("postgres", columns, keys, database=database, default_schema=schema)
    # Schema descriptions help Chat choose the right database first (assistant/ranking.py).
    return replace(catalog, extra={"schema_comments": comments}) if comments else catalog
