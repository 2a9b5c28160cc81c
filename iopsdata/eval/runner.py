"""Run a golden set against configurations in the background: limits, 429s, Stop, cost ceiling.

Each (configuration, question) pair is one job on a small thread pool. A job waits for a slot of
its provider (``PROVIDER_LIMIT`` at a time), asks through the real ``ask`` pipeline, judges the
answer and stores the verdict before the next job of that slot starts, so a page polling the store
sees progress. A provider that answers HTTP 429 (after its SDK's own retries) pauses every job of
that provider for the time it asked, then the question is asked again (``RATE_LIMIT_RETRIES``).

Stop and the cost ceiling end the run between questions: no new question starts, questions in
flight finish (their provider calls make no further retries). Runs live in the process that
started them (``RUNS``); their state and every verdict are in the store.
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from iopsdata.errors import IopsError, PermissionDenied, ProviderError
from iopsdata.eval.judge import Gold, failed, judge, prepare_gold
from iopsdata.eval.model import GoldenQuestion, RunConfig, Verdict

if TYPE_CHECKING:
    from iopsdata.context import WorkspaceContext
    from iopsdata.llm import Provider
    from iopsdata.targets import QueryTarget

log = logging.getLogger(__name__)

PROVIDER_LIMIT = 2  # questions in flight per provider
RATE_LIMIT_RETRIES = 2  # asks again after a 429 that outlasted the SDK's retries
RATE_LIMIT_PAUSE_S = 5.0  # when the provider did not say how long to wait
MAX_PAUSE_S = 60.0
_RATE_LIMIT_TITLE = "AI provider rate limit"
_WAIT = re.compile(r"about (\d+) second")


class TunedProvider:
    """A provider with the configuration's temperature on every call (``ask`` asks for 0)."""

    def __init__(self, inner: Provider, temperature: float) -> None:
        self._inner = inner
        self._temperature = float(temperature)

    def complete(self, messages: Any, **kwargs: Any) -> Any:
        kwargs["temperature"] = self._temperature
        return self._inner.complete(messages, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


class _Limits:
    """Per-provider slots and 429 pauses, shared by a run's jobs."""

    def __init__(self, limit: int) -> None:
        self._limit = max(1, limit)
        self._slots: dict[str, threading.Semaphore] = {}
        self._paused_until: dict[str, float] = {}
        self._lock = threading.Lock()
        self.rate_limited = 0

    def slot(self, provider: str) -> threading.Semaphore:
        with self._lock:
            return self._slots.setdefault(provider, threading.Semaphore(self._limit))

    def pause(self, provider: str, seconds: float) -> None:
        with self._lock:
            self.rate_limited += 1
            until = time.monotonic() + min(MAX_PAUSE_S, seconds)
            self._paused_until[provider] = max(self._paused_until.get(provider, 0.0), until)

    def wait(self, provider: str, stop: threading.Event) -> None:
        while True:
            with self._lock:
                left = self._paused_until.get(provider, 0.0) - time.monotonic()
            if left <= 0 or stop.wait(left):
                return


@dataclass
class RunState:
    """One run in this process: its stop switch, totals, and the thread doing the work."""

    run_id: str
    total: int
    cost_ceiling_usd: float | None = None
    stop: threading.Event = field(default_factory=threading.Event)
    done: int = 0
    cost_usd: float = 0.0
    unpriced: set[str] = field(default_factory=set)
    status: str = "running"
    message: str | None = None
    thread: threading.Thread | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def halt(self, status: str, message: str) -> None:
        with self.lock:
            if self.status == "running":
                self.status, self.message = status, message
        self.stop.set()


RUNS: dict[str, RunState] = {}
_RUNS_LOCK = threading.Lock()


def register(state: RunState) -> None:
    with _RUNS_LOCK:
        RUNS[state.run_id] = state


def lookup(run_id: str) -> RunState | None:
    with _RUNS_LOCK:
        return RUNS.get(run_id)


@dataclass(frozen=True)
class _Shared:
    """What every job of one run shares."""

    ctx: WorkspaceContext
    state: RunState
    limits: _Limits
    target: QueryTarget


@dataclass(frozen=True)
class _Job:
    """One configuration asked one question."""

    config: RunConfig
    provider: Any
    config_index: int
    position: int
    question: GoldenQuestion
    gold: Gold


def execute_run(
    ctx: WorkspaceContext,
    state: RunState,
    questions: Sequence[GoldenQuestion],
    configs: Sequence[RunConfig],
    target: QueryTarget,
    providers: Sequence[Provider],
    *,
    limit: int = PROVIDER_LIMIT,
) -> None:
    """Do the whole run (call it in a thread) and leave its final state in the store.

    ``providers[i]`` answers for ``configs[i]`` (built by the caller, so a missing key fails
    before the run starts).
    """
    try:
        golds = [prepare_gold(q, target) for q in questions]
        tuned = [TunedProvider(p, c.temperature) for p, c in zip(providers, configs, strict=True)]
        shared = _Shared(ctx, state, _Limits(limit), target)
        jobs = [
            _Job(config, tuned[c], c, p, question, golds[p])
            for c, config in enumerate(configs)
            for p, question in enumerate(questions)
        ]
        with ThreadPoolExecutor(max_workers=max(1, limit) * len(configs)) as pool:
            for future in [pool.submit(_run_job, shared, job) for job in jobs]:
                future.result()
        if shared.limits.rate_limited and state.message is None:
            state.message = (
                f"The provider limited requests {shared.limits.rate_limited} time(s) (HTTP 429)."
            )
    except IopsError as exc:
        state.halt("failed", exc.message)
    except Exception:  # a bug must still end the run visibly, never leave it "running"
        log.exception("evaluation run %s failed", state.run_id)
        state.halt("failed", "The run stopped on an unexpected error.")
    finally:
        _finish(ctx, state)


def _finish(ctx: WorkspaceContext, state: RunState) -> None:
    from iopsdata.store.base import now

    with state.lock:
        status = "done" if state.status == "running" else state.status
        state.status = status
    if state.unpriced and state.cost_ceiling_usd is not None:
        note = (
            "No price is known for "
            + ", ".join(sorted(state.unpriced))
            + ": the cost ceiling counts only priced calls."
        )
        state.message = f"{state.message} {note}" if state.message else note
    try:
        ctx.store.update_eval_run(
            ctx.workspace_id,
            state.run_id,
            status=status,
            done=state.done,
            cost_usd=state.cost_usd,
            message=state.message,
            finished_at=now(),
        )
    except IopsError:
        log.warning("could not record the end of evaluation run %s", state.run_id)
    with _RUNS_LOCK:  # the store holds the outcome now; the process keeps no finished runs
        RUNS.pop(state.run_id, None)


def _run_job(shared: _Shared, job: _Job) -> None:
    state, limits, name = shared.state, shared.limits, job.config.provider
    with limits.slot(name):
        if state.stop.is_set():
            return
        limits.wait(name, state.stop)
        if state.stop.is_set():
            return
        verdict = _ask_and_judge(shared, job)
        if verdict is not None:
            _record(shared.ctx, state, verdict, job.config)


def _ask_and_judge(shared: _Shared, job: _Job) -> Verdict | None:
    from iopsdata.assistant import AssistantService
    from iopsdata.llm.base import bind_cancel_event

    state, limits, question, gold = shared.state, shared.limits, job.question, job.gold
    assistant = AssistantService(shared.ctx)
    where = {"position": job.position, "config_index": job.config_index}
    bind_cancel_event(state.stop)  # an abandoned run sends no further retries
    try:
        for attempt in range(RATE_LIMIT_RETRIES + 1):
            started = time.perf_counter()
            try:
                answer = assistant.ask(
                    question.question,
                    shared.target,
                    provider=cast("Provider", job.provider),
                    auto_execute=job.config.auto_execute,
                )
                if gold.schema in answer.choices:  # Chat asked which one: answer as a user
                    _forget_thread(assistant, answer.thread_id)
                    answer = assistant.ask(
                        question.question,
                        shared.target,
                        provider=cast("Provider", job.provider),
                        auto_execute=job.config.auto_execute,
                        schema=gold.schema,
                    )
            except ProviderError as exc:
                _forget_thread(assistant, exc.thread_id)
                if exc.title == _RATE_LIMIT_TITLE and attempt < RATE_LIMIT_RETRIES:
                    found = _WAIT.search(exc.message)
                    wait = float(found.group(1)) if found else RATE_LIMIT_PAUSE_S
                    limits.pause(job.config.provider, wait)
                    limits.wait(job.config.provider, state.stop)
                    if state.stop.is_set():
                        return None
                    continue
                if state.stop.is_set() and "abandoned" in exc.message:
                    return None  # Stop cut it short: not the provider's failure
                spent = time.perf_counter() - started
                return failed(question, gold, exc.message, latency_s=spent, **where)
            except PermissionDenied as exc:
                state.halt("failed", exc.message)
                return None
            _forget_thread(assistant, answer.thread_id)
            try:
                return judge(question, gold, answer, shared.target, **where)
            except IopsError as exc:
                return failed(question, gold, exc.message, **where)
        return None  # pragma: no cover - the loop always returns
    finally:
        bind_cancel_event(None)


def _forget_thread(assistant: Any, thread_id: str | None) -> None:
    """Evaluation questions are not conversations: drop the chat thread ``ask`` created."""
    if thread_id:
        with contextlib.suppress(IopsError):
            assistant.delete_thread(thread_id)


def _record(ctx: WorkspaceContext, state: RunState, verdict: Verdict, config: RunConfig) -> None:
    details = verdict.to_dict()
    with state.lock:
        state.done += 1
        if verdict.cost_usd is not None:
            state.cost_usd += verdict.cost_usd
        elif verdict.verdict not in ("failed", "gold_error", "asked"):
            state.unpriced.add(config.label)
        done, cost = state.done, state.cost_usd
    ctx.store.add_eval_result(
        ctx.workspace_id,
        state.run_id,
        config_index=verdict.config_index,
        question_id=verdict.question_id,
        position=verdict.position,
        verdict=verdict.verdict,
        latency_s=verdict.latency_s,
        tokens_in=verdict.tokens_in,
        tokens_out=verdict.tokens_out,
        cost_usd=verdict.cost_usd,
        repairs=verdict.repairs,
        tables_ok=verdict.tables_ok,
        details=details,
    )
    ctx.store.update_eval_run(ctx.workspace_id, state.run_id, done=done, cost_usd=cost)
    ceiling = state.cost_ceiling_usd
    if ceiling is not None and cost >= ceiling:
        state.halt(
            "cost_limit",
            f"Stopped at the cost ceiling: ${cost:.4f} spent of ${ceiling:.4f}.",
        )
