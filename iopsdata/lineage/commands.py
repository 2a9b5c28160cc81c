"""COPY/UNLOAD, renames and swaps, and statements sqlglot keeps as an opaque ``exp.Command``."""

from __future__ import annotations

import re

from sqlglot import exp

from iopsdata.errors import LineageError
from iopsdata.lineage.columns import SchemaIndex
from iopsdata.lineage.model import ColumnEdge, ColumnRef
from iopsdata.lineage.queries import _query_fields, _Result, _table_of
from iopsdata.lineage.rescue import CURSOR
from iopsdata.lineage.table_names import table_name


def _copy(node: exp.Copy, dialect: str | None, schema: SchemaIndex | None) -> _Result:
    def describe(item: exp.Expr) -> tuple[str, str | None, exp.Expr | None]:
        """("table"|"path"|"query", name, query)."""
        if isinstance(item, exp.Subquery):
            return "query", None, item.this
        if isinstance(item, exp.Query):
            return "query", None, item
        table = _table_of(item)
        if table is not None:
            name, is_path = table_name(table)
            return ("path" if is_path else "table"), name, None
        if isinstance(item, exp.Literal):
            return "path", item.name, None
        return "path", item.sql(), None

    this = describe(node.this)
    files = [describe(f) for f in node.args.get("files") or []]
    # COPY … FROM STDIN / TO STDOUT: rows from or to the client, no file
    files = [f for f in files if not (f[0] == "path" and str(f[1]).upper() in _CLIENT_STREAMS)]
    loading = bool(node.args.get("kind")) and this[0] == "table"
    fields: _Result = {"kind": "copy"}
    reads: list[str] = []
    files_read: list[str] = []
    files_written: list[str] = []
    writes: list[str] = []
    if loading:  # COPY t FROM 'file' / COPY INTO t FROM @stage
        writes.append(this[1])  # type: ignore[arg-type]
        for kind, name, query in files:
            if kind == "query" and query is not None:  # COPY INTO t FROM (SELECT $1 FROM @stage)
                fields.update(_query_fields(query, schema, this[1], None))
                reads.extend(fields.pop("reads"))
                files_read.extend(fields.pop("files_read"))
            elif kind == "table":
                reads.append(name)  # type: ignore[arg-type]
            else:
                files_read.append(name)  # type: ignore[arg-type]
    else:  # COPY t|(query) TO 'file' / COPY INTO 'location' FROM (query)
        sources = [this] if not node.args.get("kind") else files
        dests = files if not node.args.get("kind") else [this]
        for kind, name, query in sources:
            if kind == "query" and query is not None:
                q = _query_fields(query, schema, None, None)
                reads.extend(q.pop("reads"))
                fields.update(q)
            elif kind == "table":
                reads.append(name)  # type: ignore[arg-type]
                fields["columns"] = (ColumnRef(name, "*"),)  # type: ignore[arg-type]
            else:
                files_read.append(name)  # type: ignore[arg-type]
        files_written.extend(n for _, n, _ in dests if n)  # type: ignore[misc]
    fields.update(
        reads=tuple(reads),
        writes=tuple(writes),
        files_read=tuple(files_read),
        files_written=tuple(files_written),
    )
    return fields


_CLIENT_STREAMS = frozenset({"STDIN", "STDOUT"})


def _alter(node: exp.Alter, dialect: str | None, schema: SchemaIndex | None) -> _Result:
    table = _table_of(node.this)
    if table is None:
        return {"kind": "alter"}
    old = table_name(table)[0]
    for action in node.args.get("actions") or []:
        if isinstance(action, exp.Query):  # ALTER VIEW v AS SELECT …: the view is redefined
            return {
                "kind": "alter_view",
                "writes": (old,),
                **_query_fields(action, schema, old, None),
            }
        if isinstance(action, exp.AlterRename) and isinstance(action.this, exp.Table):
            new = table_name(action.this)[0]
            if "." in old and "." not in new:  # ALTER TABLE s.a RENAME TO b keeps the schema
                new = f"{old.rsplit('.', 1)[0]}.{new}"
            return _rename_fields("rename", [(old, new)])
        if type(action).__name__ == "SwapTable" and isinstance(action.this, exp.Table):
            return _move_fields("swap", table_name(action.this)[0], old)
    return {"kind": "alter", "changes": (old,)}  # ADD COLUMN, SET … : no data moves


