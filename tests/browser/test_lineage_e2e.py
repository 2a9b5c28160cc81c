"""End to end in Debian Chromium: paste a 3-CTE query on the Lineage page, see what it reads, the
graph (interactive and static) and export the JSON (issue 6)."""

from __future__ import annotations

import json

import pytest

from tests.browser.conftest import wait_idle
from tests.browser.support import assert_no_exception, download, go_to, open_app

pytestmark = pytest.mark.browser

READS = ("customers", "orders", "payments")
CTES = ("paid", "recent", "ranked")
SQL = """WITH paid AS (
  SELECT order_id, sum(amount) AS paid FROM payments GROUP BY order_id
), recent AS (
  SELECT o.order_id, o.customer_id FROM orders AS o WHERE o.ordered_at >= DATE '2024-01-01'
), ranked AS (
  SELECT c.name, p.paid, rank() OVER (ORDER BY p.paid DESC) AS pos
  FROM recent AS r JOIN customers AS c ON c.id = r.customer_id JOIN paid AS p USING (order_id)
)
SELECT name, paid FROM ranked WHERE pos <= 10"""


def metric(page, label: str):
    return page.locator('[data-testid="stMetric"]').filter(
        has=page.get_by_test_id("stMetricLabel").get_by_text(label, exact=True)
    )


def test_three_cte_query_shows_reads_graph_and_json_export(page, app_server) -> None:
    open_app(page, app_server)
    go_to(page, "Lineage")
    area = page.get_by_role("textbox", name="SQL")
    area.fill(SQL)
    area.press("Control+Enter")  # commit the text area (a rerun)
    wait_idle(page, 60_000)

    reads = metric(page, "Reads")
    reads.wait_for()
    assert reads.get_by_test_id("stMetricValue").inner_text().strip() == str(len(READS))
    assert metric(page, "CTEs").get_by_test_id("stMetricValue").inner_text().strip() == str(
        len(CTES)
    )
    column = page.get_by_test_id("stColumn").filter(has=reads).last
    listed = column.get_by_test_id("stCaptionContainer").inner_text()
    assert sorted(t.strip() for t in listed.split(",")) == sorted(READS)

    # the default drawing: Graphviz draws an SVG with one box per table read
    svg = page.locator(".lg-svg svg")
    svg.wait_for()
    for table in READS:
        assert svg.locator("text", has_text=table).count() >= 1, table
    # the interactive option: a vis-network canvas inside the agraph component's iframe
    page.get_by_text("Interactive", exact=True).click()
    wait_idle(page)
    frame = page.frame_locator('iframe[title*="agraph"]')
    frame.locator("canvas").first.wait_for(timeout=60_000)

    exported = json.loads(
        download(page, page.get_by_role("button", name="Export JSON")).path().read_text()
    )
    assert sorted(exported["lineage"]["reads"]) == sorted(READS)
    assert sorted(exported["lineage"]["ctes"]) == sorted(CTES)
    assert exported["graph"]
    drawn = download(page, page.get_by_role("button", name="Export SVG")).path().read_text()
    assert drawn.lstrip().startswith("<?xml") and "<svg" in drawn
    for table in READS:
        assert f">{table}<" in drawn, table
    png = download(page, page.get_by_role("button", name="Export PNG")).path().read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert_no_exception(page)


def test_a_script_with_one_unreadable_statement_still_shows_the_rest(page, app_server) -> None:
    """A newcomer pastes a three-statement script whose middle statement does not parse: the page
    names that statement's line in a warning and still shows what the other two read and write."""
    open_app(page, app_server)
    go_to(page, "Lineage")
    area = page.get_by_role("textbox", name="SQL")
    area.fill(
        "INSERT INTO daily SELECT * FROM orders;\n"
        "SELECT (a FROM broken;\n"
        "INSERT INTO weekly SELECT * FROM daily JOIN customers USING (id);"
    )
    area.press("Control+Enter")
    wait_idle(page, 60_000)
    warning = page.get_by_test_id("stAlertContentWarning").filter(has_text="line 2")
    warning.wait_for()
    assert metric(page, "Reads").get_by_test_id("stMetricValue").inner_text().strip() == "2"
    column = page.get_by_test_id("stColumn").filter(has=metric(page, "Reads")).last
    listed = column.get_by_test_id("stCaptionContainer").inner_text()
    assert sorted(t.strip() for t in listed.split(",")) == ["customers", "orders"]
    writes = page.get_by_test_id("stColumn").filter(has=metric(page, "Writes")).last
    assert writes.get_by_test_id("stCaptionContainer").inner_text().strip() == "weekly"
    assert page.get_by_test_id("stAlertContentError").count() == 0
    assert_no_exception(page)
