"""The one lineage-graph renderer. Swap the drawing library here and nowhere else.

The default drawing is Graphviz (``st.graphviz_chart``, rendered in the browser, no install):
one box per table, file, CTE or query listing its columns, edges column to column, left to right
(``iopsdata.lineage.dot``). "Interactive" switches to streamlit-agraph 0.0.45 (vis-network;
clicks come back to Python; unmaintained, so it is the option, not the default).
"""

from __future__ import annotations

import streamlit as st

from iopsdata.lineage import render
from iopsdata.lineage.dot import record_layout
from iopsdata.lineage.graph import Level, LineageGraph
from iopsdata.ui.lineage_svg import svg_graph
from iopsdata.ui.text import esc

COLORS = {"table": "#4c78a8", "file": "#9d755d", "query": "#bab0ac", "column": "#72b7b2"}
SHAPES = {"table": "box", "file": "box", "query": "ellipse", "column": "dot"}
SELECTED, UPSTREAM, DOWNSTREAM, DIM = "#f58518", "#e45756", "#54a24b", "#dddddd"


def highlight_sets(graph: LineageGraph, selected: str | None) -> tuple[set[str], set[str]]:
    """(upstream ids, downstream ids) of ``selected``; empty when nothing is selected."""
    if not selected or selected not in graph.nodes:
        return set(), set()
    return {n.id for n in graph.upstream(selected)}, {n.id for n in graph.downstream(selected)}


def lineage_graph(
    graph: LineageGraph,
    *,
    selected: str | None = None,
    key: str = "lineage_graph",
    height: int = 480,
    static: bool = False,
) -> str | None:
    """Draw ``graph``; highlight ``selected`` with its upstream (red) and downstream (green).

    Returns:
        The id of the node the user clicked (interactive mode), else None.
    """
    if not graph.nodes:
        st.info("Nothing to draw: the statement reads and writes no tables.")
        return None
    up, down = highlight_sets(graph, selected)

    def color(node_id: str, kind: str) -> str:
        if not selected:
            return COLORS.get(kind, "#888888")
        if node_id == selected:
            return SELECTED
        return UPSTREAM if node_id in up else DOWNSTREAM if node_id in down else DIM

    if static:
        st.graphviz_chart(
            graph.to_dot(highlight={selected, *up, *down} if selected else None), width="stretch"
        )
        return None
    from streamlit_agraph import Config, Edge, Node, agraph  # imported on first draw

    nodes = [
        Node(
            id=n.id,
            label=n.label,
            title=f"{n.kind}: {n.label}",
            color=color(n.id, n.kind),
            shape=SHAPES.get(n.kind, "dot"),
            size=14 if n.kind == "column" else 18,
        )
        for n in graph.nodes.values()
    ]
    edges = [
        Edge(
            source=e.source,
            target=e.target,
            label=e.kind if e.kind != "derives" else "",
            color="#999999",
            dashes=e.kind == "derives",
        )
        for e in graph.edges
    ]
    config = Config(
        height=height,
        width=1100,
        directed=True,
        physics=False,
        hierarchical=True,
        direction="LR",
        sortMethod="directed",
        levelSeparation=220,
        nodeSpacing=60,
    )
    # Config copies every keyword into the vis-network options; these two make vis log errors.
    config.__dict__.pop("direction", None)
    config.__dict__.pop("groups", None)
    with st.container(key=key):
        clicked = agraph(nodes=nodes, edges=edges, config=config)
    return clicked if isinstance(clicked, str) and clicked in graph.nodes else None


def record_graph(
    full: LineageGraph,
    level: Level,
    *,
    focus: str | None,
    graph: LineageGraph,
    collapsed: frozenset[str] = frozenset(),
) -> None:
    """The default drawing: table boxes listing their columns (see ``iopsdata.lineage.dot``).

    ``focus`` and its upstream and downstream (in ``graph``, the level shown) are filled.
    """
    if not graph.nodes and not full.nodes:
        st.info("Nothing to draw: the statement reads and writes no tables.")
        return
    up, down = highlight_sets(graph, focus)
    dot = record_layout(full, level, highlight=up | down, focus=focus, collapsed=collapsed).dot
    st.graphviz_chart(dot, width="content")


