"""Per-token limits of the MCP server: concurrent calls, calls per minute, rows per call.

In-process and per token (per server process on stdio): the HTTP server is one process, and a
token's calls reach the same process through the session the SDK binds to that token. The errors
say which limit was hit and what to do, so an agent can back off instead of retrying blindly.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from iopsdata.errors import IopsError


class LimitExceeded(IopsError):
    """A per-token limit refused the call (nothing ran)."""


@dataclass(frozen=True)
class Limits:
    """Attributes:
    concurrency: calls of one token running at once.
    calls_per_minute: calls of one token in any 60-second window.
    rows_per_call: most rows one ``run_sql`` returns (the agent may ask for fewer).
    bytes_per_call: most bytes of row JSON one call returns.
    """

    concurrency: int = 4
    calls_per_minute: int = 120
    rows_per_call: int = 1_000
    bytes_per_call: int = 1_000_000


class Limiter:
    """Counts calls per key (a token id, or ``"stdio"``)."""

    WINDOW_S = 60.0

    def __init__(self, limits: Limits, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.limits = limits
        self._clock = clock
        self._lock = threading.Lock()
        self._running: dict[str, int] = {}
        self._recent: dict[str, deque[float]] = {}

    @contextmanager
    def call(self, key: str) -> Iterator[None]:
        """Hold one call slot of ``key`` for the duration of the block.

        Raises:
            LimitExceeded: too many calls at once, or in the last minute.
        """
        now = self._clock()
        with self._lock:
            recent = self._recent.setdefault(key, deque())
            while recent and now - recent[0] >= self.WINDOW_S:
                recent.popleft()
            if len(recent) >= self.limits.calls_per_minute:
                wait = max(1, int(self.WINDOW_S - (now - recent[0])) + 1)
                raise LimitExceeded(
                    f"Rate limit: this token may make {self.limits.calls_per_minute} calls per "
                    f"minute. Try again in {wait} s.",
                    title="Too many calls",
                )
            if self._running.get(key, 0) >= self.limits.concurrency:
                raise LimitExceeded(
                    f"Concurrency limit: this token may run {self.limits.concurrency} calls at "
                    "once. Wait for one to finish.",
                    title="Too many calls at once",
                )
            recent.append(now)
            self._running[key] = self._running.get(key, 0) + 1
        try:
            yield
        finally:
            with self._lock:
                self._running[key] -= 1
