"""Fixtures for Evaluate: a small real DuckDB connection, the loopback provider answering by
question (so concurrent questions get the right scripted reply), and services per role."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from pathlib import Path

import duckdb
import pytest

from iopsdata.connections import ConnectionService
from iopsdata.eval import EvalService, GoldenQuestion
from tests.support.context import make_context
from tests.support.llm_server import Fault, Recorded, Reply

TINY_SQL = """
CREATE TABLE airlines (carrier VARCHAR PRIMARY KEY, name VARCHAR);
INSERT INTO airlines VALUES ('AA', 'American Airlines Inc.'), ('UA', 'United Air Lines Inc.'),
    ('DL', 'Delta Air Lines Inc.');
CREATE TABLE flights (carrier VARCHAR REFERENCES airlines (carrier), origin VARCHAR,
    month INTEGER, dep_delay DECIMAL(8, 2));
INSERT INTO flights VALUES ('AA', 'JFK', 1, 5), ('AA', 'LGA', 1, NULL), ('UA', 'EWR', 2, 12.5),
    ('UA', 'EWR', 2, -3), ('UA', 'JFK', 3, 0), ('DL', 'LGA', 3, 40), ('DL', 'JFK', 3, NULL);
"""

QUESTIONS = [
    GoldenQuestion("How many flights are there?", "SELECT count(*) FROM flights", ("easy",)),
    GoldenQuestion(
        "How many flights per carrier?",
        "SELECT carrier, count(*) AS n FROM flights GROUP BY carrier",
        ("easy",),
    ),
    GoldenQuestion(
        "How many flights have no departure delay recorded?",
        "SELECT count(*) FROM flights WHERE dep_delay IS NULL",
        ("nulls",),
    ),
    GoldenQuestion(
        "What is the average departure delay per airline name?",
        "SELECT a.name, avg(f.dep_delay) FROM flights f JOIN airlines a USING (carrier) GROUP BY 1",
        ("joins",),
    ),
    GoldenQuestion(
        "Flights per month, in month order?",
        "SELECT month, count(*) AS n FROM flights GROUP BY month ORDER BY month",
        ("dates",),
    ),
]

# Right answers written differently from the gold SQL (aliases, column order, row order).
RIGHT = {
    "How many flights are there?": "SELECT count(1) AS total FROM flights",
    "How many flights per carrier?": "SELECT count(*) AS flights, carrier FROM flights GROUP BY 2 ORDER BY 1",
    "How many flights have no departure delay recorded?": "SELECT sum(CASE WHEN dep_delay IS NULL THEN 1 ELSE 0 END) AS n FROM flights",
    "What is the average departure delay per airline name?": "SELECT avg(f.dep_delay)::DOUBLE AS d, a.name FROM airlines a JOIN flights f ON f.carrier = a.carrier GROUP BY a.name",
    "Flights per month, in month order?": "SELECT month, count(*) FROM flights GROUP BY 1 ORDER BY 1",
}
WRONG = {
    "How many flights are there?": "SELECT count(*) FROM airlines",
    "How many flights per carrier?": "SELECT carrier, count(DISTINCT origin) FROM flights GROUP BY 1",
    "How many flights have no departure delay recorded?": "SELECT count(dep_delay) FROM flights",
    "What is the average departure delay per airline name?": "SELECT a.name, avg(coalesce(f.dep_delay, 0)) FROM flights f JOIN airlines a USING (carrier) GROUP BY 1",
    "Flights per month, in month order?": "SELECT month, count(*) FROM flights GROUP BY 1 ORDER BY 1 DESC",
}


def sql_reply(sql: str) -> str:
    return f"```sql\n{sql}\n```\nHere it is."


def question_of(request: Recorded) -> str:
    """Every user message (a repair round repeats the conversation, question included)."""
    return "\n".join(m["content"] for m in request.body["messages"] if m["role"] == "user")


def by_question(replies: Mapping[str, str | Reply | Fault | Callable[[], object]]):
    """A loopback responder: the reply whose question appears in the conversation."""
    lock = threading.Lock()
    asked: dict[str, int] = {}

    def respond(request: Recorded):
        text = question_of(request)
        for question, reply in replies.items():
            if question in text:
                with lock:
                    asked[question] = asked.get(question, 0) + 1
                return reply() if callable(reply) else reply
        return "I cannot answer that."

    respond.asked = asked  # type: ignore[attr-defined]
    return respond


@pytest.fixture
def tiny_db(tmp_path) -> Path:
    path = tmp_path / "data" / "tiny.duckdb"
    path.parent.mkdir()
    con = duckdb.connect(str(path))
    con.execute(TINY_SQL)
    con.close()
    return path


def open_evals(tmp_path, llm_server, tiny_db, *, url: str | None = None, **settings) -> EvalService:
    settings.setdefault("IOPSDATA_OPENAI_COMPATIBLE_BASE_URL", llm_server.base_url("openai"))
    settings.setdefault("IOPSDATA_LLM_TIMEOUT_S", "5")
    ctx = make_context(tmp_path, url=url, **settings)
    ConnectionService(ctx).add("tiny", "duckdb", {"path": str(tiny_db)})
    return EvalService(ctx)


@pytest.fixture
def evals(tmp_path, llm_server, tiny_db) -> EvalService:
    return open_evals(tmp_path, llm_server, tiny_db)


@pytest.fixture
def golden(evals) -> str:
    return evals.create_set("tiny set", "tiny", questions=QUESTIONS)
