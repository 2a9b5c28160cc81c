"""Impact matching: does one statement's lineage read, or break on, a table or column?

Kept free of the store so it can be tested and benchmarked on plain ``Lineage`` values.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from iopsdata.assistant.suggest import closest_name
from iopsdata.errors import LineageError
from iopsdata.lineage.model import Lineage

ImpactKind = Literal["reads", "drop", "rename"]
KINDS: tuple[str, ...] = ("reads", "drop", "rename")
KIND_LABELS = {
    "reads": "What reads it?",
    "drop": "What breaks if I drop it?",
    "rename": "What breaks if I rename it?",
}


@dataclass(frozen=True)
class ImpactHit:
    """One statement affected by a change.

    Attributes:
        source: "saved", "history", "chat" or "dbt" (an imported dbt model).
        id: the saved query, audit row or chat message id.
        name: a human label (saved query name, "history · 3 runs", chat thread title).
        sql: a snippet of the statement (≤ 200 characters).
        why: one sentence saying what the statement does with the target.
        certain: False when the match rests on an unqualified column or unknown ``SELECT *``.
        via: the intermediate table when the hit is indirect (reads a table built from the target).
    """

    source: str
    id: str
    name: str
    sql: str
    why: str
    certain: bool = True
    via: str | None = None


@dataclass(frozen=True)
class Target:
    """A parsed impact target: maybe a table, maybe ``table.column``."""

    text: str
    table: str | None  # the whole dotted name as a table
    column_table: str | None  # everything but the last part
    column: str | None  # the last part


def parse_target(text: str) -> Target:
    """Split ``"flights.dep_delay"`` into the two readings (table, or table + column).

    Raises:
        LineageError: the target is empty.
    """
    cleaned = ".".join(p.strip().strip('`"[]') for p in text.strip().split("."))
    if not cleaned.strip("."):
        raise LineageError("Type a table or column to look for, e.g. flights or flights.dep_delay.")
    parts = [p for p in cleaned.split(".") if p]
    if len(parts) == 1:
        return Target(cleaned, parts[0], None, None)
    return Target(cleaned, ".".join(parts), ".".join(parts[:-1]), parts[-1])


def same_table(written: str | None, wanted: str | None) -> bool:
    """Case-insensitive, suffix-aware: ``main.flights`` matches ``flights`` and vice versa."""
    if not written or not wanted:
        return False
    a, b = written.lower(), wanted.lower()
    return a == b or a.endswith("." + b) or b.endswith("." + a)


def match(lineage: Lineage, target: Target, kind: ImpactKind) -> list[tuple[str, bool]]:
    """Reasons (why, certain) for which ``lineage`` is affected by ``target`` under ``kind``."""
    out: list[tuple[str, bool]] = []
    if target.column is not None:
        out.extend(_column_reasons(lineage, target, kind))
    if target.table is not None and not (target.column is not None and out):
        out.extend(_table_reasons(lineage, target.table, kind))
    return out


def _column_reasons(lin: Lineage, t: Target, kind: ImpactKind) -> list[tuple[str, bool]]:
    col = (t.column or "").lower()
    label = f"{t.column_table}.{t.column}"
    reads = any(same_table(r, t.column_table) for r in (*lin.reads, *lin.intermediates))
    out: list[tuple[str, bool]] = []
    for ref in lin.columns:
        if ref.table is not None and same_table(ref.table, t.column_table):
            if ref.column.lower() == col:
                verb = {
                    "reads": "reads",
                    "drop": "fails when it is dropped: it uses",
                    "rename": "fails after the rename: it names",
                }[kind]
                out.append((f"{verb} {ref.table}.{ref.column}", True))
            elif ref.column == "*":
                why = {
                    "reads": f"SELECT * over {ref.table} reads every column, {t.column} included",
                    "drop": f"SELECT * over {ref.table}: its output loses {t.column}",
                    "rename": f"SELECT * over {ref.table}: its output column {t.column} changes name",
                }[kind]
                out.append((why, True))
        elif ref.table is None and ref.column.lower() == col and reads:
            out.append(
                (
                    f"uses an unqualified {ref.column} and reads {t.column_table}; possibly {label}",
                    False,
                )
            )
    for edge in lin.edges:
        if (
            edge.target.table
            and same_table(edge.target.table, t.column_table)
            and edge.target.column.lower() == col
        ):
            verb = "writes" if kind == "reads" else "fails: it writes"
            out.append((f"{verb} {edge.target}", True))
            break
    return _dedupe(out)


def _table_reasons(lin: Lineage, table: str, kind: ImpactKind) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    for name in lin.reads:
        if same_table(name, table):
            out.append((f"reads {name}" if kind == "reads" else f"fails: it reads {name}", True))
    if kind != "reads":
        for name in lin.writes + tuple(
            w for st in lin.statements for w in st.writes if w not in lin.writes
        ):
            if same_table(name, table):
                out.append((f"fails: it writes {name}", True))
        for name in {c for st in lin.statements for c in st.changes}:  # TRUNCATE, DELETE, …
            if same_table(name, table):
                out.append((f"fails: it changes {name}", True))
    return _dedupe(out)


def _dedupe(items: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    return list(dict.fromkeys(items))


def unknown_target(lineages: Iterable[Lineage], target: Target) -> str | None:
    """When no statement names ``target`` at all: a sentence saying so, with the closest name
    they do use ("flight" → "did you mean flights?"). None when the target is a name they use.

    An impact question about a misspelt table otherwise got "none of the 1,204 statements touch
    flight": a confident all-clear for a table nobody uses, while ``flights`` breaks everything.
    """
    tables: set[str] = set()
    columns: dict[str, set[str]] = {}  # table (lower case, as written) -> its columns used
    for lin in lineages:
        for st in lin.statements:
            tables.update(st.writes)
        tables.update((*lin.reads, *lin.writes, *lin.intermediates, *lin.changes))
        for ref in lin.columns:  # a column whose table is unknown is still a name in use
            if ref.column != "*":
                columns.setdefault((ref.table or "").lower(), set()).add(ref.column.lower())
    if not tables:
        return None

    def known_table(name: str | None) -> list[str]:
        return [t for t in tables if same_table(t, name)]

    bare = sorted({t.rsplit(".", 1)[-1].lower() for t in tables})
    if target.column is None:  # one word: a table, or a column of any table
        word = (target.table or "").lower()
        if known_table(word) or any(word in cols for cols in columns.values()):
            return None
        close = closest_name(word, bare + sorted(set().union(*columns.values())))
    elif known_table(target.table):  # a dotted table name ("main.flights")
        return None
    elif found := known_table(target.column_table):
        col = (target.column or "").lower()
        used = set().union(*(columns.get(t.lower(), set()) for t in found))
        if col in used:
            return None
        near = closest_name(col, sorted(used))
        close = near and f"{target.column_table}.{near}"
    else:  # neither reading is used: schema.table with a misspelt table, or table.column
        near = closest_name(target.column_table or "", bare)
        close = f"{near}.{target.column}" if near else closest_name(target.column or "", bare)
    hint = f"; did you mean {close}?" if close else "."
    return f"No statement in this workspace names {target.text}{hint}"
