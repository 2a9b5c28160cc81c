"""Safe display names, storage names and SQL table names derived from whatever the browser sent."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

MAX_NAME = 120
_RESERVED = {"select", "from", "where", "table", "order", "group", "join", "limit", "files", "view"}


def safe_filename(name: str) -> str:
    """The last path component of ``name`` without control characters; never empty.

    Browsers may send ``C:\\Users\\me\\data.csv`` or ``../../etc/passwd``: only the final part is
    kept, so a name can never address a folder.
    """
    cleaned = "".join(ch for ch in str(name) if unicodedata.category(ch)[0] != "C")
    base = re.split(r"[\\/]", cleaned)[-1].strip().strip(".").strip()
    base = re.sub(r"\s+", " ", base)
    if not base:
        base = "upload"
    if len(base) > MAX_NAME:
        stem, dot, ext = base.rpartition(".")
        base = (
            (stem[: MAX_NAME - len(ext) - 1] + "." + ext)
            if dot and len(ext) <= 10
            else base[:MAX_NAME]
        )
    return base


def storage_name(name: str) -> str:
    """An ASCII-only variant of :func:`safe_filename` for blob keys (any storage backend)."""
    base = safe_filename(name)
    ascii_name = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
    ascii_name = re.sub(r"[^A-Za-z0-9._-]+", "_", ascii_name).strip("._")
    return ascii_name or "upload"


def table_name(name: str, taken: Iterable[str] = ()) -> str:
    """A lowercase snake_case SQL identifier for a file, unique among ``taken``.

    ``"Sales 2024 (final).csv"`` → ``sales_2024_final``; a second one → ``sales_2024_final_2``.
    """
    stem = safe_filename(name)
    if "." in stem:
        stem = stem.rsplit(".", 1)[0]
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    ident = re.sub(r"[^a-z0-9]+", "_", ascii_stem.lower()).strip("_")[:60].rstrip("_")
    if not ident:
        ident = "file"
    if ident[0].isdigit() or ident in _RESERVED:
        ident = f"t_{ident}"
    used = {t.lower() for t in taken}
    candidate, n = ident, 2
    while candidate in used:
        candidate, n = f"{ident}_{n}", n + 1
    return candidate
