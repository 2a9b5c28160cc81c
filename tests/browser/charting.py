"""Read what a Vega-Lite chart plots, from the DOM, and the exact values of the result it charts.

Streamlit draws Vega-Lite as SVG; each mark carries an ``aria-label`` such as ``"k: north; d:
22664.79"`` — the values as Vega read them from the Arrow data, after any misreading. The CSV
download of the same result holds the exact values the table shows.
"""

from __future__ import annotations

import csv
import io
import re

from tests.browser.conftest import wait_idle
from tests.browser.support import download

CHART = '[data-testid="stVegaLiteChart"]'
MARKS = '.role-mark [role="graphics-symbol"]'  # bars, points, lines; not the axes


def chart_marks(page, *, index: int = 0) -> list[dict[str, str]]:
    """One dict per mark of the ``index``-th chart: field name → the text Vega shows."""
    chart = page.locator(CHART).nth(index)
    chart.locator(MARKS).first.wait_for()
    labels = chart.locator(MARKS).evaluate_all(
        "els => els.map(e => e.getAttribute('aria-label')).filter(Boolean)"
    )
    marks = []
    for label in labels:
        pairs = [part.split(": ", 1) for part in label.split("; ") if ": " in part]
        if pairs:
            marks.append({k.strip(): v.strip() for k, v in pairs})
    return marks


def axis_labels(page, *, index: int = 0) -> list[str]:
    """The aria descriptions of the chart's axes (they name the scale's value range)."""
    return page.locator(CHART).nth(index).locator('[role="graphics-object"][aria-label*="xis"]').evaluate_all(
        "els => els.map(e => e.getAttribute('aria-label'))"
    )  # fmt: skip


def number(text: str) -> float:
    """A number as Vega prints it (``22,664.79``, ``−5``)."""
    return float(text.replace(",", "").replace("\u2212", "-"))


def download_csv(page, *, index: int = 0) -> list[dict[str, str]]:
    """The rows of the ``index``-th result's "Download CSV" (exact values)."""
    button = page.get_by_role("button", name=re.compile("Download CSV")).nth(index)
    text = download(page, button).path().read_text()
    return list(csv.DictReader(io.StringIO(text)))


def open_chart_tab(page, *, index: int = 0) -> None:
    page.get_by_role("tab", name="Chart").nth(index).click()
    wait_idle(page)
    page.locator(CHART).first.wait_for()
