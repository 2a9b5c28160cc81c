"""Two replicas behind nginx (the shipped ``deploy/nginx.conf``), one PostgreSQL metadata store and
one file store, driven in Debian Chromium through the load balancer (issue 17).

What must be shared is checked by doing it on replica A and finding it on replica B: the sign-in
session, an uploaded file (listed, previewed, profiled, queried), SQL history, and the sign-in
rate limit. Then replica A is killed with SIGKILL in the middle of a session, and the same browser
carries on through nginx on replica B after the reconnect, still signed in, with its work there.
"""

from __future__ import annotations

import csv
import re
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from tests.browser.conftest import wait_idle
from tests.browser.replicas import AFFINITY, REPLICA_HEADER, Cluster, cluster
from tests.browser.support import (
    assert_no_exception,
    click_editor_button,
    go_to,
    open_app,
    open_file_profile,
    replace_in_code_editor,
    screenshot_on_failure,
    upload_file,
)
from tests.browser.test_session_cookie import _wait_cookie
from tests.browser.test_two_users import PASSWORD, _signed_in, sign_up

pytestmark = [pytest.mark.browser, pytest.mark.postgres]

ROWS = 37


@pytest.fixture(scope="module")
def lb(tmp_path_factory) -> Cluster:
    import psycopg

    name = f"iops_replicas_{uuid.uuid4().hex[:8]}"
    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{name}"')
    url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    try:
        with cluster(tmp_path_factory.mktemp("replicas"), url, replicas=2) as lb:
            yield lb
    finally:
        with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def pin(context, lb: Cluster, replica: int) -> None:
    """Make nginx send this browser to ``lb.replicas[replica]`` (its affinity cookie)."""
    host = lb.base.split("//", 1)[1].split(":")[0]
    context.add_cookies(
        [{"name": AFFINITY, "value": lb.cookie_for(lb.replicas[replica]), "domain": host,
          "path": "/"}]
    )  # fmt: skip


def served_by(page, lb: Cluster) -> str:
    """The replica that answers this browser now (a request with the browser's cookies).

    nginx lists every upstream it tried (``A, B`` when A refused and it failed over): the last one
    answered."""
    response = page.request.get(f"{lb.base}/_stcore/health")
    return str(response.headers[REPLICA_HEADER.lower()]).split(",")[-1].strip()


@contextmanager
def new_user_page(chromium_browser, lb: Cluster, name: str, replica: int = 0) -> Iterator:
    """A fresh browser pinned to ``replica``, with a new account signed up and its cookie kept."""
    context = chromium_browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(60_000)
    try:
        with screenshot_on_failure(page, f"replicas_{name}"):
            pin(context, lb, replica)
            email = f"{name}-{uuid.uuid4().hex[:6]}@example.com"
            sign_up(page, lb.base, email)
            _wait_cookie(page)
            yield page, email
    finally:
        context.close()


def try_sign_in(page, base: str, email: str, password: str) -> None:
    open_app(page, base, signed_in=False)
    page.get_by_role("textbox", name="Email", exact=True).filter(visible=True).fill(email)
    page.get_by_role("textbox", name="Password", exact=True).filter(visible=True).fill(password)
    page.get_by_role("button", name="Sign in", exact=True).filter(visible=True).click()


def history_cell(page, text: str):
    """A cell of the History grid holding ``text`` (grid cells are in the DOM, drawn on canvas)."""
    return page.locator('[role="gridcell"]', has_text=text).first


def test_nginx_health_and_sticky_sessions(lb: Cluster) -> None:
    with urllib.request.urlopen(f"{lb.base}/healthz", timeout=5) as r:
        assert r.read().strip() == b"ok"
    with urllib.request.urlopen(f"{lb.base}/_stcore/health", timeout=5) as r:
        first = r.headers.get_all("Set-Cookie") or []
    assert any(c.startswith(f"{AFFINITY}=") for c in first), first  # a first visit gets a cookie
    # the same cookie always reaches the same replica; different cookies reach both
    for replica in lb.replicas:
        cookie = lb.cookie_for(replica)
        assert {lb.replica_for(cookie) for _ in range(10)} == {replica.upstream}
    # a browser that already has the cookie is not given another
    req = urllib.request.Request(
        f"{lb.base}/_stcore/health",
        headers={"Cookie": f"{AFFINITY}={lb.cookie_for(lb.replicas[0])}"},
    )
    with urllib.request.urlopen(req, timeout=5) as r:
        again = r.headers.get_all("Set-Cookie") or []
    assert not any(c.startswith(f"{AFFINITY}=") for c in again), again


