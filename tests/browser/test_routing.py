"""A fresh server, and the first visitor opens a page URL directly: it must still go through
app.py (sign-in gate), and Streamlit's legacy list of pages/ files must never show."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, ROOT, _free_port
from tests.conftest import PROVIDER_ENV, unavailable

pytestmark = pytest.mark.browser


@pytest.fixture
def local_auth_server(tmp_path):
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k not in PROVIDER_ENV}
    env.update(IOPSDATA_HOME=str(tmp_path), IOPSDATA_AUTH="local", IOPSDATA_DEMO="false")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port), "--server.headless", "true",
         "--server.address", "127.0.0.1", "--browser.serverAddress", "127.0.0.1"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if urllib.request.urlopen(f"{base}/_stcore/health", timeout=2).read() == b"ok":
                    break
            except OSError:
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        proc.wait(10)


def test_direct_page_url_on_a_fresh_server_hits_the_sign_in_gate(local_auth_server):
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        unavailable("Debian Chromium at /usr/bin/chromium")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.goto(f"{local_auth_server}/settings")
        legacy_seen = False
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            nav = page.locator('[data-testid="stSidebarNav"]')
            if nav.count() and "settings" in nav.inner_text().lower():
                legacy_seen = True
            if page.get_by_role("button", name="Sign in").count():
                break
            time.sleep(0.05)
        try:
            assert page.get_by_role("button", name="Sign in").count() == 1, "the sign-in gate did not run"
            assert not legacy_seen, "the legacy pages/ list was shown"
            assert page.get_by_text("Connections").count() == 0  # no settings content before sign-in
        except AssertionError:
            (ROOT / "test-artifacts").mkdir(exist_ok=True)
            page.screenshot(path=str(ROOT / "test-artifacts" / "routing.png"), full_page=True)
            raise
        finally:
            browser.close()
