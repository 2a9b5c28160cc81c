"""End to end in Debian Chromium: a real upload through ``st.file_uploader`` on ``streamlit run``.

AppTest cannot drive the upload widget, so this is the test of the widget → service path.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.support import (
    app_server_with,
    file_input,
    save_screenshot,
    upload_file,
    wait_idle,
)

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def server(tmp_path):
    home = tmp_path / "home"
    with app_server_with(home, {"IOPSDATA_DEMO": "false"}) as base:
        yield base, str(home)


def test_upload_through_the_browser(server, page, tmp_path, monkeypatch):
    base, home = server
    csv = tmp_path / "Orders 2024.csv"
    csv.write_text("id,amount\n1,9.5\n2,20\n3\n", encoding="utf-8")
    page.goto(f"{base}/files", timeout=60_000)
    page.get_by_text("No files yet").wait_for(timeout=90_000)
    file_input(page).set_input_files(str(csv))
    page.get_by_role("button", name="Add to workspace").click()
    page.get_by_text("2 rows → table orders_2024 (1 row rejected)").wait_for(timeout=60_000)
    page.get_by_text("1 row could not be loaded").wait_for(timeout=30_000)
    # the files table keeps the stored size in bytes (drawn as "23B" by the grid's bytes format),
    # not "0" in a column of megabytes; the hidden accessible table holds the raw number
    cells = page.locator('[role="gridcell"]')
    expect(cells.filter(has_text=re.compile(rf"^{csv.stat().st_size}$"))).not_to_have_count(
        0, timeout=30_000
    )
    save_screenshot(page, "files-table-size")
    monkeypatch.setenv("IOPSDATA_HOME", home)
    monkeypatch.setenv("IOPSDATA_DEMO", "false")
    from iopsdata.workspace import Workspace

    [asset] = Workspace.open().files.list()
    assert (asset.table_name, asset.row_count, asset.rejected_rows) == ("orders_2024", 2, 1)


def test_rejections_are_visible_without_a_click(server, page, tmp_path):
    """Why a file or a row was refused is on screen, not folded away (first-hour item 20)."""
    base, _ = server
    ragged = tmp_path / "ragged.csv"
    ragged.write_text("id,amount\n1,9.5\n2,20,extra\n3,4\n", encoding="utf-8")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    page.goto(f"{base}/files", timeout=60_000)
    page.get_by_text("No files yet").wait_for(timeout=90_000)
    upload_file(page, [ragged, empty])
    refused = page.get_by_text("empty.csv: not accepted")
    refused.wait_for(timeout=60_000)
    reason = page.get_by_test_id("stAlert").filter(has_text="empty")
    reason.first.wait_for(timeout=30_000)
    assert reason.first.is_visible()
    page.get_by_text("1 row could not be loaded").wait_for(timeout=30_000)
    rejects = page.locator("[data-testid='stExpander']").filter(has_text="could not be loaded")
    rejects.get_by_test_id("stDataFrame").first.wait_for(timeout=30_000)  # open, not folded
    save_screenshot(page, "files-rejections")


def test_the_same_file_again_says_its_rows_and_table(server, page, tmp_path):
    """Uploading bytes already stored (a copy under another name; a second click while the
    first upload ran lands here too) names the rows and the table the bytes already have, like
    a new upload, marked as already uploaded."""
    base, _ = server
    csv, copy = tmp_path / "stock.csv", tmp_path / "stock copy.csv"
    for path in (csv, copy):
        path.write_text("sku,qty\nA1,3\nB2,5\nC3,8\n", encoding="utf-8")
    page.goto(f"{base}/files", timeout=60_000)
    page.get_by_text("No files yet").wait_for(timeout=90_000)
    upload_file(page, csv)
    page.get_by_text("stock.csv: 3 rows → table stock", exact=True).wait_for(timeout=60_000)
    upload_file(page, copy)
    again = page.get_by_text("stock copy.csv: 3 rows → table stock (already uploaded)", exact=True)
    again.wait_for(timeout=60_000)
    wait_idle(page)
    save_screenshot(page, "files-upload-again")
