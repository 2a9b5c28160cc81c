"""Frozen results of lineage extraction: what a statement (or script) reads, writes and derives."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, order=True)
class ColumnRef:
    """One column. ``table`` is the qualified table name, or None when it is a statement's own
    output column (a plain SELECT) or a column whose table could not be determined."""

    table: str | None
    column: str

    def __str__(self) -> str:
        return f"{self.table}.{self.column}" if self.table else self.column


@dataclass(frozen=True)
class ColumnEdge:
    """``target`` is computed from ``sources`` in statement number ``statement`` (0-based)."""

    target: ColumnRef
    sources: tuple[ColumnRef, ...]
    statement: int = 0


@dataclass(frozen=True)
class StatementLineage:
    """Lineage of one statement.

    Attributes:
        kind: statement kind, e.g. "select", "insert", "merge", "copy", "rename".
        sql: the statement text as written (re-generated when the source text is not available).
        reads: tables read (qualified as written, identifiers normalised per dialect).
        writes: tables written or created.
        files_read / files_written: paths and stages (COPY, UNLOAD).
        ctes: names of the CTEs the statement defines.
        columns: every source column the statement uses anywhere (select, join, where, ...);
            ``table.*`` when a ``SELECT *`` could not be expanded.
        edges: output column ← source columns.
        drops: tables dropped (or renamed away) by the statement.
        temporary: tables the statement creates as temporary.
        changes: tables the statement changes without moving data into them (TRUNCATE, DELETE
            without a source, RENAME, DROP): shown as table changes, never as reads or writes.
        renames: ``(old, new)`` table names the statement renames.
        partial: True when sqlglot only partly understood the statement; ``reason`` says why.
        line: 1-based line where the statement starts in the script.
    """

    kind: str
    sql: str
    reads: tuple[str, ...] = ()
    writes: tuple[str, ...] = ()
    files_read: tuple[str, ...] = ()
    files_written: tuple[str, ...] = ()
    ctes: tuple[str, ...] = ()
    columns: tuple[ColumnRef, ...] = ()
    edges: tuple[ColumnEdge, ...] = ()
    drops: tuple[str, ...] = ()
    temporary: tuple[str, ...] = ()
    partial: bool = False
    reason: str | None = None
    line: int = 1
    changes: tuple[str, ...] = ()
    renames: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Lineage:
    """Lineage of a statement or a multi-statement script.

    ``reads`` are the script's true sources: a table created (or written) and then read inside
    the script is listed in ``intermediates`` instead, and is not a result either. ``writes`` are
    the tables the script leaves behind (intermediate, dropped and renamed-away tables are not;
    a temporary table left alive and never read is a write like any other); a rename relabels what the script did so far under the new name. ``changes`` are
    the tables changed without data moving in (TRUNCATE, DELETE without a source, RENAME, DROP). ``edges`` hold every statement's column
    edges; follow them through intermediates with :meth:`graph`.
    """

    dialect: str | None
    statements: tuple[StatementLineage, ...]
    reads: tuple[str, ...] = ()
    writes: tuple[str, ...] = ()
    intermediates: tuple[str, ...] = ()
    files_read: tuple[str, ...] = ()
    files_written: tuple[str, ...] = ()
    ctes: tuple[str, ...] = ()
    columns: tuple[ColumnRef, ...] = ()
    edges: tuple[ColumnEdge, ...] = ()
    partial: bool = False
    reasons: tuple[str, ...] = field(default=())
    changes: tuple[str, ...] = ()

    def graph(self):  # -> LineageGraph (import cycle avoided)
        """The lineage as a :class:`~iopsdata.lineage.graph.LineageGraph`."""
        from iopsdata.lineage.graph import LineageGraph

        return LineageGraph.from_lineage(self)

    def edge_rows(self) -> list[dict[str, Any]]:
        """Column lineage as table rows (statement number, output column, sources)."""
        return [
            {
                "statement": e.statement + 1,
                "output": str(e.target),
                "computed from": ", ".join(map(str, e.sources)),
            }
            for e in self.edges
        ]

    def export_json(self) -> str:
        """The lineage and its graph as one JSON document (the page's export)."""
        import json

        return json.dumps({"lineage": self.to_dict(), "graph": self.graph().to_dict()}, indent=2)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict (columns as ``"table.column"`` strings)."""
        return {
            "dialect": self.dialect,
            "reads": list(self.reads),
            "writes": list(self.writes),
            "intermediates": list(self.intermediates),
            "files_read": list(self.files_read),
            "files_written": list(self.files_written),
            "ctes": list(self.ctes),
            "columns": [str(c) for c in self.columns],
            "edges": [
                {
                    "target": str(e.target),
                    "sources": [str(s) for s in e.sources],
                    "statement": e.statement,
                }
                for e in self.edges
            ],
            "partial": self.partial,
            "reasons": list(self.reasons),
            "changes": list(self.changes),
            "statements": [
                {
                    "kind": s.kind,
                    "line": s.line,
                    "reads": list(s.reads),
                    "writes": list(s.writes),
                    "partial": s.partial,
                }
                for s in self.statements
            ],
        }
