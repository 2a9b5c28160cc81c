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
from html import escape

from iopsdata.lineage.graph import TABLE_KINDS, GraphNode, Level, LineageGraph

MAX_LABEL = 40
TABLE_LEVEL_COLUMNS = 6  # at the table level a box lists its first columns, then "+ n more"
HEADER_FILL = {"table": "#dbe7f3", "file": "#eadfd6", "query": "#e9e9e9"}
HIGHLIGHT_FILL = "#ffe08a"
FOCUS_FILL = "#f8b26a"


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
    lines = [
        "digraph lineage {",
        '  graph [rankdir=LR, nodesep=0.25, ranksep=1.1, fontname="Courier"];',
        '  node [shape=plaintext, fontname="Courier", fontsize=11, margin=0];',
        '  edge [color="#7a869a", arrowsize=0.6];',
    ]
    for box in boxes:
        cols = sorted(columns.get(box.id, []), key=lambda c: c.label.lower())
        for i, c in enumerate(cols):
            ports[c.id] = f'{box_ids[box.id]}:"c{i}"'
        html = _table_html(box, cols, highlight, focus, level)
        lines.append(f"  {box_ids[box.id]} [label=<{html}>];")
    for e in graph.edges:
        if level == "table" and e.source in box_ids and e.target in box_ids:
            style = ' [style=dashed, color="#9aa5b5"]' if e.kind == "reads" else ""
            lines.append(f"  {box_ids[e.source]}:h:e -> {box_ids[e.target]}:h:w{style};")
        elif level == "column" and e.kind == "derives" and e.source in ports and e.target in ports:
            lines.append(f"  {ports[e.source]}:e -> {ports[e.target]}:w;")
    lines.append("}")
    return "\n".join(lines)


def _table_html(
    box: GraphNode,
    cols: list[GraphNode],
    highlight: set[str],
    focus: str | None,
    level: Level,
) -> str:
    fill = FOCUS_FILL if box.id == focus else HIGHLIGHT_FILL if box.id in highlight else None
    header = fill or HEADER_FILL.get(box.kind, "#e9e9e9")
    kind = {"query": "result", "file": "file"}.get(box.kind, "")
    title = f"<B>{_text(box.label)}</B>" + (
        f' <FONT POINT-SIZE="9">({kind})</FONT>' if kind else ""
    )
    rows = [f'<TR><TD PORT="h" BGCOLOR="{header}" ALIGN="LEFT">{title}</TD></TR>']
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
        rows.append(f'<TR><TD PORT="c{i}" ALIGN="LEFT"{bg}>{_text(name)}</TD></TR>')
    note = (
        f"+ {hidden} more"
        if hidden
        else "no columns used"
        if not cols and box.kind != "query"
        else ""
    )
    if note:
        rows.append(f'<TR><TD ALIGN="LEFT"><FONT COLOR="#666666">{note}</FONT></TD></TR>')
    return (
        '<TABLE BORDER="1" CELLBORDER="0" CELLSPACING="0" CELLPADDING="4" COLOR="#5b6b82">'
        + "".join(rows)
        + "</TABLE>"
    )


def _text(name: str) -> str:
    """``name`` cut to MAX_LABEL characters and escaped for an HTML-like label."""
    cut = name if len(name) <= MAX_LABEL else name[: MAX_LABEL - 1] + "…"
    return escape(cut, quote=True)
