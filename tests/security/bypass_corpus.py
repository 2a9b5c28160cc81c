"""Bypass attempts against the read-only model, per engine (data only).

``{dir}`` is replaced by a fresh folder that every database server can write into; the test asserts
that no file appears there and that nothing in the database changes. Sources: FACTS.md, DESIGN §6,
and the classic tricks of each engine (hidden COMMIT, executable comments, file I/O, sandboxes).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Attempt:
    name: str
    sql: str


POSTGRESQL = (
    Attempt("delete", "DELETE FROM orders"),
    Attempt("update", "UPDATE orders SET amount = 0"),
    Attempt("insert", "INSERT INTO customers VALUES (999, 'x', 'y')"),
    Attempt("drop table", "DROP TABLE orders CASCADE"),
    Attempt("create table", "CREATE TABLE pwned (x int)"),
    Attempt("truncate", "TRUNCATE orders CASCADE"),
    Attempt("alter table", "ALTER TABLE orders ADD COLUMN pwned int"),
    Attempt("hidden commit", "SELECT 1; COMMIT; DELETE FROM orders"),
    Attempt("commit after literal", "SELECT $$;$$; COMMIT; DELETE FROM orders; --"),
    Attempt("begin read write", "BEGIN READ WRITE; DELETE FROM orders; COMMIT"),
    Attempt("set transaction read write", "SET TRANSACTION READ WRITE; DELETE FROM orders"),
    Attempt(
        "set_config read only off",
        "SELECT set_config('default_transaction_read_only', 'off', false)",
    ),
    Attempt(
        "set_config in cte",
        "WITH s AS (SELECT set_config('transaction_read_only', 'off', true)) DELETE FROM orders",
    ),
    Attempt("copy to program", "COPY (SELECT 1) TO PROGRAM 'touch {dir}/program'"),
    Attempt("copy to file", "COPY orders TO '{dir}/orders.csv'"),
    Attempt("lo_import", "SELECT lo_import('/etc/hostname')"),
    Attempt("pg_read_file", "SELECT pg_read_file('/etc/passwd')"),
    Attempt("unicode escaped function", "SELECT U&\"\\0070g_read_file\"('/etc/passwd')"),
    Attempt(
        "data-modifying cte", "WITH d AS (DELETE FROM orders RETURNING *) SELECT count(*) FROM d"
    ),
    Attempt("select into", "SELECT * INTO pwned_copy FROM orders"),
    Attempt("explain analyze delete", "EXPLAIN ANALYZE DELETE FROM orders"),
    Attempt("do block", "DO $$ BEGIN DELETE FROM orders; END $$"),
    Attempt("create role", "CREATE ROLE pwned SUPERUSER LOGIN"),
    Attempt("grant", "GRANT ALL ON orders TO PUBLIC"),
    Attempt("locking clause", "SELECT * FROM orders FOR UPDATE"),
    Attempt("vacuum", "VACUUM FULL orders"),
)

MYSQL = (
    Attempt("delete", "DELETE FROM orders"),
    Attempt("update", "UPDATE orders SET amount = 0"),
    Attempt("insert", "INSERT INTO customers VALUES (999, 'x', 'y')"),
    Attempt("replace", "REPLACE INTO customers VALUES (1, 'x', 'y')"),
    Attempt("drop table", "DROP TABLE orders"),
    Attempt("create table", "CREATE TABLE pwned (x int)"),
    Attempt("truncate", "TRUNCATE TABLE orders"),
    Attempt("alter table", "ALTER TABLE orders ADD pwned int"),
    Attempt("second statement", "SELECT 1; DELETE FROM orders"),
    Attempt("into outfile", "SELECT * FROM orders INTO OUTFILE '{dir}/outfile.txt'"),
    Attempt("versioned comment outfile", "SELECT 1 /*!50000 INTO OUTFILE '{dir}/versioned.txt' */"),
    Attempt("executable comment delete", "/*!40101 DELETE FROM orders */"),
    Attempt("into dumpfile", "SELECT 'x' INTO DUMPFILE '{dir}/dump.bin'"),
    Attempt("load data local", "LOAD DATA LOCAL INFILE '/etc/hostname' INTO TABLE customers"),
    Attempt("load data", "LOAD DATA INFILE '/etc/hostname' INTO TABLE customers"),
    Attempt("load_file", "SELECT LOAD_FILE('/etc/passwd')"),
    Attempt("set transaction read write", "SET TRANSACTION READ WRITE"),
    Attempt("analyze delete", "ANALYZE DELETE FROM orders"),
    Attempt("create user", "CREATE USER 'pwned'@'%'"),
    Attempt("grant", "GRANT ALL ON *.* TO CURRENT_USER"),
    Attempt("locking clause", "SELECT * FROM orders FOR UPDATE"),
    Attempt("commit", "COMMIT"),
)

SQLITE = (
    Attempt("delete", "DELETE FROM orders"),
    Attempt("update", "UPDATE orders SET amount = 0"),
    Attempt("insert", "INSERT INTO customers VALUES (999, 'x', 'y')"),
    Attempt("replace", "REPLACE INTO customers VALUES (1, 'x', 'y')"),
    Attempt("drop table", "DROP TABLE orders"),
    Attempt("create table", "CREATE TABLE pwned (x)"),
    Attempt("create temp table", "CREATE TEMP TABLE pwned (x)"),
    Attempt("alter table", "ALTER TABLE orders ADD COLUMN pwned int"),
    Attempt("second statement", "SELECT 1; DELETE FROM orders"),
    Attempt("cte delete", "WITH d AS (SELECT 1) DELETE FROM orders"),
    Attempt("attach new file", "ATTACH DATABASE '{dir}/attached.db' AS pwn"),
    Attempt("vacuum into", "VACUUM INTO '{dir}/copy.db'"),
    Attempt("vacuum", "VACUUM"),
    Attempt("pragma write", "PRAGMA user_version = 7"),
    Attempt("writable schema", "PRAGMA writable_schema = ON"),
    Attempt("load_extension", "SELECT load_extension('{dir}/evil.so')"),
    Attempt("analyze", "ANALYZE"),
    Attempt("reindex", "REINDEX"),
    Attempt("begin immediate", "BEGIN IMMEDIATE"),
)

DUCKDB = (
    Attempt("delete", "DELETE FROM orders"),
    Attempt("update", "UPDATE orders SET amount = 0"),
    Attempt("insert", "INSERT INTO customers VALUES (999, 'x', 'y')"),
    Attempt("drop table", "DROP TABLE orders"),
    Attempt("create table as", "CREATE TABLE pwned AS SELECT 1 AS x"),
    Attempt("create macro", "CREATE MACRO pwned() AS 1"),
    Attempt("alter table", "ALTER TABLE orders ADD COLUMN pwned int"),
    Attempt("second statement", "SELECT 1; DELETE FROM orders"),
    Attempt("copy to", "COPY orders TO '{dir}/orders.csv'"),
    Attempt("export database", "EXPORT DATABASE '{dir}/export'"),
    Attempt("attach", "ATTACH '{dir}/new.duckdb' AS pwn"),
    Attempt("install", "INSTALL httpfs"),
    Attempt("load", "LOAD httpfs"),
    Attempt("read_csv passwd", "SELECT * FROM read_csv('/etc/passwd')"),
    Attempt("file as table", "SELECT * FROM '/etc/passwd'"),
    Attempt("glob", "SELECT * FROM glob('/etc/*')"),
    Attempt("enable external access", "SET enable_external_access = true"),
    Attempt("unlock configuration", "SET lock_configuration = false"),
    Attempt("checkpoint", "CHECKPOINT"),
    Attempt("python replacement scan", "SELECT * FROM os_environ_frame"),
)

CORPUS: dict[str, tuple[Attempt, ...]] = {
    "postgresql": POSTGRESQL,
    "mysql": MYSQL,
    "sqlite": SQLITE,
    "duckdb": DUCKDB,
}
DIALECT = {"postgresql": "postgres", "mysql": "mysql", "sqlite": "sqlite", "duckdb": "duckdb"}
