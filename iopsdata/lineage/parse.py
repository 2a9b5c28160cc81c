"""Safe parsing for lineage: depth pre-check, one tokenizer pass, per-statement text and line.

The compiled sqlglot parser can crash the whole process on deeply nested SQL, so nesting is
measured on the raw text before anything is parsed.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect, NormalizationStrategy
from sqlglot.errors import ParseError, TokenError
from sqlglot.optimizer.normalize_identifiers import normalize_identifiers
from sqlglot.tokens import Token, TokenType

from iopsdata.errors import LineageError
from iopsdata.lineage.blocks import Chunk, needs_blocks, split
from iopsdata.lineage.fastparse import identifiers, split_at_semicolons, tokenize
from iopsdata.lineage.fastparse import parser as cached_parser
from iopsdata.lineage.prepare import STRIPPABLE, prepare
from iopsdata.lineage.storage import scrub

MAX_DEPTH = 40
_PARENS = re.compile(r"[()]")
# sqlglot logs a warning for every statement it falls back to exp.Command for; we report that
# ourselves as ``partial``.
logging.getLogger("sqlglot").setLevel(logging.ERROR)


@dataclass(frozen=True)
class ParsedStatement:
    expression: exp.Expr
    sql: str
    line: int
    error: str | None = None  # why a statement of a longer script could not be parsed


# Dialects whose statements may be written in a sibling's syntax: Athena runs Trino DML but
# takes Hive-style backtick names and DDL.
PARSE_RETRY = {"athena": "hive"}
FILE_FORMATS = frozenset(
    [
        "parquet",
        "csv",
        "json",
        "delta",
        "orc",
        "avro",
        "text",
        "binaryfile",
        "iceberg",
        "hudi",
        "jdbc",
    ]
)
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


def check_depth(sql: str, limit: int = MAX_DEPTH) -> None:
    """Refuse SQL nested deeper than ``limit`` parentheses (strings and comments ignored).

    Raises:
        LineageError: naming the line and column where the limit is crossed.
    """
    if sql.count("(") <= limit:
        return
    stripped = STRIPPABLE.sub(lambda m: " " * len(m.group()), sql)
    depth = 0
    for match in _PARENS.finditer(stripped):
        depth += 1 if match.group() == "(" else -1
        if depth > limit:
            line, col = position(sql, match.start())
            raise LineageError(
                f"The SQL is nested more than {limit} parentheses deep (line {line}, column {col}); "
                "it is refused to protect the server.",
                hint="Flatten the deepest subqueries into CTEs.",
            )


def position(sql: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of a character offset."""
    line = sql.count("\n", 0, offset) + 1
    return line, offset - (sql.rfind("\n", 0, offset) + 1) + 1


def parse_script(sql: str, dialect: str | None) -> list[ParsedStatement]:
    """Parse every statement of ``sql``.

    Raises:
        LineageError: the SQL is too deep, cannot be tokenized or parsed; the message names the
            line and column.
    """
    check_depth(sql)
    d = get_dialect(dialect)
    sql = prepare(sql, dialect, d)
    try:
        tokens = tokenize(d, sql)
    except TokenError as exc:
        raise LineageError(_token_error_message(sql, exc)) from None
    retry = PARSE_RETRY.get(dialect or "")
    try:
        out = _parse_tokens(sql, tokens, dialect, soft=False)
    except LineageError:
        if retry is None:
            raise
        try:
            out = _parse_tokens(sql, get_dialect(retry).tokenize(sql), retry, soft=False)
        except (LineageError, TokenError):
            raise LineageError(f"The SQL could not be parsed as {dialect}.") from None
    if retry is not None:
        out = [_reparsed(st, retry) if isinstance(st.expression, exp.Command) else st for st in out]
    if not out:
        raise LineageError("There is no SQL statement to analyse.")
    if all(st.error for st in out):  # nothing could be read: the first error, not an empty answer
        raise LineageError(out[0].error or "The SQL could not be parsed.")
    return out


def _reparsed(st: ParsedStatement, dialect: str) -> ParsedStatement:
    """A statement kept as an opaque command, parsed again in the sibling dialect if it can."""
    try:
        exprs = get_dialect(dialect).parse(st.sql)
    except (ParseError, TokenError):
        return st
    if len(exprs) == 1 and exprs[0] is not None and not isinstance(exprs[0], exp.Command):
        return ParsedStatement(exprs[0], st.sql, st.line)
    return st


