"""Plan readers: each engine kind's ``EXPLAIN`` output → rows read, cost and full scans.

One reader per kind, registered in :data:`READERS` by the kind's name (the ``EXPLAIN`` words live
with the kind's other facts in :mod:`iopsdata.engines.kinds`). A reader gets the plan's rows as
dicts (what the engine returned) and the query's alias → table map; it never runs anything.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Plan:
    """What a reader found: the largest step's rows, the cost, and the tables read entirely."""

    rows: int | None
    cost: float | None = None
    full_scans: tuple[str, ...] = ()


Reader = Callable[[Sequence[Mapping[str, Any]], Mapping[str, str]], Plan]


def _json_value(rows: Sequence[Mapping[str, Any]]) -> Any:
    """The single JSON document a ``FORMAT JSON`` plan arrives as (text, or already decoded)."""
    for row in rows:
        for value in row.values():
            if isinstance(value, (list, dict)):
                return value
            if isinstance(value, (str, bytes)) and value.strip()[:1] in ("[", "{", b"[", b"{"):
                return json.loads(value)
    raise ValueError("the database returned no JSON plan")


def _dicts(node: Any) -> Iterator[dict[str, Any]]:
    """Every dict inside a JSON value, depth first."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _dicts(value)
    elif isinstance(node, list):
        for value in node:
            yield from _dicts(value)


def _unique(names: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(n for n in names if n))


def postgres(rows: Sequence[Mapping[str, Any]], aliases: Mapping[str, str]) -> Plan:
    """``EXPLAIN (FORMAT JSON)``: the largest ``Plan Rows`` of any node, the top node's
    ``Total Cost``, and the relations of ``Seq Scan`` nodes."""
    doc = _json_value(rows)
    top = (doc[0] if isinstance(doc, list) else doc)["Plan"]
    nodes = [d for d in _dicts(top) if "Node Type" in d]
    scans = [str(d.get("Relation Name") or "") for d in nodes if d["Node Type"] == "Seq Scan"]
    return Plan(
        max(int(d.get("Plan Rows") or 0) for d in nodes),
        float(top.get("Total Cost") or 0.0),
        _unique(scans),
    )


def mysql(rows: Sequence[Mapping[str, Any]], aliases: Mapping[str, str]) -> Plan:
    """``EXPLAIN FORMAT=JSON`` (MySQL and MariaDB): rows examined, a join's tables multiplied
    as the server's nested loops do (each table's rows times the rows that reach it), and the
    tables read with ``access_type: ALL``."""
    doc = _json_value(rows)
    best = 0
    scans: list[str] = []
    for node in _dicts(doc):
        loop = node.get("nested_loop")
        steps = [t for t in map(_step_table, loop) if t] if isinstance(loop, list) else []
        reaching = 1.0
        for table in steps:
            examined = _mysql_rows(table)
            best = max(best, int(reaching * examined))
            reaching *= max(1.0, examined * float(table.get("filtered") or 100) / 100)
        if "table_name" in node:
            best = max(best, _mysql_rows(node))
            if node.get("access_type") == "ALL":
                scans.append(aliases.get(str(node["table_name"]).lower(), node["table_name"]))
    return Plan(best, None, _unique(scans))


def _step_table(step: Any) -> dict[str, Any] | None:
    """A nested loop's table, also when wrapped in a join buffer (MariaDB ``block-nl-join``)."""
    if not isinstance(step, dict):
        return None
    for holder in (step, *(v for v in step.values() if isinstance(v, dict))):
        if isinstance(holder.get("table"), dict):
            return holder["table"]
    return None


def _mysql_rows(table: Mapping[str, Any]) -> int:
    # MariaDB says "rows"; MySQL 8 says "rows_examined_per_scan"
    return int(float(table.get("rows") or table.get("rows_examined_per_scan") or 0))


def duckdb(rows: Sequence[Mapping[str, Any]], aliases: Mapping[str, str]) -> Plan:
    """``EXPLAIN (FORMAT JSON)``: the largest ``Estimated Cardinality`` of any operator, and the
    tables of sequential scans without a pushed-down filter (``Table`` is
    ``catalog.schema.table``). A filtered scan skips row groups by their min/max, so it counts
    its estimated rows, not its table."""
    doc = _json_value(rows)
    best = 0
    scans: list[str] = []
    for node in _dicts(doc):
        info = node.get("extra_info")
        if "name" not in node or not isinstance(info, dict):
            continue
        value = str(info.get("Estimated Cardinality") or "0").lstrip("~")
        best = max(best, int(float(value)) if value.replace(".", "", 1).isdigit() else 0)
        if node["name"].strip() == "SEQ_SCAN" and info.get("Table") and not info.get("Filters"):
            scans.append(str(info["Table"]).rsplit(".", 1)[-1])
    return Plan(best, None, _unique(scans))


def sqlite(rows: Sequence[Mapping[str, Any]], aliases: Mapping[str, str]) -> Plan:
    """``EXPLAIN QUERY PLAN`` gives no row counts, only steps: each ``SCAN <table>`` (a covering
    index scan too) reads the whole table; the size is looked up separately."""
    scans: list[str] = []
    for row in rows:
        detail = str(row.get("detail") or list(row.values())[-1] or "")
        words = detail.split()
        if len(words) >= 2 and words[0] == "SCAN" and not words[1].startswith("("):
            if words[1] in ("CONSTANT", "TABLE"):  # SCAN CONSTANT ROW, SCAN TABLE t (old form)
                if words[1] == "CONSTANT" or len(words) < 3:
                    continue
                name = words[2]
            else:
                name = words[1]
            scans.append(aliases.get(name.lower(), name))
    return Plan(None, None, _unique(scans))


READERS: dict[str, Reader] = {
    "postgresql": postgres,
    "mysql": mysql,
    "duckdb": duckdb,
    "sqlite": sqlite,
}
