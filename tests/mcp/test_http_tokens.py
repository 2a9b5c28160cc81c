"""The streamable HTTP transport with personal access tokens, through the SDK's own client:
tools listed, a token sees only its workspace, expired/revoked/removed tokens refused, limits."""

from __future__ import annotations

import time

import httpx2
import pytest

from iopsdata.mcp import Limits
from iopsdata.tokens import TokenService
from tests.mcp.support import ToolFailed, http_client, http_server, payload, run

TOOLS = {
    "list_connections",
    "describe",
    "select_tables",
    "run_sql",
    "lineage",
    "impact",
    "profile",
    "list_files",
    "ask",
}


def _sqlite_conn(ws, tmp_path, name="db") -> str:
    import sqlite3

    path = tmp_path / f"{name}.sqlite"
    with sqlite3.connect(path) as c:
        c.execute("CREATE TABLE t (id integer, v text)")
        c.execute("INSERT INTO t VALUES (1, 'one'), (2, 'two')")
    return ws.connections.add(name, "sqlite", {"path": str(path)})


async def _calls(url, token, *calls):
    out = []
    async with http_client(url, token) as client:
        for name, args in calls:
            if name == "tools":
                out.append({t.name for t in (await client.list_tools()).tools})
            else:
                out.append(await client.call_tool(name, args))
    return out


def test_tools_listed_and_run_sql_audited_under_the_token_user(site, tmp_path):
    cid = _sqlite_conn(site.ana, tmp_path)
    token = site.ana.tokens.create("laptop").token
    with http_server(site.runtime) as url:
        tools, conns, rows = run(
            _calls(
                url,
                token,
                ("tools", None),
                ("list_connections", {}),
                ("run_sql", {"sql": "SELECT id, v FROM t ORDER BY id", "connection": "db"}),
            )
        )
    assert tools == TOOLS
    assert [c["id"] for c in payload(conns)] == [cid]
    got = payload(rows)
    assert got["columns"] == ["id", "v"]
    assert got["rows"] == [[1, "one"], [2, "two"]]
    assert (got["row_count"], got["truncated"]) == (2, False)
    assert "t" in str(got["lineage"]), got["lineage"]
    audit = site.ana.sql.history()[0]
    assert (audit["source"], audit["status"], audit["user_id"]) == (
        "mcp",
        "ok",
        site.ana.ctx.user_id,
    )
    assert audit["lineage"], "the agent's query is recorded with its lineage"
    listed = site.ana.tokens.list()[0]
    assert listed["last_used_at"] is not None and listed["status"] == "active"
    assert "token_hash" not in listed


def test_a_token_of_workspace_b_never_sees_or_touches_workspace_a(site, tmp_path):
    a_id = _sqlite_conn(site.ana, tmp_path, "a_db")
    _sqlite_conn(site.bo, tmp_path, "b_db")
    token_b = site.bo.tokens.create("bo's agent").token
    with http_server(site.runtime) as url:
        conns, by_id, by_name, describe = run(
            _calls(
                url,
                token_b,
                ("list_connections", {}),
                ("run_sql", {"sql": "SELECT * FROM t", "connection": a_id}),
                ("run_sql", {"sql": "SELECT * FROM t", "connection": "a_db"}),
                ("describe", {"connection": a_id}),
            )
        )
    assert [c["name"] for c in payload(conns)] == ["b_db"]
    for result in (by_id, by_name, describe):
        with pytest.raises(ToolFailed, match=r"no connection|does not exist"):
            payload(result)
    assert site.ana.sql.history() == []  # nothing ran in A


