"""Key and provider resolution on a real SQLite store and vault: user → workspace → environment."""

from __future__ import annotations

import itertools
import json

import pytest

from iopsdata.errors import PermissionDenied, ProviderError
from iopsdata.llm import LlmSettingsService, resolve_provider
from tests.support.context import make_context

USER_KEY, WS_KEY, ENV_KEY = (
    "sk-user-1111111111aaaa",
    "sk-work-2222222222bbbb",
    "sk-envv-3333333333cccc",
)


def context(tmp_path, *, env_key: bool = False, role: str = "owner", **settings):
    if env_key:
        settings["OPENAI_API_KEY"] = ENV_KEY
    return make_context(tmp_path, role=role, **settings)


@pytest.mark.parametrize(
    ("user", "workspace", "env"), list(itertools.product([True, False], repeat=3))
)
def test_key_order_user_then_workspace_then_env(user, workspace, env, tmp_path, llm_server):
    # the operator's base URL: every key may be sent there (see the next test for the others)
    ctx = context(tmp_path, env_key=env, OPENAI_BASE_URL=llm_server.base_url("openai"))
    llm = LlmSettingsService(ctx)
    if user:
        llm.set_key("openai", USER_KEY, scope="user")
    if workspace:
        llm.set_key("openai", WS_KEY, scope="workspace")
    expected = USER_KEY if user else WS_KEY if workspace else ENV_KEY if env else None
    if expected is None:
        with pytest.raises(ProviderError) as caught:
            resolve_provider(ctx, "openai")
        assert "Settings → AI providers" in caught.value.message
        assert "OPENAI_API_KEY" in caught.value.message
        return
    llm_server.enqueue("ok")
    resolve_provider(ctx, "openai").complete([{"role": "user", "content": "q"}]).text()
    assert llm_server.last.headers["authorization"] == f"Bearer {expected}"  # the key really used
    source = "user" if user else "workspace" if workspace else "environment"
    assert llm.key_source("openai") == source
    assert llm.masked_key("openai") == f"sk-…{expected[-4:]}"


def test_clearing_falls_back_to_the_next_source(tmp_path):
    ctx = context(tmp_path, env_key=True)
    llm = LlmSettingsService(ctx)
    llm.set_key("openai", USER_KEY)
    llm.set_key("openai", WS_KEY, scope="workspace")
    sources = [llm.key_source("openai")]
    llm.clear_key("openai")
    sources.append(llm.key_source("openai"))
    llm.clear_key("openai", scope="workspace")
    sources.append(llm.key_source("openai"))
    assert sources == ["user", "workspace", "environment"]


def test_keys_are_stored_encrypted(tmp_path):
    ctx = context(tmp_path)
    LlmSettingsService(ctx).set_key("anthropic", " sk-ant-secret-value-9999 ")
    stored = ctx.store.get_user_settings(ctx.user_id)
    assert "sk-ant-secret-value-9999" not in json.dumps(stored)
    assert ctx.vault.decrypt(stored["llm_keys"]["anthropic"]) == "sk-ant-secret-value-9999"


def test_no_provider_at_all_says_how_to_set_one_up(tmp_path):
    ctx = context(tmp_path)
    with pytest.raises(ProviderError, match="No AI provider is set up") as caught:
        resolve_provider(ctx)
    for where in (
        "Settings → AI providers",
        "OPENAI_API_KEY",
        "IOPSDATA_OPENAI_COMPATIBLE_BASE_URL",
    ):
        assert where in caught.value.message
    assert LlmSettingsService(ctx).choice() is None


@pytest.mark.parametrize(
    ("name", "needs"),
    [
        ("anthropic", "ANTHROPIC_API_KEY"),
        ("groq", "GROQ_API_KEY"),
        ("openai_compatible", "IOPSDATA_OPENAI_COMPATIBLE_BASE_URL"),
    ],
)
def test_missing_credentials_message_names_the_setting(name, needs, tmp_path):
    with pytest.raises(ProviderError, match=needs):
        resolve_provider(context(tmp_path), name)


