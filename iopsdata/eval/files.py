"""Golden sets as files: CSV (``question,sql[,tags]``) and YAML, read and written.

CSV is the CLI's contract (header ``question,sql``; an optional ``tags`` column holds tags
separated by ``;``). YAML holds a whole set: ``{name, description, questions: [{question, sql,
tags, expected}]}`` or just the list of questions. Bad input is refused with the row it is on;
nothing is half-imported.
"""

from __future__ import annotations

import csv
import io
from importlib import resources
from typing import Any

from iopsdata.errors import IopsError
from iopsdata.eval.model import GoldenQuestion

FORMATS = ("csv", "yaml")
MAX_QUESTIONS = 5000
STARTER = "flights_golden.yaml"  # the demo's starter set, shipped in iopsdata/eval/data/


class GoldenFileError(IopsError):
    title = "Golden set file problem"


def parse(data: bytes | str, fmt: str) -> tuple[dict[str, Any], list[GoldenQuestion]]:
    """``(meta, questions)`` from a CSV or YAML file; ``meta`` may hold ``name``/``description``.

    Raises:
        GoldenFileError: unknown format, unreadable file, missing columns or empty fields.
    """
    text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
    if fmt == "csv":
        return {}, _from_csv(text)
    if fmt in ("yaml", "yml"):
        return _from_yaml(text)
    raise GoldenFileError(f"Unknown golden set format {fmt!r}; use csv or yaml.")


def _from_csv(text: str) -> list[GoldenQuestion]:
    reader = csv.DictReader(io.StringIO(text))
    fields = [f.strip().lower() for f in reader.fieldnames or ()]
    if "question" not in fields or "sql" not in fields:
        raise GoldenFileError("The CSV needs a header row with the columns question,sql.")
    reader.fieldnames = fields
    out = []
    for line, row in enumerate(reader, start=2):
        tags = [t.strip() for t in (row.get("tags") or "").split(";") if t.strip()]
        out.append(_question(row.get("question"), row.get("sql"), tags, None, f"line {line}"))
    return _checked(out)


def _from_yaml(text: str) -> tuple[dict[str, Any], list[GoldenQuestion]]:
    import yaml

    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise GoldenFileError(f"The YAML could not be read: {exc}") from None
    meta: dict[str, Any] = {}
    items = doc
    if isinstance(doc, dict):
        meta = {k: str(doc[k]) for k in ("name", "description") if doc.get(k)}
        items = doc.get("questions")
    if not isinstance(items, list):
        raise GoldenFileError("The YAML needs a list of questions (or a `questions:` list).")
    out = []
    for i, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise GoldenFileError(f"Question {i} must be a mapping with question and sql.")
        tags = item.get("tags") or []
        if isinstance(tags, str):
            tags = [tags]
        expected = item.get("expected")
        if expected is not None and not (
            isinstance(expected, dict) and isinstance(expected.get("rows"), list)
        ):
            raise GoldenFileError(
                f"Question {i}: expected must be {{columns: [...], rows: [[...]]}}."
            )
        out.append(
            _question(item.get("question"), item.get("sql"), tags, expected, f"question {i}")
        )
    return meta, _checked(out)


def _question(
    question: Any, sql: Any, tags: list[Any], expected: dict[str, Any] | None, where: str
) -> GoldenQuestion:
    q, s = str(question or "").strip(), str(sql or "").strip()
    if not q or not s:
        raise GoldenFileError(f"The {where} needs both a question and its SQL.")
    return GoldenQuestion(q, s, tuple(str(t).strip() for t in tags if str(t).strip()), expected)


def _checked(questions: list[GoldenQuestion]) -> list[GoldenQuestion]:
    if not questions:
        raise GoldenFileError("The file holds no questions.")
    if len(questions) > MAX_QUESTIONS:
        raise GoldenFileError(f"A golden set holds at most {MAX_QUESTIONS:,} questions.")
    return questions


def dump(questions: list[GoldenQuestion], fmt: str, meta: dict[str, Any] | None = None) -> bytes:
    """The questions as a CSV or YAML file (``parse`` reads it back unchanged)."""
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(["question", "sql", "tags"])
        for q in questions:
            writer.writerow([q.question, q.sql, ";".join(q.tags)])
        return buf.getvalue().encode()
    if fmt in ("yaml", "yml"):
        import yaml

        doc = {**(meta or {}), "questions": [q.to_dict() for q in questions]}
        return yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100).encode()
    raise GoldenFileError(f"Unknown golden set format {fmt!r}; use csv or yaml.")


def starter_set() -> tuple[dict[str, Any], list[GoldenQuestion]]:
    """The NYC flights 2013 starter set shipped with the app."""
    text = resources.files("iopsdata.eval").joinpath("data", STARTER).read_text("utf-8")
    return parse(text, "yaml")
