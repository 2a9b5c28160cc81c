"""Load and soak against a real ``streamlit run``: concurrent signed-in browser sessions mixing SQL on
PostgreSQL, SQL on uploaded files and Chat against the loopback LLM server.

    python bench/load_bench.py                       # 20 sessions × 10 min (the issue's load)
    python bench/load_bench.py --soak                # 5 sessions × 60 min (the soak)
    python bench/load_bench.py --sessions 2 --minutes 1 --warmup 20   # a quick look
    python bench/load_bench.py --driver ws --replicas 2 --sessions 20  # no browsers, 2 replicas
    python bench/load_bench.py --capacity               # sessions per replica at p95 < 2 s

``--driver ws`` speaks Streamlit's websocket protocol instead of driving Chromium, so the figures
measure the server; ``--replicas N`` runs N replicas behind nginx (deploy/nginx.conf).

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
from collections.abc import Sequence
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
    parser.add_argument("--driver", choices=("browser", "ws"), default="browser")
    parser.add_argument("--replicas", type=int, default=0, help="N replicas behind nginx")
    parser.add_argument("--capacity", action="store_true", help="ramp sessions, 1 and 2 replicas")
    parser.add_argument(
        "--steps", default="4,8,12,16,24,32", help="with --capacity: sessions per replica to try"
    )
    parser.add_argument(
        "--replica-counts", default="1,2", help="with --capacity: replica counts to ramp"
    )
    args = parser.parse_args()
    if args.capacity:
        return capacity(
            args.minutes or 3,
            steps=[int(x) for x in args.steps.split(",")],
            replica_counts=[int(x) for x in args.replica_counts.split(",")],
        )

    sessions = args.sessions or (5 if args.soak else 20)
    minutes = args.minutes or (60 if args.soak else 10)
    warmup = args.warmup if args.warmup is not None else (300 if args.soak else 120)
    name = args.name or ("soak" if args.soak else "load")
    cfg = LoadConfig(
        sessions=sessions,
        duration_s=minutes * 60,
        warmup_s=warmup,
        driver=args.driver,
        replicas=args.replicas,
    )
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
    if args.driver != "browser" or args.replicas:
        command += f" --driver {args.driver} --replicas {args.replicas}"
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


SQL_KINDS = ("sql_pg", "sql_files")
HEADERS = ["replicas", "sessions", "per replica", "SQL p95 s", "actions/s", "errors", "leaks"]
P95_TARGET_S = 2.0


def capacity(
    minutes: float,
    *,
    steps: Sequence[int] = (4, 8, 12, 16, 24, 32),
    replica_counts: Sequence[int] = (1, 2),
) -> int:
    """Sessions per replica at which the p95 of a SQL action stays under 2 s, and throughput with
    1 and 2 replicas behind nginx: websocket sessions (no browsers), ramped until p95 passes 2 s."""
    from tests.reliability.figures import md_table

    rows, data = [], []
    for replicas in replica_counts:
        for per_replica in steps:
            sessions = per_replica * replicas
            cfg = LoadConfig(
                sessions=sessions,
                duration_s=minutes * 60,
                warmup_s=min(60.0, minutes * 20),
                driver="ws",
                replicas=replicas,
                arrival_gap_s=0.5,
            )
            with tempfile.TemporaryDirectory(prefix="iops_cap_") as tmp:
                result = run_load(
                    Path(tmp), cfg, PG_ADMIN.replace("postgresql+psycopg", "postgresql")
                )
            secs = sorted(
                a.seconds for a in result.actions
                if a.ok and a.kind in SQL_KINDS and a.started >= cfg.warmup_s
            )  # fmt: skip
            p95 = secs[min(len(secs) - 1, round(0.95 * (len(secs) - 1)))] if secs else float("nan")
            measured = [a for a in result.actions if a.started >= cfg.warmup_s and a.ok]
            rate = len(measured) / max(1.0, cfg.duration_s - cfg.warmup_s)
            row = [replicas, sessions, per_replica, f"{p95:.2f}", f"{rate:.2f}",
                   len(result.errors), len(result.leaks)]  # fmt: skip
            rows.append(row)
            data.append(dict(zip(
                ("replicas", "sessions", "per_replica", "sql_p95_s", "actions_per_s", "errors",
                 "leaks"), row, strict=True)))  # fmt: skip
            print(row, flush=True)
            if not secs or p95 >= P95_TARGET_S or result.errors:
                break
    lines = [
        f"Websocket sessions (no browsers), think time 5–15 s, mix as above, {minutes:g} min each; "
        "a step is the last one kept when the SQL p95 stays under 2 s with no errors. A SQL "
        "action is three reruns (open the SQL page, choose the connection, run), timed until the "
        "result's caption arrives.",
        "",
        *md_table(HEADERS, rows),
        "",
        f"Every replica, nginx and the driver share this machine's {os.cpu_count()} cores: a "
        "second replica here adds no CPU, so the two-replica rows show the load balancer's cost "
        "and fairness, not a second machine's capacity. Replicas scale with the cores or hosts "
        "they are given.",
    ]
    print("\n".join(lines))
    out = ROOT / "bench" / "results" / "reliability"
    out.mkdir(parents=True, exist_ok=True)
    payload = {
        "name": "capacity",
        "title": "Capacity per replica (websocket driver)",
        "command": "python bench/load_bench.py --capacity",
        "lines": lines,
        "data": data,
        "order": 75,
        "recorded_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    (out / "capacity.json").write_text(json.dumps(payload, indent=2, default=str) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
