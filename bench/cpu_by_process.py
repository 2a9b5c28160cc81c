"""CPU of every process while a command runs, summed by kind (Chromium by process type, pytest
workers, app servers, databases): where a test run's CPU goes (docs/performance.md, 2026-12-08).

Samples ``/proc/<pid>/stat`` (utime + stime) every 0.5 s; each process is named by its command
line once it has exec'd (a fork first carries its parent's). A process that exits between two
samples loses at most its last 0.5 s, so the sums are a slight undercount. Linux only.

Usage: ``python bench/cpu_by_process.py -- python -m pytest`` -> a table on stdout and the JSON
in ``bench/results/cpu_by_process.json``.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

HZ = os.sysconf("SC_CLK_TCK")
OUT = Path(__file__).parent / "results" / "cpu_by_process.json"


def kind(cmdline: str) -> str:
    """What a process is, from its command line."""
    exe = cmdline.split(" ")[0]
    if "exec(eval(sys.stdin" in cmdline:
        return "pytest worker (xdist)"
    if "streamlit run" in cmdline:
        return "app server (streamlit)"
    if "chrom" in exe:
        found = re.search(r"--type=(\S+)", cmdline)
        return f"chromium {found.group(1) if found else 'browser'}"
    if exe.endswith("node"):
        return "playwright driver (node)"
    if "postgres" in cmdline:
        return "postgresql"
    if "mariadb" in cmdline or "mysqld" in cmdline:
        return "mariadb"
    if "-m mypy" in cmdline:
        return "mypy"
    if "-m pytest" in cmdline:
        return "pytest (controller or serial run)"
    if "python" in exe:
        return "other python"
    return "other (kernel threads, tools)" if not cmdline else f"other: {exe.rsplit('/', 1)[-1]}"


def busy_ticks() -> tuple[int, int]:
    """(busy, total) ticks of the whole machine, from ``/proc/stat``."""
    fields = list(map(int, Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]))
    idle = fields[3] + fields[4]
    return sum(fields) - idle, sum(fields)


class Sampler:
    """Every process's CPU ticks, by (pid, start time), with its latest kind."""

    def __init__(self) -> None:
        self.seen: dict[tuple[int, int], list] = {}  # key -> [kind, first ticks, last ticks]
        self._stop = threading.Event()

    def sample(self, first: bool = False) -> None:
        for name in os.listdir("/proc"):
            if not name.isdigit():
                continue
            try:
                stat = Path(f"/proc/{name}/stat").read_text().rsplit(")", 1)[1].split()
                raw = Path(f"/proc/{name}/cmdline").read_bytes()
            except OSError:
                continue
            ticks = int(stat[11]) + int(stat[12])
            key = (int(name), int(stat[19]))
            what = kind(raw.replace(b"\0", b" ").decode(errors="replace").strip())
            if key in self.seen:
                self.seen[key][0], self.seen[key][2] = what, ticks
            else:
                self.seen[key] = [what, ticks if first else 0, ticks]

    def run(self) -> None:
        while not self._stop.wait(0.5):
            self.sample()

    def totals(self) -> Counter:
        out: Counter = Counter()
        for what, first, last in self.seen.values():
            out[what] += (last - first) / HZ
        return out


def main() -> None:
    command = sys.argv[sys.argv.index("--") + 1 :] if "--" in sys.argv else sys.argv[1:]
    if not command:
        sys.exit(__doc__)
    sampler = Sampler()
    sampler.sample(first=True)
    busy0, total0 = busy_ticks()
    start = time.monotonic()
    thread = threading.Thread(target=sampler.run, daemon=True)
    thread.start()
    code = subprocess.call(command)
    sampler._stop.set()
    thread.join()
    sampler.sample()
    busy1, total1 = busy_ticks()
    totals = sampler.totals()
    data = {
        "command": command,
        "exit_code": code,
        "wall_s": round(time.monotonic() - start, 1),
        "machine_busy_cpu_s": round((busy1 - busy0) / HZ, 1),
        "machine_cpu_s": round((total1 - total0) / HZ, 1),
        "by_kind_cpu_s": {k: round(v, 1) for k, v in totals.most_common() if v >= 0.5},
    }
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(data, indent=1) + "\n")
    print(f"wall {data['wall_s']} s; machine busy {data['machine_busy_cpu_s']} of "
          f"{data['machine_cpu_s']} CPU-s")  # fmt: skip
    for what, cpu in data["by_kind_cpu_s"].items():
        print(f"{cpu:9.1f}  {what}")
    sys.exit(code)


if __name__ == "__main__":
    main()
