"""Anthropic through its official ``anthropic`` SDK (Messages API, server-sent events).

``anthropic`` takes about a second to import, so it is imported on the first call only. The
Messages API of SDK 2.x has no ``temperature`` parameter any more, so ``temperature`` is not sent.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from iopsdata.llm.base import Provider, Request, http_hooks

if TYPE_CHECKING:
    from iopsdata.llm.response import Response


class AnthropicProvider(Provider):
    name = "anthropic"
    label = "Anthropic"
    default_model = "claude-sonnet-4-6"
    models = ("claude-sonnet-4-6", "claude-haiku-4-5", "claude-opus-4-7")
    key_setting = "anthropic_api_key"
    key_env = "ANTHROPIC_API_KEY"
    base_url_setting = "anthropic_base_url"
    supports_base_url = True

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._client: Any = None
        self._client_lock = threading.Lock()

    def prepare(self) -> None:
        self.client()

    def client(self) -> Any:
        with self._client_lock:
            if self._client is None:
                import anthropic

                self._client = anthropic.Anthropic(
                    **self.client_options(),
                    http_client=anthropic.DefaultHttpxClient(event_hooks=http_hooks()),
                )
            return self._client

    def fetch_model_ids(self, timeout_s: float) -> Iterable[str]:
        client = self.client().with_options(timeout=timeout_s, max_retries=0)
        return [model.id for model in client.models.list(limit=1000).data]

    def execute(self, request: Request, response: Response) -> Iterator[str]:
        params: dict[str, Any] = {
            "model": request.model,
            "max_tokens": request.max_tokens,
            "messages": [{"role": m["role"], "content": m["content"]} for m in request.messages],
            "stream": True,
        }
        if request.system:
            params["system"] = request.system
        stop_reason: str | None = None
        with self.client().messages.create(**params) as stream:
            for event in stream:
                kind = event.type
                if kind == "content_block_delta" and event.delta.type == "text_delta":
                    if event.delta.text:
                        yield event.delta.text
                elif kind == "message_start":
                    usage = event.message.usage
                    response.set_usage(usage.input_tokens, usage.output_tokens)
                elif kind == "message_delta":
                    stop_reason = event.delta.stop_reason or stop_reason
                    # output_tokens here is cumulative; input_tokens only when the server sends it
                    response.set_usage(
                        getattr(event.usage, "input_tokens", None), event.usage.output_tokens
                    )
                elif kind == "message_stop":
                    response.set_finished(stop_reason or "end_turn")
