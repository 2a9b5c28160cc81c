"""Lineage of query-shaped statements: SELECT (… INTO), INSERT … SELECT, CREATE … AS, DROP, TRUNCATE.

Also the helpers shared by the other statement modules.
"""

from __future__ import annotations

from sqlglot import exp

from iopsdata.lineage.columns import QueryTracer, SchemaIndex
from iopsdata.lineage.model import ColumnEdge, ColumnRef
from iopsdata.lineage.table_names import table_name

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


def _dml_ctes(query: exp.Expr) -> None:
    """PostgreSQL ``WITH x AS (DELETE/UPDATE/INSERT … RETURNING …)``: the CTE yields rows of its
    target table, so it is traced as ``SELECT <returning> FROM target``; the rows an
    ``INSERT … SELECT`` returns are the query's. (The DML itself is analysed on its own:
    ``statements.analyse_statement``.)"""
    with_ = query.args.get("with_") if isinstance(query, exp.Query) else None
    for cte in with_.expressions if with_ is not None else []:
        body = cte.this
        inserted = _unwrapped(body.expression) if isinstance(body, exp.Insert) else None
        if isinstance(inserted, exp.Query):
            cte.set("this", inserted.copy())
        elif isinstance(body, (exp.Delete, exp.Update, exp.Insert)):
            target = _table_of(body.this)
            returning = body.args.get("returning")
            items = list(returning.expressions) if returning is not None else []
            if target is not None:
                cte.set(
                    "this",
                    exp.Select(
                        expressions=items or [exp.Star()], from_=exp.From(this=target.copy())
                    ),
                )


def _query_fields(
    query: exp.Expr, schema: SchemaIndex | None, target: str | None, names: list[str] | None
) -> _Result:
    _dml_ctes(query)
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


def _unwrapped(query: exp.Expr | None) -> exp.Expr | None:
    """The query inside parentheses: ``INSERT INTO t (SELECT …)``, ``CREATE TABLE t AS (SELECT …)
    WITH DATA`` (Teradata, PostgreSQL) read like the bare query."""
    while isinstance(query, exp.Subquery) and not query.alias:
        query = query.this
    return query


def _is_temporary(node: exp.Expr) -> bool:
    props = node.args.get("properties")
    if props is not None and any(isinstance(p, exp.TemporaryProperty) for p in props.expressions):
        return True
    if node.args.get("temporary"):
        return True
    table = node.find(exp.Table)
    return bool(table is not None and table.this is not None and table.this.args.get("temporary"))


# -- handlers -----------------------------------------------------------------------------------
# Functions that move a table's data into another: name → (source arg, target arg) positions.
# Vertica runs partition moves as SELECT fn('source', min, max, 'target').
DATA_MOVING_FUNCTIONS = {
    "SWAP_PARTITIONS_BETWEEN_TABLES": (0, 3),
    "MOVE_PARTITIONS_TO_TABLE": (0, 3),
    "COPY_PARTITIONS_TO_TABLE": (0, 3),
    "COPY_TABLE": (0, 1),
}


def _data_move(node: exp.Query) -> _Result | None:
    if not isinstance(node, exp.Select) or node.args.get("from_") is not None:
        return None
    for proj in node.expressions:
        fn = proj.unalias() if isinstance(proj, exp.Alias) else proj
        if isinstance(fn, exp.Anonymous) and fn.name.upper() in DATA_MOVING_FUNCTIONS:
            src, dst = DATA_MOVING_FUNCTIONS[fn.name.upper()]
            args = fn.expressions
            if len(args) > max(src, dst) and args[src].is_string and args[dst].is_string:
                from iopsdata.lineage.commands import _move_fields

                return _move_fields(fn.name.lower(), args[src].name, args[dst].name)
    return None


def _first_select(node: exp.Query) -> exp.Expr:
    while isinstance(node, exp.SetOperation):
        node = node.this
    return node


def _select(node: exp.Query, dialect: str | None, schema: SchemaIndex | None) -> _Result:
    first = _first_select(node)
    into = first.args.get("into") if isinstance(first, exp.Select) else None
    if into is not None and (
        dialect == "oracle"  # PL/SQL SELECT … INTO fills variables
        or isinstance(into.this, exp.Parameter)  # MySQL SELECT … INTO @var
        or (isinstance(into.this, exp.Table) and isinstance(into.this.this, exp.Parameter))
    ):
        first.set("into", None)
        into = None
    if into is None:
        moved = _data_move(node)
        if moved is not None:
            return moved
        return {"kind": "select", **_query_fields(node, schema, None, None)}
    first.set("into", None)
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
    query = _unwrapped(node.expression)
    source = node.args.get("source")
    if query is None and isinstance(source, exp.Table):  # INSERT INTO t TABLE s (Spark, MySQL)
        query = exp.Select(expressions=[exp.Star()], from_=exp.From(this=source))
    fields: _Result = {}
    if isinstance(query, exp.Query):
        _attach_with(query, node.args.get("with_"))
        fields = _query_fields(query, schema, name, _target_columns(node.this, schema))
    elif isinstance(query, exp.Values):
        fields = _values_fields(query, schema, name, _target_columns(node.this, schema))
    write_key = "files_written" if is_path else "writes"
    return {"kind": kind, write_key: (name,), **fields}


