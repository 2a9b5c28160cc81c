"""Runs through the real ``ask`` pipeline against the loopback provider and a real DuckDB file."""

from __future__ import annotations

import threading

import pytest

from iopsdata.errors import QueryRefused
from iopsdata.eval import GoldenQuestion, RunConfig
from tests.eval.conftest import (
    QUESTIONS,
    RIGHT,
    WRONG,
    by_question,
    open_evals,
    question_of,
    sql_reply,
)
from tests.support.llm_server import Fault, Reply

LOCAL = RunConfig("openai_compatible", "local-a")


def _script(right: set[str]) -> dict[str, str]:
    return {q: sql_reply(RIGHT[q] if q in right else WRONG[q]) for q in RIGHT}


def test_k_of_n_correct_is_reported_exactly(evals, golden, llm_server):
    right = {QUESTIONS[0].question, QUESTIONS[1].question, QUESTIONS[3].question}
    llm_server.responder = by_question(_script(right))
    run_id = evals.start(golden, [LOCAL])
    run = evals.wait(run_id, 60)
    assert run["status"] == "done" and run["done"] == run["total"] == 5
    summary = evals.summaries(run_id)[0]
    assert (summary.correct, summary.questions) == (3, 5)
    assert summary.accuracy == 3 / 5
    verdicts = {v.question: v for v in evals.results(run_id)}
    assert {q for q, v in verdicts.items() if v.correct} == right
    assert summary.failures == {"wrong": 2}
    ordered = verdicts["Flights per month, in month order?"]
    assert "another order" in ordered.reason  # right rows, wrong order under the gold ORDER BY
    joined = verdicts["What is the average departure delay per airline name?"]
    assert joined.tables_ok is True and joined.gold_tables == ("airlines", "flights")
    assert joined.answer_preview["row_count"] == 3 and joined.gold_preview["row_count"] == 3
    assert all(v.tokens_in and v.latency_s is not None for v in verdicts.values())
    assert summary.tags["easy"] == (2, 2) and summary.tags["dates"] == (0, 1)
    # evaluation questions leave no chat threads behind
    assert evals.ctx.store.list_threads(evals.ctx.workspace_id, evals.ctx.user_id) == []


def test_two_configurations_are_compared(evals, golden, llm_server):
    good = by_question(_script(set(RIGHT)))
    bad = by_question(_script({QUESTIONS[0].question}))

    def respond(request):
        return (good if request.body["model"] == "strong" else bad)(request)

    llm_server.responder = respond
    configs = [
        RunConfig("openai_compatible", "strong"),
        RunConfig("openai_compatible", "weak", 0.7),
    ]
    run_id = evals.start(golden, configs)
    evals.wait(run_id, 60)
    strong, weak = evals.summaries(run_id)
    assert (strong.correct, weak.correct) == (5, 1)
    assert {r.body["temperature"] for r in llm_server.requests if r.body["model"] == "weak"} == {
        0.7
    }
    history = evals.runs(golden)
    assert [s["accuracy"] for s in history[0]["summaries"]] == [1.0, 0.2]


def test_failing_and_silent_providers_count_as_failed_and_the_run_goes_on(
    tmp_path, llm_server, tiny_db
):
    evals = open_evals(tmp_path, llm_server, tiny_db, IOPSDATA_LLM_TIMEOUT_S="3")
    golden = evals.create_set("s", "tiny", questions=QUESTIONS)
    script = _script(set(RIGHT))
    script[QUESTIONS[1].question] = Fault.server_error()
    script[QUESTIONS[2].question] = Fault.hang(10)
    llm_server.responder = by_question(script)
    run_id = evals.start(golden, [LOCAL])
    run = evals.wait(run_id, 60)
    assert run["status"] == "done" and run["done"] == 5
    verdicts = {v.question: v for v in evals.results(run_id)}
    assert verdicts[QUESTIONS[1].question].verdict == "failed"
    assert "server problem" in verdicts[QUESTIONS[1].question].reason
    assert verdicts[QUESTIONS[2].question].verdict == "failed"
    assert "within 3 seconds" in verdicts[QUESTIONS[2].question].reason
    summary = evals.summaries(run_id)[0]
    assert (summary.correct, summary.failures) == (3, {"failed": 2})


def test_no_sql_and_invalid_sql_are_told_apart(evals, golden, llm_server):
    script = _script(set(RIGHT))
    script[QUESTIONS[0].question] = "I cannot answer that from this schema."
    script[QUESTIONS[1].question] = sql_reply("SELECT nope FROM flights")  # stays invalid
    llm_server.responder = by_question(script)
    run_id = evals.start(golden, [LOCAL])
    evals.wait(run_id, 60)
    verdicts = {v.question: v for v in evals.results(run_id)}
    assert verdicts[QUESTIONS[0].question].verdict == "no_sql"
    invalid = verdicts[QUESTIONS[1].question]
    assert invalid.verdict == "invalid" and invalid.repairs == 2


