"""End to end in Debian Chromium with ``IOPSDATA_AUTH=local``: an owner removes a member while the
member's tab is open; the member's next action no longer reaches the workspace (membership is
checked on every action, not once per session)."""

from __future__ import annotations

import pytest

from tests.browser.conftest import wait_idle
from tests.browser.support import (
    app_server_with,
    assert_no_exception,
    go_to,
    save_screenshot,
    screenshot_on_failure,
)
from tests.browser.test_session_cookie import LOCAL
from tests.browser.test_two_users import sign_up

pytestmark = pytest.mark.browser

OWNER, MEMBER = "owner@example.com", "member@example.com"


def _cookie_written(page) -> None:
    """Signed in once the browser holds the session cookie: until then the cookie component's
    frames rerun the page, and a navigation click can land on a moving page."""
    page.wait_for_function("document.cookie.includes('iops_session=')", timeout=90_000)
    wait_idle(page)


def _team_tab(page) -> None:
    go_to(page, "Settings")
    page.get_by_role("tab", name="Team").click()
    wait_idle(page)


def test_a_removed_member_loses_the_workspace_in_an_open_tab(
    page, chromium_browser, tmp_path
) -> None:
    with app_server_with(tmp_path / "home", LOCAL) as base, screenshot_on_failure(page, "removed"):
        sign_up(page, base, OWNER)
        _cookie_written(page)
        _team_tab(page)
        page.get_by_label("Invite by email").fill(MEMBER)
        page.get_by_role("button", name="Invite").click()
        page.get_by_text(f"{MEMBER} can now sign in").wait_for()

        member_context = chromium_browser.new_context(viewport={"width": 1400, "height": 1000})
        member = member_context.new_page()
        try:
            sign_up(member, base, MEMBER)  # invited: lands in the owner's workspace as viewer
            _cookie_written(member)
            _team_tab(member)
            member.get_by_text("here; owners manage members").wait_for()

            _team_tab(page)
            page.get_by_role("button", name="Remove").click()
            wait_idle(page)
            page.get_by_text(MEMBER).wait_for(state="detached")

            # The member's open tab: the next action reads the membership again and finds none,
            # so the app falls back to a workspace of their own (where they are owner).
            go_to(member, "SQL")
            member.get_by_text(
                "You are no longer a member of the workspace you had open"
            ).wait_for()
            _team_tab(member)
            member.get_by_label("Invite by email").wait_for()
            assert member.get_by_text("here; owners manage members").count() == 0
            assert_no_exception(member)
            save_screenshot(member, "removed-member")
        finally:
            member_context.close()
