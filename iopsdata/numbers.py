"""One number format for every figure the app writes as text (profiles, metrics, captions).

Why: each view used to format on its own — ``f"{v:,.4g}"`` turned a file's 25,000.0 into
``2.5e+04`` while a database's integer showed ``2,500``. Here: thousands separators of the
reader's locale, no scientific notation below 1e15, and a precision that depends on the size.
The result grid uses the browser's own locale formatting (``NumberColumn(format="localized")``),
which follows the same rules.
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Any

SCIENTIFIC_FROM = 1e15
# (thousands, decimal) separators by language; anything else reads like English
_SEPARATORS = {
    "en": (",", "."),
    "de": (".", ","),
    "es": (".", ","),
    "it": (".", ","),
    "nl": (".", ","),
    "pt": (".", ","),
    "da": (".", ","),
    "id": (".", ","),
    "tr": (".", ","),
    "fr": ("\u202f", ","),
    "sv": ("\u00a0", ","),
    "nb": ("\u00a0", ","),
    "fi": ("\u00a0", ","),
    "pl": ("\u00a0", ","),
    "ru": ("\u00a0", ","),
    "cs": ("\u00a0", ","),
    "uk": ("\u00a0", ","),
    "de-ch": ("\u2019", "."),
}


def separators(locale: str | None) -> tuple[str, str]:
    """Thousands and decimal separators for a BCP 47 tag such as ``en-US`` or ``de-DE``."""
    tag = (locale or "en").replace("_", "-").lower()
    return _SEPARATORS.get(tag) or _SEPARATORS.get(tag.split("-")[0]) or _SEPARATORS["en"]


def _decimals(x: float) -> int:
    """Digits after the point: 2 from 1,000 on, 4 from 1 on, 4 significant digits below 1."""
    ax = abs(x)
    if ax >= 1000:
        return 2
    if ax >= 1 or ax == 0:
        return 4
    return min(12, 3 - math.floor(math.log10(ax)))


def format_number(value: Any, locale: str | None = None) -> str:
    """``value`` as the app writes numbers; non-numbers come back as ``str(value)``, None as "".

    >>> format_number(25000.0), format_number(2500), format_number(0.000123456)
    ('25,000', '2,500', '0.0001235')
    """
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return str(value)
    thousands, point = separators(locale)
    if isinstance(value, int):
        text = f"{value:,}"
    else:
        x = float(value)
        if not math.isfinite(x):
            return str(x)
        if abs(x) >= SCIENTIFIC_FROM:
            return f"{x:.3e}".replace(".", point)
        text = f"{x:,.{_decimals(x)}f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        if text in ("-0", ""):
            text = "0"
    return text.replace(",", "\0").replace(".", point).replace("\0", thousands)


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``"1 row"``, ``"2 rows"``, ``"10,000 rows"``: a count with its noun in the right number."""
    return f"{n:,} {noun if n == 1 else (plural or noun + 's')}"
