"""Custom components' frames allow this origin only (iopsdata/ui/component_policy.py); the
browser side is checked in tests/browser/test_navigation.py (the SQL editor's font request is
blocked before it is sent, and no page sends anything elsewhere)."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route
from starlette.testclient import TestClient

from iopsdata.ui.component_policy import POLICY, LocalOnlyComponents


def _client() -> TestClient:
    async def html(_request):
        return HTMLResponse("<html><head></head><body>frame</body></html>")

    async def script(_request):
        return Response("console.log(1)", media_type="text/javascript")

    routes = [
        Route("/", html),
        Route("/component/code_editor.code_editor/index.html", html),
        Route("/component/code_editor.code_editor/static/js/main.js", script),
        Route("/team/component/graph/index.html", html),  # under a base URL path
    ]
    return TestClient(Starlette(routes=routes, middleware=[Middleware(LocalOnlyComponents)]))


def test_a_components_page_allows_only_this_origin():
    client = _client()
    for path in (
        "/component/code_editor.code_editor/index.html",
        "/team/component/graph/index.html",
    ):
        r = client.get(path)
        assert r.status_code == 200 and r.text.endswith("frame</body></html>")
        assert r.headers["content-security-policy"] == POLICY
    assert "https:" not in POLICY and "*" not in POLICY  # no other host, by any scheme


def test_everything_else_is_left_alone():
    client = _client()
    assert "content-security-policy" not in client.get("/").headers  # Streamlit's own page
    js = client.get("/component/code_editor.code_editor/static/js/main.js")
    assert js.text == "console.log(1)" and "content-security-policy" not in js.headers
