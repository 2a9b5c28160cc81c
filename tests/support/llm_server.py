"""A loopback server that speaks the OpenAI, Anthropic and Groq wire protocols, for tests.

The official SDKs talk to it through their ``base_url``, so every test exercises the real client
code: request building, SSE parsing, retries and error classes. Each request takes the next item
from a script (``enqueue``); a ``Fault`` makes it misbehave in one of the ways real providers do.

    with LlmServer() as server:
        server.enqueue("SELECT 1", Fault.rate_limit(retry_after=0.1))
        client = openai.OpenAI(api_key="k", base_url=server.base_url("openai"))

Routes: ``/v1/chat/completions`` (OpenAI), ``/openai/v1/chat/completions`` (Groq, OpenAI-shaped
plus ``x_groq`` usage), ``/v1/messages`` (Anthropic). Plain and ``stream: true`` replies are both
served; an empty script answers HTTP 500 so a missing ``enqueue`` fails loudly.
"""

from __future__ import annotations

import json
import re
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

PROTOCOLS = {
    "/v1/chat/completions": "openai",
    "/openai/v1/chat/completions": "groq",
    "/v1/messages": "anthropic",
}
FAULT_KINDS = (
    "rate_limit",
    "server_error",
    "status",
    "hang",
    "stall",
    "truncated",
    "junk",
    "empty",
)


@dataclass(frozen=True)
class Reply:
    """A scripted answer; usage defaults to word counts of the prompt and of ``text``."""

    text: str
    input_tokens: int | None = None
    output_tokens: int | None = None
    chunk_delay_s: float = 0.0
    finish: str = "stop"  # or "length" (sent as "max_tokens" on the Anthropic protocol)


@dataclass(frozen=True)
class Fault:
    """A scripted misbehaviour. Build it with the class methods."""

    kind: str
    retry_after: float | None = None
    seconds: float = 0.0
    text: str = ""
    status_code: int = 500

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault {self.kind!r}")

    @classmethod
    def rate_limit(cls, retry_after: float = 1.0) -> Fault:
        """HTTP 429 with ``retry-after`` (seconds) and ``retry-after-ms`` headers."""
        return cls("rate_limit", retry_after=retry_after)

    @classmethod
    def server_error(cls) -> Fault:
        """HTTP 500 with the provider's error body."""
        return cls("server_error")

    @classmethod
    def status(cls, status_code: int, message: str) -> Fault:
        """Any HTTP error with the provider's error body (e.g. 401 echoing part of the key)."""
        return cls("status", status_code=status_code, text=message)

    @classmethod
    def hang(cls, seconds: float = 10.0) -> Fault:
        """Send nothing for ``seconds``, then close the connection."""
        return cls("hang", seconds=seconds)

    @classmethod
    def stall(cls, text: str = "SELECT", seconds: float = 10.0) -> Fault:
        """Stream the first words of ``text``, then go silent for ``seconds``."""
        return cls("stall", text=text, seconds=seconds)

    @classmethod
    def truncated(cls, text: str = "SELECT name FROM") -> Fault:
        """Stream ``text`` and close without the end-of-stream event or finish reason."""
        return cls("truncated", text=text)

    @classmethod
    def junk(cls) -> Fault:
        """HTTP 200 whose body (or each SSE ``data:``) is not JSON."""
        return cls("junk")

    @classmethod
    def empty(cls) -> Fault:
        """HTTP 200 with an empty body."""
        return cls("empty")


@dataclass
class Recorded:
    """One request as the server saw it."""

    protocol: str
    path: str
    headers: dict[str, str]  # names lower-cased
    body: dict[str, Any] | None
    raw: bytes = field(repr=False, default=b"")

    @property
    def stream(self) -> bool:
        return bool(self.body and self.body.get("stream"))


def _words(text: str) -> list[str]:
    return re.findall(r"\S+\s*|\s+", text)


