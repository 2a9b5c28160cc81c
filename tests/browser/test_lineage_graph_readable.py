"""First-hour item 5 in Debian Chromium: the default lineage graph is readable at both levels.

A script of 10 tables x 30 columns goes into the Lineage page. At the table and at the column
level the default drawing (Graphviz boxes, one per table, listing its columns) must show every
table name and every column name as SVG text of a real size, each inside its own box.
"""

from __future__ import annotations

import pytest

from tests.browser.conftest import wait_idle
from tests.browser.support import assert_no_exception, go_to, open_app, save_screenshot

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
    svg = page.locator('[data-testid="stGraphVizChart"] svg').first
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
    page.locator('[data-testid="stGraphVizChart"]').first.scroll_into_view_if_needed()
    save_screenshot(page, "lineage_table_level")

    page.get_by_test_id("stButtonGroup").get_by_text("Column", exact=True).click()
    wait_idle(page)
    column_level = measure(page)
    check_readable(column_level, TABLES + COLUMN_NAMES)
    edges = page.locator('[data-testid="stGraphVizChart"] svg g.edge').count()
    assert edges == SOURCES * COLUMNS  # one edge per derived column
    page.locator('[data-testid="stGraphVizChart"]').first.scroll_into_view_if_needed()
    save_screenshot(page, "lineage_column_level")
    assert_no_exception(page)
