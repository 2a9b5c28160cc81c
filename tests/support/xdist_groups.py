"""Which tests share one pytest-xdist worker: decided from node ids, on the controller.

The tests that start Streamlit servers and Chromium (``tests/browser``, ``tests/reliability``) run
one after another on one worker: two Chromium-driven servers side by side on two cores slow each
other down several times over (their summed time went 415 s -> 1,676 s when spread over four
workers) and time out. Every other test goes to whichever worker is free, and so do the
reliability modules listed in ``BESIDE_OTHERS``, which drive no browser and time nothing tightly.

``--dist loadgroup`` would do this with ``xdist_group`` marks, but it carries a mark to the
scheduler by appending ``@group`` to ``item._nodeid`` on the worker, and since pytest 9.2
``Item.nodeid`` is derived from a structured id: the suffix is lost and every test was scheduled
on its own, silently (pytest-dev/pytest-xdist#1386). Grouping by path on the controller does not
depend on that.
"""

from __future__ import annotations

from xdist.scheduler import LoadScopeScheduling

SERVER_FOLDERS = ("tests/browser/", "tests/reliability/")
SERVERS = "servers"
BESIDE_OTHERS = (
    "tests/reliability/test_guard_fuzz.py",
    "tests/reliability/test_escape_corpus.py",
    "tests/reliability/test_hostile_uploads.py",
    "tests/reliability/test_faults.py",  # faults injected into loopback servers, no browser
    "tests/reliability/test_timeouts.py",  # engines' timeouts, no browser
    # the websocket load run: no Chromium, and what it asserts (every action right, no canary
    # crossing, no server exception) needs no quiet machine; it runs first (tests/conftest.py)
    "tests/reliability/test_ws_load.py",
)


def group_of(nodeid: str) -> str | None:
    """``SERVERS`` for a test that must run on the servers' worker, else None (any worker)."""
    path = nodeid.split("::", 1)[0]
    if path.startswith(SERVER_FOLDERS) and path not in BESIDE_OTHERS:
        return SERVERS
    return None


class ServerGroupScheduling(LoadScopeScheduling):
    """Load scheduling where every ``SERVERS`` test is one unit of work and every other test is
    a unit of its own. The largest unit is handed out first (xdist's default reordering), so the
    servers' worker starts on them at once."""

    def _split_scope(self, nodeid: str) -> str:
        return group_of(nodeid) or nodeid
