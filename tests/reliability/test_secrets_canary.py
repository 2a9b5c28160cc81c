"""Secrets canary (issue 8): plant canary secrets in one full run of the real app, then scan every
surface the run produced for them — zero hits.

Canaries: a PostgreSQL role's password, a MariaDB user's password (pasted inside a database URL),
two wrong passwords that provoke the drivers' error messages, the OpenAI-compatible key from the
environment, a key saved through the Settings provider form, the local account's password and
``FERNET_KEY`` itself. Surfaces: every websocket frame in both directions, the HTML of every page,
the server log with the root logger at DEBUG, every request to the (loopback) LLM provider except
the header the key is meant for, the CSV/Parquet exports, every file under ``IOPSDATA_HOME`` plus
an SQL dump of the SQLite metadata store, and this process's own captured logs. A second, smaller
pass keeps the metadata in PostgreSQL and scans its ``pg_dump``.

Secrets the user types (passwords, the saved key) travel browser→server by design; they must never
come back server→browser nor appear on any other surface.
"""

from __future__ import annotations

import csv
import io
import logging
import os
import re
import shutil
import sqlite3
import subprocess
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import (  # noqa: F401 (chromium_browser is a fixture)
    chromium_browser,
    typed_secrets,
    wait_idle,
)
from tests.browser.support import (
    app_server_with,
    assert_no_exception,
    click_until,
    download,
    go_to,
    nav_link,
    open_app,
    screenshot_on_failure,
    select_option,
    selectbox_value,
    upload_file,
)
from tests.conftest import MYSQL_HOST, PG_ADMIN_URL, unavailable
from tests.reliability.canary import Canary, Scanner, check_frames, frame_bytes, make_secret
from tests.reliability.figures import md_table, record
from tests.support.llm_server import LlmServer

pytestmark = pytest.mark.reliability

COMMAND = "python -m pytest tests/reliability/test_secrets_canary.py"
EMAIL = "canary@example.com"
QUESTION = "Which canary items have the largest quantity?"
CHAT_SQL = "SELECT name, qty FROM canary_items ORDER BY qty DESC"
REPLY = f"This lists the items, largest quantity first.\n\n```sql\n{CHAT_SQL}\n```\n"
ITEMS = [("bolt", 40), ("nut", 25), ("washer", 12), ("gear", 7)]
PG_CONN, MY_CONN, MY_BAD, PG_BAD = "pg-canary", "maria-canary", "maria-wrong", "pg-wrong"
SITECUSTOMIZE = (
    "import logging, sys\n"
    "logging.basicConfig(level=logging.DEBUG, stream=sys.stderr,\n"
    "                    format='%(asctime)s %(levelname)s %(name)s: %(message)s')\n"
    "logging.getLogger('watchdog').setLevel(logging.INFO)\n"  # file-watcher noise, no product code
)


# -- the capture ---------------------------------------------------------------------------------
@dataclass
class Capture:
    """What one run showed: websocket frames, page HTML and downloads."""

    frames: list[tuple[str, bytes | str]] = field(default_factory=list)
    pages: list[tuple[str, str]] = field(default_factory=list)
    downloads: dict[str, bytes] = field(default_factory=dict)

    def attach(self, page) -> None:
        def on_socket(ws) -> None:
            ws.on("framesent", lambda p: self.frames.append(("sent", p)))
            ws.on("framereceived", lambda p: self.frames.append(("received", p)))

        page.on("websocket", on_socket)

    def html(self, page, label: str) -> None:
        wait_idle(page)
        self.pages.append((label, _without_typed_passwords(page.content())))

    def download(self, page, button: str, name: str) -> bytes:
        done = download(page, page.get_by_role("button", name=re.compile(button)).first)
        data = Path(done.path()).read_bytes()
        self.downloads[name] = data
        return data


_PASSWORD_INPUT = re.compile(r"<input\b[^>]*\btype=\"password\"[^>]*>")
_VALUE = re.compile(r'\svalue="[^"]*"')


def _without_typed_passwords(html: str) -> str:
    """The page without the values of its masked password fields.

    A refused save keeps what the user typed, the password too (first-hour item 9), and React
    mirrors a field's value into its ``value`` attribute, so the browser's own copy of a password
    the user typed shows in the DOM. That copy never left the browser: the websocket scan proves
    the server sends no typed secret back, and every other text of the page is still scanned.
    """
    return _PASSWORD_INPUT.sub(lambda m: _VALUE.sub("", m.group(0)), html)


