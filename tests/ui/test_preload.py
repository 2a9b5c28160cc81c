"""The first page's widget code, preloaded from Streamlit's index.html (iopsdata/ui/preload.py).

Checked on Streamlit's real built front-end: a Streamlit upgrade that renames a widget's chunk or
changes how index.html loads its entry module fails here, not silently in the browser.
"""

from __future__ import annotations

import gzip
import json
import re

import pytest
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.responses import HTMLResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.testclient import TestClient

from iopsdata.ui.preload import (
    _STATIC_IMPORT,
    FIRST_PAGE_WIDGETS,
    PreloadFirstPage,
    add_preload,
    preload_script,
    static_dir,
    widget_modules,
)

ROOT = static_dir()
JS = ROOT / "static" / "js"
INDEX = (ROOT / "index.html").read_text(encoding="utf-8")


def _listed(script: bytes) -> list[str]:
    return json.loads(re.search(rb"(\[[^\[\]]*\])\.forEach", script).group(1))


def test_every_first_page_widget_has_its_chunk_listed_first_in_its_group():
    modules = widget_modules(ROOT)
    for widget in FIRST_PAGE_WIDGETS:
        own = [m for m in modules if m.startswith(f"{widget}.") and m.count(".") == 2]
        assert len(own) == 1, f"no front-end chunk for {widget} in Streamlit's build"
    assert modules[0].startswith("ChatInput."), "the chat input, what a visitor waits for, first"


def test_the_list_closes_over_static_imports_and_skips_what_index_html_preloads():
    modules = widget_modules(ROOT)
    preloaded = set(re.findall(r'static/js/([\w.\-]+\.js)"', INDEX))
    assert len(modules) == len(set(modules))
    assert not set(modules) & preloaded
    for name in modules:
        assert (JS / name).is_file()
        for dep in _STATIC_IMPORT.findall((JS / name).read_text(encoding="utf-8")):
            assert dep in modules or dep in preloaded, f"{name} imports {dep}, not preloaded"


def test_a_widget_streamlit_does_not_ship_is_left_out_not_an_error(caplog):
    assert widget_modules(ROOT, ("NoSuchWidget",)) == []
    assert "NoSuchWidget" in caplog.text


def test_the_snippet_goes_into_streamlits_index_page_only():
    snippet = preload_script(["ChatInput.x.js"])
    changed = add_preload(INDEX.encode(), snippet)
    assert changed.count(snippet) == 1
    assert changed.index(snippet) < changed.index(b"</head>")
    assert changed.replace(snippet, b"") == INDEX.encode()
    component = b"<html><head><script src='main.js'></script></head><body></body></html>"
    assert add_preload(component, snippet) == component  # a custom component's own page
    assert add_preload(INDEX.encode(), b"") == INDEX.encode()


def test_the_script_resolves_modules_next_to_the_entry_script_on_load():
    script = preload_script(["ChatInput.x.js", "Selectbox.y.js"]).decode()
    assert script.startswith("<script>addEventListener('load',")
    assert "new URL(n,e.src)" in script and "modulepreload" in script
    assert _listed(script.encode()) == ["ChatInput.x.js", "Selectbox.y.js"]
    odd = preload_script(["a</script>.js"])
    assert odd.count(b"</script>") == 1 and _listed(odd) == ["a</script>.js"]  # escaped, intact


def _served(snippet: bytes | None = None) -> TestClient:
    """Streamlit's static folder behind the middleware, as the st.App serves it: index.html at
    the root and for any page path; plus an HTML page that is not Streamlit's, and a gzipped one."""

    async def index(_request):
        return HTMLResponse(INDEX)

    async def other_html(_request):
        return HTMLResponse("<html><head></head><body>component</body></html>")

    async def gzipped(_request):
        body = gzip.compress(INDEX.encode())
        return Response(body, media_type="text/html", headers={"content-encoding": "gzip"})

    app = Starlette(
        routes=[
            Route("/", index),
            Route("/files", index),
            Route("/component/x/index.html", other_html),
            Route("/zipped", gzipped),
            Mount("/static", StaticFiles(directory=ROOT / "static")),
        ],
        middleware=[Middleware(PreloadFirstPage, snippet=snippet)],
    )
    return TestClient(app)


@pytest.mark.parametrize("path", ["/", "/files"])
def test_the_middleware_adds_the_script_to_the_index_page_with_a_right_length(path):
    client = _served()
    r = client.get(path)
    assert r.status_code == 200
    assert int(r.headers["content-length"]) == len(r.content)
    modules = _listed(r.content)
    assert modules == widget_modules(ROOT)  # the default: Streamlit's real chunks
    for name in modules:  # each is served where the script points (next to the entry module)
        assert client.get(f"/static/js/{name}").status_code == 200


def test_everything_else_passes_through_byte_for_byte():
    client = _served(b"<script>x</script>")
    name = widget_modules(ROOT)[0]
    assert client.get(f"/static/js/{name}").content == (JS / name).read_bytes()
    assert client.get("/component/x/index.html").text.count("<script>x") == 0
    zipped = client.get("/zipped")  # the client decompresses it
    assert zipped.headers["content-encoding"] == "gzip"
    assert zipped.content == INDEX.encode()  # a compressed body is never edited
    head = client.head("/")
    assert head.status_code == 200 and head.content == b""
