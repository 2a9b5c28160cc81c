"""``iopsdata.ui.text``: escaped text displays exactly its characters and can start no Markdown."""

from __future__ import annotations

import string

from iopsdata.catalog.model import Column, Table
from iopsdata.ui.schema_browser import table_markdown
from iopsdata.ui.text import code, esc, esc_stream

PAYLOADS = [
    "![x](http://127.0.0.1:9/b.png)",
    "![x](https:127.0.0.1:9/b.png)",
    "<img src=http://127.0.0.1:9/b.png>",
    "[x](https:127.0.0.1:9)",
    "www.example.com and https://example.com",
    ":red[x] :material/home: $x^2$ **b** _i_ ~s~ `c` # h > q",
]


def unescape(md: str) -> str:
    """What CommonMark displays for ``md`` made only of escapes and plain characters."""
    out, i = [], 0
    while i < len(md):
        if md[i] == "\\" and i + 1 < len(md) and md[i + 1] in string.punctuation:
            out.append(md[i + 1])
            i += 2
        else:
            out.append(md[i])
            i += 1
    return "".join(out).replace("\u2060", "")


def test_every_ascii_punctuation_is_escaped_and_text_survives():
    for text in PAYLOADS:
        out = esc(text)
        for i, ch in enumerate(out):
            if ch in string.punctuation and ch != "\\":
                assert out[i - 1] == "\\", (text, out)
        assert unescape(out) == text


def test_autolink_literals_are_broken():
    assert "www\u2060\\." in esc("www.example.com")
    assert "https\u2060\\:" in esc("see https://example.com")
    assert "http\u2060\\:" in esc("http:host")
    assert "HTTP\u2060\\:" in esc("HTTP:host")


def test_stream_escape_matches_whole_escape_across_chunk_boundaries():
    text = "go to www.example.com or https://x.org ![a](http://h/b.png) done"
    for size in (1, 2, 3, 5, 7):
        chunks = [text[i : i + size] for i in range(0, len(text), size)]
        assert "".join(esc_stream(chunks)) == esc(text)


def test_code_span_survives_backticks():
    assert code("a") == "`a`"
    assert code("a`b") == "``a`b``"
    assert code("`x`") == "`` `x` ``"
    assert code("") == "` `"


def test_table_markdown_escapes_names_types_and_comments():
    table = Table(
        schema="s",
        name="t",
        kind="table",
        comment="![c](http://127.0.0.1:9/t.png)",
        columns=[
            Column(name="a`b", type="int", comment="[x](https:127.0.0.1:9)"),
        ],
    )
    md = table_markdown(table)
    assert "![" not in md and "](" not in md
    assert "``a`b``" in md
