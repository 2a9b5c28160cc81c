"""The loopback server itself: plain (non-streaming) replies, routes, recording, empty script."""

from __future__ import annotations

import pytest

from tests.support.llm_server import Fault, Reply


def test_plain_replies_through_each_sdk(llm_server):
    import anthropic
    import groq
    import openai

    llm_server.enqueue(Reply("one", input_tokens=3, output_tokens=1), "two words", "three")
    msgs = [{"role": "user", "content": "hello there"}]
    o = openai.OpenAI(api_key="k", base_url=llm_server.base_url("openai"), max_retries=0)
    r1 = o.chat.completions.create(model="gpt-4.1", messages=msgs)
    a = anthropic.Anthropic(api_key="k", base_url=llm_server.base_url("anthropic"), max_retries=0)
    r2 = a.messages.create(model="claude-haiku-4-5", max_tokens=5, messages=msgs)
    g = groq.Groq(api_key="k", base_url=llm_server.base_url("groq"), max_retries=0)
    r3 = g.chat.completions.create(model="llama-3.1-8b-instant", messages=msgs)

    assert (r1.choices[0].message.content, r1.usage.prompt_tokens, r1.usage.completion_tokens) == (
        "one",
        3,
        1,
    )
    assert (r2.content[0].text, r2.usage.input_tokens, r2.usage.output_tokens) == (
        "two words",
        2,
        2,
    )
    assert r3.choices[0].message.content == "three" and r3.x_groq.id.startswith("req_")
    assert [r.protocol for r in llm_server.requests] == ["openai", "anthropic", "groq"]
    assert all(r.body["messages"] == msgs and not r.stream for r in llm_server.requests)


def test_empty_script_and_unknown_route_fail_loudly(llm_server):
    import openai

    o = openai.OpenAI(api_key="k", base_url=llm_server.base_url("openai"), max_retries=0)
    with pytest.raises(openai.InternalServerError, match="no reply was enqueued"):
        o.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])
    bad = openai.OpenAI(api_key="k", base_url=llm_server.url + "/v2", max_retries=0)
    with pytest.raises(openai.NotFoundError):
        bad.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])


def test_unknown_fault_kind_is_refused():
    with pytest.raises(ValueError):
        Fault("meltdown")
