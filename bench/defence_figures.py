"""The security defences' figures for docs/RELIABILITY.md: function allowlists and streaming caps.

    python bench/defence_figures.py            # writes bench/results/reliability/defences.json
    python bench/reliability_report.py         # then folds it into docs/RELIABILITY.md

The allowlist counts come from the lists the guard ships (built from the live catalogs by
``python -m iopsdata.guard.build_allowlists``; ``tests/guard/test_function_catalog.py`` checks them
against the running servers). The memory figures come from the peak-memory tests, each of which runs
a ~4 GB query in a fresh child process through the facade and reports how far its resident set grew.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "results" / "reliability" / "defences.json"
PEAK_TESTS = "tests/streaming/test_peak_memory.py"
# pytest -v names each test ("…::test_x[kind]"); the test then prints "growth 68 MB, peak 250 MB"
_TEST = re.compile(r"::(test_\w+(?:\[[^\]]+\])?)")
_GROWTH = re.compile(r"growth (\d+) MB, peak (\d+) MB")


def _figures(output: str) -> list[tuple[str, str, str]]:
    """(test, growth MB, peak MB) for each test that printed its figures, in order."""
    found, current = [], "?"
    for line in output.splitlines():
        if test := _TEST.search(line):
            current = test.group(1)
        if growth := _GROWTH.search(line):
            found.append((current, growth.group(1), growth.group(2)))
    return found


def allowlist_lines() -> list[str]:
    lines = [
        "PostgreSQL and MySQL/MariaDB run only functions on an allowlist built from the engine's "
        "own catalog (`iopsdata/guard/data/*.json`, rules in `iopsdata/guard/classify_*.py`); any "
        "other function is refused unless the connection's owner allows it by name.",
        "",
        "| engine | source | functions | allowed | refused |",
        "|---|---|---|---|---|",
    ]
    for name in ("postgres", "mysql"):
        data = json.loads((ROOT / "iopsdata" / "guard" / "data" / f"{name}.json").read_text())
        c = data["counts"]
        lines.append(
            f"| {data['engine']} | {data['source']} | {c['total']:,} | {c['allowed']:,} "
            f"| {c['refused']:,} |"
        )
    return lines


def peak_lines() -> list[str]:
    run = subprocess.run(
        [sys.executable, "-m", "pytest", PEAK_TESTS, "-s", "-v", "-p", "no:cacheprovider"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    found = _figures(run.stdout)
    lines = [
        "",
        "Row and byte caps hold while rows stream (64 MB byte cap in these runs): each query below "
        "would return about 4 GB; the child process's resident set grew by this much at most "
        "(target: under the cap + 256 MB).",
        "",
        "| test | growth | peak |",
        "|---|---|---|",
        *[f"| `{test}` | {growth} MB | {peak} MB |" for test, growth, peak in found],
    ]
    if run.returncode != 0 or not found:
        lines += ["", f"**The peak-memory tests did not pass** (exit {run.returncode})."]
    return lines


def main() -> int:
    lines = allowlist_lines() + peak_lines()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(
        json.dumps(
            {
                "name": "defences",
                "title": "Defences by class: function allowlists and streaming caps",
                "command": "python bench/defence_figures.py",
                "lines": lines,
                "order": 15,
                "recorded_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            },
            indent=2,
        )
        + "\n"
    )
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
