"""Ranking: how well each table (and each schema) of a catalog matches a question.

An index per catalog holds each table's weighted words (name, columns, comments, known values,
split identifiers, abbreviations and synonyms) and their IDF; scoring a question is then a loop
over its words. Schema descriptions (``catalog.extra["schema_comments"]``, ``{schema: text}``)
are evidence for choosing a schema, weighed by their own IDF across schemas. The index is cached
while the catalog object lives. Team knowledge (``iopsdata.knowledge.model.Knowledge``) adds its
descriptions and glossary words (term and synonyms) to the tables they refer to, and its join
paths to the join graph (with inferred ones, ``iopsdata.assistant.joins``).
"""

from __future__ import annotations

import itertools
import math
import weakref
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from iopsdata.assistant.joins import join_columns, join_graph, join_paths
from iopsdata.assistant.schema_text import (
    ColumnHint,
    Hints,
    estimate_tokens,
    hint_parts,
    render_table,
)
from iopsdata.assistant.terms import (
    ABBREVIATIONS,
    STOP_WORDS,
    canonical,
    expand,
    root,
    split_compound,
    split_identifier,
    stem,
    terms,
)
from iopsdata.catalog.model import Catalog, Table
from iopsdata.knowledge.model import JoinPath, Knowledge

W_TABLE, W_COLUMN, W_VALUE, W_TABLE_COMMENT, W_COLUMN_COMMENT = 3.0, 1.0, 1.5, 0.8, 0.5
SYNONYM_FACTOR = 0.6  # a schema word reached only through its synonym group
QUESTION_SYNONYM_FACTOR = 0.7  # a question word matched through its canonical synonym
COMPOUND_FACTOR = 0.7  # a question word found inside a compound schema word
SCHEMA_TOP_WEIGHT = 0.5  # in choosing a schema, its best table's score next to word coverage
W_SCHEMA_COMMENT = 3.0  # a question word found in a schema's description (times its schema IDF)
SCHEMA_COMMENTS = "schema_comments"  # key of ``Catalog.extra``: {schema: description}
ROOT_FACTOR = 0.8  # a schema word reached through its root ("cite" for "citations")
ROUTING_FLOOR = 0.3  # in choosing a schema, the share of a word's weight kept however common
W_GLOSSARY = 3.0  # a glossary term or synonym, on the tables it refers to (as strong as a name)


@dataclass
class CatalogIndex:
    weights: dict[str, dict[str, float]]  # qualified table -> term -> weight
    idf: dict[str, float]
    tokens: dict[str, int]
    graph: dict[str, set[str]]  # undirected FK graph between qualified names
    schema_terms: dict[str | None, set[str]]
    compounds: dict[str, list[tuple[str, float]]]  # table -> long words ("mktsegment") and weights
    schema_of: dict[str, str]  # qualified table -> schema ("" without schemas)
    schema_words: dict[str, dict[str, float]]  # schema -> description term -> weight x schema IDF
    joins: dict[frozenset[str], JoinPath]  # one path per joined pair (declared, FK or inferred)
    keys: dict[str, set[str]]  # table -> columns some join uses (a pruned table keeps them)
    tables: dict[str, Table]  # qualified name -> table
    compound_text: dict[str, str]  # table -> its long words joined (a fast first substring test)
    routing_weight: dict[str, float]  # term -> how well it tells schemas apart (0..1]


_CACHE: dict[int, tuple[weakref.ref, int, CatalogIndex]] = {}


def _add(
    weights: dict[str, float],
    words: Iterable[str],
    weight: float,
    vocabulary: frozenset[str] = frozenset(),
) -> None:
    for w in words:
        if not w or w.isdigit() or len(w) < 2:
            continue
        if w in ABBREVIATIONS:
            _add(weights, [ABBREVIATIONS[w]], weight)
        if len(w) >= 6 and (parts := split_compound(w, vocabulary)):
            _add(weights, parts, weight * COMPOUND_FACTOR)
        s = stem(w)
        weights[s] = max(weights.get(s, 0.0), weight)
        if (r := root(w)) != s:
            weights[r] = max(weights.get(r, 0.0), weight * ROOT_FACTOR)
        c = canonical(w)
        if c != s:
            weights[c] = max(weights.get(c, 0.0), weight * SYNONYM_FACTOR)


