"""Questions whose answer is read by a name, and the tables that hold names.

"Who owes us money?", "Which renters are behind?": the answer lists people (or firms, or things)
by name, so the selection prefers, among tables that are otherwise equal, one with a name column
(``iopsdata.assistant.selection``: the neighbours that fill a match's joins, and the rest of the
chosen database). "Which month..." asks for a period, read from a date column, not a name.
"""

from __future__ import annotations

import re

from iopsdata.assistant.terms import split_identifier
from iopsdata.catalog.model import Table

TIME_WORDS = "month|months|year|years|week|weeks|day|days|quarter|quarters|date|dates|time|hour"
ASKS_FOR_NAMES = re.compile(
    rf"\b(?:who|whom|whose)\b|\bwhich\s+(?!(?:{TIME_WORDS})\b)[a-z]", re.IGNORECASE
)
NAME_WORDS = frozenset({"name", "nm", "surname", "forename"})


def asks_for_names(question: str) -> bool:
    """Whether ``question`` asks who, whom, whose, or which <something that is not a time>."""
    return bool(ASKS_FOR_NAMES.search(question))


def has_names(table: Table) -> bool:
    """Whether ``table`` has a name column: what such a question's answer is read from."""
    return any(NAME_WORDS & set(split_identifier(c.name)) for c in table.columns)
