"""The one YAML format of team knowledge (docs/knowledge.md shows it), read and written here.

Reading validates the whole file before anything is saved, so a bad file is refused with the line
or item at fault and the stored knowledge stays as it was.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import yaml

from iopsdata.errors import KnowledgeError
from iopsdata.knowledge import rows as r
from iopsdata.knowledge.model import Knowledge

FORMAT_VERSION = 1
SECTIONS = ("glossary", "metrics", "instructions", "joins", "descriptions", "value_hints")
MAX_BYTES = 5_000_000


def dump_yaml(knowledge: Knowledge, *, connection: str | None = None) -> str:
    """``knowledge`` as YAML text (sections in a fixed order, empty ones left out)."""
    doc: dict[str, Any] = {"version": FORMAT_VERSION}
    if connection:
        doc["connection"] = connection
    if knowledge.glossary:
        doc["glossary"] = [
            {
                "term": g.term,
                "meaning": g.meaning,
                "synonyms": list(g.synonyms),
                "refs": list(g.refs),
            }
            for g in knowledge.glossary
        ]
    if knowledge.metrics:
        doc["metrics"] = [
            {
                "name": m.name,
                "description": m.description,
                "expression": m.expression,
                "table": m.table,
                "time_column": m.time_column,
            }
            for m in knowledge.metrics
        ]
    if knowledge.instructions:
        doc["instructions"] = list(knowledge.instructions)
    if knowledge.joins:
        doc["joins"] = [
            {
                "left_table": j.left_table,
                "left_columns": list(j.left_columns),
                "right_table": j.right_table,
                "right_columns": list(j.right_columns),
                "reason": j.reason,
            }
            for j in knowledge.joins
            if j.source in ("declared", "dbt")
        ]
    if knowledge.descriptions:
        doc["descriptions"] = dict(knowledge.descriptions)
    if knowledge.value_hints:
        doc["value_hints"] = {k: list(v) for k, v in knowledge.value_hints.items()}
    return yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100)


def load_yaml(text: str | bytes) -> list[r.Row]:
    """Parse and validate a knowledge YAML document into store rows.

    Raises:
        KnowledgeError: not YAML, not the format, or an invalid item (the message names it).
    """
    if len(text) > MAX_BYTES:
        raise KnowledgeError("The YAML file is larger than 5 MB.")
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise KnowledgeError("The YAML file is not UTF-8 text.") from exc
    try:
        # Anchors and aliases are refused: a few lines of nested aliases expand exponentially
        # ("billion laughs") once the items are turned into text.
        if any(isinstance(e, yaml.AliasEvent) for e in yaml.parse(text, Loader=yaml.SafeLoader)):
            raise KnowledgeError("The YAML file uses aliases (*name); write the values out.")
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        at = f" at line {where.line + 1}, column {where.column + 1}" if where else ""
        problem = getattr(exc, "problem", None) or "it could not be parsed"
        raise KnowledgeError(f"The file is not valid YAML{at}: {problem}.") from exc
    if doc is None:
        raise KnowledgeError("The YAML file is empty.")
    if not isinstance(doc, Mapping):
        raise KnowledgeError(
            "The YAML file must be a mapping with sections such as glossary: and metrics:."
        )
    unknown = sorted(str(k) for k in doc if k not in (*SECTIONS, "version", "connection"))
    if unknown:
        raise KnowledgeError(f"Unknown section(s) {', '.join(unknown)}; use {', '.join(SECTIONS)}.")
    if doc.get("version", FORMAT_VERSION) != FORMAT_VERSION:
        raise KnowledgeError(f"This is format version {doc.get('version')!r}; iOpsData reads 1.")
    out: list[r.Row] = []
    for i, item in enumerate(_list(doc, "glossary"), 1):
        g = _mapping(item, "glossary", i)
        out.append(
            r.to_row(
                "glossary",
                r.glossary_entry(g.get("term"), g.get("meaning"), g.get("synonyms"), g.get("refs")),
            )
        )
    for i, item in enumerate(_list(doc, "metrics"), 1):
        m = _mapping(item, "metrics", i)
        out.append(
            r.to_row(
                "metric",
                r.metric(
                    m.get("name"),
                    m.get("expression"),
                    m.get("table"),
                    m.get("description"),
                    m.get("time_column"),
                ),
            )
        )
    for item in _list(doc, "instructions"):
        out.append(r.to_row("instruction", r.instruction(item)))
    for i, item in enumerate(_list(doc, "joins"), 1):
        j = _mapping(item, "joins", i)
        out.append(
            r.to_row(
                "join",
                r.join_path(
                    j.get("left_table"),
                    j.get("left_columns"),
                    j.get("right_table"),
                    j.get("right_columns"),
                    reason=j.get("reason"),
                ),
            )
        )
    for key, value in _section_map(doc, "descriptions").items():
        out.append(("description", str(key), {"text": r.instruction(value)}))
    for key, values in _section_map(doc, "value_hints").items():
        if not isinstance(values, list):
            raise KnowledgeError(f"value_hints.{key} must be a list of values.")
        out.append(("value_hint", str(key), {"values": [str(v) for v in values]}))
    return out


def _list(doc: Mapping[str, Any], section: str) -> list[Any]:
    value = doc.get(section) or []
    if not isinstance(value, list):
        raise KnowledgeError(f"The {section}: section must be a list.")
    return value


def _section_map(doc: Mapping[str, Any], section: str) -> Mapping[str, Any]:
    value = doc.get(section) or {}
    if not isinstance(value, Mapping):
        raise KnowledgeError(f"The {section}: section must map names to values.")
    return value


def _mapping(item: Any, section: str, index: int) -> Mapping[str, Any]:
    if not isinstance(item, Mapping):
        raise KnowledgeError(f"Item {index} of {section}: must be a mapping of fields.")
    return item
