"""Sample databases of every kind, with the same small schema, and helpers to watch the servers.

Shared by tests/engines (through its conftest) and tests/security/test_bypass_layers.py (by import),
so the fixtures stay local to those folders instead of becoming a global plugin.

Each ``SampleDb`` knows how to reach its database as an administrator (to build fixtures, count
running queries and snapshot state) and which options a connection of its kind needs.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from iopsdata.engines import POOL
from tests.support.context import make_context

SCHEMA = {
    "postgresql": [
        "CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL, city text)",
        "COMMENT ON TABLE customers IS 'People who buy'",
        "COMMENT ON COLUMN customers.city IS 'Home city'",
        "CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers(id), amount numeric(10,2), note text)",
        "CREATE VIEW big_orders AS SELECT * FROM orders WHERE amount > 100",
        "INSERT INTO customers SELECT g, 'name ' || g, CASE WHEN g % 2 = 0 THEN 'Paris' END FROM generate_series(1, 50) g",
        "INSERT INTO orders SELECT g, 1 + g % 50, g * 1.5, 'n%' || g FROM generate_series(1, 500) g",
    ],
    "mysql": [
        "CREATE TABLE customers (id int PRIMARY KEY, name varchar(50) NOT NULL, city varchar(50) COMMENT 'Home city') COMMENT 'People who buy'",
        "CREATE TABLE orders (id int PRIMARY KEY, customer_id int, amount decimal(10,2), note text, FOREIGN KEY (customer_id) REFERENCES customers(id))",
        "CREATE VIEW big_orders AS SELECT * FROM orders WHERE amount > 100",
        "INSERT INTO customers SELECT seq, concat('name ', seq), IF(seq % 2 = 0, 'Paris', NULL) FROM seq_1_to_50",
        "INSERT INTO orders SELECT seq, 1 + seq % 50, seq * 1.5, concat('n%', seq) FROM seq_1_to_500",
    ],
    "sqlite": [
        "CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL, city text)",
        "CREATE TABLE orders (id integer PRIMARY KEY, customer_id int REFERENCES customers(id), amount real, note text)",
        "CREATE VIEW big_orders AS SELECT * FROM orders WHERE amount > 100",
        "WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < 50) INSERT INTO customers SELECT n, 'name ' || n, CASE WHEN n % 2 = 0 THEN 'Paris' END FROM g",
        "WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < 500) INSERT INTO orders SELECT n, 1 + n % 50, n * 1.5, 'n%' || n FROM g",
    ],
    "duckdb": [
        "CREATE TABLE customers (id int PRIMARY KEY, name varchar NOT NULL, city varchar)",
        "COMMENT ON TABLE customers IS 'People who buy'",
        "COMMENT ON COLUMN customers.city IS 'Home city'",
        "CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers(id), amount decimal(10,2), note varchar)",
        "CREATE VIEW big_orders AS SELECT * FROM orders WHERE amount > 100",
        "INSERT INTO customers SELECT g, 'name ' || g, CASE WHEN g % 2 = 0 THEN 'Paris' END FROM range(1, 51) t(g)",
        "INSERT INTO orders SELECT g, 1 + g % 50, g * 1.5, 'n%' || g FROM range(1, 501) t(g)",
    ],
}

# A benign statement that runs for minutes: the timeout/cancel tests stop it after a second or two.
LONG_QUERY = {
    "postgresql": "SELECT count(*) FROM generate_series(1, 100000) a CROSS JOIN generate_series(1, 100000) b",
    "mysql": "SELECT count(*) FROM seq_1_to_100000 a, seq_1_to_100000 b WHERE a.seq + b.seq > 3",
    "sqlite": "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r",
    "duckdb": "SELECT count(*) FROM range(100000000000) t(x) WHERE x % 7 = 3",
}
KINDS = tuple(SCHEMA)


@dataclass
class SampleDb:
    kind: str
    options: dict[str, Any]
    admin: Callable[[str], list[tuple]]  # run SQL as an administrator, return rows
    active: Callable[[str], int]  # how many server statements containing the marker are running

    def snapshot(self) -> list[tuple]:
        """Tables with row counts and an order-independent checksum of their rows."""
        if self.kind == "postgresql":
            tables = [
                r[0]
                for r in self.admin(
                    "SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND relkind IN ('r','v') ORDER BY 1"
                )
            ]
            return [
                (
                    t,
                    *self.admin(
                        f'SELECT count(*), coalesce(sum(hashtext(x::text)::bigint), 0) FROM "{t}" x'
                    )[0],
                )
                for t in tables
            ]
        if self.kind == "mysql":
            tables = [
                r[0]
                for r in self.admin(
                    "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1"
                )
            ]
            out = []
            for t in tables:
                cols = [
                    r[0]
                    for r in self.admin(
                        f"SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '{t}'"
                    )
                ]
                concat = ", ".join(f"coalesce(`{c}`, '')" for c in cols)
                out.append(
                    (
                        t,
                        *self.admin(
                            f"SELECT count(*), coalesce(sum(crc32(concat_ws('|', {concat}))), 0) FROM `{t}`"
                        )[0],
                    )
                )
            return out
        if self.kind == "sqlite":
            rows = self.admin("SELECT type, name, sql FROM sqlite_master ORDER BY name")
            return rows + [
                (r[1], self.admin(f'SELECT * FROM "{r[1]}" ORDER BY 1'))
                for r in rows
                if r[0] == "table"
            ]
        rows = self.admin("SELECT table_name FROM information_schema.tables ORDER BY 1")
        return rows + [(r[0], self.admin(f'SELECT * FROM "{r[0]}" ORDER BY ALL')) for r in rows]


def wait_until(check: Callable[[], bool], seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return check()


def _pg_sample(pg_url: str) -> SampleDb:
    import psycopg

    dsn = pg_url.replace("postgresql+psycopg://", "postgresql://")
    dbname = dsn.rsplit("/", 1)[1]
    with psycopg.connect(dsn, autocommit=True) as c:
        for stmt in SCHEMA["postgresql"]:
            c.execute(stmt)
        c.execute("ANALYZE")

    def admin(sql: str) -> list[tuple]:
        with psycopg.connect(dsn, autocommit=True) as c:
            cur = c.execute(sql)
            return cur.fetchall() if cur.description else []

    def active(marker: str) -> int:
        rows = admin(
            f"SELECT count(*) FROM pg_stat_activity WHERE datname = '{dbname}' AND state = 'active' AND query LIKE '%{marker}%' AND pid <> pg_backend_pid()"
        )
        return int(rows[0][0])

    opts = {"host": "127.0.0.1", "port": 5432, "database": dbname, "user": "postgres"}
    return SampleDb("postgresql", opts, admin, active)


def _mysql_sample(mysql_url: str) -> SampleDb:
    import pymysql

    dbname = mysql_url.rsplit("/", 1)[1]

    def connect() -> Any:
        return pymysql.connect(host="127.0.0.1", user="root", database=dbname, autocommit=True)

    c = connect()
    with c.cursor() as cur:
        for stmt in SCHEMA["mysql"]:
            cur.execute(stmt)
    c.close()

    def admin(sql: str) -> list[tuple]:
        c = connect()
        try:
            with c.cursor() as cur:
                cur.execute(sql)
                return list(cur.fetchall()) if cur.description else []
        finally:
            c.close()

    def active(marker: str) -> int:
        rows = admin(
            f"SELECT count(*) FROM information_schema.PROCESSLIST WHERE COMMAND = 'Query' AND INFO LIKE '%{marker}%' AND ID <> CONNECTION_ID()"
        )
        return int(rows[0][0])

    opts = {"host": "127.0.0.1", "port": 3306, "database": dbname, "user": "root"}
    return SampleDb("mysql", opts, admin, active)


def _sqlite_sample(tmp_path: Path) -> SampleDb:
    path = tmp_path / "sample.sqlite"
    c = sqlite3.connect(path)
    for stmt in SCHEMA["sqlite"]:
        c.execute(stmt)
    c.commit()
    c.close()

    def admin(sql: str) -> list[tuple]:
        c = sqlite3.connect(path)
        try:
            return c.execute(sql).fetchall()
        finally:
            c.close()

    return SampleDb("sqlite", {"path": str(path)}, admin, lambda marker: 0)


def _duckdb_sample(tmp_path: Path) -> SampleDb:
    import duckdb

    path = tmp_path / "sample.duckdb"
    with duckdb.connect(str(path)) as c:
        for stmt in SCHEMA["duckdb"]:
            c.execute(stmt)

    def admin(sql: str) -> list[tuple]:
        # DuckDB refuses a second instance of an open file with another configuration:
        # call this before the engine opens the file or after POOL.close_all()
        with duckdb.connect(str(path), read_only=True) as c:
            return c.execute(sql).fetchall()

    return SampleDb("duckdb", {"path": str(path)}, admin, lambda marker: 0)


@pytest.fixture
def sample_factory(tmp_path, request) -> Callable[[str], SampleDb]:
    def make(kind: str) -> SampleDb:
        if kind == "postgresql":
            return _pg_sample(request.getfixturevalue("pg_url"))
        if kind == "mysql":
            return _mysql_sample(request.getfixturevalue("mysql_url"))
        if kind == "sqlite":
            return _sqlite_sample(tmp_path)
        return _duckdb_sample(tmp_path)

    return make


@pytest.fixture(params=KINDS)
def sample(request, sample_factory) -> SampleDb:
    return sample_factory(request.param)


@pytest.fixture
def ctx(tmp_path):
    return make_context(tmp_path)


@pytest.fixture(autouse=True)
def _close_engines() -> Iterator[None]:
    yield
    POOL.close_all()