def lineage_explorer(full: LineageGraph, *, key: str = "_lin") -> tuple[LineageGraph, str]:
    """Level switch, node focus (pick or click), collapsed boxes, and the graph.

    With Graphviz installed the drawing is the clickable SVG (``iopsdata.ui.lineage_svg``): a click
    on a column highlights its upstream and downstream, a click on a header collapses the box,
    the search box marks names. Without it, ``st.graphviz_chart`` draws the same boxes.

    Returns:
        The graph at the level shown and the DOT of the drawing (for exports).
    """
    level_col, focus_col, fold_col, static_col = st.columns(
        [2, 3, 3, 1], vertical_alignment="bottom"
    )
    level = level_col.segmented_control(
        "Level",
        ["table", "column"],
        default="table",
        key=f"{key}_level",
        format_func=str.title,
        required=True,
    )
    shown: Level = "column" if level == "column" else "table"
    graph = full.level(shown)
    options = ["", *sorted(graph.nodes)]
    focus_key, click_key, last_key = f"{key}_focus", f"{key}_clicked", f"{key}_last_click"
    fold_key, toggle_key = f"{key}_collapsed", f"{key}_toggle"
    clicked_before = st.session_state.pop(click_key, None)  # a graph click from the previous run
    if clicked_before in options:
        st.session_state[focus_key] = clicked_before
    if st.session_state.get(focus_key) not in options:
        st.session_state[focus_key] = ""
    boxes = sorted(n.id for n in full.nodes.values() if n.kind in ("table", "file", "query"))
    folded = [b for b in st.session_state.get(fold_key, []) if b in boxes]
    toggled = st.session_state.pop(toggle_key, None)
    if toggled in boxes:
        folded = [b for b in folded if b != toggled] if toggled in folded else [*folded, toggled]
    st.session_state[fold_key] = folded
    focus = focus_col.selectbox(
        "Highlight upstream and downstream of", options, key=focus_key,
        format_func=lambda i: graph.nodes[i].label if i else "(nothing)",
    )  # fmt: skip
    interactive = static_col.toggle(
        "Interactive", key=f"{key}_interactive", help="Click nodes to focus (vis-network)."
    )
    collapsed = frozenset(
        fold_col.multiselect(
            "Collapsed tables",
            boxes,
            key=fold_key,
            format_func=lambda i: full.nodes[i].label,
            help="A collapsed table shows its name only; click a header in the graph to toggle.",
        )
    )
    dot = record_layout(full, shown, collapsed=collapsed).dot
    clicked = None
    if interactive:
        clicked = lineage_graph(graph, selected=focus or None, key=f"{key}_graph")
    elif render.available() and (full.nodes or graph.nodes):
        drawing = render.interactive(full, shown, collapsed=collapsed)
        events = svg_graph(drawing, level=shown, focus=focus or None, key=f"{key}_svg")
        if events["toggle"] in boxes:
            st.session_state[toggle_key] = events["toggle"]
            st.rerun()
        if events["clicked"] is not None and events["clicked"] != (focus or ""):
            st.session_state[click_key] = events["clicked"]
            st.rerun()
    else:
        record_graph(full, shown, focus=focus or None, graph=graph, collapsed=collapsed)
    if clicked and clicked != st.session_state.get(last_key):  # agraph repeats the last click
        st.session_state[last_key] = clicked
        st.session_state[click_key] = clicked
        st.rerun()
    if focus:
        up = ", ".join(n.label for n in graph.upstream(focus)) or "—"
        down = ", ".join(n.label for n in graph.downstream(focus)) or "—"
        st.caption(f"Upstream: {esc(up)}  \nDownstream: {esc(down)}")
    return graph, dot


IMAGE_FORMATS: dict[render.Format, str] = {"png": "image/png", "svg": "image/svg+xml"}


def image_exports(dot: str, *, key: str = "_lin") -> None:
    """PNG and SVG downloads of the drawing shown (needs Graphviz on the server)."""
    if not render.available():
        st.caption("PNG/SVG export needs Graphviz on the server (apt-get install graphviz).")
        return
    for col, (fmt, mime) in zip(st.columns(len(IMAGE_FORMATS)), IMAGE_FORMATS.items(), strict=True):
        col.download_button(
            esc(f"Export {fmt.upper()}"),
            render.render(dot, fmt),  # cached per drawing
            file_name=f"lineage.{fmt}",
            mime=mime,
            icon=":material/image:",
            key=f"{key}_{fmt}_file",
        )
