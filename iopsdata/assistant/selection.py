"""Schema selection: which tables of a (possibly huge, multi-schema) catalog the model gets to see.

Rank tables by how well their names, columns, comments and known values match the question
(identifier splitting, light stemming, synonyms, IDF weighting), choose the best-matching schema
first when the catalog spans several (``iopsdata.assistant.database_choice``: which one, and
when Chat asks instead), then add tables greedily by marginal value (what they
explain that chosen tables do not) together with the tables needed to join them — along foreign
keys, team-declared joins or joins inferred from names (``iopsdata.assistant.joins``) — within a
token budget that scales with the catalog (a share of the whole schema, between a floor and a
ceiling). There is no fixed table count. Long tables are pruned to their relevant columns plus
keys. A known value named in the question (``iopsdata.assistant.values``) ranks the table that
holds it. Pinned tables are always in, removed tables never.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from iopsdata.assistant.database_choice import MAX_ALTERNATIVES, choose_database
from iopsdata.assistant.names import asks_for_names, has_names
from iopsdata.assistant.pruning import pruned_table
from iopsdata.assistant.ranking import (
    CatalogIndex,
    catalog_index,
    merged_hints,
    rank_schemas,
    resolve,
    score_tables,
)
from iopsdata.assistant.schema_text import Hints
from iopsdata.assistant.terms import expand, reword_idioms, split_identifier, terms
from iopsdata.assistant.values import ValueMatch, match_values, specific
from iopsdata.catalog.model import Catalog
from iopsdata.knowledge.model import JoinPath, Knowledge

KEEP_RATIO = 0.12  # candidates scoring below this fraction of the best are not considered
MAX_BRIDGE = 3  # longest chain of join-only tables added between two selected tables
OVERLAP = 0.6  # a question word another chosen table already explains counts this much less

FILL_SHARE = 0.6  # neighbours are added only while under this share of the budget

# a weaker look-alike scoring this share of the best still brings its best tables, while the
# headroom lasts (after the rest-fill)
WEAK_RATIO = 0.3
HEADROOM_SHARE = 1.0
MAIN_SHARE = 0.75  # share of the budget for the best schema when there are alternatives
RUNNER_TABLES = 3  # best tables taken from each alternative schema
RUNNER_FILL = 2  # ...plus at most this many of their direct neighbours (the fact table of a lookup)

VALUE_BONUS = 4.0  # a known value the question names, per word of the value

# The adaptive budget: a share of the whole schema's tokens, held between a floor and a ceiling.
# Chat passes the workspace's settings (``iopsdata.config.Settings.chat_schema_*``); these are
# the same defaults, for callers without settings (the bench, tests).
DEFAULT_SHARE = 0.15
DEFAULT_FLOOR = 1200
DEFAULT_CEILING = 6000
# What fills the budget beyond the question's own tables (the rest of the chosen database, weaker
# look-alikes) stops at this share of the whole schema, or the budget's share if smaller: the
# budget is what the question may need, not what every question should spend (a small
# catalog's floor is far above this share too).
REST_SHARE = 0.08


def schema_budget(
    whole_tokens: int,
    share: float = DEFAULT_SHARE,
    floor: int = DEFAULT_FLOOR,
    ceiling: int = DEFAULT_CEILING,
) -> int:
    """Token budget for one question: ``share`` of the whole schema, within ``[floor, ceiling]``."""
    return int(min(max(whole_tokens * share, floor), ceiling))


@dataclass(frozen=True)
class Selection:
    """Tables chosen for one question.

    Attributes:
        tables: qualified names, most relevant first (join tables follow what they connect).
        scores: relevance score per selected table (0 for join-only and pinned tables).
        reasons: a short plain reason per selected table ("matches: delay, carrier").
        tokens: estimated tokens of the selected tables' schema text (pruned tables as pruned).
        schema: the schema chosen first when the catalog spans several, else None.
        alternatives: other schemas that matched nearly as well; their best tables are included.
        close: when an alternative is within ``ROUTE_RATIO`` of the best (too close to guess),
            or ``CROWD`` alternatives are within ``AMBIGUITY_RATIO``, or the best scores below
            ``WEAK_EVIDENCE`` (the question hardly says which), and some alternative scores
            ``OFFER_RATIO`` of the best: the next best databases, at most ``MAX_OFFERED`` with
            the best; Chat asks which one the user meant (``candidates``). Else empty.
        columns: ``{table: columns kept}`` for long tables pruned to relevant columns plus keys.
        joins: join paths between selected tables (declared, foreign key or inferred).
        values: known values the question names (``iopsdata.assistant.values``).
        budget: the token budget the selection worked within.
    """

    tables: tuple[str, ...]
    scores: Mapping[str, float] = field(default_factory=dict)
    reasons: Mapping[str, str] = field(default_factory=dict)
    tokens: int = 0
    schema: str | None = None
    alternatives: tuple[str, ...] = ()
    columns: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    joins: tuple[JoinPath, ...] = ()
    values: tuple[ValueMatch, ...] = ()
    budget: int = 0
    close: tuple[str, ...] = ()

    @property
    def candidates(self) -> tuple[str, ...]:
        """The schemas to ask the user about (best first), or ``()`` when the choice is clear."""
        return (self.schema, *self.close) if self.schema and self.close else ()


def _path(
    index: CatalogIndex,
    start: str,
    goals: set[str],
    allowed: set[str],
    relevance: Mapping[str, tuple[float, dict[str, float]]],
) -> list[str] | None:
    """The bridge from ``start`` to the nearest of ``goals`` (intermediate tables only).

    Fewest hops first; among equally short bridges the most confident joins, then the most
    relevant tables, then names. A keyless schema has many equally short bridges
    (``order_lines`` reaches ``customers`` through ``orders`` or through ``invoices``, which
    also holds both keys), and taking whichever a set iterated first made the choice depend on
    the process's hash seed; the joins' confidence prefers the table named after the key.
    """
    if not goals or start in goals:
        return []
    graph = index.graph

    def rank(chain: tuple[str, ...], penalty: float) -> tuple[float, float, tuple[str, ...]]:
        return (round(penalty, 6), -sum(relevance[b][0] for b in chain), chain)

    # node -> (join penalty, chain of intermediates) of its best route at the current depth
    best: dict[str, tuple[float, tuple[str, ...]]] = {start: (0.0, ())}
    frontier = [start]
    for _ in range(MAX_BRIDGE + 1):
        reached: list[tuple[tuple[float, float, tuple[str, ...]], tuple[str, ...]]] = []
        layer: dict[str, tuple[float, tuple[str, ...]]] = {}
        for node in frontier:
            penalty, chain = best[node]
            via = chain if node == start else (*chain, node)
            for nxt in graph.get(node, ()):
                if nxt not in allowed or nxt in best:
                    continue
                j = index.joins.get(frozenset((node, nxt)))
                step = penalty - math.log(max(j.confidence if j else 1.0, 1e-3))
                if nxt in goals:
                    reached.append((rank(via, step), via))
                elif nxt not in layer or rank(via, step) < rank(layer[nxt][1], layer[nxt][0]):
                    layer[nxt] = (step, via)
        if reached:
            return list(min(reached)[1])
        best.update(layer)
        frontier = sorted(layer)
    return None


@dataclass
class _Picker:
    """Greedy accumulation of tables (with their join paths) under a token budget."""

    index: CatalogIndex
    scored: Mapping[str, tuple[float, dict[str, float]]]
    cost: Callable[[str], int]
    chosen: list[str] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)
    reasons: dict[str, str] = field(default_factory=dict)
    covered: dict[str, float] = field(default_factory=dict)
    used: int = 0
    first: Callable[[str], bool] = lambda q: False  # neighbours to fill first, whatever their score

    def add(self, q: str, reason: str) -> None:
        self.chosen.append(q)
        self.scores[q] = round(self.scored[q][0], 3)
        self.reasons[q] = reason
        self.used += self.cost(q)
        for term, gain in self.scored[q][1].items():
            self.covered[term] = max(self.covered.get(term, 0.0), gain)

    def marginal(self, q: str) -> float:
        """What ``q`` adds to what is chosen: words already explained count ``OVERLAP`` less."""
        return sum(
            max(0.0, gain - OVERLAP * self.covered.get(term, 0.0))
            for term, gain in self.scored[q][1].items()
        )

    def explains_new(self, q: str) -> bool:
        """Whether ``q`` matches a question word no chosen table matches.

        A word common across the catalog ("country") weighs little by its IDF, so the one table
        of the chosen schema that holds it can score far below the best match and fall under
        ``KEEP_RATIO``; yet nothing else explains that word, and without the table the query
        cannot be written ("hours watched per country": the households table has the country).
        """
        return any(term not in self.covered for term in self.scored[q][1])

    def by_rank(
        self,
        allowed: set[str],
        budget: int,
        max_tables: int | None,
        max_fill: int | None = None,
        fill_share: float = FILL_SHARE,
    ) -> None:
        """Add tables by marginal value, each with the join path to what is chosen, in budget."""
        pool = {q for q in allowed if self.scored[q][0] > 0 and q not in self.chosen}
        top = max((self.scored[q][0] for q in pool), default=0.0)
        goals = {q for q in self.chosen if q in allowed}
        picked = 0
        while pool and (max_tables is None or picked < max_tables):
            q = max(pool, key=lambda c: (self.marginal(c), self.scored[c][0], -self.cost(c), c))
            pool.discard(q)
            if self.scored[q][0] < KEEP_RATIO * top and not self.explains_new(q):
                continue
            bridge = _path(self.index, q, goals, allowed, self.scored) if goals else []
            extra = [b for b in (bridge or []) if b not in self.chosen]
            cost = self.cost(q) + sum(self.cost(b) for b in extra)
            if (picked or goals) and self.used + cost > budget:
                continue
            self.add(q, "matches: " + ", ".join(self.scored[q][1]))
            for b in extra:
                pool.discard(b)
                self.add(b, f"joins {q} to the other tables")
            goals.update([q, *extra])
            picked += 1
        # Spend what is left on direct neighbours: a lookup or fact table next to a match is
        # the likeliest missing piece of a join.
        fill = sorted(
            {
                n
                for q in goals
                for n in self.index.graph.get(q, ())
                if n in allowed and n not in self.chosen
            },
            key=lambda n: (not self.first(n), -self.scored[n][0], self.cost(n), n),
        )
        filled = 0
        for n in fill:
            if max_fill is not None and filled >= max_fill:
                break
            if max_fill is None and max_tables is not None and picked >= max_tables:
                break
            if self.used + self.cost(n) <= budget * fill_share:
                self.add(n, "joins a selected table")
                picked += 1
                filled += 1


def select_tables(
    catalog: Catalog,
    question: str,
    *,
    hints: Hints | None = None,
    knowledge: Knowledge | None = None,
    pinned: Iterable[str] = (),
    removed: Iterable[str] = (),
    carried: Iterable[str] = (),
    budget_tokens: int | None = None,
    max_tables: int | None = None,
    schema: str | None = None,
    budget_share: float = DEFAULT_SHARE,
    budget_floor: int = DEFAULT_FLOOR,
    budget_ceiling: int = DEFAULT_CEILING,
) -> Selection:
    """Choose the tables a model needs to answer ``question`` on ``catalog``.

    Args:
        catalog: the connection's catalog (any number of schemas).
        question: the user's question, follow-up context included if any.
        hints: ``{table: {column: [values seen]}}`` from profiles, when known.
        knowledge: the team's knowledge of this connection (glossary synonyms, descriptions,
            join paths, value hints), when there is any.
        pinned: tables (qualified or plain names) always included, whatever the budget.
        removed: tables never included, even as join tables.
        carried: tables the previous answer of the thread used; always included like pinned
            ones, but said as such (the user did not pin them).
        budget_tokens: most schema-text tokens to select (pinned tables may exceed it); by
            default ``schema_budget`` of the whole schema with ``budget_share/floor/ceiling``.
        max_tables: most tables to select (pinned tables excluded); by default no fixed count.
        schema: restrict to this schema (the user chose it); by default the best-matching one.

    Returns:
        A ``Selection``; ``tables`` is empty only when nothing matches and nothing is pinned.
    """
    hints = merged_hints(catalog, hints or {}, knowledge)
    index = catalog_index(catalog, hints, knowledge)
    worded = reword_idioms(question)  # ranking reads idioms plainly; values keep the user's text
    scored = dict(score_tables(catalog, worded, hints, knowledge))
    values = match_values(catalog, question, hints)
    plain = dict(scored)  # schema choice uses these: a common word that is also a value
    # ("open", "emergency") must not tip one look-alike database over another
    for m in values:  # a named value is strong, specific evidence for the table holding it
        score, matched = scored[m.table]
        scored[m.table] = (score + VALUE_BONUS * m.words, {**matched, repr(m.value): VALUE_BONUS})
    if budget_tokens is None:
        whole = sum(index.tokens.values())
        budget_tokens = schema_budget(whole, budget_share, budget_floor, budget_ceiling)
    q_terms = {x for t in terms(worded) for x in expand(t)}
    valued: dict[str, set[str]] = {}
    for m in values:
        valued.setdefault(m.table, set()).add(m.column)
    pruned: dict[str, tuple[str, ...]] = {}
    costs: dict[str, int] = {}
    who = asks_for_names(question)

    def cost(q: str) -> int:
        if q not in costs:
            costs[q] = index.tokens[q]
            table = index.tables[q]
            cut = pruned_table(
                table,
                index.tokens[q],
                q_terms,
                index.keys.get(q, set()),
                valued.get(q, set()),
                hints.get(q) or hints.get(table.name) or {},
            )
            if cut is not None:
                pruned[q], costs[q] = cut
        return costs[q]

    gone = {q for q in (resolve(catalog, n) for n in removed) if q}
    pins = [q for q in dict.fromkeys(resolve(catalog, n) for n in pinned) if q and q not in gone]
    everything = {t.qualified_name for t in catalog.tables} - gone
    # A question asking who (or which renters, which suppliers) is answered from a table of
    # people (or firms) read by a name: such a table comes first among the neighbours that fill a
    # match's joins ("who called in sick": the musicians, by their names, before the services the
    # attendance rows also point at), and in the rest of the chosen database below.
    picker = _Picker(index, scored, cost)
    if who:
        picker.first = lambda q: has_names(index.tables[q])
    for q in pins:
        picker.add(q, "pinned")
    for c in dict.fromkeys(resolve(catalog, n) for n in carried):
        if c and c not in gone and c not in picker.chosen:
            picker.add(c, "used by the previous answer")

    def done(
        best: str | None = None, runners: Sequence[str] = (), close: Sequence[str] = ()
    ) -> Selection:
        chosen = set(picker.chosen)
        columns = {q: pruned[q] for q in picker.chosen if q in pruned}
        reasons = dict(picker.reasons)
        for q, cols in columns.items():
            total = len(index.tables[q].columns)
            reasons[q] += f" (long table: {len(cols)} of {total} columns shown)"
        joins = tuple(j for key, j in index.joins.items() if key <= chosen)
        return Selection(
            tuple(picker.chosen),
            picker.scores,
            reasons,
            picker.used,
            best,
            tuple(runners),
            columns,
            joins,
            tuple(m for m in values if m.table in chosen),
            budget_tokens,
            tuple(close),
        )

    if schema is not None:
        ranked_schemas = [(1.0, schema)]
    else:
        named_values = frozenset(w for m in values for w in split_identifier(m.value))
        evidence: dict[str, dict[str, float]] = {}
        for m in specific(question, values):
            evidence.setdefault(index.schema_of[m.table], {})[repr(m.value)] = VALUE_BONUS * m.words
        ranked_schemas = rank_schemas(catalog, index, plain, worded, named_values, evidence)
    if not ranked_schemas:
        if sum(index.tokens[q] for q in everything) <= budget_tokens:
            # A small catalog fits whole: send it all, best matches first (recall is then certain).
            order = sorted(everything - set(picker.chosen), key=lambda q: (-scored[q][0], q))
            for q in order:
                costs[q] = index.tokens[q]  # whole, never pruned
                matched = scored[q][1]
                picker.add(
                    q,
                    "matches: " + ", ".join(matched) if matched else "small schema: all tables fit",
                )
            return done()
        picker.by_rank(everything, budget_tokens, max_tables)
        return done()
    choice = choose_database(ranked_schemas, user_chose=schema is not None)
    best_value, best_schema = choice.best_value, choice.best
    runners = list(choice.runners)
    main_budget = int(budget_tokens * (MAIN_SHARE if runners else 1.0))
    in_schema = {q for q in everything if index.schema_of[q] == best_schema}
    picker.by_rank(in_schema, main_budget, max_tables)
    for _, name in runners:
        allowed = {q for q in everything if index.schema_of[q] == name}
        picker.by_rank(allowed, budget_tokens, RUNNER_TABLES, RUNNER_FILL, 1.0)
    # The headroom: HEADROOM_SHARE of the budget, and never past REST_SHARE of the whole schema.
    rest_share = min(REST_SHARE, budget_share)
    headroom = min(HEADROOM_SHARE * budget_tokens, rest_share * sum(index.tokens.values()))

    # Budget left after the matches and the close look-alikes goes to the rest of the chosen
    # database first, best scores first: a table no question word names is often the one a join
    # needs ("what's in each raceway": the lots table holds what is in a unit; "who put the lots
    # on hold": the employees table, reached through a `hold_by` column no name joins), and a
    # small database then fits whole. Before the weaker look-alikes: on every split, each on its
    # own catalog, this order selected every needed table for 98.1% of questions against 97.7%
    # the other way round (the combined catalog was unchanged, 93.2%).
    # A question asking for names takes the tables read by a name first: "which renters have
    # fallen behind" matches the rentals, whose `renter_id` names no table a join could find;
    # the clients' table, with their names, is what the answer reads.
    def rest_order(q: str) -> tuple[bool, float, int, str]:
        return (who and not has_names(index.tables[q]), -scored[q][0], cost(q), q)

    for q in sorted(in_schema - set(picker.chosen), key=rest_order):
        if picker.used + cost(q) <= headroom:
            picker.add(q, "same database, within the budget")
    # What headroom is left brings weaker runners-up too (a look-alike that explains part of the
    # question is cheap insurance against the wrong database).
    for value, name in ranked_schemas[1 + len(runners) : 1 + MAX_ALTERNATIVES]:
        if schema is not None or value < WEAK_RATIO * best_value or best_value <= 0:
            break
        if picker.used > headroom:
            break
        runners.append((value, name))
        allowed = {q for q in everything if index.schema_of[q] == name}
        picker.by_rank(allowed, budget_tokens, RUNNER_TABLES, RUNNER_FILL, 1.0)
    return done(best_schema or None, [name for _, name in runners], choice.offered)


def prompt_notes(selection: Selection) -> list[str]:
    """Lines for the prompt after the tables: join paths not visible as REF, and named values.

    Values come from the data, so they are quoted as JSON string literals like comments are.
    """
    from iopsdata.assistant.schema_text import quote

    lines = []
    joins = [j for j in selection.joins if j.source != "foreign_key"]
    if joins:
        lines.append("-- Join paths (inferred ones are guesses from column names; check them):")
        for j in joins:
            left = ", ".join(f"{j.left_table}.{c}" for c in j.left_columns)
            right = ", ".join(f"{j.right_table}.{c}" for c in j.right_columns)
            how = j.source if j.source != "inferred" else f"inferred, confidence {j.confidence:.1f}"
            lines.append(f"--   {left} = {right} ({how})")
    if selection.values:
        lines.append("-- Values named in the question, spelled as in the data:")
        for m in selection.values:
            lines.append(f"--   {m.table}.{m.column} = {quote(m.value, 80)}")
    return lines
