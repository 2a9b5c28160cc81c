"""Every fault mode ends as a ``ProviderError`` with a clear message, in bounded time."""

from __future__ import annotations

import time

import pytest

from iopsdata.errors import ProviderError
from iopsdata.llm import PROVIDERS
from tests.support.llm_server import Fault, Reply

KEY = "sk-test-fault-0123456789"
TIMEOUT_S = 1.0
ALL = sorted(PROVIDERS)

SLOW_S = 5.0  # for faults the SDK retries with its own backoff (0.5 s, then 1 s)
# fault, how many times it is scripted (the SDK retries twice), expected words, requests made
FAULTS = [
    pytest.param(
        Fault.rate_limit(retry_after=0.05),
        3,
        r"limiting requests \(HTTP 429\).*after 3 attempts.*about 1 second\b",
        3,
        id="429",
    ),
    pytest.param(
        Fault.server_error(), 3, r"server problem \(HTTP 500\).*after 3 attempts", 3, id="500"
    ),
    pytest.param(
        Fault.hang(seconds=30),
        3,
        rf"did not finish answering within {TIMEOUT_S:g} seconds",
        1,
        id="hang",
    ),
    pytest.param(
        Fault.stall(seconds=30),
        1,
        rf"did not finish answering within {TIMEOUT_S:g} seconds",
        1,
        id="stall",
    ),
    pytest.param(Fault.truncated(), 1, r"answer was cut off", 1, id="truncated"),
    pytest.param(Fault.empty(), 1, r"returned no answer", 1, id="empty"),
    pytest.param(
        Fault.status(400, "Unknown parameter: 'foo'."),
        1,
        r"refused the request \(HTTP 400\): Unknown parameter",
        1,
        id="400",
    ),
    pytest.param(Fault.status(404, "model not found"), 1, r"does not know the model", 1, id="404"),
]


def make(name: str, server, timeout_s: float = TIMEOUT_S):
    return PROVIDERS[name](api_key=KEY, base_url=server.base_url(name), timeout_s=timeout_s)


@pytest.mark.parametrize("name", ALL)
@pytest.mark.parametrize(("fault", "times", "message", "requests"), FAULTS)
def test_fault_becomes_provider_error(name, fault, times, message, requests, llm_server):
    llm_server.enqueue(*[fault] * times)
    timeout_s = SLOW_S if fault.kind == "server_error" else TIMEOUT_S
    provider = make(name, llm_server, timeout_s)
    provider.prepare()  # SDK import outside the measured time
    started = time.monotonic()
    with pytest.raises(ProviderError, match=message) as caught:
        provider.complete([{"role": "user", "content": "q"}]).text()
    elapsed = time.monotonic() - started
    # bounded: never much past the total deadline, whatever the server does
    assert elapsed < timeout_s + 0.5
    assert len(llm_server.requests) == requests
    assert PROVIDERS[name].label in caught.value.message
    assert KEY not in caught.value.message


@pytest.mark.parametrize("name", ALL)
def test_junk_reply(name, llm_server):
    """Non-JSON SSE data: the OpenAI-shaped SDKs fail to parse it; Anthropic's skips unknown
    events, so nothing usable arrives. Either way: one clear error, no traceback."""
    llm_server.enqueue(Fault.junk())
    with pytest.raises(ProviderError, match=r"could not be read|returned no answer"):
        make(name, llm_server).complete([{"role": "user", "content": "q"}]).text()


@pytest.mark.parametrize("name", ALL)
def test_sdk_retry_recovers(name, llm_server):
    """The SDK is the one retry owner: a 429 then a 500 are retried and the answer arrives."""
    llm_server.enqueue(Fault.rate_limit(retry_after=0.05), Fault.server_error(), "SELECT 1")
    assert (
        make(name, llm_server, SLOW_S).complete([{"role": "user", "content": "q"}]).text()
        == "SELECT 1"
    )
    assert len(llm_server.requests) == 3
    retry_counts = [r.headers.get("x-stainless-retry-count") for r in llm_server.requests]
    assert retry_counts == ["0", "1", "2"]


@pytest.mark.parametrize("name", ["openai", "anthropic"])
def test_abandoned_answer_sends_no_more_retries(name, llm_server):
    """After the deadline the SDK's pending retries must not reach the provider (billing)."""
    llm_server.enqueue(Fault.hang(seconds=30), "late 1", "late 2")
    with pytest.raises(ProviderError, match="did not finish"):
        make(name, llm_server).complete([{"role": "user", "content": "q"}]).text()
    time.sleep(TIMEOUT_S + 1.5)  # the worker's first attempt times out, then it would retry
    assert len(llm_server.requests) == 1 and llm_server.pending == 2


def test_reader_stopping_early_abandons_the_stream(llm_server):
    llm_server.enqueue(Reply("a b c d e f g h", chunk_delay_s=0.05))
    response = make("openai", llm_server).complete([{"role": "user", "content": "q"}])
    stream = iter(response)
    assert next(stream) == "a "
    stream.close()
    assert not response.done
    with pytest.raises(ProviderError, match="already read"):
        response.text()


def test_unreachable_server():
    provider = PROVIDERS["openai"](
        api_key=KEY, base_url="http://127.0.0.1:9/v1", timeout_s=5, max_retries=0
    )
    with pytest.raises(ProviderError, match="Could not reach OpenAI") as caught:
        provider.complete([{"role": "user", "content": "q"}]).text()
    assert caught.value.title == "AI provider unreachable"
