"""Safe parsing for lineage: depth pre-check, one tokenizer pass, per-statement text and line.

The compiled sqlglot parser can crash the whole process on deeply nested SQL, so nesting is
measured on the raw text before anything is parsed. Statements sqlglot refuses are handed to
``rescue``; dialect names are resolved by ``dialects``; boundaries beyond ``;`` come from ``blocks``.
"""

from __future__ import annotations

import logging
import re

from sqlglot import exp
from sqlglot.errors import ParseError, TokenError

from iopsdata.errors import LineageError
from iopsdata.lineage.block_heads import Chunk
from iopsdata.lineage.blocks import needs_blocks, split
from iopsdata.lineage.dialects import PARSE_RETRY, get_dialect
from iopsdata.lineage.fastparse import parser as cached_parser
from iopsdata.lineage.fastparse import split_at_semicolons, tokenize
from iopsdata.lineage.parsed import ParsedStatement, opaque
from iopsdata.lineage.prepare import STRIPPABLE, prepare
from iopsdata.lineage.rescue import rescue

MAX_DEPTH = 40
_PARENS = re.compile(r"[()]")
# sqlglot logs a warning for every statement it falls back to exp.Command for; we report that
# ourselves as ``partial``.
logging.getLogger("sqlglot").setLevel(logging.ERROR)


def check_depth(sql: str, limit: int = MAX_DEPTH) -> None:
    """Refuse SQL nested deeper than ``limit`` parentheses (strings and comments ignored).

    Raises:
        LineageError: naming the line and column where the limit is crossed.
    """
    if sql.count("(") <= limit:
        return
    stripped = STRIPPABLE.sub(lambda m: " " * len(m.group()), sql)
    depth = 0
    for match in _PARENS.finditer(stripped):
        depth += 1 if match.group() == "(" else -1
        if depth > limit:
            line, col = position(sql, match.start())
            raise LineageError(
                f"The SQL is nested more than {limit} parentheses deep (line {line}, column {col}); "
                "it is refused to protect the server.",
                hint="Flatten the deepest subqueries into CTEs.",
            )