def debug_logging_dir(tmp_path: Path) -> dict[str, str]:
    """Environment that makes the server's root logger log everything at DEBUG to server.log."""
    folder = tmp_path / "debuglog"
    folder.mkdir()
    (folder / "sitecustomize.py").write_text(SITECUSTOMIZE)
    path = os.pathsep.join(p for p in (str(folder), os.environ.get("PYTHONPATH", "")) if p)
    return {"PYTHONPATH": path, "STREAMLIT_SERVER_FILE_WATCHER_TYPE": "none"}


# -- canary databases ----------------------------------------------------------------------------
def _pg_admin(dbname: str):
    import psycopg

    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    return psycopg.connect(f"{base}/{dbname}", autocommit=True, connect_timeout=3)


@pytest.fixture
def pg_canary(pg_url):
    """A PostgreSQL role with a canary password and SELECT on ``canary_items``."""
    from psycopg import sql

    dbname = pg_url.rsplit("/", 1)[1]
    role, password = f"iops_cnr_{uuid.uuid4().hex[:8]}", make_secret("pgpw")
    with _pg_admin(dbname) as con:
        con.execute("CREATE TABLE canary_items (name text PRIMARY KEY, qty int NOT NULL)")
        with con.cursor() as cur:
            cur.executemany("INSERT INTO canary_items VALUES (%s, %s)", ITEMS)
        con.execute(
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(role), sql.Literal(password)
            )
        )
        con.execute(sql.SQL("GRANT SELECT ON canary_items TO {}").format(sql.Identifier(role)))
    yield {"database": dbname, "user": role, "password": password}
    with _pg_admin("postgres") as con:
        con.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')
        con.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


@pytest.fixture
def mysql_canary(mysql_url):
    """A MariaDB user with a canary password and SELECT on the throwaway database."""
    import pymysql

    dbname = mysql_url.rsplit("/", 1)[1]
    user, password = f"iops_cnr_{uuid.uuid4().hex[:8]}", make_secret("mypw")
    admin = pymysql.connect(host=MYSQL_HOST, user="root", password="", autocommit=True)
    with admin.cursor() as cur:
        cur.execute(f"CREATE TABLE `{dbname}`.gadgets (id int PRIMARY KEY, label varchar(20))")
        cur.execute(f"INSERT INTO `{dbname}`.gadgets VALUES (1, 'lever'), (2, 'spring')")
        cur.execute(f"CREATE USER '{user}'@'%%' IDENTIFIED BY %s", (password,))
        cur.execute(f"GRANT SELECT ON `{dbname}`.* TO '{user}'@'%'")
    yield {"database": dbname, "user": user, "password": password}
    with admin.cursor() as cur:
        cur.execute(f"DROP USER IF EXISTS '{user}'@'%'")
    admin.close()


@pytest.fixture
def metadata_pg_url():
    """A second throwaway PostgreSQL database, for the metadata store of the second pass."""
    name = f"iops_t_{uuid.uuid4().hex[:10]}"
    try:
        admin = _pg_admin("postgres")
    except Exception:
        unavailable("PostgreSQL on 127.0.0.1:5432")
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    yield name, f"{base.replace('postgresql://', 'postgresql+psycopg://', 1)}/{name}"
    with _pg_admin("postgres") as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# -- browser steps -------------------------------------------------------------------------------
