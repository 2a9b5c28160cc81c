"""Execution on every kind against real servers/files: results, caps, timeout, cancel, audit."""

from __future__ import annotations

import threading
import time

import pyarrow as pa
import pytest

from iopsdata.connections import ConnectionService
from iopsdata.engines import POOL
from iopsdata.errors import (
    ConnectionFailed,
    QueryCancelled,
    QueryFailed,
    QueryRefused,
    QueryTimeout,
)
from iopsdata.sqlservice import SqlService
from tests.engines.samples import KINDS, LONG_QUERY, wait_until
from tests.support.context import make_context


def _add(ctx, sample, **kw) -> str:
    return ConnectionService(ctx).add(f"{sample.kind} sample", sample.kind, sample.options, **kw)


def test_run_returns_arrow_rows_and_audits(ctx, sample):
    cid = _add(ctx, sample)
    res = SqlService(ctx).run("SELECT id, name, city FROM customers WHERE id <= 3 ORDER BY id", cid)
    assert isinstance(res.table, pa.Table)
    assert res.columns == ["id", "name", "city"]
    assert res.table.column("id").to_pylist() == [1, 2, 3]
    assert res.table.column("city").to_pylist() == [None, "Paris", None]
    assert not res.truncated and res.notice is None
    row = SqlService(ctx).history(limit=1)[0]
    assert (row["status"], row["row_count"], row["connection_id"], row["source"]) == (
        "ok",
        3,
        cid,
        "editor",
    )


def test_percent_signs_reach_the_server_unchanged(ctx, sample):
    cid = _add(ctx, sample)
    res = SqlService(ctx).run("SELECT note FROM orders WHERE note LIKE 'n%' AND id = 7", cid)
    assert res.table.column(0).to_pylist() == ["n%7"]


@pytest.mark.parametrize("cap", [1, 10, 499])
def test_row_cap_truncates_and_says_so(ctx, sample, cap):
    cid = _add(ctx, sample)
    res = SqlService(ctx).run("SELECT * FROM orders ORDER BY id", cid, row_cap=cap)
    assert res.row_count == cap
    assert res.truncated
    assert "truncated" in res.notice and f"first {cap:,} rows" in res.notice
    assert res.table.column("id").to_pylist() == list(range(1, cap + 1))


def test_exactly_the_cap_is_not_truncated(ctx, sample):
    cid = _add(ctx, sample)
    res = SqlService(ctx).run("SELECT * FROM orders", cid, row_cap=500)
    assert res.row_count == 500 and not res.truncated


def test_byte_cap_truncates(tmp_path, sample):
    ctx = make_context(tmp_path, IOPSDATA_BYTE_CAP_MB="1")
    cid = _add(ctx, sample)
    big = {
        "postgresql": "SELECT g, repeat('x', 1000) AS pad FROM generate_series(1, 5000) g",
        "mysql": "SELECT seq, repeat('x', 1000) AS pad FROM seq_1_to_5000",
        "sqlite": "WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < 5000) SELECT n, printf('%.1000c', 'x') AS pad FROM g",
        "duckdb": "SELECT g, repeat('x', 1000) AS pad FROM range(5000) t(g)",
    }[sample.kind]
    res = SqlService(ctx).run(big, cid)
    assert res.truncated and "MB" in res.notice
    assert 0 < res.row_count < 5000
    assert res.table.nbytes <= 1 << 20


def test_guard_refusal_is_audited_and_nothing_runs(ctx, sample):
    cid = _add(ctx, sample)
    before = sample.snapshot()
    with pytest.raises(QueryRefused):
        SqlService(ctx).run("DELETE FROM orders", cid)
    row = SqlService(ctx).history(limit=1)[0]
    assert row["status"] == "refused" and row["error"]
    POOL.close_all()
    assert sample.snapshot() == before


def test_timeout_stops_server_work(tmp_path, sample):
    ctx = make_context(tmp_path, IOPSDATA_QUERY_TIMEOUT_S="1.5")
    cid = _add(ctx, sample)
    started = time.monotonic()
    with pytest.raises(QueryTimeout):
        SqlService(ctx).run(LONG_QUERY[sample.kind], cid)
    assert time.monotonic() - started < 6
    assert wait_until(lambda: sample.active("100000") == 0, 3)
    assert SqlService(ctx).history(limit=1)[0]["status"] == "timeout"
    # the pooled connection still works
    assert SqlService(ctx).run("SELECT 1 AS one", cid).table.column(0).to_pylist() == [1]


def test_per_connection_timeout_option_wins(ctx, sample):
    cid = ConnectionService(ctx).add("short", sample.kind, {**sample.options, "timeout_s": 1})
    with pytest.raises(QueryTimeout):
        SqlService(ctx).run(LONG_QUERY[sample.kind], cid)


