"""LLM tests use the loopback provider server; the root conftest may register it as a plugin too."""

from tests.support.llm_fixtures import llm_server  # noqa: F401 - re-exported fixture
