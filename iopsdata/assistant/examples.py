"""Approved examples by relevance: the question → SQL pairs most like the question being asked.

A connection collects many approved examples; the prompt has room for a few. The newest few are
rarely the useful ones, so each example is scored by the words its question shares with the new
question (stemmed, with synonyms and roots, weighted by how rare each word is among the examples)
plus a bonus when its SQL reads a table the selection chose. Examples sharing nothing are left out.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from iopsdata.assistant.terms import expand, terms

MAX_EXAMPLES = 5
TABLE_BONUS = 0.5  # per selected table the example's SQL reads, next to word overlap


def _words(text: str) -> set[str]:
    return {x for t in terms(text) for x in expand(t)}


def _reads(sql: str, tables: Iterable[str]) -> int:
    low = sql.lower()
    hits = 0
    for q in tables:
        name = q.rsplit(".", 1)[-1].lower()
        if re.search(rf"(?<![\w.]){re.escape(name)}(?!\w)", low):
            hits += 1
    return hits


def rank_examples(
    question: str,
    examples: Sequence[Mapping[str, Any]],
    tables: Iterable[str] = (),
    k: int = MAX_EXAMPLES,
) -> list[Mapping[str, Any]]:
    """The ``k`` examples most relevant to ``question``, least relevant first (the best last,
    nearest the question in the prompt).

    Args:
        question: the new question.
        examples: approved ``{"question", "sql", ...}`` rows (``store.list_examples``).
        tables: the tables selected for the question; an example reading them ranks higher.
        k: most examples returned.

    Returns:
        At most ``k`` examples with some overlap; ``[]`` when none shares a word or a table.
    """
    if not examples:
        return []
    asked = _words(question)
    bags = [_words(str(ex.get("question") or "")) for ex in examples]
    df: dict[str, int] = {}
    for bag in bags:
        for w in bag:
            df[w] = df.get(w, 0) + 1
    n = len(examples)
    chosen = list(tables)
    scored = []
    for i, (ex, bag) in enumerate(zip(examples, bags, strict=True)):
        overlap = sum(math.log((n + 1) / (df[w] + 0.5)) + 1.0 for w in asked & bag)
        bonus = TABLE_BONUS * _reads(str(ex.get("sql") or ""), chosen)
        if overlap + bonus > 0:
            scored.append((overlap + bonus, i, ex))  # ties: the newer example (higher i) wins
    scored.sort(key=lambda s: (s[0], s[1]))
    return [ex for _, _, ex in scored[-k:]]
