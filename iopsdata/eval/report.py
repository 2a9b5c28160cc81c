"""The comparison of one run's configurations, as plain rows any UI (or notebook) can show.

The Evaluate page renders these tables as they are; keeping them here keeps the page thin and
lets tests check the figures without a browser.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from iopsdata.eval.model import CAUSES, Summary, Verdict

MARKS = {"correct": "✓", "wrong": "✗"}


@dataclass(frozen=True)
class Report:
    """One run: per-configuration summaries and every verdict."""

    run: dict[str, Any]
    summaries: tuple[Summary, ...]
    verdicts: tuple[Verdict, ...]

    @property
    def labels(self) -> list[str]:
        """Configuration labels, made unique (two configurations may share a model)."""
        seen: dict[str, int] = {}
        out = []
        for s in self.summaries:
            label = s.config.label
            seen[label] = seen.get(label, 0) + 1
            out.append(label if seen[label] == 1 else f"{label} #{seen[label]}")
        return out

    def comparison(self) -> list[dict[str, Any]]:
        """One row per configuration: accuracy, latency, cost per 100 questions, tokens."""
        rows = []
        for label, s in zip(self.labels, self.summaries, strict=True):
            rows.append(
                {
                    "configuration": label,
                    "accuracy": round(s.accuracy, 3),
                    "correct": f"{s.correct}/{s.questions}",
                    "p50 latency (s)": _round(s.p50_latency_s, 2),
                    "p95 latency (s)": _round(s.p95_latency_s, 2),
                    "cost per 100 (USD)": _round(s.cost_per_100, 4),
                    "tokens in": s.tokens_in,
                    "tokens out": s.tokens_out,
                    "gold tables in prompt": f"{s.tables_ok}/{s.questions}",
                }
            )
        return rows

    def failures(self) -> list[dict[str, Any]]:
        """Failures by cause, one column per configuration."""
        rows = []
        for cause, meaning in CAUSES.items():
            counts = [s.failures.get(cause, 0) for s in self.summaries]
            if any(counts):
                rows.append(
                    {
                        "cause": cause,
                        "meaning": meaning,
                        **dict(zip(self.labels, counts, strict=True)),
                    }
                )
        return rows

    def tags(self) -> list[dict[str, Any]]:
        """Accuracy per tag, one column per configuration (``correct/questions``)."""
        names = sorted({t for s in self.summaries for t in s.tags})
        rows = []
        for tag in names:
            row: dict[str, Any] = {"tag": tag}
            for label, s in zip(self.labels, self.summaries, strict=True):
                good, total = s.tags.get(tag, (0, 0))
                row[label] = f"{good}/{total}" if total else "—"
            rows.append(row)
        return rows

    def grid(self) -> list[dict[str, Any]]:
        """One row per question, the verdict of each configuration as a mark or its cause."""
        by_question: dict[int, dict[str, Any]] = {}
        for v in self.verdicts:
            row = by_question.setdefault(v.position, {"#": v.position + 1, "question": v.question})
            row[self.labels[v.config_index]] = MARKS.get(v.verdict, v.verdict)
        return [by_question[k] for k in sorted(by_question)]

    def chart_rows(self) -> list[dict[str, Any]]:
        """Accuracy, p50 latency and cost per 100 per configuration (for a chart)."""
        return [
            {
                "configuration": label,
                "accuracy": s.accuracy,
                "p50 latency (s)": s.p50_latency_s or 0.0,
                "cost per 100 (USD)": s.cost_per_100 or 0.0,
            }
            for label, s in zip(self.labels, self.summaries, strict=True)
        ]

    def verdict(self, position: int, config_index: int) -> Verdict | None:
        return next(
            (v for v in self.verdicts if v.position == position and v.config_index == config_index),
            None,
        )


def history_rows(runs: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The runs of a set, newest first: when, status, and each configuration's accuracy."""
    rows = []
    for run in runs:
        for s in run.get("summaries") or ():
            rows.append(
                {
                    "started": run["created_at"],
                    "run": str(run["id"])[:8],
                    "status": run["status"],
                    "configuration": s["label"],
                    "accuracy": round(s["accuracy"], 3),
                    "questions": s["questions"],
                    "cost (USD)": _round(s["cost_usd"], 4),
                }
            )
    return rows


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)
