"""1,000 hostile inputs through the guard in a subprocess: no crash, only reasoned refusals.

The 10,000-input run with timings and figures is tests/reliability/test_guard_fuzz.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_fuzz_never_crashes_and_only_refuses_with_reasons() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "tests.guard.fuzz_worker", "20261122", "1000"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert proc.returncode == 0, (proc.returncode, proc.stdout[-2000:], proc.stderr[-2000:])
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    assert summary["inputs"] == 1000
    assert summary["escaped"] == [] and summary["empty_reason"] == 0
    assert summary["accepted"] + summary["refused"] == 1000
    assert summary["refused"] > 0 and summary["accepted"] > 0


def test_worker_detects_a_crash() -> None:
    """The harness itself must fail when the process dies, or the fuzz test proves nothing."""
    code = "import os, sys; sys.stdout.flush(); os.abort()"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert proc.returncode != 0
