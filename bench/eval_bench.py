"""Benchmark: what an Evaluate run costs on top of asking the same questions in a plain loop.

    python bench/eval_bench.py

The starter set (46 questions on the NYC flights demo) is answered by the loopback provider with
each question's gold SQL, for two configurations. The reference, measured in the same process, is
a plain loop calling ``ws.assistant.ask`` for the same 92 questions one after the other. The run
adds the gold queries, the judging, the stored verdicts and the thread clean-up; with one
question in flight it should stay within ~1.5× the loop, and with four it should be faster.

Prints a table and writes JSON to ``bench/results/eval_bench.json``.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from iopsdata.eval.files import starter_set  # noqa: E402
from tests.support.llm_server import LlmServer, Recorded  # noqa: E402

OUT = ROOT / "bench" / "results" / "eval_bench.json"
MODELS = ("model-a", "model-b")


def main() -> None:
    _, questions = starter_set()

    def respond(request: Recorded) -> str:
        sent = "\n".join(m["content"] for m in request.body["messages"] if m["role"] == "user")
        sql = next((q.sql for q in questions if q.question in sent), "SELECT 1")
        return f"```sql\n{sql}\n```"

    with LlmServer(responder=respond) as llm, tempfile.TemporaryDirectory() as home:
        os.environ["IOPSDATA_HOME"] = home
        os.environ["IOPSDATA_OPENAI_COMPATIBLE_BASE_URL"] = llm.base_url("openai")
        from iopsdata import Workspace
        from iopsdata.eval import RunConfig

        ws = Workspace.open()
        set_id = ws.evaluate.add_starter_set()
        target = ws.evaluate.target(ws.evaluate.get_set(set_id)["connection_id"])
        target.catalog()  # warm the catalog cache for both measurements
        provider = ws.evaluate.provider(RunConfig("openai_compatible", MODELS[0]))

        start = time.perf_counter()
        for _ in MODELS:
            for q in questions:
                answer = ws.assistant.ask(q.question, target, provider=provider)
                ws.assistant.delete_thread(answer.thread_id)
        loop_s = time.perf_counter() - start

        figures = {"questions": len(questions), "answers": len(questions) * len(MODELS)}
        figures["plain_loop_s"] = round(loop_s, 2)
        for limit in (1, 4):
            configs = [RunConfig("openai_compatible", m) for m in MODELS]
            start = time.perf_counter()
            run_id = ws.evaluate.start(set_id, configs, limit=limit)
            run = ws.evaluate.wait(run_id)
            elapsed = time.perf_counter() - start
            accuracy = [s.accuracy for s in ws.evaluate.summaries(run_id)]
            assert run["status"] == "done" and accuracy == [1.0, 1.0], (run, accuracy)
            figures[f"run_limit_{limit}_s"] = round(elapsed, 2)
            figures[f"run_limit_{limit}_ratio"] = round(elapsed / loop_s, 2)
    print(f"{'what':<28}{'seconds':>10}{'× loop':>10}")
    print(f"{'plain ask loop (92 asks)':<28}{figures['plain_loop_s']:>10}{1.0:>10}")
    for limit in (1, 4):
        label = f"Evaluate run, {limit} in flight"
        print(
            f"{label:<28}{figures[f'run_limit_{limit}_s']:>10}{figures[f'run_limit_{limit}_ratio']:>10}"
        )
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