def _values_fields(
    values: exp.Values, schema: SchemaIndex | None, target: str, names: list[str] | None
) -> _Result:
    """INSERT … VALUES with scalar subqueries reads their tables; each value feeds its column."""
    if values.find(exp.Query) is None:
        return {}
    reads: dict[str, None] = {}
    used: dict[ColumnRef, None] = {}
    edges: list[ColumnEdge] = []
    for row in values.expressions:
        items = row.expressions if isinstance(row, exp.Tuple) else [row]
        for i, item in enumerate(items):
            sources: set[ColumnRef] = set()
            for sub in item.find_all(exp.Subquery):
                if sub.find_ancestor(exp.Subquery) is not None:
                    continue
                tracer = QueryTracer(sub.this, schema)
                reads.update(tracer.reads)
                used.update(tracer.used)
                for _, srcs in tracer.outputs():
                    sources |= srcs
            if sources and names and i < len(names):
                edges.append(
                    ColumnEdge(ColumnRef(target, names[i]), tuple(sorted(sources, key=_key)))
                )
    return {
        "reads": tuple(reads),
        "columns": tuple(sorted(used, key=_key)),
        "edges": tuple(edges),
    }


def _like_source(node: exp.Create) -> str | None:
    """``CREATE TABLE a LIKE b`` / ``(LIKE b …)`` / Teradata ``AS b WITH DATA``: the table
    whose shape (and rows) is copied."""
    if isinstance(node.expression, exp.Table):
        return table_name(node.expression)[0]
    holders = [
        node.args.get("properties"),
        node.this if isinstance(node.this, exp.Schema) else None,
    ]
    for holder in holders:
        for prop in holder.expressions if holder is not None else []:
            if isinstance(prop, exp.LikeProperty) and isinstance(prop.this, exp.Table):
                return table_name(prop.this)[0]
    return None


def _create(node: exp.Create, dialect: str | None, schema: SchemaIndex | None) -> _Result:
    kind = f"create_{str(node.args.get('kind') or 'table').lower()}"
    table = _table_of(node.this)
    if table is None:
        return {"kind": kind}
    name = table_name(table)[0]
    if "." not in name and _is_global_temporary_view(node, dialect):
        name = f"global_temp.{name}"  # where Spark keeps it: later read as global_temp.v
    fields: _Result = {}
    query = _unwrapped(node.expression)
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
    like = _like_source(node)
    if like is not None:
        fields = {
            "reads": (like,),
            "edges": (ColumnEdge(ColumnRef(name, "*"), (ColumnRef(like, "*"),)),),
        }
    if kind == "create_view" and not isinstance(query, exp.Query):
        # Spark CREATE [TEMPORARY] VIEW v USING csv OPTIONS (path 'p'): a view over files
        paths = _option_paths(node.args.get("properties"), ("path", "paths"))
        if paths:
            fields = {"files_read": tuple(paths)}
    temporary = (name,) if _is_temporary(node) else ()
    writes = (name,) if ("table" in kind or "view" in kind) else ()
    return {"kind": kind, "writes": writes, "temporary": temporary, **fields}


def _is_global_temporary_view(node: exp.Create, dialect: str | None) -> bool:
    props = node.args.get("properties")
    kinds = {type(p) for p in props.expressions} if props is not None else set()
    return (
        dialect in ("spark", "spark2", "databricks")
        and str(node.args.get("kind") or "").upper() == "VIEW"
        and {exp.GlobalProperty, exp.TemporaryProperty} <= kinds
    )


def _drop(node: exp.Drop, dialect: str | None, schema: SchemaIndex | None) -> _Result:
    targets = node.args.get("tables") or [node.this]
    names = tuple(table_name(t)[0] for t in map(_table_of, targets) if t is not None)
    return {"kind": "drop", "drops": names, "changes": names}


def _truncate(node: exp.Expr, dialect: str | None, schema: SchemaIndex | None) -> _Result:
    names = [table_name(t)[0] for t in node.expressions if isinstance(t, exp.Table)]
    return {"kind": "truncate", "changes": tuple(names)}


