"""Schema selection: which tables of a (possibly huge, multi-schema) catalog the model gets to see.

Rank tables by how well their names, columns, comments and known values match the question
(identifier splitting, light stemming, synonyms, IDF weighting), choose the best-matching schema
first when the catalog spans several, then add tables greedily by rank together with the tables
needed to join them along foreign keys, within a token budget. Pinned tables are always in,
removed tables never.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from iopsdata.assistant.ranking import (
    CatalogIndex,
    catalog_index,
    rank_schemas,
    resolve,
    score_tables,
)
from iopsdata.assistant.schema_text import Hints
from iopsdata.catalog.model import Catalog

KEEP_RATIO = 0.12  # candidates scoring below this fraction of the best are not considered
MAX_BRIDGE = 3  # longest chain of join-only tables added between two selected tables

FILL_SHARE = 0.6  # neighbours are added only while under this share of the budget

AMBIGUITY_RATIO = 0.9  # a schema scoring this close to the best is a plausible alternative
MAX_ALTERNATIVES = 2
MAIN_SHARE = 0.75  # share of the budget for the best schema when there are alternatives
RUNNER_TABLES = 2  # best tables taken from each alternative schema

DEFAULT_BUDGET = 1200
DEFAULT_MAX_TABLES = 8


@dataclass(frozen=True)
class Selection:
    """Tables chosen for one question.

    Attributes:
        tables: qualified names, most relevant first (join tables follow what they connect).
        scores: relevance score per selected table (0 for join-only and pinned tables).
        reasons: a short plain reason per selected table ("matches: delay, carrier").
        tokens: estimated tokens of the selected tables' schema text.
        schema: the schema chosen first when the catalog spans several, else None.
        alternatives: other schemas that matched almost as well; their best tables are included
            too, and the UI can ask which one the user meant.
    """

    tables: tuple[str, ...]
    scores: Mapping[str, float] = field(default_factory=dict)
    reasons: Mapping[str, str] = field(default_factory=dict)
    tokens: int = 0
    schema: str | None = None
    alternatives: tuple[str, ...] = ()


def _path(
    graph: Mapping[str, set[str]], start: str, goals: set[str], allowed: set[str]
) -> list[str] | None:
    """Shortest FK path from ``start`` to any of ``goals`` (intermediate tables only), BFS."""
    if not goals or start in goals:
        return []
    prev: dict[str, str | None] = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for nxt in graph.get(node, ()):
            if nxt in prev or nxt not in allowed:
                continue
            prev[nxt] = node
            if nxt in goals:
                chain, cur = [], prev[nxt]
                while cur is not None and cur != start:
                    chain.append(cur)
                    cur = prev[cur]
                return chain if len(chain) <= MAX_BRIDGE else None
            queue.append(nxt)
    return None


@dataclass
class _Picker:
    """Greedy accumulation of tables (with their join paths) under a token budget."""

    index: CatalogIndex
    scored: Mapping[str, tuple[float, dict[str, float]]]
    chosen: list[str] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)
    reasons: dict[str, str] = field(default_factory=dict)
    used: int = 0

    def add(self, q: str, reason: str) -> None:
        self.chosen.append(q)
        self.scores[q] = round(self.scored[q][0], 3)
        self.reasons[q] = reason
        self.used += self.index.tokens[q]

    def by_rank(self, allowed: set[str], budget: int, max_tables: int) -> None:
        """Add matching tables best first, each with the FK path joining it to what is chosen."""
        ranked = sorted(
            (q for q in allowed if self.scored[q][0] > 0),
            key=lambda q: (-self.scored[q][0], self.index.tokens[q], q),
        )
        top = self.scored[ranked[0]][0] if ranked else 0.0
        goals = {q for q in self.chosen if q in allowed}
        picked = 0
        for q in ranked:
            if picked >= max_tables or self.scored[q][0] < KEEP_RATIO * top:
                break
            if q in self.chosen:
                continue
            bridge = _path(self.index.graph, q, goals, allowed) if goals else []
            extra = [b for b in (bridge or []) if b not in self.chosen]
            cost = self.index.tokens[q] + sum(self.index.tokens[b] for b in extra)
            if (picked or goals) and self.used + cost > budget:
                continue
            self.add(q, "matches: " + ", ".join(self.scored[q][1]))
            for b in extra:
                self.add(b, f"joins {q} to the other tables")
            goals.update([q, *extra])
            picked += 1
        # Spend what is left on direct FK neighbours: a lookup or fact table next to a match is
        # the likeliest missing piece of a join.
        fill = sorted(
            {
                n
                for q in goals
                for n in self.index.graph.get(q, ())
                if n in allowed and n not in self.chosen
            },
            key=lambda n: (-self.scored[n][0], self.index.tokens[n], n),
        )
        for n in fill:
            if picked < max_tables and self.used + self.index.tokens[n] <= budget * FILL_SHARE:
                self.add(n, "joins a selected table")
                picked += 1


def select_tables(
    catalog: Catalog,
    question: str,
    *,
    hints: Hints | None = None,
    pinned: Iterable[str] = (),
    removed: Iterable[str] = (),
    carried: Iterable[str] = (),
    budget_tokens: int = DEFAULT_BUDGET,
    max_tables: int = DEFAULT_MAX_TABLES,
    schema: str | None = None,
) -> Selection:
    """Choose the tables a model needs to answer ``question`` on ``catalog``.

    Args:
        catalog: the connection's catalog (any number of schemas).
        question: the user's question, follow-up context included if any.
        hints: ``{table: {column: [values seen]}}`` from profiles, when known.
        pinned: tables (qualified or plain names) always included, whatever the budget.
        removed: tables never included, even as join tables.
        carried: tables the previous answer of the thread used; always included like pinned
            ones, but said as such (the user did not pin them).
        budget_tokens: most schema-text tokens to select (pinned tables may exceed it).
        max_tables: most tables to select (pinned tables excluded).
        schema: restrict to this schema (the user chose it); by default the best-matching one.

    Returns:
        A ``Selection``; ``tables`` is empty only when nothing matches and nothing is pinned.
    """
    hints = hints or {}
    index = catalog_index(catalog, hints)
    scored = score_tables(catalog, question, hints)
    gone = {q for q in (resolve(catalog, n) for n in removed) if q}
    pins = [q for q in dict.fromkeys(resolve(catalog, n) for n in pinned) if q and q not in gone]
    everything = {t.qualified_name for t in catalog.tables} - gone
    picker = _Picker(index, scored)
    for q in pins:
        picker.add(q, "pinned")
    for c in dict.fromkeys(resolve(catalog, n) for n in carried):
        if c and c not in gone and c not in picker.chosen:
            picker.add(c, "used by the previous answer")
    if schema is not None:
        ranked_schemas = [(1.0, schema)]
    else:
        ranked_schemas = rank_schemas(catalog, index, scored, question)
    if not ranked_schemas:
        if sum(index.tokens[q] for q in everything) <= budget_tokens:
            # A small catalog fits whole: send it all, best matches first (recall is then certain).
            order = sorted(everything - set(picker.chosen), key=lambda q: (-scored[q][0], q))
            for q in order:
                matched = scored[q][1]
                picker.add(
                    q,
                    "matches: " + ", ".join(matched) if matched else "small schema: all tables fit",
                )
            return Selection(tuple(picker.chosen), picker.scores, picker.reasons, picker.used, None)
        picker.by_rank(everything, budget_tokens, max_tables)
        return Selection(tuple(picker.chosen), picker.scores, picker.reasons, picker.used, None)
    best_value, best_schema = ranked_schemas[0]
    # Close runners-up: the question does not settle the schema, so their best tables come too.
    runners = [
        name
        for value, name in ranked_schemas[1 : 1 + MAX_ALTERNATIVES]
        if schema is None and best_value > 0 and value >= AMBIGUITY_RATIO * best_value
    ]
    main_budget = int(budget_tokens * (MAIN_SHARE if runners else 1.0))
    in_schema = {q for q in everything if index.schema_of[q] == best_schema}
    picker.by_rank(in_schema, main_budget, max_tables)
    for name in runners:
        allowed = {q for q in everything if index.schema_of[q] == name}
        picker.by_rank(allowed, budget_tokens, RUNNER_TABLES)
    return Selection(
        tuple(picker.chosen),
        picker.scores,
        picker.reasons,
        picker.used,
        best_schema or None,
        tuple(runners),
    )
