"""Per-statement lineage: dispatch each parsed statement to the handler for its kind.

Handlers live in ``queries`` (SELECT, INSERT, CREATE, DROP, TRUNCATE), ``writes`` (MERGE, UPDATE,
DELETE via one synthetic SELECT) and ``commands`` (COPY, UNLOAD, renames, swaps, opaque commands).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlglot import exp

from iopsdata.lineage.columns import LATERAL_ALIASES, NO_LATERAL_ALIASES, SchemaIndex
from iopsdata.lineage.commands import _alter, _command, _copy, _execute
from iopsdata.lineage.dialects import normalize
from iopsdata.lineage.model import StatementLineage
from iopsdata.lineage.parsed import ParsedStatement
from iopsdata.lineage.queries import (
    _cache,
    _create,
    _drop,
    _export,
    _insert,
    _load_data,
    _multi_insert,
    _Result,
    _select,
    _truncate,
    _variables,
)
from iopsdata.lineage.writes import _delete, _merge, _update


def analyse_statement(
    stmt: ParsedStatement, dialect: str | None, schema: SchemaIndex | None
) -> StatementLineage:
    """Lineage of one parsed statement (normalises its identifiers in place)."""
    node = stmt.expression
    if stmt.error:  # a statement of a script that could not be parsed: nothing is claimed
        return StatementLineage(
            kind="unparsed",
            sql=stmt.sql,
            line=stmt.line,
            partial=True,
            reason=f"{stmt.error} No lineage is claimed for this statement.",
        )
    if not isinstance(node, exp.Command):
        node = normalize(node, dialect)
        if "STREAM" in stmt.sql.upper():
            _unwrap_streams(node)
    handler = _HANDLERS.get(type(node))
    if handler is None:
        for klass, fn in _HANDLERS.items():
            if isinstance(node, klass):
                handler = fn
                break
    if handler is None:
        kind = type(node).__name__.lower()
        return StatementLineage(kind=kind, sql=stmt.sql, line=stmt.line)
    token = LATERAL_ALIASES.set(dialect not in NO_LATERAL_ALIASES)
    try:
        effects = [_analyse(body, dialect, schema) for body in _dml_cte_bodies(node)]
        fields = _analyse(node, dialect, schema, handler)
    finally:
        LATERAL_ALIASES.reset(token)
    for extra in effects:  # WITH x AS (INSERT/UPDATE/DELETE …): that statement's own lineage
        for key in _MERGED:
            if extra.get(key):
                fields[key] = tuple(dict.fromkeys((*extra[key], *fields.get(key, ()))))
    return StatementLineage(sql=stmt.sql, line=stmt.line, **fields)


_MERGED = ("reads", "writes", "files_read", "files_written", "columns", "edges", "changes")


def _dml_cte_bodies(node: exp.Expr) -> list[exp.Expr]:
    """Copies of the data-modifying CTE bodies of a statement (PostgreSQL)."""
    with_ = node.args.get("with_")
    if with_ is None:
        return []
    return [
        cte.this.copy()
        for cte in with_.expressions
        if isinstance(cte.this, (exp.Insert, exp.Update, exp.Delete))
    ]


def _analyse(node: exp.Expr, dialect: str | None, schema: SchemaIndex | None, handler=None):
    handler = handler or _HANDLERS.get(type(node))
    return dict(handler(node, dialect, schema)) if handler else {}


def _unwrap_streams(node: exp.Expr) -> None:
    """Databricks ``FROM STREAM(t)`` / ``STREAM t`` reads ``t`` incrementally: it reads ``t``."""
    for stream in list(node.find_all(exp.Stream)):
        inner = stream.this.this if isinstance(stream.this, exp.Subquery) else stream.this
        if isinstance(inner, exp.Table):
            stream.replace(inner)


_HANDLERS: dict[type, Callable[..., _Result]] = {
    exp.Select: _select,
    exp.SetOperation: _select,
    exp.Insert: _insert,
    exp.Create: _create,
    exp.Merge: _merge,
    exp.Update: _update,
    exp.Delete: _delete,
    exp.Copy: _copy,
    exp.Alter: _alter,
    exp.Drop: _drop,
    exp.TruncateTable: _truncate,
    exp.Command: _command,
    exp.Subquery: _select,
    exp.Set: _variables,
    exp.Cache: _cache,
    exp.LoadData: _load_data,
    exp.Export: _export,
    exp.Execute: _execute,
    exp.MultitableInserts: _multi_insert,
    exp.Declare: _variables,
    exp.PropertyEQ: _variables,  # procedural assignment v := (SELECT …)
}