def sign_up_and_in(page, base: str, password: str, cap: Capture) -> None:
    """Create the account; reload (the session cookie keeps the sign-in); sign out and sign in
    again with the password, so sign-up, the cookie and the password path all run."""
    open_app(page, base, signed_in=False)
    cap.html(page, "sign-in")
    # the sign-in cookie's rerun can redraw the tabs as the click lands: then the old form stays
    # in the page for a moment and the new tabs open on "Sign in"; click once the page settles
    create = page.get_by_role("button", name="Create account", exact=True).filter(visible=True)
    tab = page.get_by_role("tab", name="Create account").filter(visible=True).first
    click_until(page, tab, lambda: create.count() == 1, attempts=3)
    expect(create).to_have_count(1)
    email = page.get_by_role("textbox", name="Email", exact=True).filter(visible=True)
    expect(email).to_have_count(1)
    email.fill(EMAIL)
    page.get_by_label("Password (10+ characters)").fill(password)
    page.get_by_role("button", name="Create account", exact=True).filter(visible=True).click()
    nav_link(page, "Chat").wait_for(timeout=90_000)
    wait_idle(page, 60_000)
    page.wait_for_function("document.cookie.includes('iops_session=')")
    page.reload()
    open_app(page, base)  # still signed in after the reload
    page.get_by_test_id("stSidebar").get_by_role("button", name="Sign out").click()
    page.get_by_role("tab", name="Sign in").wait_for(timeout=90_000)
    wait_idle(page, 60_000)
    page.get_by_role("textbox", name="Email", exact=True).filter(visible=True).fill(EMAIL)
    page.get_by_role("textbox", name="Password", exact=True).filter(visible=True).fill(password)
    # a rerun can leave the previous sign-in form (hidden) in the page for a moment: the visible
    # button is the one the fields above were typed into
    page.get_by_role("button", name="Sign in", exact=True).filter(visible=True).click()
    nav_link(page, "Chat").wait_for(timeout=90_000)
    wait_idle(page, 60_000)
    page.get_by_test_id("stSidebar").get_by_text(EMAIL).wait_for()
    cap.html(page, "Chat")


def connections_tab(page) -> None:
    go_to(page, "Settings")
    page.get_by_role("tab", name="Connections").click()
    page.get_by_text("Add a connection").wait_for()


def pick_kind(page, kind: str) -> None:
    """Choose the connection kind (typing into the searchable select box, then Enter)."""
    if selectbox_value(page, "Database kind") == kind:
        return
    box = page.get_by_role("combobox", name="Database kind", exact=True).first
    box.click()
    box.fill(kind)
    page.get_by_role("option", name=kind, exact=True).first.click()
    wait_idle(page)
    assert selectbox_value(page, "Database kind") == kind


def add_server_connection(
    page, kind: str, name: str, fields: dict[str, str], *, refused: str | None = None
) -> str:
    """Settings → Connections: fill the form of ``kind`` (label → value) and add it.

    Saving tests the connection first: with ``refused`` (a pattern), the save must be refused
    with an error matching it, whose text is returned (nothing is saved).
    """
    pick_kind(page, kind)
    form = page.get_by_test_id("stForm").filter(has=page.get_by_text("Host *"))
    expect(form).to_have_count(1, timeout=30_000)  # no earlier form generation still on screen
    form.get_by_role("textbox", name="Name", exact=True).fill(name)
    for label, value in fields.items():
        form.get_by_label(label, exact=True).fill(value)
    form.get_by_role("button", name="Add connection").click()
    wait_idle(page, 60_000)
    if refused is None:
        expander(page, name).wait_for()
        return ""
    alert = page.get_by_test_id("stAlert").filter(has_text="Could not connect").first
    alert.wait_for()
    text = alert.inner_text()
    assert re.search(refused, text), text
    assert expander(page, name).count() == 0
    return text


def add_url_connection(page, name: str, url: str) -> None:
    pick_kind(page, "Paste a database URL")
    form = page.get_by_test_id("stForm").filter(has=page.get_by_text("Database URL"))
    # on a loaded machine the previous form generation can still be on screen for a moment
    expect(form).to_have_count(1, timeout=30_000)
    form.get_by_role("textbox", name="Name", exact=True).fill(name)
    form.get_by_label("Database URL", exact=True).fill(url)
    form.get_by_role("button", name="Add connection").click()
    wait_idle(page)
    expander(page, name).wait_for()


def expander(page, name: str):
    return page.get_by_test_id("stExpander").filter(has_text=f"{name} — ")


def check_connection(page, name: str, expect: str) -> str:
    """Open the connection's panel (its options grid shows), press Test, return what it says.

    The button's result lives for one run only; a click that lands while the panel is still
    being redrawn is lost, so the click is repeated until a result shows.
    """
    box = expander(page, name)
    open_panel(page, box, box.get_by_test_id("stDataFrame"))
    wait_idle(page)
    alert = box.get_by_test_id("stAlert")
    for attempt in range(3):
        box.get_by_role("button", name="Test").click()
        wait_idle(page, 60_000)
        try:
            alert.first.wait_for(timeout=15_000)
            break
        except Exception:
            if attempt == 2:
                raise
    text = alert.first.inner_text()
    assert re.search(expect, text), text
    return text


