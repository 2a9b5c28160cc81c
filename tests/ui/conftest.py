"""AppTest helpers: a fresh process-wide cache per test (``st.cache_resource`` outlives an AppTest)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 60


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    st.cache_resource.clear()
    yield
    st.cache_resource.clear()


def open_page(page: str) -> AppTest:
    """Run ``app.py`` (page config, workspace picker, navigation), then switch to ``page``."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, at.exception
    at.switch_page(page)
    at.run()
    return at


def shown(markdown: str) -> str:
    """What a Markdown string escaped by ``iopsdata.ui.text.esc`` displays (escapes resolved)."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", str(markdown)).replace("\u2060", "")


def texts(at: AppTest) -> str:
    """Every piece of visible text on the page, for "is this sentence shown" assertions."""
    parts = []
    for kind in (
        "markdown",
        "caption",
        "error",
        "warning",
        "info",
        "success",
        "title",
        "header",
        "subheader",
        "code",
    ):
        parts.extend(shown(e.value) for e in getattr(at, kind))
    return "\n".join(parts)
