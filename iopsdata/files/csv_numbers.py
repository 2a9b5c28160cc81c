"""How a CSV writes its numbers: DuckDB's decimal point, or a decimal comma (``335,32``) with or
without points between thousands (``1.234,56``), as spreadsheets in most of Europe export them.

DuckDB's sniffer only knows the decimal point, so without this such amounts load as text and cannot
be summed. Used by ``iopsdata.files.ingest`` before it converts a CSV to Parquet.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: ``read_csv`` options and their parameters for (decimal comma, points between thousands).
ReadOptions = Callable[[bool, bool], tuple[str, list[Any]]]

# A value like 1,5 or -1234,56 in a ';'- or tab-separated line: numbers written with a decimal
# comma, as spreadsheets in most of Europe export them.
_COMMA_NUMBER = re.compile(rb"(?:^|[;\t|])\s*\"?-?\d+,\d+\"?\s*(?=[;\t|\r\n]|$)", re.M)
_NUMERIC = ("DOUBLE", "FLOAT", "DECIMAL", "BIGINT", "INTEGER", "HUGEINT", "SMALLINT", "TINYINT")


# A number grouped in thousands with points and a decimal comma, "1.234,56" or "-12.345.678,00":
# written so only where the decimal separator is a comma.
_GROUPED_NUMBER = re.compile(
    rb"(?:^|[;\t|])\s*\"?-?\d{1,3}(?:\.\d{3})+,\d+\"?\s*(?=[;\t|\r\n]|$)", re.M
)
# What a value of a column read with thousands='.' may look like wherever it holds a point: DuckDB
# drops every point in such a column, so "1.5" (a version, a point decimal) would read as 15.
_GROUPED_VALUE = r"^\s*[-+]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?\s*$"


@dataclass(frozen=True)
class Numbers:
    """How a CSV writes its numbers: DuckDB's default (points), or a decimal comma with or
    without points between thousands; ``text`` are columns kept as text in the latter reading."""

    comma: bool = False
    thousands: bool = False
    text: tuple[str, ...] = ()


def number_style(
    con: Any, src: Path, types: list[tuple[Any, ...]], options: ReadOptions
) -> Numbers:
    """Whether the file writes numbers with a decimal comma ("335,32" in a ';'-separated file),
    and points between thousands ("1.234,56").

    DuckDB sniffs only the decimal point, so such a column loaded as text: a European export's
    amounts could not be summed. When text columns exist and the file's first 64 KB hold a
    comma-decimal value, the file is sniffed again with ``decimal_separator=','`` (and, when a
    grouped value such as "1.234,56" is there too, with ``thousands='.'``). A reading is kept only
    if it turns some text column into numbers and no numeric column into text (a file whose
    numbers use points keeps them). With ``thousands='.'`` DuckDB drops every point of a numeric
    column, so each such column is checked over the whole file: one value with a point that is not
    thousands grouping ("1.5", "2.0.1") keeps the column as text, its values as written.
    """
    import duckdb

    plain = {str(t[0]): str(t[1]) for t in types}
    if "VARCHAR" not in plain.values():
        return Numbers()
    with open(src, "rb") as fh:
        head = fh.read(1 << 16)
    grouped = bool(_GROUPED_NUMBER.search(head))
    if not grouped and not _COMMA_NUMBER.search(head):
        return Numbers()

    def reading(thousands: bool) -> dict[str, str] | None:
        opts, params = options(True, thousands)
        try:
            again = con.execute(f"DESCRIBE SELECT * FROM read_csv(?, {opts})", [str(src), *params])
        except duckdb.Error:  # that reading does not work: keep the plain one
            return None
        found = {str(r[0]): str(r[1]) for r in again.fetchall()}
        return found if set(found) == set(plain) else None

    def gains(read: dict[str, str]) -> int:
        """Text columns the reading makes numeric; -1 when it makes a numeric column text."""
        if any(_numeric(plain[c]) and not _numeric(read[c]) for c in plain):
            return -1
        return sum(plain[c] == "VARCHAR" and _numeric(read[c]) for c in plain)

    comma = reading(thousands=False)
    gained = gains(comma) if comma is not None else 0
    best = Numbers(comma=True) if gained > 0 else Numbers()
    if grouped and (both := reading(thousands=True)) is not None:
        numeric = [c for c in plain if _numeric(both[c])]
        text = _not_grouped(con, src, numeric, options(False, False))
        read = {c: "VARCHAR" if c in text else kind for c, kind in both.items()}
        if gains(read) > max(gained, 0):
            best = Numbers(comma=True, thousands=True, text=tuple(text))
    return best


def _numeric(kind: str) -> bool:
    return kind.startswith(_NUMERIC)


def _not_grouped(
    con: Any, src: Path, columns: list[str], plain: tuple[str, list[Any]]
) -> list[str]:
    """Of ``columns``, those holding a value with a point that is not thousands grouping."""
    if not columns:
        return []
    opts, params = plain
    checks = ", ".join(
        f"count(*) FILTER (WHERE {_name(c)} LIKE '%.%' AND NOT regexp_full_match({_name(c)}, ?))"
        for c in columns
    )
    counts = con.execute(
        f"SELECT {checks} FROM read_csv(?, {opts}, all_varchar=true)",
        [_GROUPED_VALUE] * len(columns) + [str(src), *params],
    ).fetchone()
    return [c for c, n in zip(columns, counts, strict=True) if n]


def _name(column: str) -> str:
    return '"' + column.replace('"', '""') + '"'
