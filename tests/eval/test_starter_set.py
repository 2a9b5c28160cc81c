"""The shipped NYC flights 2013 starter set: every gold SQL runs on the demo and returns rows."""

from __future__ import annotations

from iopsdata import Workspace
from iopsdata.eval.files import starter_set
from iopsdata.eval.judge import prepare_gold
from iopsdata.eval.scoring import compare
from iopsdata.eval.service import STARTER_NAME

DEMO_TABLES = {"flights", "airlines", "airports", "planes", "weather"}


def test_starter_set_is_broad_and_every_gold_query_runs_on_the_demo():
    meta, questions = starter_set()
    assert meta["name"] == STARTER_NAME and len(questions) >= 40
    tags = {t for q in questions for t in q.tags}
    assert {"easy", "medium", "hard", "joins", "dates", "nulls", "window"} <= tags
    assert len({q.question for q in questions}) == len(questions)

    ws = Workspace.open()  # the embedded default: the demo connection is built on first start
    set_id = ws.evaluate.add_starter_set()
    assert ws.evaluate.add_starter_set() == set_id  # offered once, not duplicated
    stored = ws.evaluate.questions(set_id)
    assert [q.sql for q in stored] == [q.sql for q in questions]
    target = ws.evaluate.target(ws.evaluate.get_set(set_id)["connection_id"])
    read_everything = False
    for q in stored:
        gold = prepare_gold(q, target)
        assert gold.error is None, (q.question, gold.error)
        assert gold.rows is not None and gold.rows.rows, q.question
        assert all(any(v is not None for v in row) for row in gold.rows.rows), q.question
        assert set(gold.tables) <= DEMO_TABLES, q.question
        read_everything |= set(gold.tables) == DEMO_TABLES
        assert compare(gold.rows, gold.rows, ordered=gold.ordered).match
    assert read_everything  # at least one question joins all five tables
