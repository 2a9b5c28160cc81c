"""The layer boundary as a test: service modules never import streamlit; pages stay thin."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import iopsdata

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN_IN_PAGES = {
    "sqlalchemy",
    "duckdb",
    "sqlglot",
    "openai",
    "anthropic",
    "groq",
    "cryptography",
    "supabase",
    "psycopg",
    "pymysql",
    "adbc_driver_postgresql",
}


def service_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(iopsdata.__path__, "iopsdata."):
        if not info.name.startswith("iopsdata.ui"):
            names.append(info.name)
    return sorted(names)


def test_importing_service_modules_does_not_import_streamlit():
    modules = service_modules()
    assert len(modules) > 10
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = [m for m in sys.modules if m == 'streamlit' or m.startswith('streamlit.')]\n"
        "print('LEAK' if bad else 'CLEAN')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().endswith("CLEAN")


def test_importing_the_package_is_cheap():
    code = "import sys, iopsdata; print(sorted(m for m in ('pandas','duckdb','openai','anthropic','groq','sqlglot','streamlit') if m in sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert out.stdout.strip() == "[]", out.stdout + out.stderr


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_pages_do_layout_only():
    pages = sorted((ROOT / "pages").glob("*.py"))
    assert {p.stem for p in pages} >= {"chat", "sql", "files", "lineage", "settings"}
    for page in pages:
        bad = _imports(page) & FORBIDDEN_IN_PAGES
        assert not bad, f"{page.name} imports {bad}: pages must call iopsdata services"
        assert len(page.read_text().splitlines()) <= 200, f"{page.name} is too long for a thin page"


def test_only_the_state_module_caches():
    for path in (ROOT / "iopsdata").rglob("*.py"):
        text = path.read_text()
        if "cache_resource" in text or "cache_data" in text:
            assert path.name == "state.py", f"{path} uses Streamlit caching outside ui/state.py"


def test_every_page_routes_through_the_app():
    """A page run directly (legacy pages/ discovery on a fresh process) must bounce to app.py."""
    for page in sorted((ROOT / "pages").glob("*.py")):
        assert "ensure_app_routing()" in page.read_text(), (
            f"{page.name} does not call ensure_app_routing()"
        )
