"""Is the answer's result the gold result? Compared by values, the way a person would judge it.

Rules (each one tested in ``tests/eval/test_scoring.py``):

- **columns by values**: column names, aliases and column order do not matter; each gold column
  is matched to its own answer column holding the same values. Extra answer columns are allowed
  (an airline's name next to its code still answers) unless ``extra_columns=False``.
- **rows as a multiset**: the same rows, each as often, in any order — unless the gold SQL has a
  top-level ``ORDER BY``, then in the same order.
- **numbers are numbers**: ``Decimal``, ``int`` and ``float`` compare by value, with a relative
  tolerance (``REL_TOL``), so ``AVG`` computed as DOUBLE or as DECIMAL agree.
- **NULLs are equal** to each other (and a float NaN counts as NULL).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import islice
from typing import Any

from iopsdata.numbers import counted

REL_TOL = 1e-4  # relative tolerance for numbers
ABS_TOL = 1e-9  # near zero, relative tolerance means nothing
MAX_ASSIGNMENTS = 200  # column permutations tried when several columns hold alike values
SORT_DIGITS = 6  # significant digits of numbers in the sort key of unordered comparison
FAST_TOL = 10.0 ** (1 - SORT_DIGITS)  # equal keys prove equality only under this tolerance or more


@dataclass(frozen=True)
class Comparison:
    """The verdict of one comparison: ``match``, and in words why not."""

    match: bool
    reason: str | None = None
    column_map: tuple[int, ...] = ()  # answer column index for each gold column


@dataclass(frozen=True)
class Rows:
    """A result as plain Python values: column names and row tuples."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]

    @classmethod
    def from_arrow(cls, table: Any) -> Rows:
        columns = [table.column(i).to_pylist() for i in range(table.num_columns)]
        return cls(tuple(table.column_names), tuple(zip(*columns, strict=True)) if columns else ())

    @classmethod
    def from_snapshot(cls, snapshot: dict[str, Any]) -> Rows:
        """A stored ``{"columns": [...], "rows": [[...], ...]}`` expected result."""
        return cls(
            tuple(str(c) for c in snapshot.get("columns") or ()),
            tuple(tuple(r) for r in snapshot.get("rows") or ()),
        )


