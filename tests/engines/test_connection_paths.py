"""Path rules: no file or socket connection may reach iOpsData's own data (security issue 2, 13)."""

from __future__ import annotations

import os
import sqlite3

import pytest

from iopsdata.connections import ConnectionService
from iopsdata.engines.paths import APP_DIR, BUILT_IN, PathRefused
from iopsdata.errors import ConfigError, PermissionDenied
from tests.support.context import make_context


@pytest.fixture
def data_file(tmp_path):
    path = tmp_path / "data" / "shop.db"
    path.parent.mkdir()
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x int)")
    return path


def _home(ctx):
    return ctx.settings.home.resolve()


def _refused(svc, kind, options, *, fragment: str = "") -> PathRefused:
    with pytest.raises(PathRefused) as info:
        svc.add("bad", kind, options)
    if fragment:
        assert fragment in info.value.message
    return info.value


def test_metadata_database_and_key_file_are_refused(tmp_path):
    ctx = make_context(tmp_path)
    svc = ConnectionService(ctx)
    home = _home(ctx)
    assert (home / "iopsdata.db").exists() and (home / "fernet.key").exists()
    for path in (home / "iopsdata.db", home / "fernet.key", home / "files" / "x.parquet"):
        err = _refused(svc, "sqlite", {"path": str(path)}, fragment="belongs to iOpsData")
        assert str(home) not in err.message
    _refused(svc, "duckdb", {"path": str(home / "iopsdata.db")})


def test_a_symlink_into_the_home_is_refused(tmp_path):
    ctx = make_context(tmp_path)
    link = tmp_path / "innocent.db"
    link.symlink_to(_home(ctx) / "iopsdata.db")
    folder_link = tmp_path / "elsewhere"
    folder_link.symlink_to(_home(ctx))
    svc = ConnectionService(ctx)
    _refused(svc, "sqlite", {"path": str(link)})
    _refused(svc, "sqlite", {"path": str(folder_link / "iopsdata.db")})
    _refused(svc, "sqlite", {"path": str(tmp_path / "x" / ".." / "innocent.db")})


def test_a_hard_link_to_the_metadata_database_is_refused(tmp_path):
    ctx = make_context(tmp_path)
    twin = tmp_path / "twin.db"
    os.link(_home(ctx) / "iopsdata.db", twin)
    _refused(ConnectionService(ctx), "sqlite", {"path": str(twin)})


def test_the_app_directory_is_refused(tmp_path):
    svc = ConnectionService(make_context(tmp_path))
    _refused(svc, "sqlite", {"path": str(APP_DIR / "README.md")})


@pytest.mark.parametrize(
    "path", ["iopsdata.db", "./shop.db", "~/shop.db", "file:/tmp/shop.db", "md:", "sqlite:/x.db"]
)
def test_relative_paths_uris_and_attach_forms_are_refused(tmp_path, path):
    svc = ConnectionService(make_context(tmp_path))
    for kind in ("sqlite", "duckdb"):
        _refused(svc, kind, {"path": path}, fragment="full path")


def test_url_kind_naming_files_follows_the_same_rules(tmp_path, data_file):
    ctx = make_context(tmp_path)
    svc = ConnectionService(ctx)
    meta = _home(ctx) / "iopsdata.db"
    for url in (
        f"sqlite:///{meta}",
        f"sqlite+pysqlite:///file:{meta}?uri=true",
        f"duckdb:///{meta}",
        "sqlite:///iopsdata.db",
        f"mssql+pyodbc:///?odbc_connect=DRIVER%3DSQLite3%3BDatabase%3D{meta}",
        f"postgresql://u@/db?host={_home(ctx)}",
    ):
        with pytest.raises(PathRefused):
            svc.add("bad", "url", {"url": url})
        with pytest.raises((PathRefused, ConfigError)):  # add_url keeps no unknown parameter
            svc.add_url("bad", url)
    svc.add("ok", "url", {"url": f"sqlite:///{data_file}"})


def test_socket_folders_follow_the_rules(tmp_path):
    ctx = make_context(tmp_path)
    with pytest.raises(PathRefused):
        ConnectionService(ctx).add("s", "postgresql", {"host": str(_home(ctx)), "database": "d"})


def test_data_roots_limit_file_connections(tmp_path, data_file):
    other = tmp_path / "other.db"
    sqlite3.connect(other).close()
    ctx = make_context(tmp_path, IOPSDATA_DATA_ROOTS=str(data_file.parent))
    svc = ConnectionService(ctx)
    svc.add("inside", "sqlite", {"path": str(data_file)})
    _refused(svc, "sqlite", {"path": str(other)}, fragment="IOPSDATA_DATA_ROOTS")


def test_multi_user_without_roots_has_no_file_connections(tmp_path, data_file):
    ctx = make_context(tmp_path, IOPSDATA_AUTH="local")
    svc = ConnectionService(ctx)
    _refused(svc, "sqlite", {"path": str(data_file)}, fragment="File connections are off")
    svc.add("memory", "duckdb", {})  # in-memory DuckDB reads no files


def test_saved_connections_are_checked_when_opened(tmp_path):
    """A connection stored before the rules (or by hand) cannot open the metadata database."""
    ctx = make_context(tmp_path)
    token = ctx.vault.encrypt_json({"path": str(_home(ctx) / "iopsdata.db")})
    cid = ctx.store.add_connection(
        ctx.workspace_id, name="old", kind="sqlite", config_token=token, created_by=ctx.user_id
    )
    svc = ConnectionService(ctx)
    with pytest.raises(PathRefused):
        svc.run(cid, "SELECT email FROM users")
    assert svc.get(cid).options["path"] == BUILT_IN  # the server path is never shown


def test_the_demo_database_stays_usable_and_its_path_hidden(tmp_path):
    from iopsdata.bootstrap import open_runtime, register_demo

    ctx = make_context(tmp_path, IOPSDATA_DEMO="true")
    runtime = open_runtime(ctx.settings)
    cid = register_demo(runtime, ctx.workspace_id, ctx.user_id)
    svc = ConnectionService(ctx)
    assert svc.run(cid, "SELECT count(*) FROM airlines").row_count == 1
    info = svc.get(cid)
    assert info.options["path"] == BUILT_IN and str(_home(ctx)) not in repr(info.options)
    svc.update(cid, options=dict(info.options, timeout_s=5))  # editing keeps the stored path
    assert svc.run(cid, "SELECT 1").row_count == 1


def test_unsaved_test_needs_an_editor_and_the_path_rules(tmp_path, data_file):
    viewer = ConnectionService(make_context(tmp_path / "v", role="viewer"))
    with pytest.raises(PermissionDenied):
        viewer.test({"host": "10.0.0.1", "port": 22, "database": "x"}, "postgresql")
    with pytest.raises(PermissionDenied):
        viewer.test({"path": str(data_file)}, "sqlite")
    editor_ctx = make_context(tmp_path / "e", role="editor")
    editor = ConnectionService(editor_ctx)
    with pytest.raises(PathRefused) as info:  # refused before anything tells whether it exists
        editor.test({"path": str(_home(editor_ctx) / "nope.db")}, "sqlite")
    assert "exist" not in info.value.message
    assert editor.test({"path": str(data_file)}, "sqlite").server_version.startswith("SQLite")
