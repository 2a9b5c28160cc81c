"""Statement boundaries beyond ``;``: procedure bodies, BEGIN … END blocks, GO, T-SQL batches.

sqlglot parses one statement per ``;``-separated chunk and understands procedural SQL only in
parts, differently per dialect. Lineage only needs the data statements inside, so blocks are
flattened on the token stream, the same way for every dialect:

* a ``CREATE/ALTER PROCEDURE`` header (name, parameters, RETURNS, LANGUAGE … up to ``AS``/``IS``
  or ``BEGIN``) is dropped and its body analysed statement by statement; a body given as a
  string (``AS $$ … $$``) is returned as text to be analysed as a script of its own;
* ``BEGIN``/``END`` (not ``BEGIN TRANSACTION``, not a CASE's END), ``ELSE``, ``LOOP``, the
  ``IF … THEN`` / ``WHILE … DO`` heads, ``EXCEPTION WHEN … THEN`` and Oracle declaration sections
  separate statements and are dropped;
* ``GO`` on its own line (T-SQL) and ``/`` on its own line (Oracle) separate batches;
* T-SQL needs no ``;`` between statements: a new statement starts at a top-level statement
  keyword that cannot continue the current one (``insert into a select … insert into c …``);
* T-SQL compound assignments (``SET x += 1``) are rewritten to ``x = x + 1`` for the parser.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlglot.tokens import Token, TokenType

_STARTERS = frozenset(
    [
        "INSERT",
        "UPDATE",
        "DELETE",
        "MERGE",
        "TRUNCATE",
        "DROP",
        "CREATE",
        "ALTER",
        "DECLARE",
        "SET",
        "SELECT",
        "WITH",
        "USE",
        "EXEC",
        "EXECUTE",
        "PRINT",
        "OPEN",
        "FETCH",
        "CLOSE",
        "DEALLOCATE",
        "COMMIT",
        "ROLLBACK",
        "RAISERROR",
        "THROW",
        "RETURN",
        "WAITFOR",
        "BREAK",
        "CONTINUE",
    ]
)
_BLOCK_WORDS = frozenset(
    [
        "BEGIN",
        "GO",
        "DECLARE",
        "PROCEDURE",
        "PROC",
        "FUNCTION",
        "MACRO",
        "PACKAGE",
        "ELSIF",
        "ELSEIF",
        "LOOP",
        "EXCEPTION",
        "DO",
        "IMMEDIATE",
        "IF",
        "WHILE",
    ]
)
_HEAD_END = {
    "IF": {"THEN", "BEGIN"},
    "ELSIF": {"THEN"},
    "ELSEIF": {"THEN"},
    "WHILE": {"DO", "LOOP", "BEGIN"},
    "FOR": {"LOOP", "DO"},
    "EXCEPTION": {"THEN"},
    "FORALL": set(),  # Oracle FORALL i IN 1 .. n <DML>: the head ends where the DML starts
}
_SET_OPS = frozenset({"UNION", "ALL", "DISTINCT", "EXCEPT", "INTERSECT", "MINUS", "AS", "("})
_COMPOUND = frozenset(
    {
        TokenType.PLUS,
        TokenType.DASH,
        TokenType.STAR,
        TokenType.SLASH,
        TokenType.MOD,
        TokenType.AMP,
        TokenType.PIPE,
        TokenType.CARET,
    }
)
_STRINGS = frozenset(
    {TokenType.STRING, TokenType.RAW_STRING, TokenType.HEREDOC_STRING, TokenType.NATIONAL_STRING}
)
_TSQL = frozenset({"tsql", "fabric"})
# A statement keyword right after these continues the statement (MERGE … THEN UPDATE, CURSOR
# FOR SELECT, ON DELETE, GRANT SELECT, INSERT, …, AFTER INSERT, BULK INSERT, CREATE OR ALTER).
_NO_SPLIT_AFTER = frozenset(
    {
        "THEN",
        "FOR",
        "ON",
        "GRANT",
        "REVOKE",
        "DENY",
        ",",
        "AFTER",
        "BEFORE",
        "OF",
        "BULK",
        "OR",
        "AS",
    }
)
# CREATE/ALTER/DROP start a statement only when an object kind follows.
_OBJECTS = frozenset(
    {
        "TABLE",
        "VIEW",
        "PROCEDURE",
        "PROC",
        "FUNCTION",
        "INDEX",
        "UNIQUE",
        "CLUSTERED",
        "NONCLUSTERED",
        "SCHEMA",
        "DATABASE",
        "TRIGGER",
        "OR",
        "SEQUENCE",
        "TYPE",
        "SYNONYM",
        "USER",
        "ROLE",
        "LOGIN",
        "STATISTICS",
        "MATERIALIZED",
        "EXTERNAL",
    }
)
# T-SQL statements that never contain another statement keyword (but DECLARE … CURSOR FOR).
_SIMPLE = frozenset({"SET", "DECLARE", "USE", "PRINT", "TRUNCATE", "DROP", "EXEC", "EXECUTE"})
_COMMANDS = frozenset({TokenType.COMMAND, TokenType.EXECUTE})


@dataclass
class Chunk:
    """One statement's tokens, or (``text``) a procedure body given as a string literal."""

    tokens: list[Token] = field(default_factory=list)
    text: str | None = None
    line: int = 1
    head: frozenset[str] | None = None  # for text: a control-flow head to drop first


