"""The browserless load driver (Streamlit's websocket protocol) against two replicas behind nginx.

Sessions sign in, upload a CSV, run SQL on PostgreSQL and on their file, and ask Chat (loopback
LLM), through the load balancer; every action must return its own correct result, no session may
receive another's canary, and no replica may log an exception. The capacity figures come from the
same driver (``python bench/load_bench.py --capacity``); this is the short version for CI.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PG_ADMIN_URL
from tests.reliability.figures import record
from tests.reliability.load_driver import KINDS, LoadConfig, result_data, run_load, summary_lines
from tests.reliability.st_protocol import Run
from tests.reliability.ws_session import ActionFailed, WsSession

pytestmark = [
    pytest.mark.reliability,
    pytest.mark.load,
    pytest.mark.postgres,
]


def test_websocket_sessions_through_two_replicas(tmp_path: Path) -> None:
    cfg = LoadConfig(
        sessions=6,
        duration_s=50,  # was 90: every kind of action still runs; the figures are the bench's
        warmup_s=20,
        think_s=(2.0, 6.0),
        arrival_gap_s=0.5,
        sample_every_s=3,
        driver="ws",
        replicas=2,
    )
    result = run_load(tmp_path, cfg, PG_ADMIN_URL)
    record(
        "load_ws_ci",
        title="Websocket sessions through 2 replicas and nginx, in CI (6 sessions × 50 s)",
        command="python -m pytest tests/reliability/test_ws_load.py",
        lines=summary_lines(result, "Websocket load in CI (6 sessions × 50 s, 2 replicas)"),
        data=result_data(result),
        order=66,
    )
    assert not result.errors, [(a.kind, a.error) for a in result.errors]
    assert not result.leaks, result.leaks
    assert not result.server_errors, result.server_errors[:5]
    for kind in (*KINDS, "upload", "sign_in"):
        assert any(a.kind == kind and a.ok for a in result.actions), kind
    assert result.own_canary_frames > 0  # the frames were read, so "no leak" means something


class _Cfg:
    seed = 1


class _Server:
    canaries = ["cnrymines00x"]


def test_a_result_without_the_sessions_canary_is_an_error() -> None:
    """The driver's check can fail: a right-sized result of another session's data is refused."""
    session = WsSession(0, _Server(), _Cfg(), 0.0, base="http://127.0.0.1:9")
    good = Run(
        0.1, ["3 rows × 3 columns · 0.01 s", "<table rows=3 cols=3> cnrymines00x 1 2"], [], [], ""
    )
    session._expect(good, 3, 3)
    other = Run(
        0.1, ["3 rows × 3 columns · 0.01 s", "<table rows=3 cols=3> cnryothers01x 1"], [], [], ""
    )
    with pytest.raises(ActionFailed, match="canary"):
        session._expect(other, 3, 3)
    with pytest.raises(ActionFailed, match="4 rows"):
        session._expect(good, 4, 3)
