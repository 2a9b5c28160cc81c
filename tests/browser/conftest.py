"""Browser fixtures: ``app_server`` (a real ``streamlit run`` on a loopback port with a fresh
IOPSDATA_HOME) and ``page`` (Debian Chromium via Playwright; a screenshot is kept on failure).

Every websocket frame of every page opened from ``chromium_browser`` is kept in ``FRAMES``; at the
end of the session no frame may carry a secret the browser tests plant (``SERVER_SECRETS``, given
to ``app_server``, in neither direction; passwords and keys the tests type, never server→browser).
"""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.conftest import PROVIDER_ENV, unavailable
from tests.reliability.canary import check_frames, make_secret
from tests.support.ports import free_port

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
# Debian's Chromium headless shell (package chromium-headless-shell, same Blink as chromium, built
# without the browser's UI layers; what Playwright itself runs headless): the same 19 browser
# tests took 91-92 CPU-seconds of the machine with it against 121-123 with /usr/bin/chromium
# (2026-12-07, serially, twice each), and Chromium's renderers are most of the suite's CPU.
CHROMIUM = "/usr/bin/chromium-headless-shell"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
START_TIMEOUT_S = 60
# Canary secrets for the shared server (issue 8): fresh per session, never shown to the browser.
SERVER_SECRETS = {
    "FERNET_KEY": Fernet.generate_key().decode(),
    "IOPSDATA_OPENAI_COMPATIBLE_API_KEY": make_secret("sk-canary-", specials=False),
}
# Module globals of the browser tests with these names hold secrets the tests type into the page.
TYPED_SECRET_NAME = re.compile(r"PASSWORD|SECRET|API_KEY|TOKEN")
FRAMES: list[tuple[str, str, bytes | str]] = []  # (test id, "sent"|"received", payload)
FAILURE_TEXT_CHARS = 4_000  # of the page's text, in a failed test's report
CONSOLE: dict[object, list[str]] = {}  # page -> its console messages


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Remember each phase's report on the item, so ``page`` knows whether the test failed."""
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)
    if report.when == "call" and report.failed:
        # CI shows only its output: what the page said and what the test's servers logged then
        for title, text in _failure_context(item):
            report.sections.append((title, text))


def _failure_context(item) -> Iterator[tuple[str, str]]:
    """For a failed test's report: the ``page`` fixture's visible text, Streamlit's connection and
    run state and the browser console's last lines, then the tail of each ``server.log`` under the
    test's ``tmp_path`` (what ``app_server_with`` writes)."""
    page = item.funcargs.get("page")
    if page is not None:
        try:
            text = page.locator("body").inner_text(timeout=3_000)
        except Exception as exc:  # the page may be gone; the failure itself matters more
            text = f"(not readable: {exc.__class__.__name__})"
        yield "page text at failure", text[-FAILURE_TEXT_CHARS:]
        yield "app state at failure", _app_state(page)
        yield "browser console (last lines)", "\n".join(CONSOLE.get(page, [])[-40:])
    tmp = item.funcargs.get("tmp_path")
    for log in sorted(Path(tmp).rglob("server.log")) if tmp is not None else []:
        lines = log.read_text(errors="replace").splitlines()[-60:]
        yield f"{log.relative_to(tmp)} (last lines)", "\n".join(lines)


def _app_state(page) -> str:
    """Streamlit's own connection and script-run state, as its root element carries them."""
    try:
        root = page.locator("[data-testid='stApp']").first
        return (
            f"connection {root.get_attribute('data-test-connection-state', timeout=2_000)}, "
            f"script {root.get_attribute('data-test-script-state', timeout=2_000)}"
        )
    except Exception as exc:
        return f"(not readable: {exc.__class__.__name__})"


@pytest.fixture(scope="session")
def app_server(tmp_path_factory) -> Iterator[str]:
    """``streamlit run app.py`` with a fresh IOPSDATA_HOME; yields its base URL."""
    home = tmp_path_factory.mktemp("browser-home")
    _SHARED_HOME[:] = [home]
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in PROVIDER_ENV}
    env["IOPSDATA_HOME"] = str(home)
    env.update(SERVER_SECRETS)
    log = (home / "server.log").open("wb")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "app.py",
            "--server.port",
            str(port),
            "--server.headless",
            "true",
            "--server.address",
            "127.0.0.1",
            "--browser.serverAddress",
            "127.0.0.1",
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + START_TIMEOUT_S
    try:
        while True:
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as r:
                    if r.read().strip() == b"ok":
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"streamlit did not start; see {home / 'server.log'}")
            time.sleep(0.2)
        SERVER_PIDS.add(proc.pid)
        yield base
    finally:
        SERVER_PIDS.discard(proc.pid)
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


_SHARED_HOME: list[Path] = []  # the shared server's IOPSDATA_HOME, once it has started
# App servers running now (the shared one and ``app_server_with``'s): whose stacks to dump when a
# browser test times out waiting on the server (``tests.browser.support.server_stacks``).
SERVER_PIDS: set[int] = set()


@pytest.fixture(autouse=True)
def _no_drafts_from_earlier_tests(request) -> None:
    """The tests on the shared server are one user, and that user's drafts (SQL text, connection,
    Lineage SQL) live in the metadata store: a draft one test left would open the next test's
    pages. Each test starts with none."""
    if "app_server" in request.fixturenames and _SHARED_HOME:
        clear_drafts(_SHARED_HOME[0])


