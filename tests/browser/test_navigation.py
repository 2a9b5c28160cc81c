"""End to end in Debian Chromium: the page navigation (issue 2).

Every page opens from the navigation (sidebar or top bar) with its title and no exception; the
navigation lists exactly our five labels and never, not even while loading, the legacy page list
built from ``pages/`` file names; the demo connection runs on the SQL page. With
``IOPSDATA_UPDATE_SCREENSHOT=1`` a passing run refreshes the README's ``docs/screenshot.png``.
"""

from __future__ import annotations

import os
import re
import shutil

import pytest

from tests.browser.conftest import ARTIFACTS, ROOT, wait_idle
from tests.browser.support import (
    DEMO_CONNECTION,
    LINK_LABEL_JS,
    NAV_LINKS,
    PAGE_LABELS,
    app_server_with,
    assert_no_exception,
    demo_carriers,
    editor_frame,
    go_to,
    nav_labels,
    open_app,
    selectbox_value,
    submit_in_code_editor,
)

pytestmark = pytest.mark.browser

QUERY = "SELECT carrier, count(*) AS flights FROM flights GROUP BY 1 ORDER BY 2 DESC"
SCREENSHOT = ROOT / "docs" / "screenshot.png"

# Records every label the sidebar navigation ever shows, from the first paint on, so a legacy
# list that flashes for one frame before st.navigation runs is caught too.
RECORD_NAV = f"""
window.__navSeen = new Set();
const label = {LINK_LABEL_JS};
const record = () =>
  document.querySelectorAll('{NAV_LINKS}').forEach(a => window.__navSeen.add(label(a)));
new MutationObserver(record)
  .observe(document, {{subtree: true, childList: true, characterData: true}});
"""


# the aria-label of every element that has one and holds a backslash (a Markdown escape)
ESCAPED_NAMES = "els => els.map(e => e.getAttribute('aria-label')).filter(a => a.includes('\\\\'))"


def test_sidebar_lists_exactly_our_pages_and_never_the_legacy_list(page, app_server) -> None:
    """Also: no page asks another host for anything, custom components' frames included (a
    favicon from Google's font CDN did, on every page load, and the SQL editor's themes import a
    font from Google Fonts: a leak for a self-hosted team and a console error offline). And no
    widget's accessible name carries Markdown's backslash escapes (the Knowledge forms' did)."""
    requested: list[str] = []
    blocked: list[str] = []  # stopped by the browser before sending: the components' policy
    page.on("request", lambda r: requested.append(r.url))
    page.on("requestfailed", lambda r: r.failure == "csp" and blocked.append(r.url))
    page.add_init_script(RECORD_NAV)
    open_app(page, app_server)
    assert nav_labels(page) == list(PAGE_LABELS)
    escaped: dict[str, list[str]] = {}
    for label in (*PAGE_LABELS[1:], PAGE_LABELS[0]):
        go_to(page, label)
        assert_no_exception(page)
        assert nav_labels(page) == list(PAGE_LABELS)
        if found := page.eval_on_selector_all("[aria-label]", ESCAPED_NAMES):
            escaped[label] = found
        if label == "SQL":  # the positive control: the editor's theme asks for its font
            editor_frame(page).locator(".ace_editor").first.wait_for()
            for _ in range(100):
                if blocked:
                    break
                page.wait_for_timeout(100)
    # A widget's accessible name is its label as written: a Markdown-escaped constant label
    # ("Note \(optional\)") is what a screen reader read out, backslashes and all.
    assert not escaped, f"accessible names with Markdown escapes: {escaped}"
    page.reload()
    open_app(page, app_server)
    seen = set(page.evaluate("[...window.__navSeen]"))
    assert seen == set(PAGE_LABELS), f"the sidebar also showed {sorted(seen - set(PAGE_LABELS))}"
    elsewhere = [u for u in requested if not u.startswith((app_server + "/", "data:", "blob:"))]
    assert len(requested) > 50
    assert [u for u in elsewhere if u not in blocked] == [], "sent to another host"
    assert any(u.startswith("https://fonts.googleapis.com/") for u in blocked), blocked


@pytest.mark.parametrize("label", PAGE_LABELS)
def test_each_page_opens_with_its_title(page, app_server, label) -> None:
    open_app(page, app_server)
    go_to(page, label)
    assert page.get_by_role("heading", name=label, exact=True).count() >= 1
    assert_no_exception(page)


def test_demo_connection_runs_on_the_sql_page_and_refreshes_the_screenshot(page, tmp_path) -> None:
    # its own fresh server, so the screenshot's history holds only this query
    with app_server_with(tmp_path / "home") as base:
        open_app(page, base)
        go_to(page, "SQL")
        assert selectbox_value(page, "Connection") == DEMO_CONNECTION
        caption = page.get_by_text(re.compile(r"[\d,]+ rows × 2 columns"))
        submit_in_code_editor(page, QUERY, caption)
        assert int(caption.inner_text().split(" rows")[0].replace(",", "")) == demo_carriers()
        page.locator('[data-testid="stDataFrame"]').first.wait_for()
        assert_no_exception(page)
        ARTIFACTS.mkdir(exist_ok=True)
        shot = ARTIFACTS / "sql_page.png"
        # Streamlit scrolls inside its own container: a taller window shows the whole grid
        page.set_viewport_size({"width": 1400, "height": 1300})
        page.mouse.click(5, 1290)  # move the focus out of the editor (no blinking cursor)
        wait_idle(page)
        page.screenshot(path=str(shot), full_page=True)
    if os.environ.get("IOPSDATA_UPDATE_SCREENSHOT") == "1":  # only after every assertion passed
        shutil.copyfile(shot, SCREENSHOT)
