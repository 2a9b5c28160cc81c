"""The parsed-statement value every step of the analyser passes along.

It lives apart from ``parse`` so that ``rescue`` (the fallbacks ``parse`` calls) can build the
same values without importing ``parse`` back.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlglot import exp


@dataclass(frozen=True)
class ParsedStatement:
    expression: exp.Expr
    sql: str
    line: int
    error: str | None = None  # why a statement of a longer script could not be parsed


def opaque(sql: str, chunk: list, line_offset: int) -> ParsedStatement:
    """A chunk kept as an ``exp.Command`` (its verb and the rest as text): read as a command,
    never as a table statement."""
    text = sql[chunk[0].start : chunk[-1].end + 1]
    rest = sql[chunk[1].start : chunk[-1].end + 1] if len(chunk) > 1 else ""
    node = exp.Command(this=chunk[0].text.upper(), expression=exp.Literal.string(rest))
    return ParsedStatement(node, text, chunk[0].line + line_offset)
