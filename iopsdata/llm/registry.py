"""The providers iOpsData knows, by name. A dict and ``register()`` are all the plugin system needed."""

from __future__ import annotations

from iopsdata.errors import ProviderError
from iopsdata.llm.anthropic_messages import AnthropicProvider
from iopsdata.llm.base import Provider
from iopsdata.llm.chat_completions import OpenAICompatibleProvider, OpenAIProvider
from iopsdata.llm.groq_chat import GroqProvider

# Order matters: when nothing is chosen, the first provider with credentials is used.
PROVIDERS: dict[str, type[Provider]] = {
    cls.name: cls
    for cls in (OpenAIProvider, AnthropicProvider, GroqProvider, OpenAICompatibleProvider)
}


def register(cls: type[Provider]) -> type[Provider]:
    """Add (or replace) a provider class; usable as a decorator."""
    PROVIDERS[cls.name] = cls
    return cls


def provider_class(name: str) -> type[Provider]:
    """The provider class called ``name``.

    Raises:
        ProviderError: no such provider.
    """
    try:
        return PROVIDERS[name]
    except KeyError:
        known = ", ".join(PROVIDERS)
        raise ProviderError(f"Unknown AI provider {name!r}; choose one of {known}.") from None