def test_stop_stops(evals, golden, llm_server):
    gate, asked = threading.Event(), threading.Event()

    def slow():
        asked.set()
        gate.wait(10)
        return sql_reply(RIGHT[QUESTIONS[0].question])

    script: dict = _script(set(RIGHT))
    script[QUESTIONS[0].question] = slow
    llm_server.responder = by_question(script)
    run_id = evals.start(golden, [LOCAL], limit=1)
    assert asked.wait(10)
    evals.stop(run_id)
    gate.set()
    run = evals.wait(run_id, 30)
    assert run["status"] == "stopped" and run["message"] == "Stopped by the user."
    assert run["done"] <= 1 < run["total"]
    assert len(llm_server.requests) == 1  # no question started after Stop


def test_cost_ceiling_stops_the_run(tmp_path, llm_server, tiny_db):
    evals = open_evals(tmp_path, llm_server, tiny_db, OPENAI_API_KEY="sk-test-key-123456")
    golden = evals.create_set("s", "tiny", questions=QUESTIONS)
    # gpt-4o lists at $2.50 per 1M input tokens: each answer costs $2.50
    script = {q: Reply(sql_reply(RIGHT[q]), input_tokens=1_000_000, output_tokens=0) for q in RIGHT}
    llm_server.responder = by_question(script)
    config = RunConfig("openai", "gpt-4o", base_url=llm_server.base_url("openai"))
    run_id = evals.start(golden, [config], cost_ceiling_usd=4.0, limit=1)
    run = evals.wait(run_id, 60)
    assert run["status"] == "cost_limit"
    assert run["done"] == 2 and run["cost_usd"] == 5.0
    assert "cost ceiling" in run["message"]
    summary = evals.summaries(run_id)[0]
    assert summary.cost_usd == 5.0 and summary.cost_per_100 == 250.0


def test_rate_limits_pause_the_provider_and_the_question_is_asked_again(evals, golden, llm_server):
    first = QUESTIONS[0].question
    limited = iter([Fault.rate_limit(retry_after=0.05)] * 3)
    script: dict = _script(set(RIGHT))
    script[first] = lambda: next(limited, sql_reply(RIGHT[first]))
    llm_server.responder = by_question(script)
    run_id = evals.start(golden, [LOCAL], limit=1)
    run = evals.wait(run_id, 60)
    verdicts = {v.question: v for v in evals.results(run_id)}
    assert verdicts[first].correct
    assert llm_server.responder.asked[first] == 4  # 3 refused (SDK retries), then answered
    assert "429" in run["message"]


def test_auto_execute_off_snapshots_and_bad_gold_sql(evals, llm_server):
    """The answer SQL is run for scoring when Chat did not run it; a snapshot replaces the gold
    run; gold SQL that writes is refused when it is added, and one stored before that check
    (written to the store directly here) is refused at the run and reported, never executed."""
    delete = GoldenQuestion("Delete everything?", "DELETE FROM flights")
    questions = [
        QUESTIONS[0],
        GoldenQuestion(
            "How many airlines are there?",
            "SELECT 999",  # ignored: the snapshot is the expected result
            expected={"columns": ["n"], "rows": [[3]]},
        ),
    ]
    with pytest.raises(QueryRefused, match=r"question 3 .*Delete everything.* is refused"):
        evals.create_set("mixed", "tiny", questions=[*questions, delete])
    assert evals.sets() == []  # all or nothing: no set either
    set_id = evals.create_set("mixed", "tiny", questions=questions)
    evals.ctx.store.add_eval_questions(evals.ctx.workspace_id, set_id, [delete.to_dict()])
    llm_server.responder = by_question(
        {
            QUESTIONS[0].question: sql_reply(RIGHT[QUESTIONS[0].question]),
            "How many airlines are there?": sql_reply("SELECT count(*) FROM airlines"),
            "Delete everything?": sql_reply("SELECT count(*) FROM flights"),
        }
    )
    run_id = evals.start(set_id, [RunConfig("openai_compatible", "m", auto_execute=False)])
    evals.wait(run_id, 60)
    verdicts = {v.question: v for v in evals.results(run_id)}
    assert verdicts[QUESTIONS[0].question].correct
    assert verdicts["How many airlines are there?"].correct
    bad = verdicts["Delete everything?"]
    assert bad.verdict == "gold_error" and "refused" in bad.reason
    history = evals.ctx.store.query_history(evals.ctx.workspace_id, limit=50)
    assert not any(r["sql"].startswith("DELETE") for r in history)
    assert {r["source"] for r in history} == {"internal"}  # nothing ran as Chat: auto-execute off


