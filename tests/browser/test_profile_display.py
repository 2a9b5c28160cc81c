"""In Chromium: a file's profile reads like a database's — one number format, no delta arrows on
absolute figures, exact distinct counts, and a text column's top values as readable horizontal
bars (with an "other" bucket) plus a histogram of lengths."""

from __future__ import annotations

import re
import uuid

import pytest

from tests.browser.charting import CHART, chart_marks
from tests.browser.conftest import ARTIFACTS, wait_idle
from tests.browser.support import (
    assert_no_exception,
    go_to,
    open_app,
    open_file_profile,
    upload_file,
)
from tests.browser.test_files_e2e import metric

pytestmark = pytest.mark.browser

ROWS = 60
# more distinct values than the profile lists (top 10): the rest goes to the "other" bucket
CITIES = [f"Saint-{name}-sur-Mer" for name in "ABCDEFGHIJKLMNOPQRSTUVWXY"]


def test_profile_of_a_file_reads_like_a_database(page, app_server, tmp_path) -> None:
    path = tmp_path / f"shops_{uuid.uuid4().hex[:6]}.csv"
    lines = ["city,revenue,key"]
    lines += [f"{CITIES[i % len(CITIES)]},{25000.0 + 1000 * (i % 3)},{i}" for i in range(ROWS)]
    path.write_text("\n".join(lines) + "\n")

    open_app(page, app_server)
    go_to(page, "Files")
    upload_file(page, path)
    page.get_by_text(re.compile(rf"{re.escape(path.name)}: {ROWS} rows")).wait_for()
    caption = page.get_by_text(re.compile(rf"^{ROWS} rows × 3 columns.* profiled in "))
    open_file_profile(page, caption)

    # the text column: exact distinct, no arrow under Nulls, horizontal top-values bars
    assert metric(page, "Distinct") == str(len(CITIES))  # exact: no "≈"
    assert metric(page, "Nulls") == "0 (0%)"
    assert page.locator('[data-testid="stMetricDelta"]').count() == 0  # was "↑ 0.0%"
    marks = chart_marks(page)
    counted = {m["value"]: int(m["count"]) for m in marks if "value" in m}
    assert "(all other values)" in counted
    assert sum(counted.values()) == ROWS
    y_axis = page.locator(CHART).first.locator('[aria-label^="Y-axis"]').get_attribute("aria-label")
    assert "discrete scale" in y_axis  # values down the side: horizontal bars
    assert page.locator(CHART).count() == 2  # top values + lengths
    lengths = chart_marks(page, index=1)
    assert sum(int(m["count"]) for m in lengths if "count" in m) == ROWS
    page.locator(CHART).first.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "profile_text_column.png"))

    # a float column of a file: "25,000", never "2.5e+04"
    box = page.get_by_role("combobox", name="Column", exact=True).last
    box.click()
    box.fill("revenue")
    box.press("Enter")
    wait_idle(page)
    title = page.locator("strong", has_text=re.compile("^revenue$")).first
    for _ in range(3):  # the rerun may bring the Preview tab back to the front (reported)
        if title.is_visible():
            break
        page.get_by_role("tab", name="Profile").last.click()
        page.wait_for_timeout(500)
    title.wait_for()
    mean = 25000.0 + 1000 * sum(i % 3 for i in range(ROWS)) / ROWS
    assert metric(page, "Mean") == f"{mean:,.0f}"
    details = page.get_by_text(re.compile("^min: ")).first.inner_text()
    assert "min: 25,000" in details and "e+" not in details
    assert page.locator('[data-testid="stMetricDelta"]').count() == 0
    page.screenshot(path=str(ARTIFACTS / "profile_number_column.png"))
    assert_no_exception(page)
