"""Where a T-SQL statement ends when no ``;`` says so.

T-SQL scripts routinely run statements together (``insert into a select … insert into c …``):
a statement keyword at the top level starts a new statement unless it continues the current one
(a set operation, ``MERGE … THEN UPDATE``, ``INSERT … EXEC``, ``ALTER TABLE … ALTER COLUMN`` …).
The rules are T-SQL's alone, so they live apart from the dialect-neutral block splitter.
"""

from __future__ import annotations

from sqlglot.tokens import Token, TokenType

from iopsdata.lineage.block_heads import keyword

_SET_OPS = frozenset({"UNION", "ALL", "DISTINCT", "EXCEPT", "INTERSECT", "MINUS", "AS", "("})
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


def starts_statement(toks: list[Token], i: int, word: str, cur: list[Token]) -> bool:
    """Whether a top-level statement keyword at ``i`` begins a new T-SQL statement."""
    first = keyword(cur[0])
    if first == "WITH":  # WITH … UPDATE … SET: the statement is the verb after the CTEs
        verbs = [
            w
            for w in map(keyword, top_level(cur)[1:])
            if w in {"INSERT", "UPDATE", "DELETE", "MERGE", "SELECT"}
        ]
        first = verbs[0] if verbs else first
    prev = keyword(cur[-1]) if cur[-1].token_type != TokenType.L_PAREN else "("
    if first in _SIMPLE:  # SET IDENTITY_INSERT t ON / DECLARE @t TABLE (…) / USE db …
        return prev != "FOR"
    if first == "MERGE" or prev in _NO_SPLIT_AFTER:
        return False
    if word in {"CREATE", "ALTER", "DROP"}:  # ALTER TABLE t ALTER COLUMN / DROP CONSTRAINT
        kind = keyword(toks[i + 1]) if i + 1 < len(toks) else ""
        return kind in _OBJECTS
    if word == "SELECT":
        if prev in _SET_OPS:
            return False
        has_select = any(keyword(t) == "SELECT" for t in top_level(cur))
        return has_select or first not in {"INSERT", "WITH", "CREATE", "ALTER", "DECLARE"}
    if word == "WITH":  # a CTE, not WITH (NOLOCK) or CREATE VIEW v WITH SCHEMABINDING AS
        if first in {"CREATE", "ALTER"}:
            return False
        nxt = toks[i + 2] if i + 2 < len(toks) else None
        return (
            nxt is not None
            and keyword(nxt) in {"AS", "("}
            and toks[i + 1].token_type != TokenType.L_PAREN
        )
    if word == "SET":
        if prev == "UPDATE" or first in {"ALTER"}:
            return False
        return not (first == "UPDATE" and not any(keyword(t) == "SET" for t in top_level(cur)))
    if word in {"EXEC", "EXECUTE"}:  # INSERT INTO t EXEC p: the EXEC is the source
        return first != "INSERT" or any(
            keyword(t) in {"SELECT", "VALUES", "DEFAULT"} for t in top_level(cur)
        )
    if word == "DELETE" and prev == "ON":
        return False
    if word == "UPDATE" and first == "SELECT":  # SELECT … FOR UPDATE is caught by prev
        return True
    return not (
        first in {"WITH"}
        and word in {"INSERT", "UPDATE", "DELETE", "MERGE"}
        and not any(
            keyword(t) in {"INSERT", "UPDATE", "DELETE", "MERGE", "SELECT"}
            for t in top_level(cur)[1:]
        )
    )


def top_level(cur: list[Token]) -> list[Token]:
    """The tokens of ``cur`` outside parentheses."""
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


def assignee(cur: list[Token]) -> list[Token]:
    """The tokens of the target of a compound assignment (back to SET or a comma)."""
    out: list[Token] = []
    for t in reversed(cur):
        if t.token_type in (TokenType.SET, TokenType.COMMA) or keyword(t) == "SET":
            break
        out.append(t)
    return list(reversed(out))
