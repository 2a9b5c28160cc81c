"""The browser tests' failure report can read a running server's thread stacks.

``tests.browser.support.server_stacks`` is what a download that never starts attaches to its
failure; it must really dump a live process, or the report says nothing when it is needed.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.browser.conftest import SERVER_PIDS
from tests.browser.support import server_stacks

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
