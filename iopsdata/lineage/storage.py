"""Physical storage clauses that carry no lineage, removed so a statement sqlglot refuses parses.

Warehouses append distribution, segmentation, compression and parallelism clauses to
``CREATE TABLE`` (Greenplum ``DISTRIBUTED BY``, Vertica ``SEGMENTED BY … ALL NODES``, Oracle
``PARALLEL 4 COMPRESS``, Db2 ``ORGANIZE BY COLUMN``, Synapse ``WITH (DISTRIBUTION = …)``, Spark
``INSERT OVERWRITE DIRECTORY 'p' USING parquet OPTIONS (…)``), and Oracle's ``MERGE … DELETE
WHERE`` removes matched rows without reading anything new (Hive's ``INSERT OVERWRITE … PARTITION
(…) IF NOT EXISTS`` likewise only decides whether to write). They say where rows are kept, never
where they come from, so a statement the parser refuses (or keeps as an opaque command) is
parsed again without them. This is the one place to add such a clause.
"""

from __future__ import annotations

import re

# A pattern ending in "(" also removes the balanced parenthesised group it opens.
_CLAUSES = [
    re.compile(p, re.I | re.S)
    for p in (
        r"\bDISTRIBUTED\s+BY\s*\(",
        r"\bDISTRIBUTED\s+(?:RANDOMLY|REPLICATED)\b",
        r"\bDISTRIBUTE\s+BY\s+HASH\s*\(",
        r"\b(?:UN)?SEGMENTED\s+(?:BY\b.*?)?\bALL\s+NODES\b(?:\s+OFFSET\s+\d+)?",
        r"\bKSAFE(?:\s+\d+)?\b",
        r"\bNOPARALLEL\b",
        r"\bPARALLEL(?:\s+\d+)?(?=\s+(?:AS|NOLOGGING|LOGGING|COMPRESS|NOCOMPRESS|TABLESPACE)\b)",
        r"\bPARALLEL\s*\(",
        r"\b(?:NO)?COMPRESS(?:\s+FOR\s+(?:QUERY|ARCHIVE|OLTP)(?:\s+(?:HIGH|LOW))?"
        r"|\s+(?:BASIC|YES|NO|ADVANCED))?(?=\s+(?:AS|PARALLEL|NOLOGGING|LOGGING|TABLESPACE)\b)",
        r"\bORGANIZE\s+BY\s+(?:COLUMN|ROW)\b",
        r"\bENCODE\s+AUTO\b",
        r"\b(?:UNIQUE\s+)?PRIMARY\s+INDEX\s*(?:\w+\s*)?\(",
        r"(?<=')\s+USING\s+\w+(?=\s+(?:OPTIONS\b|SELECT\b|WITH\b|\())",
        r"\bOPTIONS\s*\(",
        r"\bWITH\s*\(\s*(?=(?:DISTRIBUTION|CLUSTERED|HEAP|PARTITION)\b)",
        # PostgreSQL CREATE VIEW v WITH (security_barrier, check_option = …) AS …
        r"\bWITH\s*\(\s*(?=(?:security_barrier|security_invoker|check_option)\b)",
        r"\bDELETE\s+WHERE\b.*?(?=\bWHEN\b|$)",  # Oracle MERGE … UPDATE SET … DELETE WHERE
        r"\[\s*(?:NO)?(?:SHUFFLE|BROADCAST|CLUSTERED)\s*\]",  # Impala plan hints
        r"\bWITH\s+(?:UR|CS|RS|RR)\s*;?\s*$",  # Db2 isolation level of the statement
        r"\bOVERRIDING\s+(?:SYSTEM|USER)\s+VALUE\b",  # PostgreSQL identity columns
        r"\bIF\s+NOT\s+EXISTS(?=\s+(?:SELECT|WITH|FROM)\b)",  # Hive INSERT … PARTITION (…) IF NOT EXISTS
        # PostgreSQL/Teradata CREATE MATERIALIZED VIEW|TABLE … AS query WITH [NO] DATA: whether
        # the rows are filled now or at the next refresh
        r"\bWITH\s+(?:NO\s+)?DATA(?:\s+AND\s+(?:NO\s+)?STAT(?:ISTIC)?S)?\s*;?\s*$",
    )
]
_OPAQUE = re.compile(r"'(?:[^']|'')*'|--[^\n]*|/\*.*?\*/", re.S)


def scrub(sql: str) -> str | None:
    """``sql`` without its storage clauses, or None when it has none (strings are kept)."""
    protected = [m.span() for m in _OPAQUE.finditer(sql)]
    cuts: list[tuple[int, int]] = []
    for pattern in _CLAUSES:
        for m in pattern.finditer(sql):
            if any(a <= m.start() < b for a, b in protected):
                continue
            end = _balanced(sql, m.end()) if m.group(0).endswith("(") else m.end()
            cuts.append((m.start(), end))
    if not cuts:
        return None
    out, pos = [], 0
    for start, end in sorted(cuts):
        if start >= pos:
            out.append(sql[pos:start])
            pos = end
        else:
            pos = max(pos, end)
    out.append(sql[pos:])
    return " ".join("".join(out).split()) if "--" not in sql else "".join(out)


def _balanced(sql: str, pos: int) -> int:
    """Offset just after the ``)`` closing the group opened before ``pos``."""
    depth = 1
    for k in range(pos, len(sql)):
        if sql[k] == "(":
            depth += 1
        elif sql[k] == ")":
            depth -= 1
            if depth == 0:
                return k + 1
    return len(sql)
