"""Showing errors: an ``IopsError`` as title + message; anything else as a generic, logged error."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

import streamlit as st
from streamlit.runtime.scriptrunner_utils.exceptions import ScriptControlException

from iopsdata.errors import IopsError
from iopsdata.ui.text import esc

log = logging.getLogger("iopsdata.ui")


def show_error(exc: BaseException) -> None:
    """Render ``exc`` for a user: never a traceback, never a secret."""
    if isinstance(exc, IopsError):
        st.error(f"**{esc(exc.title)}** — {esc(exc.message)}", icon=":material/error:")
        if exc.hint:
            st.caption(esc(exc.hint))
    else:
        log.exception("Unexpected error", exc_info=exc)
        st.error(
            "**Unexpected error** — iOpsData hit a problem it did not expect. Nothing was lost; "
            "try again, and if it persists ask your administrator to check the server log.",
            icon=":material/error:",
        )


@contextmanager
def guarded() -> Iterator[None]:
    """``with guarded(): action()`` shows any failure of ``action`` instead of crashing the page."""
    try:
        yield
    except ScriptControlException:  # st.rerun / st.stop / st.switch_page must pass through
        raise
    except Exception as exc:
        show_error(exc)
