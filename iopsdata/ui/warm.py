"""Import what the first page needs while the server starts, not while its first visitor waits.

Python imports a module once per process, on first use. Without this, the first visitor's page
run paid for every module of the Chat page, the metadata store (SQLAlchemy), the vault
(cryptography) and the services the facade opens: ~0.4 s of imports in a quiet process, between
the browser connecting and the chat input appearing. ``app.py`` serves the app as an ``st.App``
whose start-up runs :func:`warm_in_background`: a daemon thread imports :data:`FIRST_PAGE` while
the server starts answering and the browser loads Streamlit's front-end. Health is not delayed
(the thread does not block start-up), and a page run that needs a module the thread is still
importing waits on Python's per-module import lock rather than importing it twice.

Only imports: no store is opened and no user code runs before a visitor's own page run, so
settings, secrets and sign-in behave exactly as before.
"""

from __future__ import annotations

import gc
import importlib
import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from iopsdata.heap import freeze_long_lived

log = logging.getLogger(__name__)

# What the first page run imports beyond Streamlit: the navigation (app.py), the sign-in gate and
# the store, the Chat page and the services its first draw opens (connections, files, providers).
# tests/ui/test_warm.py fails when the Chat page's first run imports more than this leaves out.
FIRST_PAGE = (
    "iopsdata.demo",
    "iopsdata.ui.state",
    "iopsdata.ui.auth_gate",
    "iopsdata.ui.errors",
    "iopsdata.ui.routing",
    "iopsdata.ui.chat_view",
    "iopsdata.assistant.display",
    "iopsdata.assistant.models",
    "iopsdata.assistant.service",
    "iopsdata.connections",
    "iopsdata.files",
    "iopsdata.knowledge.service",
    "iopsdata.llm",
    "iopsdata.preferences",
    "iopsdata.auth.local",
    "iopsdata.auth.claim",
    "sqlite3",  # the embedded metadata store's driver, loaded when the store first connects
    # Streamlit's table of every emoji (~40 ms to import): set_page_config loads it to check
    # that the favicon, an emoji (app.py), is one
    "streamlit.emojis",
)


def warm_imports() -> list[str]:
    """Import :data:`FIRST_PAGE`; returns the modules that failed (logged, never raised: a page
    run that needs one imports it itself and shows its error the usual way).

    Importing allocates hundreds of thousands of objects, and each allocation threshold crossed
    starts a collection; the oldest generation's walks every object Streamlit already holds, with
    the GIL held. The server thread, meanwhile sending the front-end its files, waited on each:
    the first visitor's page loaded ~0.1 s later than with no warming at all
    (docs/performance.md, "Start-up"). So what is already loaded (Streamlit, long-lived) is frozen
    first, and the collector pauses until these imports are done; nothing they create is garbage.
    """
    failed = []
    freeze_long_lived()
    paused = gc.isenabled()
    gc.disable()
    try:
        for name in FIRST_PAGE:
            try:
                importlib.import_module(name)
            except Exception:
                log.exception("warming %s failed", name)
                failed.append(name)
        freeze_long_lived()  # what was just imported lives as long as the process
    finally:
        if paused:
            gc.enable()
    return failed


def skip_direct_run_check() -> None:
    """Mark Streamlit's once-per-process "run it with `streamlit run`" check as done.

    The first element any session draws runs that check, and it walks the whole call stack with
    ``inspect.stack()``, which reads the source of every frame (15-50 ms, measured with py-spy
    on the first page run). This process is a Streamlit server, so the only answer is "no
    warning". The flag is a module global of ``streamlit.delta_generator``;
    tests/ui/test_warm.py fails if a Streamlit upgrade renames it.
    """
    from streamlit import delta_generator

    if hasattr(delta_generator, "_use_warning_has_been_displayed"):
        delta_generator._use_warning_has_been_displayed = True


def warm_in_background() -> threading.Thread:
    """Start :func:`warm_imports` in a daemon thread and return it."""
    thread = threading.Thread(target=warm_imports, name="iopsdata-warm", daemon=True)
    thread.start()
    return thread


@asynccontextmanager
async def lifespan(_app: Any) -> AsyncIterator[None]:
    """The ``st.App`` start-up hook: warm the first page's imports, then serve."""
    skip_direct_run_check()
    warm_in_background()
    yield None
