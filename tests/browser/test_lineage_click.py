"""End to end in Debian Chromium: the interactive graph renders and a click reaches Python.

AppTest cannot render streamlit-agraph or click it, so this is the test of the click → highlight
round trip.
"""

from __future__ import annotations

import time

import pytest

from tests.browser.support import app_server_with

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def server(tmp_path):
    with app_server_with(tmp_path / "home", {"IOPSDATA_DEMO": "false"}) as base:
        yield base


def test_graph_click_highlights_the_node(server, page):
    page.goto(f"{server}/lineage", timeout=60_000)
    box = page.get_by_label("SQL")
    box.wait_for(timeout=60_000)
    # One statement → one node at the centre of the canvas: a click there must come back.
    box.fill("DROP TABLE old_events")
    box.press("Control+Enter")
    page.get_by_text("Export DOT").wait_for(timeout=60_000)
    page.get_by_text("Interactive", exact=True).click()  # the default drawing is Graphviz
    frame_el = page.locator("iframe").first
    frame_el.wait_for(timeout=60_000)
    canvas = page.frame_locator("iframe").first.locator("canvas")
    canvas.wait_for(timeout=60_000)
    canvas.scroll_into_view_if_needed()
    time.sleep(1.5)  # let vis-network fit the view
    bb = canvas.bounding_box()
    assert bb is not None
    page.mouse.click(bb["x"] + bb["width"] / 2, bb["y"] + bb["height"] / 2)
    page.get_by_text("Upstream: —").wait_for(timeout=30_000)