def _execute(node: exp.Expr, dialect: str | None, schema: SchemaIndex | None) -> _Result:
    """T-SQL ``EXEC sp_rename 'dbo.old', 'new'`` renames a table (a column rename, objtype
    ``COLUMN``/``INDEX``, is not lineage); other procedure calls are opaque to lineage."""
    proc = node.this.name.lower() if isinstance(node.this, exp.Expr) else ""
    args: list[str] = []
    for arg in node.expressions:
        value = arg.expression if isinstance(arg, exp.EQ) else arg
        args.append(value.name if isinstance(value, (exp.Literal, exp.National)) else "")
    # dynamic SQL written as a literal: EXEC sp_executesql N'…', EXEC ('…') runs that SQL
    text = args[0] if proc == "sp_executesql" and args else ""
    inner = node.this.this if isinstance(node.this, exp.Subquery) else None
    if isinstance(inner, exp.Table) and isinstance(inner.this, exp.Identifier):
        text = inner.this.name if inner.this.quoted and " " in inner.this.name else text
    if text.strip():
        return _as_insert(text, dialect, "execute")
    if proc != "sp_rename" or len(args) < 2 or not args[0] or not args[1]:
        return {"kind": "execute"}
    if len(args) > 2 and args[2] and args[2].upper() != "OBJECT":
        return {"kind": "execute"}
    old, new = _clean(args[0]), _clean(args[1])
    if "." in old and "." not in new:  # the new name stays in the old one's schema
        new = f"{old.rsplit('.', 1)[0]}.{new}"
    return _rename_fields("rename", [(old, new)])


def _rename_fields(kind: str, pairs: list[tuple[str, str]]) -> _Result:
    """A rename moves no data: it is a table change, and relabels the script's earlier lineage."""
    return {
        "kind": kind,
        "changes": tuple(n for pair in pairs for n in pair),
        "renames": tuple(pairs),
    }


def _move_fields(kind: str, source: str, target: str) -> _Result:
    """Data of ``source`` becomes ``target``'s (SWAP WITH, EXCHANGE PARTITION, partition moves)."""
    return {
        "kind": kind,
        "reads": (source,),
        "writes": (target,),
        "edges": (ColumnEdge(ColumnRef(target, "*"), (ColumnRef(source, "*"),)),),
    }


def _swap_fields(a: str, b: str) -> _Result:
    return {
        "kind": "swap",
        "reads": (a, b),
        "writes": (a, b),
        "edges": (
            ColumnEdge(ColumnRef(a, "*"), (ColumnRef(b, "*"),)),
            ColumnEdge(ColumnRef(b, "*"), (ColumnRef(a, "*"),)),
        ),
    }


_NAME = r"[\w$.`\"\[\]]+"
_UNLOAD = re.compile(r"^\s*\(\s*'((?:[^']|'')*)'\s*\)\s*TO\s*'([^']*)'", re.I | re.S)
_UNLOAD_BARE = re.compile(r"^\s*\((.*)\)\s*TO\s*'([^']*)'", re.I | re.S)  # Athena: no quotes
_CLONE = re.compile(
    rf"^\s*(?:OR\s+REPLACE\s+)?(?:SNAPSHOT\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?({_NAME})\s+"
    rf"(?:DEEP\s+|SHALLOW\s+)?CLONE\s+({_NAME})",
    re.I | re.S,
)
_RENAME = re.compile(
    rf"^\s*TABLES?\s+({_NAME}\s+TO\s+{_NAME}(?:\s*,\s*{_NAME}\s+TO\s+{_NAME})*)\s*$", re.I | re.S
)
# CREATE [OR REPLACE] [kind words] TABLE|VIEW|TASK name <options sqlglot refuses> AS <body>:
# Oracle REFRESH FAST …, ClickHouse ENGINE = … POPULATE, Snowflake tasks (the body is a statement).
_CREATE_AS = re.compile(
    rf"^\s*(?:OR\s+(?:REPLACE|ALTER)\s+)?(?:\w+\s+){{0,3}}?(TABLE|VIEW|TASK)\s+"
    rf"(?:IF\s+NOT\s+EXISTS\s+)?({_NAME}).*?\sAS\s+"
    r"((?:SELECT|WITH|INSERT|MERGE|UPDATE|DELETE|COPY|BEGIN|CALL|EXECUTE)\b.*|\(.*)$",
    re.I | re.S,
)
# PostgreSQL CREATE RECURSIVE VIEW v (cols) AS body: WITH RECURSIVE v (cols) AS (body) SELECT …
_RECURSIVE_VIEW = re.compile(
    rf"^\s*(?:OR\s+REPLACE\s+)?RECURSIVE\s+VIEW\s+({_NAME})\s*(\([^()]*\))\s*AS\s+(.*?);?\s*$",
    re.I | re.S,
)
_APPEND = re.compile(rf"^\s*TABLE\s+({_NAME})\s+APPEND\s+FROM\s+({_NAME})", re.I | re.S)
_EXCHANGE = re.compile(rf"^\s*TABLES\s+({_NAME})\s+AND\s+({_NAME})\s*$", re.I | re.S)
_EXCHANGE_PARTITION = re.compile(
    rf"^\s*TABLE\s+({_NAME})\s+EXCHANGE\s+PARTITION\s*\(.*\)\s*WITH\s+TABLE\s+({_NAME})\s*$",
    re.I | re.S,
)


