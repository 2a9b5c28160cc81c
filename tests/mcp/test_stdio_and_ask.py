"""The stdio transport as an MCP client launches it (a subprocess, the configured local user and
workspace), and ``ask`` through the loopback LLM server."""

from __future__ import annotations

import sqlite3

import duckdb
import pytest

from tests.mcp.conftest import make_site
from tests.mcp.support import ToolFailed, http_client, http_server, payload, run, stdio_client
from tests.mcp.test_http_tokens import TOOLS


def _dbs(site, tmp_path) -> None:
    lite = tmp_path / "lite.sqlite"
    with sqlite3.connect(lite) as c:
        c.execute("CREATE TABLE t (id integer, v text)")
        c.execute("INSERT INTO t VALUES (1, 'one')")
    duck = tmp_path / "duck.duckdb"
    with duckdb.connect(str(duck)) as c:
        c.execute("CREATE TABLE t AS SELECT 7 AS id, 'seven' AS v")
    site.ana.connections.add("lite", "sqlite", {"path": str(lite)})
    site.ana.connections.add("duck", "duckdb", {"path": str(duck)})
    site.bo.connections.add("b only", "sqlite", {"path": str(lite)})


def test_stdio_serves_the_configured_user_and_workspace(site, tmp_path):
    _dbs(site, tmp_path)

    async def go():
        async with stdio_client(site.env(), "--user", "ana@example.com", "--workspace", "A") as c:
            tools = {t.name for t in (await c.list_tools()).tools}
            conns = await c.call_tool("list_connections", {})
            lite = await c.call_tool("run_sql", {"sql": "SELECT * FROM t", "connection": "lite"})
            duck = await c.call_tool("run_sql", {"sql": "SELECT * FROM t", "connection": "duck"})
            write = await c.call_tool("run_sql", {"sql": "DROP TABLE t", "connection": "lite"})
            other = await c.call_tool("run_sql", {"sql": "SELECT 1", "connection": "b only"})
            return tools, conns, lite, duck, write, other

    tools, conns, lite, duck, write, other = run(go())
    assert tools == TOOLS
    assert sorted(c["name"] for c in payload(conns)) == ["duck", "lite"]
    assert payload(lite)["rows"] == [[1, "one"]]
    assert payload(duck)["rows"] == [[7, "seven"]]
    with pytest.raises(ToolFailed, match=r"(?i)read|not allowed|only"):
        payload(write)
    with pytest.raises(ToolFailed, match="no connection"):
        payload(other)
    history = site.ana.sql.history()
    assert [(h["source"], h["status"]) for h in history] == [
        ("mcp", "refused"),
        ("mcp", "ok"),
        ("mcp", "ok"),
    ]
    assert {h["user_id"] for h in history} == {site.ana.ctx.user_id}


