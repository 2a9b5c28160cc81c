"""MERGE, UPDATE … FROM and DELETE … USING, rewritten as one synthetic SELECT each.

The synthetic SELECT joins the target to the sources with the statement's own condition and
projects the SET/VALUES mappings, so the column mappings go through the same tracer as queries.
"""

from __future__ import annotations

from sqlglot import exp

from iopsdata.lineage.columns import QueryTracer, SchemaIndex
from iopsdata.lineage.model import ColumnEdge, ColumnRef
from iopsdata.lineage.queries import _attach_with, _key, _Result, _table_of, _target_columns
from iopsdata.lineage.table_names import table_name


def _synthetic(
    target: exp.Table,
    sources: list[exp.Expr],
    on: exp.Expr | None,
    projections: list[exp.Expr],
    where: exp.Expr | None,
) -> exp.Select:
    """``SELECT <mappings> FROM target JOIN sources ON … WHERE …``, built from the statement's own
    nodes without copying (the statement is not used again afterwards)."""
    joins = [exp.Join(this=src, on=on if k == 0 else None) for k, src in enumerate(sources)]
    select = exp.Select(
        expressions=projections or [exp.Literal.number(1)], from_=exp.From(this=target)
    )
    if joins:
        select.set("joins", joins)
    if where is not None:
        select.set("where", exp.Where(this=where))
    return select


def _mapped(
    kind: str,
    target: exp.Table,
    sources: list[exp.Expr],
    on: exp.Expr | None,
    mapping: list[tuple[str, exp.Expr]],
    where: exp.Expr | None,
    schema: SchemaIndex | None,
    with_: exp.Expr | None = None,
    dialect: str | None = None,
) -> _Result:
    name = table_name(target)[0]
    self_read = _self_read(target, sources, dialect)
    projections = [exp.alias_(expr, f"_c{i}", copy=False) for i, (_, expr) in enumerate(mapping)]
    select = _synthetic(target, sources, on, projections, where)
    _attach_with(select, with_)
    tracer = QueryTracer(select, schema)
    outputs = tracer.outputs() if mapping else []
    merged: dict[str, set[ColumnRef]] = {}
    for (col, _), (_, srcs) in zip(mapping, outputs, strict=False):
        merged.setdefault(col, set()).update(srcs)
    edges = tuple(
        ColumnEdge(ColumnRef(name, col), tuple(sorted(srcs, key=_key)))
        for col, srcs in merged.items()
    )
    reads = tuple(t for t in tracer.reads if t != name or self_read)
    return {
        "kind": kind,
        "reads": reads,
        "writes": (name,),
        "ctes": tuple(tracer.ctes),
        "columns": tuple(sorted(tracer.used, key=_key)),
        "edges": edges,
    }


def _self_read(target: exp.Table, sources: list[exp.Expr], dialect: str | None = None) -> bool:
    if dialect in ("tsql", "fabric"):  # UPDATE t SET … FROM t JOIN s: FROM t names the target
        return False
    tname = table_name(target)[0]
    return any(isinstance(s, exp.Table) and table_name(s)[0] == tname for s in sources)


def _merge(node: exp.Merge, dialect: str | None, schema: SchemaIndex | None) -> _Result:
    target = _table_of(node.this)
    if target is None:
        return {"kind": "merge", "partial": True, "reason": "The MERGE target is not a table."}
    mapping: list[tuple[str, exp.Expr]] = []
    whens = node.args.get("whens")
    using = node.args.get("using")
    every = _every_column(using, schema)
    for when in whens.expressions if whens is not None else []:
        then = when.args.get("then")
        if isinstance(then, exp.Update):
            for eq in then.expressions:
                if isinstance(eq, exp.Star):  # Databricks UPDATE SET *: every source column
                    mapping.extend(every)
                elif isinstance(eq, exp.EQ):
                    mapping.append((eq.this.name, eq.expression))
        elif isinstance(then, exp.Insert) and isinstance(then.this, exp.Star):
            mapping.extend(every)  # Databricks INSERT *
        elif isinstance(then, exp.Insert):
            cols = (
                then.this.expressions
                if isinstance(then.this, exp.Schema)
                else (
                    [c for c in then.this.expressions] if isinstance(then.this, exp.Tuple) else []
                )
            )
            values = then.expression.expressions if isinstance(then.expression, exp.Tuple) else []
            if not cols and schema:
                names = _target_columns(target, schema) or []
                cols = [exp.to_identifier(n) for n in names]
            mapping.extend((c.name, v) for c, v in zip(cols, values, strict=False))
    return _mapped(
        "merge",
        target,
        [using] if using is not None else [],
        node.args.get("on"),
        mapping,
        None,
        schema,
        node.args.get("with_"),
        dialect,
    )


