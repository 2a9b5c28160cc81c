"""Validation of model-written SQL against the catalog, with problems precise enough to repair.

Parse in the connection's dialect, check every table against the catalog, then let sqlglot's
``qualify`` resolve every column. An unknown name becomes a plain sentence with suggestions
x that is sent back to
the model. The guard runs after this, and nothing is executed here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlglot
from sqlglot import exp
from sqlglot.errors import OptimizeError, SqlglotError
from sqlglot.optimizer.qualify import qualify

from iopsdata.assistant.suggest import suggest
from iopsdata.catalog.model import Catalog, Table
from iopsdata.errors import QueryRefused

MAX_SQL_CHARS = 100_000
_COLUMN_ERR = re.compile(r"Column '([^']+)' could not be resolved|Unknown column: (\S+)")


@dataclass(frozen=True)
class Verdict:
    """``problem`` is None when the SQL is valid; ``tables`` are the catalog tables it reads."""

    problem: str | None
    tables: tuple[str, ...] = ()


def sqlglot_schema(catalog: Catalog) -> dict:
    """Nested ``{schema: {table: {column: type}}}`` (or ``{table: …}`` without schemas) for qualify.

    Types are not needed to resolve names and some engine types do not parse, so all are TEXT.
    """
    with_schema = any(t.schema for t in catalog.tables)
    out: dict = {}
    for t in catalog.tables:
        cols = {c.name: "TEXT" for c in t.columns}
        if with_schema:
            out.setdefault(t.schema or catalog.default_schema or "", {})[t.name] = cols
        else:
            out[t.name] = cols
    return out


def _did_you_mean(options: list[str]) -> str:
    if not options:
        return ""
    if len(options) == 1:
        return f"; did you mean {options[0]}?"
    return f"; did you mean {', '.join(options[:-1])} or {options[-1]}?"


def _resolve_table(catalog: Catalog, node: exp.Table) -> Table | None:
    name = node.name
    if node.db:
        return catalog.find(f"{node.db}.{name}")
    return catalog.find(name)


def _unqualified_problem(catalog: Catalog, node: exp.Table) -> str | None:
    """An unqualified name the database would not find on its search path (another schema's)."""
    if node.db or not catalog.default_schema:
        return None
    low, default = node.name.lower(), catalog.default_schema.lower()
    homes = [t for t in catalog.tables if t.name.lower() == low]
    if not homes or any((t.schema or default).lower() == default for t in homes):
        return None
    shown = " or ".join(t.qualified_name for t in homes[:3])
    return f"table {node.name} is not in the default schema {catalog.default_schema}; write {shown}"


def validate_sql(sql: str, catalog: Catalog, dialect: str | None = None) -> Verdict:
    """Check that ``sql`` parses and names only tables and columns of ``catalog``.

    Args:
        sql: one statement written by the model.
        catalog: the target's catalog.
        dialect: sqlglot dialect name (defaults to the catalog's).

    Returns:
        ``Verdict(problem=None, tables=…)`` when valid, else a ``problem`` sentence for the model.
    """
    dialect = dialect or catalog.dialect
    if len(sql) > MAX_SQL_CHARS:
        return Verdict("the query is too long; write a shorter one")
    try:
        from iopsdata.guard.lexing import check_nesting, tokenize  # depth check before parsing

        check_nesting(tokenize(sql, sqlglot.Dialect.get_or_raise(dialect)))
    except ImportError:
        pass
    except QueryRefused as exc:  # too deeply nested to parse safely
        return Verdict(exc.message)
    try:
        statements = [s for s in sqlglot.parse(sql, read=dialect) if s is not None]
    except SqlglotError as exc:
        return Verdict(f"the SQL does not parse in the {dialect} dialect: {_first_line(exc)}")
    if len(statements) != 1:
        return Verdict("write exactly one SQL statement")
    tree = statements[0]
    if isinstance(tree, exp.Command) and tree.name.upper() not in (
        "SHOW",
        "DESCRIBE",
        "DESC",
        "EXPLAIN",
        "PRAGMA",
    ):
        return Verdict(
            f"the SQL does not parse in the {dialect} dialect near {tree.name!r}; write one SELECT statement"
        )
    ctes = {c.alias_or_name.lower() for c in tree.find_all(exp.CTE)}
    used: list[str] = []
    names = [t.qualified_name for t in catalog.tables]
    for node in tree.find_all(exp.Table):
        if (
            not node.name
            or isinstance(node.this, exp.Func)
            or (node.name.lower() in ctes and not node.db)
        ):
            continue
        if problem := _unqualified_problem(catalog, node):
            return Verdict(problem)
        table = _resolve_table(catalog, node)
        if table is None:
            shown = f"{node.db}.{node.name}" if node.db else node.name
            plain = [t.name for t in catalog.tables]
            hint = suggest(node.name, plain) or suggest(shown, names)
            return Verdict(f"table {shown} does not exist{_did_you_mean(hint)}")
        used.append(table.qualified_name)
    try:
        qualify(
            tree.copy(),
            schema=sqlglot_schema(catalog),
            dialect=dialect,
            db=catalog.default_schema,
            validate_qualify_columns=True,
            identify=False,
        )
    except OptimizeError as exc:
        return Verdict(_column_problem(str(exc), tree, catalog), tuple(dict.fromkeys(used)))
    except (SqlglotError, RecursionError, KeyError, ValueError):
        pass  # qualify could not follow this SQL (rare syntax): the guard and the database judge it
    return Verdict(None, tuple(dict.fromkeys(used)))


def _column_problem(message: str, tree: exp.Expr, catalog: Catalog) -> str:
    match = _COLUMN_ERR.search(message)
    if not match:
        return f"the query does not match the schema: {message.split('. Line')[0]}"
    column = match.group(1) or match.group(2)
    aliases: dict[str, Table] = {}
    for node in tree.find_all(exp.Table):
        table = _resolve_table(catalog, node)
        if table is not None:
            aliases[node.alias_or_name.lower()] = table
            aliases[table.name.lower()] = table
    owner = None
    for col in tree.find_all(exp.Column):
        if col.name == column and col.table:
            owner = aliases.get(col.table.lower())
            break
    in_scope = [owner] if owner else list(dict.fromkeys(aliases.values()))
    options = [c.name for t in in_scope for c in t.columns]
    where = f"{owner.name}.{column}" if owner else column
    if not owner and len(in_scope) == 1:
        where = f"{in_scope[0].name}.{column}"
    return f"column {where} does not exist{_did_you_mean(suggest(column, list(dict.fromkeys(options))))}"


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0][:300] if str(exc).strip() else type(exc).__name__
