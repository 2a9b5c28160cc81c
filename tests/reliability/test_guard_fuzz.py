"""Guard fuzzing: 10,000 generated and mutated inputs, in a subprocess, on a small thread stack.

The worker (``tests/guard/fuzz_worker.py --full``) feeds ``check_sql`` eight families in turn across
PostgreSQL, MySQL, SQLite, DuckDB and T-SQL: random bytes (NUL, invalid UTF-8 decoded with
surrogateescape), nesting far beyond the 40-level pre-check (up to 100,000 brackets), giant
literals up to 10 MB, random SQL pieces, truncated and mutated benign queries, byte-mutated bypass
attempts, and mixed comment and quoting styles. A crash, a recursion overflow or a segfault ends the
subprocess, which the test sees as a non-zero exit; an input stuck past the per-input limit ends it
with code 3.

    python -m pytest tests/reliability/test_guard_fuzz.py -q
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from tests.reliability.figures import ROOT, md_table, record

pytestmark = [pytest.mark.reliability, pytest.mark.slow]

SEED = 20261201
INPUTS = 10_000


def test_guard_fuzz_ten_thousand_inputs() -> None:
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "tests.guard.fuzz_worker", str(SEED), str(INPUTS), "--full"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    wall = time.perf_counter() - started
    assert proc.returncode == 0, (proc.returncode, proc.stdout[-3000:], proc.stderr[-3000:])
    s = json.loads(proc.stdout.strip().splitlines()[-1])

    assert s["inputs"] == INPUTS
    assert s["escaped"] == [], s["escaped"][:5]
    assert s["empty_reason"] == 0
    assert s["dangerous"] == [], s["dangerous"][:5]
    assert s["accepted"] + s["refused"] == INPUTS
    assert s["accepted"] > 0 and s["refused"] > 0
    assert all(sum(c.values()) == INPUTS // len(s["families"]) for c in s["families"].values())
    assert s["max_chars"] >= 10_000_000
    assert s["slowest"]["seconds"] < s["per_input_limit_s"]

    families = [
        [name, sum(c.values()), c.get("accepted", 0), c.get("refused", 0), c.get("escaped", 0)]
        for name, c in s["families"].items()
    ]
    top = s["reasons"][:10]
    rate = INPUTS / s["seconds"]
    lines = [
        f"{INPUTS:,} generated and mutated inputs went through the SQL guard (`check_sql`) in a "
        f"subprocess whose checking thread has a {s['stack_kb']} KB stack (where a compiled "
        "parser would crash first), with a per-input limit of "
        f"{s['per_input_limit_s']:.0f} s watched from the main thread. Dialects: PostgreSQL, "
        "MySQL, SQLite, DuckDB and T-SQL (generic rules), chosen at random per input.",
        "",
        f"- Process exit code **{proc.returncode}**; unhandled exceptions: "
        f"**{len(s['escaped'])}**; refusals without a reason: **{s['empty_reason']}**; "
        f"accepted inputs that hold a write or are not a read: **{len(s['dangerous'])}**.",
        f"- Accepted {s['accepted']:,}, refused {s['refused']:,} (every refusal with a "
        "plain-words reason).",
        f"- Throughput {rate:,.0f} inputs/s ({s['seconds']:.1f} s of checking, "
        f"{wall:.1f} s wall with start-up); slowest input {s['slowest']['seconds'] * 1000:.0f} ms "
        f"({s['slowest']['family']}, {s['slowest']['chars']:,} characters); largest input "
        f"{s['max_chars']:,} characters; peak RSS {s['peak_rss_mb']:.0f} MB.",
        "",
        *md_table(["family", "inputs", "accepted", "refused", "unhandled"], families),
        "",
        "Top 10 refusal reasons (details such as positions and names removed):",
        "",
        *md_table(["reason", "inputs"], [[r.replace("|", "\\|"), n] for r, n in top]),
    ]
    record(
        "guard_fuzz",
        title="Guard fuzzing: 10,000 hostile inputs",
        command="python -m pytest tests/reliability/test_guard_fuzz.py -q",
        lines=lines,
        data={**s, "wall_seconds": wall, "seed": SEED, "throughput": rate},
        order=20,
    )