def test_provider_choice_order(tmp_path):
    ctx = context(
        tmp_path, env_key=True, GROQ_API_KEY="gsk-env-1234567890", IOPSDATA_LLM_PROVIDER="groq"
    )
    llm = LlmSettingsService(ctx)
    llm.set_key("anthropic", "sk-ant-0000000000")
    picks = [resolve_provider(ctx).name]  # environment's IOPSDATA_LLM_PROVIDER
    llm.choose("openai", "gpt-4.1", scope="workspace")
    picks.append(resolve_provider(ctx).name)
    llm.choose("anthropic", "claude-haiku-4-5", scope="user")
    picks.append(resolve_provider(ctx).name)
    picks.append(resolve_provider(ctx, "groq").name)  # the caller's choice wins
    assert picks == ["groq", "openai", "anthropic", "groq"]
    assert resolve_provider(ctx).model == "claude-haiku-4-5"
    assert resolve_provider(ctx, "openai").model == "gpt-4.1"  # the model saved with that choice
    assert resolve_provider(ctx, "openai", "gpt-5.4").model == "gpt-5.4"
    assert llm.choice() == ("anthropic", "claude-haiku-4-5")
    llm.choose(None, scope="user")
    assert llm.choice() == ("openai", "gpt-4.1")


def test_first_configured_provider_is_used_when_none_is_chosen(tmp_path):
    ctx = context(tmp_path, GROQ_API_KEY="gsk-env-1234567890")
    provider = resolve_provider(ctx)
    assert (provider.name, provider.model) == ("groq", "openai/gpt-oss-120b")
    assert LlmSettingsService(ctx).configured_providers() == ["groq"]


def test_openai_compatible_from_environment_needs_no_key(tmp_path, llm_server):
    ctx = context(
        tmp_path, IOPSDATA_OPENAI_COMPATIBLE_BASE_URL=llm_server.base_url("openai_compatible")
    )
    llm = LlmSettingsService(ctx)
    assert llm.configured_providers() == ["openai_compatible"]
    llm_server.enqueue("ok")
    check = llm.test()
    assert (check.provider, check.reply) == ("openai_compatible", "ok")
    assert check.input_tokens is not None and check.cost_usd is None  # local model: tokens only


def test_settings_test_call_reports_usage_and_cost(tmp_path, llm_server):
    ctx = context(tmp_path)
    llm = LlmSettingsService(ctx)
    llm.set_key("anthropic", "sk-ant-test-123456789")
    llm.set_base_url("anthropic", llm_server.base_url("anthropic"))
    llm.choose("anthropic", "claude-haiku-4-5")
    llm_server.enqueue("ok")
    check = llm.test()
    assert (check.provider, check.model, check.reply) == ("anthropic", "claude-haiku-4-5", "ok")
    assert check.output_tokens == 1 and check.cost_usd > 0 and check.latency_s > 0
    assert llm_server.last.body["messages"][0]["content"].startswith("Reply with")


def test_failed_test_call_is_a_provider_error(tmp_path, llm_server):
    ctx = context(tmp_path)
    llm = LlmSettingsService(ctx)
    llm.set_key("groq", "gsk-test-123456789")
    llm.set_base_url("groq", llm_server.base_url("groq"))
    # nothing scripted: the server answers HTTP 500 to the call and to both SDK retries
    with pytest.raises(ProviderError, match=r"HTTP 500"):
        llm.test("groq")


def test_statuses_for_the_settings_page(tmp_path):
    ctx = context(tmp_path, env_key=True)
    LlmSettingsService(ctx).set_key("groq", "gsk-user-abcdefgh1234")
    statuses = {s.name: s for s in LlmSettingsService(ctx).providers()}
    assert list(statuses) == ["openai", "anthropic", "groq", "openai_compatible"]
    assert (statuses["openai"].key_source, statuses["openai"].masked_key) == (
        "environment",
        "sk-…cccc",
    )
    assert (statuses["groq"].key_source, statuses["groq"].masked_key) == ("user", "gsk…1234")
    assert (
        not statuses["anthropic"].configured
        and statuses["anthropic"].key_env == "ANTHROPIC_API_KEY"
    )
    assert (
        statuses["openai_compatible"].supports_base_url
        and not statuses["openai_compatible"].needs_key
    )


