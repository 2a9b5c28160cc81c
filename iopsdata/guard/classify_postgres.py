"""Which PostgreSQL functions a read-only query may call: the rules, applied to ``pg_proc`` rows.

The guard never asks the server: ``python -m iopsdata.guard.build_allowlists`` runs these rules
over every row of a reference server's ``pg_proc`` and commits the verdicts
(``iopsdata/guard/data/postgres.json``); tests/guard/test_function_catalog.py checks that the
committed file still matches the live server, and that every function got a verdict with a reason.

A function is allowed only when it is built in (``pg_catalog``/``information_schema``, an OID
below 16384), not volatile (or volatile but known to only read), and takes no SQL text, no file
name, no backend process id and no internal-only argument. Everything else is refused, and a
name is allowed only when every overload of it is (the guard sees names, not signatures).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

FIRST_USER_OID = 16384  # PostgreSQL's FirstNormalObjectId: objects below it come with the server
BUILT_IN_SCHEMAS = frozenset({"pg_catalog", "information_schema"})

# Volatile only because their result changes between calls; they read and change nothing.
SAFE_VOLATILE: dict[str, str] = {
    "random": "returns a random number",
    "gen_random_uuid": "returns a random UUID",
    "clock_timestamp": "reads the clock",
    "timeofday": "reads the clock",
    "currval": "reads this session's last sequence value",
    "lastval": "reads this session's last sequence value",
    "pg_sequence_last_value": "reads a sequence's last value",
    "pg_database_size": "reads a database's size",
    "pg_relation_size": "reads a relation's size",
    "pg_table_size": "reads a table's size",
    "pg_indexes_size": "reads a table's index size",
    "pg_total_relation_size": "reads a relation's total size",
    "pg_tablespace_size": "reads a tablespace's size",
    "pg_is_in_recovery": "reads the server's recovery state",
    "pg_jit_available": "reads whether JIT is available",
    "pg_partition_tree": "reads a partition tree",
    "pg_partition_ancestors": "reads a partition's ancestors",
    "pg_notification_queue_usage": "reads the notification queue's fill level",
    "current_query": "reads this session's own query text",
}

# Refused whatever their volatility: the reason is what they would do.
REFUSED: dict[str, str] = {
    "query_to_xml": "runs SQL given as text, which the guard cannot check",
    "query_to_xmlschema": "runs SQL given as text, which the guard cannot check",
    "query_to_xml_and_xmlschema": "runs SQL given as text, which the guard cannot check",
    "cursor_to_xml": "reads a cursor the guard never saw",
    "cursor_to_xmlschema": "reads a cursor the guard never saw",
    "ts_stat": "runs SQL given as text, which the guard cannot check",
    "ts_rewrite": "runs SQL given as text (one of its forms), which the guard cannot check",
    "txid_current": "assigns a transaction id, a write",
    "pg_current_xact_id": "assigns a transaction id, a write",
    "set_config": "changes session settings",
    "setseed": "changes this session's random seed",
    "pg_sleep": "stalls the connection on purpose",
    "pg_sleep_for": "stalls the connection on purpose",
    "pg_sleep_until": "stalls the connection on purpose",
    "brin_summarize_new_values": "changes an index's state",
    "brin_summarize_range": "changes an index's state",
    "brin_desummarize_range": "changes an index's state",
    "gin_clean_pending_list": "changes an index's state",
    "pg_reload_conf": "reloads the server's configuration",
    "pg_terminate_backend": "stops another session",
    "pg_cancel_backend": "cancels another session's query",
}
_PREFIXES: dict[str, str] = {
    "pg_advisory": "takes a lock that can outlive the query",
    "pg_try_advisory": "takes a lock that can outlive the query",
    "lo_": "reads or writes large objects (and files) on the server",
    "pg_ls_": "lists files on the database server",
    "pg_read_": "reads files on the database server",
    "pg_stat_reset": "resets server statistics",
    "pg_replication_": "changes replication state",
    "pg_logical_": "changes replication state",
    "binary_upgrade_": "is an internal tool of pg_upgrade",
}
# Input argument names that mean SQL text, a file, or another backend.
_ARGUMENTS: dict[str, str] = {
    "query": "runs SQL given as text, which the guard cannot check",
    "sql": "runs SQL given as text, which the guard cannot check",
    "filename": "reads files on the database server",
    "pid": "acts on another backend process",
    "backendid": "acts on another backend process",
}
# Types that only the server itself passes: such functions are support code, not SQL functions.
_INTERNAL_TYPES = frozenset(
    {
        "internal",
        "trigger",
        "event_trigger",
        "language_handler",
        "index_am_handler",
        "table_am_handler",
        "fdw_handler",
        "tsm_handler",
    }
)
# Words PostgreSQL's grammar reads as syntax (not catalog look-ups) though they look like calls.
SYNTAX: frozenset[str] = frozenset(
    {
        "coalesce",
        "greatest",
        "least",
        "nullif",
        "row",
        "array",
        "grouping",
        "exists",
        "any",
        "some",
        "all",
        "cast",
        "treat",
        "xmlconcat",
        "xmlelement",
        "xmlforest",
        "xmlparse",
        "xmlpi",
        "xmlroot",
        "xmlserialize",
        "xmlexists",
        "current_date",
        "current_time",
        "current_timestamp",
        "localtime",
        "localtimestamp",
        "current_user",
        "current_role",
        "current_catalog",
        "current_schema",
        "session_user",
        "user",
    }
)


@dataclass(frozen=True)
class ProcRow:
    """One ``pg_proc`` row, reduced to what the rules read."""

    oid: int
    schema: str
    name: str
    volatility: str  # "i", "s" or "v"
    kind: str  # "f", "a", "w" or "p"
    arg_names: tuple[str, ...]  # input arguments only
    arg_types: tuple[str, ...]
    returns: str


def classify(row: ProcRow) -> tuple[bool, str]:
    """Return ``(allowed, reason)`` for one function; the reason is shown to the user."""
    if row.oid >= FIRST_USER_OID or row.schema not in BUILT_IN_SCHEMAS:
        return False, "is not built into PostgreSQL (a user or extension function can do anything)"
    if row.kind == "p":
        return False, "is a procedure"
    if row.name in REFUSED:
        return False, REFUSED[row.name]
    prefix = next((p for p in _PREFIXES if row.name.startswith(p)), None)
    if prefix is not None:
        return False, _PREFIXES[prefix]
    named = next((a for a in row.arg_names if a in _ARGUMENTS), None)
    if named is not None:
        return False, _ARGUMENTS[named]
    if _INTERNAL_TYPES & {*row.arg_types, row.returns}:
        return False, "is internal support code, not callable from a query"
    if row.volatility == "v":
        if row.name in SAFE_VOLATILE:
            return True, f"volatile but only {SAFE_VOLATILE[row.name]}"
        return False, "is volatile and not known to only read (it may change state)"
    return True, "built in, " + ("immutable" if row.volatility == "i" else "stable")


def by_name(rows: Iterable[ProcRow]) -> dict[str, tuple[bool, str]]:
    """Name-level verdicts: a name is allowed only when every one of its overloads is."""
    out: dict[str, tuple[bool, str]] = {}
    for row in rows:
        allowed, reason = classify(row)
        seen = out.get(row.name)
        if seen is None or (seen[0] and not allowed):
            out[row.name] = (allowed, reason)
    for word in SYNTAX:
        out.setdefault(word, (True, "SQL syntax, not a catalog function"))
    return out


def counts(rows: Iterable[ProcRow]) -> Mapping[str, int]:
    """Functions (overloads) total, allowed and refused."""
    verdicts = [classify(r)[0] for r in rows]
    return {
        "total": len(verdicts),
        "allowed": sum(verdicts),
        "refused": len(verdicts) - sum(verdicts),
    }