def normalize(value: Any) -> Any:
    """One comparable form per value: numbers as float, NaN as NULL, everything else as is."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, (int, Decimal)):
        return float(value)
    if isinstance(value, float):
        return None if math.isnan(value) else value
    return value


def same_value(a: Any, b: Any, rel_tol: float = REL_TOL) -> bool:
    """Equality under the rules above (``a`` and ``b`` already normalised)."""
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, float) and isinstance(b, float):
        if math.isinf(a) or math.isinf(b):
            return a == b
        return math.isclose(a, b, rel_tol=rel_tol, abs_tol=ABS_TOL)
    if isinstance(a, float) != isinstance(b, float):
        return False
    return bool(a == b)


def _sort_key(value: Any) -> tuple[int, Any]:
    if value is None:
        return (0, 0)
    if isinstance(value, bool):
        return (1, int(value))
    if isinstance(value, float):
        if value == 0 or math.isinf(value):
            return (2, value)
        return (2, float(f"{value:.{SORT_DIGITS - 1}e}"))
    if isinstance(value, str):
        return (3, value)
    return (4, str(value))


def _same_values(
    g_vals: Sequence[Any],
    g_keys: Sequence[Any],
    a_vals: Sequence[Any],
    a_keys: Sequence[Any],
    rel_tol: float,
) -> bool:
    """Whether two aligned sequences (of values, or of rows) are equal under the rules.

    Equal sort keys settle it at C speed (keys round numbers to ``SORT_DIGITS`` significant digits,
    well inside the tolerance); only a difference is checked value by value.
    """
    if rel_tol >= FAST_TOL and g_keys == a_keys:
        return True
    if g_vals and isinstance(g_vals[0], tuple):
        return all(
            all(same_value(x, y, rel_tol) for x, y in zip(g, a, strict=True))
            for g, a in zip(g_vals, a_vals, strict=True)
        )
    return all(same_value(x, y, rel_tol) for x, y in zip(g_vals, a_vals, strict=True))


@dataclass(frozen=True)
class _Side:
    """One result by column: normalised values and their sort keys, computed once."""

    values: list[list[Any]]
    keys: list[list[tuple[int, Any]]]

    @classmethod
    def of(cls, rows: Sequence[Sequence[Any]]) -> _Side:
        values = [[normalize(v) for v in column] for column in zip(*rows, strict=True)]
        return cls(values, [[_sort_key(v) for v in column] for column in values])

    def sorted_column(self, j: int) -> tuple[list[Any], list[Any]]:
        keys = self.keys[j]
        order = sorted(range(len(keys)), key=keys.__getitem__)
        return [self.values[j][i] for i in order], [keys[i] for i in order]

    def rows(self, mapping: Sequence[int], *, sort: bool) -> tuple[list[Any], list[Any]]:
        """``(values, keys)`` of whole rows over the columns ``mapping``, sorted if asked."""
        keys = list(zip(*(self.keys[j] for j in mapping), strict=True))
        values = list(zip(*(self.values[j] for j in mapping), strict=True))
        if not sort:
            return values, keys
        order = sorted(range(len(keys)), key=keys.__getitem__)
        return [values[i] for i in order], [keys[i] for i in order]


def compare(
    gold: Rows,
    answer: Rows,
    *,
    ordered: bool = False,
    rel_tol: float = REL_TOL,
    extra_columns: bool = True,
) -> Comparison:
    """Compare an answer's result with the gold result.

    Args:
        gold: the gold SQL's rows (or the stored snapshot).
        answer: the answer SQL's rows.
        ordered: the gold SQL has a top-level ORDER BY, so row order counts.
        rel_tol: relative tolerance for numbers.
        extra_columns: whether the answer may hold columns the gold result does not.

    Returns:
        ``Comparison(match=True, column_map=...)`` or ``match=False`` with a reason in words.
    """
    g_cols, a_cols = len(gold.columns), len(answer.columns)
    if a_cols < g_cols or (a_cols > g_cols and not extra_columns):
        return Comparison(
            False,
            f"The answer has {counted(a_cols, 'column')}; the gold result has {g_cols:,}.",
        )
    if len(gold.rows) != len(answer.rows):
        return Comparison(
            False,
            f"The answer has {counted(len(answer.rows), 'row')}; "
            f"the gold result has {len(gold.rows):,}.",
        )
    if g_cols == 0 or not gold.rows:
        return Comparison(True, column_map=tuple(range(g_cols)))
    g, a = _Side.of(gold.rows), _Side.of(answer.rows)
    a_sorted = [a.sorted_column(j) for j in range(a_cols)]
    candidates = []
    for i in range(g_cols):
        g_vals, g_keys = g.sorted_column(i)
        found = [
            j for j, (vals, keys) in enumerate(a_sorted)
            if _same_values(g_vals, g_keys, vals, keys, rel_tol)
        ]  # fmt: skip
        if not found:
            name = gold.columns[i]
            return Comparison(
                False, f"No column of the answer holds the values of gold column {name!r}."
            )
        candidates.append(found)
    identity = tuple(range(g_cols))
    g_in_order = g.rows(identity, sort=False)
    g_sorted = g.rows(identity, sort=True)
    unordered_match: tuple[int, ...] | None = None
    for mapping in islice(_assignments(candidates), MAX_ASSIGNMENTS):
        if ordered and _same_values(*g_in_order, *a.rows(mapping, sort=False), rel_tol):
            return Comparison(True, column_map=mapping)
        if _same_values(*g_sorted, *a.rows(mapping, sort=True), rel_tol):
            if not ordered:
                return Comparison(True, column_map=mapping)
            unordered_match = mapping
    if unordered_match is not None:
        return Comparison(
            False,
            "The answer has the right rows in another order (the gold SQL orders its rows).",
            unordered_match,
        )
    return Comparison(False, "Each column's values match, but the rows combine them differently.")


def _assignments(candidates: list[list[int]], chosen: tuple[int, ...] = ()) -> Any:
    """Every one-to-one choice of an answer column per gold column (a small backtracking walk)."""
    if len(chosen) == len(candidates):
        yield chosen
        return
    # the original position first: same-named, same-ordered results resolve on the first try
    i = len(chosen)
    options = sorted(candidates[i], key=lambda j: (j != i, j))
    for j in options:
        if j not in chosen:
            yield from _assignments(candidates, (*chosen, j))


def has_top_level_order(sql: str, dialect: str | None) -> bool:
    """Whether the statement's outermost query has an ORDER BY (so row order is part of the answer)."""
    import sqlglot
    from sqlglot import exp

    try:
        tree = sqlglot.parse_one(sql, read=dialect or None)
    except sqlglot.errors.ParseError:
        return False
    while isinstance(tree, exp.Subquery):  # ( SELECT … ORDER BY … )
        tree = tree.this
    return isinstance(tree, exp.Query) and tree.args.get("order") is not None