def test_workspace_settings_need_the_owner_role(tmp_path):
    ctx = context(tmp_path, role="editor")
    llm = LlmSettingsService(ctx)
    for change in (
        lambda: llm.set_key("openai", USER_KEY, scope="workspace"),
        lambda: llm.choose("openai", None, scope="workspace"),
        lambda: llm.set_base_url("openai", "http://x/v1", scope="workspace"),
    ):
        with pytest.raises(PermissionDenied):
            change()
    llm.set_key("openai", USER_KEY)  # their own key is fine
    assert llm.key_source("openai") == "user"


@pytest.mark.parametrize(
    ("call", "problem"),
    [
        (lambda llm: llm.set_key("nope", "k"), "Unknown AI provider"),
        (lambda llm: llm.set_key("openai", "   "), "empty"),
        (lambda llm: llm.set_base_url("openai_compatible", "localhost:11434"), "http"),
        (lambda llm: llm.choose("openai", None, scope="team"), "scope"),
    ],
)
def test_bad_input_is_refused(call, problem, tmp_path):
    with pytest.raises(ProviderError, match=problem):
        call(LlmSettingsService(context(tmp_path)))


def test_undecryptable_stored_key_says_what_to_do(tmp_path):
    ctx = context(tmp_path)
    ctx.store.set_user_settings(ctx.user_id, {"llm_keys": {"openai": "gAAAA-not-a-token"}})
    with pytest.raises(ProviderError, match="FERNET_KEY") as caught:
        resolve_provider(ctx, "openai")
    assert "gAAAA" not in caught.value.message


def test_a_refused_workspace_server_is_never_asked_for_its_models(tmp_path, llm_server):
    """Saving a base URL asks its server for models: only once the role allows the save."""
    llm_server.models = ["m"]
    llm = LlmSettingsService(context(tmp_path, role="editor"))
    with pytest.raises(PermissionDenied):
        llm.set_base_url("openai_compatible", llm_server.base_url("openai_compatible"), "workspace")
    assert llm_server.requests == []


@pytest.mark.parametrize("key_scope", ["user", "workspace", "environment"])
@pytest.mark.parametrize("url_scope", ["user", "workspace", "environment"])
def test_a_key_is_never_sent_to_a_base_url_a_less_trusted_person_set(
    key_scope, url_scope, tmp_path, llm_server
):
    """A member's own base URL must not receive the workspace's or the operator's key (it would
    hand the key to whatever server the member names): the call is refused, in plain words, and
    the server sees nothing. Trust: the operator (environment), then an owner (workspace), then
    any member (user)."""
    from iopsdata.llm.keys import TRUST

    env = {"OPENAI_API_KEY": ENV_KEY} if key_scope == "environment" else {}
    if url_scope == "environment":
        env["OPENAI_BASE_URL"] = llm_server.base_url("openai")
    ctx = make_context(tmp_path, **env)
    llm = LlmSettingsService(ctx)
    if key_scope != "environment":
        llm.set_key("openai", USER_KEY if key_scope == "user" else WS_KEY, scope=key_scope)
    if url_scope != "environment":
        llm.set_base_url("openai", llm_server.base_url("openai"), scope=url_scope)
    llm_server.enqueue("ok")
    status = next(s for s in llm.providers() if s.name == "openai")
    if TRUST[url_scope] >= TRUST[key_scope]:
        assert (status.configured, status.kept_back) == (True, None)
        assert "openai" in llm.configured_providers()
        assert llm.test("openai").reply == "ok"
        return
    # Settings says so before anyone presses Test, with the refusal's own words
    assert not status.configured
    assert "openai" not in llm.configured_providers()
    with pytest.raises(ProviderError) as caught:
        llm.test("openai")
    assert "never sent to a base URL" in caught.value.message
    assert status.kept_back == caught.value.message
    assert [r for r in llm_server.requests if r.path.endswith("/chat/completions")] == []
    assert all("authorization" not in r.headers for r in llm_server.requests)
