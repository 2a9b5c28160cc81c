"""Every page launches in AppTest on the embedded default: no exception, its title shows."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[1] / "app.py")
PAGES = {
    "pages/chat.py": "Chat",
    "pages/sql.py": "SQL",
    "pages/files.py": "Files",
    "pages/lineage.py": "Lineage",
    "pages/knowledge.py": "Knowledge",
    "pages/evaluate.py": "Evaluate",
    "pages/settings.py": "Settings",
}


@pytest.fixture(autouse=True)
def _fresh_process_caches():
    st.cache_resource.clear()
    yield
    st.cache_resource.clear()


@pytest.mark.parametrize("page", list(PAGES))
def test_page_launches(page):
    at = AppTest.from_file(APP, default_timeout=90)
    at.run()
    assert not at.exception, at.exception
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    titles = [t.value for t in at.title]
    assert any(PAGES[page] in t for t in titles), titles
    assert not at.error, [e.value for e in at.error]


def test_default_page_is_chat_and_demo_is_registered():
    at = AppTest.from_file(APP, default_timeout=90)
    at.run()
    assert not at.exception
    assert any("Chat" in t.value for t in at.title)
    from iopsdata.bootstrap import LOCAL_USER_EMAIL
    from iopsdata.config import Settings
    from iopsdata.store import Store

    store = Store.open(Settings.from_env().metadata_url)
    user = store.find_user_by_email(LOCAL_USER_EMAIL)
    ws = store.list_workspaces(user["id"])[0]
    assert [c["name"] for c in store.list_connections(ws["id"])] == ["Demo: NYC flights 2013"]


def test_the_served_app_watches_no_source_files():
    """Streamlit, started from the repository as the README and Dockerfile do, reads
    ``.streamlit/config.toml`` with no source watcher: watching every imported module cost
    ~1.3 CPU-seconds of a two-core machine at start-up and never matters in a deployment."""
    import os
    import re
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith("STREAMLIT_")}
    shown = subprocess.run(
        [sys.executable, "-m", "streamlit", "config", "show"],
        cwd=Path(APP).parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    assert re.search(r'^fileWatcherType = "none"$', shown, re.M), "the source watcher is on"
    assert re.search(r"^runOnSave = false$", shown, re.M)


def test_the_server_routes_every_page_through_app_before_any_session():
    """Imported as the server (``streamlit run`` finds the ``st.App``), ``app.py`` switches off
    Streamlit's legacy ``pages/`` routing before any session draws a page: a form drawn in legacy
    mode changes its widgets' ids when another visitor's first page switches it, and its next
    click is lost (``tests/browser/test_routing.py``)."""
    import subprocess
    import sys

    code = (
        "import importlib.util\n"
        "from streamlit.runtime.pages_manager import PagesManager\n"
        "assert PagesManager.uses_pages_directory is None\n"
        f"spec = importlib.util.spec_from_file_location('app', {str(APP)!r})\n"
        "module = importlib.util.module_from_spec(spec)\n"
        "spec.loader.exec_module(module)\n"
        "print(PagesManager.uses_pages_directory, type(module.app).__name__)\n"
    )
    shown = subprocess.run(
        [sys.executable, "-c", code],
        cwd=Path(APP).parent,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    assert shown.split() == ["False", "App"]
