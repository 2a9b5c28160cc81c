"""End to end in Debian Chromium: two people sign up on one server with ``IOPSDATA_AUTH=local``;
what one adds (a connection, a file) never shows in the other's workspace (issue 7)."""

from __future__ import annotations

import csv
import sqlite3

import pytest

from tests.browser.conftest import wait_idle
from tests.browser.support import (
    app_server_with,
    assert_no_exception,
    go_to,
    nav_link,
    open_app,
    screenshot_on_failure,
    select_option,
    upload_file,
)

pytestmark = pytest.mark.browser

PASSWORD = "correct horse battery"
ANA, BEN = "ana@example.com", "ben@example.com"
CONNECTION, FILE = "ana-private", "ana_sales.csv"


def sign_up(page, base: str, email: str) -> None:
    """Create an account on the sign-in screen and wait for the app to open."""
    open_app(page, base, signed_in=False)
    page.get_by_role("tab", name="Create account").click()
    page.get_by_role("textbox", name="Email", exact=True).filter(visible=True).fill(email)
    page.get_by_label("Password (10+ characters)").fill(PASSWORD)
    page.get_by_role("button", name="Create account", exact=True).click()
    _signed_in(page, email)
    # Signed in once the browser holds the session cookie: until then the cookie component's
    # frames rerun the page, and a click in that moment can be lost (seen in full runs).
    page.wait_for_function("document.cookie.includes('iops_session=')", timeout=90_000)
    wait_idle(page)


def reload_and_sign_in(page, base: str, email: str) -> None:
    """Reload the browser tab; the session cookie keeps the user signed in."""
    page.wait_for_function("document.cookie.includes('iops_session=')")
    page.reload()
    open_app(page, base)
    _signed_in(page, email)


def _signed_in(page, email: str) -> None:
    nav_link(page, "Chat").wait_for(timeout=90_000)
    wait_idle(page, 60_000)
    sidebar = page.get_by_test_id("stSidebar")
    sidebar.get_by_text(email).wait_for()  # "Signed in as …"
    sidebar.get_by_text("My workspace").wait_for()
    assert_no_exception(page)


def add_sqlite_connection(page, name: str, path) -> None:
    go_to(page, "Settings")
    page.get_by_role("tab", name="Connections").click()
    select_option(page, "Database kind", "SQLite file")
    form = page.get_by_test_id("stForm").filter(has=page.get_by_text("Database file"))
    form.get_by_role("textbox", name="Name", exact=True).fill(name)
    form.get_by_role("textbox", name="Database file *", exact=True).fill(str(path))
    form.get_by_role("button", name="Add connection").click()
    wait_idle(page)
    page.get_by_text(f"{name} — SQLite file").first.wait_for()


def upload(page, path) -> None:
    go_to(page, "Files")
    upload_file(page, path)
    page.get_by_text(f"{path.name}: ").first.wait_for()


def connections_html(page) -> str:
    go_to(page, "Settings")
    page.get_by_role("tab", name="Connections").click()
    page.get_by_text("Add a connection").wait_for()
    return page.content()


def files_html(page) -> str:
    go_to(page, "Files")
    return page.content()


def test_each_user_sees_only_their_own_workspace(page, chromium_browser, tmp_path) -> None:
    db = tmp_path / "ana.sqlite"
    with sqlite3.connect(db) as con:
        con.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        con.execute("INSERT INTO customers VALUES (1, 'Ada'), (2, 'Grace')")
    sales = tmp_path / FILE
    with sales.open("w", newline="") as fh:
        csv.writer(fh).writerows([("month", "amount"), ("2024-01", 10), ("2024-02", 12)])

    # several people share this server: file connections only inside an allowed data folder
    env = {"IOPSDATA_AUTH": "local", "IOPSDATA_DATA_ROOTS": str(tmp_path)}
    with app_server_with(tmp_path / "home", env) as base:
        ben_context = chromium_browser.new_context(viewport={"width": 1400, "height": 1000})
        ben = ben_context.new_page()
        ben.set_default_timeout(30_000)
        try:
            sign_up(page, base, ANA)  # the first account
            with screenshot_on_failure(ben, "test_two_users_ben"):
                sign_up(ben, base, BEN)  # sign-up stays open by default

            add_sqlite_connection(page, CONNECTION, db)
            upload(page, sales)

            with screenshot_on_failure(ben, "test_two_users_ben"):
                for reload in (False, True):
                    if reload:
                        reload_and_sign_in(ben, base, BEN)
                    assert CONNECTION not in connections_html(ben)
                    assert "ana_sales" not in files_html(ben)
                    assert_no_exception(ben)

            # the control: Ana still sees both after a reload, so the absence above means something
            reload_and_sign_in(page, base, ANA)
            assert CONNECTION in connections_html(page)
            assert "ana_sales" in files_html(page)
        finally:
            ben_context.close()
