"""Shared fixtures: an isolated IOPSDATA_HOME per test, and throwaway databases on the real services.

Under ``CI=true`` a missing service or browser is a failure, never a skip.
"""

from __future__ import annotations

import gc
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

pytest_plugins = ["tests.support.llm_fixtures"]

IN_CI = os.environ.get("CI", "").lower() == "true"
PG_ADMIN_URL = os.environ.get("IOPSDATA_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
MYSQL_HOST = os.environ.get("IOPSDATA_TEST_MYSQL_HOST", "127.0.0.1")
PROVIDER_ENV = (
    "OPENAI_API_KEY",
    "ANTHROPIC_API_KEY",
    "GROQ_API_KEY",
    "IOPSDATA_OPENAI_COMPATIBLE_BASE_URL",
    "IOPSDATA_OPENAI_COMPATIBLE_API_KEY",
    "IOPSDATA_LLM_PROVIDER",
    "IOPSDATA_LLM_MODEL",
    "OPENAI_BASE_URL",
    "ANTHROPIC_BASE_URL",
    "GROQ_BASE_URL",
    "FERNET_KEY",
    "IOPSDATA_DATABASE_URL",
    "IOPSDATA_AUTH",
    "SUPABASE_URL",
    "SUPABASE_ANON_KEY",
    "SUPABASE_DB_URL",
)


def _scan_components_once() -> None:
    """Every ``AppTest`` scans the metadata of each installed distribution for Streamlit v2
    components on its first run (~0.17 s here, with 800 distributions; the app uses none). The
    installed set does not change during a test run, so one scan per process serves them all."""
    import functools

    from streamlit.components.v2 import manifest_scanner

    scan = manifest_scanner.scan_component_manifests
    if not hasattr(scan, "cache_info"):
        manifest_scanner.scan_component_manifests = functools.cache(scan)  # type: ignore[assignment]


_scan_components_once()


@pytest.hookimpl(tryfirst=True, optionalhook=True)  # optional: `-p no:xdist` runs serially
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """Under ``--dist loadgroup`` (the default): the servers' tests on one worker, the rest on any
    (``tests/support/xdist_groups.py``, which says why this does not use ``xdist_group`` marks)."""
    if config.getvalue("dist") != "loadgroup":
        return None
    from tests.support.xdist_groups import ServerGroupScheduling

    return ServerGroupScheduling(config, log)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # The longest test beside the servers' worker, the websocket load run (~100 s), goes first:
    # the servers' unit is handed out first, to one worker, and this to the other, so it runs at
    # the start, off the critical path, and never meets the Chromium load run, which comes late
    # in the servers' queue. A stable sort: nothing else moves.
    from tests.support.xdist_groups import group_of

    items.sort(key=lambda i: not (i.get_closest_marker("load") and group_of(i.nodeid) is None))


def unavailable(what: str) -> None:
    """Skip locally when a service is missing; fail under CI, where nothing may skip."""
    if IN_CI:
        pytest.fail(f"{what} is not available, and CI=true forbids skipping")
    pytest.skip(f"{what} is not available")


@pytest.fixture(scope="session")
def _built_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo's files, built once per worker.

    A workspace opened on a home without them starts building the demo in the background (a few
    CPU-seconds at nice 10); a test per home made the suite build it hundreds of times, and on a
    busy machine an AppTest page waiting for one passed its 60 s limit. Tests of the build itself
    (``tests/engines/test_demo_build.py``) use homes of their own.
    """
    from iopsdata import demo

    home = tmp_path_factory.mktemp("demo-home")
    demo.ensure_demo_database(home)
    return demo.demo_path(home).parent


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch, _built_demo: Path) -> Iterator[None]:
    home = tmp_path / "home"
    (home / "demo").mkdir(parents=True)
    for built in _built_demo.iterdir():  # hard links: the demo is opened read-only
        os.link(built, home / "demo" / built.name)
    monkeypatch.setenv("IOPSDATA_HOME", str(home))
    for name in PROVIDER_ENV:
        monkeypatch.delenv(name, raising=False)
    yield
    # app.py freezes the heap after a run (iopsdata.heap); AppTest runs it in this process, and a
    # later test checking that something was collected must not meet objects frozen here
    gc.unfreeze()


@pytest.fixture(autouse=True)
def _navigation_routing(monkeypatch) -> None:
    """Run every AppTest run through ``app.py``'s ``st.navigation``, as the server does.

    ``AppTest`` resets ``PagesManager.uses_pages_directory`` before each run, and with a ``pages/``
    folder present Streamlit then executes a switched-to page file directly (legacy multipage),
    skipping ``app.py``; ``ensure_app_routing`` reruns, which drops that run's button click, and a
    form drawn in legacy mode gets other widget ids than the run after it. A server process never
    has this legacy state: ``app.py`` switches it off as it builds the server.
    """
    from streamlit.runtime.pages_manager import PagesManager

    from iopsdata.ui.routing import route_through_app

    original = PagesManager.__init__

    def init(self, *args, **kwargs) -> None:
        original(self, *args, **kwargs)
        route_through_app()

    monkeypatch.setattr(PagesManager, "__init__", init)


def _pg_connect(dbname: str = "postgres"):
    import psycopg

    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    return psycopg.connect(f"{base}/{dbname}", autocommit=True, connect_timeout=3)


@contextmanager
def fresh_pg_database() -> Iterator[str]:
    """A fresh, empty PostgreSQL database (SQLAlchemy URL, psycopg 3), dropped afterwards."""
    name = f"iops_t_{uuid.uuid4().hex[:10]}"
    try:
        admin = _pg_connect()
    except Exception:
        unavailable("PostgreSQL on 127.0.0.1:5432")
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN_URL.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://", 1)
    try:
        yield f"{base}/{name}"
    finally:
        with _pg_connect() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database (SQLAlchemy URL, psycopg 3), dropped afterwards."""
    with fresh_pg_database() as url:
        yield url


@pytest.fixture
def mysql_url() -> Iterator[str]:
    """A fresh, empty MariaDB/MySQL database (SQLAlchemy URL, PyMySQL), dropped afterwards."""
    import pymysql

    name = f"iops_t_{uuid.uuid4().hex[:10]}"
    try:
        admin = pymysql.connect(
            host=MYSQL_HOST, user="root", password="", connect_timeout=3, autocommit=True
        )
    except Exception:
        unavailable(f"MariaDB on {MYSQL_HOST}:3306")
    with admin.cursor() as cur:
        cur.execute(f"CREATE DATABASE `{name}`")
    yield f"mysql+pymysql://root@{MYSQL_HOST}:3306/{name}"
    with admin.cursor() as cur:
        cur.execute(f"DROP DATABASE IF EXISTS `{name}`")
    admin.close()
