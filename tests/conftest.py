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


TESTS = Path(__file__).resolve().parent
# Folders whose tests start Streamlit servers and Chromium, and some measure them under load:
# under pytest-xdist (``-n auto --dist loadgroup``, the default) they run one after another on
# one worker, while the other workers take every other test, and those marked ``beside_others``.
SERVER_FOLDERS = ("browser", "reliability")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        parts = item.path.relative_to(TESTS).parts
        if parts and parts[0] in SERVER_FOLDERS and not item.get_closest_marker("beside_others"):
            item.add_marker(pytest.mark.xdist_group("servers"))
    # The longest test beside the server worker, the websocket load run (~100 s, no Chromium),
    # goes first: xdist hands the largest group (the servers) to one worker and the next unit to
    # the other, so it runs there at the start, off the critical path, and never meets the
    # Chromium load run, which comes late in the servers' queue. A stable sort: nothing else moves.
    items.sort(
        key=lambda i: not (i.get_closest_marker("load") and i.get_closest_marker("beside_others"))
    )


def unavailable(what: str) -> None:
    """Skip locally when a service is missing; fail under CI, where nothing may skip."""
    if IN_CI:
        pytest.fail(f"{what} is not available, and CI=true forbids skipping")
    pytest.skip(f"{what} is not available")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch) -> Iterator[None]:
    monkeypatch.setenv("IOPSDATA_HOME", str(tmp_path / "home"))
    for name in PROVIDER_ENV:
        monkeypatch.delenv(name, raising=False)
    yield
    # app.py freezes the heap after a run (iopsdata.heap); AppTest runs it in this process, and a
    # later test checking that something was collected must not meet objects frozen here
    gc.unfreeze()


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
