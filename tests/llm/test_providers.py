"""Each provider streams through its real SDK to the loopback server."""

from __future__ import annotations

import pytest

from iopsdata.errors import ProviderError
from iopsdata.llm import PROVIDERS, price_for
from tests.support.llm_server import Reply

KEY = "sk-test-0123456789abcdef"
ALL = sorted(PROVIDERS)
PRICED_MODEL = {
    "openai": "gpt-5.4-mini",
    "anthropic": "claude-haiku-4-5",
    "groq": "llama-3.3-70b-versatile",
}


def make(name: str, server, **kwargs):
    return PROVIDERS[name](api_key=KEY, base_url=server.base_url(name), timeout_s=5, **kwargs)


@pytest.mark.parametrize("name", ALL)
def test_streams_text_usage_latency(name, llm_server):
    text = "SELECT carrier, count(*) AS flights FROM flights GROUP BY carrier"
    llm_server.enqueue(Reply(text, input_tokens=1234, output_tokens=56, chunk_delay_s=0.02))
    response = make(name, llm_server).complete(
        [{"role": "user", "content": "Flights per carrier?"}],
        system="You write SQL.",
        max_tokens=300,
    )
    chunks = list(response)

    assert all(type(c) is str for c in chunks) and len(chunks) > 3
    assert "".join(chunks) == text == response.text()
    assert (response.usage.input_tokens, response.usage.output_tokens) == (1234, 56)
    assert response.usage.total_tokens == 1290
    assert response.finish_reason in ("stop", "end_turn") and not response.truncated
    # ttft is the first chunk; the stream then took (chunks - 1) delays more
    assert 0 < response.ttft_s < response.latency_s
    assert response.latency_s - response.ttft_s >= 0.02 * (len(chunks) - 2)
    assert len(llm_server.requests) == 1 and llm_server.last.stream


@pytest.mark.parametrize("name", sorted(PRICED_MODEL))
def test_cost_from_price_table(name, llm_server):
    model = PRICED_MODEL[name]
    llm_server.enqueue(Reply("ok", input_tokens=2_000_000, output_tokens=500_000))
    response = make(name, llm_server, model=model).complete([{"role": "user", "content": "hi"}])
    response.text()
    price = price_for(name, model)
    assert response.cost_usd == pytest.approx(2 * price.input_per_m + 0.5 * price.output_per_m)


def test_unknown_model_has_tokens_but_no_cost(llm_server):
    llm_server.enqueue(Reply("ok", input_tokens=10, output_tokens=2))
    response = make("openai_compatible", llm_server, model="my-local-model").complete(
        [{"role": "user", "content": "hi"}]
    )
    response.text()
    assert response.usage.input_tokens == 10 and response.cost_usd is None


@pytest.mark.parametrize("name", ["openai", "groq", "openai_compatible"])
def test_chat_completions_request_shape(name, llm_server):
    llm_server.enqueue("SELECT 1")
    history = [
        {"role": "user", "content": "first question"},
        {"role": "assistant", "content": "SELECT 0"},
        {"role": "user", "content": "and now?"},
    ]
    make(name, llm_server, model="m-1").complete(history, system="RULES", max_tokens=77).text()
    body = llm_server.last.body
    assert body["model"] == "m-1" and body["stream"] is True
    assert body["messages"] == [{"role": "system", "content": "RULES"}, *history]
    token_field = "max_tokens" if name == "openai_compatible" else "max_completion_tokens"
    assert body[token_field] == 77
    assert body["temperature"] == 0
    assert ("stream_options" in body) == (name != "groq")
    assert llm_server.last.headers["authorization"] == f"Bearer {KEY}"
    assert llm_server.last.path.endswith("/v1/chat/completions")


def test_anthropic_request_shape(llm_server):
    llm_server.enqueue("SELECT 1")
    make("anthropic", llm_server).complete(
        [{"role": "user", "content": "q"}], system="RULES", max_tokens=64
    ).text()
    body = llm_server.last.body
    assert llm_server.last.path == "/v1/messages"
    assert body["system"] == "RULES" and body["max_tokens"] == 64
    assert body["messages"] == [{"role": "user", "content": "q"}]
    assert body["model"] == PROVIDERS["anthropic"].default_model


@pytest.mark.parametrize(
    ("model", "sends_temperature"),
    [("gpt-5.4-mini", False), ("o4-mini", False), ("gpt-4.1", True), ("gpt-4o-mini", True)],
)
def test_openai_reasoning_models_get_no_temperature(model, sends_temperature, llm_server):
    llm_server.enqueue("ok")
    make("openai", llm_server, model=model).complete([{"role": "user", "content": "x"}]).text()
    assert ("temperature" in llm_server.last.body) is sends_temperature


def test_response_replays_and_is_lazy(llm_server):
    llm_server.enqueue("one two three")
    response = make("openai", llm_server).complete([{"role": "user", "content": "x"}])
    assert llm_server.requests == []  # nothing is sent before reading
    assert response.text() == "one two three"
    assert "".join(response) == "one two three"  # replays the finished answer
    assert len(llm_server.requests) == 1 and response.done


def test_openai_compatible_needs_no_key(llm_server):
    llm_server.enqueue("hello")
    provider = PROVIDERS["openai_compatible"](base_url=llm_server.base_url("openai_compatible"))
    assert provider.complete([{"role": "user", "content": "x"}]).text() == "hello"


@pytest.mark.parametrize("name", ["openai", "anthropic", "groq"])
def test_key_required(name):
    with pytest.raises(ProviderError, match=PROVIDERS[name].key_env):
        PROVIDERS[name](api_key=None)


@pytest.mark.parametrize(
    ("messages", "problem"),
    [
        ([], "empty"),
        ([{"role": "system", "content": "x"}], "role"),
        ([{"role": "user", "content": None}], "role"),
        ([{"role": "user", "content": "q"}, {"role": "assistant", "content": "a"}], "last message"),
    ],
)
def test_invalid_messages_refused_before_sending(messages, problem, llm_server):
    with pytest.raises(ProviderError, match=problem):
        make("openai", llm_server).complete(messages)
    assert llm_server.requests == []


@pytest.mark.parametrize("name", ALL)
def test_max_tokens_exhausted_without_text(name, llm_server):
    """A reasoning model that spends every token thinking returns no text: say so plainly."""
    llm_server.enqueue(Reply("", finish="length"))
    response = make(name, llm_server).complete([{"role": "user", "content": "x"}], max_tokens=5)
    with pytest.raises(ProviderError, match="used all 5 output tokens"):
        response.text()


@pytest.mark.parametrize("name", ALL)
def test_answer_cut_by_max_tokens_is_flagged(name, llm_server):
    llm_server.enqueue(Reply("SELECT a, b FROM", finish="length"))
    response = make(name, llm_server).complete([{"role": "user", "content": "x"}], max_tokens=5)
    assert response.text() == "SELECT a, b FROM" and response.truncated
