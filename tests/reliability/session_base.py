"""What every load-driver session keeps, whatever drives it (Chromium or the websocket client)."""

from __future__ import annotations

import random
from typing import Any


class SessionBase:
    def __init__(self, i: int, server: Any, cfg: Any, t0: float) -> None:
        self.i, self.server, self.cfg, self.t0 = i, server, cfg, t0
        self.rng = random.Random(cfg.seed * 100 + i)
        self.tag: str = server.canaries[i]
        self.actions: list[Any] = []
        self.retries: list[str] = []
        self.used_k: set[int] = set()
        self.file_table = ""
        self.chat_turns = 0

    def _k(self, limit: int) -> int:
        """A row count this session has not asked for yet, so every result is told apart."""
        while True:
            k = self.rng.randint(1, limit)
            if k not in self.used_k:
                self.used_k.add(k)
                return k