def needs_blocks(sql: str, dialect: str | None) -> bool:
    """Whether the text may hold anything :func:`split` handles beyond plain ``;`` (a look at
    its whitespace-separated words: ~10× cheaper than a regex or the tokens; a false alarm
    only costs time)."""
    words = sql.upper().split()
    return (
        dialect in _TSQL
        or not _BLOCK_WORDS.isdisjoint(words)
        or (dialect == "oracle" and "/" in words)
    )


def split(
    tokens: list[Token], dialect: str | None, head: frozenset[str] | None = None
) -> tuple[list[Chunk], bool]:
    """Statement chunks and whether procedural syntax was seen (then bad statements are soft).

    ``head``: the tokens start with a control-flow head (``i < 3 DO …``) ending at one of
    these words, dropped first.
    """
    return _Splitter(tokens, dialect).run(head)


def unquote(text: str) -> str:
    """The SQL inside a string literal or a ``$$ … $$`` / ``$tag$ … $tag$`` body."""
    text = text.strip()
    if text.startswith("$") and (end := text.find("$", 1)) > 0:
        tag = text[: end + 1]
        if text.endswith(tag) and len(text) >= 2 * len(tag):
            return text[len(tag) : -len(tag)]
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1].replace(text[0] * 2, text[0])
    if text[:2].upper() == "N'" and text.endswith("'"):
        return text[2:-1].replace("''", "'")
    return text


def _word(tok: Token) -> str:
    return "" if tok.token_type in _STRINGS else tok.text.upper()


