"""Flags (table-driven, on DuckDB and SQLite), sampling, empty relations, the file sandbox."""

from __future__ import annotations

import json
import sqlite3

import duckdb
import pyarrow as pa
import pytest

from iopsdata.errors import FileRejected, QueryFailed, QueryRefused
from iopsdata.profiling import Profile, profile_file, profile_relation
from iopsdata.profiling.patterns import date_format, numbers_as_text

N = 200


def _duckdb(values: list, sql_type: str):
    con = duckdb.connect()
    con.execute(f"CREATE TABLE t (v {sql_type})")
    if values:
        con.executemany("INSERT INTO t VALUES (?)", [[v] for v in values])
    return lambda q: con.sql(q).to_arrow_table()


def _sqlite(values: list, sql_type: str):
    con = sqlite3.connect(":memory:")
    con.execute(f"CREATE TABLE t (v {sql_type})")
    con.executemany("INSERT INTO t VALUES (?)", [(v,) for v in values])

    def run(q: str) -> pa.Table:
        cur = con.execute(q)
        keys = [d[0] for d in cur.description]
        rows = cur.fetchall()
        return pa.table({k: pa.array([r[i] for r in rows]) for i, k in enumerate(keys)})

    return run


ENGINES = {"duckdb": _duckdb, "sqlite": _sqlite}

FLAG_CASES = [
    ("key", list(range(N)), "BIGINT", ("likely_key",), None),
    ("constant", [7] * N, "BIGINT", ("constant",), None),
    (
        "mostly null",
        [i / 2 if i % 3 == 0 else None for i in range(N)],
        "DOUBLE",
        ("mostly_null",),
        None,
    ),
    ("all null", [None] * N, "DOUBLE", ("all_null",), None),
    ("numbers as text", [f"{i % 50}.25" for i in range(N)], "VARCHAR", ("numbers_as_text",), None),
    (
        "ISO date",
        [f"2024-0{1 + i % 9}-1{i % 10}" for i in range(N)],
        "VARCHAR",
        ("dates_as_text",),
        "%Y-%m-%d",
    ),
    (
        "day first",
        [f"{13 + i % 15}/0{1 + i % 9}/2024" for i in range(N)],
        "VARCHAR",
        ("dates_as_text",),
        "%d/%m/%Y",
    ),
    (
        "month first",
        [f"0{1 + i % 9}/{13 + i % 15}/2024" for i in range(N)],
        "VARCHAR",
        ("dates_as_text",),
        "%m/%d/%Y",
    ),
    (
        "ISO timestamp",
        [f"2024-03-0{1 + i % 9}T10:{10 + i % 5}:00" for i in range(N)],
        "VARCHAR",
        ("dates_as_text",),
        "%Y-%m-%dT%H:%M:%S",
    ),
    ("plain text", [["red", "green", "blue"][i % 3] for i in range(N)], "VARCHAR", (), None),
    ("mixed text", [f"{i}" if i % 2 else "n/a" for i in range(N)], "VARCHAR", (), None),
]


@pytest.mark.parametrize("engine", list(ENGINES))
@pytest.mark.parametrize(
    ("case", "values", "sql_type", "flags", "fmt"), FLAG_CASES, ids=[c[0] for c in FLAG_CASES]
)
def test_flags(engine, case, values, sql_type, flags, fmt):
    run = ENGINES[engine](values, sql_type)
    col = profile_relation(run, "t", [("v", sql_type)], engine).column("v")
    assert (col.flags, col.date_format) == (flags, fmt)


@pytest.mark.parametrize(
    ("values", "fmt", "numeric"),
    [
        (["2024-01-31", "2023-12-01"], "%Y-%m-%d", False),
        (["31.01.2024", "01.12.2023"], "%d.%m.%Y", False),
        (["2024-01-31 10:00:00.123"], "%Y-%m-%d %H:%M:%S.%f", False),
        (["1e5", "-3", "+4.5", ".5"], None, True),
        (["12/31/2024", "01/01/2024"], "%m/%d/%Y", False),
        (["hello", "2024-01-01"], None, False),
        ([], None, False),
    ],
)
def test_patterns(values, fmt, numeric):
    assert date_format(values) == fmt
    assert numbers_as_text(values) is numeric


@pytest.mark.parametrize("engine", list(ENGINES))
def test_empty_table_and_all_null_columns_do_not_crash(engine):
    run = ENGINES[engine]([], "DOUBLE")
    profile = profile_relation(run, "t", [("v", "DOUBLE")], engine)
    col = profile.column("v")
    assert (profile.row_count, col.count, col.nulls, col.null_pct, col.flags) == (0, 0, 0, 0.0, ())
    assert col.inferred == "empty" and col.histogram == () and col.top_values == ()
    json.dumps(profile.to_dict())


