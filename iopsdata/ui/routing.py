"""Every page runs through ``app.py`` (settings, sign-in, workspace, navigation).

Streamlit treats a ``pages/`` folder as legacy multipage discovery until some run calls
``st.navigation`` (a process-wide flag, ``PagesManager.uses_pages_directory``): on a fresh
process, the first visitor to ``/files`` would run ``pages/files.py`` directly, skipping
``app.py`` and its sign-in gate. And a page drawn in legacy mode gives its widgets other ids than
the same page drawn after the switch (they hash the page they belong to), so a sign-in form
drawn before another visitor's first page was switched under it: its Sign in click sent the old
ids, the next run found no such widgets, and the click was lost with the typed email and
password (one of four browsers signing in at once on a loaded server, in each of three runs;
every time in ``tests/browser/test_routing.py``). So the server switches before any session
(:func:`route_through_app`, called by ``app.py`` as it builds the server), and each page still
calls :func:`ensure_app_routing` first, for runs that do not start that way (``AppTest`` resets
the flag before every run). (The legacy page list itself is hidden by
``client.showSidebarNavigation = false``; our navigation is at the top.)
"""

from __future__ import annotations

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

_ROUTED = "_iops_routed"


def route_through_app() -> None:
    """Switch the process to ``st.navigation`` routing now, before any session draws a page."""
    PagesManager.uses_pages_directory = False


def ensure_app_routing() -> None:
    if not PagesManager.uses_pages_directory:
        return
    PagesManager.uses_pages_directory = False  # process-wide: later runs go through app.py
    # Rerun once per session. (AppTest resets the flag before every run; rerunning each time would
    # drop one-shot inputs such as chat messages and button clicks.)
    if not st.session_state.get(_ROUTED):
        st.session_state[_ROUTED] = True
        st.rerun()
