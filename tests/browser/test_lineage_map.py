"""The workspace map in Debian Chromium: queries run on the SQL page (audited through the one
execute door) show up on the Lineage page's Workspace map tab; "what breaks if I drop
flights.dep_delay" names the right one, and a click on flights.dep_delay in the workspace graph
lights up the query output built from it."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import wait_idle
from tests.browser.support import (
    app_server_with,
    assert_no_exception,
    demo_carriers,
    download,
    go_to,
    open_app,
    save_screenshot,
    submit_in_code_editor,
)

pytestmark = pytest.mark.browser

AVG = "SELECT carrier, avg(dep_delay) AS avg_delay FROM flights GROUP BY carrier"
LATE = "SELECT origin FROM flights WHERE arr_delay > 30 LIMIT 3"


def test_workspace_map_answers_what_breaks_and_draws_the_runs(page, tmp_path) -> None:
    # a server of its own: the map is the whole workspace's history, and the shared server's
    # holds other tests' queries on flights (a SELECT * there also loses dep_delay)
    with app_server_with(tmp_path / "home") as base:
        _map_answers_what_breaks(page, base)


def _map_answers_what_breaks(page, base: str) -> None:
    open_app(page, base)
    go_to(page, "SQL")
    n = demo_carriers()
    submit_in_code_editor(page, AVG, page.get_by_text(re.compile(rf"^{n} rows × 2 columns")))
    submit_in_code_editor(page, LATE, page.get_by_text(re.compile(r"^3 rows × 1 column")))

    # the first navigation click after typing in the code editor is swallowed (the editor's
    # blur reruns the page; seen on every page, not only Lineage): leave the editor first
    page.get_by_role("heading", name="SQL", exact=True).click()
    wait_idle(page)
    go_to(page, "Lineage")
    page.get_by_role("tab", name="Workspace map").click()
    wait_idle(page)
    target = page.locator(".st-key-_map_target input")
    target.fill("flights.dep_delay")
    target.press("Enter")
    wait_idle(page)
    page.locator(".st-key-_map_question").get_by_role("combobox").click()
    page.get_by_role("option", name="What breaks if I drop it?", exact=True).click()
    wait_idle(page)
    assert page.get_by_text("1 statement(s).", exact=True).is_visible()
    # a misspelt column gets no all-clear: no statement names it, and the right name is offered
    target.fill("flights.dep_dealy")
    target.press("Enter")
    wait_idle(page)
    page.get_by_text("did you mean flights.dep_delay?").wait_for()
    assert page.get_by_text("No statement on the map answers that").count() == 0
    target.fill("flights.dep_delay")
    target.press("Enter")
    wait_idle(page)
    page.get_by_text("1 statement(s).", exact=True).wait_for()

    page.get_by_text("Draw the workspace lineage graph").click()
    wait_idle(page)
    page.locator(".st-key-_map_graph_level").get_by_text("Column", exact=True).click()
    wait_idle(page)
    svg = page.locator(".lg-svg svg").first
    svg.wait_for(timeout=60_000)
    page.locator('.lg-svg g[id^="a_"]:has(> a[*|title="flights.dep_delay"])').first.click()
    page.get_by_text("Downstream: avg_delay").wait_for(timeout=30_000)  # the click reached Python
    wait_idle(page)
    selected = page.locator(".lg-svg g.lg-sel > a")
    expect(selected).to_have_attribute("xlink:title", "flights.dep_delay", timeout=30_000)
    lit = svg.evaluate(
        """svg => Object.fromEntries(["sel", "up", "down"].map(k => [k,
             [...svg.querySelectorAll('g.lg-' + k + ' > a')]
               .map(a => a.getAttribute('xlink:title')).sort()]))"""
    )
    assert lit == {"sel": ["flights.dep_delay"], "up": [], "down": ["avg_delay"]}, lit
    page.locator(".lg-svg").first.scroll_into_view_if_needed()
    save_screenshot(page, "lineage_workspace_map")
    page.get_by_role("button", name="Prepare OpenLineage export").click()
    wait_idle(page)
    exported = download(page, page.get_by_role("button", name="Export OpenLineage events"))
    events = [json.loads(line) for line in exported.path().read_text().splitlines()]
    assert sorted(e["job"]["facets"]["sql"]["query"] for e in events) == sorted([AVG, LATE])
    assert_no_exception(page)