class _Splitter:
    def __init__(self, tokens: list[Token], dialect: str | None) -> None:
        self.toks = tokens
        self.tsql = dialect in _TSQL
        self.oracle = dialect == "oracle"
        self.chunks: list[Chunk] = [Chunk()]
        self.procedural = False
        self.depth = 0
        self.case = 0

    def cut(self) -> None:
        if self.chunks[-1].tokens or self.chunks[-1].text is not None:
            self.chunks.append(Chunk())

    def run(self, head: frozenset[str] | None = None) -> tuple[list[Chunk], bool]:
        toks = self.toks
        n = len(toks)
        i = self.skip_head(0, set(head)) if head else 0
        while i < n:
            i = self.step(i, toks[i], n)
        chunks = [c for c in self.chunks if c.tokens or c.text is not None]
        return chunks, self.procedural

    def first_on_line(self, i: int) -> bool:
        return i == 0 or self.toks[i - 1].line < self.toks[i].line

    def last_on_line(self, i: int) -> bool:
        return i + 1 >= len(self.toks) or self.toks[i + 1].line > self.toks[i].line

    def step(self, i: int, tok: Token, n: int) -> int:
        tt = tok.token_type
        cur = self.chunks[-1].tokens
        if tt == TokenType.SEMICOLON:
            self.cut()
            return i + 1
        if tt == TokenType.L_PAREN:
            self.depth += 1
        elif tt == TokenType.R_PAREN:
            self.depth = max(self.depth - 1, 0)
        word = _word(tok)
        if self.depth == 0 and tt != TokenType.L_PAREN:
            if word == "GO" and self.first_on_line(i):
                self.procedural = True
                self.cut()
                nxt = i + 1
                if nxt < n and self.toks[nxt].token_type == TokenType.NUMBER:
                    nxt += 1
                return self.command_rest(tok, nxt)
            if (
                tt == TokenType.SLASH
                and self.oracle
                and self.first_on_line(i)
                and self.last_on_line(i)
            ):
                self.cut()
                return i + 1
            if word == "CASE":
                self.case += 1
            elif word == "END" and self.case:
                self.case -= 1
            elif word == "END":
                self.procedural = True
                self.cut()
                nxt = i + 1
                if nxt < n and self.toks[nxt].token_type == TokenType.STRING:
                    # T-SQL's tokenizer reads the rest of ``END TRY`` up to ``;`` as one string
                    # (``TRY BEGIN CATCH INSERT …``): more statements, after the block's label
                    rest = self.toks[nxt]
                    label, _, body = rest.text.strip().partition(" ")
                    first = label.split("\n", 1)
                    text = first[1] + " " + body if len(first) > 1 else body
                    if label and text.strip():
                        self.chunks[-1].text = text
                        self.chunks[-1].line = tok.line + (len(first) > 1)
                        self.cut()
                    return nxt + 1
                if nxt < n and self.toks[nxt].line == tok.line:
                    w = _word(self.toks[nxt])
                    if w in {"IF", "LOOP", "WHILE", "FOR", "REPEAT", "CASE"} or (
                        self.toks[nxt].token_type in (TokenType.VAR, TokenType.IDENTIFIER)
                        and w not in _STARTERS
                    ):
                        nxt += 1
                return nxt
            elif word == "BEGIN":
                after = _word(self.toks[i + 1]) if i + 1 < n else ""
                if after not in {"TRAN", "TRANSACTION", "WORK", "DISTRIBUTED"}:
                    self.procedural = True
                    self.cut()
                    return self.command_rest(tok, i + 1)
            elif word in {"ELSE", "LOOP"} and not self.case:
                self.cut()
                return i + 1
            if (
                cur
                and self.tsql
                and word in {"IF", "WHILE"}
                and (_word(self.toks[i + 1]) if i + 1 < n else "") not in {"EXISTS", "NOT"}
            ):  # T-SQL: IF/WHILE after a statement without ``;`` starts a new one
                self.cut()
                cur = self.chunks[-1].tokens
            if not cur:
                if i + 1 < n and self.toks[i + 1].token_type in _STRINGS and tt in _COMMANDS:
                    nxt = self.command_text(word, self.toks[i + 1])
                    if nxt:
                        return i + 2
                if word in {"CREATE", "ALTER", "REPLACE"} or (
                    self.oracle and word in {"PROCEDURE", "FUNCTION"} and self.procedural
                ):
                    after_body = self.procedure_body(i)
                    if after_body is not None:
                        return after_body
                if word in _HEAD_END and (word != "FOR" or self.procedural or self.for_in(i)):
                    self.procedural = True
                    return self.skip_head(i + 1, _HEAD_END[word], keep_query=word == "FOR")
                if word == "DECLARE" and self.oracle:
                    self.procedural = True
                    return self.skip_declarations(i + 1)
            elif self.tsql and word in _STARTERS and self.starts_statement(i, word, cur):
                self.cut()
                cur = self.chunks[-1].tokens
            if (
                self.tsql
                and tt in _COMPOUND
                and i + 1 < n
                and self.toks[i + 1].token_type == TokenType.EQ
                and self.toks[i + 1].start == tok.end + 1
            ):
                lhs = self.assignee(cur)
                if lhs:
                    cur.extend([self.toks[i + 1], *lhs, tok])
                    return i + 2
        cur.append(tok)
        return i + 1

    def command_text(self, word: str, rest: Token) -> bool:
        """A command whose tokenizer kept the rest of the statement as one string (BigQuery's
        WHILE/ELSEIF, EXECUTE IMMEDIATE '…', DO $$ … $$): its SQL becomes a text chunk."""
        text = rest.text
        head: frozenset[str] | None = None
        if word in _HEAD_END:
            head = frozenset(_HEAD_END[word])
        elif word in {"EXECUTE", "EXEC"} and text.upper().startswith("IMMEDIATE"):
            text = unquote(text[len("IMMEDIATE") :])
        elif word == "DO":
            body = text.strip()
            if body.upper().startswith("LANGUAGE"):
                body = body.split(None, 2)[2] if len(body.split(None, 2)) > 2 else ""
            text = unquote(body)
        else:
            return False
        self.procedural = True
        self.cut()
        self.chunks[-1].text = text
        self.chunks[-1].line = rest.line
        self.chunks[-1].head = head
        self.cut()
        return True

    def command_rest(self, tok: Token, i: int) -> int:
        """Some tokenizers read the rest of a ``BEGIN``/``GO`` command up to ``;`` as one string:
        that string is more statements, returned as text to analyse on its own."""
        if (
            tok.token_type == TokenType.COMMAND
            and i < len(self.toks)
            and self.toks[i].token_type == TokenType.STRING
        ):
            rest = self.toks[i]
            self.chunks[-1].text = rest.text
            self.chunks[-1].line = rest.line
            self.cut()
            return i + 1
        return i

    # -- procedure headers and control-flow heads ----------------------------------------------
    def procedure_body(self, i: int) -> int | None:
        """Index where a procedure's body starts (header dropped), or None if not a procedure."""
        toks = self.toks
        j = i + 1
        limit = min(len(toks), i + 8)
        while j < limit and _word(toks[j]) not in {"PROCEDURE", "PROC", "FUNCTION", "MACRO"}:
            j += 1
        if j >= limit:
            return None
        depth = 0
        for k in range(j + 1, len(toks)):
            t = toks[k]
            if t.token_type == TokenType.L_PAREN:
                depth += 1
            elif t.token_type == TokenType.R_PAREN:
                depth -= 1
            elif depth == 0 and t.token_type == TokenType.SEMICOLON:
                return None
            elif depth == 0 and _word(t) in {"AS", "IS"}:
                self.procedural = True
                self.cut()
                body = k + 1
                if body < len(toks) and toks[body].token_type in _STRINGS:
                    end = self.skip_to(body + 1, set(), semicolon=True)
                    if self.sql_language(j, end):
                        self.chunks[-1].text = toks[body].text
                        self.chunks[-1].line = toks[body].line
                    else:  # kept whole, for sqlglot to name (no lineage claimed from it)
                        self.chunks[-1].tokens.extend(toks[i:end])
                    self.cut()
                    return end
                if self.oracle:
                    return self.skip_declarations(body)
                if (
                    _word(toks[j]) == "MACRO"  # Teradata: AS ( statements; )
                    and body < len(toks)
                    and toks[body].token_type == TokenType.L_PAREN
                ):
                    return body + 1
                return body
            elif depth == 0 and _word(t) == "BEGIN":
                self.procedural = True
                self.cut()
                return k
        return None

    def sql_language(self, start: int, end: int) -> bool:
        """Whether a procedure's ``LANGUAGE`` (if any, before or after the body) is SQL: a
        JavaScript, Python or Java body is not analysed."""
        for k in range(start, min(end, len(self.toks)) - 1):
            if _word(self.toks[k]) == "LANGUAGE":
                return _word(self.toks[k + 1]) in {"SQL", "PLPGSQL", "PLSQL", "TSQL"}
        return True

    def skip_to(self, i: int, words: set[str], semicolon: bool = False) -> int:
        """Drop tokens up to (not including) a top-level word in ``words`` or a ``;``."""
        depth = 0
        while i < len(self.toks):
            t = self.toks[i]
            if t.token_type == TokenType.L_PAREN:
                depth += 1
            elif t.token_type == TokenType.R_PAREN:
                depth -= 1
            elif depth == 0 and (
                _word(t) in words or (semicolon and t.token_type == TokenType.SEMICOLON)
            ):
                return i
            i += 1
        return i

    def skip_declarations(self, i: int) -> int:
        """Drop an Oracle declaration section up to its ``BEGIN``, keeping each
        ``CURSOR c IS <query>``'s query as a statement: the loop over the cursor reads it."""
        end = self.skip_to(i, {"BEGIN"})
        k = i
        while k < end:
            if _word(self.toks[k]) == "CURSOR":
                start = self.skip_to(k + 1, {"IS"}, semicolon=True) + 1
                stop = self.skip_to(start, set(), semicolon=True)
                if start < stop <= end and _word(self.toks[start]) in {"SELECT", "WITH"}:
                    self.cut()
                    self.chunks[-1].tokens.extend(self.toks[start:stop])
                    self.cut()
                k = max(stop, k + 1)
            else:
                k += 1
        return end

    def skip_head(self, i: int, ends: set[str], keep_query: bool = False) -> int:
        """Drop an IF/WHILE head: up to its THEN/DO/LOOP (dropped too) or a statement keyword.
        With ``keep_query`` (FOR r IN (SELECT …) LOOP) a parenthesised query in the head is kept
        as a statement: its rows feed the loop body."""
        depth = 0
        while i < len(self.toks):
            t = self.toks[i]
            w = _word(t)
            if (
                keep_query
                and depth == 0
                and t.token_type == TokenType.L_PAREN
                and i + 1 < len(self.toks)
                and _word(self.toks[i + 1]) in {"SELECT", "WITH"}
            ):
                close = self.matching(i)
                self.cut()
                self.chunks[-1].tokens.extend(self.toks[i + 1 : close])
                self.cut()
                i = close + 1
                continue
            if (
                keep_query
                and depth == 0
                and w in {"SELECT", "WITH"}
                and i > 0
                and _word(self.toks[i - 1]) == "IN"
            ):  # PL/pgSQL FOR r IN SELECT … LOOP: the query runs to the LOOP
                end = self.skip_to(i, ends, semicolon=True)
                self.cut()
                self.chunks[-1].tokens.extend(self.toks[i:end])
                self.cut()
                i = end
                continue
            if t.token_type == TokenType.L_PAREN:
                depth += 1
            elif t.token_type == TokenType.R_PAREN:
                depth -= 1
            elif depth == 0 and w in ends:
                return i + (w != "BEGIN")
            elif (
                depth == 0 and w in _STARTERS and w not in {"SELECT", "WITH"}
            ) or t.token_type == TokenType.SEMICOLON:
                return i
            i += 1
        return i

    def for_in(self, i: int) -> bool:
        """``FOR r IN …`` at a statement start: a loop head even outside a block (BigQuery)."""
        return i + 2 < len(self.toks) and _word(self.toks[i + 2]) == "IN"

    def matching(self, i: int) -> int:
        """Index of the parenthesis closing the one at ``i``."""
        depth = 0
        for k in range(i, len(self.toks)):
            tt = self.toks[k].token_type
            depth += tt == TokenType.L_PAREN
            depth -= tt == TokenType.R_PAREN
            if depth == 0:
                return k
        return len(self.toks) - 1

    # -- T-SQL statements without semicolons ------------------------------------------------------
    def starts_statement(self, i: int, word: str, cur: list[Token]) -> bool:
        """Whether a top-level statement keyword at ``i`` begins a new T-SQL statement."""
        first = _word(cur[0])
        if first == "WITH":  # WITH … UPDATE … SET: the statement is the verb after the CTEs
            verbs = [
                w
                for w in map(_word, self.top_level(cur)[1:])
                if w in {"INSERT", "UPDATE", "DELETE", "MERGE", "SELECT"}
            ]
            first = verbs[0] if verbs else first
        prev = _word(cur[-1]) if cur[-1].token_type != TokenType.L_PAREN else "("
        if first in _SIMPLE:  # SET IDENTITY_INSERT t ON / DECLARE @t TABLE (…) / USE db …
            return prev != "FOR"
        if first == "MERGE" or prev in _NO_SPLIT_AFTER:
            return False
        if word in {"CREATE", "ALTER", "DROP"}:  # ALTER TABLE t ALTER COLUMN / DROP CONSTRAINT
            kind = _word(self.toks[i + 1]) if i + 1 < len(self.toks) else ""
            return kind in _OBJECTS
        if word == "SELECT":
            if prev in _SET_OPS:
                return False
            has_select = any(_word(t) == "SELECT" for t in self.top_level(cur))
            return has_select or first not in {"INSERT", "WITH", "CREATE", "ALTER", "DECLARE"}
        if word == "WITH":  # a CTE, not WITH (NOLOCK) or CREATE VIEW v WITH SCHEMABINDING AS
            if first in {"CREATE", "ALTER"}:
                return False
            nxt = self.toks[i + 2] if i + 2 < len(self.toks) else None
            return (
                nxt is not None
                and _word(nxt) in {"AS", "("}
                and self.toks[i + 1].token_type != TokenType.L_PAREN
            )
        if word == "SET":
            if prev == "UPDATE" or first in {"ALTER"}:
                return False
            return not (
                first == "UPDATE" and not any(_word(t) == "SET" for t in self.top_level(cur))
            )
        if word in {"EXEC", "EXECUTE"}:  # INSERT INTO t EXEC p: the EXEC is the source
            return first != "INSERT" or any(
                _word(t) in {"SELECT", "VALUES", "DEFAULT"} for t in self.top_level(cur)
            )
        if word == "DELETE" and prev == "ON":
            return False
        if word == "UPDATE" and first == "SELECT":  # SELECT … FOR UPDATE is caught by prev
            return True
        return not (
            first in {"WITH"}
            and word in {"INSERT", "UPDATE", "DELETE", "MERGE"}
            and not any(
                _word(t) in {"INSERT", "UPDATE", "DELETE", "MERGE", "SELECT"}
                for t in self.top_level(cur)[1:]
            )
        )

    @staticmethod
    def top_level(cur: list[Token]) -> list[Token]:
        depth = 0
        out = []
        for t in cur:
            if t.token_type == TokenType.L_PAREN:
                depth += 1
            elif t.token_type == TokenType.R_PAREN:
                depth -= 1
            elif depth == 0:
                out.append(t)
        return out

    @staticmethod
    def assignee(cur: list[Token]) -> list[Token]:
        """The tokens of the target of a compound assignment (back to SET or a comma)."""
        out: list[Token] = []
        for t in reversed(cur):
            if t.token_type in (TokenType.SET, TokenType.COMMA) or _word(t) == "SET":
                break
            out.append(t)
        return list(reversed(out))
