"""A bounded load driver: N signed-in browser sessions against one real ``streamlit run``.

Each session is its own Chromium context (own cookies, own Streamlit session, own account with
``IOPSDATA_AUTH=local`` and so its own workspace). It loops for a fixed time, with think time
between actions, over the three things users do most:

- ``sql_pg``: the SQL page on a saved PostgreSQL connection;
- ``sql_files``: the SQL page on the session's uploaded file (``Files`` connection);
- ``chat``: a Chat question answered by the loopback LLM server through the real OpenAI SDK,
  whose SQL then runs on PostgreSQL.

Every action asks for a row count ``k`` that is new for the session, and waits for the caption
"k rows × c columns": the latency is click-to-correct-result, and a wrong or missing result is an
error. Every query carries the session's canary; each session's websocket frames are scanned for
the other sessions' canaries (cross-session isolation). A sampler reads the server's RSS, open file
descriptors and temp files every few seconds.

Used by ``tests/reliability/test_load.py`` (short, in CI) and ``bench/load_bench.py`` (10-minute
load and 60-minute soak, figures in docs/RELIABILITY.md).
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import os
import re
import statistics
import subprocess
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.browser.conftest import BUSY_APP, CHROMIUM, IDLE_APP, STATUS_WIDGET
from tests.browser.conftest import CHROMIUM_ARGS as BROWSER_ARGS
from tests.browser.support import (
    FILE_INPUT,
    ONE_UPLOADER,
    server_command,
    upload_status,
    wait_healthy,
)
from tests.reliability.session_base import SessionBase
from tests.support.llm_server import LlmServer, Recorded, Reply
from tests.support.ports import free_port

# Longest a script run may take while the server is saturated (sessions signing in at once)
SLOW_RUN_MS = 120_000

ROOT = Path(__file__).resolve().parents[2]
# many pages share the machine: keep background pages' timers running at full speed
CHROMIUM_ARGS = [
    *BROWSER_ARGS,
    "--disable-renderer-backgrounding",
    "--disable-background-timer-throttling",
]
PASSWORD = "load-test-password-1"
ORDERS = 20_000  # rows in the PostgreSQL table the sessions query
FILE_ROWS = 5_000  # rows in each session's uploaded CSV
SQL_ROWS = 1_000  # rows a SQL action asks for (the SQL page shows up to 10,000)
CHAT_ROWS = 200  # rows a Chat answer returns (Chat shows up to 5,000, with a chart)
KINDS = ("sql_pg", "sql_files", "chat")
CAPTION = re.compile(r"^([\d,]+) rows? × (\d+) columns?")


@dataclass
class LoadConfig:
    sessions: int = 20
    duration_s: float = 600.0
    warmup_s: float = 120.0
    think_s: tuple[float, float] = (5.0, 15.0)  # reading a result before the next action
    arrival_gap_s: float = 2.0  # sessions arrive one by one, as people do
    mix: dict[str, float] = field(
        default_factory=lambda: {"sql_pg": 0.4, "sql_files": 0.3, "chat": 0.3}
    )
    sample_every_s: float = 5.0
    action_timeout_s: float = 120.0
    driver: str = "browser"  # "browser": one Chromium context per session; "ws": Streamlit's
    # websocket protocol without a browser (tests/reliability/ws_session.py)
    replicas: int = 0  # 0: one server; N: N replicas behind nginx on a PostgreSQL metadata store
    seed: int = 20261123


@dataclass
class Action:
    session: int
    kind: str
    started: float  # seconds since the load began
    seconds: float
    ok: bool
    error: str = ""


@dataclass
class Sample:
    t: float
    rss_mb: float
    fds: int
    temp_files: int
    threads: int


@dataclass
class LoadResult:
    config: LoadConfig
    actions: list[Action]
    samples: list[Sample]
    setup_s: float
    leaks: list[str]  # "session i saw session j's canary in a frame"
    frames: int
    own_canary_frames: int
    llm_requests: int
    server_errors: list[str]  # tracebacks/exceptions in the server log
    retries: list[str]  # a lost click or reset typing the driver repeated, as a person would

    @property
    def errors(self) -> list[Action]:
        return [a for a in self.actions if not a.ok]

    def latency(self, kind: str | None = None, *, after_warmup: bool = True) -> dict[str, float]:
        secs = sorted(
            a.seconds
            for a in self.actions
            if a.ok
            and (kind is None or a.kind == kind)
            and (not after_warmup or a.started >= self.config.warmup_s)
        )
        if not secs:
            return {"n": 0, "p50": float("nan"), "p95": float("nan"), "max": float("nan")}
        return {
            "n": len(secs),
            "p50": statistics.median(secs),
            "p95": secs[min(len(secs) - 1, round(0.95 * (len(secs) - 1)))],
            "max": secs[-1],
        }

    @property
    def warm_at(self) -> float:
        """When warm-up ended: ``warmup_s``, or later if some kind of action had not finished
        once by then. The first of each kind loads what it needs (modules, the engines' pools,
        caches), and that is start-up, not growth: on a loaded machine lost sign-in clicks (30 s
        each to notice) once left a CI run's server idle at 170 MB until 40 s, and a 35 s
        baseline read a 119% "growth" that was the first queries' imports."""
        firsts = [
            min((a.started + a.seconds for a in self.actions if a.ok and a.kind == k), default=0.0)
            for k in {a.kind for a in self.actions}
        ]
        return max([self.config.warmup_s, *firsts])

    def growth(self, attr: str) -> tuple[float, float, float]:
        """(value at the end of warm-up, value at the end, relative growth), each the median of
        the samples in the first/last tenth of the measured window, so one spike does not count.
        A window of fewer than four samples is widened to the last four."""
        measured = [s for s in self.samples if s.t >= self.warm_at]
        if len(measured) < 4:
            measured = self.samples[-4:]
        span = max(1, len(measured) // 10)
        start = statistics.median(getattr(s, attr) for s in measured[:span])
        end = statistics.median(getattr(s, attr) for s in measured[-span:])
        return start, end, (end - start) / start if start else 0.0


# -- the server under load ---------------------------------------------------------------------


def canary(i: int, run: str) -> str:
    return f"cnry{run}s{i:02d}x"


def _responder(record: Recorded) -> Reply:
    """Answer a Chat question "… tag=<canary> k=<n>" with SQL that returns k rows and the tag."""
    body = record.body or {}
    text = " ".join(
        str(m.get("content")) for m in body.get("messages") or [] if m.get("role") == "user"
    )
    tags = re.findall(r"tag=(cnry\w+x)", text)
    ks = re.findall(r"\bk=(\d+)", text)
    tag, k = (tags[-1], ks[-1]) if tags and ks else ("none", "1")
    sql = f"SELECT '{tag}' AS tag, id, amount FROM orders WHERE id <= {int(k)} ORDER BY id"
    return Reply(f"These are the first orders.\n\n```sql\n{sql}\n```\n")


def _create_pg_database(admin_url: str, name: str, *, orders: bool = True) -> str:
    import psycopg

    with psycopg.connect(f"{admin_url.rsplit('/', 1)[0]}/postgres", autocommit=True) as con:
        con.execute(f'CREATE DATABASE "{name}"')
    url = f"{admin_url.rsplit('/', 1)[0]}/{name}"
    if not orders:
        return url
    with psycopg.connect(url, autocommit=True) as con:
        con.execute(
            "CREATE TABLE orders (id integer PRIMARY KEY, region text NOT NULL,"
            " amount numeric(10, 2) NOT NULL)"
        )
        con.execute(
            "INSERT INTO orders SELECT g, (ARRAY['north','south','east','west'])[1 + g % 4],"
            f" (g * 37 % 1000) / 10.0 FROM generate_series(1, {ORDERS}) g"
        )
        con.execute("COMMENT ON TABLE orders IS 'One row per customer order.'")
    return url


def _drop_pg_database(admin_url: str, name: str) -> None:
    import psycopg

    with psycopg.connect(f"{admin_url.rsplit('/', 1)[0]}/postgres", autocommit=True) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextlib.contextmanager
def _environ(env: dict[str, str]) -> Iterator[None]:
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


@dataclass
class LoadServer:
    base: str
    pid: int
    home: Path
    tmp: Path
    log: Path
    emails: list[str]
    files: list[Path]
    canaries: list[str]
    llm: LlmServer
    logs: list[Path] = field(default_factory=list)  # every replica's log, when there are several


@contextlib.contextmanager
def load_server(
    workdir: Path, sessions: int, pg_admin_url: str, replicas: int = 0
) -> Iterator[LoadServer]:
    """Accounts, workspaces and a PostgreSQL connection per session (set up through the service
    layer, as an admin script would), then ``streamlit run app.py`` on a loopback port.

    With ``replicas``, that many replicas behind nginx instead (``tests/browser/replicas.py``), on
    a PostgreSQL metadata store; ``pid`` is then the first replica's (the sampled one).
    """
    from cryptography.fernet import Fernet

    run = uuid.uuid4().hex[:6]
    home, tmp = workdir / "home", workdir / "home" / "tmp"
    tmp.mkdir(parents=True, exist_ok=True)
    db = f"iops_load_{run}"
    pg = _create_pg_database(pg_admin_url, db)
    meta_db = f"iops_load_meta_{run}"
    if replicas:
        _create_pg_database(pg_admin_url, meta_db, orders=False)
    llm = LlmServer(responder=_responder).start()
    env = {
        **(
            {
                "IOPSDATA_DATABASE_URL": pg_admin_url.rsplit("/", 1)[0].replace(
                    "postgresql://", "postgresql+psycopg://", 1
                )
                + f"/{meta_db}",
                "STREAMLIT_SERVER_COOKIE_SECRET": uuid.uuid4().hex * 2,
            }
            if replicas
            else {}
        ),
        "IOPSDATA_HOME": str(home),
        "IOPSDATA_AUTH": "local",
        "FERNET_KEY": Fernet.generate_key().decode(),
        "IOPSDATA_LLM_PROVIDER": "openai_compatible",
        "IOPSDATA_OPENAI_COMPATIBLE_BASE_URL": llm.base_url("openai_compatible"),
        "TMPDIR": str(tmp),
    }
    emails = [f"load{i:02d}-{run}@example.com" for i in range(sessions)]
    canaries = [canary(i, run) for i in range(sessions)]
    files: list[Path] = []
    proc = None
    try:
        with _environ(env):
            from iopsdata.auth.local import LocalAuth
            from iopsdata.bootstrap import open_runtime
            from iopsdata.config import Settings
            from iopsdata.workspace import Workspace

            settings = Settings.from_env()
            runtime = open_runtime(settings)
            auth = LocalAuth(runtime.store, settings)
            for email in emails:
                user = auth.sign_up(email, PASSWORD)
                ws = Workspace.open(settings, runtime=runtime, user_id=user.user_id)
                ws.connections.add_url("warehouse", pg)
        for i, tag in enumerate(canaries):
            path = workdir / f"sales_{i:02d}.csv"
            with path.open("w", newline="") as fh:
                out = csv.writer(fh)
                out.writerow(["n", "tag", "amount"])
                out.writerows((n, tag, n * 3 % 101) for n in range(1, FILE_ROWS + 1))
            files.append(path)

        if replicas:
            from tests.browser.replicas import cluster

            workdir_lb = workdir / "lb"
            workdir_lb.mkdir()
            with cluster(workdir_lb, env["IOPSDATA_DATABASE_URL"], replicas, env) as lb:
                first = lb.replicas[0]
                yield LoadServer(
                    lb.base, first.proc.pid, home, tmp, first.log, emails, files, canaries, llm,
                    logs=[r.log for r in lb.replicas],
                )  # fmt: skip
            return
        port = free_port()
        full = {k: v for k, v in os.environ.items() if not k.startswith(("IOPSDATA_", "OPENAI"))}
        full.update(env)
        log = home / "server.log"
        with log.open("wb") as fh:
            proc = subprocess.Popen(
                server_command(port), cwd=ROOT, env=full, stdout=fh, stderr=subprocess.STDOUT
            )
        base = f"http://127.0.0.1:{port}"
        wait_healthy(base, proc, 90, log)
        yield LoadServer(base, proc.pid, home, tmp, log, emails, files, canaries, llm)
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
        llm.stop()
        _drop_pg_database(pg_admin_url, db)
        if replicas:
            _drop_pg_database(pg_admin_url, meta_db)


# -- measuring the server ------------------------------------------------------------------------


def sample(pid: int, tmp: Path, t: float) -> Sample:
    status = Path(f"/proc/{pid}/status").read_text()
    rss_kb = int(re.search(r"VmRSS:\s+(\d+)", status).group(1))  # type: ignore[union-attr]
    threads = int(re.search(r"Threads:\s+(\d+)", status).group(1))  # type: ignore[union-attr]
    fds = len(os.listdir(f"/proc/{pid}/fd"))
    temp_files = sum(1 for p in tmp.rglob("*") if p.is_file())
    return Sample(t, rss_kb / 1024, fds, temp_files, threads)


# -- one session ---------------------------------------------------------------------------------


async def act_until(session: Any, stop_at: float, timed: Any) -> None:
    """A session's working loop: think, pick an action by the mix, run it timed, until ``stop_at``.
    Shared by the Chromium session and the websocket one (``ws_session.py``)."""
    while time.monotonic() < stop_at:
        await asyncio.sleep(session.rng.uniform(*session.cfg.think_s))
        if time.monotonic() >= stop_at:
            break
        mix = session.cfg.mix
        kind = session.rng.choices(list(mix), weights=list(mix.values()))[0]
        if kind == "sql_files" and not session.file_table:
            kind = "sql_pg"
        await timed(kind)


class _Session(SessionBase):
    def __init__(self, i: int, server: LoadServer, cfg: LoadConfig, t0: float) -> None:
        super().__init__(i, server, cfg, t0)
        self.frames: list[bytes] = []
        self.page_now = ""

    def _on_ws(self, ws: Any) -> None:
        def keep(payload: Any) -> None:
            self.frames.append(payload if isinstance(payload, bytes) else payload.encode())

        ws.on("framereceived", keep)

    async def run(self, browser: Any, stop_at: float) -> None:
        context = await browser.new_context(viewport={"width": 1280, "height": 800})
        page = await context.new_page()
        page.set_default_timeout(self.cfg.action_timeout_s * 1000)
        page.on("websocket", self._on_ws)
        try:
            await self._timed(page, "sign_in", self._sign_in(page))
            await self._timed(page, "upload", self._upload(page))
            step = {"sql_pg": self._sql_pg, "sql_files": self._sql_files, "chat": self._chat}
            await act_until(self, stop_at, lambda kind: self._timed(page, kind, step[kind](page)))
        finally:
            await context.close()

    async def _timed(self, page: Any, kind: str, work: Any) -> None:
        started = time.monotonic()
        try:
            await work
            await self._no_error_shown(page)
            ok, error = True, ""
        except Exception as exc:  # the action failed: count it, reload, and carry on
            ok, error = False, f"{type(exc).__name__}: {str(exc).splitlines()[0][:300]}"
            shots = os.environ.get("IOPSDATA_LOAD_SCREENSHOTS")
            if shots:
                with contextlib.suppress(Exception):
                    name = f"s{self.i:02d}_{kind}_{len(self.actions)}.png"
                    await page.screenshot(path=str(Path(shots) / name), full_page=True)
            with contextlib.suppress(Exception):
                await self._recover(page)
        self.actions.append(
            Action(self.i, kind, started - self.t0, time.monotonic() - started, ok, error)
        )

    async def _no_error_shown(self, page: Any) -> None:
        if await page.locator('[data-testid="stException"]').count():
            raise AssertionError("an exception block is shown")
        alerts = page.locator('[data-testid="stAlertContentError"]')
        if await alerts.count():
            raise AssertionError(f"error shown: {(await alerts.first.inner_text())[:200]}")

    async def _recover(self, page: Any) -> None:
        self.page_now = ""
        await page.reload()
        await self._sign_in(page)

    async def _idle(self, page: Any, timeout_ms: float = 30_000) -> None:
        await page.wait_for_timeout(250)
        await page.locator(IDLE_APP).wait_for(state="attached", timeout=timeout_ms)
        await page.locator(STATUS_WIDGET).wait_for(state="detached", timeout=timeout_ms)

    async def _sign_in(self, page: Any) -> None:
        """Sign in; a rerun that lands while the form is being filled clears it, so check and retry."""
        await page.goto(self.server.base)
        await page.get_by_role("tab", name="Sign in").wait_for()
        await self._idle(page)
        await page.wait_for_timeout(1000)  # people take a moment to type
        email = page.get_by_role("textbox", name="Email", exact=True).filter(visible=True)
        pw = page.get_by_role("textbox", name="Password", exact=True).filter(visible=True)
        for attempt in range(3):
            await email.fill(self.server.emails[self.i])
            await pw.fill(PASSWORD)
            if await email.input_value() != self.server.emails[self.i]:
                continue
            await (
                page.get_by_role("button", name="Sign in", exact=True).filter(visible=True).click()
            )
            try:
                await self._nav(page, "Chat").wait_for(timeout=30_000 if attempt < 2 else None)
                break
            except Exception:
                if attempt == 2 or not await email.count():
                    raise
                self.retries.append("sign-in click")
        # signed in once the browser holds the session cookie: its component's frames rerun
        # the page until then, and a person's next click would land on a moving page
        await page.wait_for_function("document.cookie.includes('iops_session=')", timeout=90_000)
        await self._idle(page)
        self.page_now = "Chat"

    def _nav(self, page: Any, label: str) -> Any:
        return page.locator('[data-testid="stTopNav"]').get_by_role("link", name=label, exact=True)

    async def _go(self, page: Any, label: str) -> None:
        """Open a page from the top navigation. A click that lands while a rerun redraws the
        navigation (right after signing in, on a loaded server) can be lost: the page stays
        where it was; then click again, as a person would, and count it in ``retries``."""
        if self.page_now == label:
            return
        heading = page.get_by_role("heading", name=label, exact=True).first
        for attempt in range(3):
            await self._nav(page, label).click()
            try:
                await heading.wait_for(timeout=30_000 if attempt < 2 else None)
                break
            except Exception:
                if attempt == 2:
                    raise
                self.retries.append(f"navigation click to {label} lost in a rerun")
        await self._idle(page)
        self.page_now = label

    async def _select(self, page: Any, label: str, option: str) -> None:
        """Pick ``option``; a rerun that lands while the list is open closes it, so retry."""
        box = page.get_by_role("combobox", name=label, exact=True).first
        for attempt in range(3):
            if (await box.input_value()) == option:
                return
            await self._idle(page)
            await box.click()
            try:
                await page.get_by_role("option", name=option, exact=True).first.click(
                    timeout=10_000
                )
            except Exception:
                if attempt == 2:
                    raise
                await page.keyboard.press("Escape")
            await self._idle(page)
        if (await box.input_value()) != option:
            raise AssertionError(f"{label}: could not choose {option!r}")

    async def _upload(self, page: Any) -> None:
        """Upload the session's CSV on the Files page and check every row arrived.

        A click that lands while a rerun redraws the form is lost (nothing happens, the button
        stays): then click again, as a person would, and count it in ``retries``. A click that
        landed starts a script run (Streamlit's running indicator shows; on a server busy signing
        other sessions in, the upload's own status box can take longer than 30 s to follow) and
        then an upload: either is waited for, never clicked again (a second click would restart
        the script and the upload with it; CI's load run lost its first upload that way).
        """
        path = self.server.files[self.i]
        await self._go(page, "Files")
        submit = page.get_by_role("button", name="Add to workspace")
        uploader = page.locator(FILE_INPUT)
        chip = page.locator('[data-testid="stFileUploader"]').get_by_text(path.name, exact=True)
        name = re.escape(path.name)
        done = page.get_by_text(re.compile(rf"{name}: [\d,]+ rows → table \w+"))
        refused = page.get_by_text(f"{path.name}: not accepted")
        started = page.get_by_text(upload_status(path.name))
        running = page.locator(BUSY_APP)
        for attempt in range(3):
            if not await chip.count():
                # a rerun leaves the old uploader beside the new one until it ends, and on a
                # server busy signing other sessions in a run can take well over 30 s
                await page.wait_for_function(ONE_UPLOADER, timeout=SLOW_RUN_MS)
                await uploader.set_input_files(str(path))
                await chip.wait_for(timeout=30_000)
            await page.wait_for_function(
                "b => !b.disabled", arg=await submit.element_handle(), timeout=SLOW_RUN_MS
            )
            await self._idle(page, SLOW_RUN_MS)  # a running indicator after the click is its own
            await submit.click()
            try:
                await started.or_(running).first.wait_for(timeout=30_000)
                break
            except Exception:
                if attempt == 2:
                    raise
                self.retries.append("file choice or upload click lost in a rerun")
        await done.or_(refused).first.wait_for(timeout=300_000)
        if await refused.count():
            raise AssertionError(f"{path.name} was not accepted")
        label = re.search(r": ([\d,]+) rows → table (\w+)", await done.first.inner_text())
        assert label is not None
        rows = int(label[1].replace(",", ""))
        if rows != FILE_ROWS:
            raise AssertionError(f"uploaded {rows} rows, wrote {FILE_ROWS}")
        self.file_table = label[2]
        await self._idle(page)

    async def _run_sql(self, page: Any, connection: str, sql: str, k: int, cols: int) -> None:
        await self._go(page, "SQL")
        await self._select(page, "Connection", connection)
        area = page.locator('textarea[aria-label="SQL"]')
        for _ in range(3):  # the toggle's click can be lost in a concurrent rerun: check, retry
            if await area.count():
                break
            await page.get_by_text("Plain editor").click()
            await self._idle(page)
            try:
                await area.wait_for(timeout=20_000)
            except Exception:
                self.retries.append("plain-editor click lost in a rerun")
        for attempt in range(3):  # a rerun landing mid-typing can reset the box: check, retry
            last = attempt == 2
            await area.fill(sql)
            await area.press("Control+Enter")
            await self._idle(page)
            if await area.input_value() != sql:
                self.retries.append("typing reset by a rerun")
                continue
            await page.get_by_role("button", name="Run", exact=True).click()
            try:
                await self._caption(page, k, cols, timeout_s=None if last else 30)
                return
            except Exception:
                if last or await area.input_value() == sql:
                    # the query is there and still no result: wait out the full timeout
                    await self._caption(page, k, cols)
                    return
                self.retries.append("typing reset by a rerun before Run")
        raise AssertionError("the SQL box did not keep the typed query")

    async def _caption(
        self, page: Any, k: int, cols: int, *, timeout_s: float | None = None, seen: int = 0
    ) -> None:
        """Wait for a "k rows × cols columns" caption; with ``seen``, for one more than that many
        (Chat keeps earlier answers' grids, which may show the same caption)."""
        want = page.get_by_text(re.compile(rf"^{k:,} rows? × {cols} columns?"))
        await want.nth(seen).wait_for(timeout=None if timeout_s is None else timeout_s * 1000)

    async def _sql_pg(self, page: Any) -> None:
        k = self._k(SQL_ROWS)
        sql = f"SELECT '{self.tag}' AS tag, id, amount FROM orders WHERE id <= {k} ORDER BY id"
        await self._run_sql(page, "warehouse", sql, k, 3)

    async def _sql_files(self, page: Any) -> None:
        k = self._k(SQL_ROWS)
        sql = f"SELECT n, tag, amount FROM {self.file_table} WHERE n <= {k} ORDER BY n"
        await self._run_sql(page, "Files (uploaded files)", sql, k, 3)

    async def _chat(self, page: Any) -> None:
        await self._go(page, "Chat")
        if self.chat_turns >= 5:  # people start a new chat now and then; threads stay short
            await page.get_by_role("button", name="New chat").click()
            await self._idle(page)
            self.chat_turns = 0
        await self._select(page, "Ask about", "warehouse")
        k = self._k(CHAT_ROWS)
        earlier = await page.get_by_text(re.compile(rf"^{k:,} rows? × 3 columns?")).count()
        box = page.get_by_placeholder("Ask a question about your data")
        await box.fill(f"Show the first orders, tag={self.tag} k={k}")
        await box.press("Enter")
        self.chat_turns += 1
        await self._caption(page, k, 3, seen=earlier)


# -- the whole load ------------------------------------------------------------------------------


async def _drive(server: LoadServer, cfg: LoadConfig) -> tuple[list[Any], list[Sample]]:
    samples: list[Sample] = []
    t0 = time.monotonic()
    stop_at = t0 + cfg.duration_s

    async def sampler() -> None:
        while time.monotonic() < stop_at + 1:
            samples.append(sample(server.pid, server.tmp, time.monotonic() - t0))
            await asyncio.sleep(cfg.sample_every_s)

    async def start(sessions: list[Any], browser: Any) -> None:
        tasks = [asyncio.create_task(sampler())]
        for s in sessions:
            tasks.append(asyncio.create_task(s.run(browser, stop_at)))
            await asyncio.sleep(cfg.arrival_gap_s)
        await asyncio.gather(*tasks)

    if cfg.driver == "ws":
        from tests.reliability.ws_session import WsSession

        ws_sessions = [WsSession(i, server, cfg, t0) for i in range(cfg.sessions)]
        await start(ws_sessions, None)
        return ws_sessions, samples

    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        sessions = [_Session(i, server, cfg, t0) for i in range(cfg.sessions)]
        await start(sessions, browser)
        await browser.close()
    return sessions, samples


def run_load(workdir: Path, cfg: LoadConfig, pg_admin_url: str) -> LoadResult:
    started = time.monotonic()
    with load_server(workdir, cfg.sessions, pg_admin_url, cfg.replicas) as server:
        setup_s = time.monotonic() - started
        # its own thread and event loop: under pytest the browser suite's sync Playwright may
        # already run a loop in the main thread, and asyncio.run refuses to nest
        with ThreadPoolExecutor(1) as pool:
            sessions, samples = pool.submit(asyncio.run, _drive(server, cfg)).result()
        llm_requests = len(server.llm.requests)
        log = "\n".join(p.read_text(errors="replace") for p in server.logs or [server.log])
    leaks: list[str] = []
    own = 0
    for s in sessions:
        blob = b"\n".join(s.frames)
        own += sum(1 for f in s.frames if s.tag.encode() in f)
        for j, other in enumerate(server.canaries):
            if j != s.i and other.encode() in blob:
                leaks.append(f"session {s.i} received session {j}'s canary")
    server_errors = _tracebacks(log)
    return LoadResult(
        config=cfg,
        actions=[a for s in sessions for a in s.actions],
        samples=samples,
        setup_s=setup_s,
        leaks=leaks,
        frames=sum(len(s.frames) for s in sessions),
        own_canary_frames=own,
        llm_requests=llm_requests,
        server_errors=server_errors,
        retries=[r for s in sessions for r in s.retries],
    )


def _tracebacks(log: str, context: int = 40) -> list[str]:
    """Each traceback in the server log, colour codes removed, with the lines that follow it."""
    lines = [re.sub(r"\x1b\[[0-9;]*m", "", line) for line in log.splitlines()]
    return [
        "\n".join(lines[i : i + context]) for i, line in enumerate(lines) if "Traceback" in line
    ]


def _span(seconds: float) -> str:
    """``2 min`` for whole minutes, else ``75 s``."""
    return f"{seconds / 60:.0f} min" if seconds % 60 == 0 else f"{seconds:.0f} s"


def summary_lines(result: LoadResult, label: str) -> list[str]:
    """Markdown for docs/RELIABILITY.md, from the measured result."""
    from tests.reliability.figures import md_table

    cfg = result.config
    rows = []
    for kind in (*KINDS, "upload", "sign_in"):
        done = [a for a in result.actions if a.kind == kind]
        lat = result.latency(kind, after_warmup=kind in KINDS)
        rows.append(
            [
                kind,
                len(done),
                sum(1 for a in done if not a.ok),
                f"{lat['p50']:.2f}",
                f"{lat['p95']:.2f}",
                f"{lat['max']:.2f}",
            ]
        )
    rss0, rss1, rss_g = result.growth("rss_mb")
    fd0, fd1, _ = result.growth("fds")
    tf0, tf1, _ = result.growth("temp_files")
    th0, th1, _ = result.growth("threads")
    total = len(result.actions)
    lines = [
        f"**{label}**: {cfg.sessions} concurrent signed-in sessions ("
        + ("one Chromium context" if cfg.driver == "browser" else "one websocket client")
        + " and one account each"
        + (f"; {cfg.replicas} replicas behind nginx" if cfg.replicas else "")
        + f") for {_span(cfg.duration_s)}, think time "
        f"{cfg.think_s[0]:.0f}–{cfg.think_s[1]:.0f} s, mix "
        + ", ".join(f"{k} {v:.0%}" for k, v in cfg.mix.items())
        + f"; warm-up {cfg.warmup_s:.0f} s excluded from latency, "
        f"{result.warm_at:.0f} s from growth (until each kind of action had run once).",
        "",
        f"- actions: **{total}**, errors: **{len(result.errors)}**; "
        f"server log exceptions: **{len(result.server_errors)}**",
        "- latency is click to the correct result on screen (seconds, after warm-up):",
        "",
        *md_table(["action", "count", "errors", "p50 s", "p95 s", "max s"], rows),
        "",
        f"- server RSS {rss0:.0f} MB → {rss1:.0f} MB after warm-up: **{rss_g:+.1%}**; open fds "
        f"{fd0:.0f} → {fd1:.0f}; temp files {tf0:.0f} → {tf1:.0f}; threads {th0:.0f} → {th1:.0f}",
        f"- cross-session isolation: {result.frames:,} websocket frames scanned, each session's "
        f"own canary in {result.own_canary_frames:,} of them, another session's canary in "
        f"**{len(result.leaks)}**",
        f"- LLM requests served by the loopback provider: {result.llm_requests:,}",
        f"- UI retries (a click lost or typing reset by a concurrent rerun, repeated as a person "
        f"would; not errors, but counted): {len(result.retries)}"
        + (f" ({', '.join(sorted(set(result.retries)))})" if result.retries else ""),
    ]
    if result.errors:
        lines += [
            "",
            "Errors:",
            *[f"- `{a.kind}` at {a.started:.0f} s: {a.error}" for a in result.errors[:20]],
        ]
    return lines


def result_data(result: LoadResult) -> dict[str, Any]:
    return {
        "config": result.config.__dict__,
        "setup_s": result.setup_s,
        "latency": {k: result.latency(k) for k in KINDS} | {"all": result.latency()},
        "errors": [a.__dict__ for a in result.errors],
        "actions": len(result.actions),
        "warm_at": result.warm_at,
        "rss_growth": result.growth("rss_mb"),
        "fd_growth": result.growth("fds"),
        "temp_growth": result.growth("temp_files"),
        "samples": [s.__dict__ for s in result.samples],
        "leaks": result.leaks,
        "frames": result.frames,
        "server_errors": result.server_errors[:50],
        "retries": result.retries,
    }
