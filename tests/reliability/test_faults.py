"""Faults through the facade the pages call: databases dying mid-query, the metadata store going
away, the AI provider misbehaving. Each must end in one clear message, leave nothing run twice
(counted on the wire by ``tests.support.tcp_proxy``), and the next action must work.

The figures go to ``docs/RELIABILITY.md`` (section "faults").
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from iopsdata import Workspace
from iopsdata import execute as _execute
from iopsdata.config import Settings
from iopsdata.engines import POOL
from iopsdata.errors import ConnectionFailed, IopsError, ProviderError, StoreError
from tests.conftest import MYSQL_HOST, unavailable
from tests.reliability.figures import md_table, record
from tests.support.llm_server import Fault, LlmServer
from tests.support.tcp_proxy import TcpProxy

pytestmark = [pytest.mark.reliability]

SECRET = "fault-secret-pw-7Q2x"  # PostgreSQL trusts loopback, so any password connects
KEY = "sk-fault-key-0123456789abcdef"
PORTS = {"postgresql": 5432, "mysql": 3306}
WIRE = {"postgresql": "postgres", "mysql": "mysql"}
LABEL = {"postgresql": "PostgreSQL", "mysql": "MariaDB"}
# minutes of work if nothing stops it; the connection's 30 s timeout bounds any orphan
LONG = {
    "postgresql": "SELECT count(*) AS n /* run:{m} */ FROM generate_series(1, 1000) a, "
    "generate_series(1, 1000) b, generate_series(1, 1000) c, generate_series(1, 1000) d",
    "mysql": "SELECT count(*) AS n /* run:{m} */ FROM seq_1_to_1000000 a, seq_1_to_1000000 b "
    "WHERE a.seq + b.seq > 3",
}
ROWS: list[dict[str, Any]] = []  # one per fault, for the report


def marker() -> str:
    return uuid.uuid4().hex


def shorten(text: str, n: int = 110) -> str:
    text = " ".join(text.split()).replace("|", "/")
    return text if len(text) <= n else text[: n - 1] + "…"


def wait_until(check: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return check()


def assert_clear(exc: BaseException, *secrets: str) -> IopsError:
    """An IopsError whose user-facing text has no traceback and none of the secrets."""
    assert isinstance(exc, IopsError), f"{type(exc).__name__}: {exc}"
    shown = " ".join([exc.title, exc.message, exc.hint or ""])
    assert "Traceback" not in shown and 'File "' not in shown
    for secret in secrets:
        assert secret not in shown and secret not in repr(exc)
    return exc


# -- servers ------------------------------------------------------------------------------------
class Server:
    """A throwaway database on a real server, with admin helpers to watch and kill its sessions."""

    def __init__(self, kind: str, url: str) -> None:
        self.kind = kind
        self.database = url.rsplit("/", 1)[1]

    def admin(self, sql: str) -> list[tuple]:
        if self.kind == "postgresql":
            import psycopg

            with psycopg.connect(
                host="127.0.0.1", user="postgres", dbname="postgres", autocommit=True
            ) as c:
                cur = c.execute(sql)
                return cur.fetchall() if cur.description else []
        import pymysql

        c = pymysql.connect(host=MYSQL_HOST, user="root", autocommit=True)
        try:
            with c.cursor() as cur:
                cur.execute(sql)
                return list(cur.fetchall()) if cur.description else []
        finally:
            c.close()

    def sessions(self, m: str) -> list[int]:
        """Server sessions running a statement that contains the marker."""
        if self.kind == "postgresql":
            sql = (
                "SELECT pid FROM pg_stat_activity WHERE state = 'active' "
                f"AND query LIKE '%{m}%' AND pid <> pg_backend_pid()"
            )
        else:
            sql = (
                "SELECT ID FROM information_schema.PROCESSLIST WHERE COMMAND = 'Query' "
                f"AND INFO LIKE '%{m}%' AND ID <> CONNECTION_ID()"
            )
        return [int(r[0]) for r in self.admin(sql)]

    def kill(self, session: int) -> None:
        if self.kind == "postgresql":
            self.admin(f"SELECT pg_terminate_backend({session})")
        else:
            self.admin(f"KILL {session}")

    def options(self, port: int) -> dict[str, Any]:
        opts = {"host": "127.0.0.1", "port": port, "database": self.database, "user": "postgres"}
        if self.kind == "postgresql":
            return {**opts, "password": SECRET}
        return {**opts, "user": "root"}


@pytest.fixture(params=["postgresql", "mysql"])
def server(request) -> Iterator[Server]:
    fixture = "pg_url" if request.param == "postgresql" else "mysql_url"
    srv = Server(request.param, request.getfixturevalue(fixture))
    yield srv
    POOL.close_all()


@pytest.fixture
def proxy(server) -> Iterator[TcpProxy]:
    with TcpProxy("127.0.0.1", PORTS[server.kind], protocol=WIRE[server.kind]) as p:
        yield p


@pytest.fixture
def ws(monkeypatch) -> Workspace:
    monkeypatch.setenv("IOPSDATA_DEMO", "false")
    return Workspace.open()


@pytest.fixture(autouse=True)
def _no_pending_audit() -> Iterator[None]:
    yield
    _execute._PENDING_AUDIT.clear()  # a row kept for a store of this test must not outlive it


@pytest.fixture(scope="module", autouse=True)
def _publish() -> Iterator[None]:
    yield
    if ROWS:
        publish(ROWS)


def run_in_thread(fn: Callable[[], Any]) -> tuple[threading.Thread, dict[str, Any]]:
    out: dict[str, Any] = {}

    def target() -> None:
        try:
            out["value"] = fn()
        except BaseException as exc:  # collected for the assertions
            out["error"] = exc
        out["ended"] = time.monotonic()

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    return thread, out


def audit_rows(ws: Workspace, m: str) -> list[dict[str, Any]]:
    return [r for r in ws.sql.history(limit=500) if m in r["sql"]]


# -- a. the database dies mid-query ---------------------------------------------------------------
@pytest.mark.postgres
@pytest.mark.mysql
@pytest.mark.parametrize("way", ["session killed on the server", "network cut (RST)"])
def test_database_dies_mid_query(server, proxy, ws, way):
    cid = ws.connections.add(f"{server.kind} via proxy", server.kind, server.options(proxy.port))
    m = marker()
    thread, out = run_in_thread(lambda: ws.sql.run(LONG[server.kind].format(m=m), cid))
    assert wait_until(lambda: len(server.sessions(m)) == 1, 10), "the long query never started"
    time.sleep(0.3)
    struck = time.monotonic()
    if way.startswith("session"):
        server.kill(server.sessions(m)[0])
    else:
        assert proxy.kill() >= 1
    thread.join(15)
    assert not thread.is_alive()
    to_error = out["ended"] - struck
    err = assert_clear(out.get("error"), SECRET)
    assert isinstance(err, ConnectionFailed) and err.title == "Connection lost"
    assert "was lost while the query ran" in err.message and "again" in (err.hint or "")
    # exactly one audit row, marked failed; exactly one execution on the wire (no silent retry)
    rows = audit_rows(ws, m)
    assert [r["status"] for r in rows] == ["error"] and rows[0]["error"] == err.message
    assert proxy.executions(m) == 1
    # the server-side work is gone, not left running until the statement limit
    gone = wait_until(lambda: not server.sessions(m), 5)
    orphan_s = time.monotonic() - struck
    for session in server.sessions(m):  # never leave CPU burning for other tests
        server.kill(session)
    assert gone, "the query went on running on the server after its client died"
    # the same saved connection works at once (the pool dropped the dead connection)
    m2 = marker()
    started = time.monotonic()
    res = ws.sql.run(f"SELECT 7 AS seven /* run:{m2} */", cid)
    assert res.table.column(0).to_pylist() == [7] and proxy.executions(m2) == 1
    ROWS.append(
        {
            "fault": f"killed mid-query: {way}",
            "where": LABEL[server.kind],
            "shown": f"{err.title}: {err.message}",
            "next_ok": True,
            "next_s": time.monotonic() - started,
            "executions": proxy.executions(m),
            "to_error_s": to_error,
            "server_work_gone_s": orphan_s,
            "limit_s": ws.ctx.settings.query_timeout_s,
        }
    )


@pytest.mark.postgres
@pytest.mark.mysql
def test_database_down_then_back(server, proxy, ws):
    cid = ws.connections.add(f"{server.kind} via proxy", server.kind, server.options(proxy.port))
    assert ws.sql.run("SELECT 1 AS one", cid).row_count == 1
    proxy.kill()
    proxy.refuse()
    m = marker()
    started = time.monotonic()
    with pytest.raises(ConnectionFailed) as caught:
        ws.sql.run(f"SELECT 2 AS two /* run:{m} */", cid)
    to_error = time.monotonic() - started
    err = assert_clear(caught.value, SECRET)
    assert err.message.startswith("Could not connect to ")
    assert "server is running" in (err.hint or "")
    assert proxy.sent(m) == 0 and [r["status"] for r in audit_rows(ws, m)] == ["error"]
    proxy.accept()
    m2 = marker()
    assert ws.sql.run(f"SELECT 3 AS three /* run:{m2} */", cid).table.column(0).to_pylist() == [3]
    assert proxy.executions(m2) == 1
    ROWS.append(
        {
            "fault": "server down (connections refused), then back",
            "where": LABEL[server.kind],
            "shown": f"{err.title}: {err.message}",
            "next_ok": True,
            "executions": proxy.executions(m),
            "to_error_s": to_error,
        }
    )


@pytest.mark.postgres
@pytest.mark.mysql
def test_server_restart_between_queries_is_invisible(server, proxy, ws):
    """Pooled idle connections die (a restart): the next query fails on one of them before its
    statement is sent, so the engine may and does retry once on a new connection."""
    cid = ws.connections.add(f"{server.kind} via proxy", server.kind, server.options(proxy.port))
    assert ws.sql.run("SELECT 1 AS one", cid).row_count == 1
    assert proxy.kill() >= 1
    m = marker()
    started = time.monotonic()
    res = ws.sql.run(f"SELECT 4 AS four /* run:{m} */", cid)
    took = time.monotonic() - started
    assert res.table.column(0).to_pylist() == [4]
    assert proxy.executions(m) == 1 and [r["status"] for r in audit_rows(ws, m)] == ["ok"]
    ROWS.append(
        {
            "fault": "server restarted between two queries (idle pooled connections cut)",
            "where": LABEL[server.kind],
            "shown": f"(no error: the query ran on a new connection in {took:.2f} s)",
            "next_ok": True,
            "executions": proxy.executions(m),
            "to_error_s": None,
        }
    )


# -- b. the metadata store goes away ---------------------------------------------------------------
@pytest.mark.postgres
def test_postgres_metadata_store_unavailable(pg_url, monkeypatch):
    database = pg_url.rsplit("/", 1)[1]
    with (
        TcpProxy("127.0.0.1", 5432, protocol="postgres") as store_proxy,
        TcpProxy("127.0.0.1", 5432, protocol="postgres") as data_proxy,
    ):
        url = f"postgresql://postgres:{SECRET}@127.0.0.1:{store_proxy.port}/{database}"
        monkeypatch.setenv("IOPSDATA_DATABASE_URL", url)
        monkeypatch.setenv("IOPSDATA_DEMO", "false")
        ws = Workspace.open()
        data = Server("postgresql", pg_url)
        cid = ws.connections.add("data", "postgresql", data.options(data_proxy.port))
        assert ws.sql.run("SELECT 1 AS one", cid).row_count == 1

        # 1. the store dies and refuses connections: every action says so, nothing runs
        store_proxy.kill()
        store_proxy.refuse()
        m = marker()
        actions: dict[str, Callable[[], Any]] = {
            "list connections": ws.connections.list,
            "run a query": lambda: ws.sql.run(f"SELECT 1 AS one /* run:{m} */", cid),
            "save a query": lambda: ws.sql.save(f"q {m}", "SELECT 1", cid),
            "open history": ws.sql.history,
        }
        shown = {}
        for name, action in actions.items():
            started = time.monotonic()
            with pytest.raises(StoreError) as caught:
                action()
            err = assert_clear(caught.value, SECRET, url)
            assert "metadata store cannot be reached" in err.message
            shown[name] = (err, time.monotonic() - started)
        assert data_proxy.sent(m) == 0  # the query never reached the database
        wire = {name: data_proxy.executions(m) for name in actions}

        # 2. back again: the next action works without a restart
        store_proxy.accept()
        assert [c.name for c in ws.connections.list()] == ["data"]

        # 3. the store dies while a query runs: the user keeps the result, the audit row waits
        m2 = marker()
        slow = (
            f"SELECT count(*) AS n /* run:{m2} */ FROM generate_series(1, 1000) a, "
            "generate_series(1, 1000) b, generate_series(1, 60) c"
        )
        thread, out = run_in_thread(lambda: ws.sql.run(slow, cid))
        assert wait_until(lambda: len(data.sessions(m2)) == 1, 10)
        store_proxy.kill()
        store_proxy.refuse()
        thread.join(60)
        assert "error" not in out, out.get("error")
        assert out["value"].table.column(0).to_pylist() == [60_000_000]
        assert _execute.pending_audit_rows() == 1
        assert data_proxy.executions(m2) == 1
        store_proxy.accept()
        m3 = marker()
        assert ws.sql.run(f"SELECT 3 AS three /* run:{m3} */", cid).row_count == 1
        assert _execute.pending_audit_rows() == 0
        history = ws.sql.history(limit=50)
        assert [r["status"] for r in history if m2 in r["sql"]] == ["ok"]  # once, not lost
        assert [r["status"] for r in history if m3 in r["sql"]] == ["ok"]
        assert data_proxy.executions(m2) == 1 and data_proxy.executions(m3) == 1
        wire["during"] = data_proxy.executions(m2)
        ws.ctx.store.close()
    for name, (err, took) in shown.items():
        ROWS.append(
            {
                "fault": f"metadata store down: {name}",
                "where": "PostgreSQL metadata store",
                "shown": f"{err.title}: {err.message}",
                "next_ok": True,
                "executions": wire[name],
                "to_error_s": took,
            }
        )
    ROWS.append(
        {
            "fault": "metadata store cut while a query ran",
            "where": "PostgreSQL metadata store",
            "shown": "(no error: the result is shown; its audit row is written when the store is back)",
            "next_ok": True,
            "executions": wire["during"],
            "to_error_s": None,
        }
    )


def test_sqlite_metadata_file_replaced_by_a_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("IOPSDATA_DEMO", "false")
    ws = Workspace.open()
    data = tmp_path / "data.sqlite"
    import sqlite3

    with sqlite3.connect(data) as c:
        c.execute("CREATE TABLE t (x int)")
        c.execute("INSERT INTO t VALUES (1)")
    cid = ws.connections.add("local", "sqlite", {"path": str(data)})
    assert ws.sql.run("SELECT x FROM t", cid).row_count == 1
    home = Settings.from_env().home
    meta = home / "iopsdata.db"
    aside = tmp_path / "aside"
    aside.mkdir()
    moved = [p for p in home.iterdir() if p.name.startswith("iopsdata.db")]
    for p in moved:
        shutil.move(p, aside / p.name)
    meta.mkdir()
    started = time.monotonic()
    for action in (ws.connections.list, lambda: ws.sql.run("SELECT x FROM t", cid)):
        with pytest.raises(StoreError) as caught:
            action()
        err = assert_clear(caught.value)
        assert "cannot be opened: it was moved, deleted or replaced" in err.message
    to_error = (time.monotonic() - started) / 2
    meta.rmdir()
    for p in moved:
        shutil.move(aside / p.name, p)
    assert ws.sql.run("SELECT x FROM t", cid).row_count == 1  # back without a restart
    assert [r["status"] for r in ws.sql.history()] == ["ok", "ok"]
    assert not any(os.scandir(aside))
    ROWS.append(
        {
            "fault": "metadata file replaced by a folder mid-session",
            "where": "SQLite metadata store",
            "shown": f"{err.title}: {err.message}",
            "next_ok": True,
            "executions": "— (file)",
            "to_error_s": to_error,
        }
    )


@contextmanager
def read_only(paths: list[Path]) -> Iterator[None]:
    """Make files unwritable mid-session, even for root (``chattr +i``; ``chmod`` for others).

    The WAL index (``-shm``) is left alone: SQLite maps it into memory, and an unwritable mapping
    kills the process with SIGBUS (seen here; the same would happen to any SQLite WAL user)."""
    names = [str(p) for p in paths]
    if os.geteuid() == 0:
        if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", *names]).returncode:
            unavailable("chattr +i (immutable files) for a read-only test as root")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", *names], check=True)
    else:
        modes = {p: p.stat().st_mode for p in paths}
        for p in paths:
            p.chmod(0o444)
        try:
            yield
        finally:
            for p, mode in modes.items():
                p.chmod(mode)


def test_sqlite_metadata_made_read_only_mid_session(tmp_path, monkeypatch):
    monkeypatch.setenv("IOPSDATA_DEMO", "false")
    ws = Workspace.open()
    data = tmp_path / "data.sqlite"
    import sqlite3

    with sqlite3.connect(data) as c:
        c.execute("CREATE TABLE t (x int)")
        c.execute("INSERT INTO t VALUES (1)")
    cid = ws.connections.add("local", "sqlite", {"path": str(data)})
    assert ws.sql.run("SELECT x FROM t", cid).row_count == 1
    home = Settings.from_env().home
    files = [p for p in home.iterdir() if p.name in ("iopsdata.db", "iopsdata.db-wal")]
    m = marker()
    with read_only(files):
        assert [c.name for c in ws.connections.list()] == ["local"]  # reading still works
        started = time.monotonic()
        with pytest.raises(StoreError) as caught:
            ws.sql.save("kept", "SELECT 1", cid)
        to_error = time.monotonic() - started
        err = assert_clear(caught.value)
        assert "cannot write to its file" in err.message
        # a query still runs and the user keeps the result; its audit row waits in memory
        res = ws.sql.run(f"SELECT x, '{m}' AS run FROM t", cid)
        assert res.table.column("x").to_pylist() == [1]
        assert _execute.pending_audit_rows() == 1
    assert ws.sql.save("kept", "SELECT 1", cid)  # back without a restart
    ws.sql.run("SELECT 2 AS two", cid)
    assert _execute.pending_audit_rows() == 0
    assert [r["status"] for r in ws.sql.history() if m in r["sql"]] == ["ok"]  # once, not lost
    assert len(ws.sql.history()) == 3
    ROWS.append(
        {
            "fault": "metadata file made read-only mid-session (save; then a query)",
            "where": "SQLite metadata store",
            "shown": f"{err.title}: {err.message}",
            "next_ok": True,
            "executions": "— (file)",
            "to_error_s": to_error,
        }
    )


# -- c. the AI provider misbehaves -------------------------------------------------------------------
LLM_TIMEOUT_S = 4.0
PROVIDER_FAULTS = [
    # id, the scripted fault, how many times (the SDK retries 429/500 twice), expected words
    ("timeout (no answer)", Fault.hang(seconds=30), 1, "did not finish answering within 4 seconds"),
    ("HTTP 429 with retry-after", Fault.rate_limit(retry_after=0.05), 3, "(HTTP 429)"),
    ("HTTP 500", Fault.server_error(), 3, "(HTTP 500)"),
    ("garbage (not JSON)", Fault.junk(), 1, ""),
    ("stream cut mid-answer", None, 1, "cut off"),  # built per test: carries the SQL
    ("empty reply", Fault.empty(), 1, "returned no answer"),
]


def _answer(m: str) -> str:
    return f"```sql\nSELECT count(*) AS n FROM orders WHERE note <> 'run-{m}'\n```\nOrders counted."


@pytest.fixture
def chat(pg_url, monkeypatch) -> Iterator[tuple[Workspace, Any, TcpProxy, LlmServer]]:
    import psycopg

    with psycopg.connect(pg_url.replace("+psycopg", ""), autocommit=True) as c:
        c.execute("CREATE TABLE orders (id int PRIMARY KEY, note text)")
        c.execute("INSERT INTO orders SELECT g, 'n' || g FROM generate_series(1, 40) g")
    with (
        LlmServer() as llm,
        TcpProxy("127.0.0.1", 5432, protocol="postgres") as proxy,
    ):
        monkeypatch.setenv("IOPSDATA_DEMO", "false")
        monkeypatch.setenv("IOPSDATA_OPENAI_COMPATIBLE_BASE_URL", llm.base_url("openai"))
        monkeypatch.setenv("IOPSDATA_OPENAI_COMPATIBLE_API_KEY", KEY)
        monkeypatch.setenv("IOPSDATA_LLM_TIMEOUT_S", str(LLM_TIMEOUT_S))
        ws = Workspace.open()
        data = Server("postgresql", pg_url)
        ws.connections.add("shop", "postgresql", data.options(proxy.port))
        yield ws, ws.connections.target("shop"), proxy, llm
    POOL.close_all()


@pytest.mark.postgres
@pytest.mark.parametrize(
    ("name", "fault", "times", "words"), PROVIDER_FAULTS, ids=[f[0] for f in PROVIDER_FAULTS]
)
def test_provider_fault(chat, name, fault, times, words):
    ws, target, proxy, llm = chat
    m = marker()
    llm.enqueue(*[fault or Fault.truncated(_answer(m))] * times)
    started = time.monotonic()
    with pytest.raises(ProviderError) as caught:
        ws.assistant.ask("How many orders are there?", target)
    to_error = time.monotonic() - started
    err = assert_clear(caught.value, KEY, KEY[-8:])
    assert words in err.message
    assert to_error < LLM_TIMEOUT_S + 3.0  # bounded by the one total deadline (+ a loaded CI)
    assert proxy.sent(m) == 0 and audit_rows(ws, m) == []  # nothing ran, not even a part
    # the next question answers normally, and its SQL runs exactly once
    m2 = marker()
    llm.enqueue(_answer(m2))
    answer = ws.assistant.ask("How many orders are there?", target)
    assert answer.error is None and answer.executed
    assert answer.result.table.column(0).to_pylist() == [40]
    assert proxy.executions(m2) == 1 and len(audit_rows(ws, m2)) == 1
    ROWS.append(
        {
            "fault": f"AI provider: {name}",
            "where": "OpenAI-compatible provider (loopback)",
            "shown": f"{err.title}: {err.message}",
            "next_ok": True,
            "executions": proxy.executions(m),
            "to_error_s": to_error,
        }
    )


@pytest.mark.postgres
def test_provider_retry_does_not_run_the_sql_twice(chat):
    """A 429 then a 500 are retried by the SDK and the answer arrives: its SQL runs once."""
    ws, target, proxy, llm = chat
    m = marker()
    llm.enqueue(Fault.rate_limit(retry_after=0.05), Fault.server_error(), _answer(m))
    started = time.monotonic()
    answer = ws.assistant.ask("How many orders are there?", target)
    assert answer.error is None and answer.result.table.column(0).to_pylist() == [40]
    assert len(llm.requests) == 3
    assert proxy.executions(m) == 1 and len(audit_rows(ws, m)) == 1
    assert proxy.plans(m) == 1  # Chat's cost check asked for its plan once, before running it
    ROWS.append(
        {
            "fault": "AI provider: 429 then 500, then an answer (SDK retries)",
            "where": "OpenAI-compatible provider (loopback)",
            "shown": "(no error: the answer after 3 requests)",
            "next_ok": True,
            "executions": proxy.executions(m),
            "to_error_s": None,
            "answer_s": time.monotonic() - started,
        }
    )


# -- the report ----------------------------------------------------------------------------------------
def publish(rows: list[dict[str, Any]]) -> None:
    def secs(v: float | None) -> str:
        return "—" if v is None else f"{v:.2f} s"

    table = md_table(
        [
            "fault",
            "engine / store / provider",
            "message shown (shortened)",
            "next action",
            "executions on the wire",
            "time to error",
        ],
        [
            [
                r["fault"],
                r["where"],
                shorten(r["shown"]),
                "OK" if r["next_ok"] else "FAILED",
                r["executions"],
                secs(r["to_error_s"]),
            ]
            for r in rows
        ],
    )
    killed = [r for r in rows if "server_work_gone_s" in r]
    lines = [
        f"{len(rows)} faults were injected through the service layer the pages call "
        "(`Workspace.open()` → `ws.sql`, `ws.connections`, `ws.assistant.ask`), against the "
        "real PostgreSQL and MariaDB servers. Database and metadata-store traffic went through "
        "a loopback TCP proxy (`tests/support/tcp_proxy.py`) that cuts connections with a RST, "
        "refuses new ones, and counts the statements the client asked the server to run "
        "(PostgreSQL Query/Execute messages, MySQL COM_QUERY packets) by a unique marker in "
        'each statement: "executions on the wire" is that count.',
        "",
        *table,
        "",
        f"Every fault ended in one `IopsError` with a title and a plain message: no traceback, "
        f"no password of the connection or metadata URL, no API key. In all {len(rows)} cases "
        "the next action on the same connection, store or provider worked without a restart. "
        "A query whose connection died has exactly one audit row, marked `error`; no statement "
        "was sent twice.",
    ]
    if killed:
        worst = max(r["server_work_gone_s"] for r in killed)
        lines += [
            "",
            f"Server-side work after a kill: in all {len(killed)} mid-query kills the statement "
            f"was gone from `pg_stat_activity` / `information_schema.processlist` within "
            f"{worst:.1f} s of the fault (PostgreSQL sessions set "
            "`client_connection_check_interval`; on MariaDB the engine sends `KILL QUERY` for "
            "the lost thread), instead of running on until the connection's "
            f"{max(r['limit_s'] for r in killed):g} s limit.",
        ]
    record(
        "faults",
        title="Faults: databases, metadata store and AI provider failing",
        command="python -m pytest tests/reliability/test_faults.py",
        lines=lines,
        data={"faults": rows},
        order=50,
    )


@pytest.mark.postgres
def test_a_column_adbc_cannot_decode_runs_once(pg_url, ws):
    """Regression: such a SELECT used to run on ADBC, then again through psycopg."""
    with TcpProxy("127.0.0.1", 5432, protocol="postgres") as proxy:
        cid = ws.connections.add(
            "pg", "postgresql", Server("postgresql", pg_url).options(proxy.port)
        )
        m = marker()
        res = ws.sql.run(f"SELECT point(1, 2) AS p, 1 AS one /* run:{m} */", cid)
        assert res.table.column("p").to_pylist() == ["(1,2)"]
        assert proxy.executions(m) == 1
    POOL.close_all()
