"""SQL text helpers: pretty-format and transpile between dialects with sqlglot.

These never execute anything. Deep nesting is refused before parsing (sqlglot's compiled parser can
crash the process on pathological input, FACTS.md).
"""

from __future__ import annotations

from iopsdata.errors import IopsError, QueryFailed

MAX_DEPTH = 40


def _check_depth(sql: str) -> None:
    depth = deepest = 0
    for ch in sql:
        if ch == "(":
            depth += 1
            deepest = max(deepest, depth)
        elif ch == ")":
            depth -= 1
    if deepest > MAX_DEPTH:
        raise QueryFailed(
            f"The SQL nests brackets {deepest} deep; at most {MAX_DEPTH} are supported here.",
            title="SQL too deeply nested",
        )


def _dialect(name: str | None) -> str:
    from sqlglot.dialects.dialect import Dialect

    try:
        Dialect.get_or_raise(name or "")
    except ValueError:
        raise IopsError(f"Unknown SQL dialect {name!r}.", title="Unknown dialect") from None
    return name or ""


def format_sql(sql: str, dialect: str | None = None) -> str:
    """Pretty-print every statement of ``sql`` in ``dialect``. Raises QueryFailed if it does not parse."""
    return transpile(sql, dialect, dialect)


def transpile(sql: str, from_dialect: str | None, to_dialect: str | None) -> str:
    """Rewrite ``sql`` from one dialect into another, pretty-printed; statements joined by ``;``.

    Raises:
        QueryFailed: the text does not parse in ``from_dialect`` (the message says where).
        IopsError: an unknown dialect name.
    """
    import sqlglot
    from sqlglot.errors import ParseError, TokenError, UnsupportedError

    _check_depth(sql)
    read, write = _dialect(from_dialect), _dialect(to_dialect)
    try:
        out = sqlglot.transpile(
            sql, read=read, write=write, pretty=True, unsupported_level=sqlglot.ErrorLevel.RAISE
        )
    except ParseError as exc:
        first = exc.errors[0] if exc.errors else {}
        where = (
            f" (line {first.get('line')}, column {first.get('col')})" if first.get("line") else ""
        )
        raise QueryFailed(
            f"The SQL could not be parsed as {read or 'generic'} SQL{where}: {first.get('description') or exc}",
            title="SQL could not be parsed",
        ) from None
    except TokenError as exc:
        raise QueryFailed(
            f"The SQL could not be read: {exc}", title="SQL could not be parsed"
        ) from None
    except UnsupportedError as exc:
        raise QueryFailed(
            f"This SQL cannot be written in {write}: {exc}", title="Not supported in that dialect"
        ) from None
    except RecursionError:
        raise QueryFailed(
            "The SQL is too deeply nested to format.", title="SQL too deeply nested"
        ) from None
    return ";\n\n".join(out)
