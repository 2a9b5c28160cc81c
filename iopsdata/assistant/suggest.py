""" "Did you mean …?" for an unknown table or column: rank real names by the words they share.

Edit distance alone ranks by spelling, so ``arrival_delay_minutes`` suggested ``minute`` (a
substring) rather than ``arr_delay`` (the same meaning, abbreviated). Names are split into words
(``_``, ``-``, spaces, camelCase), plurals are folded and common abbreviations mapped to one form
(arrival→arr, departure→dep, quantity→qty, number→num), then ranked by the share of words in
common; spelling similarity only breaks ties, and is the fallback when no word is shared.
"""

from __future__ import annotations

import difflib
import re

MAX_SUGGESTIONS = 3

# One form per word, so a full word and its usual abbreviation count as the same word.
ABBREVIATIONS = {
    "arrival": "arr",
    "arrive": "arr",
    "arrived": "arr",
    "departure": "dep",
    "depart": "dep",
    "departed": "dep",
    "quantity": "qty",
    "number": "num",
    "no": "num",
    "nbr": "num",
    "amount": "amt",
    "average": "avg",
    "identifier": "id",
    "description": "desc",
    "temperature": "temp",
    "customer": "cust",
    "minutes": "minute",
    "min": "minute",
    "mins": "minute",
}
_SPLIT = re.compile(r"[^0-9a-zA-Z]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])")


def words(name: str) -> list[str]:
    """``arrivalDelay_minutes`` -> ``["arr", "delay", "minute"]``."""
    out = []
    for raw in _SPLIT.split(name):
        w = raw.lower()
        if not w:
            continue
        w = ABBREVIATIONS.get(w, w)
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = ABBREVIATIONS.get(w[:-1], w[:-1])
        out.append(w)
    return out


def _overlap(asked: set[str], option: set[str]) -> float:
    """Shared words over all words; a word that starts another (``temp``/``temps``) counts half."""
    if not asked or not option:
        return 0.0
    shared = len(asked & option)
    partial = sum(
        0.5
        for a in asked - option
        if len(a) >= 3 and any(o.startswith(a) or a.startswith(o) for o in option if len(o) >= 3)
    )
    return (shared + partial) / len(asked | option)


def suggest(word: str, options: list[str], n: int = MAX_SUGGESTIONS) -> list[str]:
    """Up to ``n`` of ``options`` that most likely mean ``word``, best first."""
    asked = set(words(word))
    scored = []
    for i, option in enumerate(options):
        score = _overlap(asked, set(words(option)))
        if score > 0:
            spelling = difflib.SequenceMatcher(None, word.lower(), option.lower()).ratio()
            scored.append((-score, -spelling, i, option))
    if scored:
        return [option for *_, option in sorted(scored)[:n]]
    return difflib.get_close_matches(word, options, n=n, cutoff=0.6)


def closest_name(word: str, names: list[str]) -> str | None:
    """The one real name a typed name is a letter or a suffix away from, if any ("flight" →
    "flights", "ordered_at" → "ordered_on"; not "passengers" → "planes"): 0.75 of ``difflib``'s
    ratio, stricter than :func:`suggest`'s fallback, because it is offered with no other choice."""
    close = difflib.get_close_matches(word.lower(), names, n=1, cutoff=0.75)
    return close[0] if close else None
