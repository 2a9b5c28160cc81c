"""The browser tests' failure report can read a running server's thread stacks.

``tests.browser.support.server_stacks`` is what a download that never starts attaches to its
failure; it must really dump a live process, or the report says nothing when it is needed.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.browser.conftest import SERVER_PIDS
from tests.browser.support import download, server_stacks

SLEEPER = textwrap.dedent(
    """
    import sys, time

    def waiting_for_the_callable():
        print("ready", flush=True)
        time.sleep(60)

    waiting_for_the_callable()
    """
)


def test_server_stacks_names_the_function_a_live_server_is_stuck_in():
    proc = subprocess.Popen([sys.executable, "-c", SLEEPER], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        SERVER_PIDS.add(proc.pid)
        dump = server_stacks()
    finally:
        SERVER_PIDS.discard(proc.pid)
        proc.kill()
        proc.wait()
    assert f"pid {proc.pid}" in dump
    assert "waiting_for_the_callable" in dump, dump


class _NoDownloadPage:
    """Just enough of a Playwright page for ``download``: idle at once, and no download ever."""

    def wait_for_timeout(self, _ms: float) -> None:
        pass

    def locator(self, _selector: str) -> _NoDownloadPage:
        return self

    def wait_for(self, **_kwargs: object) -> None:
        pass

    def click(self) -> None:
        pass

    @contextmanager
    def expect_download(self, timeout: float) -> Iterator[None]:
        yield
        raise PlaywrightTimeout(f"no download in {timeout} ms")


def test_a_download_that_never_starts_fails_with_the_servers_stacks(monkeypatch, tmp_path):
    monkeypatch.setattr("tests.browser.support.ARTIFACTS", tmp_path)  # not a real failure's file
    proc = subprocess.Popen([sys.executable, "-c", SLEEPER], stdout=subprocess.PIPE, text=True)
    page = _NoDownloadPage()
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        SERVER_PIDS.add(proc.pid)
        with pytest.raises(AssertionError) as failed:
            download(page, page, attempts=2, timeout_ms=10)
    finally:
        SERVER_PIDS.discard(proc.pid)
        proc.kill()
        proc.wait()
    assert "no download started after 2 clicks" in str(failed.value)
    assert "waiting_for_the_callable" in str(failed.value)  # in the CI log, not only in a file
    assert "waiting_for_the_callable" in (tmp_path / "download-timeout-stacks.txt").read_text()
