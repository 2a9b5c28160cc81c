"""SQL text rewritten before tokenizing: what sqlglot's tokenizer would read wrongly, changed
into what it reads right, outside strings and comments.

Script placeholders (``${db}``), T-SQL forms (``TOP (n)`` on DML, table hints on INSERT targets,
PRINT/GO lines, ``OPENROWSET(BULK …)``), client commands written into scripts (psql/vsql
backslash lines, SQL*Plus, BTEQ) and a few dialect spellings (Db2 ``DECLARE GLOBAL TEMPORARY``,
Vertica ``FROM LOCAL``). Each rewrite runs only when a cheap test says it may apply.
"""

from __future__ import annotations

import re

from sqlglot.dialects.dialect import Dialect

STRIPPABLE = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|--[^\n]*|/\*.*?\*/", re.S)


def prepare(sql: str, dialect: str | None, d: Dialect) -> str:
    """``sql`` with the rewrites of this module that apply to ``dialect``."""
    if "${" in sql:
        sql = quote_placeholders(sql, d)
    if dialect in ("tsql", "fabric") and ("TOP" in sql.upper()):
        sql = _outside_strings(sql, _DML_TOP, lambda m: m.group(1))
    if dialect in ("tsql", "fabric") and _HINT_START.search(sql):
        sql = _outside_strings(sql, _TABLE_HINTS, lambda m: " ")
    if dialect in ("tsql", "fabric") and _LINE_COMMAND.search(sql):
        sql = _outside_strings(sql, _LINE_COMMAND, lambda m: f"{m.group(1)};")
    if dialect in ("tsql", "fabric") and "BULK" in sql.upper():  # OPENROWSET(BULK 'file', …)
        sql = _outside_strings(sql, _OPENROWSET_BULK, lambda m: m.group(1))
    if "\\" in sql and dialect in _PSQL_CLIENTS:  # psql/vsql \set, \timing, \copy …
        sql = _outside_strings(sql, _BACKSLASH_COMMAND, _backslash_command)
    if dialect == "oracle" and _SQLPLUS.search(sql):  # SQL*Plus commands end at the line end
        sql = _outside_strings(sql, _SQLPLUS, lambda m: "")
    if dialect == "teradata" and _BTEQ.search(sql):  # BTEQ .LOGON, .IF ERRORCODE …, .QUIT
        sql = _outside_strings(sql, _BTEQ, lambda m: "")
    if dialect == "db2" and "GLOBAL TEMPORARY" in sql.upper():  # a temporary table, created
        sql = _outside_strings(sql, _DECLARE_TEMP, lambda m: "CREATE GLOBAL TEMPORARY TABLE")
    if dialect == "vertica" and "LOCAL" in sql.upper():  # COPY t FROM LOCAL 'file': the file
        sql = _outside_strings(sql, _FROM_LOCAL, lambda m: "FROM")
    return sql


_PLACEHOLDER = re.compile(r"\$\{[^{}'\"\n]*\}")


def quote_placeholders(sql: str, d: Dialect) -> str:
    """Script variables (``${hivevar:db}``, ``${env}``, filled in by the scheduler before the SQL
    runs) quoted as identifiers, so ``${db}.t`` is one table named as written. Strings and
    comments are left alone (``dt = '${ds}'`` stays a string)."""
    return _outside_strings(
        sql, _PLACEHOLDER, lambda m: d.IDENTIFIER_START + m.group(0) + d.IDENTIFIER_END
    )


# T-SQL UPDATE|DELETE|INSERT|MERGE TOP (n): which rows, not which tables (sqlglot reads TOP as the
# target's name, or refuses it).
_DML_TOP = re.compile(r"\b(UPDATE|DELETE|INSERT|MERGE)\s+TOP\s*\([^()]*\)(?:\s+PERCENT)?", re.I)


