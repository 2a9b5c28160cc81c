"""End to end in Debian Chromium: a personal access token made in Settings is shown once, works
for the MCP server (its hash is what the store keeps), and is then listed without its secret."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import wait_idle
from tests.browser.support import (
    app_server_with,
    assert_no_exception,
    go_to,
    open_app,
    save_screenshot,
    selectbox_value,
)

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_token_is_shown_once_then_listed(page, tmp_path, monkeypatch):
    home = tmp_path / "home"
    with app_server_with(home, {"IOPSDATA_DEMO": "false"}) as base:
        open_app(page, base)
        go_to(page, "Settings")
        page.get_by_role("tab", name="Access tokens").click()
        page.get_by_label("Token name").fill("Claude Desktop on my laptop")
        page.get_by_role("button", name="Create token").click()
        wait_idle(page)
        page.get_by_text("it will not be shown again").wait_for()
        shown = (
            page.locator('[data-testid="stCode"]')
            .filter(has_text="iops_")
            .first.inner_text()
            .strip()
        )
        assert re.fullmatch(r"iops_[A-Za-z0-9_-]{43}", shown), shown
        save_screenshot(page, "access_token_shown_once")

        monkeypatch.setenv("IOPSDATA_HOME", str(home))
        monkeypatch.setenv("IOPSDATA_DEMO", "false")
        from iopsdata.bootstrap import open_runtime
        from iopsdata.config import Settings
        from iopsdata.tokens import authenticate, hash_token

        runtime = open_runtime(Settings.from_env())
        grant = authenticate(runtime.store, shown)
        assert grant is not None and grant.name == "Claude Desktop on my laptop"
        assert grant.role == "owner"
        raw = runtime.store.engine.raw_connection()
        try:
            stored = raw.execute("SELECT token_hash FROM access_tokens").fetchall()
        finally:
            raw.close()
        assert stored == [(hash_token(shown),)]  # the secret itself is nowhere in the store

        page.get_by_role("button", name="I have copied it").click()
        wait_idle(page)
        expect(page.locator('[data-testid="stCode"]').filter(has_text="iops_")).to_have_count(0)
        assert shown not in page.content()
        page.reload()
        open_app(page, base)
        go_to(page, "Settings")
        page.get_by_role("tab", name="Access tokens").click()
        wait_idle(page)
        page.locator('[data-testid="stDataFrame"]:visible').first.wait_for()
        assert selectbox_value(page, "Token to revoke") == "Claude Desktop on my laptop"
        assert shown not in page.content()
        save_screenshot(page, "access_token_listed")
        assert_no_exception(page)
        listed = runtime.store.list_access_tokens(grant.workspace_id)
        assert [t["name"] for t in listed] == ["Claude Desktop on my laptop"]
        assert listed[0]["last_used_at"] is not None  # authenticate() above used it
        runtime.store.close()
