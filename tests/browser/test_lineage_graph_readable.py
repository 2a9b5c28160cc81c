"""In Debian Chromium: the default lineage graph is readable at both levels and interactive.

A script of 10 tables x 30 columns goes into the Lineage page. At the table and at the column
level the default drawing (Graphviz boxes, one per table, listing its columns, drawn by ``dot`` on
the server into a Streamlit component) must show every table name and every column name as SVG
text of a real size, each inside its own box. A click on a column lights up exactly its upstream
and downstream cells and edges; the search box marks matches; a click on a header collapses the
box and another expands it.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import wait_idle
from tests.browser.support import (
    appears,
    assert_no_exception,
    click_until,
    go_to,
    open_app,
    save_screenshot,
    select_option,
)

pytestmark = pytest.mark.browser

SOURCES, COLUMNS = 5, 30
SQL = ";\n".join(
    f"CREATE TABLE t{SOURCES + i} AS SELECT "
    + ", ".join(f"t{i}.c{j:02d}" for j in range(COLUMNS))
    + f" FROM t{i} JOIN t{(i + 1) % SOURCES} ON t{i}.id = t{(i + 1) % SOURCES}.id"
    for i in range(SOURCES)
)
TABLES = [f"t{i}" for i in range(2 * SOURCES)]
COLUMN_NAMES = [f"c{j:02d}" for j in range(COLUMNS)]

# Every <text> of the SVG with its box and the box of the node (<g class="node">) holding it.
MEASURE_JS = """svg => [...svg.querySelectorAll('g.node')].flatMap(node => {
  const shapes = [...node.querySelectorAll('polygon, path')].map(p => p.getBoundingClientRect());
  const box = shapes.reduce((a, r) => ({
    left: Math.min(a.left, r.left), top: Math.min(a.top, r.top),
    right: Math.max(a.right, r.right), bottom: Math.max(a.bottom, r.bottom)}),
    {left: 1e9, top: 1e9, right: -1e9, bottom: -1e9});
  return [...node.querySelectorAll('text')].map(t => {
    const r = t.getBoundingClientRect();
    return {text: t.textContent.trim(), left: r.left, top: r.top, right: r.right,
            bottom: r.bottom, width: r.width, height: r.height, box};
  });
})"""


def measure(page) -> list[dict]:
    svg = page.locator(".lg-svg svg").first
    svg.wait_for(timeout=60_000)
    return list(svg.evaluate(MEASURE_JS))


def check_readable(texts: list[dict], expected: list[str]) -> None:
    shown = {t["text"] for t in texts}
    missing = [name for name in expected if name not in shown]
    assert not missing, missing
    for t in texts:
        if not t["text"]:
            continue  # Graphviz writes blank spacers between runs of an HTML-like label
        assert t["height"] >= 10 and t["width"] >= 6, t  # real, readable text
        box = t["box"]
        inside = (
            t["left"] >= box["left"] - 1
            and t["right"] <= box["right"] + 1
            and t["top"] >= box["top"] - 1
            and t["bottom"] <= box["bottom"] + 1
        )
        assert inside, t


def test_default_graph_labels_tables_and_columns_at_both_levels(page, app_server) -> None:
    open_app(page, app_server)
    go_to(page, "Lineage")
    area = page.get_by_role("textbox", name="SQL")
    area.fill(SQL)
    area.press("Control+Enter")
    wait_idle(page, 60_000)

    table_level = measure(page)
    check_readable(table_level, [*TABLES, *COLUMN_NAMES[:6], "+ 24 more"])
    page.locator(".lg-svg").first.scroll_into_view_if_needed()
    save_screenshot(page, "lineage_table_level")

    # the column level names every column: wait for the last one (a click lost to a rerun, or a
    # rerun not begun when the page first looks idle, would measure the table level again)
    last_column = page.locator(".lg-svg svg text").filter(has_text=COLUMN_NAMES[-1]).first
    click_until(
        page,
        page.get_by_test_id("stButtonGroup").get_by_text("Column", exact=True),
        lambda: appears(last_column, 15_000),
    )
    column_level = measure(page)
    check_readable(column_level, TABLES + COLUMN_NAMES)
    edges = page.locator(".lg-svg svg g.edge").count()
    assert edges == SOURCES * COLUMNS  # one edge per derived column
    page.locator(".lg-svg").first.scroll_into_view_if_needed()
    save_screenshot(page, "lineage_column_level")

    # t5 is built from t0's columns (CREATE TABLE t5 AS SELECT t0.c00, …, t0.c29 FROM t0 JOIN t1),
    # so the source t0.c07 has exactly one downstream cell, t5.c07, and one lit edge
    source = cell(page, "t0.c07")
    source.click()
    wait_idle(page)
    lit = lit_titles(page)
    assert lit["sel"] == ["t0.c07"], lit
    assert lit["down"] == ["t5.c07"], lit
    assert lit["up"] == [], lit
    assert page.locator(".lg-svg g.edge.lg-on").count() == 1
    page.get_by_text("Downstream: t5.c07").wait_for(timeout=30_000)  # the click reached Python
    save_screenshot(page, "lineage_column_clicked")
    # and from the derived side: t5.c07 has t0.c07 upstream
    cell(page, "t5.c07").click()
    wait_idle(page)
    lit = lit_titles(page)
    assert lit["sel"] == ["t5.c07"] and lit["up"] == ["t0.c07"] and lit["down"] == [], lit

    # picking a column in the page's box highlights it in the drawing too
    select_option(page, "Highlight upstream and downstream of", "t0.c03")
    expect(page.locator(".lg-svg g.lg-sel > a")).to_have_attribute("xlink:title", "t0.c03")
    lit = lit_titles(page)
    assert lit["down"] == ["t5.c03"] and lit["up"] == [], lit

    search = page.get_by_role("searchbox", name="Search the lineage graph")
    search.fill("c13")
    matched = page.locator(".lg-svg g.lg-match").count()
    assert matched == 2 * SOURCES  # t0..t4 (sources) and t5..t9 each list c13 once
    assert page.get_by_text(f"{matched} matches").is_visible()
    search.fill("")

    header(page, "t5").click()  # collapse t5: its 30 rows go, its edges meet at the header
    expect(page.locator('.lg-svg g[id^="a_"] a[*|title^="t5."]')).to_have_count(0, timeout=30_000)
    wait_idle(page)
    texts = {t["text"] for t in measure(page)}
    assert "t5" in texts and "[+]" in texts
    save_screenshot(page, "lineage_column_collapsed")
    header(page, "t5").click()
    expect(page.locator('.lg-svg g[id^="a_"] a[*|title="t5.c07"]')).to_have_count(1, timeout=30_000)
    assert_no_exception(page)


def cell(page, title: str):
    return page.locator(f'.lg-svg g[id^="a_"]:has(> a[*|title="{title}"])').first


def header(page, table: str):
    return cell(page, table)


def lit_titles(page) -> dict[str, list[str]]:
    return page.locator(".lg-svg svg").first.evaluate(
        """svg => Object.fromEntries(["sel", "up", "down"].map(k => [k,
             [...svg.querySelectorAll('g.lg-' + k + ' > a')]
               .map(a => a.getAttribute('xlink:title')).sort()]))"""
    )
