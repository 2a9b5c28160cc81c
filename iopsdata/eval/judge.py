"""Judge one answer: run the gold SQL read-only, compare results, say why it failed.

Gold SQL is typed by people, so it passes the same read-only guard as Chat's SQL (even on a
connection that allows writes) and runs through the target, the one execute path, audited as
``internal``. An answer's SQL that Chat did not run (auto-execute off) is run the same way.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from iopsdata.errors import IopsError
from iopsdata.eval.model import GoldenQuestion, Verdict
from iopsdata.eval.scoring import Rows, compare, has_top_level_order

if TYPE_CHECKING:
    from iopsdata.assistant.models import Answer
    from iopsdata.targets import QueryTarget

PREVIEW_ROWS = 20
CAPPED = "Compared on the first rows only: a result passed the row cap (IOPSDATA_ROW_CAP)."
GOLD_SOURCE = "internal"  # the app's own queries: audited, kept out of History
STAGE_CAUSE = {
    "extract": "no_sql",
    "validate": "invalid",
    "guard": "refused",
    "execute": "db_error",
}


@dataclass(frozen=True)
class Gold:
    """The gold side of one question, computed once per run and shared by every configuration."""

    rows: Rows | None
    ordered: bool
    tables: tuple[str, ...]
    error: str | None = None
    truncated: bool = False  # the gold result passed the row cap: only its first rows are kept
    # The one database/schema every table the gold reads is qualified with, else None. When Chat
    # asks which database a question means, Evaluate answers with it, as a user clicks a button.
    schema: str | None = None


def prepare_gold(question: GoldenQuestion, target: QueryTarget) -> Gold:
    """Guard, then run the gold SQL (or take its snapshot); an error is kept, not raised."""
    from iopsdata.assistant.rounds import guard_problem

    dialect = target.dialect
    problem = guard_problem(question.sql, dialect, getattr(target, "allowed_functions", ()))
    if problem:
        return Gold(None, False, (), f"The gold SQL is refused: {problem}")
    ordered = has_top_level_order(question.sql, dialect)
    reads = _reads(question.sql, dialect)
    tables = tuple(sorted({_bare(t) for t in reads}))
    schema = _one_schema(reads)
    if question.expected:
        return Gold(Rows.from_snapshot(question.expected), ordered, tables, schema=schema)
    try:
        result = target.run(question.sql, source=GOLD_SOURCE)
    except IopsError as exc:
        return Gold(None, ordered, tables, f"The gold SQL failed: {exc.message}", schema=schema)
    return Gold(
        Rows.from_arrow(result.table), ordered, tables, truncated=result.truncated, schema=schema
    )


def _reads(sql: str, dialect: str) -> tuple[str, ...]:
    """The tables ``sql`` reads as it names them (CTE names excluded); () when it cannot parse."""
    from iopsdata.lineage import lineage_summary

    try:
        return tuple(lineage_summary(sql, dialect).get("reads") or ())
    except IopsError:
        return ()


def _one_schema(reads: tuple[str, ...]) -> str | None:
    """The schema every one of ``reads`` is qualified with, when they all share one."""
    if not reads or not all("." in name for name in reads):
        return None
    schemas = {name.strip('"`').rsplit(".", 2)[-2] for name in reads}
    return schemas.pop() if len(schemas) == 1 else None


def _bare(name: str) -> str:
    return name.rsplit(".", 1)[-1].strip('"`').lower()


def judge(
    question: GoldenQuestion,
    gold: Gold,
    answer: Answer,
    target: QueryTarget,
    *,
    position: int,
    config_index: int,
) -> Verdict:
    """The verdict of ``answer`` against ``gold`` (see ``model.CAUSES`` for the failures)."""
    selected = tuple(sorted({_bare(t) for t in answer.selection.tables}))
    base: dict[str, Any] = {
        "position": position,
        "question": question.question,
        "gold_sql": question.sql,
        "answer_sql": answer.sql,
        "tags": question.tags,
        "latency_s": answer.latency_s,
        "tokens_in": answer.tokens_in,
        "tokens_out": answer.tokens_out,
        "cost_usd": answer.cost_usd,
        "repairs": max(0, len(answer.attempts) - 1),
        "tables_ok": set(gold.tables) <= set(selected) if gold.tables else None,
        "gold_tables": gold.tables,
        "selected_tables": selected,
        "gold_preview": preview(gold.rows),
        "attempts": tuple(
            {"sql": a.sql, "problem": a.problem, "stage": a.stage} for a in answer.attempts
        ),
        "config_index": config_index,
        "question_id": question.id,
    }
    if gold.error or gold.rows is None:
        return Verdict(verdict="gold_error", reason=gold.error, **base)
    if answer.choices:  # Chat asked which database, and the gold SQL did not settle it
        names = ", ".join(answer.choices)
        asked = f"Chat asked which database the question means ({names}); no SQL was written."
        return Verdict(verdict="asked", reason=asked, **base)
    if answer.error or not answer.sql:
        stage = answer.attempts[-1].stage if answer.attempts else "extract"
        cause = "no_sql" if not answer.sql else STAGE_CAUSE.get(stage, "db_error")
        return Verdict(verdict=cause, reason=answer.error, **base)
    result = answer.result
    if result is None:
        try:
            result = target.run(answer.sql, source=GOLD_SOURCE)
        except IopsError as exc:
            return Verdict(verdict="db_error", reason=exc.message, **base)
    rows = Rows.from_arrow(result.table)
    base["answer_preview"] = preview(rows)
    outcome = compare(gold.rows, rows, ordered=gold.ordered)
    note = CAPPED if gold.truncated or result.truncated else None
    if outcome.match:
        return Verdict(verdict="correct", reason=note, **base)
    reason = f"{outcome.reason} {note}" if note else outcome.reason
    return Verdict(verdict="wrong", reason=reason, **base)


def failed(
    question: GoldenQuestion,
    gold: Gold,
    message: str,
    *,
    position: int,
    config_index: int,
    latency_s: float | None = None,
) -> Verdict:
    """The verdict when the provider failed or timed out (the run goes on)."""
    return Verdict(
        position=position,
        question=question.question,
        gold_sql=question.sql,
        verdict="gold_error" if gold.error else "failed",
        reason=gold.error or message,
        tags=question.tags,
        latency_s=latency_s,
        gold_tables=gold.tables,
        gold_preview=preview(gold.rows),
        config_index=config_index,
        question_id=question.id,
    )


def preview(rows: Rows | None, limit: int = PREVIEW_ROWS) -> dict[str, Any] | None:
    """A bounded, JSON-able copy of ``rows`` for the verdict (dates and decimals as text)."""
    if rows is None:
        return None
    return {
        "columns": list(rows.columns),
        "rows": [[json_value(v) for v in r] for r in rows.rows[:limit]],
        "row_count": len(rows.rows),
    }


def json_value(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    return str(value)
