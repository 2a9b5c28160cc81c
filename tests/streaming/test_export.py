"""Full-result exports: every row, streamed to a file, through the guard and the audit log.

"Export the full result" once exported the rows on the page (the 10,000-row cap) silently.
"""

from __future__ import annotations

import csv
import threading

import pyarrow.parquet as pq
import pytest

from iopsdata import Workspace
from iopsdata.errors import QueryCancelled, QueryRefused


@pytest.fixture
def ws(monkeypatch) -> Workspace:
    monkeypatch.setenv("IOPSDATA_DEMO", "false")
    return Workspace.open()


def duck(ws: Workspace) -> str:
    return ws.connections.add("mem", "duckdb", {})


def csv_rows(path) -> list[list[str]]:
    with open(path, newline="") as f:
        return list(csv.reader(f))


def test_csv_export_has_every_row_past_the_row_cap(ws) -> None:
    cid = duck(ws)
    shown = ws.sql.run("SELECT range AS i, 'r' || range AS s FROM range(25000)", cid)
    assert shown.truncated and shown.row_count == 10_000
    seen: list[int] = []
    done = ws.sql.export_full(shown.sql, cid, "csv", progress=seen.append)
    rows = csv_rows(done.path)
    assert rows[0] == ["i", "s"] and len(rows) == 25_001 and rows[-1] == ["24999", "r24999"]
    assert done.rows == 25_000 and not done.capped and done.notice is None
    assert seen and seen[-1] == 25_000 and seen == sorted(seen)
    last = ws.sql.history(limit=1)[0]
    assert (last["source"], last["status"], last["row_count"]) == ("export", "ok", 25_000)


def test_parquet_export_keeps_types(ws) -> None:
    cid = duck(ws)
    done = ws.sql.export_full(
        "SELECT range AS i, range * 1.5 AS f FROM range(30000)", cid, "parquet"
    )
    table = pq.read_table(done.path)
    assert table.num_rows == 30_000 and str(table.schema.field("i").type) == "int64"


def test_export_limit_is_honest(ws, monkeypatch) -> None:
    monkeypatch.setenv("IOPSDATA_EXPORT_ROW_CAP", "1000")
    ws = Workspace.open()
    cid = duck(ws)
    done = ws.sql.export_full("SELECT * FROM range(5000)", cid, "csv")
    assert done.rows == 1000 and done.capped
    assert "1,000 rows" in done.notice and "IOPSDATA_EXPORT_ROW_CAP" in done.notice
    assert len(csv_rows(done.path)) == 1001


def test_export_refuses_writes_and_is_audited(ws) -> None:
    cid = ws.connections.add("rw", "duckdb", {}, allow_writes=True)
    with pytest.raises(QueryRefused):
        ws.sql.export_full("CREATE TABLE t AS SELECT 1 AS a", cid, "csv")
    last = ws.sql.history(limit=1)[0]
    assert (last["source"], last["status"]) == ("export", "refused")


def test_spreadsheet_csv_escapes_formulas_in_every_batch(ws) -> None:
    cid = duck(ws)
    sql = "SELECT CASE WHEN range % 2 = 0 THEN '=HYPERLINK(1)' ELSE 'ok' END AS c FROM range(9000)"
    rows = csv_rows(ws.sql.export_full(sql, cid, "sheet.csv").path)
    assert len(rows) == 9001 and {r[0] for r in rows[1:]} == {"'=HYPERLINK(1)", "ok"}
    plain = csv_rows(ws.sql.export_full(sql, cid, "csv").path)
    assert {r[0] for r in plain[1:]} == {"=HYPERLINK(1)", "ok"}


def test_stop_cancels_a_running_export(ws) -> None:
    cid = duck(ws)
    run_id = "export-stop-test"
    started = threading.Event()

    def progress(rows: int) -> None:
        started.set()
        if rows > 50_000:  # Stop, from the page's thread, while batches are still coming
            assert ws.sql.cancel(run_id) == 1

    with pytest.raises(QueryCancelled):
        ws.sql.export_full(
            "SELECT range AS i FROM range(100000000)", cid, "csv", run_id=run_id, progress=progress
        )
    assert started.is_set() and ws.sql.running() == []
    last = ws.sql.history(limit=1)[0]
    assert (last["source"], last["status"]) == ("export", "cancelled")


def test_files_connection_exports_every_row(ws) -> None:
    ws.files.upload("nums.csv", b"n\n" + b"".join(f"{i}\n".encode() for i in range(20000)))
    table = ws.files.list()[0].table_name
    done = ws.sql.export_full(f'SELECT * FROM "{table}"', "files", "csv")
    assert done.rows == 20_000 and len(csv_rows(done.path)) == 20_001
    assert ws.sql.history(limit=1)[0]["source"] == "export"


def pg(ws: Workspace, pg_url: str) -> str:
    from sqlalchemy.engine import make_url

    url = make_url(pg_url)
    return ws.connections.add(
        "pg",
        "postgresql",
        {"host": url.host, "port": url.port, "user": url.username, "database": url.database},
    )


def test_stop_cancels_a_running_postgres_export(ws, pg_url) -> None:
    cid = pg(ws, pg_url)
    run_id = "pg-export-stop"

    def progress(rows: int) -> None:
        if rows > 20_000:
            ws.sql.cancel(run_id)

    sql = "SELECT a, b FROM generate_series(1, 10000) a, generate_series(1, 10000) b"
    with pytest.raises(QueryCancelled):
        ws.sql.export_full(sql, cid, "parquet", run_id=run_id, progress=progress)
    # the connection is clean for the next statement
    assert ws.sql.run("SELECT 1 AS one", cid).table.column(0).to_pylist() == [1]
    assert ws.sql.history(limit=2)[1]["status"] == "cancelled"


def test_postgres_export_streams_every_row(ws, pg_url) -> None:
    cid = pg(ws, pg_url)
    sql = "SELECT i, 'v' || i AS s, i::numeric / 3 AS n FROM generate_series(1, 30000) i"
    done = ws.sql.export_full(sql, cid, "parquet")
    assert pq.read_table(done.path).num_rows == 30_000
    rows = csv_rows(ws.sql.export_full(sql, cid, "csv").path)
    assert len(rows) == 30_001 and rows[1][:2] == ["1", "v1"]


def test_a_files_preview_says_it_is_one_and_its_full_export_has_every_row(ws) -> None:
    """A preview's rows are not the file's: the result says how many of how many, and the
    statement the Files page exports reads them all (a preview's download once carried the
    file's own name and its first 50 rows)."""
    body = "n,label\n" + "".join(f"{i},row {i}\n" for i in range(120))
    asset = ws.files.upload("numbers.csv", body.encode())
    preview = ws.files.preview(asset.id, 50)
    assert preview.truncated and preview.row_count == 50
    assert preview.notice == "Preview: the first 50 of 120 rows."
    whole = ws.files.preview(asset.id, 500)
    assert not whole.truncated and whole.notice is None and whole.row_count == 120
    done = ws.sql.export_full(ws.files.table_sql(asset), "files", "csv")
    rows = csv_rows(done.path)
    assert len(rows) == 121 and rows[-1] == ["119", "row 119"]
