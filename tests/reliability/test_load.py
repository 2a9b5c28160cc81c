"""Concurrent signed-in browser sessions against a real server, sized for CI (75 seconds).

The same driver runs the issue's 20-session, 10-minute load and the 60-minute soak from
``bench/load_bench.py``; their figures are in docs/RELIABILITY.md. CI runs four sessions: on
two cores the Chromium renderers, not the server, take most of the machine (the server's capacity
is measured without browsers, by ``test_ws_load.py`` and ``bench/load_bench.py --capacity``). Here every action must succeed, no session may receive
another session's canary, and the server's memory must settle after warm-up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PG_ADMIN_URL, _pg_connect, unavailable
from tests.reliability.figures import record
from tests.reliability.load_driver import (
    CHROMIUM,
    KINDS,
    LoadConfig,
    result_data,
    run_load,
    summary_lines,
)

pytestmark = [pytest.mark.reliability, pytest.mark.load, pytest.mark.browser, pytest.mark.postgres]

# A short run keeps more of its start-up growth in view than the 10-minute bench, whose target is
# 10 %; this bound still catches a leak of any size that matters within 40 seconds.
CI_RSS_GROWTH = 0.20
SESSIONS = 4
# 75 s (was 120): every kind of action still runs several times, and the server's memory has
# settled by ~40 s (RSS flat within 1% from there to 120 s in the last 2-minute runs); the
# 10-minute load and the soak (bench/load_bench.py) are where duration matters.
DURATION_S = 75
WARMUP_S = 35


def test_concurrent_sessions_mixing_sql_files_and_chat(tmp_path: Path) -> None:
    if not Path(CHROMIUM).exists():
        unavailable(f"Chromium at {CHROMIUM}")
    try:
        _pg_connect().close()
    except Exception:
        unavailable("PostgreSQL on 127.0.0.1:5432")
    # 4 sessions: the suite runs this beside the other worker's tests, and with 6 an upload in
    # one of the browsers timed out in 1 of 3 full runs (the renderers starve, not the server).
    # The server under more sessions is the websocket driver's job (test_ws_load.py).
    cfg = LoadConfig(sessions=SESSIONS, duration_s=DURATION_S, warmup_s=WARMUP_S, sample_every_s=3)
    result = run_load(tmp_path, cfg, PG_ADMIN_URL)

    record(
        "load_ci",
        title=f"Load in CI ({SESSIONS} sessions × {DURATION_S} s)",
        command="python -m pytest tests/reliability/test_load.py",
        lines=summary_lines(result, f"Load in CI ({SESSIONS} sessions × {DURATION_S} s)"),
        data=result_data(result),
        order=65,
    )
    assert not result.errors, [(a.kind, a.error) for a in result.errors]
    assert not result.leaks, result.leaks
    assert not result.server_errors, result.server_errors[:5]
    for kind in KINDS:  # every kind of work really ran, and under load
        assert result.latency(kind)["n"] > 0, kind
    assert result.own_canary_frames > 0  # the frame capture was live, so "no leak" means something
    start, end, growth = result.growth("rss_mb")
    assert growth < CI_RSS_GROWTH, (start, end)
