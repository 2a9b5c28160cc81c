"""Helpers for the end-to-end tests: an app server with a custom environment, navigation and
screenshots. ``tests/browser/conftest.py`` provides the default-env ``app_server`` and ``page``."""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
import time
import urllib.request
import zipfile
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.browser.conftest import (
    ARTIFACTS,
    BUSY_APP,
    ROOT,
    SERVER_PIDS,
    START_TIMEOUT_S,
    wait_idle,
)
from tests.conftest import PROVIDER_ENV
from tests.support.ports import free_port

PAGE_LABELS = ("Chat", "SQL", "Files", "Lineage", "Knowledge", "Evaluate", "Settings")
DEMO_CONNECTION = "Demo: NYC flights 2013"
# app.py may place st.navigation in the sidebar or at the top; Streamlit's legacy page list (from
# pages/ file names) would appear in the sidebar, so both places are watched.
NAV = '[data-testid="stSidebarNav"], [data-testid="stTopNav"]'
NAV_LINKS = '[data-testid="stSidebarNav"] a, a[data-testid="stTopNavLink"]'
LOAD_TIMEOUT_MS = 90_000  # the first visitor pays the imports and, on a fresh home, the demo build


def server_command(port: int) -> list[str]:
    """``streamlit run app.py`` on a loopback port, with no external IP lookup (FACTS.md)."""
    return [
        sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
        "--server.headless", "true", "--server.address", "127.0.0.1",
        "--browser.serverAddress", "127.0.0.1", "--browser.gatherUsageStats", "false",
    ]  # fmt: skip


