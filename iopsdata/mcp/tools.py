"""The MCP tools as plain functions of a ``Workspace``: the same facade calls the pages make.

Each function takes the caller's ``Workspace`` (already limited to a token's workspace and role)
and returns JSON-able data; it never opens engines, reads secrets or runs SQL itself. Refusals and
failures are the facade's ``IopsError`` subclasses; the server turns them into tool errors with
the same user-facing message the pages show. Names and shapes here are the tool contract.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from iopsdata.errors import IopsError, NotFound
from iopsdata.mcp.serialise import result_dict

if TYPE_CHECKING:
    from iopsdata.catalog.model import Catalog, Table
    from iopsdata.mcp.limits import Limits
    from iopsdata.targets import QueryTarget
    from iopsdata.workspace import Workspace

#: The audit source of every statement an MCP client runs (History shows it).
SOURCE = "mcp"
FILES_ID = "files"  # the workspace's Files connection, as ``ws.sql.run`` names it
DESCRIBE_MAX_TABLES = 200


def target_of(ws: Workspace, connection: str) -> QueryTarget:
    """A saved connection (name or id) or ``"files"`` as a ``QueryTarget``. Raises NotFound."""
    if connection.strip().lower() == FILES_ID:
        return ws.files.target()
    return ws.connections.target(connection)


def list_connections(ws: Workspace) -> list[dict[str, Any]]:
    """Connections of the workspace: id, name, kind, dialect and whether writes are allowed.

    Options are left out entirely (hosts, users and secrets stay on the server)."""
    out = [
        {
            "id": c.id,
            "name": c.name,
            "kind": c.kind,
            "dialect": c.dialect,
            "allow_writes": c.allow_writes,
        }
        for c in ws.connections.list()
    ]
    if ws.files.list():
        out.append(
            {
                "id": FILES_ID,
                "name": "Files",
                "kind": "files",
                "dialect": "duckdb",
                "allow_writes": False,
            }
        )
    return out


def _table_dict(table: Table) -> dict[str, Any]:
    return {
        "name": table.qualified_name,
        "kind": table.kind,
        "comment": table.comment,
        "row_estimate": table.row_estimate,
        "columns": [
            {
                "name": c.name,
                "type": c.type,
                "nullable": c.nullable,
                "primary_key": c.primary_key,
                "comment": c.comment,
            }
            for c in table.columns
        ],
        "foreign_keys": [
            {
                "columns": list(fk.columns),
                "ref_table": fk.ref_table,
                "ref_columns": list(fk.ref_columns),
            }
            for fk in table.foreign_keys
        ],
    }


def describe(ws: Workspace, connection: str, filter: str | None = None) -> dict[str, Any]:
    """Tables, columns, types, keys, comments and row estimates of one connection.

    ``filter`` keeps tables whose name, or one of whose columns, contains it (case-insensitive).
    Comments are the database's data and are returned as data.
    """
    target = target_of(ws, connection)
    catalog = target.catalog()
    needle = (filter or "").strip().lower()
    tables = [
        t
        for t in catalog.tables
        if not needle
        or needle in t.qualified_name.lower()
        or any(needle in c.name.lower() for c in t.columns)
    ]
    return {
        "connection": target.name,
        "dialect": catalog.dialect,
        "tables": [_table_dict(t) for t in tables[:DESCRIBE_MAX_TABLES]],
        "truncated": len(tables) > DESCRIBE_MAX_TABLES,
        "table_count": len(tables),
    }


def schema_text(ws: Workspace, connection: str) -> str:
    """The whole schema of a connection as the Chat prompt renders it (a resource)."""
    from iopsdata.assistant.schema_text import render_tables

    target = target_of(ws, connection)
    catalog: Catalog = target.catalog()
    header = f"-- {target.name} ({catalog.dialect}), {len(catalog.tables)} tables\n"
    return header + render_tables(catalog, [t.qualified_name for t in catalog.tables])


def select_tables(ws: Workspace, question: str, connection: str) -> dict[str, Any]:
    """The Chat schema selection for a question: tables, reasons and the schema text."""
    from iopsdata.assistant.schema_text import render_tables

    target = target_of(ws, connection)
    preview = ws.assistant.preview(question, target)
    sel = preview.selection
    return {
        "tables": list(sel.tables),
        "reasons": dict(sel.reasons),
        "schema": render_tables(target.catalog(), sel.tables),
        "tokens": sel.tokens,
        "alternatives": list(sel.alternatives),
    }


def run_sql(
    ws: Workspace, sql: str, connection: str, limits: Limits, max_rows: int | None = None
) -> dict[str, Any]:
    """Run one statement through the facade (guard, session, timeout, caps, audit, lineage)."""
    rows = (
        limits.rows_per_call
        if max_rows is None
        else max(1, min(int(max_rows), limits.rows_per_call))
    )
    result = ws.sql.run(sql, connection, source=SOURCE, row_cap=rows)
    out = result_dict(result, max_rows=rows, max_bytes=limits.bytes_per_call)
    out["lineage"] = result.lineage
    return out


def lineage(
    ws: Workspace, sql: str, dialect: str | None = None, connection: str | None = None
) -> dict[str, Any]:
    """Tables read and written and column edges of a SQL text (not run)."""
    if connection and not dialect:
        dialect = target_of(ws, connection).dialect
    return ws.lineage.extract(sql, dialect or None).to_dict()


def impact(ws: Workspace, target: str, kind: str = "reads") -> dict[str, Any]:
    """What in the workspace reads ``target`` (or breaks if it is dropped or renamed)."""
    report = ws.lineage.impact_report(target, kind=kind)  # type: ignore[arg-type]
    return {
        "target": report.target,
        "kind": report.kind,
        "hits": report.rows(),
        "scanned": report.scanned,
        "unparsed": report.unparsed,
        "notes": list(report.notes),
        "unknown": report.unknown,  # no statement names the target (with the closest name)
    }


def list_files(ws: Workspace, search: str | None = None) -> list[dict[str, Any]]:
    """Uploaded files: name, the table they are queried as (connection ``"files"``), rows, columns."""
    return [
        {
            "id": a.id,
            "name": a.name,
            "table": a.table_name,
            "format": a.format,
            "rows": a.row_count,
            "size_bytes": a.size_bytes,
            "columns": [dict(c) for c in a.columns],
        }
        for a in ws.files.list(search)
    ]


def profile(ws: Workspace, table: str, connection: str = FILES_ID) -> dict[str, Any]:
    """Column profile of a table of a connection, or of an uploaded file (``connection="files"``,
    ``table`` = the file's table name, name or id)."""
    if connection.strip().lower() == FILES_ID:
        needle = table.strip()
        for asset in ws.files.list():
            if needle in (asset.id, asset.name, asset.table_name):
                return {"file": asset.name, "profile": _plain_profile(ws.files.profile(asset.id))}
        raise NotFound(f"No uploaded file is called {needle!r}.")
    service_profile = getattr(ws.connections, "profile", None)
    if service_profile is not None:  # the facade's own, once it exists
        prof = service_profile(connection, table)
    else:
        from iopsdata.profiling.tables import profile_table

        target = ws.connections.target(connection)
        prof = profile_table(target, target.catalog(), table)
    return {"table": table, "profile": _plain_profile(prof)}


def _plain_profile(prof: Any) -> dict[str, Any]:
    from iopsdata.mcp.serialise import plain

    data = prof.to_dict() if hasattr(prof, "to_dict") else dict(prof)
    return plain(data)  # type: ignore[no-any-return]


def ask(
    ws: Workspace, question: str, connection: str, limits: Limits, schema: str | None = None
) -> dict[str, Any]:
    """The full NL→SQL pipeline (selection, prompt, provider, validation, guard, run, audit).

    When the question fits several databases/schemas of the connection, the answer has no SQL
    and lists them in ``choices`` (as Chat's buttons do); the agent asks again with ``schema``
    set to one of them, as a user clicks a button.
    """
    problem = ws.assistant.provider_problem()
    if problem:
        raise IopsError(problem, title="No AI provider")
    target = target_of(ws, connection)
    answer = ws.assistant.ask(question, target, source=SOURCE, schema=schema)
    data = answer.to_dict()
    data.pop("preview", None)
    data.pop("chart", None)
    if answer.result is not None:
        data["result"] = result_dict(
            answer.result, max_rows=limits.rows_per_call, max_bytes=limits.bytes_per_call
        )
    return data
