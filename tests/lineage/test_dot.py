"""``record_dot``: one box per table listing its columns, column-to-column edges, escaped names."""

from __future__ import annotations

import re

from iopsdata.lineage import extract_lineage
from iopsdata.lineage.dot import record_dot

SCRIPT = """
CREATE TEMP TABLE st AS SELECT f.id, f.dep_delay, a.name FROM flights f JOIN airlines a ON f.carrier = a.carrier;
INSERT INTO report (airline, delay) SELECT name, avg(dep_delay) FROM st GROUP BY name
"""


def test_column_level_draws_one_edge_per_derivation_between_ports():
    graph = extract_lineage(SCRIPT, "postgres").graph()
    dot = record_dot(graph, "column")
    derives = [e for e in graph.edges if e.kind == "derives"]
    edges = re.findall(r'^\s+n\d+:"c\d+":e -> n\d+:"c\d+":w;$', dot, re.M)
    assert len(edges) == len(derives) > 0
    for table in ("flights", "airlines", "st", "report"):
        assert f"<B>{table}</B>" in dot
    assert ">dep_delay<" in dot and ">delay<" in dot


def test_table_level_joins_boxes_and_lists_columns():
    graph = extract_lineage(SCRIPT, "postgres").graph()
    dot = record_dot(graph, "table", highlight={"table:report"}, focus="table:st")
    reads_writes = [e for e in graph.edges if e.kind != "derives"]
    assert len(re.findall(r"n\d+:h:e -> n\d+:h:w", dot)) == len(reads_writes)
    assert "#ffe08a" in dot and "#f8b26a" in dot  # highlighted and focused boxes


def test_names_are_escaped_and_cut():
    long = "x" * 60
    graph = extract_lineage(
        f'INSERT INTO "<img src=x>" SELECT "{long}" FROM "a&b"', "postgres"
    ).graph()
    dot = record_dot(graph, "column")
    assert "<img" not in dot and "&lt;img src=x&gt;" in dot and "a&amp;b" in dot
    assert long not in dot and "x" * 39 + "…" in dot


def test_a_table_read_only_to_join_or_filter_lists_those_columns():
    """``airlines`` is joined on ``carrier`` and ``flights`` filtered on ``origin``: neither
    column flows into the result, but both are used. The boxes list them (the join table used
    to say "no columns used"), and no edge is drawn from them."""
    sql = (
        "INSERT INTO delay_summary (carrier, avg_delay) SELECT f.carrier, avg(f.dep_delay) "
        "FROM flights f JOIN airlines a ON a.carrier = f.carrier WHERE f.origin = 'JFK' "
        "GROUP BY f.carrier"
    )
    graph = extract_lineage(sql, "postgres").graph()
    columns = {n.label for n in graph.nodes.values() if n.kind == "column"}
    assert {"airlines.carrier", "flights.origin"} <= columns
    derives = {(e.source, e.target) for e in graph.edges if e.kind == "derives"}
    assert not any("airlines.carrier" in s or "flights.origin" in s for s, _ in derives)
    for level in ("table", "column"):
        dot = record_dot(graph, level)
        assert "no columns used" not in dot
        assert ">origin<" in dot and dot.count(">carrier<") == 3  # flights, airlines, result
    none_used = extract_lineage("SELECT 1 AS one FROM flights", "postgres").graph()
    assert "no columns used" in record_dot(none_used, "table")  # really none