def _parse_tokens(
    sql: str,
    tokens: list,
    dialect: str | None,
    soft: bool,
    line_offset: int = 0,
    head: frozenset[str] | None = None,
) -> list[ParsedStatement]:
    d = get_dialect(dialect)
    if head or needs_blocks(sql, dialect):
        chunks, procedural = split(tokens, dialect, head)
        soft = soft or procedural
    else:
        chunks = [Chunk(part) for part in split_at_semicolons(sql, tokens)]
    parser = cached_parser(d)
    splittable = soft or dialect in ("tsql", "fabric")
    # In a script, one statement sqlglot cannot read (a vendor command, a typo) costs that
    # statement only: it is kept as a partial, unread statement and the rest is analysed.
    tolerant = sum(1 for c in chunks if c.tokens or c.text is not None) > 1
    out: list[ParsedStatement] = []
    for chunk in chunks:
        if chunk.text is not None:  # a procedure body written as a string: a script of its own
            try:
                inner = tokenize(d, chunk.text)
            except TokenError:
                continue
            out.extend(_parse_tokens(chunk.text, inner, dialect, True, chunk.line - 1, chunk.head))
        elif chunk.tokens:
            try:
                parsed = _parse_chunk(parser, sql, chunk.tokens, soft, splittable, line_offset)
            except LineageError as exc:
                if not tolerant or not exc.message.startswith(_UNPARSED):
                    raise
                opaque = _opaque(sql, chunk.tokens, line_offset)
                parsed = [ParsedStatement(opaque.expression, opaque.sql, opaque.line, exc.message)]
            if soft and dialect not in ("tsql", "fabric"):
                for st in parsed:
                    _variables_into(st.expression)
            out.extend(parsed)
    return out


def _variables_into(node: exp.Expr) -> None:
    """In procedural SQL outside T-SQL, ``SELECT … INTO x`` fills variables: not a table."""
    if isinstance(node, exp.Select) and node.args.get("into") is not None:
        node.set("into", None)


_UNPARSED = "The SQL could not be parsed"


def _parse_chunk(
    parser, sql: str, chunk: list, soft: bool, splittable: bool, line_offset: int
) -> list[ParsedStatement]:
    """Parse one chunk; in T-SQL and procedure bodies a chunk that holds several statements
    without ``;`` is split where the parser stopped, and a statement it cannot read is kept as
    an opaque command (partial) instead of failing the whole script."""
    try:
        exprs = parser.parse(chunk, sql)
    except ParseError as exc:
        if rescued := _rescued(parser, sql, chunk, line_offset):
            return rescued
        err = exc.errors[0] if exc.errors else {}
        at = next(
            (
                k
                for k, tok in enumerate(chunk)
                if tok.line == err.get("line") and tok.col == err.get("col")
            ),
            0,
        )
        if splittable and at > 0:
            try:
                head = _parse_chunk(parser, sql, chunk[:at], False, False, line_offset)
            except LineageError:
                head = []
            if head:
                return head + _parse_chunk(parser, sql, chunk[at:], soft, splittable, line_offset)
        if soft:
            return [_opaque(sql, chunk, line_offset)]
        where = f"line {err.get('line', chunk[0].line)}, column {err.get('col', chunk[0].col)}"
        desc = err.get("description") or "syntax error"
        raise LineageError(f"{_UNPARSED} at {where}: {desc}.") from None
    except RecursionError:
        raise LineageError("The SQL is nested too deeply to analyse.") from None
    text = sql[chunk[0].start : chunk[-1].end + 1]
    line = chunk[0].line + line_offset
    if (
        len(exprs) == 1
        and isinstance(exprs[0], exp.Command)
        and (rescued := _rescued(parser, sql, chunk, line_offset))
    ):
        return rescued
    return [ParsedStatement(e, text, line) for e in exprs if e is not None]


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


def _rescued(parser, sql: str, chunk: list, line_offset: int) -> list[ParsedStatement]:
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
        return [_opaque(sql, chunk, line_offset)]
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
        return [_opaque(sql, chunk, line_offset)]
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


