"""The load driver's arithmetic: when warm-up ends, and what counts as growth after it."""

from __future__ import annotations

import pytest

from tests.reliability.load_driver import Action, LoadConfig, LoadResult, Sample


def _result(actions: list[Action], rss: list[float], warmup_s: float = 35) -> LoadResult:
    samples = [
        Sample(t=3.0 * i, rss_mb=v, fds=30, temp_files=0, threads=20) for i, v in enumerate(rss)
    ]
    config = LoadConfig(sessions=2, duration_s=3.0 * len(rss), warmup_s=warmup_s)
    return LoadResult(config, actions, samples, 1.0, [], 0, 0, 0, [], [])


def _ok(kind: str, started: float, seconds: float = 2.0) -> Action:
    return Action(session=0, kind=kind, started=started, seconds=seconds, ok=True)


# idle at 170 MB until 40 s (lost sign-in clicks), then the first queries load their modules
LATE = (
    [78, 82, 128, 160, 167]
    + [170] * 9
    + [234, 238, 310, 309, 309, 320, 336, 359, 370, 371, 371, 371]
)


def test_growth_starts_after_every_kind_of_action_ran_once() -> None:
    actions = [_ok("sql_pg", 44), _ok("chat", 47), _ok("sql_files", 58, 3.0), _ok("sql_pg", 63)]
    result = _result(actions, LATE)
    assert result.warm_at == pytest.approx(61.0)  # the first file query finished at 61 s
    start, end, growth = result.growth("rss_mb")
    assert (start, end) == (359, 371)  # the samples from 63 s on
    assert growth == pytest.approx(12 / 359)


def test_a_fixed_warm_up_still_counts_when_the_actions_came_early() -> None:
    actions = [_ok("sql_pg", 5), _ok("chat", 8), _ok("sql_files", 12)]
    result = _result(actions, [100.0] * 12 + [104.0] * 14)
    assert result.warm_at == 35
    assert result.growth("rss_mb") == (104.0, 104.0, 0.0)


def test_growth_after_warm_up_is_still_caught() -> None:
    actions = [_ok("sql_pg", 5), _ok("chat", 8), _ok("sql_files", 12)]
    leaking = [100.0 + 4 * i for i in range(26)]  # +4 MB every 3 s, to the end
    start, end, growth = _result(actions, leaking).growth("rss_mb")
    assert start == 148 and end == 200 and growth > 0.3


def test_a_warm_up_that_ends_near_the_end_measures_the_last_four_samples() -> None:
    actions = [_ok("sql_pg", 5), _ok("chat", 8), _ok("sql_files", 70)]  # finished at 72 s
    result = _result(actions, [100.0] * 22 + [120.0, 121.0, 122.0, 123.0])
    assert result.growth("rss_mb")[:2] == (120.0, 123.0)
