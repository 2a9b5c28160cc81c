"""Evaluate's values: golden questions, run configurations, per-question verdicts and summaries.

Frozen, JSON-able dataclasses: the store keeps them as rows, the CLI writes them as JSON, the page
shows them. Verdict causes are declared once here (``CAUSES``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

#: Why a question was not answered correctly (``correct`` is the one good verdict).
CAUSES: dict[str, str] = {
    "wrong": "ran, but the result differs from the gold result",
    "no_sql": "the model wrote no SQL",
    "asked": "Chat asked which database the question means; the gold SQL did not settle it",
    "invalid": "the SQL stayed invalid after the repair rounds",
    "refused": "the guard refused the SQL",
    "db_error": "the database rejected the SQL after the repair rounds",
    "failed": "the provider failed or timed out",
    "gold_error": "the gold SQL itself did not run",
}
VERDICTS = ("correct", *CAUSES)
RUN_STATES = ("running", "done", "stopped", "cost_limit", "failed")


@dataclass(frozen=True)
class GoldenQuestion:
    """One question of a golden set, with its gold SQL; ``expected`` pins a result snapshot
    (``{"columns": [...], "rows": [[...]]}``) that is compared instead of re-running the gold SQL."""

    question: str
    sql: str
    tags: tuple[str, ...] = ()
    expected: dict[str, Any] | None = None
    id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"question": self.question, "sql": self.sql, "tags": list(self.tags)}
        if self.expected is not None:
            out["expected"] = self.expected
        return out

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> GoldenQuestion:
        return cls(
            question=str(row["question"]),
            sql=str(row["sql"]),
            tags=tuple(row.get("tags") or ()),
            expected=row.get("expected"),
            id=row.get("id"),
        )


@dataclass(frozen=True)
class RunConfig:
    """One configuration to evaluate: provider, model, temperature, auto-execute, base URL.

    The key is never part of it: it is resolved like Chat's (the user's saved key, the
    workspace's, then the environment).
    """

    provider: str
    model: str | None = None
    temperature: float = 0.0
    auto_execute: bool = True
    base_url: str | None = None

    @property
    def label(self) -> str:
        name = f"{self.provider}/{self.model or 'default'}"
        return name if not self.temperature else f"{name} t={self.temperature:g}"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RunConfig:
        return cls(
            provider=str(data["provider"]),
            model=data.get("model") or None,
            temperature=float(data.get("temperature") or 0.0),
            auto_execute=bool(data.get("auto_execute", True)),
            base_url=data.get("base_url") or None,
        )


@dataclass(frozen=True)
class Verdict:
    """How one configuration did on one question; every field is inspectable on the page."""

    position: int
    question: str
    gold_sql: str
    verdict: str
    reason: str | None = None
    answer_sql: str | None = None
    tags: tuple[str, ...] = ()
    latency_s: float | None = None
    tokens_in: int | None = None
    tokens_out: int | None = None
    cost_usd: float | None = None
    repairs: int | None = None
    tables_ok: bool | None = None  # tables read by the gold SQL ⊆ tables selected for the prompt
    gold_tables: tuple[str, ...] = ()
    selected_tables: tuple[str, ...] = ()
    gold_preview: dict[str, Any] | None = None  # {"columns": [...], "rows": [[...]]}, bounded
    answer_preview: dict[str, Any] | None = None
    attempts: tuple[dict[str, Any], ...] = ()
    config_index: int = 0
    question_id: str | None = None

    @property
    def correct(self) -> bool:
        return self.verdict == "correct"

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["correct"] = self.correct
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Verdict:
        names = set(cls.__dataclass_fields__)
        values = {k: v for k, v in data.items() if k in names}
        for key in ("tags", "gold_tables", "selected_tables", "attempts"):
            values[key] = tuple(values.get(key) or ())
        return cls(**values)


def percentile(values: Sequence[float], q: float) -> float | None:
    """The ``q`` quantile (0..1) by linear interpolation, or None for no values."""
    data = sorted(values)
    if not data:
        return None
    pos = (len(data) - 1) * q
    low = int(pos)
    high = min(low + 1, len(data) - 1)
    return data[low] + (data[high] - data[low]) * (pos - low)


@dataclass(frozen=True)
class Summary:
    """One configuration's figures over the questions it answered."""

    config: RunConfig
    questions: int
    correct: int
    p50_latency_s: float | None
    p95_latency_s: float | None
    cost_usd: float | None  # None when the provider's price is unknown
    tokens_in: int
    tokens_out: int
    failures: dict[str, int] = field(default_factory=dict)
    tags: dict[str, tuple[int, int]] = field(default_factory=dict)  # tag → (correct, questions)
    tables_ok: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.questions if self.questions else 0.0

    @property
    def cost_per_100(self) -> float | None:
        if self.cost_usd is None or not self.questions:
            return None
        return self.cost_usd / self.questions * 100

    @classmethod
    def of(cls, config: RunConfig, verdicts: Iterable[Verdict]) -> Summary:
        items = list(verdicts)
        latencies = [v.latency_s for v in items if v.latency_s is not None]
        # an asked question called no provider: it has no price, and leaves the others' priced
        costs = [v.cost_usd for v in items if v.verdict not in ("gold_error", "asked")]
        failures: dict[str, int] = {}
        tags: dict[str, tuple[int, int]] = {}
        for v in items:
            if not v.correct:
                failures[v.verdict] = failures.get(v.verdict, 0) + 1
            for tag in v.tags:
                good, total = tags.get(tag, (0, 0))
                tags[tag] = (good + int(v.correct), total + 1)
        return cls(
            config=config,
            questions=len(items),
            correct=sum(v.correct for v in items),
            p50_latency_s=percentile(latencies, 0.5),
            p95_latency_s=percentile(latencies, 0.95),
            cost_usd=None if any(c is None for c in costs) else sum(c or 0.0 for c in costs),
            tokens_in=sum(v.tokens_in or 0 for v in items),
            tokens_out=sum(v.tokens_out or 0 for v in items),
            failures=dict(sorted(failures.items())),
            tags=dict(sorted(tags.items())),
            tables_ok=sum(bool(v.tables_ok) for v in items),
        )

    def line(self) -> str:
        """The CLI's one summary line: ``accuracy=0.850 questions=20 correct=17 …``."""
        parts = [
            f"accuracy={self.accuracy:.3f}",
            f"questions={self.questions}",
            f"correct={self.correct}",
            f"p50_s={_num(self.p50_latency_s)}",
            f"p95_s={_num(self.p95_latency_s)}",
            f"cost_usd={_num(self.cost_usd, 4)}",
            f"tokens_in={self.tokens_in}",
            f"tokens_out={self.tokens_out}",
            f"tables_ok={self.tables_ok}",
        ]
        parts += [f"{cause}={n}" for cause, n in self.failures.items()]
        return " ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "config": self.config.to_dict(),
            "label": self.config.label,
            "questions": self.questions,
            "correct": self.correct,
            "accuracy": self.accuracy,
            "p50_latency_s": self.p50_latency_s,
            "p95_latency_s": self.p95_latency_s,
            "cost_usd": self.cost_usd,
            "cost_per_100_usd": self.cost_per_100,
            "tokens_in": self.tokens_in,
            "tokens_out": self.tokens_out,
            "tables_ok": self.tables_ok,
            "failures": self.failures,
            "tags": {t: {"correct": c, "questions": n} for t, (c, n) in self.tags.items()},
        }


def _num(value: float | None, digits: int = 3) -> str:
    return "na" if value is None else f"{value:.{digits}f}"
