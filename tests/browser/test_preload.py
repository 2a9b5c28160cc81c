"""The first page's widget code arrives whether or not the page drawn needs it yet
(iopsdata/ui/preload.py): the sign-in screen has no chat input and no select box, and the browser
still fetches both, so the Chat page after sign-in (or a first visit's) does not wait for them."""

from __future__ import annotations

import time

import pytest

from iopsdata.ui.preload import static_dir, widget_modules
from tests.browser.conftest import CONSOLE
from tests.browser.support import app_server_with, open_app, screenshot_on_failure

pytestmark = pytest.mark.browser


def test_the_sign_in_screen_preloads_the_chat_pages_widgets(page, tmp_path):
    wanted = set(widget_modules(static_dir()))
    fetched: dict[str, int] = {}
    page.on("response", lambda r: fetched.__setitem__(r.url.rsplit("/", 1)[-1], r.status))
    env = {"IOPSDATA_AUTH": "local", "IOPSDATA_DEMO": "false"}
    with app_server_with(tmp_path / "home", env) as base, screenshot_on_failure(page, "preload"):
        open_app(page, base, signed_in=False)
        deadline = time.monotonic() + 20
        while not wanted <= fetched.keys() and time.monotonic() < deadline:
            page.wait_for_timeout(100)
        assert wanted <= fetched.keys(), f"never fetched: {sorted(wanted - fetched.keys())}"
        assert {fetched[n] for n in wanted} == {200}
        assert page.get_by_test_id("stChatInput").count() == 0  # fetched, not drawn
        page.get_by_role("button", name="Sign in").wait_for()  # the screen still works
        errors = [m for m in CONSOLE[page] if m.startswith("error")]
        assert not errors, errors