def test_expired_revoked_unknown_and_missing_tokens_are_refused(site, tmp_path):
    _sqlite_conn(site.ana, tmp_path)
    live = site.ana.tokens.create("live").token
    revoked = site.ana.tokens.create("revoked")
    site.ana.tokens.revoke(revoked.id)
    old = TokenService(site.ana.ctx, clock=lambda: time.time() - 2 * 86_400).create("old", days=1)
    body = {"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {}}
    with http_server(site.runtime) as url:
        statuses = {}
        for label, token in [
            ("live", live),
            ("revoked", revoked.token),
            ("expired", old.token),
            ("unknown", "iops_" + "x" * 43),
            ("none", None),
        ]:
            headers = {"Accept": "application/json, text/event-stream"}
            if token:
                headers["Authorization"] = f"Bearer {token}"
            statuses[label] = httpx2.post(url, json=body, headers=headers).status_code
        with pytest.raises(ExceptionGroup) as refused:  # the SDK client cannot start a session
            run(_calls(url, revoked.token, ("tools", None)))
        assert "error response" in repr(refused.value)
    assert statuses.pop("live") != 401
    assert statuses == {"revoked": 401, "expired": 401, "unknown": 401, "none": 401}
    assert {t["name"]: t["status"] for t in site.ana.tokens.list()} == {
        "live": "active",
        "revoked": "revoked",
        "old": "expired",
    }


def test_a_removed_member_token_stops_and_a_viewer_token_cannot_write(site, tmp_path):
    store = site.runtime.store.privileged()
    cara = store.ensure_user("cara@example.com", "Cara")
    store.add_member(site.ana.id, cara["id"], "editor")
    from iopsdata.workspace import Workspace

    cara_ws = Workspace.open(runtime=site.runtime, user_id=cara["id"], workspace_id=site.ana.id)
    token = cara_ws.tokens.create("cara", role="viewer").token
    with pytest.raises(Exception, match="more than your role"):
        cara_ws.tokens.create("too high", role="owner")
    path = tmp_path / "w.sqlite"
    import sqlite3

    sqlite3.connect(path).execute("CREATE TABLE t (x int)").connection.commit()
    site.ana.connections.add("writable", "sqlite", {"path": str(path)}, allow_writes=True)
    with http_server(site.runtime) as url:
        (write,) = run(
            _calls(
                url,
                token,
                ("run_sql", {"sql": "INSERT INTO t VALUES (1)", "connection": "writable"}),
            )
        )
        with pytest.raises(ToolFailed, match="editor role"):
            payload(write)
        store.remove_member(site.ana.id, cara["id"])  # bumps this process's role cache
        (after,) = run(_calls(url, token, ("list_connections", {})))
        with pytest.raises(ToolFailed, match="no longer a member"):
            payload(after)
    assert sqlite3.connect(path).execute("SELECT count(*) FROM t").fetchone() == (0,)


def test_limits_per_token_give_clear_errors(site, tmp_path):
    _sqlite_conn(site.ana, tmp_path)
    token = site.ana.tokens.create("busy").token
    limits = Limits(calls_per_minute=3, rows_per_call=1)
    with http_server(site.runtime, limits) as url:
        results = run(
            _calls(
                url,
                token,
                *[("run_sql", {"sql": "SELECT * FROM t", "connection": "db"})] * 4,
            )
        )
    first = payload(results[0])
    assert first["row_count"] == 1 and first["truncated"] is True
    with pytest.raises(ToolFailed, match="3 calls per minute"):
        payload(results[3])


def test_a_handshake_era_client_gets_the_same_tools_and_results(site, tmp_path):
    _sqlite_conn(site.ana, tmp_path)
    token = site.ana.tokens.create("old client").token

    async def go():
        async with http_client(url, token, mode="legacy") as client:
            tools = {t.name for t in (await client.list_tools()).tools}
            result = await client.call_tool(
                "run_sql", {"sql": "SELECT v FROM t WHERE id = 2", "connection": "db"}
            )
            return client.protocol_version, tools, result

    with http_server(site.runtime) as url:
        version, tools, result = run(go())
    assert version < "2026" and tools == TOOLS
    assert payload(result)["rows"] == [["two"]]
    assert '"two"' in result.content[0].text  # clients that read only text content see the rows
