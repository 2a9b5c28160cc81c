"""``check_sql``: the one entry point of the guard, and the ``GuardVerdict`` it returns."""

from __future__ import annotations

import logging
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from difflib import get_close_matches
from functools import cache
from itertools import pairwise

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import ParseError, SqlglotError
from sqlglot.tokens import Token, TokenType

from iopsdata.errors import QueryFailed, QueryRefused
from iopsdata.guard import lexing
from iopsdata.guard.allowlist import allowlist_for
from iopsdata.guard.functions import check_functions
from iopsdata.guard.keywords import (
    EXPLAIN_OPTION_WORDS,
    READ_STARTS,
    STATEMENT_REASONS,
    TRANSACTION_WORDS,
    WRITE_STARTS,
)
from iopsdata.guard.rules import MAX_NESTING, DialectRules, rules_for
from iopsdata.guard.statements import check_inside, classify

log = logging.getLogger(__name__)
_WORD = re.compile(r"^[A-Za-z_][A-Za-z0-9_$]*$")


@dataclass(frozen=True)
class GuardVerdict:
    """An allowed statement.

    Attributes:
        statement: the parsed statement (for EXPLAIN, the statement being explained).
        kind: "select", "show", "describe", "explain", "summarize", "pragma", or for writes
            "insert", "update", "delete", "merge", "create", "drop", "alter".
        is_write: True when running it changes data (audit it).
        tables: tables named in the statement, as written (CTE names left out).
    """

    statement: exp.Expression
    kind: str
    is_write: bool
    tables: tuple[str, ...]


def check_sql(
    sql: str,
    dialect: str,
    *,
    allow_writes: bool = False,
    allowed_paths: Sequence[str] = (),
    allowed_functions: Collection[str] = (),
) -> GuardVerdict:
    """Decide whether one statement may run on a connection.

    Args:
        sql: the text exactly as it will be sent to the database.
        dialect: sqlglot dialect name ("postgres", "mysql", "sqlite", "duckdb", …); engines
            without their own rules get the generic rules (every family's denylist).
        allow_writes: the connection opted in to writes (INSERT/UPDATE/DELETE/MERGE and
            CREATE/DROP/ALTER of tables, views, indexes, schemas, sequences).
        allowed_paths: folders whose files DuckDB file readers may read.
        allowed_functions: functions the connection's owner allowed beyond the engine's
            allowlist (lower case, ``schema.name`` for a qualified one).

    Returns:
        The verdict for an allowed statement.

    Raises:
        QueryRefused: the statement may not run; ``message`` says why in plain words.
        QueryFailed: the text is not SQL the parser can read (title "Syntax error", with the
            line and column).
    """
    try:
        extra = frozenset(f.strip().lower() for f in allowed_functions if f.strip())
        return _check(sql, dialect, allow_writes, tuple(allowed_paths), extra)
    except (QueryRefused, QueryFailed):  # a refusal, or a syntax error with line and column
        raise
    except RecursionError:
        raise QueryRefused(
            f"The query is nested too deeply (over {MAX_NESTING} levels) to check safely."
        ) from None
    except Exception:  # fail closed: a guard that cannot decide refuses
        log.warning("guard could not check a statement", exc_info=True)
        raise QueryRefused("The query could not be checked, so it is not allowed.") from None