def _variables(node: exp.Expr, dialect: str | None, schema: SchemaIndex | None) -> _Result:
    """SET/DECLARE of variables: the tables their subqueries read (``SET @n = (SELECT …)``)."""
    reads: dict[str, None] = {}
    for sub in node.find_all(exp.Subquery):
        if sub.find_ancestor(exp.Subquery) is None:
            reads.update(QueryTracer(sub.this, schema).reads)
    return {"kind": type(node).__name__.lower(), "reads": tuple(reads)}


def _cache(node: exp.Expr, dialect: str | None, schema: SchemaIndex | None) -> _Result:
    """Spark ``CACHE TABLE c AS SELECT …``: a query-backed table, like CREATE TABLE … AS."""
    table = _table_of(node.this)
    query = node.args.get("expression")
    if table is None or not isinstance(query, exp.Query):
        return {"kind": "cache"}
    name = table_name(table)[0]
    return {"kind": "cache", "writes": (name,), **_query_fields(query, schema, name, None)}


def _multi_insert(node: exp.Expr, dialect: str | None, schema: SchemaIndex | None) -> _Result:
    """Hive ``FROM src INSERT … SELECT … INSERT … SELECT …`` and Oracle ``INSERT ALL INTO … VALUES
    … SELECT …``: every insert reads the shared source."""
    source = node.args.get("source")
    merged: dict[str, dict] = {}
    for item in node.expressions:
        ins = item.this if isinstance(item, exp.ConditionalInsert) else item
        if not isinstance(ins, exp.Insert):
            continue
        query = ins.expression
        if query is None and isinstance(source, exp.Query):  # INSERT ALL INTO t1 INTO t2 SELECT
            ins.set("expression", source.copy())
        elif isinstance(query, exp.Values) and isinstance(source, exp.Query):
            # Oracle INSERT ALL INTO t (…) VALUES (…) … SELECT …: values name the query's columns
            row = query.expressions[0] if query.expressions else None
            items = row.expressions if isinstance(row, exp.Tuple) else []
            query = exp.Select(
                expressions=[v.copy() for v in items] or [exp.Star()],
                from_=exp.From(
                    this=exp.Subquery(
                        this=source.copy(), alias=exp.TableAlias(this=exp.to_identifier("_src"))
                    )
                ),
            )
            ins.set("expression", query)
        elif isinstance(query, exp.Select) and source is not None and not query.args.get("from_"):
            query.set("from_", exp.From(this=source.copy()))
        part = _insert(ins, dialect, schema)
        for key, value in part.items():
            if key != "kind":
                merged.setdefault(key, {}).update(dict.fromkeys(value))
    return {"kind": "multi_insert", **{k: tuple(v) for k, v in merged.items()}}


def _load_data(node: exp.Expr, dialect: str | None, schema: SchemaIndex | None) -> _Result:
    """Hive/Spark ``LOAD DATA [LOCAL] INPATH 'path' [OVERWRITE] INTO TABLE t``: path → table."""
    table = _table_of(node.this)
    inpath = node.args.get("inpath")
    files = [inpath.name] if isinstance(inpath, exp.Literal) else []
    files.extend(_option_paths(node.args.get("files"), ("uris", "uri")))  # BigQuery FROM FILES
    return {
        "kind": "load_data",
        "writes": (table_name(table)[0],) if table is not None else (),
        "files_read": tuple(files),
    }


def _option_paths(props: exp.Expr | None, keys: tuple[str, ...]) -> list[str]:
    """String values of the options named ``keys`` (``uris = ['gs://…']``, ``uri = '…'``)."""
    out: list[str] = []
    items = list(props.expressions) if isinstance(props, exp.Properties) else []
    for prop in list(items):  # Spark OPTIONS (path '…') holds its own properties
        if isinstance(prop, exp.OptionsProperty):
            items.extend(prop.expressions)
    for prop in items:
        if isinstance(prop, exp.Property) and prop.name.lower() in keys:
            value = prop.args.get("value")
            if isinstance(value, exp.Expr):
                lits = [value] if isinstance(value, exp.Literal) else value.find_all(exp.Literal)
                out.extend(lit.name for lit in lits if lit.is_string)
    return out


def _export(node: exp.Expr, dialect: str | None, schema: SchemaIndex | None) -> _Result:
    """BigQuery ``EXPORT DATA OPTIONS (uri = 'gs://…') AS SELECT …``: query → files."""
    query = node.this
    fields = _query_fields(query, schema, None, None) if isinstance(query, exp.Query) else {}
    return {
        "kind": "export",
        **fields,
        "files_written": tuple(_option_paths(node.args.get("options"), ("uri", "uris"))),
    }
