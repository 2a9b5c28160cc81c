"""Load and soak against a real ``streamlit run``: concurrent signed-in browser sessions mixing SQL on
PostgreSQL, SQL on uploaded files and Chat against the loopback LLM server.

    python bench/load_bench.py                       # 20 sessions × 10 min (the issue's load)
    python bench/load_bench.py --soak                # 5 sessions × 60 min (the soak)
    python bench/load_bench.py --sessions 2 --minutes 1 --warmup 20   # a quick look

The figures go to bench/results/reliability/<name>.json, which ``bench/reliability_report.py``
turns into docs/RELIABILITY.md. The driver is tests/reliability/load_driver.py; the short version
in CI is tests/reliability/test_load.py.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.reliability.load_driver import (  # noqa: E402
    LoadConfig,
    result_data,
    run_load,
    summary_lines,
)

PG_ADMIN = os.environ.get("IOPSDATA_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--soak", action="store_true", help="5 sessions × 60 min")
    parser.add_argument("--sessions", type=int)
    parser.add_argument("--minutes", type=float)
    parser.add_argument("--warmup", type=float, help="seconds excluded from latency and growth")
    parser.add_argument("--name", help="result name (default load_10min / soak_60min)")
    args = parser.parse_args()

    sessions = args.sessions or (5 if args.soak else 20)
    minutes = args.minutes or (60 if args.soak else 10)
    warmup = args.warmup if args.warmup is not None else (300 if args.soak else 120)
    name = args.name or ("soak" if args.soak else "load")
    cfg = LoadConfig(sessions=sessions, duration_s=minutes * 60, warmup_s=warmup)
    if args.soak:
        cfg.sample_every_s = 15.0

    with tempfile.TemporaryDirectory(prefix="iops_load_") as tmp:
        result = run_load(Path(tmp), cfg, PG_ADMIN.replace("postgresql+psycopg", "postgresql"))

    label = f"{'Soak' if args.soak else 'Load'} ({sessions} sessions × {minutes:g} min)"
    lines = summary_lines(result, label)
    print("\n".join(lines))

    out = ROOT / "bench" / "results" / "reliability"
    out.mkdir(parents=True, exist_ok=True)
    command = "python bench/load_bench.py" + (" --soak" if args.soak else "")
    if args.sessions or args.minutes:
        command += f" --sessions {sessions} --minutes {minutes:g}"
    payload = {
        "name": name,
        "title": "Soak" if args.soak else "Load",
        "command": command,
        "lines": lines,
        "data": result_data(result),
        "order": 80 if args.soak else 70,
        "recorded_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    (out / f"{name}.json").write_text(json.dumps(payload, indent=2, default=str) + "\n")
    return 1 if result.errors or result.leaks else 0


if __name__ == "__main__":
    raise SystemExit(main())