def _check(
    sql: str,
    dialect: str,
    allow_writes: bool,
    allowed_paths: tuple[str, ...],
    extra: frozenset[str],
) -> GuardVerdict:
    if not isinstance(sql, str):
        raise QueryRefused("The query must be text.")
    engine = _engine(dialect)
    rules = rules_for(dialect)
    lexing.check_raw(sql)
    lexing.check_nesting_early(sql, engine)
    tokens = lexing.tokenize(sql, engine)
    lexing.check_nesting(tokens)
    if rules.family == "mysql":
        lexing.check_backslash_ambiguity(sql, tokens, engine)
        lexing.check_hints(sql)
    decoded = lexing.decode_unicode_identifiers(sql, tokens)
    if decoded is not None:
        sql = decoded
        tokens = lexing.tokenize(sql, engine)
    tokens = lexing.check_statement_count(tokens)
    _check_keywords(tokens)

    first = tokens[0].text.upper()
    if first in {"EXPLAIN", "SHOW"} and len(tokens) > 1:
        # Some dialects tokenize everything after EXPLAIN/SHOW as one string: read it again.
        rest = sql[tokens[0].end + 1 :]
        if first == "EXPLAIN":
            rest_tokens = lexing.tokenize(rest, engine)
            lexing.check_nesting(rest_tokens)
            rest_tokens = lexing.check_statement_count(rest_tokens)
            return _explain(rest, rest_tokens, dialect, rules, allow_writes, allowed_paths, extra)
        if rules.family == "postgres":
            return _postgres_show(rest, lexing.tokenize(rest, engine))
    if first == "PRAGMA":
        _check_pragma(tokens, rules)
    else:
        _check_first_word(tokens[0], allow_writes)

    statement = _parse(sql, tokens, engine)
    kind, is_write = classify(statement) if first != "PRAGMA" else ("pragma", False)
    if is_write and not allow_writes:
        raise QueryRefused(f"This connection is read-only: {kind.upper()} changes data.")
    nested_write = check_inside(statement, allow_writes=allow_writes)
    if rules.family == "mysql" and statement.find(exp.PropertyEQ) is not None:
        # ``@a := 1`` sets a user variable that outlives the statement on a pooled connection
        raise QueryRefused("Assigning a variable (:=) changes session state and is not allowed.")
    check_functions(
        statement, rules, allowed_paths, sql=sql, allowlist=allowlist_for(dialect), extra=extra
    )
    return GuardVerdict(statement, kind, is_write or nested_write, _tables(statement))


@cache
def _engine(dialect: str) -> Dialect:
    try:
        return Dialect.get_or_raise(dialect or None)
    except (ValueError, SqlglotError):
        raise QueryRefused(f"The SQL dialect {dialect!r} is not known to the guard.") from None


def _parse(sql: str, tokens: list[Token], engine: Dialect) -> exp.Expression:
    try:
        statements = [s for s in engine.parser().parse(tokens, sql) if s is not None]
    except ParseError as exc:
        raise syntax_error(exc) from None
    except SqlglotError as exc:
        raise QueryRefused(lexing.could_not_read(engine, exc)) from None
    if len(statements) != 1:
        raise QueryRefused("Only one statement can run at a time.")
    statement = statements[0]
    if not isinstance(statement, exp.Expression):
        raise QueryRefused("The query could not be checked, so it is not allowed.")
    return statement


def _check_keywords(tokens: list[Token]) -> None:
    for prev, token in pairwise(tokens):
        if prev.text.upper() == "INTO" and token.text.upper() in {"OUTFILE", "DUMPFILE"}:
            raise QueryRefused(
                f"INTO {token.text.upper()} writes a file on the database server and is not allowed."
            )


def syntax_error(exc: ParseError) -> QueryFailed:
    """A parse failure as the user's error: a syntax error with line and column, not a refusal
    (nothing ran, and nothing was judged unsafe: the text is simply not SQL the parser reads)."""
    detail = exc.errors[0] if exc.errors else {}
    where = f"Line {detail['line']}, column {detail['col']}: " if "line" in detail else ""
    what = str(detail.get("description") or "the statement could not be read")
    near = str(detail.get("highlight") or "").strip()
    return QueryFailed(
        f"{where}{what}" + (f" (near {near!r})." if near else "."), title="Syntax error"
    )


def _check_first_word(token: Token, allow_writes: bool) -> None:
    first = token.text.upper()
    if first in TRANSACTION_WORDS:
        raise QueryRefused(f"Transaction control is managed by iOpsData; {first} is not allowed.")
    if first in STATEMENT_REASONS:
        raise QueryRefused(STATEMENT_REASONS[first])
    if first in WRITE_STARTS:
        if not allow_writes:
            raise QueryRefused(f"This connection is read-only: {first} changes data.")
        return
    if first not in READ_STARTS and token.token_type in (TokenType.VAR, TokenType.IDENTIFIER):
        # a word no SQL statement starts with (SELEC, FORM…): a typo, not an unsafe statement
        close = get_close_matches(first, sorted(READ_STARTS | WRITE_STARTS), n=1)
        raise QueryFailed(
            f"Line {token.line}, column {token.col - len(token.text) + 1}: "
            f"{token.text!r} does not start an SQL statement"
            + (f" (did you mean {close[0]}?)." if close else "."),
            title="Syntax error",
        )
    if first not in READ_STARTS:
        raise QueryRefused(
            f"{first} statements are not allowed: only reading statements "
            "(SELECT, WITH, VALUES, EXPLAIN, SHOW, DESCRIBE) can run here."
        )


