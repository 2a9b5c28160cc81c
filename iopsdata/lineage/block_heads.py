"""Procedure headers, declaration sections and control-flow heads, dropped from the token stream.

``blocks`` walks a script token by token; when it meets ``CREATE PROCEDURE …``, an Oracle
``DECLARE`` section or an ``IF … THEN`` / ``WHILE … DO`` / ``FOR … LOOP`` head, the reader here
skips what only steers control (keeping a cursor's or a loop's query, whose rows the body reads)
and says where the body's statements start. It is the splitter's base class because both append
to the same list of ``Chunk``s.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlglot.tokens import Token, TokenType

# Statement keywords: a control-flow head ends at one, and T-SQL may start a statement at one.
STARTERS = frozenset(
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
# A control-flow head's keyword → the words that end the head
HEAD_END = {
    "IF": {"THEN", "BEGIN"},
    "ELSIF": {"THEN"},
    "ELSEIF": {"THEN"},
    "WHILE": {"DO", "LOOP", "BEGIN"},
    "FOR": {"LOOP", "DO"},
    "EXCEPTION": {"THEN"},
    "FORALL": set(),  # Oracle FORALL i IN 1 .. n <DML>: the head ends where the DML starts
}
# Token kinds of string literals: their text is data, never a keyword
STRINGS = frozenset(
    {TokenType.STRING, TokenType.RAW_STRING, TokenType.HEREDOC_STRING, TokenType.NATIONAL_STRING}
)
# sqlglot's T-SQL dialects: statements need no ``;`` between them
TSQL = frozenset({"tsql", "fabric"})


@dataclass
class Chunk:
    """One statement's tokens, or (``text``) a procedure body given as a string literal."""

    tokens: list[Token] = field(default_factory=list)
    text: str | None = None
    line: int = 1
    head: frozenset[str] | None = None  # for text: a control-flow head to drop first


def keyword(tok: Token) -> str:
    """The token's text upper-cased; "" for a string literal (its text is data, not a keyword)."""
    return "" if tok.token_type in STRINGS else tok.text.upper()


class HeadReader:
    """The token list, the chunks cut from it so far, and the readers of headers and heads."""

    def __init__(self, tokens: list[Token], dialect: str | None) -> None:
        self.toks = tokens
        self.tsql = dialect in TSQL
        self.oracle = dialect == "oracle"
        self.chunks: list[Chunk] = [Chunk()]
        self.procedural = False
        self.depth = 0
        self.case = 0

    def cut(self) -> None:
        """Close the current chunk (an empty one is reused)."""
        if self.chunks[-1].tokens or self.chunks[-1].text is not None:
            self.chunks.append(Chunk())

    def procedure_body(self, i: int) -> int | None:
        """Index where a procedure's body starts (header dropped), or None if not a procedure."""
        toks = self.toks
        j = i + 1
        limit = min(len(toks), i + 8)
        while j < limit and keyword(toks[j]) not in {"PROCEDURE", "PROC", "FUNCTION", "MACRO"}:
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
            elif depth == 0 and keyword(t) in {"AS", "IS"}:
                self.procedural = True
                self.cut()
                body = k + 1
                if body < len(toks) and toks[body].token_type in STRINGS:
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
                    keyword(toks[j]) == "MACRO"  # Teradata: AS ( statements; )
                    and body < len(toks)
                    and toks[body].token_type == TokenType.L_PAREN
                ):
                    return body + 1
                return body
            elif depth == 0 and keyword(t) == "BEGIN":
                self.procedural = True
                self.cut()
                return k
        return None

    def sql_language(self, start: int, end: int) -> bool:
        """Whether a procedure's ``LANGUAGE`` (if any, before or after the body) is SQL: a
        JavaScript, Python or Java body is not analysed."""
        for k in range(start, min(end, len(self.toks)) - 1):
            if keyword(self.toks[k]) == "LANGUAGE":
                return keyword(self.toks[k + 1]) in {"SQL", "PLPGSQL", "PLSQL", "TSQL"}
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
                keyword(t) in words or (semicolon and t.token_type == TokenType.SEMICOLON)
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
            if keyword(self.toks[k]) == "CURSOR":
                start = self.skip_to(k + 1, {"IS"}, semicolon=True) + 1
                stop = self.skip_to(start, set(), semicolon=True)
                if start < stop <= end and keyword(self.toks[start]) in {"SELECT", "WITH"}:
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
            w = keyword(t)
            if (
                keep_query
                and depth == 0
                and t.token_type == TokenType.L_PAREN
                and i + 1 < len(self.toks)
                and keyword(self.toks[i + 1]) in {"SELECT", "WITH"}
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
                and keyword(self.toks[i - 1]) == "IN"
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
                depth == 0 and w in STARTERS and w not in {"SELECT", "WITH"}
            ) or t.token_type == TokenType.SEMICOLON:
                return i
            i += 1
        return i

    def for_in(self, i: int) -> bool:
        """``FOR r IN …`` at a statement start: a loop head even outside a block (BigQuery)."""
        return i + 2 < len(self.toks) and keyword(self.toks[i + 2]) == "IN"

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
