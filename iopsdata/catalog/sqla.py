"""Catalog of any SQLAlchemy database through the inspector's multi-table (bulk) reflection."""

from __future__ import annotations

from typing import Any

from iopsdata.catalog.introspect import assemble
from iopsdata.catalog.model import Catalog


def introspect_sqlalchemy(insp: Any, dialect: str) -> Catalog:
    """Reflect the default schema with ``get_multi_*`` (one round of queries per kind of object)."""
    from sqlalchemy.engine import ObjectKind

    schema = insp.default_schema_name
    kinds = ObjectKind.TABLE | ObjectKind.VIEW | ObjectKind.MATERIALIZED_VIEW
    views = set(insp.get_view_names(schema))
    columns = insp.get_multi_columns(schema=schema, kind=kinds)
    pks = insp.get_multi_pk_constraint(schema=schema, kind=ObjectKind.TABLE)
    fks = insp.get_multi_foreign_keys(schema=schema, kind=ObjectKind.TABLE)
    try:
        comments = insp.get_multi_table_comment(schema=schema, kind=kinds)
    except NotImplementedError:
        comments = {}
    rows = []
    for (s, name), cols in sorted(columns.items(), key=lambda kv: kv[0][1]):
        kind = "view" if name in views else "table"
        tcomment = (comments.get((s, name)) or {}).get("text")
        for c in cols:
            rows.append(
                (
                    s,
                    name,
                    kind,
                    tcomment,
                    None,
                    c["name"],
                    str(c["type"]),
                    c.get("nullable", True),
                    c.get("comment"),
                )
            )
    keys: list[tuple] = []
    for (s, name), pk in pks.items():
        if pk and pk.get("constrained_columns"):
            keys.append((s, name, "p", pk["constrained_columns"], None, None, None))
    for (s, name), fk_list in fks.items():
        for fk in fk_list:
            keys.append(
                (
                    s,
                    name,
                    "f",
                    fk["constrained_columns"],
                    fk.get("referred_schema") or s,
                    fk["referred_table"],
                    fk["referred_columns"],
                )
            )
    return assemble(dialect, rows, keys, database=None, default_schema=schema)
