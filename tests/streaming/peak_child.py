"""Child process for the memory tests: run one statement through the facade, print JSON.

Run as ``python -m tests.streaming.peak_child KIND OPTIONS_JSON SQL [export FMT]``. It prints the
resident set before the statement (after a warm-up query on the same connection), the process
peak (``VmHWM``) after it, and the outcome, so the parent can assert on the growth alone.

Not ``ru_maxrss``: Linux carries it across ``exec`` from the forked copy of the parent, so a child
of a large pytest process reported the parent's size as its own peak (880 MB for every query).
``VmHWM`` belongs to the process's own address space, which ``exec`` makes new.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_mb() -> float:
    with open("/proc/self/status") as f:
        line = next(x for x in f if x.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024  # kB


def main() -> None:
    kind, options, sql = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3]
    export = sys.argv[5] if len(sys.argv) > 5 and sys.argv[4] == "export" else None
    from iopsdata import Workspace

    ws = Workspace.open()
    cid = "files" if kind == "files" else ws.connections.add("big", kind, options)
    ws.sql.run("SELECT 1 AS warm", cid)
    before = rss_mb()
    out: dict[str, object] = {"before_mb": before}
    try:
        if export:
            dest = Path(tempfile.mkdtemp()) / f"out.{export}"
            done = ws.sql.export_full(sql, cid, export, dest=dest)
            out.update(rows=done.rows, capped=done.capped, size=dest.stat().st_size)
        else:
            result = ws.sql.run(sql, cid)
            out.update(rows=result.row_count, truncated=result.truncated, notice=result.notice)
    except Exception as exc:  # reported to the parent, which asserts on the class
        out.update(error=type(exc).__name__, module=type(exc).__module__, message=str(exc)[:300])
    out["peak_mb"] = peak_mb()
    print(json.dumps(out))


if __name__ == "__main__":
    main()
