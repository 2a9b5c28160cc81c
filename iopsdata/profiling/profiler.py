"""``profile_relation``: profile any relation with at most four statements run where the data is.

The caller supplies ``run`` (one SQL statement → Arrow table): a DuckDB connection for files, or
the execution layer of a database connection. Nothing but aggregates comes back to Python.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from typing import Any

import pyarrow as pa

from iopsdata.errors import IopsError, QueryFailed
from iopsdata.profiling import sqlgen
from iopsdata.profiling.assemble import KEY_SHARE, column_profile
from iopsdata.profiling.dialects import capabilities, column_kind
from iopsdata.profiling.model import HINT_MAX_VALUES, Profile

Runner = Callable[[str], pa.Table]
PEEK_ROWS = 1000
# Up to this many profiled rows, distinct counts are exact (one more scan, cheap at this size);
# above it, an engine with HyperLogLog keeps its ≈ 2% estimate, shown with "≈".
EXACT_DISTINCT_MAX_ROWS = 2_000_000
# DuckDB's quartiles are exact up to twice this many values; above, exact over a seeded Bernoulli
# sample of this to twice this many (rank error ~0.05% at 1M; a 100k sample drifted up to 0.2%).
# The sample's values are held while sorting, so a wide relation gets fewer rows: about
# QUANTILE_SAMPLE_CELLS values in all (64 MB of doubles), never under QUANTILE_MIN_ROWS a column.
QUANTILE_SAMPLE_ROWS = 1_000_000
QUANTILE_SAMPLE_CELLS = 8_000_000
QUANTILE_MIN_ROWS = 10_000


def profile_relation(
    run: Runner,
    relation_sql: str,
    columns: Sequence[tuple[str, str]],
    dialect: str,
    *,
    sample: int | None = None,
    top_k: int = 10,
    bins: int = 20,
    top_max_distinct: int = 100_000,
    exact_distinct_max_rows: int | None = None,
) -> Profile:
    """Profile a table, table function or query in its own engine.

    Args:
        run: executes one SQL statement and returns its rows as Arrow.
        relation_sql: a table name (``"public"."orders"``), a table function
            (``read_parquet('x.parquet')``) or a SELECT, in ``dialect``.
        columns: ``(name, declared type)`` pairs, e.g. from the catalog.
        dialect: sqlglot dialect of the engine (``duckdb``, ``postgres``, ``mysql``, ``sqlite``, …).
        sample: profile a random sample of this many rows when the relation has more.
        top_k: most frequent values kept per column.
        bins: equi-width histogram bins for numbers and dates.
        top_max_distinct: columns with more distinct values get no top values (their GROUP BY
            would cost more than the rest of the profile).
        exact_distinct_max_rows: up to this many profiled rows, count distinct values exactly
            (one more scan); above, keep the engine's estimate. Default
            ``EXACT_DISTINCT_MAX_ROWS``.

    Returns:
        The ``Profile``; ``queries`` lists the statements run.

    Raises:
        QueryRefused: ``relation_sql`` is not one relation.
        QueryFailed: the engine rejected a profiling statement.
    """
    started = time.perf_counter()
    names = [n for n, _ in columns]
    kinds = [(n, column_kind(t, dialect)) for n, t in columns]
    rel = sqlgen.relation(relation_sql, dialect)
    queries: list[str] = []

    def execute(expression: Any, *, fold: bool = True) -> list[dict[str, Any]]:
        text = sqlgen.sql(expression, dialect)
        queries.append(text)
        try:
            rows = run(text).to_pylist()
            # Engines that fold unquoted aliases to upper case (Snowflake, Oracle) still match ours.
            return [{k.lower(): v for k, v in r.items()} for r in rows] if fold else rows
        except IopsError:
            raise
        except Exception as err:
            first = (
                str(err).strip().splitlines()[0][:300] if str(err).strip() else type(err).__name__
            )
            raise QueryFailed(f"A profiling query failed: {first}") from err

    sample_rows = None
    total = None
    if sample is not None:
        total = int(execute(sqlgen.count_query(rel))[0]["n"])
        if total > sample:
            rel = sqlgen.sampled(rel, sample, dialect)
            sample_rows = int(sample)

    main = execute(sqlgen.main_query(rel, kinds, dialect))[0]
    n = int(main["n"])
    approx_distinct = capabilities(dialect).approx_distinct
    exact_max = (
        EXACT_DISTINCT_MAX_ROWS if exact_distinct_max_rows is None else exact_distinct_max_rows
    )
    exact_is_cheap = sample_rows is None and n <= exact_max
    if approx_distinct and exact_is_cheap and any(k != "other" for _, k in kinds):
        # A statement of its own: next to the exact quartiles, the two hash and sort states
        # added up and a 1M-row, 12-column CSV ran out of a 300 MB DuckDB limit (apart they fit).
        main.update(execute(sqlgen.distinct_query(rel, kinds))[0])
        approx_distinct = False
    rates: dict[int, float | None] = {}
    if capabilities(dialect).quantiles == "sampled":
        rates = _quantile_rates(main, kinds)
        if rates:  # bounded together by QUANTILE_SAMPLE_CELLS
            main.update(execute(sqlgen.side_by_side(sqlgen.quantile_queries(rel, kinds, rates)))[0])
    row_count = total if total is not None else n
    slots = _slots(main, kinds, dialect, n, bins, top_max_distinct)
    found = (
        _followup(execute, rel, names, slots, max(top_k, HINT_MAX_VALUES, bins) + 2, dialect)
        if slots
        else {}
    )

    text_cols = [
        i
        for i, (_, k) in enumerate(kinds)
        if k == "string" and int(main[sqlgen.alias(i, "nn")]) > 0
    ]
    peek: list[dict[str, Any]] = []
    if text_cols:
        peek = execute(sqlgen.peek_query(rel, [names[i] for i in text_cols], PEEK_ROWS), fold=False)

    peeked = {i: [list(row.values())[k] for row in peek] for k, i in enumerate(text_cols)}
    cols = []
    for i, (name, kind) in enumerate(kinds):
        values = peeked.get(i, [])
        cols.append(
            column_profile(
                i,
                name,
                columns[i][1],
                kind,
                main,
                n,
                found,
                slots,
                values,
                dialect,
                top_k,
                approx_distinct=approx_distinct,
                quantiles_exact=sample_rows is None and rates.get(i) is None,
            )
        )
    return Profile(
        row_count=row_count,
        columns=tuple(cols),
        sampled=sample_rows is not None,
        elapsed_s=time.perf_counter() - started,
        dialect=dialect,
        sample_rows=sample_rows,
        queries=tuple(queries),
    )


def _quantile_rates(main: dict[str, Any], kinds: list[tuple[str, str]]) -> dict[int, float | None]:
    """Per numeric column with values, the Bernoulli sample (percent of rows) its quartiles are
    computed over; ``None`` = every row (exact).

    A column with at most ``2 × rows`` values is read whole; a denser one is sampled so that
    ``rows`` to ``2 × rows`` of its values remain (rates are powers of two, so columns share a few
    samples instead of one each). ``rows`` is ``QUANTILE_SAMPLE_ROWS``, fewer for wide relations:
    the values held while sorting stay within about twice ``QUANTILE_SAMPLE_CELLS``.
    """
    dense = {
        i: int(main[sqlgen.alias(i, "nn")])
        for i, (_, k) in enumerate(kinds)
        if k in sqlgen.NUMERIC and int(main[sqlgen.alias(i, "nn")]) > 0
    }
    if not dense:
        return {}
    rows = max(QUANTILE_MIN_ROWS, min(QUANTILE_SAMPLE_ROWS, QUANTILE_SAMPLE_CELLS // len(dense)))
    rates: dict[int, float | None] = {}
    for i, nn in dense.items():
        if nn <= 2 * rows:
            rates[i] = None
        else:  # 100 / 2^k percent, k ≥ 1: between rows and 2 × rows values remain
            rates[i] = 100.0 / 2 ** math.floor(math.log2(nn / rows))
    return rates


def _slots(
    main: dict[str, Any],
    kinds: list[tuple[str, str]],
    dialect: str,
    n: int,
    bins: int,
    top_max: int,
) -> list[sqlgen.Slot]:
    caps = capabilities(dialect)
    slots: list[sqlgen.Slot] = []
    for i, (name, kind) in enumerate(kinds):
        nn = int(main[sqlgen.alias(i, "nn")])
        if kind == "other" or nn == 0:
            continue
        c = sqlgen.exp.column(name, quoted=True)
        nd = int(main[sqlgen.alias(i, "nd")] or 0)
        if kind == "boolean" or (nd <= top_max and nd < KEY_SHARE * nn):
            slots.append(sqlgen.Slot("top", i, key=c.copy()))
        if kind in sqlgen.NUMERIC or kind == "temporal":
            hist = _histogram_slot(i, c, kind, main, bins, dialect)
            if hist is not None:
                slots.append(hist)
        if kind == "string":
            lengths = _length_slot(i, c, main, bins, dialect)
            if lengths is not None:
                slots.append(lengths)
        if kind in sqlgen.NUMERIC and caps.quantiles == "rank":
            slots.append(sqlgen.Slot("quant", i, ranks=_ranks(nn)))
        if kind in sqlgen.NUMERIC and not caps.stddev and nn > 1:
            slots.append(sqlgen.Slot("var", i, mean=float(main[sqlgen.alias(i, "mean")])))
    return slots


def _histogram_slot(
    i: int, c: Any, kind: str, main: dict[str, Any], bins: int, dialect: str
) -> sqlgen.Slot | None:
    temporal = kind == "temporal"
    lo_key, hi_key = ("emin", "emax") if temporal else ("min", "max")
    lo, hi = main[sqlgen.alias(i, lo_key)], main[sqlgen.alias(i, hi_key)]
    if lo is None or hi is None:
        return None
    lo, hi = float(lo), float(hi)
    if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo:
        return None
    if kind == "integer" and hi - lo + 1 <= bins:
        nbins, width = int(hi - lo) + 1, 1.0  # one bin per value
    else:
        nbins, width = bins, (hi - lo) / bins
    key = sqlgen.histogram_key(c.copy(), lo, width, dialect, temporal)
    return sqlgen.Slot("hist", i, key=key, meta=(lo, hi, width, nbins, temporal))


def _length_slot(
    i: int, c: Any, main: dict[str, Any], bins: int, dialect: str
) -> sqlgen.Slot | None:
    """A histogram of a text column's lengths (same follow-up grouping as numbers)."""
    lo, hi = main.get(sqlgen.alias(i, "lmin")), main.get(sqlgen.alias(i, "lmax"))
    if lo is None or hi is None:
        return None
    lo, hi = float(lo), float(hi)
    nbins, width = (int(hi - lo) + 1, 1.0) if hi - lo + 1 <= bins else (bins, (hi - lo) / bins)
    key = sqlgen.histogram_key(sqlgen.exp.Length(this=c.copy()), lo, width, dialect, False)
    return sqlgen.Slot("hist", i, key=key, meta=(lo, hi, width, nbins, False, "length"))


def _ranks(nn: int) -> tuple[int, ...]:
    """1-based row numbers needed for linear-interpolated quartiles (pandas' default)."""
    ranks: set[int] = set()
    for p in sqlgen.QUARTILES:
        pos = (nn - 1) * p
        ranks.add(math.floor(pos) + 1)
        ranks.add(min(math.floor(pos) + 2, nn))
    return tuple(sorted(ranks))


def _followup(
    execute: Callable[[Any], list[dict[str, Any]]],
    rel: Any,
    names: list[str],
    slots: list[sqlgen.Slot],
    limit: int,
    dialect: str,
) -> dict[int, list[tuple[Any, Any, int]]]:
    """Rows of the follow-up grouped by slot number: ``(value, cnt, rank)``, best first."""
    rows = execute(sqlgen.followup_query(rel, names, slots, limit, dialect))
    found: dict[int, list[tuple[Any, Any, int]]] = {}
    for row in rows:
        g = int(row["g"])
        found.setdefault(g, []).append((row[f"s{g}"], row["cnt"], int(row["rk"])))
    for items in found.values():
        items.sort(key=lambda t: t[2])
    return found
