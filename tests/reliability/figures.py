"""Figures the reliability suite measures, written for ``docs/RELIABILITY.md``.

Each reliability test calls ``record`` with the markdown it wants in the report, computed from what
it measured (never typed in), plus the raw numbers. ``bench/reliability_report.py`` gathers the
files and writes the report with the engine versions, the commit and the machine.

The directory is ``$IOPSDATA_RELIABILITY_DIR`` or ``test-artifacts/reliability`` (ignored by git), so a plain
test run never touches committed files.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def out_dir() -> Path:
    path = Path(
        os.environ.get("IOPSDATA_RELIABILITY_DIR") or ROOT / "test-artifacts" / "reliability"
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def record(
    name: str,
    *,
    title: str,
    command: str,
    lines: Sequence[str],
    data: dict[str, Any] | None = None,
    order: int = 50,
) -> Path:
    """Write one section of the report.

    Args:
        name: file stem, unique per section (``guard_fuzz``, ``uploads`` ...).
        title: the section heading.
        command: the command that reproduces the figures.
        lines: markdown lines (prose, bullet points, a table), built from measured values.
        data: the raw figures, kept next to the markdown for anyone who wants to re-plot them.
        order: where the section goes in the report (lower first).
    """
    path = out_dir() / f"{name}.json"
    payload = {
        "name": name,
        "title": title,
        "command": command,
        "lines": list(lines),
        "data": data or {},
        "order": order,
        "recorded_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    path.write_text(json.dumps(payload, indent=2, default=str) + "\n", encoding="utf-8")
    return path


def md_table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[str]:
    """A markdown table as lines."""
    out = ["| " + " | ".join(str(h) for h in header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return out
