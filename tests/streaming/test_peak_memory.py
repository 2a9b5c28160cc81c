"""No statement can hold more than the byte cap plus one batch, on every engine and kind.

Each query would return about 4 GB. A child process runs it through the facade (``ws.sql.run``)
and reports its resident set before the query and its peak after it; the growth must stay under
the byte cap (64 MB) + 256 MB. Before streaming caps, PostgreSQL (``( (SELECT`` escaped the
LIMIT wrap and psycopg buffered everything), MariaDB and SQLite (10,000 rows per fetch of 8 MB
and 50 MB values) and DuckDB/Files (65,536- and 10,001-row Arrow batches) passed 1–4 GB.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CAP_MB = 64
ALLOWED_GROWTH_MB = CAP_MB + 256


def run_child(tmp_path: Path, kind: str, options: dict, sql: str, *extra: str) -> dict:
    env = {**os.environ, "IOPSDATA_HOME": str(tmp_path / "home"), "IOPSDATA_DEMO": "false"}
    env["IOPSDATA_BYTE_CAP_MB"] = str(CAP_MB)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.streaming.peak_child",
            kind,
            json.dumps(options),
            sql,
            *extra,
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def assert_bounded(out: dict) -> None:
    assert "error" not in out, out
    growth = out["peak_mb"] - out["before_mb"]
    print(f"growth {growth:.0f} MB, peak {out['peak_mb']:.0f} MB", out.get("rows"))
    assert growth < ALLOWED_GROWTH_MB, f"grew {growth:.0f} MB: {out}"
    assert out["truncated"] is True and "memory limit" in out["notice"], out


def pg_options(pg_url: str) -> dict:
    from sqlalchemy.engine import make_url

    url = make_url(pg_url)
    return {
        "host": url.host,
        "port": url.port or 5432,
        "user": url.username,
        "database": url.database,
    }


def test_postgres_paren_spelling_streams_under_the_cap(tmp_path, pg_url) -> None:
    # 40,000 rows of 100 kB: the spelling that escaped the LIMIT wrap
    sql = (
        "( (SELECT repeat('x', 100000) AS a FROM generate_series(1, 200) i, "
        "generate_series(1, 200) j))"
    )
    assert_bounded(run_child(tmp_path, "postgresql", pg_options(pg_url), sql))


def test_postgres_psycopg_path_streams_under_the_cap(tmp_path, pg_url) -> None:
    # an inet column sends the statement through psycopg (ADBC cannot decode it)
    sql = (
        "SELECT '127.0.0.1'::inet AS ip, repeat('x', 100000) AS a "
        "FROM generate_series(1, 200) i, generate_series(1, 200) j"
    )
    assert_bounded(run_child(tmp_path, "postgresql", pg_options(pg_url), sql))


def test_mariadb_wide_rows_stream_under_the_cap(tmp_path, mysql_url) -> None:
    from sqlalchemy.engine import make_url

    url = make_url(mysql_url)
    options = {
        "host": url.host,
        "port": url.port or 3306,
        "user": url.username,
        "database": url.database,
    }
    sql = "SELECT REPEAT('x', 8000000) AS a FROM seq_1_to_500"
    assert_bounded(run_child(tmp_path, "mysql", options, sql))


def test_sqlite_wide_rows_stream_under_the_cap(tmp_path) -> None:
    path = tmp_path / "empty.sqlite"
    sqlite3.connect(path).close()
    sql = (
        "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 80) "
        "SELECT zeroblob(50000000) AS a FROM c"
    )
    assert_bounded(run_child(tmp_path, "sqlite", {"path": str(path)}, sql))


def test_sqlite_value_larger_than_the_cap_is_refused(tmp_path) -> None:
    path = tmp_path / "empty.sqlite"
    sqlite3.connect(path).close()
    out = run_child(tmp_path, "sqlite", {"path": str(path)}, "SELECT zeroblob(200000000) AS a")
    assert out.get("error") == "QueryFailed" and "limit" in out["message"], out


@pytest.mark.parametrize("kind", ["duckdb", "files"])
def test_duckdb_and_files_wide_rows_stream_under_the_cap(tmp_path, kind) -> None:
    sql = "SELECT repeat('x', 30000) AS a FROM range(140000)"
    assert_bounded(run_child(tmp_path, kind, {}, sql))


def test_arrow_overflow_is_an_iops_error(tmp_path) -> None:
    # 2,048 values of 1.1 MB pass Arrow's 2 GB string offsets: once a raw OSError
    out = run_child(tmp_path, "duckdb", {}, "SELECT repeat('x', 1100000) AS a FROM range(4096)")
    assert out.get("module") == "iopsdata.errors" and out["error"] == "QueryFailed", out
