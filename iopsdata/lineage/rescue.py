"""Rescue paths: statements sqlglot cannot parse (or keeps as an opaque command) read another way.

Vendor syntax sqlglot lacks (MySQL ``LOAD DATA INFILE``, T-SQL ``BULK INSERT`` and ``OUTPUT …
INTO``, Teradata ``LOCKING`` and ``UPDATE … FROM … SET``, Hive ``EXPORT``/``IMPORT``, Oracle
updates through a join view …) is rewritten to an equivalent sqlglot can read, or built as an
expression directly, so its lineage is not lost. Kept apart from ``parse``: each rule is a small
regex and a rewrite, and the list grows with every dialect while the parse loop does not.
"""

from __future__ import annotations

import re

from sqlglot import exp
from sqlglot.errors import ParseError, TokenError
from sqlglot.tokens import Token, TokenType

from iopsdata.lineage.dialects import get_dialect
from iopsdata.lineage.parsed import ParsedStatement, opaque
from iopsdata.lineage.storage import scrub

# MySQL/MariaDB LOAD DATA … INFILE 'file' … INTO TABLE t, which sqlglot reads only in Hive's form
_LOAD_INFILE = re.compile(
    r"^\s*LOAD\s+(?:DATA|XML)\s+(?:LOW_PRIORITY\s+|CONCURRENT\s+)?(?:LOCAL\s+)?INFILE\s+"
    r"'((?:[^']|'')*)'\s+(?:REPLACE\s+|IGNORE\s+)?INTO\s+TABLE\s+([\w$.`\"]+)",
    re.I,
)


# T-SQL BULK INSERT t FROM 'file' [WITH (…)]; Impala CREATE [EXTERNAL] TABLE t LIKE PARQUET
# 'file' (columns from a file); Vertica EXPORT TO PARQUET (directory = 'd' …) AS <query>
_BULK_INSERT = re.compile(r"^\s*BULK\s+INSERT\s+([\w$#.\[\]\"]+)\s+FROM\s+'([^']*)'", re.I)
_LIKE_FILE = re.compile(
    r"^\s*CREATE\s+(?:EXTERNAL\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?([\w$.`]+)\s+"
    r"LIKE\s+(?:PARQUET|ORC|AVRO)\s+'([^']*)'",
    re.I,
)
_VERTICA_EXPORT = re.compile(
    r"^\s*EXPORT\s+TO\s+\w+\s*\([^()]*?\bdirectory\s*=\s*'([^']*)'[^()]*\)"
    r"(?:\s+OVER\s*\([^()]*\))?\s+AS\s+((?:SELECT|WITH)\b.*)$",
    re.I | re.S,
)
# Hive EXPORT TABLE t [PARTITION (…)] TO 'path' / IMPORT [EXTERNAL] TABLE t [PARTITION (…)] FROM
# 'path' [LOCATION …]: a table's data copied out to, or in from, a path
_HIVE_EXPORT = re.compile(
    r"^\s*EXPORT\s+TABLE\s+([\w$.`]+)(?:\s+PARTITION\s*\([^()]*\))?\s+TO\s+'([^']*)'", re.I
)
_HIVE_IMPORT = re.compile(
    r"^\s*IMPORT\s+(?:EXTERNAL\s+)?TABLE\s+([\w$.`]+)(?:\s+PARTITION\s*\([^()]*\))?"
    r"\s+FROM\s+'([^']*)'",
    re.I,
)
# ``USE name`` where the name is a keyword sqlglot takes for a USE kind (``USE warehouse``)
_USE_NAME = re.compile(r"^\s*USE\s+([\w$\[\]\"`]+(?:\.[\w$\[\]\"`]+)*)\s*$", re.I)
# T-SQL OUTPUT <columns> INTO target [(columns)] of INSERT/UPDATE/DELETE/MERGE
_OUTPUT_INTO = re.compile(r"\bOUTPUT\b.*?\bINTO\s+([\w$#@.\[\]\"]+)(?:\s*\([^()]*\))?", re.I | re.S)
# Maintenance statements that move no data, kept as opaque commands when sqlglot refuses them
# (Impala COMPUTE STATS, INVALIDATE METADATA, Hive MSCK REPAIR, Databricks OPTIMIZE/VACUUM …).
_ADMIN_VERBS = frozenset(
    ["COMPUTE", "INVALIDATE", "REFRESH", "MSCK", "ANALYZE", "VACUUM", "OPTIMIZE", "GRANT", "REVOKE"]
)
# Cursor control (OPEN c, FETCH NEXT FROM c INTO @x, CLOSE, DEALLOCATE): the cursor's query is
# read where it is declared
_CURSOR_VERBS = frozenset(["OPEN", "FETCH", "CLOSE", "DEALLOCATE"])
# Teradata's LOCKING ROW|TABLE t FOR ACCESS … request modifier before a statement
_LOCKING = re.compile(
    r"^\s*LOCK(?:ING)?\s+(?:ROW|(?:TABLE|DATABASE|VIEW)\s+\S+)?\s*FOR\s+"
    r"(?:ACCESS|READ|WRITE|EXCLUSIVE|CHECKSUM)(?:\s+MODE)?(?:\s+NOWAIT)?\s+",
    re.I,
)
# Teradata's UPDATE target FROM sources SET … [WHERE …], read in the usual order
_UPDATE_FROM_SET = re.compile(
    r"^\s*UPD(?:ATE)?\s+(\S+(?:\s+(?!FROM\b)\w+)?)\s+FROM\s+(.+?)\s+SET\s+(.+?)(\s+WHERE\s.*)?$",
    re.I | re.S,
)
# Verbs sqlglot does not know that mean one it does, for lineage.
_SYNONYMS = {"UPSERT": "INSERT", "REPLACE": "CREATE OR REPLACE", "CT": "CREATE TABLE"}
_SYNONYMS["CV"] = "CREATE VIEW"  # Teradata's abbreviations
_VERB_SYNONYM = re.compile(
    r"^\s*(UPSERT(?=\s+INTO\b)|REPLACE(?=\s+TABLE\b)|CT(?=\s)|CV(?=\s))", re.I
)
# MySQL INSERT|REPLACE|UPDATE|DELETE LOW_PRIORITY|DELAYED|HIGH_PRIORITY|QUICK: scheduling only
_PRIORITY = re.compile(
    r"^(\s*(?:INSERT|REPLACE|UPDATE|DELETE))\s+(?:LOW_PRIORITY|DELAYED|HIGH_PRIORITY|QUICK)\b", re.I
)


