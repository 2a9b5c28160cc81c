"""Every page runs through ``app.py`` (settings, sign-in, workspace, navigation).

Streamlit treats a ``pages/`` folder as legacy multipage discovery until some run calls
``st.navigation``: on a fresh process, the first visitor to ``/files`` would run
``pages/files.py`` directly, skipping ``app.py`` and its sign-in gate. Each page calls
:func:`ensure_app_routing` first: it switches Streamlit to ``st.navigation`` routing and reruns, so
the same URL goes through ``app.py``. (The legacy page list itself is hidden by
``client.showSidebarNavigation = false``; our navigation is at the top.)
"""

from __future__ import annotations

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

_ROUTED = "_iops_routed"


def ensure_app_routing() -> None:
    if not PagesManager.uses_pages_directory:
        return
    PagesManager.uses_pages_directory = False  # process-wide: later runs go through app.py
    # Rerun once per session. (AppTest resets the flag before every run; rerunning each time would
    # drop one-shot inputs such as chat messages and button clicks.)
    if not st.session_state.get(_ROUTED):
        st.session_state[_ROUTED] = True
        st.rerun()
