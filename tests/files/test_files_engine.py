"""The Files connection is an Engine run through ``iopsdata.execute``: one door, one audit.

Each statement must leave exactly one audit row, written by ``execute``'s own audit (a refused one
as ``refused``); the caps apply while the sandbox streams; "the Files connection" resolves in one
place by id or name; profiles come from the service layer as ``Profile`` objects.
"""

from __future__ import annotations

import pytest

from iopsdata import execute as ex
from iopsdata.connections import ConnectionService
from iopsdata.engines.base import RunHandle
from iopsdata.errors import NotFound, QueryRefused
from iopsdata.files import FILES_ID, FileService
from iopsdata.files.engine import FilesEngine
from iopsdata.files.sandbox import forget
from iopsdata.profiling import Profile
from iopsdata.sqlservice import SqlService
from tests.support.context import make_context

NUMBERS = ("n\n" + "\n".join(map(str, range(10))) + "\n").encode()


@pytest.fixture
def spied(monkeypatch):
    """Count calls of ``execute.execute``/``export`` and of the one audit writer."""
    calls: dict[str, list] = {"execute": [], "export": [], "audit": []}
    for name in ("execute", "export"):
        real = getattr(ex, name)

        def wrapper(*a, _real=real, _name=name, **k):
            calls[_name].append(a[2])
            return _real(*a, **k)

        monkeypatch.setattr(ex, name, wrapper)
    real_audit = ex.audit_run
    monkeypatch.setattr(
        ex, "audit_run", lambda *a, **k: (calls["audit"].append(a[4]), real_audit(*a, **k))[1]
    )
    # the services imported the functions by name: patch those references too
    import iopsdata.connections as connections

    monkeypatch.setattr(connections, "execute", ex.execute)
    return calls


def _history(ctx, n=10):
    return ctx.store.query_history(ctx.workspace_id, limit=n, connection_id=FILES_ID)


def test_files_sql_runs_through_execute_and_is_audited_once(tmp_path, spied):
    ctx = make_context(tmp_path)
    try:
        sql_service = SqlService(ctx)
        FileService(ctx).upload("n.csv", NUMBERS)
        before = len(_history(ctx, 100))
        spied["execute"].clear(), spied["audit"].clear()
        result = sql_service.run("SELECT sum(n) AS s FROM n", FILES_ID, source="api")
        assert result.table.to_pylist() == [{"s": 45}]
        assert spied["execute"] == ["SELECT sum(n) AS s FROM n"]
        assert spied["audit"] == ["ok"]  # exactly one audit row, written by execute
        rows = _history(ctx, 100)
        assert len(rows) == before + 1
        assert (rows[0]["source"], rows[0]["status"], rows[0]["row_count"]) == ("api", "ok", 1)
        assert rows[0]["lineage"]["reads"] == ["n"]
    finally:
        forget(ctx.workspace_id)


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT * FROM read_csv('/etc/passwd')",  # the guard (layer 1)
        "SELECT current_setting('allowed_paths')",  # the engine's scope check
        "SELECT * FROM duckdb_settings()",  # the engine's scope check
        "COPY n TO '/tmp/out.csv'",  # the guard
    ],
)
def test_refused_files_sql_is_audited_once_as_refused(tmp_path, spied, sql):
    ctx = make_context(tmp_path)
    try:
        FileService(ctx).upload("n.csv", NUMBERS)
        spied["audit"].clear()
        with pytest.raises(QueryRefused) as info:
            SqlService(ctx).run(sql, "Files")
        assert str(ctx.settings.home) not in info.value.message
        assert spied["audit"] == ["refused"]
        last = _history(ctx, 1)[0]
        assert (last["sql"], last["status"]) == (sql, "refused")
        assert last["error"] == info.value.message
    finally:
        forget(ctx.workspace_id)


def test_export_of_files_goes_through_execute_export(tmp_path, spied):
    ctx = make_context(tmp_path, IOPSDATA_EXPORT_ROW_CAP="7")
    try:
        FileService(ctx).upload("n.csv", NUMBERS)
        spied["audit"].clear()
        done = SqlService(ctx).export_full("SELECT n FROM n ORDER BY n", "files", "csv")
        assert done.rows == 7 and done.capped
        assert spied["export"] == ["SELECT n FROM n ORDER BY n"] and spied["audit"] == ["ok"]
        last = _history(ctx, 1)[0]
        assert (last["source"], last["status"], last["row_count"]) == ("export", "ok", 7)
        with pytest.raises(QueryRefused):
            SqlService(ctx).export_full("SELECT current_setting('allowed_paths')", "files")
        assert _history(ctx, 1)[0]["status"] == "refused"
    finally:
        forget(ctx.workspace_id)


