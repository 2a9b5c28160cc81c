"""Security item 7 in Debian Chromium: data is never markup.

Markdown and HTML payloads that would load an image from a planted loopback host are put into
every kind of untrusted text the app shows: a file name, a column name, a cell value, a table
comment, a column comment, a database error message, a connection name and an LLM explanation.
Every page where they show is visited; no request may reach the planted host, seen both by the
host itself (a TCP listener that records every connection, TLS attempts included) and by
Playwright's request events. A positive control proves the browser can reach the listener, and
each payload is checked to be on the page as literal text (so the page really drew it).
"""

from __future__ import annotations

import re
import socketserver
import threading

import pytest

from tests.browser.conftest import wait_idle
from tests.browser.support import (
    app_server_with,
    assert_no_exception,
    go_to,
    open_app,
    open_file_profile,
    save_screenshot,
    screenshot_on_failure,
    select_option,
    upload_file,
)
from tests.support.llm_server import LlmServer

pytestmark = [pytest.mark.browser, pytest.mark.postgres]


class Beacon(socketserver.ThreadingTCPServer):
    """A loopback listener that records the first bytes of every connection it is sent."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        self.hits: list[bytes] = []

        class Handler(socketserver.BaseRequestHandler):
            def handle(inner) -> None:  # the request handler; "self" is the Beacon
                inner.request.settimeout(2)
                try:
                    data = inner.request.recv(2048)
                except OSError:
                    data = b""
                self.hits.append(data or b"(connected)")
                inner.request.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")

        super().__init__(("127.0.0.1", 0), Handler)
        self.port = int(self.server_address[1])
        threading.Thread(target=self.serve_forever, daemon=True).start()


def bait(port: int, kind: str, *, slashes: bool = True) -> str:
    """Payloads that each load ``kind``'s beacon if rendered as Markdown or HTML.

    ``slashes=False`` keeps it usable as a file name: ``https:host`` (no slashes) is still a URL
    to the browser (``http:host`` would be relative to the app's own http page).
    """
    host = f"127.0.0.1:{port}"
    if not slashes:
        return f"![{kind}](https:{host}?{kind}) [l](https:{host}?{kind}) marker-{kind}"
    return (
        f"![{kind}](http://{host}/{kind}.png) <img src=http://{host}/{kind}-h.png> "
        f"[l](https:{host}/{kind}-s) ![s](https:{host}/{kind}-s.png) marker-{kind}"
    )


def test_planted_markup_in_every_kind_of_untrusted_text_loads_nothing(
    page, tmp_path, pg_url
) -> None:
    import sqlalchemy as sa
    from sqlalchemy.engine import make_url

    from iopsdata.workspace import Workspace

    beacon = Beacon()
    port = beacon.port
    requests: list[str] = []
    page.context.on("request", lambda r: requests.append(r.url) if f":{port}" in r.url else None)

    # a PostgreSQL table with planted table and column comments, behind a planted connection name
    engine = sa.create_engine(pg_url)
    with engine.begin() as con:
        con.execute(sa.text("CREATE TABLE orders (id int PRIMARY KEY, amount numeric)"))
        # (the payloads hold no quote; COMMENT takes no bind parameters)
        con.exec_driver_sql(f"COMMENT ON TABLE orders IS '{bait(port, 'tcomment')}'")
        con.exec_driver_sql(f"COMMENT ON COLUMN orders.amount IS '{bait(port, 'ccomment')}'")
    engine.dispose()
    url = make_url(pg_url)
    options = {"host": url.host, "port": url.port, "database": url.database, "user": url.username}
    conn_name = bait(port, "conn")
    Workspace.open().connections.add(conn_name, "postgresql", options)

    # a CSV whose name, header and a cell are planted
    csv = tmp_path / f"{bait(port, 'file', slashes=False)}.csv"
    column = bait(port, "column").replace(",", " ")
    cell = bait(port, "cell").replace(",", " ")
    # the planted column comes first: the profile shows the first column's details
    csv.write_text(f'"{column}",n\n"{cell}",1\n"{cell}",2\n')

    sql = "SELECT amount FROM orders"
    reply = f"{bait(port, 'llm')} www.example.com\n\n```sql\n{sql}\n```\n"
    with LlmServer() as llm:
        llm.enqueue(reply, reply, reply)
        env = {
            "IOPSDATA_LLM_PROVIDER": "openai_compatible",
            "IOPSDATA_OPENAI_COMPATIBLE_BASE_URL": llm.base_url("openai_compatible"),
        }
        with (
            app_server_with(tmp_path / "home", env) as base,
            screenshot_on_failure(page, "beacons"),
        ):
            open_app(page, base)
            # positive control: this browser can reach the listener, and both witnesses see it
            page.evaluate(f"fetch('http://127.0.0.1:{port}/control', {{mode: 'no-cors'}})")
            _wait_for(lambda: beacon.hits and requests)
            assert any(b"/control" in h for h in beacon.hits)
            beacon.hits.clear()
            requests.clear()

            # Files: upload (status label), the file's title, the profile of the planted column
            go_to(page, "Files")
            upload_file(page, csv)
            try:
                page.get_by_text("marker-file").first.wait_for()
            except Exception:  # a submit lost while the page reran (seen once under load)
                upload_file(page, csv)
                page.get_by_text("marker-file").first.wait_for()
            open_profile(page)
            # (drawn in the DOM; a rerun may bring the Preview tab to the front, hiding them)
            page.locator("strong", has_text="marker-column").first.wait_for(state="attached")
            page.get_by_text("marker-cell").first.wait_for(state="attached")
            save_screenshot(page, "beacons_files")

            # SQL: the planted connection, its schema browser comments, a planted error message
            go_to(page, "SQL")
            select_option(page, "Connection", conn_name)
            page.locator('[data-testid="stSidebar"]').get_by_text("orders", exact=True).click()
            page.get_by_text("marker-tcomment").first.wait_for()
            page.get_by_text("marker-ccomment").first.wait_for()
            if not page.locator('textarea[aria-label="SQL"]').count():
                page.get_by_text("Plain editor").click()
                wait_idle(page)
            area = page.locator('textarea[aria-label="SQL"]')
            # PostgreSQL cuts identifiers at 63 bytes: a short payload, whole in the error message
            area.fill(f'SELECT * FROM "![e](https:127.0.0.1:{port}?dberror) marker-dberror"')
            area.press("Control+Enter")
            wait_idle(page)
            page.get_by_role("button", name="Run", exact=True).click()
            wait_idle(page)
            page.locator('[data-testid="stAlert"]', has_text="marker-dberror").first.wait_for()
            save_screenshot(page, "beacons_sql")

            # Chat: the model's explanation (streamed, then stored and drawn again)
            go_to(page, "Chat")
            box = page.get_by_placeholder("Ask a question about your data")
            box.fill("How much was ordered?")
            box.press("Enter")
            wait_idle(page, 90_000)
            page.get_by_text("marker-llm").first.wait_for()
            save_screenshot(page, "beacons_chat")

            # Settings: the connection list (expander labels)
            go_to(page, "Settings")
            page.get_by_role("tab", name="Connections").click()
            page.get_by_text("marker-conn").first.wait_for()
            save_screenshot(page, "beacons_settings")
            assert_no_exception(page)

            page.wait_for_timeout(1000)  # let any image request that was started arrive
    assert requests == [], requests
    assert beacon.hits == [], beacon.hits
    beacon.shutdown()


def open_profile(page) -> None:
    """The Profile tab of the chosen file, profiling it first when it was not profiled on upload."""
    open_file_profile(page, page.get_by_text(re.compile(r" profiled in ")))


def _wait_for(condition, timeout_s: float = 10.0) -> None:
    import time

    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "the positive control never reached the listener"
        time.sleep(0.05)


def test_bait_kinds_are_distinct() -> None:
    kinds = ["file", "column", "cell", "tcomment", "ccomment", "dberror", "conn", "llm"]
    assert len({re.sub(r"\d+", "", bait(1, k)) for k in kinds}) == len(kinds)
