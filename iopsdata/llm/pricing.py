"""List prices in USD per 1M input / output tokens, for the cost shown next to each answer.

Standard (non-batch, uncached, under-long-context) rates from the providers' pricing pages as
published in 2026 (OpenAI platform pricing, Anthropic "about Claude → pricing", Groq pricing).
Prices change: update this table, and unknown models simply show tokens without a cost.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from iopsdata.llm.response import Usage


class Price(NamedTuple):
    input_per_m: float
    output_per_m: float


PRICES: dict[str, dict[str, Price]] = {
    "openai": {
        "gpt-5.5": Price(5.00, 30.00),
        "gpt-5.4": Price(2.50, 15.00),
        "gpt-5.4-mini": Price(0.75, 4.50),
        "gpt-5.4-nano": Price(0.20, 1.25),
        "gpt-5.2": Price(1.75, 14.00),
        "gpt-5.1": Price(1.25, 10.00),
        "gpt-5": Price(1.25, 10.00),
        "gpt-5-mini": Price(0.25, 2.00),
        "gpt-5-nano": Price(0.05, 0.40),
        "gpt-4.1": Price(2.00, 8.00),
        "gpt-4.1-mini": Price(0.40, 1.60),
        "gpt-4.1-nano": Price(0.10, 0.40),
        "gpt-4o": Price(2.50, 10.00),
        "gpt-4o-mini": Price(0.15, 0.60),
        "o3": Price(2.00, 8.00),
        "o4-mini": Price(1.10, 4.40),
    },
    "anthropic": {
        "claude-opus-4-7": Price(5.00, 25.00),
        "claude-opus-4-6": Price(5.00, 25.00),
        "claude-opus-4-5": Price(5.00, 25.00),
        "claude-opus-4-1": Price(15.00, 75.00),
        "claude-sonnet-4-6": Price(3.00, 15.00),
        "claude-sonnet-4-5": Price(3.00, 15.00),
        "claude-sonnet-4-0": Price(3.00, 15.00),
        "claude-haiku-4-5": Price(1.00, 5.00),
        "claude-3-5-haiku": Price(0.80, 4.00),
    },
    "groq": {
        "openai/gpt-oss-120b": Price(0.15, 0.60),
        "openai/gpt-oss-20b": Price(0.075, 0.30),
        "llama-3.3-70b-versatile": Price(0.59, 0.79),
        "llama-3.1-8b-instant": Price(0.05, 0.08),
    },
}

# Dated snapshots ("gpt-5.4-mini-2026-03-17", "claude-haiku-4-5-20251001") cost what the alias costs.
_SNAPSHOT = re.compile(r"-(\d{4}-\d{2}-\d{2}|\d{8})$")


def price_for(provider: str, model: str) -> Price | None:
    """The list price of ``model`` at ``provider``, or ``None`` when it is not in the table."""
    table = PRICES.get(provider, {})
    return table.get(model) or table.get(_SNAPSHOT.sub("", model))


def cost_usd(provider: str, model: str, usage: Usage | None) -> float | None:
    """USD for ``usage`` at list price; ``None`` if the model or the token counts are unknown."""
    price = price_for(provider, model)
    if price is None or usage is None or usage.input_tokens is None or usage.output_tokens is None:
        return None
    return (
        usage.input_tokens * price.input_per_m + usage.output_tokens * price.output_per_m
    ) / 1_000_000
