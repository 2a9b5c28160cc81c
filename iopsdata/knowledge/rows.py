"""Knowledge items ↔ store rows: each item's kind, natural key and JSON body, and validation.

One place decides what a valid glossary entry, metric, instruction or join path is, so the editor,
the YAML import and the dbt import all refuse the same bad input with the same clear message.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from iopsdata.errors import KnowledgeError
from iopsdata.knowledge.model import JOIN_SOURCES, GlossaryEntry, JoinPath, Knowledge, Metric

#: The four kinds people edit, then what imports bring.
EDITABLE_KINDS = ("glossary", "metric", "instruction", "join")
KINDS = (*EDITABLE_KINDS, "description", "value_hint", "dbt_model")
MAX_TEXT = 4000


@dataclass(frozen=True)
class DbtModel:
    """A dbt model: its name, the relation it builds (``schema.alias``) and its compiled SQL."""

    name: str
    relation: str
    sql: str
    description: str = ""

    def statement(self) -> str:
        """``CREATE TABLE <relation> AS <compiled SQL>``: what lineage reads as "builds relation"."""
        return f"CREATE TABLE {self.relation} AS {self.sql.strip().rstrip(';')}"


Row = tuple[str, str, dict[str, Any]]


def _text(value: object, what: str, *, required: bool = True, limit: int = MAX_TEXT) -> str:
    text = "" if value is None else str(value).strip()
    if required and not text:
        raise KnowledgeError(f"{what} is empty; give it a value.")
    if len(text) > limit:
        raise KnowledgeError(f"{what} is longer than {limit} characters.")
    return text


def _names(value: object, what: str) -> tuple[str, ...]:
    """A list of names from a list or a comma-separated string, blanks dropped, order kept."""
    if value is None:
        return ()
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, Iterable) or isinstance(items, Mapping):
        raise KnowledgeError(f"{what} must be a list of names.")
    out: list[str] = []
    for item in items:
        if isinstance(item, Mapping | list | tuple):
            raise KnowledgeError(f"{what} must be a list of names, not of lists.")
        name = _text(item, what, required=False, limit=300)
        if name and name not in out:
            out.append(name)
    return tuple(out)


def _check_expression(expression: str, what: str) -> None:
    import sqlglot
    from sqlglot.errors import ParseError

    try:
        sqlglot.parse_one(expression)
    except (ParseError, RecursionError, ValueError) as exc:
        raise KnowledgeError(
            f"{what} is not a SQL expression ({str(exc).splitlines()[0]})."
        ) from exc


def glossary_entry(
    term: object, meaning: object = "", synonyms: object = (), refs: object = ()
) -> GlossaryEntry:
    """A validated glossary entry. Raises KnowledgeError."""
    name = _text(term, "The glossary term", limit=200)
    return GlossaryEntry(
        name,
        _text(meaning, f"The meaning of {name!r}", required=False),
        _names(synonyms, f"The synonyms of {name!r}"),
        _names(refs, f"The tables and columns of {name!r}"),
    )


def metric(
    name: object,
    expression: object,
    table: object,
    description: object = "",
    time_column: object = None,
) -> Metric:
    """A validated metric (its expression must parse as SQL). Raises KnowledgeError."""
    label = _text(name, "The metric name", limit=200)
    expr = _text(expression, f"The SQL expression of metric {label!r}")
    _check_expression(expr, f"The expression of metric {label!r}")
    return Metric(
        label,
        _text(description, f"The description of {label!r}", required=False),
        expr,
        _text(table, f"The table of metric {label!r}", limit=300),
        _text(time_column, "The time column", required=False, limit=300) or None,
    )


def join_path(
    left_table: object,
    left_columns: object,
    right_table: object,
    right_columns: object,
    *,
    source: str = "declared",
    reason: object = "",
) -> JoinPath:
    """A validated join path (as many columns on each side). Raises KnowledgeError."""
    left = _text(left_table, "The join's left table", limit=300)
    right = _text(right_table, "The join's right table", limit=300)
    lcols = _names(left_columns, "The join's left columns")
    rcols = _names(right_columns, "The join's right columns")
    if not lcols or len(lcols) != len(rcols):
        raise KnowledgeError(
            f"The join {left} ↔ {right} needs the same number of columns on each side (at least one)."
        )
    if source not in JOIN_SOURCES:
        raise KnowledgeError(f"Unknown join source {source!r}.")
    why = _text(reason, "The join's reason", required=False) or ", ".join(
        f"{left}.{a} = {right}.{b}" for a, b in zip(lcols, rcols, strict=True)
    )
    return JoinPath(left, lcols, right, rcols, source, 1.0, why)


def instruction(text: object) -> str:
    return _text(text, "The instruction")


def key_of(kind: str, item: Any) -> str:
    """The natural key of an item: one glossary entry per term, one metric per name, ..."""
    if kind == "glossary":
        return str(item.term).lower()
    if kind == "metric":
        return str(item.name).lower()
    if kind == "instruction":
        return hashlib.sha256(str(item).encode()).hexdigest()
    if kind == "join":
        return (
            f"{item.left_table}({','.join(item.left_columns)})="
            f"{item.right_table}({','.join(item.right_columns)})"
        ).lower()[:400]
    if kind == "dbt_model":
        return str(item.name)
    raise KnowledgeError(f"Unknown knowledge kind {kind!r}.")


def to_row(kind: str, item: Any) -> Row:
    """(kind, key, body) of a model object."""
    if kind == "instruction":
        return kind, key_of(kind, item), {"text": item}
    body = {k: list(v) if isinstance(v, tuple) else v for k, v in vars(item).items()}
    return kind, key_of(kind, item), body


def knowledge_from_rows(rows: Sequence[Mapping[str, Any]]) -> Knowledge:
    """Assemble a ``Knowledge`` from store rows; an unreadable row is skipped, not fatal."""
    glossary, metrics, instructions, joins = [], [], [], []
    descriptions: dict[str, str] = {}
    hints: dict[str, tuple[str, ...]] = {}
    for row in rows:
        body, kind = dict(row.get("body") or {}), row.get("kind")
        try:
            if kind == "glossary":
                glossary.append(
                    GlossaryEntry(
                        body["term"],
                        body.get("meaning", ""),
                        tuple(body.get("synonyms") or ()),
                        tuple(body.get("refs") or ()),
                    )
                )
            elif kind == "metric":
                metrics.append(Metric(**body))
            elif kind == "instruction":
                instructions.append(str(body["text"]))
            elif kind == "join":
                body["left_columns"] = tuple(body["left_columns"])
                body["right_columns"] = tuple(body["right_columns"])
                joins.append(JoinPath(**body))
            elif kind == "description":
                descriptions[str(row["key"])] = str(body["text"])
            elif kind == "value_hint":
                hints[str(row["key"])] = tuple(str(v) for v in body["values"])
        except (KeyError, TypeError):
            continue
    return Knowledge(
        tuple(glossary), tuple(metrics), tuple(instructions), tuple(joins), descriptions, hints
    )


def dbt_models_from_rows(rows: Sequence[Mapping[str, Any]]) -> list[DbtModel]:
    out = []
    for row in rows:
        body = row.get("body") or {}
        if row.get("kind") == "dbt_model" and body.get("sql"):
            out.append(
                DbtModel(
                    str(body["name"]),
                    str(body["relation"]),
                    str(body["sql"]),
                    str(body.get("description") or ""),
                )
            )
    return out