def position(sql: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of a character offset."""
    line = sql.count("\n", 0, offset) + 1
    return line, offset - (sql.rfind("\n", 0, offset) + 1) + 1


def parse_script(sql: str, dialect: str | None) -> list[ParsedStatement]:
    """Parse every statement of ``sql``.

    Raises:
        LineageError: the SQL is too deep, cannot be tokenized or parsed; the message names the
            line and column.
    """
    check_depth(sql)
    d = get_dialect(dialect)
    sql = prepare(sql, dialect, d)
    try:
        tokens = tokenize(d, sql)
    except TokenError as exc:
        raise LineageError(_token_error_message(sql, exc)) from None
    retry = PARSE_RETRY.get(dialect or "")
    try:
        out = _parse_tokens(sql, tokens, dialect, soft=False)
    except LineageError:
        if retry is None:
            raise
        try:
            out = _parse_tokens(sql, get_dialect(retry).tokenize(sql), retry, soft=False)
        except (LineageError, TokenError):
            raise LineageError(f"The SQL could not be parsed as {dialect}.") from None
    if retry is not None:
        out = [_reparsed(st, retry) if isinstance(st.expression, exp.Command) else st for st in out]
    if not out:
        raise LineageError("There is no SQL statement to analyse.")
    if all(st.error for st in out):  # nothing could be read: the first error, not an empty answer
        raise LineageError(out[0].error or "The SQL could not be parsed.")
    return out


def _reparsed(st: ParsedStatement, dialect: str) -> ParsedStatement:
    """A statement kept as an opaque command, parsed again in the sibling dialect if it can."""
    try:
        exprs = get_dialect(dialect).parse(st.sql)
    except (ParseError, TokenError):
        return st
    if len(exprs) == 1 and exprs[0] is not None and not isinstance(exprs[0], exp.Command):
        return ParsedStatement(exprs[0], st.sql, st.line)
    return st


def _parse_tokens(
    sql: str,
    tokens: list,
    dialect: str | None,
    soft: bool,
    line_offset: int = 0,
    head: frozenset[str] | None = None,
) -> list[ParsedStatement]:
    d = get_dialect(dialect)
    if head or needs_blocks(sql, dialect):
        chunks, procedural = split(tokens, dialect, head)
        soft = soft or procedural
    else:
        chunks = [Chunk(part) for part in split_at_semicolons(sql, tokens)]
    parser = cached_parser(d)
    splittable = soft or dialect in ("tsql", "fabric")
    # In a script, one statement sqlglot cannot read (a vendor command, a typo) costs that
    # statement only: it is kept as a partial, unread statement and the rest is analysed.
    tolerant = sum(1 for c in chunks if c.tokens or c.text is not None) > 1
    out: list[ParsedStatement] = []
    for chunk in chunks:
        if chunk.text is not None:  # a procedure body written as a string: a script of its own
            try:
                inner = tokenize(d, chunk.text)
            except TokenError:
                continue
            out.extend(_parse_tokens(chunk.text, inner, dialect, True, chunk.line - 1, chunk.head))
        elif chunk.tokens:
            try:
                parsed = _parse_chunk(parser, sql, chunk.tokens, soft, splittable, line_offset)
            except LineageError as exc:
                if not tolerant or not exc.message.startswith(_UNPARSED):
                    raise
                kept = opaque(sql, chunk.tokens, line_offset)
                parsed = [ParsedStatement(kept.expression, kept.sql, kept.line, exc.message)]
            if soft and dialect not in ("tsql", "fabric"):
                for st in parsed:
                    _variables_into(st.expression)
            out.extend(parsed)
    return out


def _variables_into(node: exp.Expr) -> None:
    """In procedural SQL outside T-SQL, ``SELECT … INTO x`` fills variables: not a table."""
    if isinstance(node, exp.Select) and node.args.get("into") is not None:
        node.set("into", None)


_UNPARSED = "The SQL could not be parsed"


def _parse_chunk(
    parser, sql: str, chunk: list, soft: bool, splittable: bool, line_offset: int
) -> list[ParsedStatement]:
    """Parse one chunk; in T-SQL and procedure bodies a chunk that holds several statements
    without ``;`` is split where the parser stopped, and a statement it cannot read is kept as
    an opaque command (partial) instead of failing the whole script."""
    try:
        exprs = parser.parse(chunk, sql)
    except ParseError as exc:
        if rescued := rescue(parser, sql, chunk, line_offset):
            return rescued
        err = exc.errors[0] if exc.errors else {}
        at = next(
            (
                k
                for k, tok in enumerate(chunk)
                if tok.line == err.get("line") and tok.col == err.get("col")
            ),
            0,
        )
        if splittable and at > 0:
            try:
                head = _parse_chunk(parser, sql, chunk[:at], False, False, line_offset)
            except LineageError:
                head = []
            if head:
                return head + _parse_chunk(parser, sql, chunk[at:], soft, splittable, line_offset)
        if soft:
            return [opaque(sql, chunk, line_offset)]
        where = f"line {err.get('line', chunk[0].line)}, column {err.get('col', chunk[0].col)}"
        desc = err.get("description") or "syntax error"
        raise LineageError(f"{_UNPARSED} at {where}: {desc}.") from None
    except RecursionError:
        raise LineageError("The SQL is nested too deeply to analyse.") from None
    text = sql[chunk[0].start : chunk[-1].end + 1]
    line = chunk[0].line + line_offset
    if (
        len(exprs) == 1
        and isinstance(exprs[0], exp.Command)
        and (rescued := rescue(parser, sql, chunk, line_offset))
    ):
        return rescued
    return [ParsedStatement(e, text, line) for e in exprs if e is not None]


def _token_error_message(sql: str, exc: TokenError) -> str:
    match = re.search(r"Error tokenizing '(.*)'", str(exc), re.S)
    offset = (
        sql.find(match.group(1)) + len(match.group(1)) if match and match.group(1) in sql else -1
    )
    if offset < 0:
        return "The SQL could not be read (an unterminated string, quoted name or comment?)."
    line, col = position(sql, max(offset - 1, 0))
    return (
        f"The SQL could not be read near line {line}, column {col} "
        "(an unterminated string, quoted name or comment?)."
    )
