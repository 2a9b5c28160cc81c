"""Long tables, cut to what a question needs: keys, join columns, matches and the first column.

A wide table (a 30-column job card) can cost the prompt more than the rest of the selection;
most of its columns say nothing about the question. ``iopsdata.assistant.selection`` sends such a
table pruned when that saves enough, and the "Tables the assistant sees" panel says so.
"""

from __future__ import annotations

from collections.abc import Mapping

from iopsdata.assistant.joins import KEY_SUFFIXES
from iopsdata.assistant.schema_text import ColumnHint, estimate_tokens, render_table
from iopsdata.assistant.terms import ABBREVIATIONS, root, split_identifier, stem
from iopsdata.catalog.model import Table

LONG_TABLE_TOKENS = 160  # longer tables are pruned to their relevant columns plus keys
PRUNE_GAIN = 0.7  # ...when the pruned text is at most this share of the whole table's


def relevant_columns(
    table: Table,
    question_terms: set[str],
    keys: set[str],
    valued: set[str],
) -> tuple[str, ...]:
    """Columns of a long table worth showing: keys, join columns, matches and the first column."""
    keep = []
    for i, col in enumerate(table.columns):
        words = split_identifier(col.name)
        if col.comment:
            words += split_identifier(col.comment)[:12]
        stems = {stem(w) for w in words} | {root(w) for w in words}
        stems |= {stem(ABBREVIATIONS[w]) for w in words if w in ABBREVIATIONS}
        if (
            i == 0
            or col.primary_key
            or col.name in keys
            or col.name in valued
            or (words and words[-1] in KEY_SUFFIXES)
            or stems & question_terms
        ):
            keep.append(col.name)
    return tuple(keep)


def pruned_table(
    table: Table,
    tokens: int,
    question_terms: set[str],
    keys: set[str],
    valued: set[str],
    hints: Mapping[str, ColumnHint],
) -> tuple[tuple[str, ...], int] | None:
    """``(columns kept, their tokens)`` when ``table`` (``tokens`` whole) is long and pruning
    saves enough (``PRUNE_GAIN``); else None, and the table is sent whole."""
    if tokens <= LONG_TABLE_TOKENS:
        return None
    cols = relevant_columns(table, question_terms, keys, valued)
    small = estimate_tokens(render_table(table, hints, cols))
    return (cols, small) if small <= PRUNE_GAIN * tokens else None