def _opaque(sql: str, chunk: list, line_offset: int) -> ParsedStatement:
    text = sql[chunk[0].start : chunk[-1].end + 1]
    rest = sql[chunk[1].start : chunk[-1].end + 1] if len(chunk) > 1 else ""
    node = exp.Command(this=chunk[0].text.upper(), expression=exp.Literal.string(rest))
    return ParsedStatement(node, text, chunk[0].line + line_offset)


def _token_error_message(sql: str, exc: TokenError) -> str:
    match = re.search(r"Error tokenizing '(.*)'", str(exc), re.S)
    offset = (
        sql.find(match.group(1)) + len(match.group(1)) if match and match.group(1) in sql else -1
    )
    if offset < 0:
        return "The SQL could not be read (an unterminated string, quoted name or comment?)."
    line, col = position(sql, max(offset - 1, 0))
    return (
        f"The SQL could not be read near line {line}, column {col} "
        "(an unterminated string, quoted name or comment?)."
    )


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


# Table functions that read files or object storage (DuckDB read_*/…_scan, ClickHouse file/s3/url,
# T-SQL OPENROWSET, Snowflake INFER_SCHEMA); any other function in FROM computes its rows.
_FILE_FUNCTIONS = frozenset(
    {"file", "s3", "s3cluster", "url", "hdfs", "gcs", "azureblobstorage", "openrowset"}
    | {"infer_schema", "st_read", "sniff_csv", "glob"}
)


def reads_file(func: exp.Func) -> bool:
    """Whether a table function in FROM reads a file (its path is the source)."""
    name = (func.name if isinstance(func, exp.Anonymous) else func.sql_name()).lower()
    return name.startswith("read_") or name.endswith("_scan") or name in _FILE_FUNCTIONS


def is_table_function(table: exp.Table) -> bool:
    """``FROM generate_series(…)`` / ``jsonb_array_elements(t.x)`` / ``JSON_TABLE(…)``: rows
    computed from the arguments, neither a table nor a file."""
    return isinstance(table.this, exp.Func) and not reads_file(table.this)


_DECORATOR = re.compile(r"(?<=\w)\$(?:\d{4,10}|__NULL__|__UNPARTITIONED__)$")


def table_name(table: exp.Table) -> tuple[str, bool]:
    """(qualified name as written, is_path). Stages and quoted locations count as paths."""
    this = table.this
    if isinstance(this, exp.Literal):
        return this.name, True
    if isinstance(this, exp.Var) and this.name.startswith("@"):
        return this.name, True
    if isinstance(this, exp.Func) and not reads_file(this):  # generate_series(…), JSON_TABLE(…)
        return this.sql(), False
    if isinstance(this, exp.Func):  # table functions such as read_csv('x.csv') read files
        literal = this.find(exp.Literal)
        return (
            (literal.name, True)
            if literal is not None and literal.is_string
            else (this.sql(), True)
        )
    if isinstance(this, exp.Parameter):  # T-SQL table variable @t
        return "@" + this.name, False
    db = table.args.get("db")
    if (
        isinstance(this, exp.Identifier)
        and this.quoted
        and db is not None
        and db.name.lower() in FILE_FORMATS
        and ("/" in this.name or ":" in this.name)
    ):  # Spark/Databricks parquet.`/path`, csv.`s3://…`: the path itself is read
        return this.name, True
    if isinstance(this, exp.Dot):  # T-SQL four-part server.db.schema.table
        parts = [p.name for p in (table.args.get("catalog"), db) if p is not None and p.name]
        return ".".join([*parts, *(p.name for p in this.flatten())]), False
    parts = [p.name for p in (table.args.get("catalog"), db, this) if p is not None and p.name]
    if parts and "$" in parts[-1]:  # BigQuery partition decorator t$20240101: table t
        parts[-1] = _DECORATOR.sub("", parts[-1])
    if isinstance(this, exp.Identifier) and parts:  # T-SQL #temp and ##global temp tables
        if this.args.get("global_"):
            parts[-1] = "##" + parts[-1]
        elif this.args.get("temporary"):
            parts[-1] = "#" + parts[-1]
    return ".".join(parts), False
