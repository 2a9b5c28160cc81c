"""What the guard lets through: the benign corpus, verdict fields, writes and workspace files."""

from __future__ import annotations

import pytest

from iopsdata.errors import QueryRefused
from iopsdata.guard import check_sql
from iopsdata.guard.rules import DUCKDB, MYSQL, POSTGRES, SQLITE
from tests.security.benign_corpus import BENIGN


def test_benign_corpus_is_accepted() -> None:
    refused = []
    for dialect, sql in BENIGN:
        try:
            check_sql(sql, dialect)
        except QueryRefused as exc:
            refused.append((dialect, sql, exc.message))
    for item in refused:
        print("REFUSED", *item)
    assert len(BENIGN) >= 120
    assert {d for d, _ in BENIGN} == {"postgres", "mysql", "sqlite", "duckdb"}
    assert len(refused) <= len(BENIGN) // 100, refused


# (dialect, sql, kind, is_write, tables)
VERDICTS = [
    (
        "postgres",
        "SELECT * FROM s.orders o JOIN customers c ON o.cid = c.id",
        "select",
        False,
        ("s.orders", "customers"),
    ),
    ("postgres", "WITH t AS (SELECT * FROM orders) SELECT * FROM t", "select", False, ("orders",)),
    ("postgres", "EXPLAIN SELECT * FROM orders", "explain", False, ("orders",)),
    ("postgres", "SHOW search_path", "show", False, ()),
    ("mysql", "DESCRIBE orders", "describe", False, ("orders",)),
    ("mysql", "EXPLAIN orders", "describe", False, ("orders",)),
    ("mysql", "SHOW TABLES", "show", False, ()),
    ("sqlite", "PRAGMA table_info(orders)", "pragma", False, ()),
    ("sqlite", "EXPLAIN QUERY PLAN SELECT * FROM orders", "explain", False, ("orders",)),
    ("duckdb", "SUMMARIZE orders", "summarize", False, ("orders",)),
    ("duckdb", "FROM orders", "select", False, ("orders",)),
    ("postgres", "VALUES (1)", "select", False, ()),
    ("postgres", "SELECT 1; ;", "select", False, ()),
]


@pytest.mark.parametrize(("dialect", "sql", "kind", "is_write", "tables"), VERDICTS)
def test_verdict_fields(dialect: str, sql: str, kind: str, is_write: bool, tables: tuple) -> None:
    verdict = check_sql(sql, dialect)
    assert (verdict.kind, verdict.is_write, verdict.tables) == (kind, is_write, tables)


# (dialect, sql, kind) — allowed only with allow_writes=True
WRITES = [
    ("postgres", "INSERT INTO t VALUES (1)", "insert"),
    ("postgres", "UPDATE t SET a = 1 WHERE id = 2", "update"),
    ("postgres", "DELETE FROM t WHERE id = 2", "delete"),
    (
        "postgres",
        "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET a = s.a",
        "merge",
    ),
    ("postgres", "CREATE TABLE t2 AS SELECT * FROM t", "create"),
    ("postgres", "CREATE VIEW v AS SELECT 1", "create"),
    ("postgres", "CREATE INDEX i ON t (a)", "create"),
    ("postgres", "DROP TABLE t2", "drop"),
    ("postgres", "ALTER TABLE t ADD COLUMN b int", "alter"),
    ("mysql", "INSERT INTO t (a) VALUES (1)", "insert"),
    ("sqlite", "DELETE FROM t", "delete"),
    ("duckdb", "CREATE TABLE t AS SELECT 1 AS a", "create"),
    ("postgres", "WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d", "select"),
]


@pytest.mark.parametrize(("dialect", "sql", "kind"), WRITES)
def test_writes_need_opt_in(dialect: str, sql: str, kind: str) -> None:
    with pytest.raises(QueryRefused, match="read-only"):
        check_sql(sql, dialect)
    verdict = check_sql(sql, dialect, allow_writes=True)
    assert (verdict.kind, verdict.is_write) == (kind, True)


