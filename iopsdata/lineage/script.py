"""``extract_lineage``: the public entry point, combining statements into script-level lineage."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from sqlglot import exp
from sqlglot.errors import SqlglotError

from iopsdata.catalog.model import Catalog
from iopsdata.errors import LineageError
from iopsdata.lineage.columns import SchemaIndex
from iopsdata.lineage.dialects import canonical_dialect, get_dialect
from iopsdata.lineage.model import ColumnRef, Lineage, StatementLineage
from iopsdata.lineage.parse import parse_script
from iopsdata.lineage.statements import analyse_statement
from iopsdata.lineage.table_names import table_name

SchemaLike = Catalog | Mapping[str, Any] | None


def extract_lineage(sql: str, dialect: str | None = None, schema: SchemaLike = None) -> Lineage:
    """Tables, columns, CTEs and column-level edges of a statement or multi-statement script.

    Args:
        sql: one statement or a script separated by ``;``.
        dialect: a sqlglot dialect name ("postgres", "snowflake", "spark", ...); None = generic.
        schema: a :class:`Catalog`, or ``{table: {column: type}}`` (keys may be dotted,
            ``"schema.table"``, or nested ``{schema: {table: {column: type}}}``). With a schema,
            ``SELECT *`` is expanded and unqualified columns in joins are attributed.

    Returns:
        A frozen :class:`Lineage`. Statements sqlglot only partly understands are included with
        ``partial=True`` and a reason; nothing is guessed.

    Raises:
        LineageError: unknown dialect, SQL nested too deep, or SQL that cannot be parsed (the
            message names the line and column).
    """
    if not isinstance(sql, str) or not sql.strip():
        raise LineageError("There is no SQL statement to analyse.")
    given, dialect = dialect, canonical_dialect(dialect)
    index = schema_index(schema, dialect)
    statements = []
    default: str | None = None
    temporary: set[str] = set()  # temp tables the script created so far: never ``db.``-qualified
    for i, parsed in enumerate(parse_script(sql, dialect)):
        try:
            st = analyse_statement(parsed, dialect, index)
        except RecursionError:
            raise LineageError(
                f"The statement at line {parsed.line} is nested too deeply to analyse."
            ) from None
        except SqlglotError as exc:  # e.g. scope building refuses a shape: keep the rest
            st = StatementLineage(
                kind=type(parsed.expression).__name__.lower(),
                sql=parsed.sql,
                line=parsed.line,
                partial=True,
                reason=f"sqlglot could not analyse this statement ({type(exc).__name__}).",
            )
        if i and st.edges:
            st = _renumber(st, i)
        temporary.update(t.lower() for t in st.temporary)
        if default:
            st = _qualify(st, default, temporary)
        if isinstance(parsed.expression, exp.Use):
            default = _use_target(parsed.expression, dialect) or default
        statements.append(st)
    return combine(statements, given)


# Dialects where ``USE x`` sets the schema (database) unqualified table names resolve in.
USE_SETS_SCHEMA = frozenset(
    [
        "hive",
        "spark",
        "spark2",
        "databricks",
        "mysql",
        "mariadb",
        "athena",
        "trino",
        "presto",
        "impala",
        "sparksql",
        "doris",
        "starrocks",
        "clickhouse",
        "singlestore",
    ]
)


def _use_target(node: exp.Use, dialect: str | None) -> str | None:
    table = node.this
    if not isinstance(table, exp.Table):
        return None
    kind = str(node.args.get("kind") or "").upper()
    if (dialect or "") in USE_SETS_SCHEMA or kind == "SCHEMA":
        return table_name(table)[0]
    return None


def _qualify(st: StatementLineage, default: str, temporary: set[str]) -> StatementLineage:
    """After ``USE db``, a bare table name ``t`` is ``db.t`` (temp tables and paths aside).

    ``temporary`` holds the temp tables created so far in the script (this statement's
    included): a later statement reading one by its bare name reads that temp table, so the two
    must keep one spelling for the script to see it as an intermediate.
    """
    from dataclasses import replace

    def name(t: str) -> str:
        bare = "." not in t and t[:1] not in "#@" and t.lower() not in temporary
        return f"{default}.{t}" if bare else t

    def ref(r: ColumnRef) -> ColumnRef:
        return ColumnRef(name(r.table), r.column) if r.table else r

    return replace(
        st,
        reads=tuple(map(name, st.reads)),
        writes=tuple(map(name, st.writes)),
        drops=tuple(map(name, st.drops)),
        changes=tuple(map(name, st.changes)),
        renames=tuple((name(a), name(b)) for a, b in st.renames),
        columns=tuple(map(ref, st.columns)),
        edges=tuple(
            replace(e, target=ref(e.target), sources=tuple(map(ref, e.sources))) for e in st.edges
        ),
    )


def _renumber(st: StatementLineage, i: int) -> StatementLineage:
    from dataclasses import replace

    return replace(st, edges=tuple(replace(e, statement=i) for e in st.edges))


def combine(statements: list[StatementLineage], dialect: str | None) -> Lineage:
    """Script-level view: tables (and files) produced earlier in the script and read later are
    intermediates.

    A rename relabels everything the script did so far under the new name (its earlier
    statements' tables and column edges), so ``CREATE TABLE t_new …; ALTER TABLE t_new RENAME TO t``
    writes ``t``.
    """
    produced: dict[str, None] = {}
    reads: dict[str, None] = {}
    intermediates: dict[str, None] = {}
    alive: dict[str, None] = {}
    files_read: dict[str, None] = {}
    files_written: dict[str, None] = {}
    files_between: dict[str, None] = {}
    ctes: dict[str, None] = {}
    columns: dict[ColumnRef, None] = {}
    changes: dict[str, None] = {}
    reasons: list[str] = []
    for st in statements:
        for old, new in st.renames:  # what the script did to ``old`` it did to ``new``
            # (a source read before is still that table as it was: reads keep their name)
            for state in (produced, intermediates, alive):
                _rename_key(state, old.lower(), new.lower())
        for t in st.reads:
            key = t.lower()
            if key in produced:
                intermediates[key] = None
            elif key not in reads:
                reads[key] = None
        for c in st.columns:
            if (c.table or "").lower() not in produced:
                columns[c] = None
        for t in st.drops:
            alive.pop(t.lower(), None)
        for t in st.writes:
            produced[t.lower()] = None
            alive[t.lower()] = None
        changes.update(dict.fromkeys(t.lower() for t in st.changes))
        for f in st.files_read:  # a file (stage, path) the script wrote and reads back
            if f in files_written:
                files_between[f] = None
            else:
                files_read[f] = None
        files_written.update(dict.fromkeys(st.files_written))
        ctes.update(dict.fromkeys(st.ctes))
        if st.partial and st.reason:
            reasons.append(f"line {st.line}: {st.reason}")
    statements = _relabel(statements)
    names = _spellings(statements)
    return Lineage(
        dialect=dialect,
        statements=tuple(statements),
        reads=tuple(names[k] for k in reads),
        writes=tuple(names[k] for k in alive if k not in intermediates),
        intermediates=(*(names[k] for k in intermediates), *files_between),
        files_read=tuple(files_read),
        files_written=tuple(f for f in files_written if f not in files_between),
        ctes=tuple(ctes),
        columns=tuple(columns),
        edges=tuple(e for st in statements for e in st.edges),
        partial=any(st.partial for st in statements),
        reasons=tuple(reasons),
        changes=tuple(names.get(k, k) for k in changes),
    )


def _rename_key(state: dict[str, None], old: str, new: str) -> None:
    if old in state:
        items = [(new if k == old else k, v) for k, v in state.items()]
        state.clear()
        state.update(items)


def _relabel(statements: list[StatementLineage]) -> list[StatementLineage]:
    """Apply each rename to the statements before it (their tables and column edges become the
    new name), so column lineage collapses through renamed tables."""
    if not any(st.renames for st in statements):
        return statements
    out = list(statements)
    for i, st in enumerate(statements):
        for old, new in st.renames:
            mapping = {old.lower(): new}
            first = next((j for j in range(i) if old.lower() in _lower(out[j].writes)), i)
            # reads of ``old`` before the script wrote it are of the table as it was
            out[:i] = [_rename_in(prev, mapping, j > first) for j, prev in enumerate(out[:i])]
    return out


def _lower(names: tuple[str, ...]) -> set[str]:
    return {n.lower() for n in names}


def _rename_in(
    st: StatementLineage, mapping: dict[str, str], sources_too: bool = True
) -> StatementLineage:
    from dataclasses import replace

    def names(items: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(mapping.get(t.lower(), t) for t in items)

    def ref(r: ColumnRef) -> ColumnRef:
        if r.table is None or r.table.lower() not in mapping:
            return r
        return ColumnRef(mapping[r.table.lower()], r.column)

    def src(r: ColumnRef) -> ColumnRef:
        return ref(r) if sources_too else r

    return replace(
        st,
        reads=names(st.reads) if sources_too else st.reads,
        writes=names(st.writes),
        temporary=names(st.temporary),
        columns=tuple(src(c) for c in st.columns),
        edges=tuple(
            replace(e, target=ref(e.target), sources=tuple(src(s) for s in e.sources))
            for e in st.edges
        ),
    )


def _spellings(statements: list[StatementLineage]) -> dict[str, str]:
    names: dict[str, str] = {}
    for st in statements:
        for t in (*st.reads, *st.writes, *st.drops, *st.changes):
            names.setdefault(t.lower(), t)
    return names


def schema_index(schema: SchemaLike, dialect: str | None = None) -> SchemaIndex | None:
    """Flatten a schema to ``{lower-cased table name: column names}``.

    Each table is reachable by its qualified name and by its bare name. Column names are
    normalised like the dialect normalises unquoted identifiers, so they match parsed SQL.
    """
    if schema is None:
        return None
    if isinstance(schema, Catalog):
        tables = {t.qualified_name: [c.name for c in t.columns] for t in schema.tables}
    elif isinstance(schema, Mapping):
        tables = {}
        _flatten(schema, (), tables)
    else:
        raise LineageError("The schema must be a Catalog or a mapping of tables to columns.")
    get_dialect(dialect)  # an unknown dialect is refused here, with or without columns
    out: dict[str, tuple[str, ...]] = {}
    bare: dict[str, list[tuple[str, ...]]] = {}
    for name, cols in tables.items():
        norm = tuple(_column_name(dialect, c) for c in cols)
        out[name.lower()] = norm
        bare.setdefault(name.rsplit(".", 1)[-1].lower(), []).append(norm)
    for name, options in bare.items():
        if name not in out and len(options) == 1:
            out[name] = options[0]
    return out


@lru_cache(maxsize=1 << 16)
def _column_name(dialect: str | None, name: str) -> str:
    """``name`` as the dialect normalises an unquoted identifier, once per name: the schema is
    passed again with every statement, and normalising its names cost ~1.5 µs each."""
    return get_dialect(dialect).normalize_identifier(exp.to_identifier(name)).name


def _flatten(node: Mapping[str, Any], prefix: tuple[str, ...], out: dict[str, list[str]]) -> None:
    for key, value in node.items():
        if (
            isinstance(value, Mapping)
            and value
            and all(isinstance(v, Mapping) for v in value.values())
        ):
            _flatten(value, (*prefix, str(key)), out)
        elif isinstance(value, Mapping):
            out[".".join((*prefix, str(key)))] = [str(c) for c in value]
        else:
            out[".".join((*prefix, str(key)))] = [str(c) for c in value]


def lineage_summary(sql: str, dialect: str | None = None) -> dict[str, Any]:
    """A small JSON-able summary for the audit row. Never raises: errors become ``{"error": …}``.

    Keys: version, reads, writes, intermediates, ctes, columns (``"table.column"``), partial,
    reasons, changes (tables truncated, deleted from without a source, renamed or dropped), error.
    """
    try:
        lin = extract_lineage(sql, dialect)
    except LineageError as exc:
        return {"version": 1, "error": exc.message}
    except Exception as exc:
        return {"version": 1, "error": f"Lineage could not be computed ({type(exc).__name__})."}
    return {
        "version": 1,
        "reads": list(lin.reads),
        "writes": list(lin.writes),
        "intermediates": list(lin.intermediates),
        "ctes": list(lin.ctes),
        "columns": [str(c) for c in lin.columns],
        "partial": lin.partial,
        "reasons": list(lin.reasons),
        "changes": list(lin.changes),
    }