def _parse_text(parser, text: str) -> list:
    """``text`` tokenized and parsed with ``parser``'s dialect (a rewritten statement, a part of one)."""
    return parser.parse(parser.dialect.tokenize(text), text)


def rescue(parser, sql: str, chunk: list, line_offset: int) -> list[ParsedStatement]:
    """A chunk sqlglot refuses (or keeps as a command), read another way: MySQL ``LOAD DATA
    INFILE``, ``USE <keyword>``, maintenance statements (opaque), Teradata ``LOCKING … FOR ACCESS``, T-SQL ``OUTPUT … INTO t`` (a write of ``t``), Teradata ``UPDATE t
    FROM s SET``, a verb synonym (``UPSERT INTO``, ``REPLACE TABLE``), or the
    statement without its storage clauses (``storage.scrub``); [] when that gives nothing."""
    text = sql[chunk[0].start : chunk[-1].end + 1]
    verb = chunk[0].text.upper()
    if (named := _keywords_as_names(chunk)) is not None:  # mart.sample, db.order …
        try:
            exprs = parser.parse(named, sql)
            if exprs and all(e is not None and not isinstance(e, exp.Command) for e in exprs):
                line = chunk[0].line + line_offset
                return [ParsedStatement(e, text, line) for e in exprs]
        except (ParseError, TokenError, RecursionError):
            pass
    node: exp.Expr | None = None
    try:
        if verb == "LOAD" and (m := _LOAD_INFILE.match(text)):
            table = exp.to_table(m.group(2), dialect=parser.dialect)
            node = exp.LoadData(this=table, inpath=exp.Literal.string(m.group(1)))
        elif verb == "USE" and (m := _USE_NAME.match(text)):  # USE warehouse
            node = exp.Use(this=exp.to_table(m.group(1), dialect=parser.dialect))
        elif (verb == "BULK" and (m := _BULK_INSERT.match(text))) or (
            verb == "CREATE" and (m := _LIKE_FILE.match(text))
        ):  # T-SQL: file → table
            table = exp.to_table(m.group(1), dialect=parser.dialect)
            node = exp.LoadData(this=table, inpath=exp.Literal.string(m.group(2)))
        elif verb == "EXPORT" and (m := _VERTICA_EXPORT.match(text)):  # query → directory
            rows = _parse_text(parser, m.group(2))
            if len(rows) == 1 and isinstance(rows[0], exp.Query):
                path = exp.Literal.string(m.group(1))
                node = exp.Copy(this=exp.Subquery(this=rows[0]), kind=False, files=[path])
        elif verb == "EXPORT" and (m := _HIVE_EXPORT.match(text)):  # table → path
            table = exp.to_table(m.group(1), dialect=parser.dialect)
            node = exp.Copy(this=table, kind=False, files=[exp.Literal.string(m.group(2))])
        elif verb == "IMPORT" and (m := _HIVE_IMPORT.match(text)):  # path → table
            table = exp.to_table(m.group(1), dialect=parser.dialect)
            node = exp.LoadData(this=table, inpath=exp.Literal.string(m.group(2)))
    except (ParseError, TokenError):
        return []
    if node is not None:
        return [ParsedStatement(node, text, chunk[0].line + line_offset)]
    if verb in _ADMIN_VERBS or verb in _CURSOR_VERBS:  # no table data moves
        return [opaque(sql, chunk, line_offset)]
    if verb in ("SELECT", "WITH", "(") and (m := _INTO_OUTFILE.search(text)):
        return _into_outfile(parser, text, m, chunk[0].line + line_offset)
    if verb == "LET" and (m := _LET.match(text)):  # Snowflake LET v [type] := expr
        text_ = f"{m.group(1)} := {m.group(2)}"
        try:
            exprs = _parse_text(parser, text_)
        except (ParseError, TokenError, RecursionError):
            return []
        return [ParsedStatement(e, text, chunk[0].line + line_offset) for e in exprs if e]
    if verb == "UPDATE" and (m := _INLINE_VIEW_UPDATE.match(text)):
        update = _inline_view_update(parser, m)
        return [ParsedStatement(update, text, chunk[0].line + line_offset)] if update else []
    if verb == "DECLARE" and CURSOR.match(text):  # MySQL refuses it: read in commands._command
        return [opaque(sql, chunk, line_offset)]
    also: list[str] = []
    if verb in ("INSERT", "UPDATE", "DELETE", "MERGE") and (m := _OUTPUT_INTO.search(text)):
        # T-SQL OUTPUT … INTO t: the statement without it, and a write of t
        clean: str | None = text[: m.start()] + " " + text[m.end() :]
        also.append(f"INSERT INTO {m.group(1)} VALUES (NULL)")
    elif verb in ("LOCKING", "LOCK") and (m := _LOCKING.match(text)):  # Teradata modifier
        clean = text[m.end() :]
    elif (m := _VERB_SYNONYM.match(text)) is not None:  # Kudu UPSERT, Spark REPLACE TABLE
        clean = _SYNONYMS[m.group(1).upper()] + text[m.end() :]
    elif (m := _PRIORITY.match(text)) is not None:
        clean = m.group(1) + text[m.end() :]
    elif (m := _UPDATE_FROM_SET.match(text)) is not None:  # Teradata UPDATE t FROM s SET …
        clean = f"UPDATE {m.group(1)} SET {m.group(3)} FROM {m.group(2)}{m.group(4) or ''}"
        parser = get_dialect("postgres").parser()  # Teradata's grammar has no UPDATE … FROM
    elif verb in ("CREATE", "INSERT", "MERGE"):
        clean = scrub(text)
    else:
        clean = None
    if clean is None:
        return []
    try:
        exprs = [e for sql_ in (clean, *also) for e in _parse_text(parser, sql_)]
    except (ParseError, TokenError, RecursionError):
        return []
    if not exprs or any(e is None or isinstance(e, exp.Command) for e in exprs):
        return []
    return [ParsedStatement(e, text, chunk[0].line + line_offset) for e in exprs]