def test_what_one_replica_saves_the_other_serves(lb: Cluster, chromium_browser, tmp_path) -> None:
    path = tmp_path / f"sales_{uuid.uuid4().hex[:6]}.csv"
    with path.open("w", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["region", "amount"])
        out.writerows((("north", "south")[i % 2], i) for i in range(ROWS))
    # replica A: sign up, upload a file
    with new_user_page(chromium_browser, lb, "shared") as (page, email):
        assert served_by(page, lb) == lb.replicas[0].upstream
        go_to(page, "Files")
        upload_file(page, path)
        done = page.get_by_text(re.compile(rf"{re.escape(path.name)}: {ROWS} rows → table \w+"))
        done.wait_for()
        table = done.inner_text().rsplit("table ", 1)[1].strip()

        # replica B: the same browser, still signed in; the file is listed and queryable
        pin(page.context, lb, 1)
        page.reload()
        open_app(page, lb.base)
        _signed_in(page, email)
        assert served_by(page, lb) == lb.replicas[1].upstream
        go_to(page, "Files")
        # visible: the file table's grid also carries the name, in a hidden accessibility cell
        page.get_by_text(path.name).filter(visible=True).first.wait_for()
        open_file_profile(
            page, page.get_by_text(re.compile(rf"^{ROWS} rows × 2 columns.* profiled in "))
        )
        page.get_by_role("button", name="Query in SQL").click()
        page.get_by_role("heading", name="SQL", exact=True).first.wait_for()
        wait_idle(page, 60_000)
        replace_in_code_editor(
            page, f"SELECT region, count(*) AS n FROM {table} GROUP BY region ORDER BY region"
        )
        click_editor_button(page, "Run")
        wait_idle(page, 60_000)
        page.get_by_text(re.compile(r"^2 rows × 2 columns")).first.wait_for()
        assert_no_exception(page)

        # back on replica A: the query run on B is in the history kept in the shared store
        pin(page.context, lb, 0)
        page.reload()
        open_app(page, lb.base)
        assert served_by(page, lb) == lb.replicas[0].upstream
        go_to(page, "SQL")
        page.get_by_role("tab", name="History").click()
        history_cell(page, "GROUP BY region").wait_for(state="attached")
        assert_no_exception(page)


def test_sign_in_limit_is_shared_by_the_replicas(lb: Cluster, chromium_browser) -> None:
    with new_user_page(chromium_browser, lb, "limit") as (page, email):
        page.get_by_test_id("stSidebar").get_by_role("button", name="Sign out").click()
        page.get_by_role("tab", name="Sign in").wait_for()
        # five wrong passwords, alternating replicas: one counter in the shared store
        for attempt in range(5):
            pin(page.context, lb, attempt % 2)
            try_sign_in(page, lb.base, email, f"wrong password {attempt}")
            wait_idle(page)
        pin(page.context, lb, 1)
        try_sign_in(page, lb.base, email, PASSWORD)
        page.get_by_text("Too many failed sign-ins for this account").wait_for()


def test_a_killed_replica_loses_no_saved_work(lb: Cluster, chromium_browser) -> None:
    """Last in this module: it kills replica A."""
    marker = f"kill_{uuid.uuid4().hex[:6]}"
    with new_user_page(chromium_browser, lb, "kill") as (page, email):
        go_to(page, "SQL")
        replace_in_code_editor(page, f"SELECT '{marker}' AS marker")
        click_editor_button(page, "Run")
        wait_idle(page, 60_000)
        page.get_by_text(re.compile(r"^1 row × 1 column ")).first.wait_for()
        # The result drawn (its grid's script and styles loaded): a kill while the browser still
        # fetches them fails that fetch, and Streamlit shows "Unable to preload CSS" in its place.
        history_cell(page, marker).wait_for(state="attached", timeout=60_000)

        lb.replicas[0].kill()  # mid-session: the websocket drops without a goodbye
        # no reload: Streamlit's page reconnects by itself, and nginx sends it to replica B
        page.get_by_test_id("stSidebar").get_by_text(email).wait_for(timeout=90_000)
        wait_idle(page, 90_000)
        _signed_in(page, email)
        assert served_by(page, lb) == lb.replicas[1].upstream
        go_to(page, "SQL")
        page.get_by_role("tab", name="History").click()
        history_cell(page, marker).wait_for(state="attached")
        assert_no_exception(page)
