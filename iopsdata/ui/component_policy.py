"""Custom components' frames may load nothing from another host.

A custom component (the SQL editor is streamlit-code-editor) runs its own HTML page in an
iframe, served by this server under ``/component/``. Its code is a third party's build: the SQL
editor's themes ``@import`` a font from Google Fonts, so every SQL page sent a request, with the
deployment's address as referrer, to Google — from a self-hosted app, for a font the page can do
without (it falls back to the browser's monospace), and a console error offline.

:class:`LocalOnlyComponents` is ASGI middleware for the ``st.App``: it gives those HTML pages a
``Content-Security-Policy`` that allows this origin only (plus inline code, ``data:`` and
``blob:``, which the bundled components use), so the browser never sends such a request, for
this component and for any added later. The app's own page is not touched: what it loads is
Streamlit's, and ``tests/browser/test_navigation.py`` fails on any request it sends elsewhere.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Only this origin; what the bundled components need besides: inline scripts and styles (their
# pages and Ace's themes), eval (Ace's modes), data: and blob: (icons, Ace's worker).
POLICY = (
    "default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:; "
    "connect-src 'self'; form-action 'self'; base-uri 'self'"
)
COMPONENT_SEGMENT = "/component/"  # Streamlit's route for custom components' files


class LocalOnlyComponents:
    """ASGI middleware: :data:`POLICY` on the HTML pages served under ``/component/`` (also
    under a base URL path); every other response passes through untouched."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or COMPONENT_SEGMENT not in scope.get("path", ""):
            await self.app(scope, receive, send)
            return

        async def send_with_policy(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                sent = {k.lower(): v for k, v in headers}
                if sent.get(b"content-type", b"").startswith(b"text/html"):
                    headers.append((b"content-security-policy", POLICY.encode()))
                    message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_policy)
