"""Lineage of query-shaped statements: SELECT (… INTO), INSERT … SELECT, CREATE … AS, DROP, TRUNCATE.

Also the helpers shared by the other statement modules.
"""

from __future__ import annotations

from sqlglot import exp

from iopsdata.lineage.columns import QueryTracer, SchemaIndex
from iopsdata.lineage.model import ColumnEdge, ColumnRef
from iopsdata.lineage.parse import table_name

_Result = dict  # keyword arguments for StatementLineage


# -- helpers ------------------------------------------------------------------------------------
def _table_of(node: exp.Expr) -> exp.Table | None:
    if isinstance(node, exp.Schema):
        node = node.this
    return node if isinstance(node, exp.Table) else None


def _target_columns(node: exp.Expr, schema: SchemaIndex | None) -> list[str] | None:
    if isinstance(node, exp.Schema) and node.expressions:
        return [c.name for c in node.expressions]
    table = _table_of(node)
    if table is not None and schema:
        cols = schema.get(table_name(table)[0].lower())
        return list(cols) if cols else None
    return None


def _edges(target: str | None, names: list[str], tracer: QueryTracer) -> tuple[ColumnEdge, ...]:
    outputs = tracer.outputs()
    edges = []
    for i, (name, sources) in enumerate(outputs):
        col = names[i] if i < len(names) else name
        edges.append(ColumnEdge(ColumnRef(target, col), tuple(sorted(sources, key=_key))))
    return tuple(edges)


def _key(ref: ColumnRef) -> tuple[str, str]:
    return (ref.table or "", ref.column)


def _query_fields(
    query: exp.Expr, schema: SchemaIndex | None, target: str | None, names: list[str] | None
) -> _Result:
    tracer = QueryTracer(query, schema)
    return {
        "reads": tuple(tracer.reads),
        "files_read": tuple(tracer.files),
        "ctes": tuple(tracer.ctes),
        "columns": tuple(sorted(tracer.used, key=_key)),
        "edges": _edges(target, names or tracer.output_names(), tracer),
    }


def _attach_with(query: exp.Expr, with_: exp.Expr | None) -> None:
    """Move a statement-level WITH (``WITH x AS (…) INSERT …``) onto the query that reads it."""
    if with_ is None or not isinstance(query, exp.Query):
        return
    existing = query.args.get("with_")
    if existing is None:
        query.set("with_", with_.copy())
    else:
        existing.set("expressions", [*(c.copy() for c in with_.expressions), *existing.expressions])


def _is_temporary(node: exp.Expr) -> bool:
    props = node.args.get("properties")
    if props is not None and any(isinstance(p, exp.TemporaryProperty) for p in props.expressions):
        return True
    if node.args.get("temporary"):
        return True
    table = node.find(exp.Table)
    return bool(table is not None and table.this is not None and table.this.args.get("temporary"))


# -- handlers -----------------------------------------------------------------------------------
def _select(node: exp.Query, dialect: str | None, schema: SchemaIndex | None) -> _Result:
    into = node.args.get("into") if isinstance(node, exp.Select) else None
    if into is None:
        return {"kind": "select", **_query_fields(node, schema, None, None)}
    node.set("into", None)
    table = _table_of(into.this)
    name = table_name(table)[0] if table is not None else into.this.sql()
    temporary = bool(into.args.get("temporary")) or (
        table is not None and bool(table.this.args.get("temporary"))
    )
    fields = _query_fields(node, schema, name, None)
    return {
        "kind": "select_into",
        "writes": (name,),
        "temporary": (name,) if temporary else (),
        **fields,
    }


def _insert(node: exp.Insert, dialect: str | None, schema: SchemaIndex | None) -> _Result:
    table = _table_of(node.this)
    kind = "insert_overwrite" if node.args.get("overwrite") else "insert"
    if table is None:  # INSERT OVERWRITE DIRECTORY '…'
        path = node.this.name if isinstance(node.this, exp.Expr) else str(node.this)
        into = _query_fields(node.expression, schema, path, None) if node.expression else {}
        return {"kind": kind, "files_written": (path,), **into}
    name, is_path = table_name(table)
    query = node.expression
    fields: _Result = {}
    if isinstance(query, exp.Query):
        _attach_with(query, node.args.get("with_"))
        fields = _query_fields(query, schema, name, _target_columns(node.this, schema))
    write_key = "files_written" if is_path else "writes"
    return {"kind": kind, write_key: (name,), **fields}


def _create(node: exp.Create, dialect: str | None, schema: SchemaIndex | None) -> _Result:
    kind = f"create_{str(node.args.get('kind') or 'table').lower()}"
    table = _table_of(node.this)
    if table is None:
        return {"kind": kind}
    name = table_name(table)[0]
    fields: _Result = {}
    query = node.expression
    if isinstance(query, exp.Query):
        _attach_with(query, node.args.get("with_"))
        fields = _query_fields(query, schema, name, _target_columns(node.this, schema))
    clone = node.args.get("clone")
    if clone is not None and isinstance(clone.this, exp.Table):
        src = table_name(clone.this)[0]
        fields = {
            "reads": (src,),
            "edges": (ColumnEdge(ColumnRef(name, "*"), (ColumnRef(src, "*"),)),),
        }
    temporary = (name,) if _is_temporary(node) else ()
    writes = (name,) if ("table" in kind or "view" in kind) else ()
    return {"kind": kind, "writes": writes, "temporary": temporary, **fields}


def _drop(node: exp.Drop, dialect: str | None, schema: SchemaIndex | None) -> _Result:
    table = _table_of(node.this)
    name = table_name(table)[0] if table is not None else None
    return {"kind": "drop", "drops": (name,) if name else ()}


def _truncate(node: exp.Expr, dialect: str | None, schema: SchemaIndex | None) -> _Result:
    names = [table_name(t)[0] for t in node.expressions if isinstance(t, exp.Table)]
    return {"kind": "truncate", "writes": tuple(names)}
