"""``python -m iopsdata.eval``: the summary line, the JSON verdicts and the exit code, run as CI runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.eval.conftest import by_question, sql_reply

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = """question,sql
How many flights departed in 2013?,SELECT count(*) FROM flights
How many airlines are there?,SELECT count(*) FROM airlines
"Which origin airport had the most flights?",SELECT origin FROM flights GROUP BY origin ORDER BY count(*) DESC LIMIT 1
"""
REPLIES = {
    "How many flights departed in 2013?": sql_reply("SELECT count(*) AS n FROM flights"),
    "How many airlines are there?": sql_reply("SELECT count(DISTINCT carrier) FROM airlines"),
    "Which origin airport had the most flights?": sql_reply(
        "SELECT origin FROM flights GROUP BY origin ORDER BY count(*) ASC LIMIT 1"  # wrong
    ),
}


def _cli(tmp_path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "IOPSDATA_HOME": str(tmp_path / "home"), **env}
    return subprocess.run(
        [sys.executable, "-m", "iopsdata.eval", *args],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_cli_gates_on_accuracy_and_writes_verdicts(tmp_path, llm_server):
    llm_server.responder = by_question(REPLIES)
    golden = tmp_path / "golden.csv"
    golden.write_text(GOLDEN)
    out = tmp_path / "verdicts.json"
    common = ["--connection", "Demo: NYC flights 2013", "--golden", str(golden)]

    failing = _cli(
        tmp_path,
        *common,
        "--provider", "openai_compatible",
        "--model", "local-model",
        "--base-url", llm_server.base_url("openai"),
        "--json", str(out),
        "--min-accuracy", "0.9",
    )  # fmt: skip
    assert failing.returncode == 1, failing.stderr
    line = failing.stdout.strip().splitlines()[-1]
    assert line.startswith("accuracy=0.667 questions=3 correct=2 ")
    assert " wrong=1" in line
    doc = json.loads(out.read_text())
    assert doc["summary"]["correct"] == 2 and doc["status"] == "done"
    verdicts = {v["question"]: v for v in doc["verdicts"]}
    wrong = verdicts["Which origin airport had the most flights?"]
    assert wrong["verdict"] == "wrong" and not wrong["correct"]
    assert wrong["gold_preview"]["rows"] == [["EWR"]]
    assert "ASC" in wrong["answer_sql"]

    # The key from the environment, the OpenAI protocol at a base URL; the gate passes.
    passing = _cli(
        tmp_path,
        *common,
        "--provider", "openai",
        "--model", "gpt-4o-mini",
        "--base-url", llm_server.base_url("openai"),
        "--min-accuracy", "0.6",
        OPENAI_API_KEY="sk-cli-test-000000",
    )  # fmt: skip
    assert passing.returncode == 0, passing.stderr
    assert passing.stdout.strip().startswith("accuracy=0.667 questions=3 correct=2 ")
    assert llm_server.last.headers["authorization"] == "Bearer sk-cli-test-000000"


def test_cli_explains_set_up_problems(tmp_path):
    golden = tmp_path / "golden.csv"
    golden.write_text("q,s\nx,y\n")
    bad_file = _cli(
        tmp_path,
        "--connection",
        "x",
        "--golden",
        str(golden),
        "--provider",
        "openai",
        "--model",
        "m",
    )
    assert bad_file.returncode == 2 and "question,sql" in bad_file.stderr
    golden.write_text(GOLDEN)
    no_key = _cli(
        tmp_path,
        "--connection", "Demo: NYC flights 2013",
        "--golden", str(golden),
        "--provider", "anthropic",
        "--model", "claude-haiku-4-5",
    )  # fmt: skip
    assert no_key.returncode == 2 and "ANTHROPIC_API_KEY" in no_key.stderr
    assert "Traceback" not in no_key.stderr
