"""The lineage graph: walk, upstream/downstream at table and column level, JSON and DOT."""

from __future__ import annotations

import json

import pytest

from iopsdata.lineage import extract_lineage

SCRIPT = """
CREATE TEMP TABLE st AS SELECT f.id, f.dep_delay, a.name FROM flights f JOIN airlines a ON f.carrier = a.carrier;
INSERT INTO report (airline, delay) SELECT name, avg(dep_delay) FROM st GROUP BY name;
COPY (SELECT airline FROM report) TO '/out/r.csv'
"""


@pytest.fixture(scope="module")
def graph():
    return extract_lineage(SCRIPT, "postgres").graph()


UPSTREAM = [
    ("table:report", {"query:2", "table:st", "query:1", "table:flights", "table:airlines"}),
    ("column:report.delay", {"column:st.dep_delay", "column:flights.dep_delay"}),
    ("column:report.airline", {"column:st.name", "column:airlines.name"}),
    (
        "file:/out/r.csv",
        {
            "query:3",
            "table:report",
            "query:2",
            "table:st",
            "query:1",
            "table:flights",
            "table:airlines",
        },
    ),
]


@pytest.mark.parametrize(("node", "expected"), UPSTREAM)
def test_upstream(graph, node, expected):
    assert {n.id for n in graph.upstream(node)} == expected


DOWNSTREAM = [
    ("flights", {"query:1", "table:st", "query:2", "table:report", "query:3", "file:/out/r.csv"}),
    ("flights.dep_delay", {"column:st.dep_delay", "column:report.delay"}),
    ("column:flights.id", {"column:st.id"}),
]


@pytest.mark.parametrize(("node", "expected"), DOWNSTREAM)
def test_downstream(graph, node, expected):
    assert {n.id for n in graph.downstream(node)} == expected


def test_walk_without_start_yields_every_node_once(graph):
    ids = [n.id for n in graph.walk()]
    assert len(ids) == len(set(ids)) == len(graph.nodes)


def test_levels_split_tables_and_columns(graph):
    tables, columns = graph.level("table"), graph.level("column")
    assert {n.kind for n in tables.nodes.values()} == {"table", "query", "file"}
    assert {n.kind for n in columns.nodes.values()} == {"column"}
    assert {e.kind for e in columns.edges} == {"derives"}
    assert len(tables.nodes) + len(columns.nodes) == len(graph.nodes)


def test_json_round_trips(graph):
    data = json.loads(graph.to_json())
    assert {n["id"] for n in data["nodes"]} == set(graph.nodes)
    assert len(data["edges"]) == len(graph.edges)
    assert {"source", "target", "kind"} <= set(data["edges"][0])


def test_dot_is_valid_for_graphviz(graph):
    dot = graph.to_dot(highlight={"table:flights"})
    assert dot.startswith("digraph lineage {") and dot.rstrip().endswith("}")
    assert '"table:flights" -> "query:1"' in dot and "fillcolor" in dot
    assert dot.count("->") == len(graph.edges)


def test_unknown_node_raises_keyerror(graph):
    with pytest.raises(KeyError):
        graph.upstream("nope")


def test_export_json_and_edge_rows():
    lin = extract_lineage(SCRIPT, "postgres")
    doc = json.loads(lin.export_json())
    assert doc["lineage"]["reads"] == ["flights", "airlines"]
    assert {n["id"] for n in doc["graph"]["nodes"]} == set(lin.graph().nodes)
    rows = lin.edge_rows()
    assert {"statement": 2, "output": "report.delay", "computed from": "st.dep_delay"} in rows


def test_dropping_a_table_breaks_statements_that_only_change_it():
    from iopsdata.lineage.impact import match, parse_target

    lin = extract_lineage("TRUNCATE TABLE staging; DELETE FROM other WHERE x = 1", "postgres")
    assert lin.writes == ()
    assert match(lin, parse_target("staging"), "drop") == [("fails: it changes staging", True)]
    assert match(lin, parse_target("staging"), "reads") == []
