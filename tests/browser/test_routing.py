"""A fresh server, and the first visitor opens a page URL directly: it must still go through
app.py (sign-in gate), and Streamlit's legacy list of pages/ files must never show."""

from __future__ import annotations

import time

import pytest

from tests.browser.support import app_server_with, screenshot_on_failure

pytestmark = pytest.mark.browser


def test_direct_page_url_on_a_fresh_server_hits_the_sign_in_gate(page, tmp_path):
    env = {"IOPSDATA_AUTH": "local", "IOPSDATA_DEMO": "false"}
    with app_server_with(tmp_path / "home", env) as base, screenshot_on_failure(page, "routing"):
        page.goto(f"{base}/settings")
        legacy_seen = False
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            nav = page.locator('[data-testid="stSidebarNav"]')
            if nav.count() and "settings" in nav.inner_text().lower():
                legacy_seen = True
            if page.get_by_role("button", name="Sign in").count():
                break
            time.sleep(0.05)
        assert page.get_by_role("button", name="Sign in").count() == 1, (
            "the sign-in gate did not run"
        )
        assert not legacy_seen, "the legacy pages/ list was shown"
        assert page.get_by_text("AI providers").count() == 0  # no Settings content before sign-in
