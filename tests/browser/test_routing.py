"""A fresh server, and the first visitor opens a page URL directly: it must still go through
app.py (sign-in gate), and Streamlit's legacy list of pages/ files must never show."""

from __future__ import annotations

import time

import pytest

from tests.browser.conftest import wait_idle
from tests.browser.support import app_server_with, nav_link, open_app, screenshot_on_failure

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


PASSWORD = "correct horse battery"


def test_a_form_drawn_before_anyones_first_page_still_submits_with_one_click(
    page, chromium_browser, tmp_path
):
    """On a fresh server Ana opens the sign-in screen; Ben signs up and his first page opens;
    then Ana types and clicks Create account once. Before the server switched its routing at
    start-up, Ben's first page switched it under Ana's form: its widgets' ids changed, her click
    was dropped with what she had typed, and she saw the empty form again."""
    env = {"IOPSDATA_AUTH": "local", "IOPSDATA_DEMO": "false"}
    with app_server_with(tmp_path / "home", env) as base, screenshot_on_failure(page, "form"):
        open_app(page, base, signed_in=False)  # Ana: the form is drawn now
        page.get_by_role("tab", name="Create account").click()
        ben = chromium_browser.new_context(viewport={"width": 1400, "height": 1000})
        try:
            other = ben.new_page()
            _sign_up(other, base, "ben@example.com")
            nav_link(other, "Chat").wait_for(timeout=90_000)  # his first page has run
            wait_idle(other, 60_000)
        finally:
            ben.close()
        _sign_up(page, base, "ana@example.com", opened=True)
        nav_link(page, "Chat").wait_for(timeout=20_000)  # one click; no second chance
        page.get_by_test_id("stSidebar").get_by_text("ana@example.com").wait_for()


def _sign_up(page, base: str, email: str, *, opened: bool = False) -> None:
    if not opened:
        open_app(page, base, signed_in=False)
        page.get_by_role("tab", name="Create account").click()
    page.get_by_role("textbox", name="Email", exact=True).filter(visible=True).fill(email)
    page.get_by_label("Password (10+ characters)").fill(PASSWORD)
    page.get_by_role("button", name="Create account", exact=True).click()


def test_a_link_to_a_page_opens_that_page_after_signing_in(page, tmp_path):
    """A colleague's link to Files, opened signed out: the sign-in screen (nothing of Files),
    then, once the account exists, Files at the same address (it used to open Chat)."""
    env = {"IOPSDATA_AUTH": "local", "IOPSDATA_DEMO": "false"}
    with app_server_with(tmp_path / "home", env) as base, screenshot_on_failure(page, "link"):
        page.goto(f"{base}/files")
        page.get_by_role("tab", name="Create account").wait_for(timeout=90_000)
        wait_idle(page)
        assert page.get_by_role("heading", name="Files").count() == 0
        assert page.locator('[data-testid="stTopNav"]').count() == 0
        page.get_by_role("tab", name="Create account").click()
        _sign_up(page, base, "cara@example.com", opened=True)
        page.get_by_role("heading", name="Files", exact=True).wait_for(timeout=60_000)
        assert page.url == f"{base}/files"
        assert page.get_by_role("heading", name="Chat", exact=True).count() == 0
