"""The interactive lineage drawing: Graphviz's SVG in a Streamlit v2 component.

Clicking a column lights up everything upstream (red) and downstream (green) at once, in the
browser, from the ``related`` map computed in Python (``iopsdata.lineage.render``); the click is
also sent back so the page can list the names. Clicking a box's header at the column level
collapses or expands that box (a new layout, so Python redraws). The search box marks matching
tables and columns and scrolls to the first. The SVG comes from ``dot`` fed with escaped labels
(``iopsdata.lineage.dot``): names are text nodes in it, never markup.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from iopsdata.lineage.render import InteractiveDrawing

HTML = """
<div class="lg">
  <div class="lg-bar">
    <input class="lg-search" type="search" placeholder="Search tables and columns"
           aria-label="Search the lineage graph" />
    <span class="lg-count" aria-live="polite"></span>
    <span class="lg-hint">Click a column for its upstream and downstream; click a header to
      collapse or expand the table.</span>
  </div>
  <div class="lg-svg" role="img" aria-label="Lineage graph"></div>
</div>
"""

CSS = """
.lg { font-family: sans-serif; font-size: 13px; }
.lg-bar { display: flex; gap: 10px; align-items: center; margin-bottom: 6px; flex-wrap: wrap; }
.lg-search { padding: 4px 8px; min-width: 240px; border: 1px solid #aab; border-radius: 4px; }
.lg-hint { color: #666; }
.lg-svg { overflow: auto; max-height: 760px; border: 1px solid #e3e6ea; border-radius: 4px; }
.lg-svg svg { display: block; }
.lg-svg g[id^="a_"] { cursor: pointer; }
.lg-svg g.lg-up polygon { fill: #f6b3ae; }
.lg-svg g.lg-down polygon { fill: #b7dfb0; }
.lg-svg g.lg-sel polygon { fill: #f8b26a; }
.lg-svg g.lg-match polygon { fill: #9fd3f5; }
.lg-svg g.lg-match text { font-weight: bold; }
.lg-svg.lg-focused g.edge { opacity: 0.25; }
.lg-svg.lg-focused g.edge.lg-on { opacity: 1; }
.lg-svg g.edge.lg-on path { stroke: #c0392b; stroke-width: 2; }
.lg-svg g.edge.lg-on polygon { fill: #c0392b; stroke: #c0392b; }
"""

JS = """
export default function ({ data, parentElement, setTriggerValue }) {
  const host = parentElement.querySelector(".lg-svg");
  const search = parentElement.querySelector(".lg-search");
  const count = parentElement.querySelector(".lg-count");
  if (!data || !host) return;
  if (host.__svg !== data.svg) {
    host.innerHTML = data.svg;  // Graphviz output of escaped labels (see module docstring)
    host.__svg = data.svg;
    host.__focus = null;
    host.__pageFocus = undefined;
  }
  if (host.__pageFocus !== data.focus) {  // the page's pick (or a click it echoes) wins
    host.__pageFocus = data.focus;
    host.__focus = data.focus || null;
  }
  const byId = (id) => (id ? host.querySelector('g[id="' + id + '"]') : null);
  const clear = (cls) => host.querySelectorAll("." + cls).forEach((el) => el.classList.remove(cls));
  function select(dom) {
    ["lg-sel", "lg-up", "lg-down", "lg-on"].forEach(clear);
    host.classList.toggle("lg-focused", !!dom);
    host.__focus = dom || null;
    if (!dom) return;
    // the page's focus keeps its own lineage even when its box is collapsed to the header
    const own = dom === data.focus && data.focus_related;
    const rel = (own ? data.focus_related : data.related[dom]) || { up: [], down: [] };
    const up = new Set(rel.up), down = new Set(rel.down);
    up.forEach((id) => byId(id) && byId(id).classList.add("lg-up"));
    down.forEach((id) => byId(id) && byId(id).classList.add("lg-down"));
    const me = byId(dom);
    if (me) me.classList.add("lg-sel");
    up.add(dom); down.add(dom);
    for (const [eid, s, t] of data.edges) {
      if ((up.has(s) && up.has(t)) || (down.has(s) && down.has(t))) {
        const edge = byId(eid);
        if (edge) edge.classList.add("lg-on");
      }
    }
  }
  function mark(term) {
    clear("lg-match");
    term = (term || "").trim().toLowerCase();
    if (!term) { count.textContent = ""; return; }
    let first = null, n = 0;
    host.querySelectorAll('g[id^="a_"]').forEach((g) => {
      const a = g.querySelector("a");
      const title = a ? (a.getAttribute("xlink:title") || a.getAttribute("title") || "") : "";
      if (title.toLowerCase().includes(term)) {
        g.classList.add("lg-match"); n += 1; first = first || g;
      }
    });
    count.textContent = n + (n === 1 ? " match" : " matches");
    if (first) first.scrollIntoView({ block: "center", inline: "center" });
  }
  host.onclick = (event) => {
    const g = event.target.closest ? event.target.closest('g[id^="a_"]') : null;
    if (!g) return;
    event.preventDefault();
    const dom = g.id;
    const node = data.cells[dom];
    const seq = Date.now() + Math.random();  // each click is news, even the same cell again
    if (data.headers.includes(dom) && data.level === "column") {
      setTriggerValue("toggle", { node, seq });
      return;
    }
    const next = host.__focus === dom ? null : dom;
    select(next);
    setTriggerValue("clicked", { node: next ? node : "", seq });
  };
  search.oninput = () => mark(search.value);
  select(host.__focus);
  mark(search.value);
}
"""

_component: Any = None


def _mount() -> Any:
    global _component
    if _component is None:  # registered once per process, on first use
        _component = st.components.v2.component("iopsdata_lineage_svg", html=HTML, css=CSS, js=JS)
    return _component


def svg_graph(
    drawing: InteractiveDrawing, *, level: str, focus: str | None, key: str
) -> dict[str, str | None]:
    """Mount the drawing; returns ``{"clicked": node id or "" or None, "toggle": box id or None}``.

    ``clicked`` is the node the user just clicked ("" when they cleared the selection, None when
    nothing was clicked); ``toggle`` is a box whose header was clicked. Each event carries a
    sequence number and is reported once, so a value the component still holds from an earlier
    click never overrides a later pick in the page's own box.
    """
    payload = drawing.data(focus)
    payload["level"] = level
    payload["headers"] = [
        dom for node, dom in drawing.layout.cells.items() if not node.startswith("column:")
    ]
    result = _mount()(
        key=key, data=payload, on_clicked_change=lambda: None, on_toggle_change=lambda: None
    )
    return {name: _once(result.get(name), f"{key}_{name}_seq") for name in ("clicked", "toggle")}


def _once(event: Any, seen_key: str) -> str | None:
    """The event's node the first time its sequence number is seen, else None."""
    if not isinstance(event, dict) or st.session_state.get(seen_key) == event.get("seq"):
        return None
    st.session_state[seen_key] = event.get("seq")
    node = event.get("node")
    return node if isinstance(node, str) else None
