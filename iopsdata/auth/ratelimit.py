"""Sign-in rate limiting: at most ``limit`` attempts per account within ``window_s``.

The attempt is counted *before* the password is checked, atomically in the metadata store, so
parallel guesses cannot all pass a "below the limit" check, and every replica sees one counter.
A successful sign-in clears the counter.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from iopsdata.store import Store


class RateLimiter:
    def __init__(
        self,
        store: Store,
        limit: int = 5,
        window_s: float = 300.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.store = store.privileged()
        self.limit = limit
        self.window_s = window_s
        self._clock = clock

    def take(self, key: str) -> float:
        """Count one attempt; 0 when it may go ahead, else the seconds to wait."""
        return self.store.take_sign_in_attempt(
            key, limit=self.limit, window_s=self.window_s, now=self._clock()
        )

    def succeeded(self, key: str) -> None:
        self.store.clear_sign_in_attempts(key, older_than=self._clock() - self.window_s)