def run_sql(page, sql: str) -> None:
    if not page.locator('textarea[aria-label="SQL"]').count():
        page.get_by_text("Plain editor").click()
        wait_idle(page)
    area = page.locator('textarea[aria-label="SQL"]')
    area.fill(sql)
    area.press("Control+Enter")
    wait_idle(page)
    page.get_by_role("button", name="Run", exact=True).click()
    wait_idle(page, 60_000)


def full_flow(page, base: str, cap: Capture, c: dict[str, Canary], dbs: dict, tmp: Path) -> dict:
    """Every page, every secret-bearing form; returns what the positive controls need."""
    pg, my = dbs["pg"], dbs["mysql"]
    sign_up_and_in(page, base, c["user password"].value, cap)

    # Settings → Connections: a PostgreSQL role, a MariaDB URL, then two wrong passwords
    connections_tab(page)
    pg_fields = {"Database *": pg["database"], "User *": pg["user"]}
    add_server_connection(
        page, "PostgreSQL", PG_CONN, {**pg_fields, "Password": c["PostgreSQL password"].value}
    )
    ok_pg = check_connection(page, PG_CONN, "Connected to")
    url = (
        f"mysql+pymysql://{my['user']}:{quote(c['MariaDB password'].value, safe='')}"
        f"@{MYSQL_HOST}:3306/{my['database']}"
    )
    add_url_connection(page, MY_CONN, url)
    ok_my = check_connection(page, MY_CONN, "Connected to")
    # saving tests the connection: wrong passwords are refused at once, with the error shown
    bad_my = add_server_connection(
        page,
        "MySQL / MariaDB",
        MY_BAD,
        {
            "Host *": MYSQL_HOST,
            "Database *": my["database"],
            "User *": my["user"],
            "Password": c["wrong MariaDB password"].value,
        },
        refused="denied|refused|failed|Could not",
    )
    bad_pg = add_server_connection(
        page,
        "PostgreSQL",
        PG_BAD,
        {
            "Database *": f"{pg['database']}_missing",
            "User *": pg["user"],
            "Password": c["wrong PostgreSQL password"].value,
        },
        refused="exist|failed|Could not",
    )
    cap.html(page, "Settings")

    # SQL: a query on the canary role's connection, its exports, then a failing query
    go_to(page, "SQL")
    select_option(page, "Connection", PG_CONN)
    run_sql(page, "SELECT name, qty FROM canary_items ORDER BY qty")
    page.get_by_text(f"{len(ITEMS)} rows × 2 columns").first.wait_for()
    exported = cap.download(page, "Download CSV", "result.csv")
    cap.download(page, "Download PARQUET", "result.parquet")
    cap.html(page, "SQL")
    run_sql(page, "SELECT no_such_column FROM canary_items")
    page.get_by_test_id("stAlert").filter(has_text="no_such_column").first.wait_for()
    assert_no_exception(page)
    cap.html(page, "SQL (failing query)")

    # Files: upload a CSV and query it
    go_to(page, "Files")
    sample = tmp / "canary_sales.csv"
    sample.write_text("region,amount\nnorth,10\nsouth,5\neast,7\n")
    upload_file(page, sample)
    page.get_by_text(f"{sample.name}: ").first.wait_for()
    cap.html(page, "Files")
    page.get_by_role("button", name="Query in SQL").click()
    page.get_by_role("heading", name="SQL", exact=True).first.wait_for(timeout=60_000)
    wait_idle(page, 60_000)
    page.get_by_role("button", name="Run", exact=True).click()
    wait_idle(page, 60_000)
    page.get_by_text(re.compile(r"^3 rows × 2 columns")).first.wait_for()
    cap.html(page, "SQL (Files)")

    # Chat: show the prompt, then ask through the loopback provider
    go_to(page, "Chat")
    select_option(page, "Ask about", PG_CONN)
    page.get_by_text("Tables the assistant sees").click()
    page.get_by_label("Preview the prompt for a question").fill(QUESTION)
    page.get_by_label("Preview the prompt for a question").press("Enter")
    wait_idle(page)
    page.get_by_role("button", name="Show prompt").click()
    wait_idle(page)
    page.get_by_test_id("stCode").filter(has_text="canary_items").first.wait_for()
    box = page.get_by_placeholder("Ask a question about your data")
    box.fill(QUESTION)
    box.press("Enter")
    wait_idle(page, 90_000)
    page.get_by_test_id("stCode").filter(has_text="ORDER BY qty DESC").first.wait_for()
    page.get_by_text(f"{len(ITEMS)} rows × 2 columns").first.wait_for()
    assert_no_exception(page)
    cap.html(page, "Chat (answer)")

    # Lineage
    go_to(page, "Lineage")
    area = page.get_by_role("textbox", name="SQL")
    area.fill("WITH big AS (SELECT name FROM canary_items WHERE qty > 10) SELECT name FROM big")
    area.press("Control+Enter")
    wait_idle(page, 60_000)
    page.get_by_test_id("stMetric").filter(has_text="Reads").first.wait_for()
    cap.html(page, "Lineage")

    # Settings → AI providers: save a key for the OpenAI-compatible server, then test it
    save_provider_key(page, c["saved provider key"].value)
    cap.html(page, "Settings (AI providers)")
    assert_no_exception(page)
    return {
        "pg_test": ok_pg,
        "mysql_test": ok_my,
        "errors": [bad_my, bad_pg],
        "csv": exported,
    }


