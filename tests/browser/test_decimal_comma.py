"""In Chromium: a European CSV export (';' between fields, ',' before decimals, '.' between
thousands) uploads with its amounts as numbers, says so, and its total is right on the SQL page's
result."""

from __future__ import annotations

import re
import uuid

import pytest

from tests.browser.conftest import wait_idle
from tests.browser.support import (
    assert_no_exception,
    go_to,
    open_app,
    save_screenshot,
    submit_in_code_editor,
    upload_file,
)

pytestmark = pytest.mark.browser


class Attached:
    """``submit_in_code_editor``'s ``done`` for an element that is in the page but not shown."""

    def __init__(self, locator) -> None:
        self.locator = locator

    def wait_for(self, timeout: float) -> None:
        self.locator.first.wait_for(state="attached", timeout=timeout)


# amounts from a thousand up are written with points between thousands, as German exports do
EXPORT = "Bestellung;Region;Betrag (€)\n1;Nord;335,32\n2;Süd;-1,50\n3;Ost;1.200,00\n"


def test_decimal_comma_amounts_are_numbers_on_the_page(page, app_server, tmp_path) -> None:
    path = tmp_path / f"umsatz_{uuid.uuid4().hex[:6]}.csv"
    path.write_text(EXPORT, encoding="utf-8")
    open_app(page, app_server)
    go_to(page, "Files")
    upload_file(page, path)
    page.get_by_text(re.compile(rf"{re.escape(path.name)}: 3 rows")).wait_for()
    page.get_by_text("decimal comma (1,5 read as 1.5)").first.wait_for()
    page.get_by_text("points between thousands (1.234,5 read as 1234.5)").first.wait_for()
    save_screenshot(page, "files_decimal_comma")
    page.get_by_role("button", name="Query in SQL").click()
    wait_idle(page)
    # the result grid's cells are in its (hidden) accessible table: the total summed as a number
    total = page.locator('[role="gridcell"]').filter(has_text=re.compile(r"^1,?533\.82$"))
    submit_in_code_editor(
        page,
        f'SELECT round(sum("Betrag (€)"), 2) AS total FROM {path.stem.lower()}',
        Attached(total),
    )
    assert_no_exception(page)
