"""Pytest plugin: the ``llm_server`` fixture (register with ``pytest_plugins``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.llm_server import LlmServer


@pytest.fixture
def llm_server() -> Iterator[LlmServer]:
    """A fresh scripted provider server per test; see ``tests.support.llm_server``."""
    with LlmServer() as server:
        yield server
