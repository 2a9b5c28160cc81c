"""The one way to put untrusted text (names, values, comments, error messages, model replies)
into anything Streamlit renders as Markdown.

Streamlit renders Markdown in far more places than ``st.markdown``: captions, alerts, toasts,
expander, tab, status, button, checkbox, radio and segmented-control labels, widget labels, metric
labels and values, subheaders and ``st.write`` of a string. A data value such as
``![x](http://host/beacon.png)`` (or ``https:host/x.png`` with no slashes) placed there made every
viewer's browser fetch a remote image: a tracking and exfiltration beacon. ``esc`` makes any text
display literally; ``code`` puts it in an inline code span. Selectbox and multiselect options,
``st.code``, ``st.text`` and dataframe cells are plain text already and need neither.

Allowlist, not denylist: every ASCII punctuation character is backslash-escaped (CommonMark lets
any of them be escaped, and the escaped form displays as the character), so no link, image,
emphasis, directive (``:red[…]``, ``:material/…:``), math (``$``) or HTML construct can start.
GitHub's autolink literals (``www.x``, ``https://x``) are found after escapes are resolved, so a
word joiner (U+2060, invisible) is put after ``www`` and after a URL scheme to break them.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Iterator

_PUNCT = frozenset(string.punctuation)
_AUTOLINK = re.compile(r"(?i)\b(www|https?|ftp|mailto|xmpp)(?=\\[.:])")
_WORD_JOINER = "\u2060"
_BACKTICKS = re.compile(r"`+")
_TAIL_WORD = re.compile(r"\w*\Z")


def esc(value: object) -> str:
    """``value`` as Markdown that displays exactly its text (no link, image, HTML or styling)."""
    text = "".join("\\" + ch if ch in _PUNCT else ch for ch in str(value))
    return _AUTOLINK.sub(lambda m: m.group(1) + _WORD_JOINER, text)


def code(value: object) -> str:
    """``value`` as an inline code span (literal by definition), whatever backticks it holds."""
    text = str(value).replace("\n", " ")
    if not text:
        return "` `"
    fence = "`" * (max((len(m) for m in _BACKTICKS.findall(text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or text.strip() == "" else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def codes(values: object, sep: str = ", ") -> str:
    """Each item of ``values`` as an inline code span, joined by ``sep``."""
    return sep.join(code(v) for v in values)  # type: ignore[attr-defined]


def esc_stream(chunks: Iterable[object]) -> Iterator[str]:
    """``esc`` over a stream of text (for ``st.write_stream``).

    A trailing word is held back until the next chunk, so ``www`` + ``.host`` or ``http`` +
    ``s://`` split across chunks is still caught by the autolink breaker.
    """
    pending = ""
    for chunk in chunks:
        text = pending + str(chunk)
        cut = _TAIL_WORD.search(text)
        start = cut.start() if cut else len(text)
        pending = text[start:]
        if start:
            yield esc(text[:start])
    if pending:
        yield esc(pending)


def trusted_md(text: str) -> str:
    """Mark ``text`` as Markdown written in this repository (a label or help from a constant
    table), never data. It returns ``text`` unchanged; it exists so the static check in
    tests/markup can tell reviewed Markdown from data, and so a reviewer can grep for it."""
    return text
