"""The value index: which known data values a question names, and where they live.

Profiles (of files, and pushed down to database tables) keep each low-cardinality column's values;
dbt ``accepted_values`` tests and the knowledge store add more. A question naming one of them
("homes sold by the Dallas office", "offers paid with an FHA loan") is strong evidence for the
table and column that hold it, and the prompt then shows the value with its exact spelling, so the
model writes ``city = 'Dallas'`` rather than guessing ``'dallas'`` or ``'DAL'``.

Matching is on stemmed word sequences, so "rabbits" finds ``rabbit`` and "FHA loans" finds
``FHA loan``; values made only of stop words or digits, or shorter than three letters (unless a code mixing
letters and digits, "E175", "5G"), never match.
"""

from __future__ import annotations

import re
import weakref
from collections import defaultdict
from dataclasses import dataclass

from iopsdata.assistant.schema_text import Hints, hint_parts
from iopsdata.assistant.terms import STOP_WORDS, split_identifier, stem
from iopsdata.catalog.model import Catalog

MAX_VALUES_PER_COLUMN = 200


@dataclass(frozen=True)
class ValueMatch:
    """A known value of ``table.column`` (exact spelling) that the question names."""

    table: str  # qualified name
    column: str
    value: str

    @property
    def words(self) -> int:
        return len(split_identifier(self.value))


# first stemmed word -> [(stemmed words, table, column, value)]
_Index = dict[str, list[tuple[tuple[str, ...], str, str, str]]]
_CACHE: dict[int, tuple[weakref.ref, int, _Index]] = {}


def _words(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in split_identifier(text))


def _index(catalog: Catalog, hints: Hints) -> _Index:
    key = hash(repr(sorted((k, repr(v)) for k, v in hints.items())))
    hit = _CACHE.get(id(catalog))
    if hit and hit[0]() is catalog and hit[1] == key:
        return hit[2]
    index: _Index = defaultdict(list)
    for t in catalog.tables:
        columns = hints.get(t.qualified_name) or hints.get(t.name) or {}
        for column, hint in columns.items():
            values, _ = hint_parts(hint)
            for value in values[:MAX_VALUES_PER_COLUMN]:
                words = _words(value)
                letters = sum(len(w) for w in words if not w.isdigit())
                # a code mixing letters and digits ("E175", "5G") is as specific as a long name
                code = letters > 0 and len(words) > letters and len("".join(words)) >= 2
                if (
                    not words
                    or (letters < 3 and not code)
                    or all(w in STOP_WORDS or w.isdigit() for w in words)
                ):
                    continue
                index[words[0]].append((words, t.qualified_name, column, value))
    if len(_CACHE) > 32:
        _CACHE.clear()
    _CACHE[id(catalog)] = (weakref.ref(catalog), key, dict(index))
    return dict(index)


def match_values(catalog: Catalog, question: str, hints: Hints | None) -> list[ValueMatch]:
    """Known values the question names, longest first (one match per table and column).

    Args:
        catalog: the connection's catalog (hints are keyed by its table names).
        question: the user's words.
        hints: ``{table: {column: values or {"values": [...]}}}`` from profiles and knowledge.

    Returns:
        ``ValueMatch`` rows; empty without hints.
    """
    if not hints:
        return []
    index = _index(catalog, hints)
    q = _words(question)
    found: dict[tuple[str, str], ValueMatch] = {}
    for i, word in enumerate(q):
        for words, table, column, value in index.get(word, ()):
            if q[i : i + len(words)] != words:
                continue
            old = found.get((table, column))
            if old is None or old.words < len(words):
                found[(table, column)] = ValueMatch(table, column, value)
    return sorted(found.values(), key=lambda m: (-m.words, m.table, m.column))


def written_as_names(question: str, matches: list[ValueMatch]) -> list[ValueMatch]:
    """The matches the question writes as a proper name or code ("JFK", "Dallas", "E175").

    A value spelled with a capital letter (not the question's first word) or a digit is a name
    the user chose, specific enough to choose a database by; a lower-case common word that
    happens to be a value ("open", "emergency") is not.
    """
    tokens = re.findall(r"[A-Za-z0-9]+", question)
    named = {
        part
        for i, w in enumerate(tokens)
        if (i > 0 and any(c.isupper() for c in w)) or any(c.isdigit() for c in w)
        for part in _words(w)
    }
    return [m for m in matches if any(w in named for w in _words(m.value) if not w.isdigit())]


def specific(question: str, matches: list[ValueMatch]) -> list[ValueMatch]:
    """The matches specific enough to choose a database by: names or codes, and phrases.

    ``written_as_names`` keeps values the user wrote as a proper name or code. A value of two or
    more content words matched word for word ("sales manager", "crime drama", "paid social") is
    as specific even in lower case: a phrase a database holds as data is rarely a coincidence,
    unlike one common word ("open", "emergency").
    """
    named = written_as_names(question, matches)
    return [
        m
        for m in matches
        if m in named or sum(1 for w in split_identifier(m.value) if w not in STOP_WORDS) >= 2
    ]
