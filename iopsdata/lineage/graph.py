"""A walkable lineage graph: tables, files, queries and columns joined by reads/writes/derives.

Table-level edges run ``table -reads-> query -writes-> table``; column-level edges run
``source column -derives-> output column``. Both levels live in one graph so one traversal
serves "what feeds this table" and "where does this column end up".
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Any, Literal

from iopsdata.lineage.model import ColumnRef, Lineage

Level = Literal["table", "column"]
TABLE_KINDS = ("table", "file", "query")


@dataclass(frozen=True)
class GraphNode:
    id: str
    kind: str  # "table" | "file" | "query" | "column"
    label: str
    table: str | None = None  # for columns: the table (or query) node id they belong to


@dataclass(frozen=True)
class GraphEdge:
    source: str
    target: str
    kind: str  # "reads" | "writes" | "derives"


class LineageGraph:
    """Nodes and edges with upstream/downstream traversal and JSON/DOT export."""

    def __init__(self) -> None:
        self.nodes: dict[str, GraphNode] = {}
        self.edges: list[GraphEdge] = []
        self._out: dict[str, list[str]] = {}
        self._in: dict[str, list[str]] = {}
        self._seen: set[tuple[str, str, str]] = set()

    # -- building -----------------------------------------------------------------------------
    def add_node(self, node: GraphNode) -> str:
        self.nodes.setdefault(node.id, node)
        return node.id

    def add_edge(self, source: str, target: str, kind: str) -> None:
        key = (source, target, kind)
        if key in self._seen or source == target:
            return
        self._seen.add(key)
        self.edges.append(GraphEdge(source, target, kind))
        self._out.setdefault(source, []).append(target)
        self._in.setdefault(target, []).append(source)

    @classmethod
    def from_lineage(cls, lineage: Lineage) -> LineageGraph:
        """Build the graph of a :class:`Lineage` (one query node per statement)."""
        g = cls()
        for i, st in enumerate(lineage.statements):
            q = g.add_node(GraphNode(f"query:{i + 1}", "query", f"{i + 1}: {st.kind}"))
            for t in st.reads:
                g.add_edge(g._table(t), q, "reads")
            for f in st.files_read:
                g.add_edge(g.add_node(GraphNode(f"file:{f}", "file", f)), q, "reads")
            for t in st.writes:
                g.add_edge(q, g._table(t), "writes")
            for f in st.files_written:
                g.add_edge(q, g.add_node(GraphNode(f"file:{f}", "file", f)), "writes")
        for e in lineage.edges:
            target = g._column(e.target, e.statement)
            for s in e.sources:
                g.add_edge(g._column(s, e.statement), target, "derives")
        # Columns read only to join, filter or group on flow nowhere, but they are used: a table
        # box lists them too (without edges), rather than saying it used no column.
        read = set(lineage.reads) | set(lineage.intermediates)
        for c in lineage.columns:
            if c.table is not None and c.table in read:
                g._column(c, 0)
        return g

    def _table(self, name: str) -> str:
        return self.add_node(GraphNode(table_id(name), "table", name))

    def _column(self, ref: ColumnRef, statement: int) -> str:
        if ref.table is None:
            owner = f"query:{statement + 1}"
            return self.add_node(
                GraphNode(f"column:@{statement + 1}.{ref.column}", "column", ref.column, owner)
            )
        owner = self._table(ref.table)
        return self.add_node(
            GraphNode(
                column_id(ref.table, ref.column), "column", f"{ref.table}.{ref.column}", owner
            )
        )

    # -- traversal ----------------------------------------------------------------------------
    def walk(self, start: str | None = None, direction: str = "downstream") -> Iterator[GraphNode]:
        """Breadth-first nodes reachable from ``start`` (excluded); every node when no start."""
        if start is None:
            yield from self.nodes.values()
            return
        nbrs = self._out if direction == "downstream" else self._in
        seen = {start}
        queue = deque([start])
        while queue:
            for nxt in nbrs.get(queue.popleft(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
                    yield self.nodes[nxt]

    def upstream(self, node_id: str) -> list[GraphNode]:
        """Everything ``node_id`` is computed from, transitively."""
        return list(self.walk(self._resolve(node_id), "upstream"))

    def downstream(self, node_id: str) -> list[GraphNode]:
        """Everything computed from ``node_id``, transitively."""
        return list(self.walk(self._resolve(node_id), "downstream"))

    def _resolve(self, node_id: str) -> str:
        if node_id in self.nodes:
            return node_id
        for guess in (table_id(node_id), f"column:{node_id.lower()}"):
            if guess in self.nodes:
                return guess
        raise KeyError(node_id)

    def level(self, level: Level) -> LineageGraph:
        """The table-level (tables, files, queries) or column-level (columns only) subgraph."""
        sub = LineageGraph()
        keep = {k for k, n in self.nodes.items() if (n.kind in TABLE_KINDS) == (level == "table")}
        for k in keep:
            sub.add_node(self.nodes[k])
        for e in self.edges:
            if e.source in keep and e.target in keep:
                sub.add_edge(e.source, e.target, e.kind)
        return sub

    # -- export -------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "nodes": [asdict(n) for n in self.nodes.values()],
            "edges": [asdict(e) for e in self.edges],
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent)

    def to_dot(self, highlight: set[str] | None = None) -> str:
        """Graphviz DOT; columns are grouped in a cluster per table when both levels are present."""
        shapes = {"table": "box", "file": "note", "query": "ellipse", "column": "plaintext"}
        lines = [
            "digraph lineage {",
            "  rankdir=LR;",
            '  node [fontname="Helvetica", fontsize=10];',
        ]
        for n in self.nodes.values():
            style = ', style=filled, fillcolor="#ffe08a"' if highlight and n.id in highlight else ""
            lines.append(
                f"  {_q(n.id)} [label={_q(n.label)}, shape={shapes.get(n.kind, 'box')}{style}];"
            )
        for e in self.edges:
            dashed = ", style=dashed" if e.kind == "derives" else ""
            lines.append(f"  {_q(e.source)} -> {_q(e.target)} [label={_q(e.kind)}{dashed}];")
        lines.append("}")
        return "\n".join(lines)


def table_id(name: str) -> str:
    return f"table:{name.lower()}"


def column_id(table: str, column: str) -> str:
    return f"column:{table.lower()}.{column.lower()}"


def _q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