def _table_weights(
    table: Table,
    hints: Mapping[str, ColumnHint],
    vocabulary: frozenset[str],
    taught: Mapping[str, list[tuple[str, float]]],
) -> dict[str, float]:
    weights: dict[str, float] = {}
    for text, weight in taught.get(table.qualified_name, ()):
        _add(weights, split_identifier(text), weight, vocabulary)
    _add(weights, split_identifier(table.name), W_TABLE, vocabulary)
    for col in table.columns:
        _add(weights, split_identifier(col.name), W_COLUMN, vocabulary)
        if col.comment:
            _add(weights, split_identifier(col.comment), W_COLUMN_COMMENT)
    if table.comment:
        _add(weights, split_identifier(table.comment), W_TABLE_COMMENT)
    for hint in hints.values():
        values, _ = hint_parts(hint)
        for v in list(values)[:50]:
            _add(weights, split_identifier(str(v)), W_VALUE)
    return weights


def resolve(catalog: Catalog, name: str) -> str | None:
    t = catalog.find(name)
    return t.qualified_name if t else None


def _taught(catalog: Catalog, knowledge: Knowledge | None) -> dict[str, list[tuple[str, float]]]:
    """Words the team taught, per table: descriptions, glossary terms and synonyms of its refs."""
    out: dict[str, list[tuple[str, float]]] = defaultdict(list)
    if knowledge is None:
        return out
    for key, text in knowledge.descriptions.items():
        table = resolve(catalog, key) or resolve(catalog, key.rsplit(".", 1)[0])
        if table and text:
            weight = W_TABLE_COMMENT if resolve(catalog, key) else W_COLUMN_COMMENT
            out[table].append((str(text), weight))
    for entry in knowledge.glossary:
        for ref in entry.refs:
            table = resolve(catalog, ref) or resolve(catalog, ref.rsplit(".", 1)[0])
            if table:
                for word in (entry.term, *entry.synonyms):
                    out[table].append((word, W_GLOSSARY))
    return out


def merged_hints(catalog: Catalog, hints: Hints, knowledge: Knowledge | None) -> Hints:
    """Profile hints plus the knowledge's value hints (dbt ``accepted_values``, the value index)."""
    if knowledge is None or not knowledge.value_hints:
        return hints
    out: dict[str, dict[str, object]] = {k: dict(v) for k, v in hints.items()}
    for key, values in knowledge.value_hints.items():
        table_name, _, column = key.rpartition(".")
        table = catalog.find(table_name) if table_name else None
        if table is None or table.column(column) is None:
            continue
        cols = out.setdefault(table.qualified_name, dict(hints.get(table.name) or {}))
        cols.setdefault(column, list(values))
    return out  # type: ignore[return-value]


def _build_index(catalog: Catalog, hints: Hints, knowledge: Knowledge | None) -> CatalogIndex:
    weights, tokens = {}, {}
    df: dict[str, int] = defaultdict(int)
    schema_terms: dict[str | None, set[str]] = defaultdict(set)
    schema_of: dict[str, str] = {}
    vocabulary = _vocabulary(catalog)
    taught = _taught(catalog, knowledge)
    joins = join_paths(catalog, knowledge)
    graph: dict[str, set[str]] = {t.qualified_name: set() for t in catalog.tables}
    graph.update(join_graph(joins))
    for t in catalog.tables:
        schema_of[t.qualified_name] = t.schema or ""
        q = t.qualified_name
        h = hints.get(q) or hints.get(t.name) or {}
        weights[q] = _table_weights(t, h, vocabulary, taught)
        for term in weights[q]:
            df[term] += 1
        tokens[q] = estimate_tokens(render_table(t, h))
        if t.schema:
            schema_terms[t.schema].update({"".join(split_identifier(t.schema)), t.schema.lower()})
    n = max(len(catalog.tables), 1)
    idf = {term: math.log((n + 1) / (count + 0.5)) for term, count in df.items()}
    compounds = {q: [(w, v) for w, v in ws.items() if len(w) >= 7] for q, ws in weights.items()}
    return CatalogIndex(
        weights,
        idf,
        tokens,
        graph,
        dict(schema_terms),
        compounds,
        schema_of,
        _schema_words(catalog, vocabulary),
        joins,
        join_columns(joins.values()),
        {t.qualified_name: t for t in catalog.tables},
        {q: "\x00".join(w for w, _ in ws) for q, ws in compounds.items()},
        _routing_weights(weights, schema_of),
    )