def _explain(
    sql: str,
    tokens: list[Token],
    dialect: str,
    rules: DialectRules,
    allow_writes: bool,
    allowed_paths: tuple[str, ...],
    extra: frozenset[str],
) -> GuardVerdict:
    options, i = _explain_options(tokens)
    analyze = bool({"ANALYZE", "ANALYSE"} & set(options))
    if analyze and rules.family == "postgres":
        raise QueryRefused(
            "EXPLAIN ANALYZE runs the statement on PostgreSQL and is not allowed; use EXPLAIN."
        )
    if i >= len(tokens):
        raise QueryRefused("EXPLAIN needs a statement to explain.")
    if tokens[i].text.upper() == "EXPLAIN":
        raise QueryRefused("EXPLAIN cannot explain another EXPLAIN.")
    rest = tokens[i:]
    names = {TokenType.DOT, TokenType.VAR, TokenType.IDENTIFIER}
    if rules.family == "mysql" and all(t.token_type in names for t in rest):
        # MySQL ``EXPLAIN tbl`` is DESCRIBE tbl.
        return check_sql("DESCRIBE " + sql[rest[0].start :], dialect)
    inner = check_sql(
        sql[rest[0].start :],
        dialect,
        allow_writes=allow_writes,
        allowed_paths=allowed_paths,
        allowed_functions=extra,
    )
    if inner.kind not in {"select", "insert", "update", "delete", "merge", "create"}:
        raise QueryRefused(f"EXPLAIN cannot be used with a {inner.kind.upper()} statement here.")
    return GuardVerdict(inner.statement, "explain", analyze and inner.is_write, inner.tables)


def _explain_options(tokens: list[Token]) -> tuple[list[str], int]:
    options: list[str] = []
    i = 0
    if i < len(tokens) and tokens[i].token_type == TokenType.L_PAREN:
        depth = 0
        while i < len(tokens):
            kind = tokens[i].token_type
            depth += (kind == TokenType.L_PAREN) - (kind == TokenType.R_PAREN)
            options.append(tokens[i].text.upper())
            i += 1
            if depth == 0:
                break
    while i < len(tokens) and tokens[i].text.upper() in EXPLAIN_OPTION_WORDS:
        word = tokens[i].text.upper()
        options.append(word)
        i += 1
        if word == "FORMAT" and i < len(tokens):
            if tokens[i].token_type == TokenType.EQ:
                i += 1
            if i < len(tokens):
                options.append(tokens[i].text.upper())
                i += 1
    return options, i


def _postgres_show(sql: str, tokens: list[Token]) -> GuardVerdict:
    rest = lexing.check_statement_count(tokens)
    if not rest or not all(t.token_type == TokenType.DOT or _WORD.match(t.text) for t in rest):
        raise QueryRefused("SHOW takes only a setting name here (for example SHOW search_path).")
    text = sql[rest[0].start : rest[-1].end + 1]
    return GuardVerdict(
        exp.Command(this="SHOW", expression=exp.Literal.string(text)), "show", False, ()
    )


def _check_pragma(tokens: list[Token], rules: DialectRules) -> None:
    if not rules.pragmas:
        raise QueryRefused(STATEMENT_REASONS["PRAGMA"])
    words = tokens[1:]
    if len(words) >= 2 and words[1].token_type == TokenType.DOT:
        words = words[2:]  # schema-qualified: PRAGMA main.table_info(t)
    name = words[0].text.lower() if words else ""
    args = words[1:]
    shape_ok = not args or (
        len(args) == 3
        and args[0].token_type == TokenType.L_PAREN
        and args[2].token_type == TokenType.R_PAREN
        and args[1].token_type in {TokenType.VAR, TokenType.IDENTIFIER, TokenType.STRING}
    )
    if name not in rules.pragmas or not shape_ok:
        allowed = ", ".join(sorted(rules.pragmas))
        raise QueryRefused(
            f"PRAGMA {name or '(none)'} is not allowed in this form: only reading pragmas "
            f"({allowed}) with one table or index name can run."
        )


def _tables(statement: exp.Expression) -> tuple[str, ...]:
    ctes: set[str] = set()
    tables: list[exp.Table] = []
    for node in statement.walk():  # one pass: CTE names and table references
        if isinstance(node, exp.CTE):
            ctes.add(node.alias_or_name.lower())
        elif isinstance(node, exp.Table) and isinstance(node.this, exp.Identifier):
            tables.append(node)
    seen: dict[str, None] = {}
    for table in tables:
        if not table.db and not table.catalog and table.name.lower() in ctes:
            continue
        seen.setdefault(".".join(p for p in (table.catalog, table.db, table.name) if p), None)
    return tuple(seen)
