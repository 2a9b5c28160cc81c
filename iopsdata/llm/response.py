"""``Response``: one streamed answer, with usage, latency and cost once it has ended.

The provider's generator runs in a worker thread and hands chunks over a queue, so the reader can
enforce ONE total deadline (``Settings.llm_timeout_s``) over connecting, the SDK's own retries and
the whole stream, even when a server stalls mid-answer and the socket read would block. SDK and
network exceptions are translated into ``ProviderError`` here, the single boundary.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from iopsdata.errors import ProviderError
from iopsdata.llm.base import bind_cancel_event
from iopsdata.llm.failures import UNEXPECTED, scrub, translate
from iopsdata.llm.pricing import cost_usd

if TYPE_CHECKING:
    from iopsdata.llm.base import Provider, Request

log = logging.getLogger("iopsdata.llm")

_CHUNK, _END, _ERROR = "chunk", "end", "error"
_LENGTH_REASONS = ("length", "max_tokens")


@dataclass(frozen=True)
class Usage:
    """Tokens the provider billed for one answer (``None`` when it did not say)."""

    input_tokens: int | None = None
    output_tokens: int | None = None

    @property
    def total_tokens(self) -> int | None:
        if self.input_tokens is None and self.output_tokens is None:
            return None
        return (self.input_tokens or 0) + (self.output_tokens or 0)


class Response:
    """A lazy, single-pass stream of ``str`` chunks; re-iterating replays the finished text.

    Iterate it (e.g. ``st.write_stream(response)``) or call :meth:`text`. After the stream has
    ended, ``usage``, ``latency_s`` (request to last chunk), ``ttft_s`` (time to first token),
    ``finish_reason`` and ``cost_usd`` are set.
    """

    def __init__(self, provider: Provider, request: Request) -> None:
        self.provider = provider.name
        self.label = provider.label
        self.model = request.model
        self.usage = Usage()  # fields stay None when the provider does not report them
        self.finish_reason: str | None = None
        self.latency_s: float | None = None
        self.ttft_s: float | None = None
        self._provider = provider
        self._request = request
        self._chunks: list[str] = []
        self._state = "new"  # new → streaming → done | failed
        self._finished = False

    def __repr__(self) -> str:
        return f"Response(provider={self.provider!r}, model={self.model!r}, state={self._state!r})"

    # -- called by the provider's generator (worker thread) ---------------------------------------

    def set_usage(self, input_tokens: int | None = None, output_tokens: int | None = None) -> None:
        """Record usage; values given later win, ``None`` keeps what was known."""
        old = self.usage
        self.usage = Usage(
            input_tokens if input_tokens is not None else old.input_tokens,
            output_tokens if output_tokens is not None else old.output_tokens,
        )

    def set_finished(self, reason: str | None) -> None:
        """Mark the stream as properly ended (with the provider's stop reason)."""
        self._finished = True
        self.finish_reason = reason or "stop"

    # -- public ----------------------------------------------------------------------------------

    @property
    def done(self) -> bool:
        return self._state == "done"

    @property
    def truncated(self) -> bool:
        """True when the model stopped because it hit ``max_tokens``."""
        return self.finish_reason in _LENGTH_REASONS

    @property
    def cost_usd(self) -> float | None:
        """Cost from the price table; ``None`` for unknown models or missing usage."""
        return cost_usd(self.provider, self.model, self.usage)

    def text(self) -> str:
        """Read the whole answer (streaming it if that has not happened yet)."""
        for _ in self:
            pass
        return "".join(self._chunks)

    def __iter__(self) -> Iterator[str]:
        if self._state == "done":
            yield from self._chunks
            return
        if self._state != "new":
            raise ProviderError("This answer was already read or failed; ask again.")
        self._state = "streaming"
        yield from self._stream()

    # -- the stream ------------------------------------------------------------------------------

    def _stream(self) -> Iterator[str]:
        handoff: queue.Queue[tuple[str, object]] = queue.Queue()
        stop = threading.Event()
        worker = threading.Thread(
            target=self._work, args=(handoff, stop), name="iopsdata-llm", daemon=True
        )
        try:
            self._provider.prepare()  # the SDK import (up to ~1 s) is not the provider's time
        except Exception as exc:
            self._state = "failed"
            raise self._translate(exc) from None
        start = time.monotonic()
        deadline = start + self._provider.timeout_s
        worker.start()
        try:
            while True:
                remaining = deadline - time.monotonic()
                try:
                    if remaining <= 0:
                        raise queue.Empty
                    kind, value = handoff.get(timeout=remaining)
                except queue.Empty:
                    raise self._timeout() from None
                if kind == _CHUNK:
                    assert isinstance(value, str)
                    if self.ttft_s is None:
                        self.ttft_s = time.monotonic() - start
                    self._chunks.append(value)
                    yield value
                elif kind == _ERROR:
                    assert isinstance(value, BaseException)
                    raise self._translate(value) from None
                else:
                    self._check_end()
                    self._state = "done"
                    break
        finally:
            stop.set()
            self.latency_s = time.monotonic() - start
            if self._state != "done":
                self._state = "failed"
        log.info(
            "llm answer provider=%s model=%s in=%s out=%s latency=%.2fs",
            self.provider,
            self.model,
            self.usage.input_tokens,
            self.usage.output_tokens,
            self.latency_s,
        )

    def _work(self, handoff: queue.Queue[tuple[str, object]], stop: threading.Event) -> None:
        bind_cancel_event(stop)
        chunks = self._provider.execute(self._request, self)
        try:
            for chunk in chunks:
                if stop.is_set():
                    return
                if chunk:
                    handoff.put((_CHUNK, chunk))
            handoff.put((_END, None))
        except Exception as exc:
            handoff.put((_ERROR, exc))
        finally:
            close = getattr(chunks, "close", None)
            if close is not None:
                close()  # a generator's close() exits the SDK's ``with stream:`` block

    def _check_end(self) -> None:
        if not self._finished:
            if self._chunks:
                raise ProviderError(
                    f"{self.label}'s answer was cut off: the stream closed before it ended. Try again.",
                )
            raise ProviderError(
                f"{self.label} returned no answer: the reply was empty or not in the expected format.",
                hint="Try again; if it keeps happening, check the model name and the base URL.",
            )
        if not self._chunks and self.finish_reason in _LENGTH_REASONS:
            raise ProviderError(
                f"{self.label} used all {self._request.max_tokens} output tokens before writing an answer.",
                hint="Allow more output tokens, or choose a model that does not reason at length.",
            )

    def _timeout(self) -> ProviderError:
        return ProviderError(
            f"{self.label} did not finish answering within {self._provider.timeout_s:g} seconds.",
            title="AI provider timed out",
            hint="Try again, choose a faster model, or raise IOPSDATA_LLM_TIMEOUT_S.",
        )

    def _translate(self, exc: BaseException) -> ProviderError:
        if isinstance(exc, ProviderError):
            return exc
        error = translate(
            exc,
            label=self.label,
            model=self.model,
            attempts=self._provider.max_retries + 1,
            secret=self._provider._api_key,
            during_stream=bool(self._chunks),
        )
        log.warning(
            "llm failure provider=%s model=%s: %s", self.provider, self.model, error.message
        )
        if error.title == UNEXPECTED:  # a bug rather than a provider fault: keep the detail
            detail = scrub(str(exc), self._provider._api_key)
            log.warning("llm unexpected %s: %s", type(exc).__name__, detail[:500])
        return error
