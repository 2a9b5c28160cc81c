"""Loopback ports for test servers: each pytest-xdist worker takes its own block.

``bind(("127.0.0.1", 0))`` and close, then start a server on that port, leaves a window in which
another worker's test (or any outgoing connection, which draws from the same kernel range) may take
the same port. The blocks here lie below the kernel's ephemeral range, so outgoing connections
never draw from them, and a worker only ever hands out ports of its own block.
"""

from __future__ import annotations

import itertools
import os
import socket

BASE = 20_000  # below Linux's default ephemeral range (32768-60999)
BLOCK = 1_000  # ports per worker: gw0 20000-20999, gw1 21000-21999, ...


def _worker_index() -> int:
    name = os.environ.get("PYTEST_XDIST_WORKER", "")  # "gw3"; unset in a one-process run
    return int(name[2:]) if name.startswith("gw") and name[2:].isdigit() else 0


_START = BASE + BLOCK * (_worker_index() % 12)
_next = itertools.cycle(range(_START, _START + BLOCK))


def free_port() -> int:
    """A port of this worker's block that nothing listens on now."""
    for _ in range(BLOCK):
        port = next(_next)
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free loopback port in {_START}-{_START + BLOCK - 1}")
