"""Which provider, which model and which key: resolved in ONE documented order.

Order, for the key (and the OpenAI-compatible base URL) of a provider:

1. the user's own, stored encrypted in the user's settings (``llm_keys: {provider: vault token}``);
2. the workspace's, stored the same way in the workspace settings (set by an owner);
3. the environment or ``st.secrets`` (``Settings.openai_api_key``, ``anthropic_api_key``,
   ``groq_api_key``, ``openai_compatible_base_url`` / ``openai_compatible_api_key``).

The provider itself: the caller's choice → the user's ``llm_provider`` → the workspace's →
``IOPSDATA_LLM_PROVIDER`` → the first provider (OpenAI, Anthropic, Groq, OpenAI-compatible) that
has credentials. The model: the caller's → the one saved with that provider choice → the model
recorded when the provider's base URL was saved, if its server does not serve the provider's
default (an Ollama without ``llama3.1`` would answer every call 404) → the provider's default.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from iopsdata.context import members_only
from iopsdata.errors import IopsError, ProviderError
from iopsdata.llm.base import Provider
from iopsdata.llm.registry import PROVIDERS, provider_class

if TYPE_CHECKING:
    from iopsdata.context import WorkspaceContext

SCOPES = ("user", "workspace")
KEYS_FIELD = "llm_keys"
BASE_URLS_FIELD = "llm_base_urls"
PROVIDER_FIELD = "llm_provider"
MODEL_FIELD = "llm_model"
# {provider: model}: one the server at the saved base URL serves, kept beside that URL in the same
# scope, for when the provider's own default is not among the server's models
SERVED_MODELS_FIELD = "llm_served_models"
# Who may have set a value, least trusted first: any member (user), an owner (workspace), the
# operator (environment). A key is sent only to a base URL set by someone at least as trusted as
# whoever set the key: else a member could point their own base URL at a server of theirs and
# receive the workspace's or the operator's key with the first call.
TRUST = {"user": 0, "workspace": 1, "environment": 2}
# each source as the messages name it
WHERE = {"user": "the user settings", "workspace": "the workspace settings",
         "environment": "the server's environment"}  # fmt: skip


def may_send(key_source: str | None, url_source: str | None) -> bool:
    """Whether a key from ``key_source`` may go to a base URL from ``url_source`` (``None``: the
    provider's own endpoint, which every key may reach)."""
    if key_source is None or url_source is None:
        return True
    return TRUST[url_source] >= TRUST[key_source]


@dataclass(frozen=True)
class _Credentials:
    """What one call would be sent with (see ``_Sources.credentials``)."""

    key: str | None
    base_url: str | None
    kept_back: str | None  # why a saved key is not sent to this base URL (needs-key providers)


class _Sources:
    """The user's and workspace's settings plus the environment, read once per resolution."""

    def __init__(self, ctx: WorkspaceContext) -> None:
        self.ctx = ctx
        self._credentials: dict[str, _Credentials] = {}  # per provider, worked out once
        self.scopes: dict[str, dict[str, Any]] = {
            "user": dict(ctx.store.get_user_settings(ctx.user_id) or {}),
            "workspace": dict(ctx.store.get_workspace_settings(ctx.workspace_id) or {}),
        }

    def key(self, name: str) -> tuple[str | None, str | None]:
        """``(key, source)`` with source ``user``/``workspace``/``environment``, or ``(None, None)``."""
        cls = provider_class(name)
        for scope in SCOPES:
            token = (self.scopes[scope].get(KEYS_FIELD) or {}).get(name)
            if token:
                try:
                    return self.ctx.vault.decrypt(token), scope
                except IopsError as exc:
                    raise ProviderError(
                        f"The {cls.label} key saved in the {scope} settings could not be decrypted "
                        "(was FERNET_KEY changed?). Set it again in Settings → AI providers.",
                    ) from exc
        env = getattr(self.ctx.settings, cls.key_setting, None) if cls.key_setting else None
        return (env, "environment") if env else (None, None)

    def base_url(self, name: str) -> tuple[str | None, str | None]:
        cls = provider_class(name)
        for scope in SCOPES:
            url = (self.scopes[scope].get(BASE_URLS_FIELD) or {}).get(name)
            if url:
                return url, scope
        env = (
            getattr(self.ctx.settings, cls.base_url_setting, None) if cls.base_url_setting else None
        )
        return (env, "environment") if env else (None, None)

    def credentials(self, name: str) -> _Credentials:
        """The key and base URL a call to ``name`` would use, the trust rule applied (``TRUST``): a
        key that may not go to the base URL in effect is dropped, and for a provider that needs a
        key, ``kept_back`` says why in words the Settings page and the refusal both show."""
        if name in self._credentials:
            return self._credentials[name]
        key, key_source = self.key(name)
        base_url, url_source = self.base_url(name)
        kept_back = None
        if key and base_url and not may_send(key_source, url_source):
            cls = provider_class(name)
            if cls.needs_key:
                kept_back = (
                    f"The {cls.label} key from {WHERE[key_source or '']} is never sent to a base "
                    f"URL set in {WHERE[url_source or '']}. Enter your own key next to that URL "
                    "in Settings → AI providers, or remove the URL."
                )
            key = None  # a server that needs no key gets none
        self._credentials[name] = _Credentials(key, base_url, kept_back)
        return self._credentials[name]

    def served_model(self, name: str) -> str | None:
        """The model recorded with the base URL in effect (same scope), or ``None``."""
        _, scope = self.base_url(name)
        if scope not in SCOPES:
            return None
        return (self.scopes[scope].get(SERVED_MODELS_FIELD) or {}).get(name) or None

    def has_credentials(self, name: str) -> bool:
        """Whether ``name`` can be called now (a key it may send, or a server that needs none)."""
        cls = provider_class(name)
        creds = self.credentials(name)
        if cls.supports_base_url and not cls.needs_key:
            return creds.base_url is not None
        return creds.key is not None

    def choices(self) -> list[tuple[str | None, str | None]]:
        """``(provider, model)`` saved per scope, highest priority first, then the environment's."""
        found = [
            (self.scopes[s].get(PROVIDER_FIELD), self.scopes[s].get(MODEL_FIELD)) for s in SCOPES
        ]
        found.append((self.ctx.settings.llm_provider, self.ctx.settings.llm_model))
        return found


def resolve_provider(
    ctx: WorkspaceContext, provider_name: str | None = None, model: str | None = None
) -> Provider:
    """A ready provider for this user in this workspace, following the module's order.

    Raises:
        ProviderError: no provider is set up, the provider is unknown, or its key (or base URL)
            is missing — the message says where to set it.
    """
    sources = _Sources(ctx)
    name = provider_name or next((p for p, _ in sources.choices() if p), None)
    if name is None:
        name = next((p for p in PROVIDERS if sources.has_credentials(p)), None)
    if name is None:
        raise ProviderError(
            "No AI provider is set up. Add an OpenAI, Anthropic or Groq key, or the base URL of an "
            "OpenAI-compatible server, in Settings → AI providers (or set OPENAI_API_KEY, "
            "ANTHROPIC_API_KEY, GROQ_API_KEY or IOPSDATA_OPENAI_COMPATIBLE_BASE_URL).",
            title="No AI provider",
        )
    cls = provider_class(name)
    chosen = (
        model
        or next((m for p, m in sources.choices() if p == name and m), None)
        or sources.served_model(name)
    )
    creds = sources.credentials(name)
    if creds.kept_back:
        raise ProviderError(creds.kept_back, title="AI provider key kept back")
    key, base_url = creds.key, creds.base_url
    if cls.needs_key and not key:
        raise ProviderError(
            f"No API key for {cls.label}. {cls.key_hint()}", title="AI provider key missing"
        )
    if cls.supports_base_url and not cls.needs_key and not base_url:
        raise ProviderError(
            f"No base URL for the {cls.label}. {cls.key_hint()}", title="AI provider not set up"
        )
    return cls(api_key=key, base_url=base_url, model=chosen, timeout_s=ctx.settings.llm_timeout_s)


def mask(key: str) -> str:
    """``sk-…abcd``: enough to recognise a key, never enough to use it."""
    if len(key) >= 12:
        return f"{key[:3]}…{key[-4:]}"
    return f"…{key[-2:]}" if len(key) >= 6 else "…"


@dataclass(frozen=True)
class ProviderStatus:
    """What the Settings page shows for one provider."""

    name: str
    label: str
    models: tuple[str, ...]
    default_model: str
    needs_key: bool
    supports_base_url: bool
    configured: bool
    key_source: str | None
    masked_key: str | None
    base_url: str | None
    key_env: str | None
    # why the saved key is not sent to the base URL in effect (then not ``configured``); see TRUST
    kept_back: str | None = None


@dataclass(frozen=True)
class ProviderCheck:
    """The outcome of a one-line test call."""

    provider: str
    model: str
    reply: str
    latency_s: float
    ttft_s: float | None
    input_tokens: int | None
    output_tokens: int | None
    cost_usd: float | None


@dataclass(frozen=True)
class ModelList:
    """The models to offer for one provider, and where the list came from."""

    provider: str
    models: tuple[str, ...]
    source: str  # "server": the provider's model-list call answered; "built-in": our suggestions
    note: str | None = None  # why the built-in list is shown


@members_only
class LlmSettingsService:
    """Keys, base URLs and the provider/model choice, per user or per workspace.

    Keys are encrypted with the workspace vault before they reach the store and are never shown
    back: only :func:`mask` of them. Changing workspace settings needs the owner role.
    """

    def __init__(self, ctx: WorkspaceContext) -> None:
        self.ctx = ctx

    # -- reading ---------------------------------------------------------------------------------

    def providers(self) -> list[ProviderStatus]:
        """Every known provider with where its credentials come from (for the Settings page)."""
        sources = _Sources(self.ctx)
        statuses = []
        for name, cls in PROVIDERS.items():
            key, source = sources.key(name)  # the saved key, shown masked even when kept back
            base_url, _ = sources.base_url(name)
            statuses.append(
                ProviderStatus(
                    name=name,
                    label=cls.label,
                    models=cls.models,
                    default_model=cls.default_model,
                    needs_key=cls.needs_key,
                    supports_base_url=cls.supports_base_url,
                    configured=sources.has_credentials(name),
                    key_source=source,
                    masked_key=mask(key) if key else None,
                    base_url=base_url,
                    key_env=cls.key_env,
                    kept_back=sources.credentials(name).kept_back,
                )
            )
        return statuses

    def configured_providers(self) -> list[str]:
        """Names of the providers that can be called now."""
        sources = _Sources(self.ctx)
        return [name for name in PROVIDERS if sources.has_credentials(name)]

    def masked_key(self, provider: str) -> str | None:
        """The effective key for ``provider``, masked (``sk-…abcd``), or ``None``."""
        key, _ = _Sources(self.ctx).key(provider)
        return mask(key) if key else None

    def key_source(self, provider: str) -> str | None:
        """``user``, ``workspace``, ``environment`` or ``None``: where the effective key comes from."""
        return _Sources(self.ctx).key(provider)[1]

    def choice(self) -> tuple[str, str] | None:
        """The ``(provider, model)`` a call without arguments would use, or ``None``."""
        try:
            provider = resolve_provider(self.ctx)
        except ProviderError:
            return None
        return provider.name, provider.model

    def models(self, provider: str) -> ModelList:
        """The models ``provider`` serves, asked of the server itself (``GET …/models``) with the
        resolved key and base URL; the built-in suggestions when it cannot be asked.

        Raises:
            ProviderError: unknown provider (a failed call is reported in ``ModelList.note``).
        """
        builtin = self.builtin_models(provider)
        try:
            found = resolve_provider(self.ctx, provider).list_models()
        except ProviderError as exc:
            return replace(builtin, note=exc.message)
        if not found:
            label = provider_class(provider).label
            return replace(builtin, note=f"{label} listed no chat models.")
        return ModelList(provider, tuple(found), "server")

    @staticmethod
    def builtin_models(provider: str) -> ModelList:
        """iOpsData's own suggestions for ``provider`` (used when its server cannot be asked)."""
        cls = provider_class(provider)
        return ModelList(
            provider, tuple(dict.fromkeys((cls.default_model, *cls.models))), "built-in"
        )

    # -- writing ---------------------------------------------------------------------------------

    def set_key(self, provider: str, key: str, scope: str = "user") -> None:
        """Store ``key`` for ``provider``, encrypted, for the user or (owners) the workspace.

        Raises:
            ProviderError: unknown provider or empty key.
            PermissionDenied: workspace scope without the owner role.
        """
        provider_class(provider)
        key = (key or "").strip()
        if not key:
            raise ProviderError("The API key is empty.")
        self._update(scope, KEYS_FIELD, provider, self.ctx.vault.encrypt(key))

    def clear_key(self, provider: str, scope: str = "user") -> None:
        """Forget the stored key (the next source in the order applies again)."""
        provider_class(provider)
        self._update(scope, KEYS_FIELD, provider, None)

    def set_base_url(self, provider: str, url: str | None, scope: str = "user") -> None:
        """Point ``provider`` at another server (``None`` clears it); ask it which models it serves.

        Raises:
            ProviderError: the URL is not http(s).
        """
        provider_class(provider)
        url = (url or "").strip() or None
        if url and not url.startswith(("http://", "https://")):
            raise ProviderError("The base URL must start with http:// or https://.")
        values = self._read(scope)
        if scope == "workspace":
            self.ctx.require("owner")  # before the server is asked anything
        urls = dict(values.get(BASE_URLS_FIELD) or {})
        served = dict(values.get(SERVED_MODELS_FIELD) or {})
        urls.pop(provider, None)
        served.pop(provider, None)
        if url:
            urls[provider] = url
            model = self._served_instead_of_default(provider, url, scope)
            if model:
                served[provider] = model
        self._write(scope, {BASE_URLS_FIELD: urls, SERVED_MODELS_FIELD: served})

    def _served_instead_of_default(self, provider: str, url: str, scope: str) -> str | None:
        """The first model the server at ``url`` lists, when it does not list the provider's default.

        Asked once, when the URL is saved, so that Chat, the Test button and Evaluate call a model
        the server has. ``None`` when the server serves the default or cannot be asked now (the
        Settings page shows the server's list, and the user's pick, saved, wins anyway)."""
        cls = provider_class(provider)
        key, key_source = _Sources(self.ctx).key(provider)
        if not may_send(key_source, scope):
            key = None  # never to a URL a less trusted person set (see ``TRUST``)
        try:
            found = cls(api_key=key, base_url=url, model=cls.default_model).list_models()
        except ProviderError:
            return None
        return found[0] if found and cls.default_model not in found else None

    def choose(self, provider: str | None, model: str | None = None, scope: str = "user") -> None:
        """Save the default provider and model (``None`` clears the choice at that scope)."""
        if provider is not None:
            provider_class(provider)
        self._read(scope)  # validates the scope
        self._write(
            scope, {PROVIDER_FIELD: provider, MODEL_FIELD: (model or None) if provider else None}
        )

    def test(self, provider: str | None = None, model: str | None = None) -> ProviderCheck:
        """One tiny call with the resolved credentials, to prove they work.

        Raises:
            ProviderError: missing credentials or any provider failure, in plain words.
        """
        llm = resolve_provider(self.ctx, provider, model)
        response = llm.complete(
            [{"role": "user", "content": "Reply with the single word: ok"}], max_tokens=200
        )
        reply = response.text()
        usage = response.usage
        return ProviderCheck(
            provider=llm.name,
            model=response.model,
            reply=reply.strip()[:200],
            latency_s=response.latency_s or 0.0,
            ttft_s=response.ttft_s,
            input_tokens=usage.input_tokens,
            output_tokens=usage.output_tokens,
            cost_usd=response.cost_usd,
        )

    # -- storage ---------------------------------------------------------------------------------

    def _read(self, scope: str) -> dict[str, Any]:
        if scope == "user":
            return dict(self.ctx.store.get_user_settings(self.ctx.user_id) or {})
        if scope == "workspace":
            return dict(self.ctx.store.get_workspace_settings(self.ctx.workspace_id) or {})
        raise ProviderError(f"Unknown settings scope {scope!r}; use 'user' or 'workspace'.")

    def _write(self, scope: str, values: dict[str, Any]) -> None:
        """Merge ``values`` into the scope's settings (the store drops keys set to ``None``)."""
        if scope == "workspace":
            self.ctx.require("owner")
            self.ctx.store.set_workspace_settings(self.ctx.workspace_id, values)
        else:
            self.ctx.store.set_user_settings(self.ctx.user_id, values)
        from iopsdata.activity import record

        # Which settings changed, never their values (keys are secrets).
        record(self.ctx, "provider.changed", scope, fields=sorted(values))

    def _update(self, scope: str, field: str, provider: str, value: str | None) -> None:
        values = self._read(scope)
        entries = dict(values.get(field) or {})
        if value is None:
            entries.pop(provider, None)
        else:
            entries[provider] = value
        self._write(scope, {field: entries})
