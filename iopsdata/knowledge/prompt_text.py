"""Knowledge as Chat's prompt shows it: relevant glossary terms, metrics, instructions, declared
joins, and descriptions and value hints folded into the schema text.

Relevance keeps the prompt small: a glossary entry is shown when its term or a synonym is in the
question, or it refers to a selected table; a metric when its name is asked for or its table is
selected; a join when it touches a selected table. Instructions are always shown. Text editors or
dbt wrote is quoted as JSON strings, like catalog comments, so it stays data.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from iopsdata.catalog.model import Catalog, Table
from iopsdata.knowledge.model import GlossaryEntry, Knowledge, Metric

MAX_GLOSSARY = 12
MAX_METRICS = 10
MAX_INSTRUCTIONS = 20
MAX_JOINS = 12


def _words(text: str) -> frozenset[str]:
    from iopsdata.assistant.terms import terms

    return frozenset(terms(text))


def _mentioned(phrase: str, asked: frozenset[str]) -> bool:
    words = _words(phrase)
    return bool(words) and words <= asked


def _split_ref(catalog: Catalog, ref: str) -> tuple[Table | None, str | None]:
    """``schema.table`` or ``schema.table.column`` → (catalog table, column or None)."""
    table = catalog.find(ref)
    if table is not None:
        return table, None
    head, _, column = ref.rpartition(".")
    table = catalog.find(head) if head else None
    if table is None and head.count("."):  # "db.schema.table" written in full
        table = catalog.find(head.split(".", 1)[1])
    return (table, column) if table is not None else (None, None)


def _selected(catalog: Catalog, ref: str, tables: set[str]) -> bool:
    table, _ = _split_ref(catalog, ref)
    return table is not None and table.qualified_name.lower() in tables


def with_descriptions(catalog: Catalog, descriptions: Mapping[str, str]) -> Catalog:
    """The catalog with knowledge descriptions as comments where the database has none."""
    if not descriptions:
        return catalog
    table_notes: dict[str, str] = {}
    column_notes: dict[str, dict[str, str]] = {}
    for ref, text in descriptions.items():
        table, column = _split_ref(catalog, ref)
        if table is None:
            continue
        if column is None:
            table_notes.setdefault(table.qualified_name, text)
        else:
            column_notes.setdefault(table.qualified_name, {}).setdefault(column.lower(), text)
    if not table_notes and not column_notes:
        return catalog
    out = []
    for t in catalog.tables:
        notes = column_notes.get(t.qualified_name, {})
        columns = tuple(
            replace(c, comment=notes[c.name.lower()])
            if not c.comment and c.name.lower() in notes
            else c
            for c in t.columns
        )
        comment = t.comment or table_notes.get(t.qualified_name)
        out.append(replace(t, columns=columns, comment=comment))
    return replace(catalog, tables=tuple(out))


def with_value_hints(
    catalog: Catalog,
    hints: Mapping[str, Mapping[str, Any]] | None,
    values: Mapping[str, Sequence[str]],
) -> dict[str, dict[str, Any]]:
    """Profile hints plus known values from knowledge (profile values win for a column)."""
    merged: dict[str, dict[str, Any]] = {k: dict(v) for k, v in (hints or {}).items()}
    for ref, known in values.items():
        table, column = _split_ref(catalog, ref)
        if table is None or column is None or table.column(column) is None:
            continue
        name = table.column(column).name  # type: ignore[union-attr]
        # profile hints may be keyed by the bare name (the schema text reads either)
        key = table.name if table.qualified_name not in merged and table.name in merged else None
        per_table = merged.setdefault(key or table.qualified_name, {})
        per_table.setdefault(name, {"values": list(known)})
    return merged


def relevant_glossary(
    knowledge: Knowledge, question: str, catalog: Catalog, tables: Iterable[str]
) -> list[GlossaryEntry]:
    asked, chosen = _words(question), {t.lower() for t in tables}
    out = [
        g
        for g in knowledge.glossary
        if any(_mentioned(p, asked) for p in (g.term, *g.synonyms))
        or any(_selected(catalog, ref, chosen) for ref in g.refs)
    ]
    return out[:MAX_GLOSSARY]


def relevant_metrics(
    knowledge: Knowledge, question: str, catalog: Catalog, tables: Iterable[str]
) -> list[Metric]:
    asked, chosen = _words(question), {t.lower() for t in tables}
    out = [
        m
        for m in knowledge.metrics
        if _mentioned(m.name.replace("_", " "), asked) or _selected(catalog, m.table, chosen)
    ]
    return out[:MAX_METRICS]


def knowledge_text(
    knowledge: Knowledge | None, question: str, catalog: Catalog, tables: Sequence[str]
) -> str:
    """The ``<knowledge>`` section of the system prompt, or "" when nothing applies."""
    if knowledge is None or knowledge.empty:
        return ""
    from iopsdata.assistant.schema_text import quote

    parts: list[str] = []
    glossary = relevant_glossary(knowledge, question, catalog, tables)
    if glossary:
        lines = []
        for g in glossary:
            line = f"- {quote(g.term, 80)}: {quote(g.meaning, 300)}"
            if g.synonyms:
                line += "; also called " + ", ".join(quote(s, 60) for s in g.synonyms)
            if g.refs:
                line += "; means " + ", ".join(g.refs)
            lines.append(line)
        parts.append("Glossary (the team's terms):\n" + "\n".join(lines))
    metrics = relevant_metrics(knowledge, question, catalog, tables)
    if metrics:
        lines = []
        for m in metrics:
            line = f"- {m.name} = {m.expression} on {m.table}"
            if m.time_column:
                line += f" (time column {m.time_column})"
            if m.description:
                line += f" -- {quote(m.description, 200)}"
            lines.append(line)
        parts.append(
            "Metrics (use these definitions when the question asks for them):\n" + "\n".join(lines)
        )
    if knowledge.instructions:
        shown = knowledge.instructions[:MAX_INSTRUCTIONS]
        parts.append(
            "Instructions from this workspace's editors:\n"
            + "\n".join(f"- {_line(i, 400)}" for i in shown)
        )
    chosen = {t.lower() for t in tables}
    joins = [
        j
        for j in knowledge.joins
        if j.source in ("declared", "dbt")
        and (_selected(catalog, j.left_table, chosen) or _selected(catalog, j.right_table, chosen))
    ][:MAX_JOINS]
    if joins:
        lines = [
            f"- {j.left_table} ({', '.join(j.left_columns)}) = "
            f"{j.right_table} ({', '.join(j.right_columns)}) [{j.source}]"
            for j in joins
        ]
        parts.append("Join paths (declared by the team):\n" + "\n".join(lines))
    if not parts:
        return ""
    return "<knowledge>\n" + "\n\n".join(parts) + "\n</knowledge>"


def _line(text: str, limit: int) -> str:
    """One line of an editor's instruction (an instruction, so not quoted as data)."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
