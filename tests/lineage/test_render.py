"""Server-side drawing: the clickable SVG, its highlight map, collapsed boxes, escaping, fallback."""

from __future__ import annotations

import re

import pytest

from iopsdata.errors import LineageError
from iopsdata.lineage import extract_lineage, render
from iopsdata.lineage.dot import record_layout

SCRIPT = """
CREATE TEMP TABLE st AS SELECT f.id, f.dep_delay, a.name FROM flights f JOIN airlines a ON f.carrier = a.carrier;
INSERT INTO report (airline, delay) SELECT name, avg(dep_delay) FROM st GROUP BY name
"""


def test_every_column_is_a_clickable_cell_with_its_upstream_and_downstream():
    graph = extract_lineage(SCRIPT, "postgres").graph()
    drawing = render.interactive(graph, "column")
    cells = drawing.layout.cells
    for node_id in ("column:flights.dep_delay", "column:st.dep_delay", "column:report.delay"):
        assert f'id="{cells[node_id]}"' in drawing.svg  # Graphviz wrote the cell's id
    related = drawing.related[cells["column:st.dep_delay"]]
    assert related == {
        "up": [cells["column:flights.dep_delay"]],
        "down": [cells["column:report.delay"]],
    }
    assert drawing.related[cells["column:report.delay"]]["up"] == sorted(
        [cells["column:flights.dep_delay"], cells["column:st.dep_delay"]]
    )
    edge_ids = {eid for eid, _, _ in drawing.layout.edges}
    assert edge_ids == set(re.findall(r'<g id="(e\d+)" class="edge"', drawing.svg))
    data = drawing.data(focus="column:st.dep_delay")
    assert data["focus"] == cells["column:st.dep_delay"]
    assert data["cells"][cells["column:report.delay"]] == "column:report.delay"


def test_a_collapsed_box_is_its_header_and_its_edges_meet_there():
    graph = extract_lineage(SCRIPT, "postgres").graph()
    full = record_layout(graph, "column", interactive=True)
    folded = render.interactive(graph, "column", collapsed=frozenset({"table:st"}))
    header = folded.layout.cells["table:st"]
    assert folded.layout.cells["column:st.dep_delay"] == header
    assert ">dep_delay<" not in folded.svg.split(f'<g id="{header}">')[1].split("</g>")[0]
    assert "[+]" in folded.svg
    # st's three columns are one port now: flights.id/dep_delay and airlines.name still arrive
    assert len(folded.layout.edges) == len(full.edges)
    data = folded.data()
    assert data["cells"][header] == "table:st"  # the header stands for the box, not a column
    # a focused column inside the collapsed box keeps its own lineage
    own = folded.data(focus="column:st.dep_delay")["focus_related"]
    assert own == {
        "up": [folded.layout.cells["column:flights.dep_delay"]],
        "down": [folded.layout.cells["column:report.delay"]],
    }
    assert set(folded.related[header]["down"]) == {
        folded.layout.cells["column:report.delay"],
        folded.layout.cells["column:report.airline"],
    }


def test_names_stay_text_in_the_svg():
    graph = extract_lineage(
        'INSERT INTO "<img src=x onerror=alert(1)>" SELECT "<b>x</b>" FROM "a&b"', "postgres"
    ).graph()
    svg = render.interactive(graph, "column").svg
    assert "<img" not in svg and "<b>" not in svg
    assert "&lt;img src=x onerror=alert(1)&gt;" in svg and "a&amp;b" in svg


def test_png_and_svg_exports():
    dot = record_layout(extract_lineage(SCRIPT, "postgres").graph(), "table").dot
    assert render.render(dot, "png").startswith(b"\x89PNG\r\n\x1a\n")
    assert b"<svg" in render.render(dot, "svg")


def test_without_graphviz_the_error_says_how_to_install_it(monkeypatch):
    monkeypatch.setattr(render.shutil, "which", lambda _: None)
    render.render.cache_clear()
    assert not render.available()
    with pytest.raises(LineageError, match="apt-get install graphviz"):
        render.render("digraph { a -> b }", "svg")
