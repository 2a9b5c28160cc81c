"""The Files connection is read-only and sees only this workspace's files — at two layers.

Layer 1 is the guard (``execute`` refuses); layer 2 is the sandboxed DuckDB itself, tested
by sending the same statements straight to its connection, bypassing the guard.
"""

from __future__ import annotations

import duckdb
import pytest

from iopsdata.errors import QueryRefused
from iopsdata.files import FileService
from iopsdata.files.sandbox import forget
from tests.support.context import make_context


@pytest.fixture
def two(tmp_path):
    """Workspace A with a table ``a``; workspace B (another home) with a secret file."""
    a = FileService(make_context(tmp_path / "a"))
    b = FileService(make_context(tmp_path / "b"))
    asset_a = a.upload("a.csv", b"id,label\n1,x\n2,y\n")
    asset_b = b.upload("secret.csv", b"token\nb-secret\n")
    paths = {
        "a_data": str(a.blobs.local_path(asset_a.data_path)),
        "a_original": str(a.blobs.local_path(asset_a.storage_path)),
        "b_data": str(b.blobs.local_path(asset_b.data_path)),
        "b_original": str(b.blobs.local_path(asset_b.storage_path)),
        "out": str(tmp_path / "out.csv"),
        "db": str(tmp_path / "x.db"),
    }
    yield a, b, paths
    forget(a.ctx.workspace_id)
    forget(b.ctx.workspace_id)


ATTACKS = [
    "SELECT * FROM read_csv('/etc/passwd')",
    "FROM '/etc/passwd'",
    "SELECT * FROM read_text('/etc/passwd')",
    "SELECT * FROM glob('/etc/*')",
    "SELECT * FROM read_parquet('{b_data}')",
    "SELECT * FROM '{b_data}'",
    "SELECT * FROM read_csv('{b_original}')",
    "SELECT * FROM read_csv('{a_original}')",
    "COPY a TO '{out}'",
    "COPY (SELECT 1 AS id) TO '{a_data}' (FORMAT parquet)",
    "ATTACH '{db}' AS x",
    "INSTALL httpfs",
    "LOAD httpfs",
    "SET enable_external_access = true",
    "SET allowed_paths = ['/etc/passwd']",
    "SET lock_configuration = false",
    "SET memory_limit = '100GB'",
    "CREATE TABLE t AS SELECT 1",
    "CREATE OR REPLACE VIEW a AS SELECT 42 AS id",
    "DROP VIEW a",
]


@pytest.mark.parametrize("template", ATTACKS)
def test_guard_refuses(two, template):
    a, _, paths = two
    sql = template.format(**paths)
    with pytest.raises(QueryRefused):
        a.target().run(sql)
    history = a.ctx.store.query_history(a.ctx.workspace_id, limit=1)
    assert history[0]["sql"] == sql and history[0]["status"] == "refused"
    _assert_untouched(a, paths)


@pytest.mark.parametrize("template", ATTACKS)
def test_sandbox_connection_refuses_without_the_guard(two, template):
    a, _, paths = two
    box, allowed = a.sandbox()
    assert allowed == [paths["a_data"]]
    cur = box.cursor()
    with pytest.raises(duckdb.Error):
        cur.execute(template.format(**paths)).fetchall()
    cur.close()
    _assert_untouched(a, paths)


def test_sandbox_settings_are_locked(two):
    a, _, _ = two
    cur = a.sandbox()[0].cursor()
    got = cur.execute(
        "SELECT current_setting('enable_external_access'), current_setting('lock_configuration'), "
        "current_setting('python_enable_replacements'), current_setting('autoload_known_extensions')"
    ).fetchone()
    assert got == (False, True, False, False)


def _assert_untouched(a: FileService, paths: dict[str, str]) -> None:
    import os

    assert not os.path.exists(paths["out"]) and not os.path.exists(paths["db"])
    rows = a.target().run("SELECT id, label FROM a ORDER BY id").table.to_pylist()
    assert rows == [{"id": 1, "label": "x"}, {"id": 2, "label": "y"}]


def test_python_variables_are_not_visible(two):
    a, _, _ = two
    secret_frame = __import__("pandas").DataFrame({"pw": ["hunter2"]})  # noqa: F841 - bait for replacement scans
    with pytest.raises(duckdb.Error):
        a.sandbox()[0].cursor().execute("SELECT * FROM secret_frame").fetchall()
