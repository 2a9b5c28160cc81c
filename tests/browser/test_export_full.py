"""End to end in Debian Chromium: "export the full result" exports every row, and Stop stops it.

``SELECT * FROM flights`` shows 10,000 rows; the CSV of the full result once had exactly those
10,000 of the table's rows, silently.
"""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import wait_idle
from tests.browser.support import (
    assert_no_exception,
    download,
    save_screenshot,
    screenshot_on_failure,
)
from tests.browser.test_sql_page import run_plain

pytestmark = pytest.mark.browser


def flights_in_source() -> int:
    """The truth, from the public CSV the demo database is built from (never a hard-coded count)."""
    import csv
    import io
    import zipfile

    from iopsdata.demo import data_dir

    with zipfile.ZipFile(data_dir() / "flights.csv.zip") as zf, zf.open("flights.csv") as raw:
        return sum(1 for _ in csv.reader(io.TextIOWrapper(raw, "utf-8"))) - 1


def test_full_csv_export_has_every_flight(page, app_server) -> None:
    with screenshot_on_failure(page, "export_full_csv"):
        run_plain(page, app_server, "SELECT * FROM flights")
        page.get_by_text(re.compile(r"Showing the first 10,000 rows")).wait_for(timeout=60_000)
        page.get_by_role("button", name="Export full result").click()
        download_button = page.get_by_role("button", name=re.compile(r"Download full CSV"))
        download_button.wait_for(timeout=120_000)
        wait_idle(page)
        download_button.scroll_into_view_if_needed()
        save_screenshot(page, "export_full_done")
        path = download(page, download_button, timeout_ms=120_000).path()
        with path.open() as f:
            header = f.readline()
            rows = sum(1 for _ in f)
        assert header.startswith('"year","month","day"')
        assert rows == flights_in_source() == 336_776
        assert_no_exception(page)


def test_stop_cancels_a_running_export(page, app_server) -> None:
    with screenshot_on_failure(page, "export_full_stop"):
        # 336 million rows: the export runs (to the export limit) long enough to be stopped
        run_plain(page, app_server, "SELECT * FROM flights, range(1000)")
        page.get_by_text(re.compile(r"Showing the first 10,000 rows")).wait_for(timeout=60_000)
        page.get_by_role("button", name="Export full result").click()
        progress = page.get_by_text(re.compile(r"Exporting… [\d,]+ rows written"))
        progress.wait_for(timeout=60_000)
        progress.scroll_into_view_if_needed()
        save_screenshot(page, "export_full_running")
        page.get_by_role("button", name="Stop export").click()
        page.get_by_text("Export stopped.").wait_for(timeout=60_000)
        wait_idle(page)
        assert page.get_by_role("button", name=re.compile(r"Download full")).count() == 0
        assert_no_exception(page)
