"""The provider contract: a few class attributes and one streaming generator.

A provider subclass declares who it is (``name``, ``label``, models, where its key lives) and
implements :meth:`Provider.execute`, a generator of plain ``str`` chunks that also reports token
usage on the :class:`~iopsdata.llm.response.Response` it is given. Everything else (the total
deadline, error translation, usage, latency and cost) is done once, here and in ``response.py``.

SDKs are imported inside ``execute``/``client`` only: importing ``iopsdata.llm`` stays cheap.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypedDict

from iopsdata.errors import ProviderError

if TYPE_CHECKING:
    from iopsdata.llm.response import Response

MAX_RETRIES = 2
MODEL_LIST_TIMEOUT_S = 5.0  # a Settings page waits for it: short, no retries
ROLES = ("user", "assistant")
_worker = threading.local()


def bind_cancel_event(event: threading.Event | None) -> None:
    """Tie the calling (worker) thread to ``event``; see :func:`http_hooks`."""
    _worker.cancel = event


def _refuse_when_cancelled(request: object) -> None:
    event = getattr(_worker, "cancel", None)
    if event is not None and event.is_set():
        raise ProviderError("The answer was abandoned (deadline passed or reader stopped).")


def http_hooks() -> dict[str, list[Any]]:
    """httpx ``event_hooks`` for SDK clients: once an answer is abandoned, the SDK's remaining
    retries send nothing (its retry loop would otherwise call the provider again, billed)."""
    return {"request": [_refuse_when_cancelled]}


class Message(TypedDict):
    role: Literal["user", "assistant"]
    content: str


@dataclass(frozen=True)
class Request:
    """One validated call: what every provider's ``execute`` receives."""

    messages: tuple[Message, ...]
    model: str
    system: str | None
    max_tokens: int
    temperature: float


