"""Sign-in rate limiting: after too many failures for an account, wait before trying again."""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque


class RateLimiter:
    """At most ``max_failures`` failed attempts per key within ``window_s`` (process-wide)."""

    def __init__(
        self, max_failures: int = 5, window_s: float = 300.0, clock=time.monotonic
    ) -> None:
        self.max_failures = max_failures
        self.window_s = window_s
        self._clock = clock
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _recent(self, key: str) -> deque[float]:
        now = self._clock()
        failures = self._failures[key]
        while failures and now - failures[0] > self.window_s:
            failures.popleft()
        return failures

    def retry_after(self, key: str) -> float:
        """Seconds to wait before ``key`` may try again (0 when allowed)."""
        with self._lock:
            failures = self._recent(key)
            if len(failures) < self.max_failures:
                return 0.0
            return max(0.0, self.window_s - (self._clock() - failures[0]))

    def failed(self, key: str) -> None:
        with self._lock:
            self._recent(key).append(self._clock())

    def succeeded(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)