# MySQL SELECT … INTO OUTFILE|DUMPFILE 'file' [CHARACTER SET x] [FIELDS|COLUMNS …] [LINES …],
# before FROM or at the end: the query's rows are written to the file
_INTO_OUTFILE = re.compile(
    r"\bINTO\s+(?:OUTFILE|DUMPFILE)\s+'((?:[^']|'')*)'"
    r"(?:\s+(?:CHARACTER\s+SET\s+\w+|FIELDS|COLUMNS|LINES|OPTIONALLY"
    r"|(?:TERMINATED|ENCLOSED|ESCAPED|STARTING)\s+BY\s+'(?:[^']|'')*'))*",
    re.I,
)


_LET = re.compile(r"^\s*LET\s+(\w+)(?:\s+[\w(), ]+?)?\s*(?::=|DEFAULT)\s*(.+?)\s*$", re.I | re.S)
# DECLARE c [options] CURSOR [options] FOR <query> [FOR READ ONLY | FOR UPDATE [OF …]]
# (T-SQL, MySQL, Db2 …): the rows the procedure loops over are read from the query's tables
CURSOR = re.compile(
    r"^\s*DECLARE\s+[@\w]+\s+(?:\w+\s+)*?CURSOR\b(?:\s+\w+)*?\s+FOR\s+"
    r"((?:SELECT|WITH)\b.*?)(?:\s+FOR\s+(?:READ\s+ONLY|UPDATE\b.*))?\s*$",
    re.I | re.S,
)


