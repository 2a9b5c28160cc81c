"""Layer 1 alone against the real engines: text the guard accepts never carries a second statement.

Each input tries to smuggle ``CREATE TABLE pwned`` past the guard with quoting, comments and
escapes. Whenever the guard accepts one, the engine runs it with multi-statement execution ON (the
weakest client setting) and the table must not exist afterwards. The engines, not sqlglot, decide
where statements end, so this is where a lexer disagreement would show.
"""

from __future__ import annotations

import contextlib
import sqlite3

import pytest

from iopsdata.errors import QueryRefused
from iopsdata.guard import check_sql

P = "CREATE TABLE pwned (a int)"
SMUGGLE = [
    f"SELECT 'x; {P}; --'",
    f"SELECT '\\'; {P}; -- '",
    f"SELECT 'a\\\\'; {P}; -- '",
    f"SELECT 'a'';{P};--'",
    f"SELECT E'\\'; {P}; --'",
    f"SELECT $$ ; {P}; $$",
    f"SELECT $a$ $$; {P}; $a$",
    f"SELECT 1 /* ; {P}; */",
    f"SELECT 1 /* /* */ ; {P}; */",
    f"SELECT 1 -- ; {P}\n",
    f"SELECT 1 --1; {P}",
    f"SELECT 1 # ; {P}\n",
    f"SELECT 1 -- x\r; {P}",
    f"SELECT 1 -- x\f; {P}",
    f"SELECT 1 -- x\v; {P}",
    f"SELECT 1 -- x\u2028; {P}",
    f'SELECT "a;{P}"',
    f"SELECT `a;{P}`",
    f"SELECT [a;{P}]",
    f"SELECT 1 /*! ; {P} */",
    f"SELECT 1 /*+ ; {P} */",
    f"SELECT U&'\\0027'; {P}; -- '",
]


def _accepted(dialect: str) -> list[str]:
    out = []
    for sql in SMUGGLE:
        try:
            check_sql(sql, dialect)
        except QueryRefused:
            continue
        out.append(sql)
    assert out, "nothing accepted: the test would prove nothing"
    return out


@pytest.mark.postgres
def test_postgres_sees_one_statement(pg_url: str) -> None:
    import psycopg

    with psycopg.connect(pg_url.replace("+psycopg", ""), autocommit=True) as conn:
        cur = psycopg.ClientCursor(conn)  # simple protocol: several statements per call run
        for sql in _accepted("postgres"):
            # Not valid PostgreSQL is fine; a second statement is not.
            with contextlib.suppress(psycopg.Error):
                cur.execute(sql)
            cur.execute("SELECT to_regclass('pwned') IS NULL")
            assert cur.fetchone() == (True,), sql
        cur.execute(f"SELECT 1; {P}")  # control: this client really runs a second statement
        cur.execute("SELECT to_regclass('pwned') IS NULL")
        assert cur.fetchone() == (False,)


@pytest.mark.mysql
@pytest.mark.parametrize("sql_mode", ["", "NO_BACKSLASH_ESCAPES", "ANSI_QUOTES"])
def test_mariadb_sees_one_statement(mysql_url: str, sql_mode: str) -> None:
    import pymysql
    from pymysql.constants import CLIENT

    db = mysql_url.rsplit("/", 1)[1]
    conn = pymysql.connect(
        host="127.0.0.1",
        user="root",
        password="",
        database=db,
        autocommit=True,
        client_flag=CLIENT.MULTI_STATEMENTS,
    )
    try:
        with conn.cursor() as cur:
            cur.execute(f"SET SESSION sql_mode = '{sql_mode}'")
            for sql in _accepted("mysql"):
                try:
                    cur.execute(sql)
                    while cur.nextset():
                        pass
                except pymysql.MySQLError:
                    pass
                # in this test's own database, where the injected CREATE would land (under
                # pytest-xdist another worker's test may hold a table of that name elsewhere)
                cur.execute(
                    "SELECT COUNT(*) FROM information_schema.tables"
                    " WHERE table_name = 'pwned' AND table_schema = DATABASE()"
                )
                assert cur.fetchone() == (0,), (sql_mode, sql)
            cur.execute(f"SELECT 1; {P}")  # control: this client really runs a second statement
            while cur.nextset():
                pass
            cur.execute(
                "SELECT COUNT(*) FROM information_schema.tables"
                " WHERE table_name = 'pwned' AND table_schema = DATABASE()"
            )
            assert cur.fetchone() == (1,)
    finally:
        conn.close()


