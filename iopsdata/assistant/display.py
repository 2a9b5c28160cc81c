"""Plain-text pieces the Chat page shows, kept out of the page so it stays layout only."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from iopsdata.assistant.models import Answer

NO_PROVIDER_HELP = (
    "Chat needs an AI provider. Set one up in **Settings → AI providers**, or set "
    "`OPENAI_API_KEY` / `ANTHROPIC_API_KEY` / `GROQ_API_KEY` / `IOPSDATA_OPENAI_COMPATIBLE_BASE_URL`."
)


def cost_line(answer: Answer) -> str:
    """ "1,234 tokens in · 56 out · $0.0012 · 2.3 s · 1 repair round" for an answer."""
    parts = [f"{answer.tokens_in:,} tokens in", f"{answer.tokens_out:,} out"]
    if answer.cost_usd:
        parts.append(f"${answer.cost_usd:.4f}")
    parts.append(f"{answer.latency_s:.1f} s")
    repairs = max(0, len(answer.attempts) - 1)
    if repairs:
        parts.append(f"{repairs} repair round{'s' if repairs > 1 else ''}")
    if answer.model:
        parts.append(answer.model)
    return " · ".join(parts)
