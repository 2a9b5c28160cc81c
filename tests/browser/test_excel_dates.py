"""In Chromium: an Excel date-only column shows as a date in the Files preview grid."""

from __future__ import annotations

import datetime as dt
import re
import uuid

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ARTIFACTS
from tests.browser.support import assert_no_exception, go_to, open_app, upload_file
from tests.files.conftest import xlsx_bytes

pytestmark = pytest.mark.browser


def test_excel_dates_show_as_dates(page, app_server, tmp_path) -> None:
    path = tmp_path / f"visits_{uuid.uuid4().hex[:6]}.xlsx"
    rows = [["day", "visits"], [dt.date(2023, 11, 22), 3], [dt.date(2024, 2, 29), 5]]
    path.write_bytes(xlsx_bytes(rows))
    open_app(page, app_server)
    go_to(page, "Files")
    upload_file(page, path)
    page.get_by_text(re.compile(rf"{re.escape(path.name)}: 2 rows")).wait_for()
    page.get_by_text(re.compile(r"^2 rows × 2 columns")).first.wait_for()
    grid = page.locator('[data-testid="stDataFrame"]').filter(has_text="visits").last
    cells = grid.locator('[role="gridcell"]')
    # The grid attaches its cells before it fills them: wait until both dates are drawn (as a
    # date, or as the date and a time: the assertion below tells them apart).
    for day in ("2023-11-22", "2024-02-29"):
        expect(cells.filter(has_text=day)).not_to_have_count(0, timeout=30_000)
    texts = cells.all_inner_texts()
    page.screenshot(path=str(ARTIFACTS / "excel_dates.png"))
    assert "2023-11-22" in texts and "2024-02-29" in texts, texts
    assert not any("00:00:00" in t for t in texts), texts  # was "2023-11-22 00:00:00"
    assert_no_exception(page)
