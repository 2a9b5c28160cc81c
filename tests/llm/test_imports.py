"""Importing ``iopsdata.llm`` loads no provider SDK (anthropic alone costs ~1 s) and no streamlit."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ["openai", "anthropic", "groq", "httpx", "httpx2", "streamlit"]


@pytest.mark.parametrize("module", ["iopsdata.llm", "iopsdata.llm.keys", "iopsdata.llm.registry"])
def test_import_loads_no_sdk(module):
    code = (
        f"import json, sys, {module}; print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert json.loads(out.stdout) == []


def test_sdk_loads_on_first_use():
    code = (
        "import sys\n"
        "from iopsdata.llm import PROVIDERS\n"
        "p = PROVIDERS['groq'](api_key='k', base_url='http://127.0.0.1:9')\n"
        "before = 'groq' in sys.modules\n"
        "p.prepare()\n"
        "print(before, 'groq' in sys.modules, 'anthropic' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert out.stdout.split() == ["False", "True", "False"]