# Oracle UPDATE (SELECT t.v AS old_v, s.v AS new_v FROM t JOIN s ON …) SET old_v = new_v: an
# update of the key-preserved table t through a join view
_INLINE_VIEW_UPDATE = re.compile(
    r"^\s*UPDATE\s*\(\s*((?:SELECT|WITH)\b.*)\)\s*(?:\w+\s+)?SET\s+(.*?)"
    r"(?:\s+WHERE\s+(.*?))?\s*$",
    re.I | re.S,
)


def _inline_view_update(parser, m: re.Match) -> exp.Update | None:
    """``UPDATE (<join view>) SET a = b`` as ``UPDATE t SET col = <expr> FROM <other sources>``:
    each view column stands for the expression it selects."""
    try:
        view = _parse_text(parser, m.group(1))[0]
        sets = _parse_text(parser, f"SELECT {m.group(2)}")[0]
    except (ParseError, TokenError, RecursionError, IndexError):
        return None
    if not isinstance(view, exp.Select) or not isinstance(sets, exp.Select):
        return None
    cols = {p.alias_or_name.lower(): p.unalias() for p in view.expressions}
    from_ = view.args.get("from_")
    sources = [from_.this] if from_ is not None else []
    sources.extend(j.this for j in view.args.get("joins") or [])
    target, pairs = None, []
    for eq in sets.expressions:
        lhs = cols.get(eq.this.name.lower()) if isinstance(eq, exp.EQ) else None
        if not isinstance(lhs, exp.Column) or not lhs.table:
            return None
        rhs = eq.expression.transform(
            lambda n: (
                cols[n.name.lower()].copy()
                if isinstance(n, exp.Column) and not n.table and n.name.lower() in cols
                else n
            )
        )
        pairs.append(exp.EQ(this=exp.column(lhs.name), expression=rhs))
        target = target or next((t for t in sources if t.alias_or_name == lhs.table), None)
    if not isinstance(target, exp.Table):
        return None
    others = [t for t in sources if t is not target]
    update = exp.Update(this=target.copy(), expressions=pairs)
    if others:
        update.set("from_", exp.From(this=others[0].copy()))
        update.set("joins", [exp.Join(this=t.copy()) for t in others[1:]])
    return update


def _into_outfile(parser, text: str, m: re.Match, line: int) -> list[ParsedStatement]:
    """``SELECT … INTO OUTFILE 'f'`` read as ``COPY (SELECT …) TO 'f'``."""
    query = text[: m.start()] + " " + text[m.end() :]
    try:
        exprs = _parse_text(parser, query)
    except (ParseError, TokenError, RecursionError):
        return []
    if len(exprs) != 1 or not isinstance(exprs[0], exp.Query):
        return []
    path = exp.Literal.string(m.group(1).replace("''", "'"))
    node = exp.Copy(this=exp.Subquery(this=exprs[0]), kind=False, files=[path])
    return [ParsedStatement(node, text, line)]


_NAME_TOKENS = frozenset(
    {TokenType.VAR, TokenType.IDENTIFIER, TokenType.STAR, TokenType.NUMBER, TokenType.PARAMETER}
)


def _keywords_as_names(chunk: list) -> list | None:
    """The chunk with keywords right after a ``.`` read as names (``INSERT INTO mart.sample``:
    SAMPLE is a keyword to the tokenizer, a table here); None when there are none."""
    out, changed = list(chunk), False
    for k in range(1, len(chunk)):
        tok = chunk[k]
        if (
            chunk[k - 1].token_type == TokenType.DOT
            and tok.token_type not in _NAME_TOKENS
            and tok.text[:1].isalpha()
        ):
            out[k] = Token(
                TokenType.VAR, tok.text, tok.line, tok.col, tok.start, tok.end, tok.comments
            )
            changed = True
    return out if changed else None
