"""The function allowlists: only functions the engine's own catalog shows to be safe may be called.

The lists are data (``iopsdata/guard/data/*.json``) built by ``python -m
iopsdata.guard.build_allowlists`` from PostgreSQL's ``pg_proc`` and MariaDB's published function
lists with the rules in :mod:`~iopsdata.guard.classify_postgres` and
:mod:`~iopsdata.guard.classify_mysql`. A denylist loses the race against every function it does
not name (``ts_stat`` ran SQL given as text past one); an allowlist refuses what it does not know.

The name checked is the one *written* in the query (sqlglot maps some calls to its own classes and
forgets the spelling; the parser's position of the name token keeps it). A call qualified with a
schema other than the engine's own is refused: it reaches a user-defined function.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sqlglot import exp

from iopsdata.errors import QueryRefused

_DATA = Path(__file__).with_name("data")
_NAME = re.compile(r'^(?:[A-Za-z_][A-Za-z0-9_$]*|"(?:[^"]|"")+"|`(?:[^`]|``)+`)$')


@dataclass(frozen=True)
class Allowlist:
    """One engine's function verdicts.

    Attributes:
        engine: the server the list was built from ("PostgreSQL 15.20 (Debian …)").
        label: the engine as messages name it ("PostgreSQL").
        family: "postgres" or "mysql".
        allowed: lower-case names callable in a read-only query.
        refused: lower-case names mapped to what they would do.
        schemas: qualifiers a call may carry (``pg_catalog.now()``).
    """

    engine: str
    label: str
    family: str
    allowed: frozenset[str]
    refused: Mapping[str, str]
    schemas: frozenset[str]


@cache
def allowlist_for(dialect: str) -> Allowlist | None:
    """The allowlist of a sqlglot dialect, or None where the guard keeps its denylist only."""
    if dialect == "postgres":
        return _load("postgres", "PostgreSQL", frozenset({"pg_catalog", "information_schema"}))
    if dialect == "mysql":
        return _load("mysql", "MySQL/MariaDB", frozenset())
    return None


def _load(family: str, label: str, schemas: frozenset[str]) -> Allowlist:
    doc = json.loads((_DATA / f"{family}.json").read_text())
    return Allowlist(
        doc["engine"], label, family, frozenset(doc["allowed"]), dict(doc["refused"]), schemas
    )


def written_name(node: exp.Func, sql: str, family: str) -> tuple[str, str] | None:
    """``(name as the engine resolves it, name as shown)`` of a call written by name.

    None for calls written as syntax (``CAST(… AS …)``, ``EXTRACT(… FROM …)``, ``x::int``), which
    reach no catalog look-up. PostgreSQL folds unquoted names to lower case and keeps quoted ones;
    MySQL compares function names without case.
    """
    meta = node.meta
    if "start" in meta and "end" in meta:
        text = sql[meta["start"] : meta["end"] + 1]
    elif isinstance(node, exp.Anonymous):
        text = node.name
    else:
        return None
    if not _NAME.match(text):  # positions that do not point at a name: fail closed
        raise QueryRefused("The query could not be checked, so it is not allowed.")
    if len(text) >= 2 and text[0] == text[-1] and text[0] in '"`':
        inner = text[1:-1].replace(text[0] * 2, text[0])
        return (inner if family == "postgres" else inner.lower()), inner
    return text.lower(), text


def qualifier(node: exp.Func) -> str | None:
    """The schema a call is qualified with (``pg_catalog`` in ``pg_catalog.now()``), lower case."""
    parent = node.parent
    if isinstance(parent, exp.Dot) and parent.expression is node:
        return parent.this.sql().replace('"', "").replace("`", "").lower()
    return None


def check_allowed(
    node: exp.Func, sql: str, allowlist: Allowlist, extra: Collection[str] = ()
) -> None:
    """Refuse a call unless the allowlist (or the connection's owner, via ``extra``) allows it.

    Raises:
        QueryRefused: naming the function and why.
    """
    found = written_name(node, sql, allowlist.family)
    if found is None:
        return
    name, shown = found
    schema = qualifier(node)
    full = f"{schema}.{name}" if schema else name
    if full.lower() in extra or (schema is None and name.lower() in extra):
        return
    if schema is not None and schema not in allowlist.schemas:
        raise QueryRefused(
            f"{schema}.{shown}() is a user-defined function, which the guard cannot check; "
            "the connection's owner can allow it in the connection's settings."
        )
    if name in allowlist.allowed:
        return
    reason = allowlist.refused.get(name)
    if reason is not None:
        raise QueryRefused(f"{shown} {reason} and is not allowed.")
    raise QueryRefused(
        f"{shown}() is not on the list of functions known to be safe on {allowlist.label}; "
        "the connection's owner can allow it in the connection's settings."
    )
