"""Which MySQL/MariaDB functions a read-only query may call: the rules, applied to the server's list.

MariaDB has no single catalog of its built-in functions, so the list is the union of what the
server itself publishes: ``information_schema.SQL_FUNCTIONS`` (native functions), the function
topics of the help tables (``mysql.help_topic`` under the function categories, which add those
the grammar parses as keywords: IF, LEFT, YEAR, CHAR…), stored functions
(``information_schema.ROUTINES``) and loadable functions (``mysql.func``), plus ``SUPPLEMENT``: a
short reviewed list of functions both tables miss, each with a call the test PREPAREs on the live
server to prove it exists. ``python -m iopsdata.guard.build_allowlists`` commits the verdicts
(``iopsdata/guard/data/mysql.json``).

Every built-in function is allowed unless ``REFUSED`` names what it would do; stored and loadable
functions are refused (they can run any SQL).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

_FILES = "reads files on the database server"
_DELAY = "stalls the connection on purpose"
_LOCKS = "takes or inspects a named lock that outlives the query"
_SESSION = "changes session state"

REFUSED: dict[str, str] = {
    "load_file": _FILES,
    "binlog_gtid_pos": "reads the server's binary log files",
    "des_encrypt": "reads the server's DES key file",
    "des_decrypt": "reads the server's DES key file",
    "sleep": _DELAY,
    "benchmark": _DELAY,
    "master_pos_wait": _DELAY,
    "source_pos_wait": _DELAY,
    "master_gtid_wait": _DELAY,
    "wsrep_sync_wait_upto_gtid": _DELAY,
    "get_lock": _LOCKS,
    "release_lock": _LOCKS,
    "release_all_locks": _LOCKS,
    "is_free_lock": _LOCKS,
    "is_used_lock": _LOCKS,
    "nextval": "advances a sequence, a write",
    "setval": "sets a sequence, a write",
    "last_insert_id": _SESSION + " when given a value",
}

# Functions missing from both SQL_FUNCTIONS and the help tables, with a call that proves each
# exists (the test PREPAREs it: the server parses and resolves it without running it).
SUPPLEMENT: dict[str, str] = {
    "row_number": "SELECT ROW_NUMBER() OVER ()",
    "avg": "SELECT AVG(1)",
    "json_table": "SELECT * FROM JSON_TABLE('[]', '$[*]' COLUMNS (a INT PATH '$')) AS t",
    "lastval": "SELECT LASTVAL(mysql.help_topic)",
    "nextval": "SELECT NEXTVAL(mysql.help_topic)",
    "setval": "SELECT SETVAL(mysql.help_topic, 1)",
    "ascii": "SELECT ASCII('a')",
    "repeat": "SELECT REPEAT('a', 2)",
    "interval": "SELECT INTERVAL(1, 2, 3)",
    "default": "SELECT DEFAULT(Host) FROM mysql.db",
    "hour": "SELECT HOUR('10:00')",
    "minute": "SELECT MINUTE('10:00')",
    "second": "SELECT SECOND('10:00')",
    "month": "SELECT MONTH('2024-01-01')",
    "day": "SELECT DAY('2024-01-01')",
    "time": "SELECT TIME('10:00')",
    "timestamp": "SELECT TIMESTAMP('2024-01-01')",
    "date": "SELECT DATE('2024-01-01')",
    "week": "SELECT WEEK('2024-01-01')",
    "password": "SELECT PASSWORD('x')",
    "json_arrayagg": "SELECT JSON_ARRAYAGG(1)",
    "json_objectagg": "SELECT JSON_OBJECTAGG('a', 1)",
    "if": "SELECT IF(1, 2, 3)",
    "char": "SELECT CHAR(65)",
    "insert": "SELECT INSERT('abc', 1, 1, 'x')",
    "replace": "SELECT REPLACE('a', 'a', 'b')",
    "left": "SELECT LEFT('ab', 1)",
    "right": "SELECT RIGHT('ab', 1)",
    "format": "SELECT FORMAT(1, 2)",
    "convert": "SELECT CONVERT('1', SIGNED)",
    "row": "SELECT ROW(1, 2) = ROW(1, 2)",
    "exists": "SELECT EXISTS (SELECT 1)",
    "match": "SELECT 1 FROM mysql.help_topic WHERE MATCH(name) AGAINST ('x')",
}
_WORD = re.compile(r"^[a-z_][a-z0-9_]*$")


def help_name(topic: str) -> str | None:
    """A help topic's function name ("IF Function" → "if", "ADD\\_MONTHS" → "add_months")."""
    name = topic.replace("\\_", "_").strip().lower()
    name = re.sub(r"\s+function$", "", name)
    return name if _WORD.match(name) else None


def classify(name: str, *, built_in: bool) -> tuple[bool, str]:
    """Return ``(allowed, reason)`` for one function name (lower case)."""
    if not built_in:
        return False, "is a stored or loadable function, which can run any SQL"
    if name in REFUSED:
        return False, REFUSED[name]
    return True, "built in, no side effects"


def by_name(built_in: Iterable[str], other: Iterable[str]) -> dict[str, tuple[bool, str]]:
    """Name-level verdicts. ``other`` holds loadable functions (global names) and stored functions
    as ``schema.name`` (a call reaches them only qualified, or through the current database)."""
    out = {name: classify(name, built_in=True) for name in built_in}
    for name in other:
        out[name] = classify(name, built_in=False)
    return out


def counts(verdicts: Mapping[str, tuple[bool, str]]) -> Mapping[str, int]:
    allowed = sum(1 for ok, _ in verdicts.values() if ok)
    return {"total": len(verdicts), "allowed": allowed, "refused": len(verdicts) - allowed}
