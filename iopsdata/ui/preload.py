"""Fetch the first page's widget code while the browser would otherwise wait for the server.

Streamlit's front-end loads each widget's JavaScript lazily, when that widget's first delta
arrives over the websocket. The Chat page's first draw has a select box (react-aria's combo box,
21 modules), a chat input (13) and a button: ~35 requests that started only after the script had
run, queued on the browser's six connections to the one Python server, so the chat input — the
last of them — appeared ~0.3 s after a bare page's (docs/performance.md, "Start-up").

:class:`PreloadFirstPage` is ASGI middleware for the ``st.App``. Into Streamlit's ``index.html``
(and only that: a ``text/html`` response carrying the front-end's entry script) it adds a script
that, on the window's ``load`` event, adds ``<link rel="modulepreload">`` for those modules. By
then the front-end's own bundle has loaded and the browser is idle until the websocket's first
deltas, so the widgets' code arrives in a gap instead of after it. Preloading in ``<head>``
instead competed with the front-end's own bundle and gained nothing (measured, same page).

The modules are found in Streamlit's own static folder, once per process on the first request
for the page (~35 small files read): each widget's chunk by its name (``Selectbox.<hash>.js``)
and every module it imports statically, minus those that ``index.html`` already preloads. A
Streamlit upgrade that renames a chunk leaves it out (logged); ``tests/ui/test_preload.py``
fails then, so the list is revisited.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger(__name__)

# The front-end components the Chat page (the default page) draws on its first run whose code
# Streamlit loads lazily, most wanted first: the chat input is what a first visitor waits for.
FIRST_PAGE_WIDGETS = ("ChatInput", "Selectbox", "Button")

# Streamlit's index.html loads its entry module from here; the marker of the page we change.
ENTRY_SCRIPT = re.compile(rb'<script type="module"[^>]*src="\./static/js/index\.[^"]+\.js"')
_STATIC_IMPORT = re.compile(r'(?:\bfrom|\bimport)\s*"\./([\w.\-]+\.js)"')
_ALREADY_PRELOADED = re.compile(r'static/js/([\w.\-]+\.js)"')


def static_dir() -> Path:
    """Streamlit's built front-end (``index.html``, ``static/js``)."""
    from streamlit import file_util

    return Path(file_util.get_static_dir())


def widget_modules(root: Path, widgets: Iterable[str] = FIRST_PAGE_WIDGETS) -> list[str]:
    """File names under ``root/static/js`` of the widgets' chunks and their static imports, in
    load order (each widget's own chunk first), without what ``index.html`` preloads already."""
    js = root / "static" / "js"
    done = set(_ALREADY_PRELOADED.findall((root / "index.html").read_text(encoding="utf-8")))
    names = {p.name for p in js.glob("*.js")}
    out: list[str] = []

    def visit(name: str) -> None:
        if name in done or name not in names:
            return
        done.add(name)
        out.append(name)
        for dep in _STATIC_IMPORT.findall((js / name).read_text(encoding="utf-8")):
            visit(dep)

    for widget in widgets:
        chunks = sorted(n for n in names if n.startswith(f"{widget}.") and n.count(".") == 2)
        if not chunks:
            log.warning("no front-end chunk for %s in %s: not preloaded", widget, js)
        for chunk in chunks:
            visit(chunk)
    return out


def preload_script(modules: list[str]) -> bytes:
    """The inline script added to ``index.html``: resolves each module next to the entry script
    (so a base URL path or a proxy prefix needs nothing) and preloads it once the page loaded."""
    listed = json.dumps(modules).replace("<", "\\u003c")  # never ends the script element
    return (
        "<script>addEventListener('load',function(){"
        "var e=document.querySelector('script[type=module][src*=\"static/js/index.\"]');"
        "if(!e)return;"
        f"{listed}.forEach(function(n){{"
        "var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';"
        "l.href=new URL(n,e.src).href;document.head.appendChild(l)})})</script>"
    ).encode()


@cache
def _snippet() -> bytes:
    try:
        modules = widget_modules(static_dir())
    except OSError:
        log.exception("reading Streamlit's static folder failed: nothing preloaded")
        modules = []
    return preload_script(modules) if modules else b""


def add_preload(html: bytes, snippet: bytes) -> bytes:
    """``html`` with ``snippet`` before ``</head>`` if it is Streamlit's index page, else as is."""
    if not snippet or not ENTRY_SCRIPT.search(html) or b"</head>" not in html:
        return html
    return html.replace(b"</head>", snippet + b"</head>", 1)


class PreloadFirstPage:
    """ASGI middleware: adds :func:`preload_script` to Streamlit's ``index.html`` responses.

    Every other response (websocket, health, static files, media, components) passes through
    untouched and unbuffered; an HTML response is buffered (``index.html`` is ~9 KB) and sent
    with its length corrected. A compressed body is left alone.
    """

    def __init__(self, app: ASGIApp, snippet: bytes | None = None) -> None:
        self.app = app
        self.snippet = snippet

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        snippet = _snippet() if self.snippet is None else self.snippet
        start: Message | None = None
        body: list[bytes] = []

        async def send_changed(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                sent = {k.lower(): v for k, v in message.get("headers", [])}
                html = sent.get(b"content-type", b"").startswith(b"text/html")
                if html and b"content-encoding" not in sent and scope["method"] == "GET":
                    start = message  # held until the body is complete
                    return
                await send(message)
                return
            if start is None or message["type"] != "http.response.body":
                await send(message)
                return
            body.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            page = add_preload(b"".join(body), snippet)
            headers = [
                (k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"
            ]
            headers.append((b"content-length", str(len(page)).encode()))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": page, "more_body": False})

        await self.app(scope, receive, send_changed)
