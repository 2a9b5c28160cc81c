"""The set-up around sqlglot's tokenizer and parser, paid once instead of once per statement.

Lineage tokenizes and parses every statement it sees (the bench: ~300 µs a statement). Building a
``Tokenizer`` (its compiled core takes ~35 tables from the dialect) and a ``Parser`` cost about
7 µs more each time, and splitting the tokens at ``;`` with a Python loop over every token about
10 µs; both showed in the profile of issue 16. Here they are built once per dialect and thread
(both keep per-call state, reset when ``tokenize``/``parse`` starts, so a thread never shares
them), and a text without ``;`` (or with one at the end) is split without looking at each token.
Normalising identifiers walks each tree once more; that walk is a plain stack here.
"""

from __future__ import annotations

import threading

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.parser import Parser
from sqlglot.tokens import Token, TokenType

_local = threading.local()
_MAX_DIALECTS = 64  # dialect objects per thread; more (settings strings) only start over


def _cached(kind: str) -> dict:
    cache = _local.__dict__.setdefault(kind, {})
    if len(cache) > _MAX_DIALECTS:
        cache.clear()
    return cache


def tokenize(d: Dialect, sql: str) -> list[Token]:
    """``d.tokenize(sql)`` with this thread's tokenizer for ``d``."""
    cache = _cached("tokenizers")
    hit = cache.get(id(d))  # keyed by identity: Dialect equality ignores its settings
    if hit is None:
        hit = cache[id(d)] = (d, d.tokenizer())  # d kept alive, so its id is not reused
    return hit[1].tokenize(sql)


def parser(d: Dialect) -> Parser:
    """``d.parser()``, built once for this thread."""
    cache = _cached("parsers")
    hit = cache.get(id(d))
    if hit is None:
        hit = cache[id(d)] = (d, d.parser())
    return hit[1]


def split_at_semicolons(sql: str, tokens: list[Token]) -> list[list[Token]]:
    """The tokens of each ``;``-separated statement of ``sql`` (``tokens`` is ``sql`` tokenized);
    an empty list after a final ``;``. Only the ``;`` character makes a SEMICOLON token, so a
    text without one is one statement, and a text whose one ``;`` is the last token ends there."""
    count = sql.count(";")
    if count == 0:
        return [tokens]
    if count == 1 and tokens and tokens[-1].token_type == TokenType.SEMICOLON:
        return [tokens[:-1], []]
    chunks: list[list[Token]] = [[]]
    for tok in tokens:
        if tok.token_type == TokenType.SEMICOLON:
            chunks.append([])
        else:
            chunks[-1].append(tok)
    return chunks


def identifiers(node: exp.Expr) -> list[exp.Identifier]:
    """Every identifier in the tree, as ``node.find_all(exp.Identifier)`` finds them but in no
    particular order, with a plain stack (about 35% cheaper than its generators). Identifier has
    no subclasses, and its arguments are a name and flags, so it is not descended into."""
    out: list[exp.Identifier] = []
    stack = [node]
    pop, push = stack.pop, stack.extend
    while stack:
        item = pop()
        if type(item) is exp.Identifier:
            out.append(item)
            if type(item.this) is str:
                continue
        push(item.iter_expressions())
    return out
