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

This module is the walk itself; procedure headers and control-flow heads are read by
``block_heads`` (the walk's base class), and where a T-SQL statement starts without ``;`` is
decided by ``tsql_batches``.
"""

from __future__ import annotations

from sqlglot.tokens import Token, TokenType

from iopsdata.lineage.block_heads import (
    HEAD_END,
    STARTERS,
    STRINGS,
    TSQL,
    Chunk,
    HeadReader,
    keyword,
)
from iopsdata.lineage.tsql_batches import assignee, starts_statement

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
_COMMANDS = frozenset({TokenType.COMMAND, TokenType.EXECUTE})


def needs_blocks(sql: str, dialect: str | None) -> bool:
    """Whether the text may hold anything :func:`split` handles beyond plain ``;`` (a look at
    its whitespace-separated words: ~10× cheaper than a regex or the tokens; a false alarm
    only costs time)."""
    words = sql.upper().split()
    return (
        dialect in TSQL
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


class _Splitter(HeadReader):
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
        word = keyword(tok)
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
                    w = keyword(self.toks[nxt])
                    if w in {"IF", "LOOP", "WHILE", "FOR", "REPEAT", "CASE"} or (
                        self.toks[nxt].token_type in (TokenType.VAR, TokenType.IDENTIFIER)
                        and w not in STARTERS
                    ):
                        nxt += 1
                return nxt
            elif word == "BEGIN":
                after = keyword(self.toks[i + 1]) if i + 1 < n else ""
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
                and (keyword(self.toks[i + 1]) if i + 1 < n else "") not in {"EXISTS", "NOT"}
            ):  # T-SQL: IF/WHILE after a statement without ``;`` starts a new one
                self.cut()
                cur = self.chunks[-1].tokens
            if not cur:
                if i + 1 < n and self.toks[i + 1].token_type in STRINGS and tt in _COMMANDS:
                    nxt = self.command_text(word, self.toks[i + 1])
                    if nxt:
                        return i + 2
                if word in {"CREATE", "ALTER", "REPLACE"} or (
                    self.oracle and word in {"PROCEDURE", "FUNCTION"} and self.procedural
                ):
                    after_body = self.procedure_body(i)
                    if after_body is not None:
                        return after_body
                if word in HEAD_END and (word != "FOR" or self.procedural or self.for_in(i)):
                    self.procedural = True
                    return self.skip_head(i + 1, HEAD_END[word], keep_query=word == "FOR")
                if word == "DECLARE" and self.oracle:
                    self.procedural = True
                    return self.skip_declarations(i + 1)
            elif self.tsql and word in STARTERS and starts_statement(self.toks, i, word, cur):
                self.cut()
                cur = self.chunks[-1].tokens
            if (
                self.tsql
                and tt in _COMPOUND
                and i + 1 < n
                and self.toks[i + 1].token_type == TokenType.EQ
                and self.toks[i + 1].start == tok.end + 1
            ):
                lhs = assignee(cur)
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
        if word in HEAD_END:
            head = frozenset(HEAD_END[word])
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
