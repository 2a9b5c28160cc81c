"""End to end in Debian Chromium: "export the full result" exports every row, and Stop stops it.

``SELECT * FROM flights`` shows 10,000 rows; the CSV of the full result once had exactly those
10,000 of the table's rows, silently. Every place that shows part of a result offers the whole:
the SQL page, a Chat answer the row cap cut (its notice promised an export it did not offer), and
a file's preview (whose "Download CSV" was the first 50 rows under the file's own name).
"""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import wait_idle
from tests.browser.support import (
    app_server_with,
    assert_no_exception,
    download,
    go_to,
    open_app,
    save_screenshot,
    screenshot_on_failure,
    upload_file,
)
from tests.browser.test_sql_page import run_plain
from tests.support.llm_server import LlmServer

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


def csv_body(download_) -> tuple[str, int]:
    """A downloaded CSV's header line and its number of data rows."""
    with download_.path().open() as f:
        header = f.readline()
        return header, sum(1 for _ in f)


def export_every_row(page):
    """Click "Export full result" and return the finished file's download."""
    page.get_by_role("button", name="Export full result").click()
    button = page.get_by_role("button", name=re.compile(r"Download full CSV"))
    button.wait_for(timeout=120_000)
    wait_idle(page)
    return download(page, button, timeout_ms=120_000)


def test_a_files_preview_is_named_as_one_and_exports_every_row(page, tmp_path) -> None:
    rows = 120
    data = tmp_path / "numbers.csv"
    data.write_text("n,label\n" + "".join(f"{i},row {i}\n" for i in range(rows)))
    with (
        app_server_with(tmp_path / "home", {"IOPSDATA_DEMO": "false"}) as base,
        screenshot_on_failure(page, "files_preview_export"),
    ):
        open_app(page, base)
        go_to(page, "Files")
        upload_file(page, data)
        page.get_by_text(f"Preview: the first 50 of {rows} rows.").wait_for(timeout=60_000)
        quick = download(page, page.get_by_role("button", name="Download CSV", exact=True))
        assert quick.suggested_filename == "numbers_first_50_rows.csv"
        assert csv_body(quick) == ('"n","label"\n', 50)
        whole = export_every_row(page)
        assert csv_body(whole) == ('"n","label"\n', rows)
        save_screenshot(page, "files_preview_full_export")
        assert_no_exception(page)


def test_a_chat_answer_cut_by_the_row_cap_exports_every_row(page, tmp_path) -> None:
    with LlmServer() as llm:
        llm.enqueue("Every flight.\n\n```sql\nSELECT * FROM flights\n```\n")
        env = {
            "IOPSDATA_LLM_PROVIDER": "openai_compatible",
            "IOPSDATA_OPENAI_COMPATIBLE_BASE_URL": llm.base_url("openai_compatible"),
        }
        with (
            app_server_with(tmp_path / "home", env) as base,
            screenshot_on_failure(page, "chat_full_export"),
        ):
            open_app(page, base)
            box = page.get_by_placeholder("Ask a question about your data")
            box.fill("Show me every flight")
            box.press("Enter")
            wait_idle(page, 90_000)
            page.get_by_text(re.compile(r"Showing the first 10,000 rows")).wait_for(timeout=60_000)
            quick = download(page, page.get_by_role("button", name="Download CSV", exact=True))
            assert quick.suggested_filename == "result_first_10000_rows.csv"
            header, shown = csv_body(quick)
            assert shown == 10_000
            whole = export_every_row(page)
            assert csv_body(whole) == (header, flights_in_source())
            save_screenshot(page, "chat_full_export")
            assert_no_exception(page)
