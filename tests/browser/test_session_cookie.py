"""End to end in Debian Chromium with ``IOPSDATA_AUTH=local``: a reload keeps the sign-in (an
opaque token cookie, SameSite=Strict); sign-out ends it; a password change signs out the account's
other browsers."""

from __future__ import annotations

import pytest

from tests.browser.conftest import wait_idle
from tests.browser.support import (
    app_server_with,
    open_app,
    save_screenshot,
    screenshot_on_failure,
)
from tests.browser.test_two_users import PASSWORD, _signed_in, sign_up

pytestmark = pytest.mark.browser

EMAIL = "cookie@example.com"
NEW_PASSWORD = "another long password"
COOKIE = "iops_session"
LOCAL = {"IOPSDATA_AUTH": "local", "IOPSDATA_DEMO": "false"}


def _wait_cookie(page) -> dict:
    page.wait_for_function(f"document.cookie.includes('{COOKIE}=')")
    return next(c for c in page.context.cookies() if c["name"] == COOKIE)


def _sign_in(page, base: str, email: str, password: str) -> None:
    open_app(page, base, signed_in=False)
    page.get_by_role("textbox", name="Email", exact=True).filter(visible=True).fill(email)
    page.get_by_role("textbox", name="Password", exact=True).filter(visible=True).fill(password)
    page.get_by_role("button", name="Sign in", exact=True).filter(visible=True).click()
    _signed_in(page, email)


def _reload(page) -> None:
    page.reload()
    page.locator('[data-testid="stApp"]').wait_for()
    wait_idle(page, 90_000)


def test_reload_keeps_the_sign_in_until_sign_out_or_password_change(
    page, chromium_browser, tmp_path
) -> None:
    with app_server_with(tmp_path / "home", LOCAL) as base, screenshot_on_failure(page, "cookie"):
        sign_up(page, base, EMAIL)
        cookie = _wait_cookie(page)
        assert cookie["sameSite"] == "Strict" and len(cookie["value"]) >= 43
        _reload(page)
        _signed_in(page, EMAIL)  # still signed in after a reload

        other_context = chromium_browser.new_context(viewport={"width": 1400, "height": 1000})
        other = other_context.new_page()
        try:
            _sign_in(other, base, EMAIL, PASSWORD)
            _wait_cookie(other)

            sidebar = page.get_by_test_id("stSidebar")
            sidebar.get_by_text("Account").click()
            sidebar.get_by_label("Current password").fill(PASSWORD)
            sidebar.get_by_label("New password (10+ characters)").fill(NEW_PASSWORD)
            sidebar.get_by_role("button", name="Change password").click()
            sidebar.get_by_text("Your other browsers were signed out").wait_for()
            save_screenshot(page, "cookie-password-changed")

            _reload(other)  # the other browser's session was revoked
            other.get_by_role("tab", name="Sign in").wait_for()
        finally:
            other_context.close()

        _reload(page)
        _signed_in(page, EMAIL)  # the browser that changed the password stays in

        page.get_by_test_id("stSidebar").get_by_role("button", name="Sign out").click()
        page.get_by_role("tab", name="Sign in").wait_for()
        _reload(page)
        page.get_by_role("tab", name="Sign in").wait_for()  # signed out stays signed out
        save_screenshot(page, "cookie-signed-out")
