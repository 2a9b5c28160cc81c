"""AI providers: one small contract, four implementations, usage and cost on every answer.

    from iopsdata.llm import resolve_provider
    llm = resolve_provider(ctx)                       # user key → workspace key → environment
    response = llm.complete([{"role": "user", "content": "Hi"}], system="Be brief.")
    for chunk in response: ...                        # plain str chunks (st.write_stream works)
    response.usage, response.latency_s, response.cost_usd

Importing this package imports no provider SDK; each SDK loads on its provider's first call.
"""

from iopsdata.llm.base import Message, Provider, Request
from iopsdata.llm.keys import (
    LlmSettingsService,
    ModelList,
    ProviderCheck,
    ProviderStatus,
    mask,
    resolve_provider,
)
from iopsdata.llm.pricing import PRICES, Price, cost_usd, price_for
from iopsdata.llm.registry import PROVIDERS, provider_class, register
from iopsdata.llm.response import Response, Usage

__all__ = [
    "PRICES",
    "PROVIDERS",
    "LlmSettingsService",
    "Message",
    "ModelList",
    "Price",
    "Provider",
    "ProviderCheck",
    "ProviderStatus",
    "Request",
    "Response",
    "Usage",
    "cost_usd",
    "mask",
    "price_for",
    "provider_class",
    "register",
    "resolve_provider",
]
