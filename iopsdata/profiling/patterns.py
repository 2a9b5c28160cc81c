"""Recognise what text values hold: numbers, or dates in a strftime format.

Run on a small peek of each text column, so the cost does not grow with the table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

NUMBER = re.compile(r"^\s*[-+]?(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?\s*$")
MATCH_SHARE = 0.98  # share of peeked values that must match; tolerates a stray "n/a"

# Most specific first; the first format every value parses with wins.
DATE_FORMATS = (
    "%Y-%m-%dT%H:%M:%S.%f%z",
    "%Y-%m-%dT%H:%M:%S%z",
    "%Y-%m-%dT%H:%M:%S.%f",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M:%S.%f",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y",
    "%d.%m.%Y",
    "%d-%m-%Y",
    "%d %b %Y",
    "%b %d, %Y",
)
_DATE_SHAPE = re.compile(r"^\d{1,4}[-/. ]|^[A-Za-z]{3} \d")


def _values(values: Iterable[object]) -> list[str]:
    return [str(v).strip() for v in values if v is not None and str(v).strip() != ""]


def numbers_as_text(values: Iterable[object]) -> bool:
    """True when (nearly) every non-empty value is a number written as text."""
    vals = _values(values)
    if not vals:
        return False
    hits = sum(1 for v in vals if NUMBER.match(v))
    return hits >= MATCH_SHARE * len(vals)


def date_format(values: Iterable[object]) -> str | None:
    """The strftime format that (nearly) every non-empty value parses with, or None.

    Day-first and month-first are told apart by values: ``13/01/2024`` only parses day-first.
    """
    vals = _values(values)
    if not vals or not all(_DATE_SHAPE.match(v) for v in vals[:50]):
        return None
    need = MATCH_SHARE * len(vals)
    for fmt in DATE_FORMATS:
        ok = 0
        for seen, v in enumerate(vals, start=1):
            try:
                datetime.strptime(v, fmt)
                ok += 1
            except ValueError:
                if ok + len(vals) - seen < need:  # cannot reach the share any more
                    break
        if ok >= need:
            return fmt
    return None
