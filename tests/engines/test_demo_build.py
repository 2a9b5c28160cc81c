"""The demo database is built off the first visitor's path: the workspace opens and the demo's
catalog is answered from its declaration while the file builds; a query waits for the build."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import threading
from pathlib import Path

from iopsdata import demo
from iopsdata.config import Settings
from iopsdata.engines import open_engine
from iopsdata.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]


def _strip(catalog):
    return [dataclasses.replace(t, row_estimate=None) for t in catalog.tables]


def test_declared_catalog_is_what_the_built_file_holds(tmp_path):
    engine = open_engine("duckdb", {"path": str(demo.ensure_demo_database(tmp_path))})
    try:
        built = engine.introspect()
    finally:
        engine.close()
    declared = demo.declared_catalog()
    assert _strip(declared) == _strip(built)
    assert (declared.database, declared.default_schema) == (built.database, built.default_schema)


def test_known_catalog_of_a_built_demo_is_what_introspection_returns(tmp_path):
    path = demo.ensure_demo_database(tmp_path)
    engine = open_engine("duckdb", {"path": str(path)})
    try:
        built = engine.introspect()
    finally:
        engine.close()
    known = demo.known_catalog(tmp_path)
    assert known == built  # row estimates included
    assert known.find("flights").row_estimate == 336_776
    path.with_suffix(".rows.json").unlink()  # a file built before the estimates were recorded
    assert demo.known_catalog(tmp_path) is None


def test_the_demo_catalog_of_a_new_process_does_not_open_duckdb(tmp_path):
    """The first page lists the demo's tables from the declaration: no DuckDB import, no file."""
    home = tmp_path / "home"
    demo.ensure_demo_database(home)
    code = (
        "import sys\n"
        "from iopsdata.config import Settings\n"
        "from iopsdata.workspace import Workspace\n"
        f"ws = Workspace.open(Settings.from_mapping({{'IOPSDATA_HOME': {str(home)!r}}}))\n"
        "(info,) = [c for c in ws.connections.list() if c.name == 'Demo: NYC flights 2013']\n"
        "n = ws.connections.catalog(info.id).find('flights').row_estimate\n"
        "print(n, 'duckdb' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["336776", "False"]


def test_first_start_does_not_wait_for_the_demo(tmp_path, monkeypatch):
    release, started = threading.Event(), threading.Event()
    real_build = demo._build

    def held_build(target):
        started.set()
        assert release.wait(60), "the test never released the build"
        return real_build(target)

    monkeypatch.setattr(demo, "_build", held_build)
    settings = Settings.from_mapping(
        {"IOPSDATA_HOME": str(tmp_path / "fresh")}
    )  # not the seeded one
    ws = Workspace.open(settings)  # would never return if it waited for the held build
    assert started.wait(30) and not demo.is_ready(settings.home)
    (info,) = [c for c in ws.connections.list() if c.name == demo.DEMO_NAME]
    assert ws.connections.catalog(info.id) == demo.declared_catalog()

    answer: dict[str, object] = {}

    def run() -> None:
        answer["rows"] = ws.sql.run("SELECT count(*) AS n FROM airlines", info.id).table.to_pylist()

    query = threading.Thread(target=run)
    query.start()
    query.join(0.5)
    assert query.is_alive() and "rows" not in answer  # the query waits for the file
    release.set()
    query.join(120)
    assert answer["rows"] == [{"n": 16}] and demo.is_ready(settings.home)
    assert ws.connections.catalog(info.id).find("flights").row_estimate == 336_776


def test_the_background_build_runs_at_a_lower_cpu_priority(tmp_path, monkeypatch):
    """On a fresh home the demo builds while the first visitor's page renders: on Linux the
    build thread (and the DuckDB workers it starts) yields the CPU to the server's threads."""
    import os
    import sys

    seen: dict[str, int] = {}
    real_build = demo._build

    def watched_build(target):
        seen["build"] = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
        return real_build(target)

    monkeypatch.setattr(demo, "_build", watched_build)
    caller = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    thread = demo.build_in_background(tmp_path)
    assert thread is not None
    thread.join(120)
    assert demo.is_ready(tmp_path)
    if sys.platform.startswith("linux"):
        assert seen["build"] == demo.BUILD_NICENESS > caller
    # the caller (the server's thread) keeps its priority
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == caller


def test_in_the_web_app_the_build_starts_once_the_first_page_is_drawn(tmp_path, monkeypatch):
    """Begun beside the first page, the build's Python work shares the GIL with the server; in a
    process that serves pages it waits until pages are quiet after the first one is drawn."""
    started = threading.Event()
    real_build = demo._build

    def watched_build(target):
        started.set()
        return real_build(target)

    monkeypatch.setattr(demo, "_build", watched_build)
    monkeypatch.setattr(demo, "_page_drawn", threading.Event())
    monkeypatch.setattr(demo, "_serves_pages", False)
    demo.serve_pages_first()
    thread = demo.build_in_background(tmp_path)
    assert thread is not None
    monkeypatch.setattr(demo, "QUIET_S", 1.0)
    assert not started.wait(1.0)  # held while the page draws
    demo.page_drawn()
    assert not started.wait(0.5)  # ...and while the browser renders it (QUIET_S)
    assert started.wait(30)
    thread.join(120)
    assert demo.is_ready(tmp_path)


def test_app_script_lets_the_build_start_when_its_run_ends(tmp_path, monkeypatch):
    """The app's first run on a fresh home requests the build and, at its end, releases it."""
    from streamlit.testing.v1 import AppTest

    monkeypatch.setattr(demo, "_page_drawn", threading.Event())
    monkeypatch.setattr(demo, "_serves_pages", False)
    monkeypatch.setenv("IOPSDATA_HOME", str(tmp_path / "fresh"))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert demo._serves_pages and demo._page_drawn.is_set()
