"""The price table: known models, dated snapshots, unknown models (tokens only)."""

from __future__ import annotations

import pytest

from iopsdata.llm import PRICES, PROVIDERS, Usage, cost_usd, mask, price_for


@pytest.mark.parametrize(
    ("provider", "model", "alias"),
    [
        ("openai", "gpt-5.4-mini", "gpt-5.4-mini"),
        ("openai", "gpt-5.4-mini-2026-03-17", "gpt-5.4-mini"),
        ("anthropic", "claude-haiku-4-5-20251001", "claude-haiku-4-5"),
        ("groq", "openai/gpt-oss-120b", "openai/gpt-oss-120b"),
    ],
)
def test_known_models_and_snapshots(provider, model, alias):
    assert price_for(provider, model) is PRICES[provider][alias]


@pytest.mark.parametrize(
    ("provider", "model"),
    [
        ("openai", "my-finetune"),
        ("openai_compatible", "llama3.1"),
        ("groq", "gpt-5.4"),
        ("nope", "x"),
    ],
)
def test_unknown_models_have_no_price(provider, model):
    assert price_for(provider, model) is None
    assert cost_usd(provider, model, Usage(100, 100)) is None


@pytest.mark.parametrize("name", ["openai", "anthropic", "groq"])
def test_every_default_model_is_priced(name):
    assert price_for(name, PROVIDERS[name].default_model) is not None


def test_cost_arithmetic_and_missing_usage():
    price = PRICES["openai"]["gpt-5.4"]
    assert cost_usd("openai", "gpt-5.4", Usage(1_000_000, 1_000_000)) == pytest.approx(
        price.input_per_m + price.output_per_m
    )
    assert cost_usd("openai", "gpt-5.4", Usage(None, 10)) is None
    assert cost_usd("openai", "gpt-5.4", None) is None


@pytest.mark.parametrize(
    ("key", "shown"),
    [("sk-proj-abcdefghijklmnop1234", "sk-…1234"), ("short-key", "…ey"), ("abc", "…")],
)
def test_mask(key, shown):
    assert mask(key) == shown
