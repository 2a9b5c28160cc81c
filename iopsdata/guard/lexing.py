"""Checks on the raw text and its tokens, done before the (recursive) parser ever runs.

The parser is the one part of the guard that can crash the process, so everything that can be
judged without it — size, executable comments, nesting depth, statement count — is judged here.
"""

from __future__ import annotations

import re

from sqlglot.dialects.dialect import Dialect
from sqlglot.dialects.mysql import MySQL
from sqlglot.errors import SqlglotError
from sqlglot.tokens import Token, TokenType

from iopsdata.errors import QueryRefused
from iopsdata.guard.rules import MAX_NESTING, MAX_SQL_CHARS

_EXECUTABLE_COMMENT = re.compile(r"/\*M?!", re.IGNORECASE)
_HINT = re.compile(r"/\*\+(.*?)(?:\*/|$)", re.DOTALL)
_HINT_NAME = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)\s*\(")
# MySQL 8 optimizer hints that only shape the plan. MAX_EXECUTION_TIME would replace the
# connection's time limit, SET_VAR changes session variables and RESOURCE_GROUP the thread's
# resources, so those (and any hint not listed) are refused. MariaDB 10.x reads hints as comments.
PLAN_HINTS = frozenset(
    [
        "BKA",
        "NO_BKA",
        "BNL",
        "NO_BNL",
        "DERIVED_CONDITION_PUSHDOWN",
        "NO_DERIVED_CONDITION_PUSHDOWN",
        "GROUP_INDEX",
        "NO_GROUP_INDEX",
        "HASH_JOIN",
        "NO_HASH_JOIN",
        "INDEX",
        "NO_INDEX",
        "INDEX_MERGE",
        "NO_INDEX_MERGE",
        "JOIN_FIXED_ORDER",
        "JOIN_ORDER",
        "JOIN_PREFIX",
        "JOIN_SUFFIX",
        "JOIN_INDEX",
        "NO_JOIN_INDEX",
        "MERGE",
        "NO_MERGE",
        "MRR",
        "NO_MRR",
        "NO_ICP",
        "NO_RANGE_OPTIMIZATION",
        "ORDER_INDEX",
        "NO_ORDER_INDEX",
        "QB_NAME",
        "SEMIJOIN",
        "NO_SEMIJOIN",
        "SKIP_SCAN",
        "NO_SKIP_SCAN",
        "SUBQUERY",
    ]
)
_HINT_REASONS = {
    "MAX_EXECUTION_TIME": "would replace this connection's time limit (set the limit in the "
    "connection's settings instead)",
    "SET_VAR": "changes session variables",
    "RESOURCE_GROUP": "changes the server thread's resource group",
}
_OPEN = frozenset({TokenType.L_PAREN, TokenType.L_BRACKET, TokenType.L_BRACE, TokenType.CASE})
_CLOSE = frozenset({TokenType.R_PAREN, TokenType.R_BRACKET, TokenType.R_BRACE, TokenType.END})
# Prefix operators recurse in the parser without any bracket: ``NOT NOT NOT … x``, ``- - - 1``.
_PREFIX = frozenset(
    {
        TokenType.NOT,
        TokenType.DASH,
        TokenType.PLUS,
        TokenType.TILDE,
        TokenType.INTERVAL,
        TokenType.EXISTS,
        TokenType.DISTINCT,
        TokenType.ALL,
        TokenType.ANY,
        TokenType.SOME,
    }
)


def check_raw(sql: str) -> None:
    """Refuse text that is empty, oversized, or hides MySQL/MariaDB executable comments.

    Raises:
        QueryRefused: with the reason.
    """
    if not sql or not sql.strip():
        raise QueryRefused("The query is empty.")
    if len(sql) > MAX_SQL_CHARS:
        raise QueryRefused(
            f"The query is too long to check safely (over {MAX_SQL_CHARS:,} characters)."
        )
    if "\x00" in sql:
        raise QueryRefused("The query contains a NUL character, which no database accepts.")
    # Checked on the raw text, strings included: MariaDB runs ``/*! … */`` as SQL while sqlglot
    # reads it as a comment, and no legitimate query needs one.
    if _EXECUTABLE_COMMENT.search(sql):
        raise QueryRefused(
            "MySQL/MariaDB executable comments (/*! … */) run hidden SQL and are not allowed."
        )


def check_hints(sql: str) -> None:
    """Refuse MySQL optimizer hints (``/*+ … */``) other than the plan-shaping ones.

    Read on the raw text, strings included, like executable comments: the server honours a hint
    wherever its grammar allows one, whatever sqlglot makes of it.

    Raises:
        QueryRefused: naming the hint and what it would do.
    """
    for body in _HINT.findall(sql):
        for name in _HINT_NAME.findall(body):
            word = name.upper()
            if word not in PLAN_HINTS:
                why = _HINT_REASONS.get(word, "is not a plan hint the guard knows")
                raise QueryRefused(f"The optimizer hint {word} {why} and is not allowed.")


def tokenize(sql: str, dialect: Dialect) -> list[Token]:
    """Tokenize with the connection's dialect, translating tokenizer errors into a refusal."""
    try:
        tokens = dialect.tokenize(sql)
    except SqlglotError as exc:
        raise QueryRefused(could_not_read(dialect, exc)) from None
    if not tokens:
        raise QueryRefused("The query is empty (it holds only comments).")
    return tokens


class _NoBackslashEscapes(MySQL.Tokenizer):
    """MySQL as read by a server in ``NO_BACKSLASH_ESCAPES`` mode, where ``\\`` is plain text."""

    STRING_ESCAPES = ["'", '"']


def check_backslash_ambiguity(sql: str, tokens: list[Token], dialect: Dialect) -> None:
    """Refuse MySQL text whose tokens change with the server's ``NO_BACKSLASH_ESCAPES`` mode.

    In that mode ``'\\'; DROP TABLE t; -- '`` is two statements, while the default reading (and
    sqlglot's) sees one string. The guard cannot know the server's mode, so both readings must
    agree.

    Raises:
        QueryRefused: when the two readings differ.
    """
    if "\\" not in sql:
        return
    try:
        other = _NoBackslashEscapes(dialect=dialect).tokenize(sql)
    except SqlglotError:
        other = []
    if [t.token_type for t in other] != [t.token_type for t in tokens]:
        raise QueryRefused(
            "A backslash in a string makes this query read differently depending on the "
            "server's NO_BACKSLASH_ESCAPES mode; write a quote inside a string as '' instead."
        )


def check_nesting(tokens: list[Token]) -> None:
    """Refuse nesting deeper than ``MAX_NESTING`` before the recursive parser sees it.

    Depth counts open brackets and CASE, plus the longest run of prefix operators at that depth,
    and the number of enclosing SELECTs: every one of them costs the parser a recursion level.

    Raises:
        QueryRefused: "The query is nested too deeply …".
    """
    depth = 0
    run = 0
    # One flag per open bracket: does that level hold a SELECT? Their sum is the subquery depth.
    frames: list[bool] = [False]
    select_depth = 0
    for token in tokens:
        kind = token.token_type
        if kind in _OPEN:
            depth += 1
            run = 0
            frames.append(False)
        elif kind in _CLOSE:
            depth = max(depth - 1, 0)
            run = 0
            if len(frames) > 1 and frames.pop():
                select_depth -= 1
        elif kind in _PREFIX:
            run += 1
        else:
            run = 0
            if kind == TokenType.SELECT and not frames[-1]:
                frames[-1] = True
                select_depth += 1
        if depth + run > MAX_NESTING or select_depth > MAX_NESTING:
            raise QueryRefused(
                f"The query is nested too deeply (over {MAX_NESTING} levels) to check safely."
            )


#: Text read ahead of the whole to find deep nesting early (see ``check_nesting_early``).
NESTING_PREFIX_CHARS = 16_384


def check_nesting_early(sql: str, dialect: Dialect) -> None:
    """Refuse deep nesting from the start of a long text, before tokenizing all of it.

    Tokenizing is linear in the text but not cheap: a 900 KB run of ``(SELECT `` took ~1 s to
    tokenize only to be refused at its 41st bracket. The tokenizer reads left to right, so the
    tokens of a prefix are the whole text's tokens up to the cut, except the last one, which the
    cut may have shortened; that one is dropped. ``check_nesting`` is a left-to-right count too,
    so a prefix it refuses is a text it refuses. This check can only refuse, never accept: a
    prefix that does not tokenize (a string cut open; three cuts are tried) or stays shallow
    leaves the verdict to the full check.

    Raises:
        QueryRefused: "The query is nested too deeply …".
    """
    if len(sql) <= 2 * NESTING_PREFIX_CHARS:
        return
    # A cut inside a string does not tokenize; cutting at the space before it usually does.
    end = NESTING_PREFIX_CHARS
    for _ in range(3):
        try:
            tokens = dialect.tokenize(sql[:end])
        except SqlglotError:
            end = sql.rfind(" ", 0, end - 1)
            if end <= 0:
                return
            continue
        check_nesting(tokens[:-1])
        return


def check_statement_count(tokens: list[Token]) -> list[Token]:
    """Refuse more than one statement; return the tokens without trailing semicolons."""
    end = len(tokens)
    while end and tokens[end - 1].token_type == TokenType.SEMICOLON:
        end -= 1
    if not end:
        raise QueryRefused("The query is empty.")
    if any(t.token_type == TokenType.SEMICOLON for t in tokens[:end]):
        raise QueryRefused("Only one statement can run at a time.")
    return tokens[:end]


def decode_unicode_identifiers(sql: str, tokens: list[Token]) -> str | None:
    """Rewrite PostgreSQL ``U&"\\0070g_read_file"`` identifiers as plain quoted identifiers.

    sqlglot 30 does not decode them, so without this a denied function could hide behind one.

    Returns:
        The rewritten text, or None when there is no such identifier.

    Raises:
        QueryRefused: on a malformed escape.
    """
    pieces: list[str] = []
    cursor = 0
    i = 0
    while i + 2 < len(tokens):
        u, amp, ident = tokens[i], tokens[i + 1], tokens[i + 2]
        if (
            u.text.upper() == "U"
            and amp.token_type == TokenType.AMP
            and ident.token_type == TokenType.IDENTIFIER
            and u.end + 1 == amp.start
            and amp.end + 1 == ident.start
        ):
            escape, end = "\\", ident.end
            nxt = tokens[i + 3] if i + 3 < len(tokens) else None
            if nxt is not None and nxt.text.upper() == "UESCAPE":
                lit = tokens[i + 4] if i + 4 < len(tokens) else None
                if lit is None or lit.token_type != TokenType.STRING or len(lit.text) != 1:
                    raise QueryRefused("A UESCAPE clause needs a single-character string.")
                escape, end = lit.text, lit.end
            name = _decode(sql[ident.start + 1 : ident.end].replace('""', '"'), escape)
            pieces.append(sql[cursor : u.start])
            pieces.append('"' + name.replace('"', '""') + '"')
            cursor = end + 1
            i += 3
            continue
        i += 1
    if not pieces:
        return None
    pieces.append(sql[cursor:])
    return "".join(pieces)


def _decode(body: str, escape: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch != escape:
            out.append(ch)
            i += 1
            continue
        if body[i + 1 : i + 2] == escape:
            out.append(escape)
            i += 2
            continue
        if body[i + 1 : i + 2] == "+":
            digits, i = body[i + 2 : i + 8], i + 8
        else:
            digits, i = body[i + 1 : i + 5], i + 5
        try:
            code = int(digits, 16)
            if not digits.isalnum() or code == 0 or code > 0x10FFFF:
                raise ValueError
            out.append(chr(code))
        except ValueError:
            raise QueryRefused('A Unicode-escaped identifier (U&"…") is malformed.') from None
    return "".join(out)


def could_not_read(dialect: Dialect, exc: Exception) -> str:
    name = type(dialect).__name__
    detail = str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__
    return f"The query could not be read as {name} SQL, so it cannot be checked: {detail}"
