"""A short, process-wide cache of "what is this user's role in this workspace".

Services check membership on every action (a removed or demoted member must not keep an old role
in an open session), so the read has to be cheap. Entries are keyed by a membership version that
this process bumps on every membership change it makes, so a change made here is seen at once; a
change made by another replica is seen within ``TTL_S`` seconds.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

TTL_S = 2.0
_MAX_ENTRIES = 10_000

_lock = threading.Lock()
_version = 0
_cache: dict[tuple[str, str], tuple[int, float, str | None]] = {}


def bump() -> None:
    """Membership changed (added, removed, role changed, workspace deleted): forget every entry."""
    global _version
    with _lock:
        _version += 1
        _cache.clear()


def cached_role(
    workspace_id: str, user_id: str, load: Callable[[], str | None], *, clock=time.monotonic
) -> str | None:
    """The role from the cache while it is fresh and of the current version, else ``load()``."""
    key = (workspace_id, user_id)
    now = clock()
    with _lock:
        version = _version
        hit = _cache.get(key)
    if hit is not None and hit[0] == version and now - hit[1] < TTL_S:
        return hit[2]
    role = load()
    with _lock:
        if _version == version:  # not invalidated while loading
            if len(_cache) >= _MAX_ENTRIES:
                _cache.clear()
            _cache[key] = (version, now, role)
    return role