def clear_drafts(home: Path) -> None:
    """Drop every ``draft:*`` user setting from the embedded SQLite store under ``home``."""
    import json
    import sqlite3

    db = home / "iopsdata.db"
    if not db.exists():
        return
    with sqlite3.connect(db, timeout=30) as con:
        rows = con.execute('SELECT user_id, "values" FROM user_settings').fetchall()
        for user_id, raw in rows:
            values = json.loads(raw) if isinstance(raw, str) else (raw or {})
            kept = {k: v for k, v in values.items() if not str(k).startswith("draft:")}
            if kept != values:
                con.execute(
                    'UPDATE user_settings SET "values" = ? WHERE user_id = ?',
                    (json.dumps(kept), user_id),
                )


_CHROMIUM: list[object] = []  # the running browser, shared by every copy of the fixture


@pytest.fixture(scope="session")
def chromium_browser() -> Iterator[object]:
    """Debian Chromium; one per session even when a test module outside tests/browser imports this
    fixture (a second sync Playwright cannot start inside the first one's event loop)."""
    if _CHROMIUM:
        yield _CHROMIUM[0]
        return
    if not Path(CHROMIUM).exists():
        unavailable(f"Chromium at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        new_context = chromium.new_context

        def capturing_context(*args, **kwargs):  # every context's pages, the tests' own too
            context = new_context(*args, **kwargs)
            context.on("page", _capture_frames)
            return context

        chromium.new_context = capturing_context
        _CHROMIUM.append(chromium)
        try:
            yield chromium
        finally:
            _CHROMIUM.clear()
            chromium.close()


def _capture_frames(page) -> None:
    """Keep the page's websocket frames, both directions, with the running test's id."""

    def keep(direction: str):
        def on_frame(payload) -> None:
            test = os.environ.get("PYTEST_CURRENT_TEST", "").rsplit(" (", 1)[0]
            FRAMES.append((test, direction, payload))

        return on_frame

    def on_socket(ws) -> None:
        ws.on("framesent", keep("sent"))
        ws.on("framereceived", keep("received"))

    page.on("websocket", on_socket)


def typed_secrets(items) -> dict[str, str]:
    """Secrets the collected browser tests type into pages (their ``*PASSWORD*``-like globals)."""
    found: dict[str, str] = {}
    for module in {item.module for item in items if getattr(item, "module", None)}:
        if not module.__name__.startswith("tests.browser."):
            continue
        for name, value in vars(module).items():
            if TYPED_SECRET_NAME.search(name) and isinstance(value, str) and len(value) >= 8:
                found[f"{module.__name__.rsplit('.', 1)[1]}.{name}"] = value
    return found


@pytest.fixture(scope="session", autouse=True)
def _no_secret_in_websocket_frames(request) -> Iterator[None]:
    """After the last browser test: fail if any captured frame carries a planted secret."""
    yield
    problems = check_frames(FRAMES, SERVER_SECRETS, typed_secrets(request.session.items))
    if problems:
        pytest.fail(
            f"{len(problems)} websocket frame(s) of the browser tests carry a secret:\n"
            + "\n".join(problems),
            pytrace=False,
        )


@pytest.fixture
def page(chromium_browser, request) -> Iterator[object]:
    """A fresh browser page (1400×1000); on failure its screenshot goes to test-artifacts/."""
    context = chromium_browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    pg.set_default_timeout(30_000)
    # the front-end's own log (connection drops, reconnects), for a failed test's report
    CONSOLE[pg] = console = []
    pg.on("console", lambda message: console.append(f"{message.type}: {message.text}"))
    yield pg
    CONSOLE.pop(pg, None)
    failed = getattr(request.node, "rep_call", None)
    if failed is not None and failed.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        name = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.nodeid)
        pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    context.close()


# The app's root element carries Streamlit's own script-run and connection state. The "running"
# status widget alone is not enough: after a page change it can be gone while the page's script
# still runs for a second or more, and a click then lands on elements the run is redrawing.
IDLE_APP = (
    "[data-testid='stApp'][data-test-script-state='notRunning']"
    "[data-test-connection-state='CONNECTED']"
)
BUSY_APP = "[data-testid='stApp']:not([data-test-script-state='notRunning'])"
STATUS_WIDGET = "[data-testid='stStatusWidget']"  # Streamlit's "running" indicator


# How long a just-triggered rerun may take to show in the front-end's run state: the click's
# message reaches the server, whose "script started" comes back. Measured over the browser tests
# (2026-12-07, 452 waits, serially): median 0.10 s, longest 0.30 s.
RUN_SHOWS_WITHIN_MS = 300


def wait_idle(page, timeout_ms: int = 30_000, *, after_action: bool = True) -> None:
    """Wait until the app is connected and no script runs: Streamlit's own run state says so and
    its "running" status widget is gone (FACTS.md).

    Args:
        after_action: the caller has just clicked or typed, so a rerun may be on its way and the
            page can still look idle: wait until the run shows (at most ``RUN_SHOWS_WITHIN_MS``,
            and no longer once it does) before waiting for it to end. False when the caller has
            already seen the run's own output (the new page's heading), so only its end is left.
    """
    if after_action:
        # no run showing in time (none started, or it ended between two polls): idle is checked below
        with contextlib.suppress(PlaywrightTimeout):
            page.locator(BUSY_APP).wait_for(state="attached", timeout=RUN_SHOWS_WITHIN_MS)
    page.locator(IDLE_APP).wait_for(state="attached", timeout=timeout_ms)
    page.locator(STATUS_WIDGET).wait_for(state="detached", timeout=timeout_ms)
