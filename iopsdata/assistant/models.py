"""Result types of the assistant: ``Answer``, ``Attempt`` and the dry-run ``Preview``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from iopsdata.assistant.selection import Selection

if TYPE_CHECKING:
    from iopsdata.charts import ChartSpec
    from iopsdata.estimate import Estimate
    from iopsdata.result import QueryResult


@dataclass(frozen=True)
class Attempt:
    """One model reply. ``problem`` says why it was not used (None for the one that was).

    ``stage``: ``extract`` (no SQL found), ``validate`` (unknown table/column, parse error),
    ``guard`` (refused), ``execute`` (database error) or ``ok``.
    """

    sql: str | None
    problem: str | None
    stage: str
    tokens_in: int | None = None
    tokens_out: int | None = None


@dataclass(frozen=True)
class Answer:
    """Everything one question produced; stored in the thread as the assistant message's payload.

    Attributes:
        question: the user's words.
        sql: the final SQL (validated and guarded), or the last rejected SQL when ``error`` is set.
        explanation: the model's short paragraph.
        result: rows when the SQL ran (auto-execute on and no error), else None.
        chart: a chart that fits the result, if any.
        lineage: tables and columns read (``iopsdata.lineage.lineage_summary``), if computed.
        tables: catalog tables the SQL reads.
        selection: the schema selection the prompt was built from.
        tokens_in / tokens_out / cost_usd / latency_s: totals over all provider rounds.
        attempts: every reply, in order, each with the problem that caused a repair.
        error: why there is no result (refused, still invalid after repairs, database error).
    """

    question: str
    sql: str | None
    explanation: str
    result: QueryResult | None
    chart: ChartSpec | None
    lineage: dict[str, Any] | None
    tables: tuple[str, ...]
    selection: Selection
    tokens_in: int
    tokens_out: int
    cost_usd: float | None
    latency_s: float
    attempts: tuple[Attempt, ...]
    thread_id: str | None = None
    message_id: str | None = None
    error: str | None = None
    executed: bool = False
    provider: str | None = None
    model: str | None = None
    connection_id: str | None = None
    failed: bool = False  # the provider failed: the turn holds the question and the error only
    row_count: int | None = None  # rows when it ran (a stored answer's kept preview holds fewer)
    # Chat asks which database/schema the question means: the candidates, best first (no SQL)
    choices: tuple[str, ...] = ()
    estimate: Estimate | None = None  # the plan's estimate made before running, if any

    @property
    def held(self) -> bool:
        """Not run because its estimate passed the connection's threshold ("Run anyway")."""
        return bool(self.estimate is not None and self.estimate.over and not self.executed)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able record (the thread's stored payload) with a bounded preview of the rows."""
        from iopsdata.assistant.preview import encode_preview

        result = self.result
        rows = result.row_count if result is not None else None
        return {
            "question": self.question,
            "sql": self.sql,
            "explanation": self.explanation,
            "connection_id": self.connection_id,
            "tables": list(self.tables),
            "selected_tables": list(self.selection.tables),
            "selection_reasons": dict(self.selection.reasons),
            "chart": self.chart.to_dict() if self.chart else None,
            "lineage": self.lineage,
            "error": self.error,
            "failed": self.failed,
            "executed": self.executed,
            "row_count": self.row_count if self.row_count is not None else rows,
            "truncated": result.truncated if result is not None else None,
            "preview": encode_preview(result) if result is not None else None,
            "tokens_in": self.tokens_in,
            "tokens_out": self.tokens_out,
            "cost_usd": self.cost_usd,
            "latency_s": round(self.latency_s, 3),
            "provider": self.provider,
            "model": self.model,
            "thread_id": self.thread_id,
            "choices": list(self.choices),
            "estimate": self.estimate.to_dict() if self.estimate is not None else None,
            "attempts": [
                {
                    "sql": a.sql,
                    "problem": a.problem,
                    "stage": a.stage,
                    "tokens_in": a.tokens_in,
                    "tokens_out": a.tokens_out,
                }
                for a in self.attempts
            ],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, message_id: str | None = None) -> Answer:
        """Rebuild a stored answer; its ``result`` is the kept preview (None if none was kept).

        Payloads stored before previews existed read too: they simply have no result.
        """
        from iopsdata.assistant.preview import decode_preview
        from iopsdata.charts import ChartSpec

        result = None
        if isinstance(data.get("preview"), dict) and data.get("sql"):
            result = decode_preview(
                data["preview"],
                str(data["sql"]),
                row_count=data.get("row_count"),
                truncated=bool(data.get("truncated")),
            )
        chart = data.get("chart")
        estimate = None
        if isinstance(data.get("estimate"), dict):
            from iopsdata.estimate import Estimate

            estimate = Estimate.from_dict(data["estimate"])
        return cls(
            question=str(data.get("question") or ""),
            sql=data.get("sql"),
            explanation=str(data.get("explanation") or ""),
            result=result,
            chart=ChartSpec.from_dict(chart) if isinstance(chart, dict) else None,
            lineage=data.get("lineage"),
            tables=tuple(data.get("tables") or ()),
            selection=Selection(
                tuple(data.get("selected_tables") or ()),
                reasons=dict(data.get("selection_reasons") or {}),
            ),
            tokens_in=int(data.get("tokens_in") or 0),
            tokens_out=int(data.get("tokens_out") or 0),
            cost_usd=data.get("cost_usd"),
            latency_s=float(data.get("latency_s") or 0.0),
            attempts=tuple(
                Attempt(
                    a.get("sql"),
                    a.get("problem"),
                    str(a.get("stage") or ""),
                    a.get("tokens_in"),
                    a.get("tokens_out"),
                )
                for a in data.get("attempts") or ()
            ),
            thread_id=data.get("thread_id"),
            message_id=message_id,
            error=data.get("error"),
            executed=bool(data.get("executed")),
            provider=data.get("provider"),
            model=data.get("model"),
            connection_id=data.get("connection_id"),
            failed=bool(data.get("failed")),
            row_count=data.get("row_count"),
            choices=tuple(str(c) for c in data.get("choices") or ()),
            estimate=estimate,
        )


@dataclass(frozen=True)
class Preview:
    """What ``ask`` would send, without calling a provider: selection, exact messages, tokens."""

    selection: Selection
    system: str
    messages: tuple[dict[str, str], ...]
    tokens: int

    def as_messages(self) -> list[dict[str, str]]:
        return [{"role": "system", "content": self.system}, *self.messages]