@pytest.mark.parametrize("engine", list(ENGINES))
def test_sampling_is_labelled(engine):
    run = ENGINES[engine](list(range(5000)), "BIGINT")
    profile = profile_relation(run, "t", [("v", "BIGINT")], engine, sample=1000)
    col = profile.column("v")
    assert (profile.sampled, profile.sample_rows, profile.row_count) == (True, 1000, 5000)
    assert col.count == 1000 and sum(h[2] for h in col.histogram) == 1000
    assert (
        col.min >= 0 and col.max <= 4999 and col.max - col.min > 3000
    )  # spread, not the first rows
    unsampled = profile_relation(run, "t", [("v", "BIGINT")], engine, sample=10_000)
    assert (unsampled.sampled, unsampled.sample_rows, unsampled.row_count) == (False, None, 5000)


def test_query_relation_and_refusals():
    run = _duckdb(list(range(10)), "BIGINT")
    profile = profile_relation(
        run, "SELECT v * 2 AS w FROM t WHERE v < 5", [("w", "BIGINT")], "duckdb"
    )
    assert (profile.row_count, profile.column("w").max) == (5, 8)
    for bad in (
        "t JOIN t AS u ON true",
        "t WHERE v > 3",
        "t; DROP TABLE t",
        "SELECT 1; SELECT 2",
        "(",
    ):
        with pytest.raises(QueryRefused):
            profile_relation(run, bad, [("v", "BIGINT")], "duckdb")
    assert profile_relation(run, "t", [("v", "BIGINT")], "duckdb").row_count == 10
    with pytest.raises(QueryFailed):
        profile_relation(run, "missing_table", [("v", "BIGINT")], "duckdb")


def test_file_sandbox_reads_only_its_file(tmp_path):
    from iopsdata.profiling.files import sandboxed_connection

    path = tmp_path / "a.csv"
    path.write_text("x,y\n1,a\n2,b\n")
    (tmp_path / "secret.csv").write_text("s\n42\n")
    con = sandboxed_connection(str(path), memory_limit="200MB")
    assert con.sql(f"SELECT sum(x) FROM read_csv('{path}')").fetchall() == [(3,)]
    with pytest.raises(duckdb.Error):
        con.sql(f"SELECT * FROM read_csv('{tmp_path / 'secret.csv'}')").fetchall()
    with pytest.raises(duckdb.Error):
        con.execute("SET enable_external_access = true")
    profile = profile_file(path, "csv")
    assert isinstance(profile, Profile) and profile.column("x").mean == 1.5


@pytest.mark.parametrize(
    ("name", "fmt"), [("missing.csv", "csv"), ("a.csv", "xlsx"), ("bad.parquet", "parquet")]
)
def test_file_errors_are_plain(tmp_path, name, fmt):
    (tmp_path / "a.csv").write_text("x\n1\n")
    (tmp_path / "bad.parquet").write_text("not parquet")
    with pytest.raises(FileRejected):
        profile_file(tmp_path / name, fmt)


def test_service_modules_do_not_import_streamlit():
    import subprocess
    import sys

    code = "import sys, iopsdata.profiling, iopsdata.profiling.files; assert 'streamlit' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_duckdb_types_without_statistics_get_counts():
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE t AS SELECT [i, i] AS l, {'a': i} AS st, TIME '10:00:00' AS tm,"
        " INTERVAL (i) DAY AS iv, md5(i::VARCHAR)::UUID AS u, i::DECIMAL(10, 2) / 3 AS d FROM range(50) r(i)"
    )
    cols = [(r[0], r[1]) for r in con.execute("DESCRIBE t").fetchall()]
    profile = profile_relation(lambda q: con.sql(q).to_arrow_table(), "t", cols, "duckdb")
    kinds = {c.name: c.kind for c in profile.columns}
    assert kinds == {
        "l": "other",
        "st": "other",
        "tm": "other",
        "iv": "other",
        "u": "uuid",
        "d": "float",
    }
    assert all(c.count == 50 for c in profile.columns)
    assert "likely_key" in profile.column("u").flags
    assert profile.column("d").max == pytest.approx(49 / 3, abs=0.01)


@pytest.mark.parametrize(
    ("name", "fmt", "text"),
    [
        ("q.csv", "csv", 'id,label\n1,"a, b"\n2,"c ""d"""\n3,\n'),
        ("t.tsv", "tsv", "id\tlabel\n1\ta, b\n2\tc\n3\t\n"),
        ("s.csv", "csv", "id;label\n1;x\n2;y\n3;\n"),
    ],
)
def test_csv_dialects_are_sniffed_once_and_read_right(tmp_path, name, fmt, text):
    path = tmp_path / name
    path.write_text(text)
    profile = profile_file(path, fmt)
    assert profile.row_count == 3 and [c.name for c in profile.columns] == ["id", "label"]
    assert (profile.column("id").max, profile.column("label").nulls) == (3, 1)
    assert "auto_detect = FALSE" in profile.queries[0]  # sniffed once, before the profile
