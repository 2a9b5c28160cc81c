"""End to end in Debian Chromium: upload a CSV on the Files page, see its profile and query it
(issue 5)."""

from __future__ import annotations

import csv
import re
import uuid

import pytest

from tests.browser.conftest import wait_idle
from tests.browser.support import (
    assert_no_exception,
    click_editor_button,
    go_to,
    open_app,
    open_file_profile,
    selectbox_value,
    upload_file,
)

pytestmark = pytest.mark.browser

REGIONS = ("north", "south", "east", "west", "centre")


def write_csv(path, rows: int) -> list[dict[str, object]]:
    """A small sales CSV; returns the rows so the test derives every expected figure from them."""
    data = [
        {"region": REGIONS[i * 7 % len(REGIONS)], "amount": (i * 37) % 101} for i in range(rows)
    ]
    with path.open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["region", "amount"])
        writer.writeheader()
        writer.writerows(data)
    return data


def metric(page, label: str) -> str:
    box = page.locator('[data-testid="stMetric"]').filter(
        has=page.locator('[data-testid="stMetricLabel"]', has_text=re.compile(f"^{label}$"))
    )
    return box.first.locator('[data-testid="stMetricValue"]').inner_text().strip()


@pytest.mark.parametrize("rows", [43])
def test_upload_profile_and_query_a_csv(page, app_server, tmp_path, rows) -> None:
    stem = f"sales_{uuid.uuid4().hex[:6]}"
    path = tmp_path / f"{stem}.csv"
    data = write_csv(path, rows)

    open_app(page, app_server)
    go_to(page, "Files")
    upload_file(page, path)
    done = page.get_by_text(re.compile(rf"{re.escape(path.name)}: {rows:,} rows → table \w+"))
    done.wait_for()
    table = done.inner_text().rsplit("table ", 1)[1].strip()
    assert stem in table
    assert_no_exception(page)

    # the profile: a column name and a statistic that match the data
    caption = page.get_by_text(re.compile(rf"^{rows:,} rows × 2 columns.* profiled in "))
    open_file_profile(page, caption)
    assert selectbox_value(page, "Column") == "region"  # the first column's detail is shown
    page.locator("strong", has_text=re.compile("^region$")).first.wait_for()
    assert metric(page, "Values") == f"{rows:,}"
    distinct = metric(page, "Distinct").lstrip("≈ ")
    assert distinct == f"{len({r['region'] for r in data}):,}"
    assert_no_exception(page)

    # query it in SQL: the grid shows every row of the file
    page.get_by_role("button", name="Query in SQL").click()
    page.get_by_role("heading", name="SQL", exact=True).first.wait_for(timeout=60_000)
    wait_idle(page, 60_000)
    assert selectbox_value(page, "Connection").startswith("Files")
    click_editor_button(page, "Run")  # the code editor's own Run: it sends the text it shows
    wait_idle(page, 60_000)
    page.get_by_text(re.compile(rf"^{rows:,} rows × 2 columns")).first.wait_for()
    page.locator('[data-testid="stDataFrame"]').first.wait_for()
    assert_no_exception(page)
