"""Plain-text pieces the Chat page shows, kept out of the page so it stays layout only."""

from __future__ import annotations

from typing import Any

NO_PROVIDER_HELP = (
    "Chat needs an AI provider. Set one up in **Settings → AI providers**, or set "
    "`OPENAI_API_KEY` / `ANTHROPIC_API_KEY` / `GROQ_API_KEY` / `IOPSDATA_OPENAI_COMPATIBLE_BASE_URL`."
)


def cost_line(payload: dict[str, Any]) -> str:
    """ "1,234 tokens in · 56 out · $0.0012 · 2.3 s · 1 repair round" from a stored answer."""
    parts = [
        f"{payload.get('tokens_in') or 0:,} tokens in",
        f"{payload.get('tokens_out') or 0:,} out",
    ]
    if payload.get("cost_usd"):
        parts.append(f"${payload['cost_usd']:.4f}")
    parts.append(f"{payload.get('latency_s') or 0:.1f} s")
    repairs = max(0, len(payload.get("attempts") or []) - 1)
    if repairs:
        parts.append(f"{repairs} repair round{'s' if repairs > 1 else ''}")
    if payload.get("model"):
        parts.append(str(payload["model"]))
    return " · ".join(parts)