# Still refused with writes allowed: (dialect, sql, reason)
NEVER = [
    ("postgres", "SELECT 1; DELETE FROM t", "one statement"),
    ("postgres", "INSERT INTO t SELECT pg_read_file('/etc/passwd')", "pg_read_file"),
    ("postgres", "CREATE FUNCTION f() RETURNS int AS 'select 1' LANGUAGE sql", "CREATE FUNCTION"),
    ("postgres", "CREATE EXTENSION dblink", "not understand"),
    ("postgres", "DROP FUNCTION f", "DROP FUNCTION"),
    ("postgres", "COPY t FROM '/etc/passwd'", "COPY"),
    ("postgres", "SELECT * INTO t2 FROM t", "INTO"),
    ("postgres", "EXPLAIN ANALYZE INSERT INTO t VALUES (1)", "EXPLAIN ANALYZE"),
    ("duckdb", "CREATE TABLE x AS FROM read_csv('/etc/passwd')", "read_csv"),
    ("duckdb", "CREATE MACRO m(a) AS a", "CREATE MACRO"),
    ("sqlite", "ATTACH 'x.db' AS x", "ATTACH"),
    ("mysql", "INSERT INTO t SELECT LOAD_FILE('/etc/passwd')", "LOAD_FILE"),
    ("postgres", "COMMIT", "Transaction control"),
]


@pytest.mark.parametrize(("dialect", "sql", "reason"), NEVER)
def test_never_allowed_even_with_writes(dialect: str, sql: str, reason: str) -> None:
    with pytest.raises(QueryRefused) as info:
        check_sql(sql, dialect, allow_writes=True)
    assert reason.lower() in info.value.message.lower(), info.value.message


def test_locking_is_allowed_only_with_writes() -> None:
    with pytest.raises(QueryRefused, match="FOR UPDATE"):
        check_sql("SELECT * FROM t FOR UPDATE", "postgres")
    assert not check_sql("SELECT * FROM t FOR UPDATE", "postgres", allow_writes=True).is_write


# DuckDB file readers: (sql, accepted?) with the workspace folder as the only allowed path.
PATHS = [
    ("SELECT * FROM read_csv('{root}/a.csv')", True),
    ("SELECT * FROM read_parquet(['{root}/a.parquet', '{root}/sub/b.parquet'])", True),
    ("SELECT * FROM read_json_auto('{root}/*.json')", True),
    ("SELECT * FROM '{root}/a.csv'", True),
    ("SELECT * FROM read_csv('{root}/../outside.csv')", False),
    ("SELECT * FROM read_csv('{root}x/a.csv')", False),
    ("SELECT * FROM read_csv('{root}/link/secret.csv')", False),
    ("SELECT * FROM read_parquet(['{root}/a.parquet', '/etc/b.parquet'])", False),
    ("SELECT * FROM read_csv('{root}/[ab].csv')", False),
    ("SELECT * FROM read_csv('file://{root}/a.csv')", False),
    ("SELECT * FROM '{root}/../x.csv'", False),
]


@pytest.mark.parametrize(("sql", "accepted"), PATHS)
def test_duckdb_paths_stay_inside_allowed_folders(tmp_path, sql: str, accepted: bool) -> None:
    root = tmp_path / "files"
    root.mkdir()
    (root / "link").symlink_to(tmp_path)  # a symlink out of the folder must not count as inside
    text = sql.format(root=root)
    if accepted:
        assert check_sql(text, "duckdb", allowed_paths=[str(root)]).kind == "select"
    else:
        with pytest.raises(QueryRefused):
            check_sql(text, "duckdb", allowed_paths=[str(root)])


def _denied(rules) -> list[tuple[str, str]]:
    names = list(rules.functions) + [prefix + "x" for prefix in rules.prefixes]
    return [(rules.family, name) for name in names]


DENIED = _denied(POSTGRES) + _denied(MYSQL) + _denied(SQLITE) + _denied(DUCKDB)


@pytest.mark.parametrize(("dialect", "name"), DENIED)
@pytest.mark.parametrize(
    "shape", ["SELECT {f}('a')", "SELECT * FROM {f}('a')", "SELECT {F}('a', 1)"]
)
def test_every_denied_function_is_refused(dialect: str, name: str, shape: str) -> None:
    with pytest.raises(QueryRefused, match="not allowed"):
        check_sql(shape.format(f=name, F=name.upper()), dialect)


@pytest.mark.parametrize("name", sorted(DUCKDB.path_functions))
def test_every_duckdb_file_reader_is_checked(name: str) -> None:
    with pytest.raises(QueryRefused):
        check_sql(f"SELECT * FROM {name}('/etc/passwd')", "duckdb", allowed_paths=["/srv/files"])


def test_generic_dialect_applies_every_denylist() -> None:
    for sql in ("SELECT pg_read_file('x')", "SELECT load_file('x')", "SELECT xp_cmdshell('dir')"):
        with pytest.raises(QueryRefused):
            check_sql(sql, "tsql")
    assert check_sql("SELECT TOP 5 * FROM t", "tsql").kind == "select"
