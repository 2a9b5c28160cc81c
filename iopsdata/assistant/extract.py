"""Tolerant SQL extraction from a model's reply: fenced blocks, JSON, bare SQL, "thinking" text.

Models wrap SQL in many ways; this finds the LAST complete statement and the prose around it.
Nothing here executes anything: the result is only text, validated and guarded later.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import sqlglot
from sqlglot.errors import SqlglotError
from sqlglot.tokens import TokenType

_THINK = re.compile(r"<(think|thinking|reasoning)>.*?</\1>", re.S | re.I)
_OPEN_THINK = re.compile(r"<(think|thinking|reasoning)>.*\Z", re.S | re.I)
_FENCE = re.compile(r"```[ \t]*([A-Za-z0-9_+-]*)[^\n]*\n(.*?)(?:```|\Z)", re.S)
_SQL_START = re.compile(
    r"^\s*(?:\(\s*)*(SELECT|WITH|VALUES|EXPLAIN|SHOW|DESCRIBE|DESC|FROM|TABLE|PRAGMA|INSERT|UPDATE|DELETE|MERGE|"
    r"DROP|CREATE|ALTER|TRUNCATE|GRANT|REVOKE|COPY|CALL|ATTACH|DETACH|SET|BEGIN|COMMIT|VACUUM|REPLACE|UPSERT)\b",
    re.I,
)
_JSON_KEYS = ("sql", "query", "sql_query", "statement")


@dataclass(frozen=True)
class Extracted:
    """What was found in a reply: ``sql`` (None when there is none) and the remaining prose."""

    sql: str | None
    explanation: str


def strip_thinking(text: str) -> str:
    """Drop ``<think>…</think>`` (and an unclosed trailing ``<think>``) blocks."""
    return _OPEN_THINK.sub("", _THINK.sub("", text))


def _from_json(text: str) -> tuple[str | None, str]:
    stripped = text.strip()
    candidates = [stripped]
    candidates += [m.group(2) for m in _FENCE.finditer(text) if m.group(1).lower() in ("json", "")]
    start, end = stripped.find("{"), stripped.rfind("}")
    if 0 <= start < end:
        candidates.append(stripped[start : end + 1])
    for cand in candidates:
        try:
            data = json.loads(cand)
        except (ValueError, TypeError):
            continue
        if isinstance(data, dict):
            for key in _JSON_KEYS:
                if isinstance(data.get(key), str) and data[key].strip():
                    explanation = next(
                        (
                            str(data[k])
                            for k in ("explanation", "reasoning", "answer")
                            if data.get(k)
                        ),
                        "",
                    )
                    return data[key], explanation
    return None, ""


def _bare_blocks(text: str) -> list[str]:
    """Runs of lines starting at a SQL keyword and ending at a blank line or a ';'."""
    blocks: list[str] = []
    current: list[str] = []
    for line in text.splitlines():
        if current:
            if not line.strip():
                blocks.append("\n".join(current))
                current = []
            else:
                current.append(line)
                if line.rstrip().endswith(";"):
                    blocks.append("\n".join(current))
                    current = []
        elif _SQL_START.match(line):
            current = [re.sub(r"^\s*(?:SQL|Query)\s*:\s*", "", line, flags=re.I)]
            if line.rstrip().endswith(";"):
                blocks.append("\n".join(current))
                current = []
        elif re.match(r"^\s*(?:SQL|Query)\s*:\s*\S", line, re.I):
            rest = re.sub(r"^\s*(?:SQL|Query)\s*:\s*", "", line, flags=re.I)
            if _SQL_START.match(rest):
                current = [rest]
    if current:
        blocks.append("\n".join(current))
    return blocks


def last_statement(sql: str, dialect: str | None = None) -> str | None:
    """The last complete statement of ``sql`` (split on top-level ``;`` with sqlglot's tokenizer)."""
    try:
        tokens = sqlglot.tokenize(sql, read=dialect)
    except SqlglotError:
        tokens = None
    parts: list[str] = []
    if tokens:
        start = 0
        for tok in tokens:
            if tok.token_type == TokenType.SEMICOLON:
                parts.append(sql[start : tok.start])
                start = tok.end + 1
        parts.append(sql[start:])
    else:
        parts = sql.split(";")
    statements = [p.strip() for p in parts if _has_code(p, dialect)]
    return statements[-1] if statements else None


def _has_code(part: str, dialect: str | None) -> bool:
    """False for empty or comment-only pieces (a trailing ``-- done`` is not a statement)."""
    if not part.strip():
        return False
    try:
        return bool(sqlglot.tokenize(part, read=dialect))
    except SqlglotError:
        return True


def extract_sql(text: str, dialect: str | None = None) -> Extracted:
    """Find the SQL in a model reply.

    Order: JSON with a ``sql``/``query`` key; the last fenced block that holds SQL; the last run of
    bare SQL lines. Thinking blocks are ignored. The last complete statement is returned.

    Args:
        text: the whole reply.
        dialect: sqlglot dialect, for splitting statements correctly (quotes, dollar strings).

    Returns:
        ``Extracted(sql, explanation)``; ``sql`` is None when the reply holds no SQL.
    """
    visible = strip_thinking(text or "")
    sql, explanation = _from_json(visible)
    if sql is None:
        fenced = [
            m
            for m in _FENCE.finditer(visible)
            if m.group(1).lower()
            in ("sql", "", "postgresql", "postgres", "mysql", "sqlite", "duckdb")
            and _SQL_START.match(m.group(2))
        ]
        if fenced:
            sql = fenced[-1].group(2)
            explanation = _FENCE.sub("", visible)
        else:
            blocks = _bare_blocks(visible)
            if blocks:
                sql = blocks[-1]
                explanation = re.sub(
                    r"(?:SQL|Query)\s*:\s*$",
                    "",
                    visible.replace(blocks[-1], "").strip(),
                    flags=re.I,
                )
            else:
                explanation = visible
    statement = last_statement(sql, dialect) if sql else None
    return Extracted(statement, " ".join(explanation.split()).strip())
