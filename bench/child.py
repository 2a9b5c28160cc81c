"""Run one benchmark variant in a fresh interpreter and read its own peak memory.

Every variant of a bench runs in its own process so that one variant's memory is not another's.
The peak is ``VmHWM`` from ``/proc/self/status``, not ``ru_maxrss``: Linux carries ``ru_maxrss``
across ``exec`` from the forked copy of the parent, so a child of a large parent would report the
parent's size; ``VmHWM`` belongs to the process's own address space, which ``exec`` makes new.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path


def peak_mb() -> float:
    """This process's peak resident memory in MiB (``VmHWM``)."""
    with open("/proc/self/status") as f:
        line = next(x for x in f if x.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024


def run_repeated(script: str, variant: str, rows: int, repeat: int, cwd: Path) -> dict:
    """Run ``script --variant V --rows N`` ``repeat`` times; median seconds, highest peak.

    The child prints one JSON object as its last line with at least ``seconds`` and ``maxrss_mb``;
    other keys are taken from the last run.
    """
    runs = []
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, script, "--variant", variant, "--rows", str(rows)],
            capture_output=True,
            text=True,
            check=True,
            cwd=cwd,
        )
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    summary = dict(runs[-1])
    summary["seconds"] = statistics.median(r["seconds"] for r in runs)
    summary["maxrss_mb"] = max(r["maxrss_mb"] for r in runs)
    summary["runs"] = [round(r["seconds"], 3) for r in runs]
    return summary
