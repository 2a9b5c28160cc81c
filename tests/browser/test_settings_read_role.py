"""End to end in Debian Chromium: testing a superuser PostgreSQL connection in Settings says what is
not protected and offers the SQL for a read-only role (the guard issue's privilege drop)."""

from __future__ import annotations

import uuid

import pytest

from tests.browser.support import (
    app_server_with,
    appears,
    assert_no_exception,
    click_until,
    go_to,
    open_app,
)

pytestmark = [pytest.mark.browser, pytest.mark.postgres, pytest.mark.slow]


def test_superuser_connection_test_offers_a_read_only_role(page, tmp_path, monkeypatch):
    home = tmp_path / "home"
    with app_server_with(home, {"IOPSDATA_DEMO": "false"}) as base:
        open_app(page, base)  # the first run creates the workspace
        monkeypatch.setenv("IOPSDATA_HOME", str(home))
        monkeypatch.setenv("IOPSDATA_DEMO", "false")
        from iopsdata.workspace import Workspace

        name = f"pg-{uuid.uuid4().hex[:6]}"
        Workspace.open().connections.add(
            name,
            "postgresql",
            {"host": "127.0.0.1", "port": 5432, "database": "postgres", "user": "postgres"},
        )
        go_to(page, "Settings")
        page.get_by_role("tab", name="Connections").click()
        test = page.get_by_role("button", name="Test").first
        # the expander opens in the browser; Test's report shows on the run its click starts, so
        # a click lost to a rerun (or a report redrawn away by one) is clicked again, as a person would
        assert click_until(page, page.get_by_text(name).first, lambda: appears(test, 10_000))
        warning = page.get_by_text("Not protected otherwise")
        assert click_until(page, test, lambda: appears(warning, 30_000), attempts=3)
        code = page.locator('[data-testid="stCode"]').first
        code.wait_for()
        assert "CREATE ROLE iopsdata_reader NOLOGIN" in code.inner_text()
        assert 'GRANT iopsdata_reader TO "postgres"' in code.inner_text()
        page.screenshot(path=str(tmp_path / "settings_read_role.png"), full_page=True)
        assert_no_exception(page)