def test_row_and_byte_caps_apply_while_streaming(tmp_path):
    """A cross join of a trillion rows returns at once: the caps stop the stream, not its end."""
    ctx = make_context(tmp_path, IOPSDATA_ROW_CAP="5", IOPSDATA_BYTE_CAP_MB="1")
    try:
        files = FileService(ctx)
        files.upload("n.csv", NUMBERS)
        endless = "SELECT n, r FROM n, range(100000000000) t(r)"
        rows = files.target().run(endless)
        assert rows.truncated and rows.row_count == 5 and "5 rows" in rows.notice
        wide = "SELECT repeat('x', 10000) AS w FROM n, range(100000000000) t(r)"
        capped = files.target().run(wide, row_cap=1_000_000)
        assert capped.truncated and 0 < capped.row_count < 200
        assert capped.table.nbytes <= 1 << 20 and "memory limit" in capped.notice
        assert [r["status"] for r in _history(ctx, 2)] == ["ok", "ok"]
    finally:
        forget(ctx.workspace_id)


def test_the_engine_stream_stops_when_the_reader_leaves(tmp_path):
    ctx = make_context(tmp_path)
    try:
        files = FileService(ctx)
        files.upload("n.csv", NUMBERS)
        bound = files.bind()
        assert isinstance(bound.engine, FilesEngine) and bound.dialect == "duckdb"
        assert not bound.allow_writes and len(bound.allowed_paths) == 1
        with bound.engine.stream(
            "SELECT r FROM range(100000000000) t(r)",
            run=RunHandle(),
            read_only=True,
            timeout_s=3600,
        ) as opened:
            first = next(opened.batches)
        assert first.num_rows > 0
        writing = bound.engine.stream("SELECT 1", run=RunHandle(), read_only=False, timeout_s=5)
        with pytest.raises(QueryRefused), writing:  # read-only whatever the caller asks
            pass
    finally:
        forget(ctx.workspace_id)


def test_one_resolver_for_the_files_connection(tmp_path):
    ctx = make_context(tmp_path)
    try:
        connections = ConnectionService(ctx)
        for name in ("files", "Files", " FILES "):
            info = connections.resolve(name)
            assert (info.id, info.kind, info.dialect, info.allow_writes) == (
                FILES_ID,
                "files",
                "duckdb",
                False,
            )
        assert [c.id for c in connections.queryable()] == [FILES_ID]
        assert connections.queryable()[-1].title == "Files (uploaded files)"
        db = tmp_path / "x.duckdb"
        import duckdb

        duckdb.connect(str(db)).close()
        saved = connections.add("Files", "duckdb", {"path": str(db)})
        assert connections.resolve("Files").id == saved  # a saved connection's name wins
        assert connections.resolve("files").id == FILES_ID  # the id never changes meaning
        assert [c.id for c in connections.queryable()] == [saved, FILES_ID]
        assert connections.test("files").can_write is False
        with pytest.raises(NotFound):
            connections.resolve("nothing")
    finally:
        forget(ctx.workspace_id)


def test_profiles_come_from_the_service_layer(tmp_path):
    ctx = make_context(tmp_path)
    try:
        files = FileService(ctx)
        asset = files.upload("n.csv", NUMBERS)
        by_file = files.profile(asset.id)
        assert isinstance(by_file, Profile) and by_file.column("n").max == 9
        pushed = ConnectionService(ctx).profile("files", "n")
        assert isinstance(pushed, Profile) and pushed.row_count == 10
        assert pushed.column("n").distinct == 10 and pushed.column("n").max == 9
        internal = SqlService(ctx).history(include_internal=True)
        assert internal and {r["source"] for r in internal} >= {"internal"}
        assert all(r["source"] != "internal" for r in SqlService(ctx).history())
        with pytest.raises(NotFound):
            ConnectionService(ctx).profile("files", "missing")
    finally:
        forget(ctx.workspace_id)
