"""The API key never appears in an error, a log line (even at DEBUG) or a repr."""

from __future__ import annotations

import logging

import pytest

from iopsdata.errors import ProviderError
from iopsdata.llm import PROVIDERS
from tests.support.llm_server import Fault

KEY = "sk-live-SECRET-4f9a8b7c6d5e4f3a2b1c"
ALL = sorted(PROVIDERS)
ECHOING_FAULTS = [
    pytest.param(
        Fault.status(401, f"Incorrect API key provided: {KEY[:12]}…{KEY[-4:]}"),
        "401",
        id="401-echo",
    ),
    pytest.param(Fault.status(400, f"Bad key format {KEY} in header"), "400", id="400-full-echo"),
    pytest.param(Fault.status(403, f"key {KEY} may not use this model"), "403", id="403-echo"),
    pytest.param(Fault.rate_limit(retry_after=0.05), "429", id="429"),
]


def make(name: str, server):
    return PROVIDERS[name](api_key=KEY, base_url=server.base_url(name), timeout_s=5)


def fragments(secret: str) -> list[str]:
    """Every 8-character piece of the secret: none may leak."""
    return [secret[i : i + 8] for i in range(len(secret) - 7)]


@pytest.mark.parametrize("name", ALL)
@pytest.mark.parametrize(("fault", "status"), ECHOING_FAULTS)
def test_key_absent_from_errors_and_debug_logs(name, fault, status, llm_server, caplog):
    caplog.set_level(logging.DEBUG)
    llm_server.enqueue(*[fault] * 3, "SELECT 1")
    provider = make(name, llm_server)
    try:
        provider.complete([{"role": "user", "content": "q"}]).text()
    except ProviderError as exc:
        shown = " ".join(filter(None, [exc.message, exc.title, exc.hint, str(exc), repr(exc)]))
        assert f"HTTP {status}" in exc.message
    else:
        pytest.fail("the fault was not reported")
    assert llm_server.last.headers["authorization"] == f"Bearer {KEY}"  # it was really sent
    logged = caplog.text
    assert logged  # the SDKs did log at DEBUG
    for piece in fragments(KEY):
        assert piece not in shown
        assert piece not in logged
    assert KEY not in repr(provider)


@pytest.mark.parametrize("name", ALL)
def test_key_absent_from_successful_debug_logs(name, llm_server, caplog):
    caplog.set_level(logging.DEBUG)
    llm_server.enqueue("SELECT 1")
    assert make(name, llm_server).complete([{"role": "user", "content": "q"}]).text() == "SELECT 1"
    assert "llm answer" in caplog.text
    for piece in fragments(KEY):
        assert piece not in caplog.text
