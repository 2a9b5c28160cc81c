"""The suite's own xdist scheduling: servers' tests form one unit of work, the rest are loose."""

from __future__ import annotations

import pytest

from tests.conftest import pytest_xdist_make_scheduler
from tests.support.xdist_groups import SERVERS, ServerGroupScheduling, group_of


@pytest.mark.parametrize(
    ("nodeid", "group"),
    [
        ("tests/browser/test_sql_page.py::test_stop_cancels_a_running_query", SERVERS),
        (
            "tests/reliability/test_load.py::test_concurrent_sessions_mixing_sql_files_and_chat",
            SERVERS,
        ),
        ("tests/reliability/test_secrets_canary.py::test_canary_secrets_never_leak", SERVERS),
        ("tests/reliability/test_faults.py::test_provider_fault[timeout (no answer)]", None),
        ("tests/reliability/test_ws_load.py::test_websocket_sessions_through_two_replicas", None),
        ("tests/reliability/test_guard_fuzz.py::test_guard_fuzz_ten_thousand_inputs", None),
        ("tests/ui/test_sql_page.py::test_row_cap_says_truncated_plainly", None),
        # a folder whose name starts like a servers' folder is not one
        ("tests/browserless/test_x.py::test_y", None),
    ],
)
def test_group_of(nodeid: str, group: str | None) -> None:
    assert group_of(nodeid) == group


def test_loadgroup_gets_the_path_scheduler_and_other_modes_keep_xdists(pytestconfig) -> None:
    class Config:
        def __init__(self, dist: str) -> None:
            self.dist = dist
            self.option = pytestconfig.option
            self.getini = pytestconfig.getini

        def getvalue(self, name: str) -> object:
            if name == "tx":  # two workers, as ``-n 2`` would give
                return ["2*popen"]
            return self.dist if name == "dist" else pytestconfig.getvalue(name)

    sched = pytest_xdist_make_scheduler(Config("loadgroup"), None)
    assert isinstance(sched, ServerGroupScheduling)
    assert sched._split_scope("tests/browser/test_a.py::test_b") == SERVERS
    assert (
        sched._split_scope("tests/lineage/test_a.py::test_b") == "tests/lineage/test_a.py::test_b"
    )
    assert pytest_xdist_make_scheduler(Config("load"), None) is None


def test_the_suite_still_runs_without_xdist() -> None:
    """``-p no:xdist`` (a serial run, to measure or debug) must not trip on the xdist-only hook."""
    import subprocess
    import sys
    from pathlib import Path

    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:xdist",
            "-o",
            "addopts=",
            "--collect-only",
            "-q",
            "tests/test_xdist_groups.py",
        ],
        cwd=Path(__file__).resolve().parents[1],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "test_the_suite_still_runs_without_xdist" in run.stdout