def _as_insert(sql: str, dialect: str | None, kind: str) -> _Result:
    """A statement sqlglot keeps as a command that is an INSERT in all but its verb."""
    from iopsdata.lineage.script import extract_lineage

    try:
        lin = extract_lineage(sql, dialect=dialect)
    except LineageError:
        return {"kind": kind, "partial": True, "reason": f"This {kind.upper()} could not be read."}
    return {
        "kind": kind,
        "reads": lin.reads,
        "writes": lin.writes,
        "files_read": lin.files_read,
        "ctes": lin.ctes,
        "columns": lin.columns,
        "edges": lin.edges,
    }


def _clean(name: str) -> str:
    return ".".join(p.strip('`"[]') for p in name.split(".")).lower()


def _command(node: exp.Command, dialect: str | None, schema: SchemaIndex | None) -> _Result:
    verb = str(node.this).upper()
    rest = (
        node.expression.name
        if isinstance(node.expression, exp.Literal)
        else str(node.expression or "")
    )
    if verb == "UNLOAD" and (m := _UNLOAD.match(rest) or _UNLOAD_BARE.match(rest)):
        from iopsdata.lineage.script import extract_lineage  # the quoted query is plain SQL

        inner = extract_lineage(m.group(1).replace("''", "'"), dialect=dialect)
        return {
            "kind": "unload",
            "reads": inner.reads,
            "files_written": (m.group(2),),
            "columns": inner.columns,
            "ctes": inner.ctes,
            "partial": True,
            "reason": "sqlglot does not parse UNLOAD; lineage comes from its quoted query and target path.",
        }
    if verb == "DECLARE" and (m := CURSOR.match(f"DECLARE {rest}")):  # a cursor's query
        fields = _as_insert(m.group(1), dialect, "declare")
        return {k: v for k, v in fields.items() if k in ("kind", "reads", "files_read", "ctes")}
    if verb == "REPLACE" and rest.lstrip().upper().startswith("INTO"):  # MySQL REPLACE INTO
        return _as_insert("INSERT " + rest, dialect, "replace")
    if verb == "CREATE" and (m := _CLONE.match(rest)):  # Databricks … DEEP CLONE src
        return _move_fields("create_table", _clean(m.group(2)), _clean(m.group(1)))
    if verb == "CREATE" and (m := _RECURSIVE_VIEW.match(rest)):
        name, cols, body = m.group(1), m.group(2), m.group(3)
        cte = name.rsplit(".", 1)[-1]
        sql = f"CREATE VIEW {name} AS WITH RECURSIVE {cte} {cols} AS ({body}) SELECT * FROM {cte}"
        return _as_insert(sql, dialect, "create_view")
    if verb == "CREATE" and (m := _CREATE_AS.match(rest)):
        kind, name, body = m.group(1).upper(), m.group(2), m.group(3)
        if kind == "TASK":  # a scheduled statement: its own lineage
            return _as_insert(body, dialect, "create_task")
        return _as_insert(f"CREATE {kind} {name} AS {body}", dialect, f"create_{kind.lower()}")
    if verb == "RENAME" and (m := _RENAME.match(rest)):
        pairs = [
            tuple(_clean(x) for x in re.split(r"\s+TO\s+", p.strip(), flags=re.I))
            for p in m.group(1).split(",")
        ]
        return _rename_fields("rename", pairs)  # type: ignore[arg-type]
    if verb == "ALTER" and (m := _APPEND.match(rest)):  # Redshift: rows move from src to dest
        return _move_fields("append", _clean(m.group(2)), _clean(m.group(1)))
    if verb == "ALTER" and (m := _EXCHANGE_PARTITION.match(rest)):  # Hive: dest … WITH TABLE src
        return _move_fields("exchange_partition", _clean(m.group(2)), _clean(m.group(1)))
    if verb == "EXCHANGE" and (m := _EXCHANGE.match(rest)):
        return _swap_fields(_clean(m.group(1)), _clean(m.group(2)))
    return {
        "kind": verb.lower() or "command",
        "partial": True,
        "reason": f"sqlglot does not understand this {verb} statement in this dialect; no lineage is claimed for it.",
    }