class Provider:
    """Base class for AI providers.

    Class attributes:
        name: registry key (``openai``, ``anthropic``, ``groq``, ``openai_compatible``).
        label: what the UI shows.
        default_model: used when neither the caller nor the settings choose one.
        models: suggestions for the UI; any model name is accepted.
        key_setting: the ``Settings`` field holding the environment key, e.g. ``openai_api_key``.
        key_env: that setting's environment variable, named in "missing key" messages.
        needs_key: whether a call without a key is refused before it is sent.
        base_url_setting: the ``Settings`` field holding a base URL from the environment.
        supports_base_url: whether the UI offers a base URL field (a gateway, a proxy, a local
            server); every provider accepts a ``base_url`` override in code.
    """

    name: ClassVar[str]
    label: ClassVar[str]
    default_model: ClassVar[str]
    models: ClassVar[tuple[str, ...]] = ()
    key_setting: ClassVar[str | None] = None
    key_env: ClassVar[str | None] = None
    base_url_setting: ClassVar[str | None] = None
    needs_key: ClassVar[bool] = True
    supports_base_url: ClassVar[bool] = False

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        model: str | None = None,
        timeout_s: float = 60.0,
        max_retries: int = MAX_RETRIES,
    ) -> None:
        if self.needs_key and not api_key:
            raise ProviderError(f"No API key for {self.label}. {self.key_hint()}")
        if timeout_s <= 0:
            raise ProviderError("The AI timeout must be a positive number of seconds.")
        self._api_key = api_key or None
        self.base_url = base_url or None
        self.model = model or self.default_model
        self.timeout_s = float(timeout_s)
        self.max_retries = max(0, min(int(max_retries), MAX_RETRIES))

    def __repr__(self) -> str:
        key = "set" if self._api_key else "none"
        return f"{type(self).__name__}(model={self.model!r}, base_url={self.base_url!r}, key={key})"

    @classmethod
    def key_hint(cls) -> str:
        """Where to set this provider's key, in words a user can act on."""
        where = "Settings → AI providers"
        return (
            f"Set one in {where}, or set the {cls.key_env} environment variable."
            if cls.key_env
            else f"Set it up in {where}."
        )

    def complete(
        self,
        messages: Sequence[Mapping[str, Any]],
        *,
        system: str | None = None,
        model: str | None = None,
        max_tokens: int = 1024,
        temperature: float = 0.0,
    ) -> Response:
        """Ask the model; returns a lazy :class:`Response` (iterate it to stream text).

        Args:
            messages: the conversation, ``[{"role": "user"|"assistant", "content": str}]``.
            system: instructions sent the provider's way (system message or parameter).
            model: overrides the provider's model for this call.
            max_tokens: the most output tokens the model may produce.
            temperature: sampling temperature (dropped for models that refuse it).

        Returns:
            A ``Response``; nothing is sent until it is iterated or ``text()`` is called.

        Raises:
            ProviderError: invalid messages here; any provider failure while streaming.
        """
        from iopsdata.llm.response import Response

        request = Request(
            messages=_validate(messages),
            model=model or self.model,
            system=system or None,
            max_tokens=int(max_tokens),
            temperature=float(temperature),
        )
        if request.max_tokens <= 0:
            raise ProviderError("max_tokens must be a positive number.")
        return Response(self, request)

    def execute(self, request: Request, response: Response) -> Iterator[str]:
        """Stream the answer to ``request`` as ``str`` chunks.

        Call ``response.set_usage(input_tokens, output_tokens)`` when the provider reports usage,
        and ``response.set_finished(reason)`` when the stream ends properly: a stream that stops
        without it is reported as cut off. SDK exceptions may propagate; ``Response`` translates
        them.
        """
        raise NotImplementedError

    def prepare(self) -> None:
        """Build the SDK client (importing the SDK) before an answer's deadline starts."""

    def list_models(self, timeout_s: float = MODEL_LIST_TIMEOUT_S) -> list[str]:
        """The model ids the server offers now (its model-list call), sorted.

        Raises:
            ProviderError: the server could not be asked (network, key, no such endpoint).
        """
        from iopsdata.llm.failures import translate

        try:
            ids = {str(i) for i in self.fetch_model_ids(timeout_s) if i and is_chat_model(str(i))}
        except ProviderError:
            raise
        except Exception as exc:  # SDK and network errors, translated without the key
            raise translate(
                exc, label=self.label, model=self.model, attempts=1, secret=self._api_key
            ) from exc
        return sorted(ids)

    def fetch_model_ids(self, timeout_s: float) -> Iterable[str]:
        """Subclasses: ask the provider's model-list endpoint; SDK exceptions may propagate."""
        raise ProviderError(f"{self.label} has no model list to ask.")

    def client_options(self) -> dict[str, Any]:
        """Keyword arguments shared by the SDK clients (key, base URL, timeout, retries)."""
        options: dict[str, Any] = {
            "api_key": self._api_key,
            # The answer's deadline (Response) owns the total time; the SDK's own per-request
            # timeout is only a backstop, set past it so the two never race.
            "timeout": self.timeout_s + 1.0,
            "max_retries": self.max_retries,
        }
        if self.base_url:
            options["base_url"] = self.base_url
        return options


# Model-list entries that are not chat models (OpenAI and Groq list speech, image and embedding
# models too). Only a suggestion list is filtered: any model name can still be typed.
_NOT_CHAT = ("embedding", "whisper", "tts", "dall-e", "moderation", "transcribe", "image", "audio")


def is_chat_model(model_id: str) -> bool:
    """Whether a listed model id looks like one that answers chat messages."""
    lowered = model_id.lower()
    return not any(marker in lowered for marker in _NOT_CHAT)


def _validate(messages: Sequence[Mapping[str, Any]]) -> tuple[Message, ...]:
    if not messages:
        raise ProviderError("There is nothing to send: the conversation is empty.")
    checked: list[Message] = []
    for i, message in enumerate(messages):
        role, content = message.get("role"), message.get("content")
        if role not in ROLES or not isinstance(content, str):
            raise ProviderError(
                f"Message {i + 1} must have role 'user' or 'assistant' and text content."
            )
        checked.append({"role": role, "content": content})
    if checked[-1]["role"] != "user":
        raise ProviderError("The last message must come from the user.")
    return tuple(checked)
