"""End to end in Debian Chromium: a server used with ``IOPSDATA_AUTH=none`` switches to ``local``;
the first sign-up gets an empty workspace of its own, and takes the old one only with the one-time
code the server printed to its log."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import wait_idle
from tests.browser.support import (
    app_server_with,
    assert_no_exception,
    open_app,
    save_screenshot,
    screenshot_on_failure,
)
from tests.browser.test_two_users import sign_up

pytestmark = pytest.mark.browser

EMAIL = "admin@example.com"


def test_the_old_workspace_is_claimed_with_the_code_from_the_server_log(page, tmp_path) -> None:
    home = tmp_path / "home"
    with screenshot_on_failure(page, "claim"):
        with app_server_with(home, {"IOPSDATA_AUTH": "none", "IOPSDATA_DEMO": "false"}) as base:
            open_app(page, base)  # creates the none-mode workspace
            assert_no_exception(page)
        with app_server_with(home, {"IOPSDATA_AUTH": "local", "IOPSDATA_DEMO": "false"}) as base:
            sign_up(page, base, EMAIL)
            log = (home / "server.log").read_text()
            code = re.search(r"Claim workspaces' to take them over: (\S+)", log)
            assert code is not None, log[-2000:]
            sidebar = page.get_by_test_id("stSidebar")
            sidebar.get_by_text("Account").click()
            sidebar.get_by_label("One-time code from the server log").fill("wrong code")
            sidebar.get_by_role("button", name="Claim workspaces").click()
            page.get_by_text("That claim code is not right").wait_for()
            sidebar.get_by_label("One-time code from the server log").fill(code.group(1))
            sidebar.get_by_role("button", name="Claim workspaces").click()
            wait_idle(page, 60_000)
            # Two workspaces now: the new account's own and the claimed one, in the picker.
            sidebar.get_by_text("Workspace", exact=True).wait_for()
            assert_no_exception(page)
            save_screenshot(page, "claim-done")
