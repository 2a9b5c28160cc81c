"""Providers speaking OpenAI's chat-completions protocol: OpenAI and any OpenAI-compatible server.

Both use the official ``openai`` SDK (imported on first call, never at module import). Groq,
which has its own SDK of the same shape, subclasses :class:`ChatCompletionsProvider` in
``groq_chat.py``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, ClassVar

from iopsdata.llm.base import Provider, Request, http_hooks

if TYPE_CHECKING:
    from iopsdata.llm.response import Response

# Reasoning models refuse a temperature other than the default.
_NO_TEMPERATURE = ("gpt-5", "o1", "o3", "o4")


class ChatCompletionsProvider(Provider):
    """Streams ``/chat/completions`` with usage in the final chunk."""

    token_param: ClassVar[str] = "max_completion_tokens"
    ask_stream_usage: ClassVar[bool] = True  # send stream_options={"include_usage": True}

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._client: Any = None
        self._client_lock = threading.Lock()

    def prepare(self) -> None:
        self.client()

    def client(self) -> Any:
        """The SDK client, built once per provider object (it pools connections)."""
        with self._client_lock:
            if self._client is None:
                self._client = self.make_client()
            return self._client

    def make_client(self) -> Any:
        import openai

        return openai.OpenAI(
            **self.client_options(), http_client=openai.DefaultHttpxClient(event_hooks=http_hooks())
        )

    def fetch_model_ids(self, timeout_s: float) -> Iterable[str]:
        client = self.client().with_options(timeout=timeout_s, max_retries=0)
        # one page: Groq answers a plain list object, OpenAI-compatible servers rarely page
        return [model.id for model in client.models.list().data]

    def params(self, request: Request) -> dict[str, Any]:
        messages: list[dict[str, str]] = []
        if request.system:
            messages.append({"role": "system", "content": request.system})
        messages.extend({"role": m["role"], "content": m["content"]} for m in request.messages)
        params: dict[str, Any] = {
            "model": request.model,
            "messages": messages,
            self.token_param: request.max_tokens,
            "stream": True,
        }
        if self.ask_stream_usage:
            params["stream_options"] = {"include_usage": True}
        if self.accepts_temperature(request.model):
            params["temperature"] = request.temperature
        return params

    def accepts_temperature(self, model: str) -> bool:
        return True

    def chunk_usage(self, chunk: Any) -> Any:
        return getattr(chunk, "usage", None)

    def execute(self, request: Request, response: Response) -> Iterator[str]:
        finish: str | None = None
        with self.client().chat.completions.create(**self.params(request)) as stream:
            for chunk in stream:
                usage = self.chunk_usage(chunk)
                if usage is not None:
                    response.set_usage(usage.prompt_tokens, usage.completion_tokens)
                for choice in chunk.choices or ():
                    text = choice.delta.content if choice.delta else None
                    if text:
                        yield text
                    if choice.finish_reason:
                        finish = choice.finish_reason
        if finish:
            response.set_finished(finish)


class OpenAIProvider(ChatCompletionsProvider):
    name = "openai"
    label = "OpenAI"
    default_model = "gpt-5.4-mini"
    models = ("gpt-5.4-mini", "gpt-5.4", "gpt-5.5", "gpt-5.4-nano", "gpt-4.1", "gpt-4.1-mini")
    key_setting = "openai_api_key"
    key_env = "OPENAI_API_KEY"
    base_url_setting = "openai_base_url"
    supports_base_url = True

    def accepts_temperature(self, model: str) -> bool:
        return not model.startswith(_NO_TEMPERATURE)


class OpenAICompatibleProvider(ChatCompletionsProvider):
    """Ollama, vLLM, LM Studio, OpenRouter…: the openai SDK pointed at another base URL."""

    name = "openai_compatible"
    label = "OpenAI-compatible server"
    default_model = "llama3.1"
    models = ("llama3.1", "qwen2.5-coder", "mistral")
    key_setting = "openai_compatible_api_key"
    key_env = "IOPSDATA_OPENAI_COMPATIBLE_API_KEY"
    base_url_setting = "openai_compatible_base_url"
    needs_key = False
    supports_base_url = True
    token_param = "max_tokens"  # what local servers understand
    default_base_url = "http://localhost:11434/v1"

    def client_options(self) -> dict[str, Any]:
        options = super().client_options()
        options.setdefault("base_url", self.default_base_url)
        # The SDK insists on a key; local servers ignore it.
        options["api_key"] = options["api_key"] or "not-needed"
        return options

    @classmethod
    def key_hint(cls) -> str:
        return (
            "Set its base URL in Settings → AI providers, or set IOPSDATA_OPENAI_COMPATIBLE_BASE_URL "
            "(e.g. http://localhost:11434/v1 for Ollama)."
        )
