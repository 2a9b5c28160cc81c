"""Lookups in one SELECT's own clauses that the column tracer (``columns``) needs: the UNNEST
offsets, the sources joined ``USING`` a column, ClickHouse ``ARRAY JOIN`` aliases and ``WINDOW``
definitions. Moved out of ``columns`` so that module stays about tracing scopes.
"""

from __future__ import annotations

from sqlglot import exp


def _unnest_offsets(select: exp.Expr) -> dict[str, exp.Unnest]:
    """``{offset name: UNNEST}`` for the UNNESTs in FROM/JOIN with ``WITH OFFSET AS name``."""
    joins = select.args.get("joins") if isinstance(select, exp.Select) else None
    from_ = select.args.get("from_") if isinstance(select, exp.Select) else None
    items = [from_.this] if from_ is not None else []
    items.extend(j.this for j in joins or [])
    out: dict[str, exp.Unnest] = {}
    for item in items:
        offset = item.args.get("offset") if isinstance(item, exp.Unnest) else None
        if isinstance(offset, exp.Identifier):
            out[offset.name.lower()] = item
    return out


def _using_sources(select: exp.Expr, name: str) -> set[str]:
    """Sources joined ``USING (name)``: the FROM source and each table joined on that column."""
    out: set[str] = set()
    lower = name.lower()
    joins = select.args.get("joins") if isinstance(select, exp.Select) else None
    for join in joins or []:
        if any(u.name.lower() == lower for u in join.args.get("using") or []):
            out.add(join.this.alias_or_name)
            from_ = select.args.get("from_")
            if from_ is not None:
                out.add(from_.this.alias_or_name)
    return out


def _array_join_alias(node: exp.Expr, name: str) -> exp.Expr | None:
    """The array an ``ARRAY JOIN arr AS name`` unnests, or None."""
    low = name.lower()
    for join in node.args.get("joins") or []:
        if join.args.get("kind") == "ARRAY":
            for item in [join.this, *join.expressions]:
                if isinstance(item, exp.Alias) and item.alias.lower() == low:
                    inner = {c.name.lower() for c in item.this.find_all(exp.Column)}
                    return None if low in inner else item.this  # ``arr AS arr``: the column
    return None


def _named_window(window: exp.Window) -> exp.Window | None:
    """The ``WINDOW name AS (…)`` definition an ``OVER name`` refers to."""
    select = window.find_ancestor(exp.Select)
    name = window.args["alias"].name.lower()
    for spec in select.args.get("windows") or [] if select is not None else []:
        if spec.name.lower() == name:
            return spec
    return None