def _every_column(using: exp.Expr | None, schema: SchemaIndex | None) -> list[tuple[str, exp.Expr]]:
    """Each column of a MERGE source for ``SET *`` / ``INSERT *``: by name when the schema
    knows the source table, else ``*`` (of its alias when it has one)."""
    alias = using.alias_or_name if using is not None else ""
    qualifier = exp.to_identifier(alias) if alias else None
    table = using if isinstance(using, exp.Table) else None
    cols = schema.get(table_name(table)[0].lower()) if schema and table is not None else None
    if cols:
        return [(c, exp.column(c, table=qualifier)) for c in cols]
    return [("*", exp.Column(this=exp.Star(), table=qualifier))]


def _update(node: exp.Update, dialect: str | None, schema: SchemaIndex | None) -> _Result:
    target = _table_of(node.this)
    if target is None:
        return {"kind": "update", "partial": True, "reason": "The UPDATE target is not a table."}
    sources: list[exp.Expr] = []
    from_ = node.args.get("from_") or node.args.get("from")
    if from_ is not None:
        sources.append(from_.this)
    sources.extend(j.this for j in (node.args.get("joins") or []))
    _flatten_joins(sources)
    # UPDATE x SET … FROM dbo.t x JOIN s (T-SQL), UPDATE x FROM dbo.t x, s SET … (Teradata): the
    # FROM names the target by its alias; in T-SQL also by name (UPDATE t … FROM t JOIN s)
    target = _target_among(target, sources, dialect in ("tsql", "fabric"))
    mapping = [(eq.this.name, eq.expression) for eq in node.expressions if isinstance(eq, exp.EQ)]
    where = node.args.get("where")
    return _mapped(
        "update",
        target,
        sources,
        None,
        mapping,
        where.this if where is not None else None,
        schema,
        node.args.get("with_"),
        dialect,
    )


def _flatten_joins(sources: list[exp.Expr]) -> None:
    """Joins kept nested in a source table (T-SQL FROM a JOIN b) become sources of their own."""
    for src in list(sources):
        nested = src.args.get("joins") if isinstance(src, exp.Table) else None
        if nested:
            src.set("joins", None)
            sources.extend(j.this for j in nested)


def _target_among(target: exp.Table, sources: list[exp.Expr], by_name: bool) -> exp.Table:
    """The source that names the target (by its alias, or by name when ``by_name``), taken out
    of ``sources``; else ``target`` itself."""
    tname = table_name(target)[0]
    for k, src in enumerate(sources):
        if isinstance(src, exp.Table) and (
            (by_name and table_name(src)[0] == tname)
            or ("." not in tname and src.alias and src.alias == tname)
        ):
            return sources.pop(k)  # type: ignore[return-value]
    return target


def _delete(node: exp.Delete, dialect: str | None, schema: SchemaIndex | None) -> _Result:
    target = _table_of(node.this)
    tables = node.args.get("tables") or []
    if target is None and len(tables) == 1:  # BigQuery DELETE ds.t WHERE … (no FROM)
        target = _table_of(tables[0])
    if target is None:
        return {"kind": "delete", "partial": True, "reason": "The DELETE target is not a table."}
    sources = list(node.args.get("using") or [])
    joins = target.args.get("joins")
    if joins:  # DELETE t FROM t JOIN s ON … (T-SQL, MySQL): the joins are the sources
        target.set("joins", None)
        sources.extend(j.this for j in joins)
    _flatten_joins(sources)  # MySQL DELETE FROM t USING t JOIN s: USING names t, then joins
    # MySQL/T-SQL name the target again among the sources (DELETE FROM t USING t JOIN s, DELETE
    # x FROM t x JOIN s); in PostgreSQL DELETE FROM t a USING t b is a self-join (a read of t)
    target = _target_among(target, sources, dialect in ("mysql", "mariadb", "tsql", "fabric"))
    where = node.args.get("where")
    if (
        not sources
        and (where is None or where.find(exp.Query) is None)
        and not node.args.get("with_")
    ):
        # DELETE FROM t [WHERE <no subquery>] moves no data: a change of t, not lineage
        return {"kind": "delete", "changes": (table_name(target)[0],)}
    return _mapped(
        "delete",
        target,
        sources,
        None,
        [],
        where.this if where is not None else None,
        schema,
        node.args.get("with_"),
        dialect,
    )
