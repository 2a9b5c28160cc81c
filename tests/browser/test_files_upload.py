"""End to end in Debian Chromium: a real upload through ``st.file_uploader`` on ``streamlit run``.

AppTest cannot drive the upload widget, so this is the test of the widget → service path.
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
    proc = subprocess.Popen(
        [
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
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                if urllib.request.urlopen(f"{base}/_stcore/health", timeout=1).read() == b"ok":
                    break
            except OSError:
                time.sleep(0.25)
        else:
            pytest.fail("streamlit did not start")
        yield base, env["IOPSDATA_HOME"]
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_upload_through_the_browser(server, page, tmp_path, monkeypatch):
    base, home = server
    csv = tmp_path / "Orders 2024.csv"
    csv.write_text("id,amount\n1,9.5\n2,20\n3\n", encoding="utf-8")
    page.goto(f"{base}/files", timeout=60_000)
    page.get_by_text("No files yet").wait_for(timeout=90_000)
    page.locator("input[type=file]").set_input_files(str(csv))
    page.get_by_role("button", name="Add to workspace").click()
    page.get_by_text("2 rows → table orders_2024 (1 rows rejected)").wait_for(timeout=60_000)
    page.get_by_text("1 rows could not be loaded").wait_for(timeout=30_000)
    monkeypatch.setenv("IOPSDATA_HOME", home)
    monkeypatch.setenv("IOPSDATA_DEMO", "false")
    from iopsdata.workspace import Workspace

    [asset] = Workspace.open().files.list()
    assert (asset.table_name, asset.row_count, asset.rejected_rows) == ("orders_2024", 2, 1)
