"""What a Files query may name: this workspace's views, its own CTEs and a few row generators.

The sandbox's catalog holds server paths (each view reads ``read_parquet('<home>/files/…')``, and
``allowed_paths`` lists them), and DuckDB shows them to anyone who asks:
``current_setting('allowed_paths')``, ``duckdb_settings()``, ``duckdb_databases()``,
``duckdb_views()``, ``information_schema.views``, ``sqlite_master``. A denylist of such catalog
functions would always trail DuckDB's next release, so the Files connection allows table sources
from a list instead, refuses the setting functions, and scrubs server paths from DuckDB's errors.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from iopsdata.errors import QueryRefused

# Table functions that read nothing but their arguments.
_ROW_GENERATORS = frozenset({"range", "generate_series", "unnest"})
# Scalar functions that show the sandbox's configuration or its database name.
_SETTING_FUNCTIONS = frozenset(
    {"current_setting", "getvariable", "current_database", "current_catalog"}
)
_OUTSIDE = (
    "The Files connection reads only this workspace's files (their tables listed under Files)"
)


def check_scope(sql: str, views: Iterable[str]) -> None:
    """Refuse table sources other than ``views``, CTEs and row generators, and setting functions.

    Runs after the guard (which has already bounded nesting and parsed the statement once).

    Raises:
        QueryRefused: naming what is outside the workspace's files.
    """
    import sqlglot
    from sqlglot import exp

    from iopsdata.guard.functions import function_names

    allowed = {v.lower() for v in views}
    for statement in sqlglot.parse(sql, read="duckdb"):
        if statement is None:
            continue
        ctes = {c.alias_or_name.lower() for c in statement.find_all(exp.CTE)}
        for table in statement.find_all(exp.Table):
            if isinstance(table.this, exp.Func):
                names = function_names(table.this) | {table.this.name.lower()}
                if not names & _ROW_GENERATORS:
                    raise QueryRefused(f"{_OUTSIDE}; {table.this.sql()} is not one of them.")
                continue
            qualified = bool(table.db or table.catalog)
            if qualified or table.name.lower() not in allowed | ctes:
                raise QueryRefused(f"{_OUTSIDE}; {table.sql()} is not one of them.")
        for func in statement.find_all(exp.Func):
            if function_names(func) & _SETTING_FUNCTIONS:
                raise QueryRefused("The Files connection does not show its server settings.")


def hide_paths(message: str, roots: Iterable[Path]) -> str:
    """``message`` with every server path under ``roots`` replaced by ``<file>``."""
    for root in roots:
        for form in {str(root), str(root.resolve())}:
            message = re.sub(re.escape(form) + r"[^\s'\"),]*", "<file>", message)
    return message
