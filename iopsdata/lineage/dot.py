"""The lineage graph as Graphviz DOT "record" boxes: one box per table, file, CTE or query,
listing its columns, with edges from column to column (or box to box at the table level).

Why this shape: one dot per column with its own label (the old default) was unreadable beyond a
handful of columns, and a table-level picture of tiny nodes with overflowing text told little.
Boxes with one row per column, laid out left to right in layers, stay readable at 10 tables x 30
columns (the table level lists a box's first columns, then "+ n more"). Text is sized with
Graphviz's Courier metrics, the widest of its built-in faces, so whatever face the browser
substitutes fits its cell (measured in Chromium by tests/browser/test_lineage_graph_readable.py). Every name is escaped
for HTML-like labels (names are data, never markup) and long names are cut with an ellipsis.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from html import escape

from iopsdata.lineage.graph import TABLE_KINDS, GraphNode, Level, LineageGraph

MAX_LABEL = 40
TABLE_LEVEL_COLUMNS = 6  # at the table level a box lists its first columns, then "+ n more"
HEADER_FILL = {"table": "#dbe7f3", "file": "#eadfd6", "query": "#e9e9e9"}
HIGHLIGHT_FILL = "#ffe08a"
FOCUS_FILL = "#f8b26a"


@dataclass
class RecordLayout:
    """A drawing's DOT plus what an interactive view needs to find its parts in the SVG.

    ``cells`` maps graph node ids (boxes and columns) to the SVG element ids Graphviz writes for
    them (``a_<id>``); ``edges`` lists (svg id, source node id, target node id) per drawn edge.
    """

    dot: str
    cells: dict[str, str] = field(default_factory=dict)
    edges: list[tuple[str, str, str]] = field(default_factory=list)


def record_dot(
    graph: LineageGraph,
    level: Level = "column",
    *,
    highlight: set[str] | None = None,
    focus: str | None = None,
) -> str:
    """DOT for ``graph`` (both levels present), drawn at ``level``.

    Args:
        graph: the full graph (tables, files, queries and their columns).
        level: "table" draws reads/writes between boxes; "column" draws derives between rows.
        highlight: node ids (boxes or columns) to fill; ``focus`` gets a stronger fill.
    """
    return record_layout(graph, level, highlight=highlight, focus=focus).dot


def record_layout(
    graph: LineageGraph,
    level: Level = "column",
    *,
    highlight: set[str] | None = None,
    focus: str | None = None,
    collapsed: set[str] | frozenset[str] = frozenset(),
    interactive: bool = False,
) -> RecordLayout:
    """Like :func:`record_dot`, optionally with collapsed boxes and ids for an interactive view.

    Args:
        collapsed: box node ids drawn as their header only; their column edges start or end
            at the header (one edge per pair of boxes and direction).
        interactive: give every header and column cell an SVG id and a link target (clicks), and
            every edge an id, returned in :class:`RecordLayout`.
    """
    highlight = highlight or set()
    columns: dict[str, list[GraphNode]] = defaultdict(list)
    for n in graph.nodes.values():
        if n.kind == "column" and n.table in graph.nodes:
            columns[n.table].append(n)
    boxes = [
        n
        for n in graph.nodes.values()
        if n.kind in TABLE_KINDS and (level == "table" or n.kind != "query" or columns[n.id])
    ]  # a statement's box at the column level only when it has output columns of its own
    box_ids = {n.id: f"n{i}" for i, n in enumerate(boxes)}
    ports: dict[str, str] = {}
    out = RecordLayout("")
    lines = [
        "digraph lineage {",
        '  graph [rankdir=LR, nodesep=0.25, ranksep=1.1, fontname="Courier"];',
        '  node [shape=plaintext, fontname="Courier", fontsize=11, margin=0];',
        '  edge [color="#7a869a", arrowsize=0.6];',
    ]
    for box in boxes:
        bid = box_ids[box.id]
        cols = sorted(columns.get(box.id, []), key=lambda c: c.label.lower())
        if interactive:
            out.cells[box.id] = f"a_{bid}_h"
        for i, c in enumerate(cols):
            if box.id in collapsed:
                ports[c.id] = f"{bid}:h"
                if interactive:
                    out.cells[c.id] = f"a_{bid}_h"
            else:
                ports[c.id] = f'{bid}:"c{i}"'
                if interactive:
                    out.cells[c.id] = f"a_{bid}_c{i}"
        html = _table_html(
            box, [] if box.id in collapsed else cols, highlight, focus, level,
            collapsed=box.id in collapsed, interactive=interactive, box_id=bid,
        )  # fmt: skip
        lines.append(f"  {bid} [label=<{html}>];")
    drawn: set[tuple[str, str]] = set()
    for e in graph.edges:
        if level == "table" and e.source in box_ids and e.target in box_ids:
            src, dst = f"{box_ids[e.source]}:h", f"{box_ids[e.target]}:h"
            attrs = ['style=dashed, color="#9aa5b5"'] if e.kind == "reads" else []
        elif level == "column" and e.kind == "derives" and e.source in ports and e.target in ports:
            src, dst, attrs = ports[e.source], ports[e.target], []
            if (src, dst) in drawn or src == dst:
                continue  # collapsed boxes: one edge per pair
        else:
            continue
        drawn.add((src, dst))
        if interactive:
            eid = f"e{len(out.edges)}"
            out.edges.append((eid, e.source, e.target))
            attrs.append(f'id="{eid}"')
        style = f" [{', '.join(attrs)}]" if attrs else ""
        lines.append(f"  {src}:e -> {dst}:w{style};")
    lines.append("}")
    out.dot = "\n".join(lines)
    return out


def _table_html(
    box: GraphNode,
    cols: list[GraphNode],
    highlight: set[str],
    focus: str | None,
    level: Level,
    *,
    collapsed: bool = False,
    interactive: bool = False,
    box_id: str = "",
) -> str:
    fill = FOCUS_FILL if box.id == focus else HIGHLIGHT_FILL if box.id in highlight else None
    header = fill or HEADER_FILL.get(box.kind, "#e9e9e9")
    kind = {"query": "result", "file": "file"}.get(box.kind, "")
    title = f"<B>{_text(box.label)}</B>" + (
        f' <FONT POINT-SIZE="9">({kind})</FONT>' if kind else ""
    )
    if collapsed:
        title += ' <FONT POINT-SIZE="9">[+]</FONT>'
    link = f' ID="{box_id}_h" HREF="#" TITLE="{_text(box.label, None)}"' if interactive else ""
    rows = [f'<TR><TD PORT="h" BGCOLOR="{header}" ALIGN="LEFT"{link}>{title}</TD></TR>']
    hidden = 0
    if level == "table":
        if box.kind == "query":
            cols = []
        hidden, cols = max(0, len(cols) - TABLE_LEVEL_COLUMNS), cols[:TABLE_LEVEL_COLUMNS]
    for i, c in enumerate(cols):
        name = c.label.rsplit(".", 1)[-1] if c.table and c.table.startswith("table:") else c.label
        bg = (
            f' BGCOLOR="{FOCUS_FILL}"'
            if c.id == focus
            else f' BGCOLOR="{HIGHLIGHT_FILL}"'
            if c.id in highlight
            else ""
        )
        if interactive:
            bg = bg or ' BGCOLOR="white"'
            bg += f' ID="{box_id}_c{i}" HREF="#" TITLE="{_text(c.label, None)}"'
        rows.append(f'<TR><TD PORT="c{i}" ALIGN="LEFT"{bg}>{_text(name)}</TD></TR>')
    note = (
        f"+ {hidden} more"
        if hidden
        else "no columns used"
        if not cols and box.kind != "query" and not collapsed
        else ""
    )
    if note:
        rows.append(f'<TR><TD ALIGN="LEFT"><FONT COLOR="#666666">{note}</FONT></TD></TR>')
    return (
        '<TABLE BORDER="1" CELLBORDER="0" CELLSPACING="0" CELLPADDING="4" COLOR="#5b6b82">'
        + "".join(rows)
        + "</TABLE>"
    )


def _text(name: str, limit: int | None = MAX_LABEL) -> str:
    """``name`` cut to ``limit`` characters and escaped for an HTML-like label."""
    cut = name if limit is None or len(name) <= limit else name[: limit - 1] + "…"
    return escape(cut, quote=True)
