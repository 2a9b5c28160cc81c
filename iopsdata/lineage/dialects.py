"""Which sqlglot dialect reads a dialect name, and how that dialect compares identifiers.

Names come from users and connection kinds (``mssql``, ``vertica``, ``sparksql`` …); the analyser's
per-dialect rules key on sqlglot's own name, and dialects sqlglot lacks borrow a relative's grammar.
"""

from __future__ import annotations

from functools import lru_cache

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect, NormalizationStrategy
from sqlglot.optimizer.normalize_identifiers import normalize_identifiers

from iopsdata.errors import LineageError
from iopsdata.lineage.fastparse import identifiers

# Dialects whose statements may be written in a sibling's syntax: Athena runs Trino DML but
# takes Hive-style backtick names and DDL.
PARSE_RETRY = {"athena": "hive"}
# Dialects sqlglot does not ship, read with the closest one it does.
DIALECT_FALLBACKS: dict[str, str | None] = {
    "ansi": None,
    "db2": "postgres",
    "sybase": "tsql",
    "azuresql": "tsql",
    "non-validating": None,
    "vertica": "postgres",
    "greenplum": "postgres",
    "netezza": "postgres",
    "impala": "hive",
    "sparksql": "spark",
    "mssql": "tsql",
    "sqlserver": "tsql",
    "synapse": "tsql",
    "mariadb": "mysql",
}


# Other names people use for a dialect this package handles by its sqlglot name: the analyser's
# per-dialect rules (T-SQL batches without ``;``, procedure bodies, USE) key on that one name.
DIALECT_ALIASES = {
    "mssql": "tsql",
    "sqlserver": "tsql",
    "azuresql": "tsql",
    "synapse": "tsql",
    "sparksql": "spark",
    "spark_sql": "spark",
    "postgresql": "postgres",
    "psql": "postgres",
    "googlesql": "bigquery",
}


def canonical_dialect(name: str | None) -> str | None:
    """``name`` lower-cased, an alias (``mssql``, ``sparksql`` …) replaced by its sqlglot name."""
    if not name:
        return None
    key = name.strip().lower()
    return DIALECT_ALIASES.get(key, key)


@lru_cache(maxsize=64)
def get_dialect(name: str | None) -> Dialect:
    """The sqlglot dialect for ``name`` (None → sqlglot's generic dialect); a dialect sqlglot
    lacks (Vertica, Impala, ...) falls back to its closest relative (``DIALECT_FALLBACKS``)."""
    if name and name.lower() in DIALECT_FALLBACKS:
        name = DIALECT_FALLBACKS[name.lower()]
    try:
        return Dialect.get_or_raise(name or None)
    except ValueError as exc:
        raise LineageError(f"Unknown SQL dialect {name!r}.") from exc


_LOWER = (NormalizationStrategy.LOWERCASE, NormalizationStrategy.CASE_INSENSITIVE)
_UPPER = (NormalizationStrategy.UPPERCASE, NormalizationStrategy.CASE_INSENSITIVE_UPPERCASE)
_ANY_QUOTING = (
    NormalizationStrategy.CASE_INSENSITIVE,
    NormalizationStrategy.CASE_INSENSITIVE_UPPERCASE,
)


def normalize(node: exp.Expr, dialect: str | None) -> exp.Expr:
    """Normalise identifiers in place the way the dialect resolves them (names compare equal).

    The common strategies are applied in one pass over the identifiers, about 3× faster than
    sqlglot's general routine, which is kept for dialects with their own rules (e.g. BigQuery).
    """
    d = get_dialect(dialect)
    strategy = d.normalization_strategy
    if type(d).normalize_identifier is not Dialect.normalize_identifier or not (
        strategy in _LOWER or strategy in _UPPER
    ):
        return normalize_identifiers(node, dialect=d)
    upper = strategy in _UPPER
    any_quoting = strategy in _ANY_QUOTING
    for ident in identifiers(node):
        if ident.quoted and not any_quoting:
            continue
        text = ident.this
        norm = text.upper() if upper else text.lower()
        if norm != text:
            ident.set("this", norm)
    return node
