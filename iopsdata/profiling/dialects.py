"""What each SQL dialect can do for profiling, and how a declared type maps to a column kind.

The profiler builds one sqlglot expression tree and lets sqlglot write it in the target dialect;
only the choices below differ per engine (approximate distinct, quartiles, one-scan grouping).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlglot import exp

KINDS = ("integer", "float", "string", "uuid", "temporal", "boolean", "other")


@dataclass(frozen=True)
class Capabilities:
    """Profiling features of one dialect.

    Attributes:
        approx_distinct: has a HyperLogLog ``APPROX_COUNT_DISTINCT`` (else exact ``COUNT(DISTINCT)``).
        quantiles: ``"sampled"`` (DuckDB: exact ``quantile_cont`` after the main scan, over a
            seeded Bernoulli sample of about a million rows when there are more),
            ``"within_group"`` (ordered-set aggregate in the main scan) or ``"rank"`` (exact, a
            ``ROW_NUMBER`` pass in the follow-up query).
        grouping_sets: top values and histograms in one scan with ``GROUPING SETS``; else UNION ALL.
        stddev: has ``STDDEV_SAMP``; else a two-pass sum of squared deviations in the follow-up.
        sample: how to draw a random sample: ``"reservoir"`` (DuckDB) or ``"order_random"``.
    """

    approx_distinct: bool = False
    quantiles: str = "rank"
    grouping_sets: bool = False
    stddev: bool = True
    sample: str = "order_random"


CAPABILITIES: dict[str, Capabilities] = {
    "duckdb": Capabilities(
        approx_distinct=True, quantiles="sampled", grouping_sets=True, sample="reservoir"
    ),
    "postgres": Capabilities(quantiles="within_group", grouping_sets=True),
    "mysql": Capabilities(),
    "sqlite": Capabilities(stddev=False),
}
DEFAULT_CAPABILITIES = Capabilities()


def capabilities(dialect: str) -> Capabilities:
    """Capabilities of ``dialect``; unknown dialects get the portable (ANSI-ish) set."""
    return CAPABILITIES.get(dialect, DEFAULT_CAPABILITIES)


_T = exp.DataType.Type
_BOOLEAN = {_T.BOOLEAN}
_TEMPORAL = set(exp.DataType.TEMPORAL_TYPES) - {_T.TIME, _T.TIMETZ}
_INTEGER = set(exp.DataType.INTEGER_TYPES) | {_T.BIT}
_FLOAT = set(exp.DataType.REAL_TYPES) - {_T.MONEY, _T.SMALLMONEY}  # money does not cast to double
_STRING = set(exp.DataType.TEXT_TYPES) | {_T.CHAR, _T.NCHAR, _T.ENUM}


def column_kind(type_text: str, dialect: str) -> str:
    """Map a declared type (``"DOUBLE PRECISION"``, ``"varchar(20)"``, ``"DATETIME"``) to a kind.

    sqlglot parses the type in the engine's dialect; text it cannot parse falls back to keywords.
    """
    try:
        dtype = exp.DataType.build(type_text, dialect=dialect, udt=True).this
    except Exception:
        return _kind_from_words(type_text.lower())
    if dtype in _BOOLEAN:
        return "boolean"
    if dtype in _INTEGER:
        return "integer"
    if dtype in _FLOAT:
        return "float"
    if dtype in _TEMPORAL:
        return "temporal"
    if dtype in _STRING:
        return "string"
    if dtype == _T.UUID:  # no MIN/LENGTH on PostgreSQL's uuid: compared as text
        return "uuid"
    if dtype == _T.USERDEFINED:
        return _kind_from_words(type_text.lower())
    return "other"  # TIME, INTERVAL, JSON, arrays, structs, binary: counts only


def _kind_from_words(text: str) -> str:
    if re.search(r"bool", text):
        return "boolean"
    if re.search(r"int", text):
        return "integer"
    if re.search(r"float|double|real|numeric|decimal|number", text):
        return "float"
    if re.search(r"date|time", text):
        return "temporal"
    if re.search(r"char|text|string|clob", text):
        return "string"
    return "other"
