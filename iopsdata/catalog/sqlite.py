"""SQLite catalog in two queries using the table-valued pragma functions."""

from __future__ import annotations

import sqlite3

from iopsdata.catalog.introspect import assemble
from iopsdata.catalog.model import Catalog

COLUMNS = """
SELECT NULL, m.name, m.type, NULL, NULL, p.name, p.type, p."notnull" = 0, NULL, p.pk
FROM sqlite_master m JOIN pragma_table_info(m.name) p
WHERE m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
ORDER BY m.name, p.cid
"""

FOREIGN_KEYS = """
SELECT m.name, f.id, f."table", f."from", f."to"
FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f
WHERE m.type = 'table'
ORDER BY m.name, f.id, f.seq
"""


def introspect_sqlite(conn: sqlite3.Connection) -> Catalog:
    """Read tables, views, columns, primary and foreign keys of the main database."""
    rows = conn.execute(COLUMNS).fetchall()
    pks: dict[str, list[tuple[int, str]]] = {}
    for _, table, _, _, _, col, _, _, _, pk in rows:
        if pk:
            pks.setdefault(table, []).append((pk, col))
    keys: list[tuple] = [
        (None, t, "p", [c for _, c in sorted(v)], None, None, None) for t, v in pks.items()
    ]
    fks: dict[tuple[str, int], list] = {}
    for table, fid, ref, src, dst in conn.execute(FOREIGN_KEYS).fetchall():
        fk = fks.setdefault((table, fid), [table, ref, [], []])
        fk[2].append(src)
        fk[3].append(dst)
    for table, ref, src, dst in fks.values():
        if any(d is None for d in dst):  # "REFERENCES parent" without columns means its primary key
            dst = [c for _, c in sorted(pks.get(ref, []))]
        keys.append((None, table, "f", src, None, ref, dst))
    columns = [r[:9] for r in rows]
    return assemble("sqlite", columns, keys, database="main")
