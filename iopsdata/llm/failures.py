"""Turn SDK and network exceptions into ``ProviderError`` with plain words and no secrets.

The OpenAI, Anthropic and Groq SDKs share one generated error hierarchy (``RateLimitError``,
``APIStatusError``, ``APITimeoutError``…), so errors are recognised by class name along the MRO
instead of importing three SDKs. Raw ``httpx``/``httpcore`` errors (raised while a stream is read)
and JSON errors (a junk body) are recognised the same way.
"""

from __future__ import annotations

import math
from typing import Any

from iopsdata.errors import ProviderError

_NETWORK = {
    "APIConnectionError",
    "ConnectError",
    "ReadError",
    "WriteError",
    "RemoteProtocolError",
    "NetworkError",
    "ProtocolError",
    "LocalProtocolError",
    "ConnectionError",
    "TransportError",
}
_MALFORMED = {"APIResponseValidationError", "JSONDecodeError", "DecodingError", "ValidationError"}
_SECRET_MARK = "***"
UNEXPECTED = "Unexpected AI provider error"


def translate(
    exc: BaseException,
    *,
    label: str,
    model: str,
    attempts: int,
    secret: str | None,
    during_stream: bool = False,
) -> ProviderError:
    """Map ``exc`` to a ``ProviderError``; the message never contains ``secret``.

    Args:
        exc: what the SDK (or httpx, or json) raised.
        label: the provider's display name.
        model: the model asked, named in 404/400 messages.
        attempts: how many tries the SDK made (1 + its retries) for retried failures.
        secret: the API key, scrubbed from any server text that is quoted.
        during_stream: the failure happened after text had arrived.
    """
    names = {cls.__name__ for cls in type(exc).__mro__}
    status = getattr(exc, "status_code", None)
    tried = f" after {attempts} attempts" if attempts > 1 else ""

    if "RateLimitError" in names or status == 429:
        wait = _retry_after(exc)
        when = (
            f"Try again in about {wait} second{'s' if wait != 1 else ''}."
            if wait
            else "Try again in a minute."
        )
        return ProviderError(
            f"{label} is limiting requests (HTTP 429) and refused this one{tried}. {when}",
            title="AI provider rate limit",
            hint="A paid plan or a smaller model raises the limit.",
        )
    if "AuthenticationError" in names or status == 401:
        # Servers echo part of a wrong key in their text: say nothing of it.
        return ProviderError(
            f"{label} refused the API key (HTTP 401). Check the key in Settings → AI providers.",
            title="AI provider key refused",
        )
    if "PermissionDeniedError" in names or status == 403:
        return ProviderError(f"{label} does not allow this key to use {model} (HTTP 403).")
    if "NotFoundError" in names or status == 404:
        return ProviderError(
            f"{label} does not know the model {model!r}, or the base URL is wrong (HTTP 404).",
            hint="Pick a model from the list in Settings → AI providers.",
        )
    if isinstance(status, int) and status >= 500:
        return ProviderError(
            f"{label} had a server problem (HTTP {status}) and gave no answer{tried}. Try again shortly.",
        )
    if isinstance(status, int):
        detail = scrub(_server_message(exc), secret)
        return ProviderError(
            f"{label} refused the request (HTTP {status}){': ' + detail if detail else '.'}"
        )
    if "APITimeoutError" in names or any("Timeout" in n for n in names):
        return ProviderError(
            f"{label} did not answer in time{tried}.",
            title="AI provider timed out",
            hint="Try again, choose a faster model, or raise IOPSDATA_LLM_TIMEOUT_S.",
        )
    if names & _MALFORMED or isinstance(exc, ValueError):
        return ProviderError(
            f"{label} sent a reply that could not be read (not the expected JSON). "
            "Check the base URL points at the provider's API.",
        )
    if names & _NETWORK or isinstance(exc, OSError):
        if during_stream:
            return ProviderError(
                f"The connection to {label} dropped in the middle of the answer. Try again."
            )
        return ProviderError(
            f"Could not reach {label}{tried}. Check the network and the base URL.",
            title="AI provider unreachable",
        )
    return ProviderError(
        f"{label} failed unexpectedly ({type(exc).__name__}). Try again.", title=UNEXPECTED
    )


def _retry_after(exc: BaseException) -> int | None:
    headers: Any = getattr(getattr(exc, "response", None), "headers", None)
    if headers is None:
        return None
    for name, scale in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        raw = headers.get(name)
        try:
            seconds = float(raw) / scale
        except (TypeError, ValueError):
            continue
        if math.isfinite(seconds) and seconds >= 0:
            return max(1, math.ceil(seconds))
    return None


def _server_message(exc: BaseException) -> str:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        error = body.get("error", body)
        if isinstance(error, dict) and isinstance(error.get("message"), str):
            return error["message"][:300]
    return ""


def scrub(text: str, secret: str | None) -> str:
    if secret and len(secret) >= 4 and text:
        text = text.replace(secret, _SECRET_MARK)
        # a server may quote a fragment ("sk-abc…wxyz"): drop long fragments too
        for size in (16, 8):
            for i in range(0, max(0, len(secret) - size + 1)):
                fragment = secret[i : i + size]
                if fragment in text:
                    text = text.replace(fragment, _SECRET_MARK)
    return text