def test_cancel_from_another_thread(ctx, sample):
    cid = _add(ctx, sample)
    svc = SqlService(ctx)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            svc.run(LONG_QUERY[sample.kind], cid, run_id="run-1")
        except BaseException as exc:  # collected for the assertion below
            errors.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    assert wait_until(lambda: any(r["run_id"] == "run-1" for r in svc.running()), 3)
    if sample.kind in ("postgresql", "mysql"):
        assert wait_until(lambda: sample.active("100000") == 1, 3)
    time.sleep(0.3)
    started = time.monotonic()
    assert svc.cancel("run-1") == 1
    worker.join(10)
    assert not worker.is_alive() and time.monotonic() - started < 3
    assert len(errors) == 1 and isinstance(errors[0], QueryCancelled)
    assert wait_until(lambda: sample.active("100000") == 0, 3)
    assert svc.history(limit=1)[0]["status"] == "cancelled"
    assert svc.run("SELECT 2 AS two", cid).table.column(0).to_pylist() == [2]


def test_cancel_unknown_run_is_zero(ctx):
    assert SqlService(ctx).cancel("nope") == 0
    assert SqlService(ctx).cancel() == 0


def test_database_error_is_query_failed_and_audited(ctx, sample):
    cid = _add(ctx, sample)
    with pytest.raises(QueryFailed) as info:
        SqlService(ctx).run("SELECT no_such_column FROM customers", cid)
    assert "no_such_column" in info.value.message
    assert SqlService(ctx).history(limit=1)[0]["status"] == "error"


@pytest.mark.parametrize("kind", ["postgresql", "mysql"])
def test_server_down_gives_clear_error(ctx, kind):
    opts = {"host": "127.0.0.1", "port": 1, "database": "x", "user": "u", "password": "s3cret-pw"}
    cid = ConnectionService(ctx).add("down", kind, opts)
    with pytest.raises(ConnectionFailed) as info:
        SqlService(ctx).run("SELECT 1", cid)
    assert "s3cret-pw" not in info.value.message and "s3cret-pw" not in repr(info.value)
    assert SqlService(ctx).history(limit=1)[0]["status"] == "error"


@pytest.mark.parametrize("kind", ["postgresql", "mysql"])
def test_dropped_connection_recovers(ctx, sample_factory, kind):
    sample = sample_factory(kind)
    cid = _add(ctx, sample)
    svc = SqlService(ctx)
    assert svc.run("SELECT 1 AS x", cid).row_count == 1
    if kind == "postgresql":
        sample.admin(
            f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{sample.options['database']}' AND pid <> pg_backend_pid()"
        )
    else:
        for (pid,) in sample.admin(
            f"SELECT ID FROM information_schema.PROCESSLIST WHERE DB = '{sample.options['database']}' AND ID <> CONNECTION_ID()"
        ):
            sample.admin(f"KILL {pid}")
    outcomes = []
    for _ in range(2):
        try:
            outcomes.append(svc.run("SELECT 2 AS x", cid).row_count)
        except ConnectionFailed as exc:
            outcomes.append(exc.title)
    assert outcomes[-1] == 1  # at most one failure, with a clear error, then it works again


def test_writes_need_the_connection_opt_in_and_are_audited(ctx, sample_factory):
    sample = sample_factory("postgresql")
    cid = _add(ctx, sample, allow_writes=True)
    res = SqlService(ctx).run("UPDATE orders SET note = 'changed' WHERE id = 1", cid)
    assert res.notice == "1 row changed."
    assert sample.admin("SELECT note FROM orders WHERE id = 1") == [("changed",)]
    row = SqlService(ctx).history(limit=1)[0]
    assert row["status"] == "ok" and row["sql"].startswith("UPDATE")


@pytest.mark.parametrize("kind", ["sqlite", "duckdb"])
def test_file_writes_with_opt_in(ctx, sample_factory, kind):
    sample = sample_factory(kind)
    cid = _add(ctx, sample, allow_writes=True)
    SqlService(ctx).run("DELETE FROM orders WHERE id = 1", cid)
    POOL.close_all()
    assert sample.admin("SELECT count(*) FROM orders") == [(499,)]


def test_export_csv_and_parquet(ctx, sample_factory):
    import io

    import pyarrow.parquet as pq

    sample = sample_factory("sqlite")
    cid = _add(ctx, sample)
    res = SqlService(ctx).run("SELECT id, city FROM customers WHERE id <= 2 ORDER BY id", cid)
    assert SqlService.export(res, "csv").decode().splitlines() == ['"id","city"', "1,", '2,"Paris"']
    assert pq.read_table(io.BytesIO(SqlService.export(res, "parquet"))).equals(res.table)


