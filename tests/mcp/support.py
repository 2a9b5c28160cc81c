"""Running the MCP server for tests: streamable HTTP in a thread (uvicorn), stdio as a subprocess,
and the SDK's own ``Client`` to talk to either."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

import uvicorn
from mcp import Client
from mcp.client.stdio import StdioServerParameters
from mcp.client.streamable_http import streamable_http_client
from mcp.shared._httpx_utils import create_mcp_http_client

from iopsdata.bootstrap import Runtime
from iopsdata.mcp import Limits
from iopsdata.mcp.auth import HTTP_OPTIONS, token_server
from tests.support.ports import free_port

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@contextlib.contextmanager
def http_server(runtime: Runtime, limits: Limits | None = None) -> Iterator[str]:
    """The HTTP transport on a loopback port; yields the MCP endpoint URL."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    app = token_server(runtime, base, limits).streamable_http_app(**HTTP_OPTIONS)
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, name="mcp-http", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not uv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the MCP HTTP server did not start")
        time.sleep(0.02)
    try:
        yield f"{base}/mcp"
    finally:
        uv.should_exit = True
        thread.join(timeout=10)


def http_client(url: str, token: str | None, mode: str = "auto") -> Client:
    """The SDK client over streamable HTTP; ``mode="legacy"`` speaks the initialize handshake
    of pre-2026 clients (Claude Desktop and most IDEs today)."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return Client(
        streamable_http_client(url, http_client=create_mcp_http_client(headers=headers)),
        cache=None,
        mode=mode,
    )


def stdio_client(env: dict[str, str], *args: str) -> Client:
    params = StdioServerParameters(
        command=sys.executable,
        args=["-m", "iopsdata.mcp", *args],
        env={**env, "PYTHONPATH": ROOT, "PATH": os.environ.get("PATH", "")},
        cwd=ROOT,
    )
    return Client(params, cache=None)


def payload(result: Any) -> Any:
    """A tool result's value (structured content, else the JSON text); raises on a tool error."""
    if result.is_error:
        raise ToolFailed(text_of(result))
    if result.structured_content is not None:
        value = result.structured_content
        return value.get("result", value) if set(value) == {"result"} else value
    return json.loads(text_of(result))


def text_of(result: Any) -> str:
    return "".join(getattr(c, "text", "") for c in result.content)


class ToolFailed(AssertionError):
    pass


def run(coro: Any) -> Any:
    """Run ``coro`` to the end in a thread of its own: in the whole suite the browser tests' sync
    Playwright keeps an event loop running in the main thread, and ``asyncio.run`` refuses to nest."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result()
