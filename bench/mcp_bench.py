"""Overhead of an MCP ``run_sql`` tool call over the direct facade call, measured in one run.

    python bench/mcp_bench.py [--n 300]

Both paths run the same one-row query on the same SQLite connection through the same door (guard,
execute, audit row with lineage): the direct call is ``ws.sql.run(...)``; the tool calls go
through the official SDK's client — in process (the SDK's direct dispatcher: tool dispatch,
argument validation, serialisation) and over streamable HTTP on loopback to a separate
``python -m iopsdata.mcp --http`` process, as deployed (uvicorn, JSON-RPC, bearer-token check
against the store on every request). Calls are interleaved (direct, in-process,
HTTP, direct, …) so drift on the shared machine hits every path alike; ``http_floor`` is a
``tools/list`` round trip over the same HTTP session (no database, no store): the transport's own
cost on this machine, which the HTTP overhead cannot go below. Target (DESIGN §9): median
overhead ≤ 5 ms. Writes bench/results/mcp_bench.json.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from iopsdata.mcp import Limits, LocalCaller, build_server  # noqa: E402
from tests.mcp.conftest import make_site  # noqa: E402
from tests.mcp.support import ROOT as REPO  # noqa: E402
from tests.mcp.support import free_port, http_client  # noqa: E402

SQL = "SELECT id, v FROM t WHERE id = 1"
LIMITS = Limits(calls_per_minute=10**9, concurrency=8)


async def measure(site, url: str, token: str, n: int) -> dict[str, list[float]]:
    from mcp import Client

    times: dict[str, list[float]] = {"direct": [], "inprocess": [], "http": [], "http_floor": []}
    server = build_server(LocalCaller(site.ana), LIMITS)
    args = {"sql": SQL, "connection": "db"}
    async with Client(server, cache=None) as local, http_client(url, token) as remote:
        for i in range(n + 20):  # the first 20 rounds warm caches and pools
            t0 = time.perf_counter()
            site.ana.sql.run(SQL, "db", source="mcp")
            t1 = time.perf_counter()
            r1 = await local.call_tool("run_sql", args)
            t2 = time.perf_counter()
            r2 = await remote.call_tool("run_sql", args)
            t3 = time.perf_counter()
            await remote.list_tools()
            t4 = time.perf_counter()
            assert not r1.is_error and not r2.is_error, (r1, r2)
            if i >= 20:
                times["direct"].append((t1 - t0) * 1000)
                times["inprocess"].append((t2 - t1) * 1000)
                times["http"].append((t3 - t2) * 1000)
                times["http_floor"].append((t4 - t3) * 1000)
    return times


@contextlib.contextmanager
def http_process(site):  # type: ignore[no-untyped-def]
    """``python -m iopsdata.mcp --http`` on a free port, on the same store; yields its URL."""
    port = free_port()
    env = {**os.environ, **site.env(), "PYTHONPATH": REPO}
    cmd = [sys.executable, "-m", "iopsdata.mcp", "--http", "--port", str(port)]
    cmd += ["--calls-per-minute", str(LIMITS.calls_per_minute)]
    proc = subprocess.Popen(cmd, env=env, cwd=REPO, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
                break
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError("the MCP HTTP server did not start")
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port}/mcp"
    finally:
        proc.terminate()
        proc.wait(10)


def main() -> None:
    logging.disable(logging.INFO)  # the SDK's client logs every HTTP request at INFO
    p = argparse.ArgumentParser()
    p.add_argument("--n", type=int, default=300)
    args = p.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="mcp-bench-"))
    site = make_site(tmp)
    db = tmp / "one.sqlite"
    with sqlite3.connect(db) as c:
        c.execute("CREATE TABLE t (id integer PRIMARY KEY, v text)")
        c.execute("INSERT INTO t VALUES (1, 'one')")
    site.ana.connections.add("db", "sqlite", {"path": str(db)})
    token = site.ana.tokens.create("bench").token
    with http_process(site) as url:
        times = asyncio.run(measure(site, url, token, args.n))
    med = {k: statistics.median(v) for k, v in times.items()}
    out = {
        "query": SQL,
        "calls": args.n,
        "median_ms": {k: round(v, 3) for k, v in med.items()},
        "overhead_ms": {
            "inprocess": round(med["inprocess"] - med["direct"], 3),
            "http": round(med["http"] - med["direct"], 3),
            "http_beyond_transport_floor": round(
                med["http"] - med["http_floor"] - med["direct"], 3
            ),
        },
        "target_overhead_ms": 5.0,
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }
    print(json.dumps(out, indent=2))
    (ROOT / "bench" / "results").mkdir(exist_ok=True)
    (ROOT / "bench" / "results" / "mcp_bench.json").write_text(json.dumps(out, indent=2) + "\n")


if __name__ == "__main__":
    main()
