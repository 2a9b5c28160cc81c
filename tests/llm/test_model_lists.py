"""Model lists come from the providers' own model-list calls, through their real SDKs, with the
built-in suggestions as the fallback; every provider accepts a base URL (gateways, proxies)."""

from __future__ import annotations

import pytest

from iopsdata.errors import ProviderError
from iopsdata.llm import PROVIDERS
from iopsdata.workspace import Workspace

KEY = "sk-test-0123456789abcdef"
ALL = sorted(PROVIDERS)
SERVED = ["zeta-chat-1", "alpha-chat-2", "text-embedding-3-small", "whisper-large-v3"]


@pytest.mark.parametrize("name", ALL)
def test_lists_the_servers_chat_models_through_the_sdk(name, llm_server) -> None:
    llm_server.models = SERVED
    provider = PROVIDERS[name](api_key=KEY, base_url=llm_server.base_url(name), timeout_s=5)
    assert provider.list_models() == ["alpha-chat-2", "zeta-chat-1"]
    asked = llm_server.last
    assert asked.path.endswith("/v1/models")
    assert ("anthropic-version" in asked.headers) is (name == "anthropic")


@pytest.mark.parametrize("name", ALL)
def test_a_server_without_a_model_list_is_a_provider_error(name, llm_server) -> None:
    provider = PROVIDERS[name](api_key=KEY, base_url=llm_server.base_url(name), timeout_s=5)
    with pytest.raises(ProviderError) as caught:
        provider.list_models()
    assert KEY not in caught.value.message


@pytest.mark.parametrize("name", ALL)
def test_every_provider_takes_a_base_url_in_settings(name, llm_server) -> None:
    ws = Workspace.open()
    llm = ws.settings.llm
    assert next(s for s in llm.providers() if s.name == name).supports_base_url
    llm.set_base_url(name, llm_server.base_url(name))
    if PROVIDERS[name].needs_key:
        llm.set_key(name, KEY)
    llm_server.models = ["from-the-gateway"]
    listed = llm.models(name)
    assert (listed.source, listed.models, listed.note) == ("server", ("from-the-gateway",), None)


def test_unreachable_server_falls_back_to_the_built_in_list(llm_server) -> None:
    llm = Workspace.open().settings.llm
    llm.set_base_url("openai_compatible", llm_server.base_url("openai_compatible"))
    listed = llm.models("openai_compatible")  # the loopback server has no model list yet
    cls = PROVIDERS["openai_compatible"]
    assert listed.source == "built-in" and listed.models[0] == cls.default_model
    assert listed.note and "openai_compatible" not in listed.note


def test_base_urls_from_the_environment(monkeypatch, llm_server) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", KEY)
    monkeypatch.setenv("ANTHROPIC_BASE_URL", llm_server.base_url("anthropic"))
    llm_server.models = ["claude-gateway"]
    llm = Workspace.open().settings.llm
    assert next(s for s in llm.providers() if s.name == "anthropic").base_url == (
        llm_server.base_url("anthropic")
    )
    assert llm.models("anthropic").models == ("claude-gateway",)


# -- a self-hosted server that does not serve the provider's default model ------------------------
LOCAL = "openai_compatible"


def test_saving_a_server_without_the_default_model_makes_chat_use_one_it_serves(llm_server) -> None:
    """Ollama with only ``qwen3`` pulled answers ``llama3.1`` with 404: saving its URL records a
    model it lists, and every caller of the resolved provider (Chat, Test, Evaluate) uses it."""
    llm_server.models = ["qwen3:8b", "gemma3:4b", "nomic-embed-text"]
    llm = Workspace.open().settings.llm
    llm.set_base_url(LOCAL, llm_server.base_url(LOCAL))
    assert llm.choice() == (LOCAL, "gemma3:4b")  # the first chat model, in the list's order
    llm_server.enqueue("ok")
    assert llm.test().model == "gemma3:4b"
    assert llm_server.last.body["model"] == "gemma3:4b"


def test_a_chosen_model_wins_over_the_served_one_and_a_server_with_the_default_keeps_it(
    llm_server,
) -> None:
    llm = Workspace.open().settings.llm
    llm_server.models = ["qwen3:8b"]
    llm.set_base_url(LOCAL, llm_server.base_url(LOCAL))
    llm.choose(LOCAL, "my-own-tag")
    assert llm.choice() == (LOCAL, "my-own-tag")
    llm.choose(None)
    assert llm.choice() == (LOCAL, "qwen3:8b")
    llm_server.models = [PROVIDERS[LOCAL].default_model, "qwen3:8b"]
    llm.set_base_url(LOCAL, llm_server.base_url(LOCAL))  # saved again: the default is served now
    assert llm.choice() == (LOCAL, PROVIDERS[LOCAL].default_model)


def test_a_server_that_cannot_be_asked_keeps_the_default_and_clearing_the_url_forgets(
    llm_server,
) -> None:
    llm = Workspace.open().settings.llm
    llm.set_base_url(LOCAL, llm_server.base_url(LOCAL))  # no model list: 404
    assert llm.choice() == (LOCAL, PROVIDERS[LOCAL].default_model)
    llm_server.models = ["qwen3:8b"]
    llm.set_base_url(LOCAL, llm_server.base_url(LOCAL))
    assert llm.choice() == (LOCAL, "qwen3:8b")
    llm.set_base_url(LOCAL, None)
    assert llm.choice() is None
    ctx = Workspace.open().ctx
    stored = ctx.store.get_user_settings(ctx.user_id) or {}
    assert LOCAL not in (stored.get("llm_served_models") or {})


def test_the_served_model_follows_the_url_in_effect(llm_server) -> None:
    """A user's own server (and its model) overrides the workspace's, never a mix of the two."""
    ws = Workspace.open()
    llm = ws.settings.llm
    llm_server.models = ["workspace-model"]
    llm.set_base_url(LOCAL, llm_server.base_url(LOCAL), scope="workspace")
    assert llm.choice() == (LOCAL, "workspace-model")
    llm_server.models = [PROVIDERS[LOCAL].default_model]
    llm.set_base_url(LOCAL, llm_server.base_url(LOCAL) + "/", scope="user")
    assert llm.choice() == (LOCAL, PROVIDERS[LOCAL].default_model)
