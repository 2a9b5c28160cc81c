"""End-to-end column lineage: column edges followed through the script's intermediate tables.

A script's statements each map their output columns to the columns they read. When a table is
produced in the script and read later (an intermediate), the later statement's sources are
replaced by what the intermediate's columns were computed from, so the result pairs physical
source columns with the columns the script leaves behind. CTEs and subqueries are already
collapsed inside each statement by the tracer.
"""

from __future__ import annotations

from iopsdata.lineage.model import ColumnRef, Lineage


def end_to_end(lineage: Lineage) -> list[tuple[ColumnRef, ColumnRef]]:
    """``(source, target)`` column pairs with intermediates collapsed, in first-seen order.

    A column of an intermediate produced by ``SELECT *`` of an unknown table (``t.*``) passes
    its name through: ``tmp.x`` read later resolves to ``src.x``; ``tmp.*`` (``count(*)`` of
    an intermediate) resolves to ``src.*`` of every table the intermediate came from.
    """
    inter = {t.lower() for t in lineage.intermediates}
    produced: dict[tuple[str, str], set[ColumnRef]] = {}
    order: dict[ColumnRef, dict[ColumnRef, None]] = {}
    for edge in lineage.edges:
        resolved: dict[ColumnRef, None] = {}
        for src in edge.sources:
            for ref in _resolve(src, produced):
                resolved[ref] = None
        tgt = edge.target
        if tgt.table is not None:
            produced.setdefault((tgt.table.lower(), tgt.column.lower()), set()).update(resolved)
        if tgt.table is not None and tgt.table.lower() in inter:
            continue
        order.setdefault(tgt, {}).update(resolved)
    return [(src, tgt) for tgt, srcs in order.items() for src in srcs]


def _resolve(src: ColumnRef, produced: dict[tuple[str, str], set[ColumnRef]]) -> set[ColumnRef]:
    if src.table is None:
        return {src}
    table = src.table.lower()
    hit = produced.get((table, src.column.lower()))
    if hit is not None:
        return hit
    star = produced.get((table, "*"))
    if star is not None:
        return {ColumnRef(s.table, src.column) if s.column == "*" else s for s in star}
    if src.column == "*":  # count(*) of an intermediate: the rows of the tables it came from
        rows = {
            ColumnRef(s.table, "*")
            for (t, _), refs in produced.items()
            if t == table
            for s in refs
            if s.table is not None
        }
        if rows:
            return rows
    return {src}