def _routing_weights(
    weights: Mapping[str, Mapping[str, float]], schema_of: Mapping[str, str]
) -> dict[str, float]:
    """How well each term tells schemas apart: its IDF across schemas (a schema is one document),
    scaled to 1 for a term only one schema has. Table IDF ranks tables; for choosing a database,
    "ticket" in seven databases says little, "STCW" in one says nearly everything."""
    per_schema: dict[str, set[str]] = defaultdict(set)
    for q, ws in weights.items():
        per_schema[schema_of[q]].update(ws)
    df: dict[str, int] = defaultdict(int)
    for words in per_schema.values():
        for term in words:
            df[term] += 1
    n = len(per_schema)
    top = math.log((n + 1) / 1.5)
    if top <= 0:
        return {}
    return {t: math.log((n + 1) / (c + 0.5)) / top for t, c in df.items()}


def _schema_words(catalog: Catalog, vocabulary: frozenset[str]) -> dict[str, dict[str, float]]:
    """Weighted words of each schema's description; a word most schemas mention weighs ~nothing."""
    comments = catalog.extra.get(SCHEMA_COMMENTS) or {}
    schemas = {t.schema or "" for t in catalog.tables}
    words: dict[str, dict[str, float]] = {}
    for schema, text in comments.items():
        if schema in schemas and text:
            words[schema] = {}
            _add(words[schema], split_identifier(str(text)), W_SCHEMA_COMMENT, vocabulary)
    df: dict[str, int] = defaultdict(int)
    for ws in words.values():
        for term in ws:
            df[term] += 1
    n = max(len(schemas), 1)
    return {
        schema: {t: w * math.log((n + 1) / (df[t] + 0.5)) for t, w in ws.items()}
        for schema, ws in words.items()
    }


def _vocabulary(catalog: Catalog) -> frozenset[str]:
    """Words that appear on their own in the catalog's identifiers and comments (for compounds)."""
    words: set[str] = set()
    for t in catalog.tables:
        words.update(split_identifier(t.name))
        words.update(split_identifier(t.comment or ""))
        for c in t.columns:
            words.update(split_identifier(c.name))
            words.update(split_identifier(c.comment or ""))
    return frozenset(w for w in words if len(w) >= 3)


def catalog_index(
    catalog: Catalog, hints: Hints, knowledge: Knowledge | None = None
) -> CatalogIndex:
    """Per-catalog index, cached while the catalog object lives (hints and knowledge are part of
    the key)."""
    key = id(catalog)
    hint_key = hash(repr(sorted((k, repr(v)) for k, v in hints.items()))) if hints else 0
    if knowledge is not None and not knowledge.empty:
        hint_key = hash((hint_key, repr(knowledge)))
    hit = _CACHE.get(key)
    if hit and hit[0]() is catalog and hit[1] == hint_key:
        return hit[2]
    index = _build_index(catalog, hints, knowledge)
    if len(_CACHE) > 32:
        _CACHE.clear()
    _CACHE[key] = (weakref.ref(catalog), hint_key, index)
    return index


def score_tables(
    catalog: Catalog,
    question: str,
    hints: Hints | None = None,
    knowledge: Knowledge | None = None,
) -> dict[str, tuple[float, dict[str, float]]]:
    """Relevance of every table: ``{qualified name: (score, {matched question word: its score})}``."""
    index = catalog_index(catalog, hints or {}, knowledge)
    q_terms = list(dict.fromkeys(terms(question)))
    # each question word's candidates (itself, its synonym, its root) with factor x IDF, once
    lookups = {
        term: [
            (c, (1.0 if c == term else QUESTION_SYNONYM_FACTOR) * index.idf.get(c, 0.0))
            for c in expand(term)
        ]
        for term in q_terms
    }
    out: dict[str, tuple[float, dict[str, float]]] = {}
    for table, weights in index.weights.items():
        score, matched = 0.0, dict[str, float]()
        credited: dict[str, float] = {}  # schema word -> credit it already gave
        for term in q_terms:
            best, via = 0.0, ""
            for cand, factor in lookups[term]:
                w = weights.get(cand, 0.0)
                if w and (value := w * factor) > best:
                    best, via = value, cand
            if best == 0 and len(term) >= 4 and term in index.compound_text[table]:
                # Compound identifiers ("mktsegment", "extendedprice"): a question word inside one.
                for word, w in index.compounds[table]:
                    if term not in word or word == term:
                        continue
                    if (value := w * COMPOUND_FACTOR * index.idf.get(word, 0.0)) > best:
                        best, via = value, word
            # One schema word explains a concept once: "promo" and "promotion" both reaching
            # "discount" through synonyms must not count it twice.
            gain = best - credited.get(via, 0.0)
            if gain > 0:
                credited[via] = best
                score += gain
                matched[term] = gain
        out[table] = (score, matched)
    return out


