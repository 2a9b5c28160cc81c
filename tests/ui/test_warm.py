"""The server warms the first page's imports at start-up (``iopsdata.ui.warm``, ``app.py``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from streamlit.web.server.app_discovery import discover_asgi_app

ROOT = Path(__file__).resolve().parents[2]

# In a fresh interpreter: warm, then the Chat page's first run (through app.py, as a visitor's);
# print what that run still imported, of the packages that cost start-up time.
FIRST_RUN_AFTER_WARMING = """
import json, sys
from streamlit.testing.v1 import AppTest
from iopsdata.ui.warm import warm_imports
failed = warm_imports()
warmed = set(sys.modules)
at = AppTest.from_file(sys.argv[1], default_timeout=120)
at.run()
assert not at.exception, [e.value for e in at.exception]
assert at.title and at.title[0].value == "Chat", [t.value for t in at.title]
heavy = ("iopsdata", "sqlalchemy", "cryptography", "sqlglot", "duckdb", "pyarrow", "sqlite3")
late = sorted(
    m for m in set(sys.modules) - warmed if m.split(".")[0] in heavy or m == "streamlit.emojis"
)
print(json.dumps({"failed": failed, "late": late}))
"""


def test_streamlit_run_serves_app_py_as_an_st_app():
    """``streamlit run app.py`` finds the ``st.App`` (and so runs its warming start-up)."""
    found = discover_asgi_app(ROOT / "app.py")
    assert found.is_asgi_app and found.import_string == "app:app"


def test_importing_app_py_builds_the_server_and_draws_nothing():
    """The module role (what the CLI imports) must not run the page script's Streamlit calls."""
    code = "import app, streamlit as st; print(type(app.app).__name__)"
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "App"
    assert "set_page_config" not in out.stderr and "Traceback" not in out.stderr


def test_the_first_page_run_imports_nothing_heavy_the_warming_left_out(tmp_path):
    """Fails when the Chat page's first run needs a module that ``warm.FIRST_PAGE`` does not
    import: the first visitor would pay for it again."""
    env = {**os.environ, "IOPSDATA_HOME": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", FIRST_RUN_AFTER_WARMING, str(ROOT / "app.py")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr[-3000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result == {"failed": [], "late": []}


def test_the_first_element_skips_streamlits_call_stack_walk(monkeypatch):
    """After :func:`skip_direct_run_check` (the server's start-up), drawing the first element does
    not run Streamlit's "not started with `streamlit run`" check, whose ``inspect.stack()`` read
    the source of every frame on the first page run; without the call, it runs."""
    from streamlit import delta_generator, env_util
    from streamlit.testing.v1 import AppTest

    from iopsdata.ui.warm import skip_direct_run_check

    calls = []
    monkeypatch.setattr(env_util, "is_repl", lambda: calls.append(1) or False)
    script = "import streamlit as st\nst.title('x')\n"
    monkeypatch.setattr(delta_generator, "_use_warning_has_been_displayed", False)
    AppTest.from_string(script).run()
    assert calls == [1]  # the control: the flag is the one Streamlit reads

    monkeypatch.setattr(delta_generator, "_use_warning_has_been_displayed", False)
    skip_direct_run_check()
    AppTest.from_string(script).run()
    assert calls == [1]


# In a fresh interpreter, as the server starts: count the collector's runs while the first page's
# modules are imported, by the warming (argv[1] == "warm") or by a plain loop over the same list.
COLLECTIONS_WHILE_IMPORTING = """
import gc, importlib, json, sys
import streamlit.web.server  # what the server holds before its start-up hook runs
from iopsdata.ui import warm
runs = []
gc.callbacks.append(lambda phase, info: phase == "start" and runs.append(info["generation"]))
if sys.argv[1] == "warm":
    failed = warm.warm_imports()
else:
    failed = []
    for name in warm.FIRST_PAGE:
        importlib.import_module(name)
print(json.dumps({"runs": runs, "enabled": gc.isenabled(), "failed": failed}))
"""


def _collections_while_importing(how: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", COLLECTIONS_WHILE_IMPORTING, how],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_warming_never_stops_the_server_for_a_collection_and_turns_the_collector_back_on():
    """Each collection during the warming held the GIL while the server sent the front-end its
    files (~0.1 s of the first render). The warming runs none and leaves the collector on; the
    same imports without it run collections, so the count above means something."""
    plain = _collections_while_importing("plain")
    assert plain["runs"], "the same imports run the collector when nothing pauses it"
    warmed = _collections_while_importing("warm")
    assert warmed == {"runs": [], "enabled": True, "failed": []}
