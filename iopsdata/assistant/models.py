"""Result types of the assistant: ``Answer``, ``Attempt`` and the dry-run ``Preview``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from iopsdata.assistant.selection import Selection

if TYPE_CHECKING:
    from iopsdata.charts import ChartSpec
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


@dataclass(frozen=True)
class Preview:
    """What ``ask`` would send, without calling a provider: selection, exact messages, tokens."""

    selection: Selection
    system: str
    messages: tuple[dict[str, str], ...]
    tokens: int

    def as_messages(self) -> list[dict[str, str]]:
        return [{"role": "system", "content": self.system}, *self.messages]