def test_results_past_the_row_cap_are_marked(tmp_path, llm_server, tiny_db):
    evals = open_evals(tmp_path, llm_server, tiny_db, IOPSDATA_ROW_CAP="3")
    question = GoldenQuestion("Every carrier code of every flight?", "SELECT carrier FROM flights")
    set_id = evals.create_set("capped", "tiny", questions=[question])
    llm_server.responder = by_question(
        {question.question: sql_reply("SELECT carrier AS c FROM flights")}
    )
    run_id = evals.start(set_id, [LOCAL])
    evals.wait(run_id, 60)
    [verdict] = evals.results(run_id)
    assert verdict.correct and "row cap" in verdict.reason
    assert verdict.gold_preview["row_count"] == 3


def test_a_question_chat_asks_about_is_scored_on_the_gold_sqls_database(tmp_path, llm_server):
    """Two schemas hold the same table, so Chat asks which one the question means. Evaluate
    answers as a user would, with the schema the gold SQL reads, and scores that answer; when the
    gold does not settle it (it reads both), the verdict says Chat asked, not that the model
    wrote no SQL (no provider was called): a cause of its own, ``asked``."""
    import duckdb

    db = tmp_path / "regions.duckdb"
    with duckdb.connect(str(db)) as c:
        for schema, amount in (("east", 10), ("west", 32)):
            c.execute(f"CREATE SCHEMA {schema}")
            c.execute(f"CREATE TABLE {schema}.sales AS SELECT 1 AS id, {amount} AS amount")
    evals = open_evals(tmp_path, llm_server, db)
    settled, unsettled = "Total sales amount", "Sales amount in each region"
    golden = evals.create_set(
        "regions",
        "tiny",
        questions=[
            GoldenQuestion(settled, "SELECT sum(amount) FROM west.sales"),
            GoldenQuestion(
                unsettled,
                "SELECT 'east' AS r, sum(amount) FROM east.sales "
                "UNION ALL SELECT 'west', sum(amount) FROM west.sales",
            ),
        ],
    )
    llm_server.responder = by_question({settled: sql_reply("SELECT sum(amount) FROM west.sales")})
    run_id = evals.start(golden, [LOCAL])
    assert evals.wait(run_id, 60)["status"] == "done"
    verdicts = {v.question: v for v in evals.results(run_id)}
    assert verdicts[settled].verdict == "correct"
    asked = verdicts[unsettled]
    assert asked.verdict == "asked" and "Chat asked which database" in asked.reason
    assert not asked.correct
    assert "east" in asked.reason and "west" in asked.reason
    prompts = [question_of(r) for r in llm_server.requests]
    assert len(prompts) == 1 and settled in prompts[0]  # the unsettled one reached no provider
    assert evals.ctx.store.list_threads(evals.ctx.workspace_id, evals.ctx.user_id) == []


def test_gold_sql_the_guard_refuses_is_refused_when_added_by_hand_or_file(evals):
    """A typo or a write in the gold SQL is found as the question is added (by hand or from a
    file), with the question it belongs to; nothing of the batch is added."""
    set_id = evals.create_set("checked", "tiny")
    with pytest.raises(QueryRefused, match=r"question 1 \('Flights per carrier\?'\) is refused"):
        evals.add_questions(
            set_id, [GoldenQuestion("Flights per carrier?", "SELEC carrier FROM flights")]
        )
    csv = (
        "question,sql\nHow many flights?,SELECT count(*) FROM flights\nDrop it,DROP TABLE flights\n"
    )
    with pytest.raises(QueryRefused, match=r"question 2 \('Drop it'\)"):
        evals.import_file(set_id, csv, "csv")
    assert evals.questions(set_id) == []
    # the control: the same file without its bad line is added
    assert evals.import_file(set_id, csv.rsplit("Drop it", 1)[0], "csv") == 1


def test_an_asked_question_leaves_a_priced_configuration_priced():
    """Chat asked and called no provider: no price of its own, and the others' sum stands. A
    question whose answer has no price (an unknown model) still makes the sum unknown."""
    from iopsdata.eval.model import Summary, Verdict

    priced = Verdict(0, "Revenue?", "SELECT 1", "correct", cost_usd=0.002)
    asked = Verdict(1, "Sales per region?", "SELECT 2", "asked")
    unknown = Verdict(2, "Top carrier?", "SELECT 3", "wrong")
    config = RunConfig("openai", "gpt-4o-mini")
    assert Summary.of(config, [priced, asked]).cost_usd == pytest.approx(0.002)
    assert Summary.of(config, [priced, asked]).failures == {"asked": 1}
    assert Summary.of(config, [priced, asked, unknown]).cost_usd is None