def test_sqlite_sees_one_statement(tmp_path) -> None:
    conn = sqlite3.connect(tmp_path / "t.db")
    for sql in _accepted("sqlite"):
        with contextlib.suppress(sqlite3.Error):
            conn.executescript(sql)
        found = conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'pwned'").fetchone()
        assert found == (0,), sql
    conn.executescript(f"SELECT 1; {P}")  # control: executescript really runs a second statement
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'pwned'").fetchone() == (
        1,
    )
    conn.close()


def test_duckdb_sees_one_statement() -> None:
    import duckdb

    conn = duckdb.connect()
    for sql in _accepted("duckdb"):
        with contextlib.suppress(duckdb.Error):
            conn.execute(sql)
        found = conn.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'pwned'")
        assert found.fetchone() == (0,), sql
    conn.close()


def test_duckdb_runs_every_statement_in_one_call() -> None:
    """Guards the test above: DuckDB must really run a second statement when one is present."""
    import duckdb

    conn = duckdb.connect()
    conn.execute(f"SELECT 1; {P}")
    assert conn.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'pwned'"
    ).fetchone() == (1,)


# Denied PostgreSQL names that PostgreSQL 15 does not ship (extensions, or removed in 15).
NOT_IN_PG15 = {"pg_logdir_ls", "pg_start_backup", "pg_stop_backup"}


@pytest.mark.postgres
def test_postgres_denylist_names_are_real_functions(pg_url: str) -> None:
    """A typo in the denylist would silently let the real function through."""
    import psycopg

    from iopsdata.guard.rules import POSTGRES

    with psycopg.connect(pg_url.replace("+psycopg", "")) as conn:
        names = {row[0] for row in conn.execute("SELECT proname FROM pg_proc")}
    missing = {n for n in POSTGRES.functions if n not in names} - NOT_IN_PG15
    assert missing == set()
    for prefix in ("pg_ls_", "lo_", "pg_sleep", "pg_advisory", "pg_stat_reset", "pg_logical_"):
        assert any(n.startswith(prefix) for n in names), prefix


# DuckDB forms that read a file: (template, needs the file name to end in .csv)
DUCKDB_FILE_FORMS = [
    "SELECT count(*) FROM '{f}'",
    'SELECT count(*) FROM "{f}"',
    "SUMMARIZE '{f}'",
    "DESCRIBE '{f}'",
    "SELECT count(*) FROM read_csv('{f}')",
    "SELECT count(*) FROM read_csv_auto(['{f}'])",
    "SELECT count(*) FROM read_text('{f}')",
    "SELECT count(*) FROM read_blob('{f}')",
    "SELECT count(*) FROM glob('{f}')",
    "SELECT * FROM sniff_csv('{f}')",
]


@pytest.mark.parametrize("form", DUCKDB_FILE_FORMS)
def test_duckdb_file_forms_read_files_and_are_confined(tmp_path, form: str) -> None:
    """Each form really reads the file in DuckDB 2.0, and the guard confines it to allowed_paths."""
    import duckdb

    inside, outside = tmp_path / "files", tmp_path / "elsewhere"
    inside.mkdir()
    outside.mkdir()
    for folder in (inside, outside):
        (folder / "d.csv").write_text("a,b\n1,2\n3,4\n")
    ok = form.format(f=inside / "d.csv")
    bad = form.format(f=outside / "d.csv")
    assert duckdb.connect().execute(bad).fetchall()  # the engine reads it: the rule matters
    check_sql(ok, "duckdb", allowed_paths=[str(inside)])
    with pytest.raises(QueryRefused):
        check_sql(bad, "duckdb", allowed_paths=[str(inside)])