def test_stdio_refuses_a_workspace_the_user_is_not_in(site):
    import os
    import subprocess
    import sys

    from tests.mcp.support import ROOT

    done = subprocess.run(
        [sys.executable, "-m", "iopsdata.mcp", "--user", "ana@example.com", "--workspace", "B"],
        env={**site.env(), "PYTHONPATH": ROOT, "PATH": os.environ.get("PATH", "")},
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "not a member of a workspace called 'B'" in done.stderr


def test_ask_runs_the_pipeline_against_the_loopback_llm(tmp_path, llm_server):
    site = make_site(tmp_path, IOPSDATA_OPENAI_COMPATIBLE_BASE_URL=llm_server.base_url("openai"))
    _dbs(site, tmp_path)
    token = site.ana.tokens.create("agent").token
    llm_server.enqueue("```sql\nSELECT v FROM t WHERE id = 1\n```\nThe value of row one.")

    async def go():
        async with http_client(url, token) as c:
            return await c.call_tool(
                "ask", {"question": "What is v of row 1?", "connection": "lite"}
            )

    with http_server(site.runtime) as url:
        answer = payload(run(go()))
    assert answer["sql"].strip() == "SELECT v FROM t WHERE id = 1"
    assert answer["error"] is None and answer["executed"] is True
    assert answer["result"]["rows"] == [["one"]]
    assert "The value of row one." in answer["explanation"]
    assert "main.t" in answer["tables"] or "t" in answer["tables"]
    assert len(llm_server.requests) == 1
    audit = site.ana.sql.history()[0]  # the agent's answer is audited as the agent's
    assert (audit["source"], audit["status"], audit["sql"].strip()) == (
        "mcp",
        "ok",
        "SELECT v FROM t WHERE id = 1",
    )
    site.runtime.store.close()


def test_ask_without_a_provider_says_how_to_set_one_up(site, tmp_path):
    _dbs(site, tmp_path)
    token = site.ana.tokens.create("agent").token

    async def go():
        async with http_client(url, token) as c:
            return await c.call_tool("ask", {"question": "anything", "connection": "lite"})

    with http_server(site.runtime) as url:
        result = run(go())
    with pytest.raises(ToolFailed, match=r"(?i)provider|key|base url"):
        payload(result)


def test_the_readme_snippet_reaches_the_demo_data(tmp_path):
    """As the README's Claude Desktop entry starts it: no flags, only IOPSDATA_HOME; the local
    user's workspace with the demo connection built on first start."""
    env = {"IOPSDATA_HOME": str(tmp_path / "fresh-home")}
    sql = "SELECT carrier, count(*) AS n FROM flights GROUP BY carrier ORDER BY n DESC LIMIT 1"

    async def go():
        async with stdio_client(env) as c:
            conns = payload(await c.call_tool("list_connections", {}))
            demo = next(x["name"] for x in conns if x["name"].startswith("Demo"))
            top = await c.call_tool("run_sql", {"sql": sql, "connection": demo})
            hits = await c.call_tool("impact", {"target": "flights"})
            return top, hits

    top, hits = run(go())
    assert payload(top)["rows"] == [["UA", 58665]]
    assert any(h["source"] == "history" for h in payload(hits)["hits"])  # the agent's own query


def test_ask_that_fits_two_schemas_lists_them_and_answers_with_the_one_named(tmp_path, llm_server):
    """Two schemas of one DuckDB database hold the same table: the question fits both, so the
    answer asks (``choices``, no SQL, no provider call), like Chat's buttons. The agent asks
    again with ``schema``: the SQL runs on that one; a schema the connection lacks is refused."""
    site = make_site(tmp_path, IOPSDATA_OPENAI_COMPATIBLE_BASE_URL=llm_server.base_url("openai"))
    duck = tmp_path / "regions.duckdb"
    with duckdb.connect(str(duck)) as c:
        for schema, amount in (("east", 10), ("west", 32)):
            c.execute(f"CREATE SCHEMA {schema}")
            c.execute(f"CREATE TABLE {schema}.sales AS SELECT 1 AS id, {amount} AS amount")
    site.ana.connections.add("regions", "duckdb", {"path": str(duck)})
    token = site.ana.tokens.create("agent").token
    question = {"question": "Total sales amount", "connection": "regions"}

    async def go():
        async with http_client(url, token) as c:
            first = await c.call_tool("ask", question)
            llm_server.enqueue("```sql\nSELECT sum(amount) AS total FROM west.sales\n```\nWest.")
            chosen = await c.call_tool("ask", {**question, "schema": "west"})
            wrong = await c.call_tool("ask", {**question, "schema": "north"})
            return first, chosen, wrong

    with http_server(site.runtime) as url:
        first, chosen, wrong = run(go())
    asked = payload(first)
    assert asked["sql"] is None and sorted(asked["choices"]) == ["east", "west"]
    answer = payload(chosen)
    assert answer["error"] is None and answer["result"]["rows"] == [[32]]
    assert len(llm_server.requests) == 1  # the question that asked called no provider
    prompt = str(llm_server.requests[0])
    assert "west.sales" in prompt and "east.sales" not in prompt
    with pytest.raises(ToolFailed, match="north is not a schema"):
        payload(wrong)
    site.runtime.store.close()