def _prompt_words(body: dict[str, Any]) -> int:
    parts: list[str] = []
    system = body.get("system")
    if isinstance(system, str):
        parts.append(system)
    for message in body.get("messages") or []:
        content = message.get("content")
        if isinstance(content, str):
            parts.append(content)
    return sum(len(p.split()) for p in parts)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.0"  # bodies end when the connection closes: truncation is possible

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        owner = self.server.owner
        headers = {k.lower(): v for k, v in self.headers.items()}
        owner.requests.append(Recorded("models", path, headers, None, b""))
        if path not in ("/v1/models", "/openai/v1/models") or owner.models is None:
            self._send_json(404, {"error": {"message": f"no route {path}", "type": "not_found"}})
        elif "anthropic-version" in headers:  # Anthropic's shape: paged, with display names
            data = [
                {"id": m, "type": "model", "display_name": m, "created_at": "2026-01-01T00:00:00Z"}
                for m in owner.models
            ]
            first, last = (data[0]["id"], data[-1]["id"]) if data else (None, None)
            self._send_json(
                200, {"data": data, "has_more": False, "first_id": first, "last_id": last}
            )
        else:  # OpenAI's (and Groq's, under /openai/v1)
            data = [
                {"id": m, "object": "model", "created": 1767225600, "owned_by": "loopback"}
                for m in owner.models
            ]
            self._send_json(200, {"object": "list", "data": data})

    def do_POST(self) -> None:
        path = self.path.split("?", 1)[0]
        raw = self.rfile.read(int(self.headers.get("content-length") or 0))
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = None
        protocol = PROTOCOLS.get(path)
        owner = self.server.owner
        headers = {k.lower(): v for k, v in self.headers.items()}
        record = Recorded(protocol or "unknown", path, headers, body, raw)
        with owner._lock:
            owner.requests.append(record)
            item = owner._script.popleft() if owner._script and protocol else None
        if item is None and protocol and owner.responder is not None:
            item = owner.responder(record)
        if protocol is None:
            self._send_json(404, {"error": {"message": f"no route {path}", "type": "not_found"}})
            return
        if item is None:
            self._error(protocol, 500, "llm_server: no reply was enqueued for this request")
            return
        if isinstance(item, str):
            item = Reply(item)
        if isinstance(item, Fault):
            self._fault(protocol, item, record)
        elif record.stream:
            self._stream(protocol, item, record)
        else:
            self._plain(protocol, item, record)

    # -- replies ---------------------------------------------------------------------------------

    def _usage(self, reply: Reply, record: Recorded) -> tuple[int, int]:
        prompt = _prompt_words(record.body or {})
        return (
            reply.input_tokens if reply.input_tokens is not None else prompt,
            reply.output_tokens if reply.output_tokens is not None else len(reply.text.split()),
        )

    def _plain(self, protocol: str, reply: Reply, record: Recorded) -> None:
        model = (record.body or {}).get("model", "test-model")
        inp, out = self._usage(reply, record)
        if protocol == "anthropic":
            self._send_json(
                200,
                {
                    "id": f"msg_{uuid.uuid4().hex[:12]}",
                    "type": "message",
                    "role": "assistant",
                    "model": model,
                    "content": [{"type": "text", "text": reply.text}],
                    "stop_reason": "end_turn",
                    "stop_sequence": None,
                    "usage": {"input_tokens": inp, "output_tokens": out},
                },
            )
            return
        usage = {"prompt_tokens": inp, "completion_tokens": out, "total_tokens": inp + out}
        payload: dict[str, Any] = {
            "id": f"chatcmpl-{uuid.uuid4().hex[:12]}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": model,
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "stop",
                    "logprobs": None,
                    "message": {"role": "assistant", "content": reply.text},
                }
            ],
            "usage": usage,
        }
        if protocol == "groq":
            payload["x_groq"] = {"id": f"req_{uuid.uuid4().hex[:12]}"}
        self._send_json(200, payload)

    def _stream(
        self,
        protocol: str,
        reply: Reply,
        record: Recorded,
        *,
        finish: bool = True,
        stall_s: float = 0.0,
    ) -> None:
        self._start_sse()
        inp, out = self._usage(reply, record)
        model = (record.body or {}).get("model", "test-model")
        words = _words(reply.text)
        if protocol == "anthropic":
            reason = "max_tokens" if reply.finish == "length" else "end_turn"
            events = self._anthropic_events(model, words, inp, out, finish, reason)
        else:
            include = bool(((record.body or {}).get("stream_options") or {}).get("include_usage"))
            events = self._openai_events(
                protocol, model, words, inp, out, finish, include, reply.finish
            )
        for i, event in enumerate(events):
            if not self._write(event):
                return
            if reply.chunk_delay_s and i:
                time.sleep(reply.chunk_delay_s)
        if stall_s:
            self.server.owner._sleep(stall_s)

    def _openai_events(
        self,
        protocol: str,
        model: str,
        words: list[str],
        inp: int,
        out: int,
        finish: bool,
        include_usage: bool,
        reason: str = "stop",
    ) -> list[bytes]:
        base = {
            "id": f"chatcmpl-{uuid.uuid4().hex[:12]}",
            "object": "chat.completion.chunk",
            "created": int(time.time()),
            "model": model,
            "system_fingerprint": "fp_loopback",
        }
        groq_id = {"id": f"req_{uuid.uuid4().hex[:12]}"}

        def chunk(delta: dict[str, Any], reason: str | None, **extra: Any) -> bytes:
            payload = {
                **base,
                "choices": [
                    {"index": 0, "delta": delta, "logprobs": None, "finish_reason": reason}
                ],
                **extra,
            }
            if protocol == "openai" and include_usage:
                payload.setdefault("usage", None)
            if protocol == "groq":
                payload.setdefault("x_groq", groq_id)
            return b"data: " + json.dumps(payload).encode() + b"\n\n"

        events = [chunk({"role": "assistant", "content": ""}, None)]
        events += [chunk({"content": w}, None) for w in words]
        if not finish:
            return events
        usage = {"prompt_tokens": inp, "completion_tokens": out, "total_tokens": inp + out}
        if protocol == "groq":
            events.append(chunk({}, reason, x_groq={**groq_id, "usage": usage}))
        else:
            events.append(chunk({}, reason))
            if include_usage:
                events.append(
                    b"data: "
                    + json.dumps({**base, "choices": [], "usage": usage}).encode()
                    + b"\n\n"
                )
        events.append(b"data: [DONE]\n\n")
        return events

    @staticmethod
    def _anthropic_events(
        model: str, words: list[str], inp: int, out: int, finish: bool, reason: str = "end_turn"
    ) -> list[bytes]:
        def event(name: str, data: dict[str, Any]) -> bytes:
            return f"event: {name}\ndata: {json.dumps(data)}\n\n".encode()

        events = [
            event(
                "message_start",
                {
                    "type": "message_start",
                    "message": {
                        "id": f"msg_{uuid.uuid4().hex[:12]}",
                        "type": "message",
                        "role": "assistant",
                        "content": [],
                        "model": model,
                        "stop_reason": None,
                        "stop_sequence": None,
                        "usage": {"input_tokens": inp, "output_tokens": 1},
                    },
                },
            ),
            event(
                "content_block_start",
                {
                    "type": "content_block_start",
                    "index": 0,
                    "content_block": {"type": "text", "text": ""},
                },
            ),
            event("ping", {"type": "ping"}),
        ]
        events += [
            event(
                "content_block_delta",
                {
                    "type": "content_block_delta",
                    "index": 0,
                    "delta": {"type": "text_delta", "text": w},
                },
            )
            for w in words
        ]
        if finish:
            events += [
                event("content_block_stop", {"type": "content_block_stop", "index": 0}),
                event(
                    "message_delta",
                    {
                        "type": "message_delta",
                        "delta": {"stop_reason": reason, "stop_sequence": None},
                        "usage": {"output_tokens": out},
                    },
                ),
                event("message_stop", {"type": "message_stop"}),
            ]
        return events

    # -- faults ----------------------------------------------------------------------------------

    def _fault(self, protocol: str, fault: Fault, record: Recorded) -> None:
        kind = fault.kind
        if kind == "rate_limit":
            after = fault.retry_after if fault.retry_after is not None else 1.0
            headers = {
                "retry-after": str(max(1, round(after))),
                "retry-after-ms": str(int(after * 1000)),
            }
            self._error(protocol, 429, "Rate limit reached for requests", headers)
        elif kind == "server_error":
            self._error(protocol, 500, "The server had an error while processing your request.")
        elif kind == "status":
            self._error(protocol, fault.status_code, fault.text)
        elif kind == "hang":
            self.server.owner._sleep(fault.seconds)
        elif kind == "stall":
            self._stream(protocol, Reply(fault.text), record, finish=False, stall_s=fault.seconds)
        elif kind == "truncated":
            if record.stream:
                self._stream(protocol, Reply(fault.text), record, finish=False)
            else:
                self._start(200, "application/json")
                self._write(b'{"id": "chatcmpl-cut", "choices": [{"index": 0, "mess')
        elif kind == "junk":
            if record.stream:
                self._start_sse()
                self._write(b"data: <html>upstream proxy error</html>\n\n")
                self._write(b"data: [DONE]\n\n")
            else:
                self._start(200, "application/json")
                self._write(b"<html><body>Bad gateway</body></html>")
        elif kind == "empty":
            self._start(200, "text/event-stream" if record.stream else "application/json")

    def _error(
        self, protocol: str, status: int, message: str, headers: dict[str, str] | None = None
    ) -> None:
        if protocol == "anthropic":
            kind = {429: "rate_limit_error", 500: "api_error"}.get(status, "api_error")
            body: dict[str, Any] = {"type": "error", "error": {"type": kind, "message": message}}
        else:
            kind = {429: "rate_limit_exceeded", 500: "server_error"}.get(status, "server_error")
            body = {"error": {"message": message, "type": kind, "param": None, "code": kind}}
        self._send_json(status, body, headers)

    # -- plumbing --------------------------------------------------------------------------------

    def _start(self, status: int, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("content-type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()

    def _start_sse(self) -> None:
        self._start(200, "text/event-stream", {"cache-control": "no-cache"})

    def _send_json(
        self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None
    ) -> None:
        data = json.dumps(payload).encode()
        self._start(
            status, "application/json", {"content-length": str(len(data)), **(headers or {})}
        )
        self._write(data)

    def _write(self, data: bytes) -> bool:
        try:
            self.wfile.write(data)
            self.wfile.flush()
        except OSError:  # the client went away (timeout, cancel): stop quietly
            return False
        return True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: LlmServer


class LlmServer:
    """Scripted loopback provider server on ``127.0.0.1`` (a free port), run in a thread."""

    def __init__(self, responder: Callable[[Recorded], str | Reply] | None = None) -> None:
        """Args:
        responder: answers any request the script has no item for (a load test's many requests);
            without one, an unscripted request gets HTTP 500.
        """
        self.responder = responder
        #: what ``GET /v1/models`` lists (``None``: the route answers 404, like a server without it)
        self.models: list[str] | None = None
        self.requests: list[Recorded] = []
        self._script: deque[Reply | Fault | str] = deque()
        self._lock = threading.Lock()
        self._closing = threading.Event()
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.owner = self
        self._thread = threading.Thread(
            # a short poll: shutdown() waits for the loop's next poll (0.5 s by default, per test)
            target=self._httpd.serve_forever,
            args=(0.02,),
            name="llm-server",
            daemon=True,
        )

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def base_url(self, provider: str) -> str:
        """The ``base_url`` to give each SDK (Groq and Anthropic add their own path prefix)."""
        if provider in ("openai", "openai_compatible"):
            return f"{self.url}/v1"
        if provider in ("anthropic", "groq"):
            return self.url
        raise ValueError(f"unknown provider {provider!r}")

    def enqueue(self, *items: str | Reply | Fault) -> None:
        """Script the next replies, one per request, in order."""
        with self._lock:
            self._script.extend(items)

    @property
    def pending(self) -> int:
        """How many scripted items no request has taken yet."""
        return len(self._script)

    @property
    def last(self) -> Recorded:
        return self.requests[-1]

    def start(self) -> LlmServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._closing.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    def _sleep(self, seconds: float) -> None:
        """Hang for ``seconds`` unless the server is stopping (so teardown stays fast)."""
        self._closing.wait(seconds)

    def __enter__(self) -> LlmServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
