"""Column lineage from ONE scope traversal per query (no per-column re-qualification).

``QueryTracer`` walks sqlglot's scopes (CTEs, derived tables, unions, subqueries, UDTFs such as
LATERAL VIEW explode) and resolves every column to the physical table columns it comes from.
``SELECT *`` is expanded from the schema when one is known; otherwise it stays ``table.*``.
Columns whose table cannot be decided without a schema are reported with ``table=None`` rather
than guessed.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextvars import ContextVar

from sqlglot import exp
from sqlglot.optimizer.scope import Scope, build_scope

from iopsdata.lineage.model import ColumnRef
from iopsdata.lineage.select_parts import (
    _array_join_alias,
    _named_window,
    _unnest_offsets,
    _using_sources,
)
from iopsdata.lineage.table_names import is_table_function
from iopsdata.lineage.table_names import table_name as _table_name

SchemaIndex = Mapping[str, tuple[str, ...]]  # lower-cased table name → column names
_Entry = tuple[str, str, object]  # (output name, "expr"|"src"|"star"|"substar"…, payload)
_STARS = ("star", "substar")  # an unexpanded * of an unknown table, directly or in a subquery


# Whether the statement's dialect lets a SELECT item name an earlier item's alias (Snowflake,
# Databricks, Redshift, DuckDB, Teradata …). Where it cannot (PostgreSQL, MySQL, T-SQL, Oracle,
# BigQuery, Hive, Trino …) such a name is a source column: ``SELECT b AS a, a AS b`` swaps two
# columns. Set per statement by ``statements.analyse_statement``.
LATERAL_ALIASES: ContextVar[bool] = ContextVar("lateral_aliases", default=True)
NO_LATERAL_ALIASES = frozenset(
    {"postgres", "mysql", "mariadb", "tsql", "fabric", "oracle", "bigquery", "hive", "impala"}
    | {"trino", "presto", "athena", "greenplum", "db2"}
)


class QueryTracer:
    """Traces one query expression. Build it, then read ``reads``, ``used`` and call ``outputs``."""

    def __init__(self, query: exp.Expr, schema: SchemaIndex | None = None) -> None:
        self.schema = schema or {}
        self.root: Scope | None = build_scope(query)
        self.reads: dict[str, None] = {}
        self.files: dict[str, None] = {}
        self.used: dict[ColumnRef, None] = {}
        self.ctes: dict[str, None] = {}
        self._entries: dict[int, list[_Entry]] = {}
        self._memo: dict[tuple[int, int], frozenset[ColumnRef]] = {}
        self._subq: dict[int, Scope] = {}
        self._names: dict[int, tuple[str, bool]] = {}
        self._alias_index: dict[int, tuple[dict[str, int], int]] = {}
        self._lateral_ok = LATERAL_ALIASES.get()
        self._offsets: dict[int, dict[str, exp.Unnest]] = {}
        self._resolved: dict[tuple[int, int], frozenset[ColumnRef]] = {}
        self._depth = 0  # _trace_index computations in progress
        if self.root is None:
            return
        for scope in self.root.traverse():
            self._collect(scope)

    # -- public -------------------------------------------------------------------------------
    def output_names(self) -> list[str]:
        return [e[0] for e in self._entries_of(self.root)] if self.root else []

    def outputs(self) -> list[tuple[str, frozenset[ColumnRef]]]:
        """(output column name, source columns) for each output column of the query, in order."""
        if self.root is None:
            return []
        return [
            (e[0], self._trace_index(self.root, i))
            for i, e in enumerate(self._entries_of(self.root))
        ]

    def trace_expression(self, node: exp.Expr) -> frozenset[ColumnRef]:
        """Source columns of an expression evaluated in the root scope (MERGE/UPDATE mappings)."""
        return self._trace_expr(self.root, node) if self.root else frozenset()

    def _tname(self, table: exp.Table) -> tuple[str, bool]:
        key = id(table)
        hit = self._names.get(key)
        if hit is None:
            hit = self._names[key] = _table_name(table)
        return hit

    # -- collection ---------------------------------------------------------------------------
    def _collect(self, scope: Scope) -> None:
        for sub in scope.subquery_scopes:
            self._subq[id(sub.expression)] = sub
        for cte in scope.cte_scopes:
            alias = cte.expression.parent
            if isinstance(alias, exp.CTE):
                self.ctes[alias.alias_or_name] = None
        for source in scope.sources.values():
            if isinstance(source, exp.Table) and not is_table_function(source):
                name, is_path = self._tname(source)
                if name.lower() == "dual":  # Oracle/MySQL one-row placeholder: reads nothing
                    continue
                (self.files if is_path else self.reads)[name] = None
        for col in scope.columns:
            for ref in self._resolve(scope, col):
                self.used[ref] = None
        if isinstance(scope.expression, exp.Select):
            for proj in scope.expression.expressions:
                if isinstance(proj, exp.Star) or (
                    isinstance(proj, exp.Column) and isinstance(proj.this, exp.Star)
                ):
                    keys = (
                        [proj.table]
                        if isinstance(proj, exp.Column)
                        else list(scope.selected_sources)
                    )
                    for key in keys:
                        src = scope.sources.get(key)
                        if isinstance(src, exp.Table):
                            name = self._tname(src)[0]
                            for c in self._table_columns(src) or ("*",):
                                self.used[ColumnRef(name, c)] = None

    # -- scope outputs ------------------------------------------------------------------------
    def _entries_of(self, scope: Scope) -> list[_Entry]:
        key = id(scope)
        if key in self._entries:
            return self._entries[key]
        entries: list[_Entry] = []
        node = scope.expression
        if isinstance(node, exp.SetOperation):
            branches = scope.set_operation_scopes
            entries = (
                [(n, "set", None) for n, _, _ in self._entries_of(branches[0])] if branches else []
            )
        elif isinstance(node, exp.Select):
            for proj in node.expressions:
                if isinstance(proj, exp.Star):
                    for src_key in scope.selected_sources:
                        entries.extend(_without(self._source_entries(scope, src_key), proj))
                elif isinstance(proj, exp.Column) and isinstance(proj.this, exp.Star):
                    entries.extend(_without(self._source_entries(scope, proj.table), proj.this))
                else:
                    entries.append((_output_name(proj), "expr", proj))
        elif scope.is_udtf and isinstance(node, exp.Lateral) and scope.subquery_scopes:
            # LATERAL (SELECT …) alias: its outputs are the subquery's
            sub = scope.subquery_scopes[0]
            entries = [(n, "lateral", i) for i, (n, _, _) in enumerate(self._entries_of(sub))]
        elif scope.is_udtf:
            alias = node.args.get("alias")
            names = [c.name for c in alias.columns] if alias is not None and alias.columns else []
            entries = [(n, "udtf", None) for n in names] or [(node.alias_or_name, "udtf", None)]
        if isinstance(node, (exp.Select, exp.SetOperation)):
            entries = _renamed(entries, node.parent)
        self._entries[key] = entries
        return entries

    def _source_entries(self, scope: Scope, key: str) -> list[_Entry]:
        src = scope.sources.get(key)
        if isinstance(src, exp.Table):
            cols = self._table_columns(src)
            if cols is None:
                return [("*", "star", key)]
            return [(c, "src", key) for c in cols]
        if isinstance(src, Scope):
            inner = self._entries_of(src)
            out: list[_Entry] = [(n, "src", key) for n, kind, _ in inner if kind not in _STARS]
            if any(kind in _STARS for _, kind, _ in inner):  # unexpanded * inside: pass through
                out.append(("*", "substar", key))
            return out
        return []

    def _table_columns(self, table: exp.Table) -> tuple[str, ...] | None:
        if not self.schema:
            return None
        name = self._tname(table)[0].lower()
        cols = self.schema.get(name)
        if cols is None and "." in name:
            cols = self.schema.get(table.name.lower())
        return cols

    # -- tracing ------------------------------------------------------------------------------
    def _trace_index(self, scope: Scope, index: int) -> frozenset[ColumnRef]:
        key = (id(scope), index)
        hit = self._memo.get(key)
        if hit is not None:
            return hit
        self._memo[key] = frozenset()  # guards recursive CTEs
        self._depth += 1  # (an exception ends the tracer's use: no try needed)
        entries = self._entries_of(scope)
        result: frozenset[ColumnRef] = frozenset()
        if index < len(entries):
            name, kind, payload = entries[index]
            if kind == "set":
                acc: set[ColumnRef] = set()
                for branch in scope.set_operation_scopes:
                    acc |= self._trace_index(branch, index)
                result = frozenset(acc)
            elif kind == "expr":
                result = self._trace_expr(scope, payload, self._aliases(scope, index))  # type: ignore[arg-type]
            elif kind == "src":
                result = self._from_source(scope, payload, name)  # type: ignore[arg-type]
            elif kind == "star":
                src = scope.sources.get(str(payload))
                result = (
                    frozenset({ColumnRef(self._tname(src)[0], "*")})
                    if isinstance(src, exp.Table)
                    else frozenset()
                )
            elif kind == "substar":
                result = self._from_source(scope, payload, "*")  # type: ignore[arg-type]
            elif kind == "lateral":
                result = self._trace_index(scope.subquery_scopes[0], int(payload))  # type: ignore[call-overload]
            elif kind == "udtf":
                acc = set()
                for col in scope.columns:
                    acc |= self._resolve(scope, col)
                result = frozenset(acc)
        self._depth -= 1
        self._memo[key] = result
        return result

    def _trace_name(self, scope: Scope, name: str) -> frozenset[ColumnRef]:
        low = name.lower()
        entries = self._entries_of(scope)
        for i, entry in enumerate(entries):
            if entry[0].lower() == low:
                return self._trace_index(scope, i)
        stars = [e for e in entries if e[1] in _STARS]
        if len(stars) == 1:  # unexpanded SELECT * over one unknown table: pass the name through
            return self._from_source(scope, stars[0][2], name)  # type: ignore[arg-type]
        return frozenset({ColumnRef(None, name)})

    def _from_source(self, scope: Scope, key: str, name: str) -> frozenset[ColumnRef]:
        src = scope.sources.get(key)
        if isinstance(src, exp.Table) and is_table_function(src):  # its rows come from its args
            return self._trace_expr(scope, src.this)
        if isinstance(src, exp.Table):
            return frozenset({ColumnRef(self._tname(src)[0], name)})
        if isinstance(src, Scope):
            found = self._trace_name(src, name)
            node = src.expression
            if (
                isinstance(node, exp.Lateral)
                and isinstance(node.this, exp.Func)
                and all(ref.table is None for ref in found)
            ):  # CROSS APPLY OPENJSON(r.doc) WITH (name …) AS j: j.name comes from the args
                return self._trace_expr(src, node.this)
            return found
        return frozenset({ColumnRef(None, name)})

    def _aliases(self, scope: Scope, index: int) -> tuple[dict[str, int], int] | None:
        """Aliases of the projections before ``index`` (lateral column alias references), as
        (alias → first position over the whole SELECT, index); None when there are none."""
        key = id(scope)
        hit = self._alias_index.get(key)
        if hit is None:
            table: dict[str, int] = {}
            for i, (name, kind, payload) in enumerate(self._entries_of(scope)):
                if kind == "expr" and isinstance(payload, exp.Alias):
                    table.setdefault(name.lower(), i)
            hit = self._alias_index[key] = (table, min(table.values(), default=1 << 30))
        return (hit[0], index) if hit[1] < index else None

    def _lateral(
        self, scope: Scope, col: exp.Column, aliases: tuple[dict[str, int], int]
    ) -> int | None:
        """The earlier projection an unqualified column names, when no source has that column
        (``SELECT a + 1 AS x, x * 2 AS y``: Snowflake, Databricks, Redshift, DuckDB …)."""
        if col.table or not self._lateral_ok:
            return None
        table, index = aliases
        hit = table.get(col.name.lower())
        if hit is None or hit >= index:
            return None
        if any(self._has_column(scope, k, col.name) for k in scope.selected_sources):
            return None
        if col.name.lower() in self._named_before(scope, hit):
            return None
        return hit

    def _named_before(self, scope: Scope, index: int) -> set[str]:
        """Unqualified column names the SELECT uses where no alias of its own can stand (JOIN …
        ON, projections up to ``index``; not WHERE, where Snowflake and Teradata accept
        aliases): evidence that a source has them."""
        node = scope.expression
        parts: list[exp.Expr | None] = [j.args.get("on") for j in node.args.get("joins") or []]
        parts.extend(node.expressions[: index + 1])
        return {
            c.name.lower()
            for part in parts
            if part is not None
            for c in _walk_local(part)
            if isinstance(c, exp.Column) and not c.table
        }

    def _trace_expr(
        self, scope: Scope, node: exp.Expr, aliases: tuple[dict[str, int], int] | None = None
    ) -> frozenset[ColumnRef]:
        acc: set[ColumnRef] = set()
        for item in _walk_local(node):
            if isinstance(item, exp.Column):
                lateral = self._lateral(scope, item, aliases) if aliases else None
                if lateral is not None:
                    acc |= self._trace_index(scope, lateral)
                    continue
                acc |= self._resolve(scope, item)
            elif isinstance(item, exp.Star):
                keys = list(scope.selected_sources)
                src = scope.sources.get(keys[0]) if len(keys) == 1 else None
                if isinstance(src, exp.Table):
                    acc.add(ColumnRef(self._tname(src)[0], "*"))
            else:
                sub = self._subq.get(id(item)) or self._subq.get(
                    id(item.this) if isinstance(item, exp.Subquery) else 0
                )
                if sub is not None and isinstance(item.parent, exp.Exists):
                    # EXISTS (…) in a value: it depends on the subquery's conditions
                    for col in sub.columns:
                        acc |= self._resolve(sub, col)
                elif sub is not None:
                    for i in range(len(self._entries_of(sub))):
                        acc |= self._trace_index(sub, i)
        return frozenset(acc)

    def _resolve(self, scope: Scope, col: exp.Column) -> frozenset[ColumnRef]:
        """``_resolve_column`` of a column of the tree, once: kept when no ``_trace_index`` is in
        progress, so never a value cut short by the recursion guard."""
        key = (id(scope), id(col))
        hit = self._resolved.get(key)
        if hit is None:
            hit = self._resolve_column(scope, col)
            if not self._depth:
                self._resolved[key] = hit
        return hit

    def _resolve_column(self, scope: Scope, col: exp.Column) -> frozenset[ColumnRef]:
        name = col.name
        if isinstance(col.this, exp.Star):
            src = scope.sources.get(col.table)
            return (
                frozenset({ColumnRef(self._tname(src)[0], "*")})
                if isinstance(src, exp.Table)
                else frozenset()
            )
        alias = col.table
        s: Scope | None = scope
        if alias:
            outer = col.text("db")
            while s is not None:  # correlated subqueries see the outer scopes' sources
                if outer and outer in s.sources and alias not in s.sources:
                    return self._from_source(s, outer, alias)  # t.struct_col.field
                if alias in s.sources:
                    return self._from_source(s, alias, name)
                s = s.parent
            # not a source: ``struct_col.field`` (BigQuery, Spark, Hive) reads struct_col
            owner = self._resolve_column(scope, exp.column(alias))
            if all(ref.table is not None for ref in owner):
                return owner
            return frozenset({ColumnRef(None, name)})
        element = _array_join_alias(scope.expression, name)
        if element is not None:  # ClickHouse ARRAY JOIN arr AS x: x is an element of arr
            return self._trace_expr(scope, element)
        fn = scope.sources.get(name)
        if isinstance(fn, exp.Table) and is_table_function(fn):
            # PostgreSQL FROM generate_series(…) d / unnest(a) x: the alias names its one column
            return self._trace_expr(scope, fn.this)
        offsets = self._offsets.get(id(scope))
        if offsets is None:
            offsets = self._offsets[id(scope)] = _unnest_offsets(scope.expression)
        unnest = offsets.get(name.lower()) if offsets else None
        if unnest is not None:  # BigQuery UNNEST(arr) AS x WITH OFFSET AS off: off is of arr
            return frozenset(r for e in unnest.expressions for r in self._trace_expr(scope, e))
        while s is not None:
            keys = list(s.selected_sources) + [
                k for k in s.lateral_sources if k not in s.selected_sources
            ]
            if s.is_subquery or s.is_udtf:  # UNNEST(arr) AS x: arr is not a column of x
                keys = [k for k in keys if not _inside_udtf(s.sources.get(k), col)]
            if len(keys) == 1:
                return self._from_source(s, keys[0], name)
            if keys:
                owners = [k for k in keys if self._has_column(s, k, name)]
                if not owners:  # no known source has it: the one source of unknown shape must
                    owners = [k for k in keys if self._columns_unknown(s, k)]
                if len(owners) == 1:
                    return self._from_source(s, owners[0], name)
                shared = _using_sources(s.expression, name)
                if len(owners) > 1 and shared:  # JOIN … USING (name): one column of both sides
                    return frozenset(
                        ref for k in owners if k in shared for ref in self._from_source(s, k, name)
                    )
                if owners or not s.is_correlated_subquery:
                    break
            s = s.parent
        return frozenset({ColumnRef(None, name)})

    def _columns_unknown(self, scope: Scope, key: str) -> bool:
        src = scope.sources.get(key)
        if isinstance(src, exp.Table):
            return self._table_columns(src) is None
        return isinstance(src, Scope) and any(e[1] in _STARS for e in self._entries_of(src))

    def _has_column(self, scope: Scope, key: str, name: str) -> bool:
        src = scope.sources.get(key)
        low = name.lower()
        if isinstance(src, exp.Table):
            cols = self._table_columns(src)
            return cols is not None and any(c.lower() == low for c in cols)
        if isinstance(src, Scope):
            return any(e[0].lower() == low for e in self._entries_of(src))
        return False


def _inside_udtf(src: object, col: exp.Column) -> bool:
    """Whether ``col`` is an argument of the table function ``src`` (so cannot be its output)."""
    if not isinstance(src, Scope) or not src.is_udtf:
        return False
    node: exp.Expr | None = col.parent
    while node is not None:
        if node is src.expression:
            return True
        node = node.parent
    return False


def _without(entries: list[_Entry], star: exp.Expr) -> list[_Entry]:
    """``SELECT * EXCEPT (a, b)`` (BigQuery, Databricks …): drop the excepted columns."""
    excepted = star.args.get("except_") or star.args.get("except")
    if not excepted:
        return entries
    names = {e.name.lower() for e in excepted}
    return [e for e in entries if e[0].lower() not in names]


def _renamed(entries: list[_Entry], holder: exp.Expr | None) -> list[_Entry]:
    """Apply a column list given with the alias: ``WITH c (k) AS (…)``, ``(…) AS x (k)``."""
    alias = holder.args.get("alias") if isinstance(holder, (exp.CTE, exp.Subquery)) else None
    columns = alias.columns if isinstance(alias, exp.TableAlias) else None
    if not columns:
        return entries
    out: list[_Entry] = []
    for i, (name, kind, payload) in enumerate(entries):
        new = columns[i].name if i < len(columns) else name
        if kind == "src":  # keep tracing by the source's own name
            out.append((new, "expr", exp.column(name, table=str(payload))))
        elif kind in ("expr", "set"):
            out.append((new, kind, payload))
        else:
            out.append((name, kind, payload))
    return out


def _output_name(proj: exp.Expr) -> str:
    """An aliased or plain column keeps its name; an unnamed expression is named by its SQL."""
    if isinstance(proj, (exp.Alias, exp.Column)) or not isinstance(proj, exp.Expr):
        return proj.alias_or_name
    text = proj.sql(copy=False)
    return text if len(text) <= 60 else text[:59] + "…"


def _walk_local(node: exp.Expr) -> Iterator[exp.Expr]:
    """Columns and subqueries of ``node``, without descending into the subqueries."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, exp.Column):
            yield item
            continue
        if isinstance(item, exp.Star):  # count(*): the rows of the source
            yield item
            continue
        if item is not node and isinstance(item, (exp.Subquery, exp.Query)):
            yield item
            continue
        if isinstance(item, exp.Window) and item.args.get("alias") is not None:
            named = _named_window(item)  # OVER w … WINDOW w AS (PARTITION BY … ORDER BY …)
            if named is not None:
                stack.extend(named.iter_expressions())
        stack.extend(item.iter_expressions())