def open_panel(page, box, inside) -> None:
    """Expand the ``st.expander`` ``box`` until ``inside`` shows (a rerun may collapse it)."""
    for attempt in range(3):
        wait_idle(page)
        if inside.first.is_visible():
            return
        box.locator("summary").first.click()
        try:
            inside.first.wait_for(timeout=5_000)
            return
        except Exception:
            if attempt == 2:
                raise


def save_provider_key(page, key: str) -> None:
    go_to(page, "Settings")
    page.get_by_role("tab", name="AI providers").click()
    panel = page.get_by_test_id("stExpander").filter(has_text="OpenAI-compatible server —")
    saved = panel.get_by_text(re.compile("from your settings"))
    for attempt in range(3):
        # a Save click that lands while a rerun redraws the panel is lost (the key box is cleared
        # on submit, so nothing is half-done): type the key and save again, as a person would
        open_panel(page, panel, panel.get_by_label("API key", exact=True))
        panel.get_by_label("API key", exact=True).fill(key)
        panel.get_by_role("button", name="Save").click()
        wait_idle(page)
        try:
            open_panel(page, panel, saved)
            break
        except Exception:
            errors = panel.get_by_test_id("stAlert").all_inner_texts()
            assert not errors, errors
            if attempt == 2:
                raise
    panel.get_by_role("button", name="Test").click()
    wait_idle(page, 60_000)
    panel.get_by_test_id("stAlert").filter(has_text="answered").first.wait_for()


# -- scanning ------------------------------------------------------------------------------------
def scan_frames(scanner: Scanner, cap: Capture) -> dict[str, int]:
    counts = {"sent": 0, "received": 0}
    for direction, payload in cap.frames:
        counts[direction] += 1
        surface = (
            f"websocket frames ({'browser→server' if direction == 'sent' else 'server→browser'})"
        )
        for i, blob in enumerate(frame_bytes(payload)):
            scanner.scan(surface, blob, allow_typed=direction == "sent", tally=not i)
    return counts


def scan_home(scanner: Scanner, home: Path) -> int:
    """Every file under the home as bytes, and an SQL dump of every SQLite database in it."""
    rows = 0
    for path in sorted(p for p in home.rglob("*") if p.is_file()):
        rel = str(path.relative_to(home))
        if path.name == "server.log":
            continue  # scanned line by line as the server log
        scanner.scan("files under IOPSDATA_HOME", path.read_bytes(), item=rel)
        if path.suffix in (".db", ".sqlite", ".sqlite3"):
            con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                lines = list(con.iterdump())
            finally:
                con.close()
            rows += sum(line.startswith("INSERT") for line in lines)
            scanner.scan("metadata dump (SQLite iterdump)", "\n".join(lines), item=rel)
            scanner.count("metadata dump (SQLite iterdump)", "rows", rows)
    return rows