def test_spreadsheet_csv_escapes_formulas_and_nothing_else():
    import csv
    import io

    from iopsdata.result import QueryResult

    cells = ['=HYPERLINK("http://x")', "+1 555", "-2", "@SUM(A1)", "\tx", "plain", "a=b", None]
    table = pa.table({"text": cells, "n": list(range(-4, 4))})
    res = QueryResult(table=table, sql="", elapsed_s=0.0)
    rows = list(csv.reader(io.StringIO(SqlService.export(res, "sheet.csv").decode())))
    assert [r[0] for r in rows[1:]] == [
        "'=HYPERLINK(\"http://x\")", "'+1 555", "'-2", "'@SUM(A1)", "'\tx", "plain", "a=b", "",
    ]  # fmt: skip
    assert [r[1] for r in rows[1:]] == [str(n) for n in range(-4, 4)]  # numbers are never touched
    exact = list(csv.reader(io.StringIO(SqlService.export(res, "csv").decode())))
    assert exact[1][0] == cells[0]  # the plain CSV stays exact


def test_kinds_cover_every_sample():
    assert set(KINDS) == {"postgresql", "mysql", "sqlite", "duckdb"}


@pytest.mark.parametrize(
    ("expr", "arrow_type", "value"),
    [
        ("1.50::numeric(10,2)", pa.decimal128(38, 2), "1.50"),
        ("'{\"a\": 1}'::jsonb", pa.string(), '{"a": 1}'),
        (
            "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid",
            pa.string(),
            "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11",
        ),
        ("'10.0.0.1'::inet", pa.string(), "10.0.0.1"),
        ("point(1, 2)", pa.string(), "(1,2)"),
        ("ARRAY[1, 2]", pa.list_(pa.int32()), [1, 2]),
    ],
)
def test_postgres_types_become_plain_arrow(ctx, sample_factory, expr, arrow_type, value):
    sample = sample_factory("postgresql")
    cid = _add(ctx, sample)
    res = SqlService(ctx).run(f"SELECT {expr} AS v, 1 AS v", cid)
    assert res.columns == ["v", "v_1"]
    assert res.table.schema.field("v").type == arrow_type
    got = res.table.column("v").to_pylist()[0]
    assert (str(got) if arrow_type != pa.list_(pa.int32()) else got) == value
    SqlService.export(res, "parquet")


@pytest.mark.parametrize("kind", ["postgresql", "mysql"])
def test_connection_killed_mid_query(ctx, sample_factory, kind):
    sample = sample_factory(kind)
    cid = _add(ctx, sample)
    svc = SqlService(ctx)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            svc.run(LONG_QUERY[kind], cid)
        except BaseException as exc:  # collected for the assertion below
            errors.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    assert wait_until(lambda: sample.active("100000") == 1, 5)
    if kind == "postgresql":
        sample.admin(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE state = 'active' AND query LIKE '%100000%' AND pid <> pg_backend_pid()"
        )
    else:
        for (pid,) in sample.admin(
            "SELECT ID FROM information_schema.PROCESSLIST WHERE INFO LIKE '%100000%' AND ID <> CONNECTION_ID()"
        ):
            sample.admin(f"KILL CONNECTION {pid}")
    worker.join(10)
    assert len(errors) == 1 and isinstance(errors[0], ConnectionFailed)
    assert errors[0].message.startswith("The connection to ") and "lost" in errors[0].message
    assert svc.run("SELECT 3 AS x", cid).table.column(0).to_pylist() == [3]


def test_sql_service_runs_on_the_files_connection(tmp_path):
    from iopsdata.files import FileService
    from iopsdata.sqlservice import SqlService
    from tests.support.context import make_context

    ctx = make_context(tmp_path)
    FileService(ctx).upload("sales.csv", b"region,amount\nnorth,10\nsouth,5\nnorth,7\n")
    result = SqlService(ctx).run(
        "SELECT region, sum(amount) AS total FROM sales GROUP BY 1 ORDER BY 1", "files"
    )
    assert result.table.to_pylist() == [
        {"region": "north", "total": 17},
        {"region": "south", "total": 5},
    ]
    assert ctx.store.query_history(ctx.workspace_id)[0]["connection_id"] == "files"


def test_a_files_query_can_be_stopped(tmp_path):
    import threading
    import time

    from iopsdata.errors import QueryCancelled
    from iopsdata.files import FileService
    from iopsdata.sqlservice import SqlService
    from tests.support.context import make_context

    ctx = make_context(tmp_path, IOPSDATA_QUERY_TIMEOUT_S="60")
    FileService(ctx).upload("n.csv", b"x\n1\n2\n3\n")
    sql_service = SqlService(ctx)
    slow = "SELECT count(*) FROM n a, range(200000000) b, range(1000) c"
    box: dict = {}

    def run() -> None:
        try:
            sql_service.run(slow, "files", run_id="stop-me")
        except Exception as exc:
            box["error"] = exc

    worker = threading.Thread(target=run)
    worker.start()
    deadline = time.monotonic() + 10
    while not sql_service.running() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert [r["run_id"] for r in sql_service.running()] == ["stop-me"]
    started = time.monotonic()
    assert sql_service.cancel("stop-me") == 1
    worker.join(10)
    assert not worker.is_alive() and time.monotonic() - started < 5
    assert isinstance(box.get("error"), QueryCancelled)
    assert ctx.store.query_history(ctx.workspace_id)[0]["status"] == "cancelled"
