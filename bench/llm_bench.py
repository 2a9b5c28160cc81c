"""Benchmark: what ``iopsdata.llm`` costs on top of the raw SDKs (run: ``python tests/llm/llm_bench.py``).

1. Import time, in a fresh interpreter: ``iopsdata.llm`` against each SDK (pages pay this).
2. Streaming a 2,000-word answer from the loopback server: our ``Response`` (worker thread,
   deadline, usage, cost) against a plain loop over the same SDK stream, as a ratio.

Prints a table and writes JSON to ``bench/results/llm_bench.json``.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from iopsdata.llm import PROVIDERS  # noqa: E402
from tests.support.llm_server import LlmServer, Reply  # noqa: E402

WORDS = 2000
RUNS = 15
MESSAGES = [{"role": "user", "content": "Write a long answer."}]


def import_time(module: str, repeat: int = 3) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(repeat)
    ]
    return min(runs)


def raw_stream(name: str, provider, text_len: int) -> float:
    """The reference: iterate the SDK's own stream, collecting text, nothing else."""
    client = provider.client()
    start = time.perf_counter()
    parts: list[str] = []
    if name == "anthropic":
        with client.messages.create(
            model=provider.model, max_tokens=4096, messages=MESSAGES, stream=True
        ) as s:
            for event in s:
                if event.type == "content_block_delta":
                    parts.append(event.delta.text)
    else:
        with client.chat.completions.create(
            model=provider.model, messages=MESSAGES, stream=True
        ) as s:
            for chunk in s:
                if chunk.choices and chunk.choices[0].delta.content:
                    parts.append(chunk.choices[0].delta.content)
    assert len("".join(parts)) == text_len
    return time.perf_counter() - start


def ours(provider, text_len: int) -> float:
    start = time.perf_counter()
    response = provider.complete(MESSAGES, max_tokens=4096)
    assert len(response.text()) == text_len and response.usage is not None
    return time.perf_counter() - start


def main() -> None:
    rows: list[dict[str, object]] = []
    for module in ("iopsdata.llm", "openai", "anthropic", "groq"):
        rows.append({"what": f"import {module}", "seconds": round(import_time(module), 3)})

    text = " ".join(f"w{i}" for i in range(WORDS))
    with LlmServer() as server:
        for name in ("openai", "anthropic", "groq"):
            provider = PROVIDERS[name](api_key="k", base_url=server.base_url(name), timeout_s=60)
            provider.prepare()
            server.enqueue(*[Reply(text)] * (2 * RUNS + 2))
            raw_stream(name, provider, len(text)), ours(provider, len(text))  # warm up
            ref = statistics.median(raw_stream(name, provider, len(text)) for _ in range(RUNS))
            got = statistics.median(ours(provider, len(text)) for _ in range(RUNS))
            rows.append(
                {
                    "what": f"stream {WORDS} chunks, {name}",
                    "reference_s": round(ref, 4),
                    "iopsdata_s": round(got, 4),
                    "ratio": round(got / ref, 3),
                }
            )

    for row in rows:
        print("  ".join(f"{k}={v}" for k, v in row.items()))
    out = ROOT / "bench" / "results"
    if out.is_dir():
        (out / "llm_bench.json").write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