def _shared_name(index: CatalogIndex, schema: str) -> bool:
    """Whether ``schema``'s name is also a word another schema uses for its own content
    (in its description, table names or column names: ``olist.order_items.freight_value``)."""
    name = stem("".join(split_identifier(schema)))
    if any(name in words for other, words in index.schema_words.items() if other != schema):
        return True
    return any(
        name in {stem(w) for w in split_identifier(t.name)}
        or any(name in _content_words(c.name) for c in t.columns)
        for q, t in index.tables.items()
        if index.schema_of[q] != schema
    )


def _content_words(name: str) -> set[str]:
    """Stemmed words of a column name that say what it holds: a column name's last word is
    mostly a unit or a key word (``dryer_capacity_bu_hr``, ``chair_rate_per_hr``: "hr" is an hour
    there, not the schema ``hr``), so it counts only when it is the whole name; nor does a word
    after "per"."""
    words = split_identifier(name)
    kept = words if len(words) == 1 else words[:-1]
    return {stem(w) for i, w in enumerate(kept) if i == 0 or kept[i - 1] != "per"}


def _routing_weight(index: CatalogIndex, term: str) -> float:
    """A question word's weight in choosing a schema: ROUTING_FLOOR, plus the rest as far as the
    word (or a synonym or root it reaches) tells schemas apart."""
    spread = max((index.routing_weight.get(c, 0.0) for c in expand(term)), default=0.0)
    return ROUTING_FLOOR + (1.0 - ROUTING_FLOOR) * (spread or 1.0)


def rank_schemas(
    catalog: Catalog,
    index: CatalogIndex,
    scored: Mapping[str, tuple[float, dict[str, float]]],
    question: str,
    value_words: frozenset[str] = frozenset(),
    value_evidence: Mapping[str, Mapping[str, float]] | None = None,
) -> list[tuple[float, str]]:
    """Schemas by how much of the question they explain: per-word coverage plus their best table.

    Args:
        value_words: words of values the question names; they never name a schema.
        value_evidence: ``{schema: {value: weight}}`` for values that are proper names or codes
            in the question ("JFK", "Dallas", "E175"): evidence for the schema holding them.

    A schema whose name the question says gets a decisive bonus, unless that name is also an
    ordinary word of another schema (its description, tables or columns: "flights" names the schema
    ``flights`` but is what a look-alike airline schema describes too); then coverage decides.

    Returns ``[(value, schema)]`` best first; empty when the catalog has a single schema.
    """
    schemas = {t.schema for t in catalog.tables}
    if len(schemas) <= 1:
        return []
    words = split_identifier(question)
    if value_words:  # "the Billing Desk team" names a value, not the schema "billing"
        words = [w for w in words if w not in value_words]
    # "AdventureWorks", "TPC-H", "adventure works" all name the schema "adventureworks" / "tpch".
    named = set(words) | {a + b for a, b in itertools.pairwise(words)}
    best: dict[str | None, float] = defaultdict(float)
    coverage: dict[str | None, dict[str, float]] = defaultdict(dict)
    for schema, found in (value_evidence or {}).items():
        coverage[schema].update(found)
    for t in catalog.tables:
        score, matched = scored[t.qualified_name]
        best[t.schema] = max(best[t.schema], score)
        cov = coverage[t.schema]
        for term, value in matched.items():
            cov[term] = max(cov.get(term, 0.0), value)
    q_terms = list(dict.fromkeys(terms(question)))
    for schema, described in index.schema_words.items():
        cov = coverage[schema]
        for term in q_terms:
            value = max(
                (described.get(c, 0.0) * (1.0 if c == term else QUESTION_SYNONYM_FACTOR))
                for c in expand(term)
            )
            if value > cov.get(term, 0.0):  # as good as a table mentioning it, not more
                cov[term] = value
    routing = {term: _routing_weight(index, term) for term in q_terms}
    ranked = []
    for candidate, top in best.items():
        value = (
            sum(v * routing.get(term, 1.0) for term, v in coverage[candidate].items())
            + SCHEMA_TOP_WEIGHT * top
        )
        parts = set(split_identifier(candidate or ""))
        # Named whole ("shop_br", "shopbr"), or by all its parts in any order ("the EU shop");
        # a part that is a stop word counts only in the whole name: "in shop_br" does not name
        # ``shop_in``.
        said = index.schema_terms.get(candidate, set()) & named or (
            len(parts) > 1 and parts <= named - STOP_WORDS
        )
        if said and not _shared_name(index, candidate or ""):
            value += 100.0  # the user named the schema ("shop_eu": "the EU shop" too)
        ranked.append((value, candidate == catalog.default_schema, candidate or ""))
    ranked.sort(reverse=True)
    return [(v, name) for v, _, name in ranked]
