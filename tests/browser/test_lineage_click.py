"""End to end in Debian Chromium: the interactive graph renders and a click reaches Python.

AppTest cannot render streamlit-agraph or click it, so this is the test of the click → highlight
round trip.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def server(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "IOPSDATA_HOME": str(tmp_path / "home"), "IOPSDATA_DEMO": "false"}
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        "app.py",
        "--server.headless",
        "true",
        "--server.address",
        "127.0.0.1",
        "--server.port",
        str(port),
        "--browser.serverAddress",
        "127.0.0.1",
        "--browser.gatherUsageStats",
        "false",
    ]
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(160):
            try:
                if urllib.request.urlopen(f"{base}/_stcore/health", timeout=1).read() == b"ok":
                    break
            except OSError:
                time.sleep(0.25)
        else:
            pytest.fail("streamlit did not start")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_graph_click_highlights_the_node(server, page):
    page.goto(f"{server}/lineage", timeout=60_000)
    box = page.get_by_label("SQL")
    box.wait_for(timeout=60_000)
    # One statement → one node at the centre of the canvas: a click there must come back.
    box.fill("DROP TABLE old_events")
    box.press("Control+Enter")
    page.get_by_text("Export DOT").wait_for(timeout=60_000)
    frame_el = page.locator("iframe").first
    frame_el.wait_for(timeout=60_000)
    canvas = page.frame_locator("iframe").first.locator("canvas")
    canvas.wait_for(timeout=60_000)
    time.sleep(1.5)  # let vis-network fit the view
    bb = canvas.bounding_box()
    assert bb is not None
    page.mouse.click(bb["x"] + bb["width"] / 2, bb["y"] + bb["height"] / 2)
    page.get_by_text("Upstream: —").wait_for(timeout=30_000)
