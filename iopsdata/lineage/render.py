"""Server-side Graphviz rendering of lineage drawings: SVG for the interactive view, PNG/SVG export.

Why server-side: the browser-side ``st.graphviz_chart`` gives a picture but no clicks and no
files. With Graphviz's ``dot`` (Debian package ``graphviz``, driven through the ``graphviz``
PyPI package) the page gets an SVG whose column cells carry ids, so a click can light up
everything upstream and downstream without a round trip, and the same DOT becomes PNG/SVG
downloads. Without ``dot`` the page falls back to ``st.graphviz_chart`` (see ``available``).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from iopsdata.errors import LineageError
from iopsdata.lineage.dot import RecordLayout, record_layout
from iopsdata.lineage.graph import Level, LineageGraph

Format = Literal["svg", "png"]


def available() -> bool:
    """True when Graphviz's ``dot`` is installed (``apt-get install graphviz``)."""
    return shutil.which("dot") is not None


@lru_cache(maxsize=64)
def render(dot: str, fmt: Format = "svg") -> bytes:
    """``dot`` laid out and drawn by Graphviz as SVG or PNG bytes (cached per source).

    Raises:
        LineageError: Graphviz is not installed, or it failed on this drawing.
    """
    if not available():
        raise LineageError("Graphviz is not installed on the server (apt-get install graphviz).")
    import graphviz  # imported on first drawing

    try:
        return graphviz.Source(dot).pipe(format=fmt)
    except (graphviz.ExecutableNotFound, graphviz.CalledProcessError, OSError) as exc:
        raise LineageError(f"Graphviz could not draw the lineage graph: {exc}") from exc


@dataclass(frozen=True)
class InteractiveDrawing:
    """What the interactive view gets: the SVG, and for each cell what to light up on a click."""

    svg: str
    layout: RecordLayout
    related: dict[str, dict[str, list[str]]]
    by_node: dict[str, dict[str, list[str]]]  # the same per graph node (a collapsed box's header
    # stands for all its columns in ``related``; a focused column keeps its own lineage here)

    def data(self, focus: str | None = None) -> dict[str, Any]:
        """JSON-able payload for the browser (element ids only; names stay inside the SVG)."""
        cells = self.layout.cells
        owners: dict[str, str] = {}
        for node, dom in cells.items():  # a collapsed box's header stands for its columns too
            if dom not in owners or not node.startswith("column:"):
                owners[dom] = node
        return {
            "svg": self.svg,
            "cells": owners,
            "related": self.related,
            "edges": [[eid, cells.get(s, ""), cells.get(t, "")] for eid, s, t in self.layout.edges],
            "focus": cells.get(focus or "", ""),
            "focus_related": self.by_node.get(focus or ""),
        }


def interactive(
    graph: LineageGraph, level: Level, *, collapsed: frozenset[str] = frozenset()
) -> InteractiveDrawing:
    """Lay ``graph`` out at ``level`` with clickable cells.

    ``related[dom id]`` holds the DOM ids upstream ("up") and downstream ("down") of that cell at
    the level drawn (columns at the column level, boxes at the table level).

    Raises:
        LineageError: Graphviz is not installed or failed.
    """
    layout = record_layout(graph, level, collapsed=collapsed, interactive=True)
    svg = render(layout.dot, "svg").decode("utf-8")
    shown = graph.level(level)
    related: dict[str, dict[str, list[str]]] = {}
    by_node: dict[str, dict[str, list[str]]] = {}
    for node_id, dom in layout.cells.items():
        if node_id not in shown.nodes:
            continue
        up = {layout.cells[n.id] for n in shown.walk(node_id, "upstream") if n.id in layout.cells}
        down = {
            layout.cells[n.id] for n in shown.walk(node_id, "downstream") if n.id in layout.cells
        }
        by_node[node_id] = {"up": sorted(up - {dom}), "down": sorted(down - {dom})}
        entry = related.setdefault(dom, {"up": [], "down": []})
        entry["up"] = sorted(set(entry["up"]) | (up - {dom}))
        entry["down"] = sorted(set(entry["down"]) | (down - {dom}))
    return InteractiveDrawing(svg, layout, related, by_node)
