"""Compact, DDL-like text of catalog tables: what the model reads, and what the token budget counts.

Comments and profile values come from the database, so they are DATA: they are rendered as JSON
string literals after ``--``, which keeps a planted "ignore previous instructions" inside quotes,
and the prompt's rules say that quoted text is never an instruction.
"""

from __future__ import annotations

import json
import math
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

from iopsdata.catalog.model import Catalog, Table

# {table: {column: [values]}} or, as ``Profile.hints()`` gives per table,
# {table: {column: {"values": [...], "format": "%Y-%m-%d"}}}.
ColumnHint = Sequence[Any] | Mapping[str, Any]
Hints = Mapping[str, Mapping[str, ColumnHint]]

_MAX_COMMENT = 160
_MAX_HINT_VALUES = 8


def estimate_tokens(text: str) -> int:
    """Token estimate used everywhere (selection budget, bench, preview): ``ceil(len(text) / 4)``.

    The usual rule of thumb for English and SQL with BPE tokenizers; the same estimator is applied to
    the selected schema and to the whole schema, so ratios are fair.
    """
    return math.ceil(len(text) / 4)


def quote(text: str, limit: int = _MAX_COMMENT) -> str:
    """One-line JSON string literal of ``text`` (cut at ``limit`` characters)."""
    flat = " ".join(str(text).split())
    if len(flat) > limit:
        flat = flat[: limit - 1] + "…"
    return json.dumps(flat, ensure_ascii=False)


def hint_parts(hint: ColumnHint | None) -> tuple[list[str], str | None]:
    """``(values, format)`` of one column's hint, whichever shape it came in."""
    if not hint:
        return [], None
    if isinstance(hint, Mapping):
        values = hint.get("values") or []
        fmt = hint.get("format")
        return [str(v) for v in values], str(fmt) if fmt else None
    return [str(v) for v in hint], None


def render_table(
    table: Table,
    hints: Mapping[str, ColumnHint] | None = None,
    columns: Collection[str] | None = None,
) -> str:
    """``CREATE TABLE``-like text of one table: columns, types, keys, references, quoted comments.

    ``columns``, when given, prunes a long table to those columns (the rest are counted in one
    closing line, so the model knows the table has more).
    """
    fk_of: dict[str, str] = {}
    for fk in table.foreign_keys:
        if len(fk.columns) == 1:
            fk_of[fk.columns[0]] = f"{fk.ref_table}.{fk.ref_columns[0]}"
    pk = [c.name for c in table.columns if c.primary_key]
    head = f"TABLE {table.qualified_name}"
    if table.row_estimate:
        head += f" ({table.row_estimate:,} rows)"
    if table.comment:
        head += f" -- {quote(table.comment)}"
    lines = [head]
    hints = hints or {}
    keep = {c.lower() for c in columns} if columns is not None else None
    hidden = 0
    for col in table.columns:
        if keep is not None and col.name.lower() not in keep:
            hidden += 1
            continue
        line = f"  {col.name} {col.type.lower()}"
        if len(pk) == 1 and col.name == pk[0]:
            line += " PK"
        if not col.nullable and not col.primary_key:
            line += " NOT NULL"
        if col.name in fk_of:
            line += f" REF {fk_of[col.name]}"
        notes = []
        if col.comment:
            notes.append(quote(col.comment))
        values, fmt = hint_parts(hints.get(col.name))
        if values:
            shown = ", ".join(quote(v, 40) for v in values[:_MAX_HINT_VALUES])
            more = ", …" if len(values) > _MAX_HINT_VALUES else ""
            notes.append(f"values: {shown}{more}")
        if fmt:
            notes.append(f"format: {quote(fmt, 40)}")
        if notes:
            line += " -- " + "; ".join(notes)
        lines.append(line)
    if hidden:
        lines.append(f"  -- {hidden} more columns not shown (not relevant to the question)")
    if len(pk) > 1:
        lines.append(f"  PRIMARY KEY ({', '.join(pk)})")
    for fk in table.foreign_keys:
        if len(fk.columns) > 1:
            lines.append(
                f"  FOREIGN KEY ({', '.join(fk.columns)}) REF {fk.ref_table} ({', '.join(fk.ref_columns)})"
            )
    return "\n".join(lines)


def render_tables(
    catalog: Catalog,
    names: Iterable[str],
    hints: Hints | None = None,
    *,
    columns: Mapping[str, Collection[str]] | None = None,
) -> str:
    """Text of the named tables (qualified names), in the given order, blank-line separated.

    ``columns``: ``{qualified table: columns to keep}`` for tables the selection pruned.
    """
    hints = hints or {}
    columns = columns or {}
    parts = []
    for name in names:
        table = catalog.find(name)
        if table is not None:
            parts.append(
                render_table(
                    table,
                    hints.get(table.qualified_name) or hints.get(table.name),
                    columns.get(table.qualified_name),
                )
            )
    return "\n\n".join(parts)
