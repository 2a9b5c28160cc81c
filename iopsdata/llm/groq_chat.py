"""Groq through its official ``groq`` SDK (OpenAI-shaped; streamed usage arrives in ``x_groq``)."""

from __future__ import annotations

from typing import Any

from iopsdata.llm.base import http_hooks
from iopsdata.llm.chat_completions import ChatCompletionsProvider


class GroqProvider(ChatCompletionsProvider):
    name = "groq"
    label = "Groq"
    default_model = "openai/gpt-oss-120b"
    models = (
        "openai/gpt-oss-120b",
        "llama-3.3-70b-versatile",
        "openai/gpt-oss-20b",
        "llama-3.1-8b-instant",
    )
    key_setting = "groq_api_key"
    key_env = "GROQ_API_KEY"
    base_url_setting = "groq_base_url"
    supports_base_url = True
    ask_stream_usage = False  # groq 1.x has no stream_options; the last chunk's x_groq has usage

    def make_client(self) -> Any:
        import groq

        return groq.Groq(
            **self.client_options(), http_client=groq.DefaultHttpxClient(event_hooks=http_hooks())
        )

    def chunk_usage(self, chunk: Any) -> Any:
        # Groq has reported usage in x_groq.usage; newer servers also send OpenAI's chunk.usage.
        return getattr(chunk, "usage", None) or getattr(
            getattr(chunk, "x_groq", None), "usage", None
        )