# T-SQL table hints, ``INSERT INTO t WITH (TABLOCK) …``: how rows are locked, not which table
# (sqlglot reads them after an INSERT target as the start of a CTE). A CTE never opens "WITH (".
_HINT_WORDS = (
    r"NOLOCK|READUNCOMMITTED|READCOMMITTED(?:LOCK)?|REPEATABLEREAD|SERIALIZABLE|SNAPSHOT|"
    r"UPDLOCK|XLOCK|TABLOCKX?|PAGLOCK|ROWLOCK|HOLDLOCK|NOWAIT|READPAST|NOEXPAND|INDEX|"
    r"FORCESEEK|FORCESCAN|KEEPIDENTITY|KEEPDEFAULTS|IGNORE_CONSTRAINTS|IGNORE_TRIGGERS"
)
_HINT_START = re.compile(rf"\bWITH\s*\(\s*(?:{_HINT_WORDS})\b", re.I)
_TABLE_HINTS = re.compile(rf"\bWITH\s*\(\s*(?:{_HINT_WORDS})\b(?:[^()]|\([^()]*\))*\)", re.I)
# T-SQL's tokenizer reads PRINT, UPDATE STATISTICS, FETCH and GO as commands whose argument runs
# to the next ``;``, so ``PRINT 'x'`` + newline + GO + newline + SELECT … was one PRINT. A GO line,
# and a one-line PRINT/UPDATE STATISTICS/cursor FETCH … FROM, end where their line ends.
_LINE_COMMAND = re.compile(
    r"^([ \t]*(?:GO(?:[ \t]+\d+)?|(?:PRINT|UPDATE[ \t]+STATISTICS|FETCH(?=[^\n;]*\bFROM\b))"
    r"\b[^\n;]*?))[ \t]*;?[ \t]*$",
    re.I | re.M,
)
# Client commands written into scripts, one per line and without ``;``: they run in the client
# (psql, vsql, SQL*Plus, BTEQ), never move table data, and would otherwise glue onto the next
# statement. psql's ``\copy t FROM 'file'`` is the client-side COPY and is read as COPY.
_PSQL_CLIENTS = frozenset({None, "postgres", "redshift", "vertica", "greenplum", "duckdb"})
_BACKSLASH_COMMAND = re.compile(r"^[ \t]*\\([A-Za-z]+)([^\n]*)$", re.M)
_SQLPLUS = re.compile(
    r"^[ \t]*(?:SET[ \t]+(?:SERVEROUTPUT|ECHO|FEEDBACK|TIMING|DEFINE|VERIFY|HEADING|PAGESIZE|"
    r"LINESIZE|TERMOUT|TRIMSPOOL|TRIMOUT|SQLBLANKLINES|AUTOCOMMIT|COLSEP|NEWPAGE|SCAN)\b"
    r"|WHENEVER[ \t]+(?:SQLERROR|OSERROR)\b|SPOOL\b|PROMPT\b|REM(?:ARK)?\b|UNDEFINE\b"
    r"|DEFINE[ \t]+\w+[ \t]*=|@@?[\w./$&{}-]+[ \t]*$)[^\n]*$",
    re.I | re.M,
)
_BTEQ = re.compile(r"^[ \t]*\.[A-Za-z]+\b[^\n]*$", re.M)


def _backslash_command(m: re.Match) -> str:
    if m.group(1).lower() == "copy":
        return f"COPY{m.group(2)};"
    return ""


_OPENROWSET_BULK = re.compile(r"\b(OPENROWSET\s*\()\s*BULK\b", re.I)
_DECLARE_TEMP = re.compile(r"\bDECLARE\s+GLOBAL\s+TEMPORARY\s+TABLE\b", re.I)
_FROM_LOCAL = re.compile(r"\bFROM\s+LOCAL\b(?=\s+')", re.I)


def _outside_strings(sql: str, pattern: re.Pattern, repl) -> str:
    """``pattern.sub(repl, sql)`` except inside strings, quoted names and comments."""
    protected = [m.span() for m in STRIPPABLE.finditer(sql)]
    out, pos = [], 0
    for m in pattern.finditer(sql):
        if any(a <= m.start() < b for a, b in protected):
            continue
        out.append(sql[pos : m.start()] + repl(m))
        pos = m.end()
    return "".join(out) + sql[pos:]