def scan_log(scanner: Scanner, log: Path) -> list[str]:
    lines = log.read_text(errors="replace").splitlines()
    scanner.scan("server log (root logger at DEBUG)", log.read_bytes())
    scanner.count("server log (root logger at DEBUG)", "lines", len(lines))
    return lines


def scan_llm(scanner: Scanner, llm: LlmServer) -> list[str]:
    """Each request's headers (minus the one the key is for) and raw body; returns the bodies."""
    bodies = []
    for req in llm.requests:
        headers = "\n".join(
            f"{k}: {v}" for k, v in req.headers.items() if k not in ("authorization", "x-api-key")
        )
        scanner.scan("LLM requests (headers and body)", headers.encode() + b"\n\n" + req.raw)
        bodies.append(req.raw.decode("utf-8", "replace"))
    return bodies


def pg_dump(dbname: str) -> str:
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    out = subprocess.run(
        [shutil.which("pg_dump") or "pg_dump", f"{base}/{dbname}"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return out.stdout.decode()


def canaries_for_run() -> dict[str, Canary]:
    from cryptography.fernet import Fernet

    fernet = Fernet.generate_key()
    raw = __import__("base64").urlsafe_b64decode(fernet)
    kinds = [
        Canary("PostgreSQL password", make_secret("pgpw"), typed=True),
        Canary("MariaDB password", make_secret("mypw"), typed=True),
        Canary("wrong MariaDB password", make_secret("badmy"), typed=True),
        Canary("wrong PostgreSQL password", make_secret("badpg"), typed=True),
        Canary("user password", make_secret("userpw"), typed=True),
        Canary("saved provider key", make_secret("sk-user-", specials=False), typed=True),
        Canary("environment provider key", make_secret("sk-env-", specials=False)),
        Canary("FERNET_KEY", fernet.decode(), raw=(raw, raw[:16], raw[16:])),
    ]
    return {c.kind: c for c in kinds}


def _hits_table(scanner: Scanner) -> list[list[object]]:
    rows = []
    for surface, stats in scanner.scanned.items():
        extra = ", ".join(f"{v:,} {k}" for k, v in stats.items() if k not in ("items", "bytes"))
        hits = sum(1 for h in scanner.hits if h.surface.split(": ")[0] == surface)
        rows.append([surface, f"{stats['items']:,}", f"{stats['bytes']:,}", extra or "—", hits])
    return rows


# -- the test ------------------------------------------------------------------------------------
@pytest.mark.browser
@pytest.mark.postgres
@pytest.mark.mysql
@pytest.mark.slow
def test_canary_secrets_never_leak(
    chromium_browser,  # noqa: F811
    pg_canary,
    mysql_canary,
    metadata_pg_url,
    tmp_path,
    caplog,
) -> None:
    caplog.set_level(logging.DEBUG)
    started = time.monotonic()
    c = canaries_for_run()
    # the databases' own canaries are the ones the run types into the forms
    c["PostgreSQL password"] = Canary("PostgreSQL password", pg_canary["password"], typed=True)
    c["MariaDB password"] = Canary("MariaDB password", mysql_canary["password"], typed=True)
    scanner = Scanner(c.values())
    cap = Capture()
    dbs = {"pg": pg_canary, "mysql": mysql_canary}

    with LlmServer() as llm:
        llm.enqueue(REPLY, REPLY, REPLY, "OK", "OK")
        env = {
            "IOPSDATA_AUTH": "local",
            "IOPSDATA_DEMO": "false",
            "FERNET_KEY": c["FERNET_KEY"].value,
            "IOPSDATA_LLM_PROVIDER": "openai_compatible",
            "IOPSDATA_OPENAI_COMPATIBLE_BASE_URL": llm.base_url("openai_compatible"),
            "IOPSDATA_OPENAI_COMPATIBLE_API_KEY": c["environment provider key"].value,
            **debug_logging_dir(tmp_path),
        }
        home = tmp_path / "home"
        context = chromium_browser.new_context(
            viewport={"width": 1400, "height": 1000}, accept_downloads=True
        )
        page = context.new_page()
        page.set_default_timeout(30_000)
        cap.attach(page)
        try:
            with app_server_with(home, env) as base, screenshot_on_failure(page, "secrets_pass1"):
                seen = full_flow(page, base, cap, c, dbs, tmp_path)
        finally:
            context.close()
        requests = list(llm.requests)

    # -- the canaries were live: each was used where it belongs ---------------------------------
    assert "Connected to" in seen["pg_test"] and "Connected to" in seen["mysql_test"]
    assert all("Traceback" not in e for e in seen["errors"])
    auth = [r.headers.get("authorization") for r in requests]
    env_key, user_key = c["environment provider key"].value, c["saved provider key"].value
    assert f"Bearer {env_key}" in auth, "the environment key was never sent where it belongs"
    assert auth[-1] == f"Bearer {user_key}", "the saved key was not used by the provider test"
    # -- the capture worked --------------------------------------------------------------------
    frames = scan_frames(scanner, cap)
    assert frames["sent"] > 20 and frames["received"] > 100, frames
    sent = b"".join(p if isinstance(p, bytes) else p.encode() for d, p in cap.frames if d == "sent")
    for kind in ("user password", "PostgreSQL password", "saved provider key"):
        assert scanner.found(sent, c[kind]), f"the typed {kind} is not in browser→server frames"
    for label, html in cap.pages:
        title = label.split(" (")[0]
        assert (title if title != "sign-in" else "Create account") in html, label
        scanner.scan("page HTML", html, item=label)
    bodies = scan_llm(scanner, llm)
    assert any(QUESTION in b for b in bodies), "the question never reached the provider"
    assert any("canary_items" in b for b in bodies), "the schema never reached the prompt"
    for name, data in cap.downloads.items():
        scanner.scan("exports (downloads)", data, item=name)
    rows = list(csv.reader(io.StringIO(seen["csv"].decode())))
    assert rows[0] == ["name", "qty"] and len(rows) - 1 == len(ITEMS)
    assert cap.downloads["result.parquet"][:4] == b"PAR1"
    log_lines = scan_log(scanner, home / "server.log")
    assert any(" DEBUG " in line for line in log_lines), "the server did not log at DEBUG"
    assert any(" iopsdata." in line for line in log_lines), "the product's logger was silent"
    dump_rows = scan_home(scanner, home)
    sqlite_dump = "\n".join(
        "\n".join(sqlite3.connect(p).iterdump()) for p in home.rglob("*.db") if p.is_file()
    )
    assert PG_CONN in sqlite_dump and "llm_keys" in sqlite_dump, "the dump missed the metadata"

    # -- second pass: the metadata store on PostgreSQL, scanned through pg_dump -----------------
    meta_db, meta_url = metadata_pg_url
    cap2 = Capture()
    with LlmServer() as llm2:
        llm2.enqueue("OK", "OK")
        env2 = {
            **env,
            "IOPSDATA_DATABASE_URL": meta_url,
            "IOPSDATA_OPENAI_COMPATIBLE_BASE_URL": llm2.base_url("openai_compatible"),
        }
        home2 = tmp_path / "home-pg"
        context = chromium_browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        page.set_default_timeout(30_000)
        cap2.attach(page)
        try:
            with app_server_with(home2, env2) as base, screenshot_on_failure(page, "secrets_pass2"):
                sign_up_and_in(page, base, c["user password"].value, cap2)
                connections_tab(page)
                add_server_connection(
                    page,
                    "PostgreSQL",
                    PG_CONN,
                    {
                        "Database *": pg_canary["database"],
                        "User *": pg_canary["user"],
                        "Password": c["PostgreSQL password"].value,
                    },
                )
                check_connection(page, PG_CONN, "Connected to")
                save_provider_key(page, user_key)
                cap2.html(page, "Settings (PostgreSQL metadata)")
        finally:
            context.close()
        scan_llm(scanner, llm2)
        assert llm2.requests and llm2.requests[-1].headers["authorization"] == f"Bearer {user_key}"
    frames2 = scan_frames(scanner, cap2)
    for label, html in cap2.pages:
        scanner.scan("page HTML", html, item=label)
    log_lines += scan_log(scanner, home2 / "server.log")
    scan_home(scanner, home2)
    dump = pg_dump(meta_db)
    assert PG_CONN in dump and "llm_keys" in dump, "pg_dump missed the metadata"
    pg_rows = sum(1 for line in dump.splitlines() if line and not line.startswith(("--", "\\")))
    scanner.scan("metadata dump (pg_dump)", dump)
    scanner.count("metadata dump (pg_dump)", "lines", pg_rows)

    # -- this process's own logs ---------------------------------------------------------------
    scanner.scan("pytest captured logs", caplog.text)
    scanner.count("pytest captured logs", "records", len(caplog.records))

    elapsed = time.monotonic() - started
    hits = [str(h) for h in scanner.hits]
    total_frames = sum(frames.values()) + sum(frames2.values())
    record(
        "secrets",
        order=30,
        title="Secrets: canaries in a full run",
        command=COMMAND,
        lines=[
            f"One full run of the real app (`streamlit run`, `IOPSDATA_AUTH=local`, Debian Chromium) "
            f"with {len(c)} canary secrets planted: " + ", ".join(sorted(c)) + ". Every value is "
            "fresh per run; each is searched for as typed, URL-encoded, base64 (three alignments, "
            "both alphabets), hex, and as a middle fragment that no mask shows (the Fernet key "
            "also as its raw key bytes).",
            "",
            "The run signs up and signs in, adds a PostgreSQL connection with the role's password, "
            "a MariaDB connection pasted as a URL, and two connections with wrong passwords whose "
            "driver errors are shown; tests and views each; runs a query, a failing query and "
            "both exports on SQL; uploads and queries a CSV; previews the prompt and asks on Chat "
            "(loopback provider, key from the environment); uses Lineage; saves a provider key in "
            "Settings and tests it. A second pass keeps the metadata in PostgreSQL and scans its "
            "`pg_dump`. The server ran with the root logger at DEBUG.",
            "",
            *md_table(["surface", "items", "bytes", "counts", "hits"], _hits_table(scanner)),
            "",
            f"Websocket frames captured: {total_frames:,} "
            f"({frames['sent'] + frames2['sent']:,} browser→server, "
            f"{frames['received'] + frames2['received']:,} server→browser). "
            "Secrets the user types travel browser→server by design (the test checks they are "
            "there, which proves the capture was live); they never came back.",
            f"LLM requests: {len(requests) + len(llm2.requests)}; the keys were in their "
            "`Authorization` header and nowhere else in any request (the prompt included).",
            f"**Hits: {len(hits)}.** Run time {elapsed:.0f} s.",
        ],
        data={
            "canaries": sorted(c),
            "surfaces": scanner.scanned,
            "frames": {"pass1": frames, "pass2": frames2},
            "llm_requests": len(requests) + len(llm2.requests),
            "pages": len(cap.pages) + len(cap2.pages),
            "exports": sorted(cap.downloads),
            "sqlite_dump_rows": dump_rows,
            "pg_dump_lines": pg_rows,
            "server_log_lines": len(log_lines),
            "hits": hits,
            "elapsed_s": round(elapsed, 1),
        },
    )
    assert not hits, "canary secrets leaked:\n" + "\n".join(hits)


# -- the frame check of the browser tests can fail ----------------------------------------------
def test_frame_check_reports_a_canary_in_a_frame() -> None:
    key, typed = make_secret("sk-"), make_secret("pw")
    clean = [("t::a", "received", b"\x0a\x05hello"), ("t::a", "sent", typed.encode())]
    assert check_frames(clean, {"KEY": key}, {"PW": typed}) == []
    leaked = [
        ("t::b", "received", b"\x0a\x40" + key.encode() + b"\xff"),
        ("t::c", "sent", __import__("base64").b64encode(b"x" + key.encode())),
        ("t::d", "received", f"value={typed}"),
    ]
    problems = check_frames(leaked, {"KEY": key}, {"PW": typed})
    # the browser suite's session check uses the same function, with the tests' typed passwords
    from tests.browser import test_two_users

    class Item:
        module = test_two_users

    assert typed_secrets([Item()]) == {"test_two_users.PASSWORD": test_two_users.PASSWORD}
    assert problems == [
        "KEY (b64@1) in websocket frame sent: t::c",
        "KEY (plain) in websocket frame received: t::b",
        "PW (plain) in websocket frame received: t::d",
    ]
