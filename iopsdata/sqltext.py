"""SQL text helpers: pretty-format and transpile between dialects with sqlglot.

These never execute anything. Deep nesting is refused before parsing (sqlglot's compiled parser can
crash the process on pathological input, FACTS.md).
"""

from __future__ import annotations

from typing import Any

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
    """Lay out ``sql`` (line breaks, indentation) without changing a single token.

    Formatting used to re-generate the statement from sqlglot's tree, which rewrote what the user
    wrote: ``x IS NOT NULL`` became ``NOT x IS NULL``, ``a::int`` became ``CAST(a AS INT)``,
    ``IFNULL`` became ``COALESCE``, ``--`` comments became ``/* */`` and keywords changed case.
    Now only whitespace changes (sqlparse's re-indent), and the result is checked token by token
    against the input; anything else keeps the text as it was.

    Raises:
        QueryFailed: the text does not parse in ``dialect`` (the message says where).
    """
    import sqlparse

    transpile(sql, dialect, dialect)  # the same parse errors as before, and the depth check
    laid_out = sqlparse.format(sql, reindent=True, keyword_case=None, identifier_case=None)
    return laid_out if _same_tokens(sql, laid_out, dialect) else sql


def _same_tokens(a: str, b: str, dialect: str | None) -> bool:
    """True when two texts differ only in whitespace: same tokens, same comments, in order."""
    from sqlglot.dialects.dialect import Dialect

    reader = Dialect.get_or_raise(dialect or "")

    def tokens(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
        return [
            (t.token_type.name, t.text, tuple(c.strip() for c in t.comments))
            for t in reader.tokenize(text)
        ]

    try:
        return tokens(a) == tokens(b)
    except Exception:  # a text the tokenizer cannot read is left as the user wrote it
        return False


# Dialects that refuse ``GROUP BY 1`` (SQL Server, Oracle): positions become the expressions.
_NO_POSITIONAL_GROUP_BY = frozenset({"tsql", "oracle"})


# Dialects without ``agg(...) FILTER (WHERE ...)``: it becomes ``agg(CASE WHEN ... THEN x END)``.
_NO_AGGREGATE_FILTER = frozenset(
    {"mysql", "tsql", "oracle", "bigquery", "snowflake", "redshift", "teradata", "hive"}
)


def _filter_to_case(tree: Any) -> Any:
    """Rewrite aggregate FILTER clauses as CASE inside the aggregate (same result: aggregates
    skip NULLs, and ``count(*)`` counts the rows where the CASE gives 1)."""
    from sqlglot import exp

    for node in list(tree.find_all(exp.Filter)):
        agg, where = node.this, node.expression
        if not isinstance(agg, exp.AggFunc) or not isinstance(where, exp.Where):
            continue
        arg = agg.this
        value = exp.Literal.number(1) if arg is None or isinstance(arg, exp.Star) else arg
        if isinstance(value, exp.Distinct) and len(value.expressions) != 1:
            continue  # count(DISTINCT a, b): left as written
        inner = value.expressions[0] if isinstance(value, exp.Distinct) else value
        case = exp.Case(ifs=[exp.If(this=where.this.copy(), true=inner.copy())])
        new = agg.copy()
        if isinstance(value, exp.Distinct):
            new.set("this", exp.Distinct(expressions=[case]))
        else:
            new.set("this", case)
        node.replace(new)
    return tree


def _expand_positions(tree: Any, *, group_by: bool) -> Any:
    """Replace ``ORDER BY 2`` (and, with ``group_by``, ``GROUP BY 1``) with the select-list
    items they point at.

    GROUP BY gets the expression itself (SQL Server groups by expressions, never by output
    names); ORDER BY gets the item's alias when it has one, else the expression. Named ORDER BY
    items also let sqlglot emulate another dialect's NULL ordering (MySQL sorts NULLs first), which
    it refuses to do for positions.
    """
    from sqlglot import exp

    for select in tree.find_all(exp.Select):
        items = select.expressions

        def item(
            node: exp.Expression, *, alias_ok: bool, items: list[Any] = items
        ) -> exp.Expression | None:
            if not (isinstance(node, exp.Literal) and node.is_int):
                return None
            n = int(node.name)
            if not 1 <= n <= len(items) or isinstance(items[n - 1], exp.Star):
                return None
            chosen = items[n - 1]
            if isinstance(chosen, exp.Alias):
                return exp.column(chosen.alias, quoted=True) if alias_ok else chosen.this.copy()
            return chosen.copy()

        group = select.args.get("group")
        if group is not None and group_by:
            group.set(
                "expressions",
                [item(e, alias_ok=False) or e for e in group.expressions],
            )
        order = select.args.get("order")
        if order is not None:
            for ordered in order.expressions:
                if (new := item(ordered.this, alias_ok=True)) is not None:
                    ordered.set("this", new)
    return tree


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
        trees = [t for t in sqlglot.parse(sql, read=read) if t is not None]
        if write != read:
            group_by = write in _NO_POSITIONAL_GROUP_BY
            trees = [_expand_positions(t, group_by=group_by) for t in trees]
        if write in _NO_AGGREGATE_FILTER and read != write:
            trees = [_filter_to_case(t) for t in trees]
        out = [
            t.sql(dialect=write, pretty=True, unsupported_level=sqlglot.ErrorLevel.RAISE)
            for t in trees
        ]
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