def wait_healthy(
    base: str, proc: subprocess.Popen, timeout_s: float, log: Path, path: str = "/_stcore/health"
) -> None:
    """Poll ``path`` until it answers ``ok``; fail if the process dies or times out."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            with urllib.request.urlopen(f"{base}{path}", timeout=2) as r:
                if r.read().strip() == b"ok":
                    return
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            pytest.fail(f"the server at {base} did not start; see {log}")
        time.sleep(0.1)


@contextmanager
def app_server_with(home: Path, env: Mapping[str, str] | None = None) -> Iterator[str]:
    """Run the app with a fresh ``IOPSDATA_HOME`` and extra environment; yields its base URL.

    Provider keys and auth settings of the calling shell are dropped, so only ``env`` counts.
    """
    home.mkdir(parents=True, exist_ok=True)
    port = free_port()
    full = {k: v for k, v in os.environ.items() if k not in PROVIDER_ENV}
    full["IOPSDATA_HOME"] = str(home)
    full.update(env or {})
    log_path = home / "server.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            server_command(port), cwd=ROOT, env=full, stdout=log, stderr=subprocess.STDOUT
        )
        try:
            base = f"http://127.0.0.1:{port}"
            wait_healthy(base, proc, START_TIMEOUT_S, log_path)
            SERVER_PIDS.add(proc.pid)
            yield base
        finally:
            SERVER_PIDS.discard(proc.pid)
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()


def open_app(page, base: str, *, signed_in: bool = True) -> None:
    """Load the app at its root and wait for the first run to finish.

    Args:
        signed_in: wait for the sidebar navigation too (False for the sign-in screen).
    """
    page.goto(base)
    if signed_in:
        nav_link(page, PAGE_LABELS[0]).wait_for(timeout=LOAD_TIMEOUT_MS)
    else:
        page.get_by_role("tab", name="Sign in").wait_for(timeout=LOAD_TIMEOUT_MS)
    wait_idle(page, LOAD_TIMEOUT_MS, after_action=False)  # the first run has drawn


def nav_link(page, label: str):
    # exact: until app.py's st.navigation has run, Streamlit shows legacy lower-case file links
    return page.locator(NAV).get_by_role("link", name=label, exact=True)


# A link's label without its Material icon's ligature text ("forum Chat" -> "Chat").
LINK_LABEL_JS = """a => {
  const c = a.cloneNode(true);
  c.querySelectorAll('[data-testid="stIconMaterial"]').forEach(i => i.remove());
  return c.innerText.replace(/\\s+/g, ' ').trim();
}"""


def nav_labels(page) -> list[str]:
    """The labels of the page navigation (sidebar or top), in order."""
    return list(page.locator(NAV_LINKS).evaluate_all(f"links => links.map({LINK_LABEL_JS})"))


def go_to(page, label: str) -> None:
    """Open a page from the navigation and wait until its title shows and it is idle."""
    heading = page.get_by_role("heading", name=label, exact=True).first
    already_there = heading.is_visible()  # then the title says nothing about the click's run
    nav_link(page, label).click()
    try:
        heading.wait_for(timeout=30_000)
    except Exception:
        # Seen under load, right after signing up (the session-cookie component's own reruns):
        # the page stays faded on the old page. A person clicks again; so does the test, once.
        nav_link(page, label).click()
        heading.wait_for(timeout=LOAD_TIMEOUT_MS)
    wait_idle(page, LOAD_TIMEOUT_MS, after_action=already_there)


def assert_no_exception(page) -> None:
    """No exception block and no traceback anywhere on the page."""
    blocks = page.locator('[data-testid="stException"]')
    assert blocks.count() == 0, blocks.all_inner_texts()
    assert page.get_by_text("Traceback (most recent call last)").count() == 0


def selectbox_value(page, label: str) -> str:
    """The shown value of the ``st.selectbox`` labelled ``label`` (a combobox in Streamlit 1.67)."""
    return page.get_by_role("combobox", name=label, exact=True).first.input_value()


def select_option(page, label: str, option: str) -> None:
    """Choose ``option`` in the ``st.selectbox`` labelled ``label``.

    A rerun that starts as the list opens (the sign-in cookie component's, after a reload) can
    close it again before the option is clicked: then the list is opened once more after the
    page is idle, as a person would.
    """
    box = page.get_by_role("combobox", name=label, exact=True).first
    choice = page.get_by_role("option", name=option, exact=True).first
    for attempt in range(2):
        wait_idle(page)
        box.click()
        try:
            choice.click(timeout=15_000 if attempt == 0 else None)
            break
        except PlaywrightTimeout:
            if attempt:
                raise
            page.keyboard.press("Escape")
    wait_idle(page)


def upload_file(page, path: Path | list[Path], attempts: int = 3) -> None:
    """Send ``path`` through the Files page's uploader and press "Add to workspace".

    Streamlit sends the file as soon as it is chosen; now and then (on a loaded machine, while a
    rerun replaces the widget) that send fails and the file chip shows an error, leaving the
    button disabled. Then the page is reopened and the file chosen again.
    """
    submit = page.get_by_role("button", name="Add to workspace")
    for attempt in range(attempts):
        wait_idle(page)
        chosen = [str(p) for p in (path if isinstance(path, list) else [path])]
        file_input(page).set_input_files(chosen)
        try:
            page.wait_for_function("b => !b.disabled", arg=submit.element_handle(), timeout=20_000)
            break
        except Exception:
            if attempt == attempts - 1:
                raise
            go_to(page, "Chat")
            go_to(page, "Files")
    # A click that lands while a rerun redraws the form can be lost (nothing starts, the button
    # stays, the file stays chosen): click again then, as a person would. A click that landed
    # starts a script run (the running indicator), then an upload (its status box names the
    # file) and, once stored, clears the chosen file; that is never clicked again (it would
    # upload the file twice).
    started = page.get_by_text(upload_status(Path(chosen[0]).name))
    chips = page.get_by_test_id("stFileUploaderFile")
    running = page.locator(BUSY_APP)  # the click's script run, before its status
    for attempt in range(attempts):
        wait_idle(page)  # so that a running indicator after the click is the click's own run
        submit.click()
        deadline = time.monotonic() + 20
        landed = False
        while time.monotonic() < deadline and not landed:
            page.wait_for_timeout(250)
            landed = bool(started.count() or running.count() or not chips.count())
        if landed:
            break
        if attempt == attempts - 1:
            raise AssertionError(f"clicking Add to workspace started no upload of {chosen}")
    wait_idle(page, 60_000)


def click_until(
    page, target, landed: Callable[[], bool], *, attempts: int = 2, idle_ms: int = 60_000
) -> bool:
    """Click ``target`` (a locator), let the page settle, and click again while ``landed()`` says
    nothing came of it: a click that lands while a rerun redraws the page can be lost, and a
    person clicks again. Returns whether the last click landed (the caller asserts what it needs).
    """
    for _ in range(attempts):
        target.click()
        wait_idle(page, idle_ms)
        if landed():
            return True
    return False


def appears(locator, timeout_ms: int) -> bool:
    """Whether ``locator`` shows within ``timeout_ms`` (for ``click_until``)."""
    try:
        locator.wait_for(timeout=timeout_ms)
        return True
    except PlaywrightTimeout:
        return False


def download(page, button, *, attempts: int = 3, timeout_ms: int = 30_000):
    """Click a download ``button`` (a locator) and return Playwright's ``Download``.

    A click that lands while a rerun redraws the button can be lost (no download starts): then
    click again, once the page is idle. When no attempt starts a download, the failure carries
    the app servers' thread stacks: a deferred download's callable runs in a server thread, and
    once (2026-12-07) the button stayed disabled for 90 s with nothing in the server log."""
    for attempt in range(attempts):
        wait_idle(page)
        try:
            with page.expect_download(timeout=timeout_ms) as started:
                button.click()
            return started.value
        except PlaywrightTimeout:
            if attempt == attempts - 1:
                path = ARTIFACTS / "download-timeout-stacks.txt"
                ARTIFACTS.mkdir(exist_ok=True)
                stacks = server_stacks()
                path.write_text(stacks)
                # in the message too: a CI log may be all that is kept of the run
                raise AssertionError(
                    f"no download started after {attempts} clicks; server stacks (all in "
                    f"{path}):\n{stacks[:8000]}"
                ) from None
    raise AssertionError("unreachable")


# py-spy (requirements-dev.txt) is a program installed beside the interpreter, not a module.
_PY_SPY = str(Path(sys.executable).with_name("py-spy"))


def server_stacks() -> str:
    """Every running app server's Python thread stacks (``py-spy dump``), for a failure report."""
    out = []
    for pid in sorted(SERVER_PIDS):
        try:
            dump = subprocess.run(
                [_PY_SPY, "dump", "--pid", str(pid)],
                capture_output=True,
                text=True,
                timeout=30,
            )
            out.append(f"== pid {pid}\n{dump.stdout}{dump.stderr}")
        except (OSError, subprocess.TimeoutExpired) as exc:
            out.append(f"== pid {pid}: no dump ({exc})")
    return "\n".join(out) or "(no app server running)"


def save_screenshot(page, name: str) -> Path:
    """A full-page screenshot in test-artifacts/ (for pages outside the ``page`` fixture)."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{re.sub(r'[^A-Za-z0-9_.-]+', '_', name)}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


@contextmanager
def screenshot_on_failure(page, name: str) -> Iterator[None]:
    """Keep a screenshot of ``page`` if the block raises (pytest failures included)."""
    try:
        yield
    except BaseException:
        with suppress(Exception):  # the page may be gone; the original failure matters more
            save_screenshot(page, name)
        raise


def demo_carriers() -> int:
    """Distinct carriers in the public CSV the demo is built from (the truth, never hard-coded)."""
    from iopsdata.demo import data_dir

    with zipfile.ZipFile(data_dir() / "flights.csv.zip") as zf, zf.open("flights.csv") as raw:
        return len({row["carrier"] for row in csv.DictReader(io.TextIOWrapper(raw, "utf-8"))})


FILE_INPUT = '[data-testid="stFileUploader"] input[type="file"]'
ONE_UPLOADER = f"() => document.querySelectorAll({FILE_INPUT!r}).length === 1"


def upload_status(file_name: str) -> re.Pattern[str]:
    """The Files page's status of an upload of ``file_name`` whose click landed: under way,
    stored (new or already uploaded), or refused."""
    name = re.escape(file_name)
    return re.compile(rf"Uploading {name}…|{name}: [\d,]+ rows → table|{name}: not accepted")


def file_input(page, timeout_ms: int = 30_000):
    """The Files uploader's file input, once the page holds one: while a rerun redraws the page
    the old uploader can still be in it beside the new one (CI's load run hit two)."""
    page.wait_for_function(ONE_UPLOADER, timeout=timeout_ms)
    return page.locator(FILE_INPUT)


def editor_frame(page):
    """The SQL page's code editor frame. While a rerun replaces the editor component, the old
    iframe (zero height) and the new one can both be in the page for a moment; only the one on
    screen is the editor (a bare ``frame_locator`` then fails on two matches)."""
    return page.locator('iframe[title*="code_editor"]').filter(visible=True).last.content_frame


def submit_in_code_editor(page, sql: str, done) -> int:
    """Type ``sql`` into the SQL page's code editor, press Ctrl+Enter, and wait for ``done``.

    Returns how many presses it took. Under heavy machine load the editor component's debounced
    "changed" event can land after its "submit" event and replace it (seen in this suite while a
    60-minute soak ran beside it); a person presses again, and so does this helper, once.
    """
    frame = editor_frame(page)
    frame.locator(".ace_editor .ace_content").first.click()  # not the autocomplete popup's
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.type(sql)
    for presses in (1, 2):
        page.keyboard.press("Control+Enter")
        wait_idle(page, 60_000)
        try:
            done.wait_for(timeout=30_000 if presses == 1 else 60_000)
            return presses
        except Exception:
            if presses == 2:
                raise
            frame.locator(".ace_editor .ace_content").first.click()
    raise AssertionError("unreachable")


def replace_in_code_editor(page, sql: str) -> None:
    """Replace the SQL page's code editor text with ``sql`` in one input event (like a paste)."""
    frame = editor_frame(page)
    frame.locator(".ace_editor .ace_content").first.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.insert_text(sql)


def click_editor_button(page, name: str) -> None:
    """Click one of the code editor's own buttons (Run, Format)."""
    editor_frame(page).get_by_role("button", name=name).click()


def open_file_profile(page, caption) -> None:
    """On the Files page: open the Profile tab, profile the file if it was not profiled at upload,
    and wait for ``caption`` (a locator of the profile's "N rows × C columns … profiled in" line)."""
    page.get_by_role("tab", name="Profile").click()
    button = page.get_by_role("button", name="Profile this file")
    button.or_(caption).first.wait_for()
    if button.is_visible():
        button.click()
        wait_idle(page, 60_000)
    for _ in range(3):  # the rerun may bring the Preview tab back to the front
        if caption.is_visible():
            break
        page.get_by_role("tab", name="Profile").last.click()
        page.wait_for_timeout(500)
    caption.wait_for()
