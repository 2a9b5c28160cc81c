"""Bypass attempts against the read-only model, per engine (data only).

``{dir}`` is replaced by a fresh folder that every database server can write into, ``{victim}`` by the
id of another (superuser) session the attempt tries to stop; the tests assert that no file appears,
the victim lives on and nothing in the database changes. Sources: FACTS.md, DESIGN §6, the classic
tricks of each engine (hidden COMMIT, executable comments, file I/O, sandboxes), and for issue 8 the
public advisories for SQL tools listed in ``ADVISORIES`` (each attempt names its ``source``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Attempt:
    """One bypass attempt; ``source`` names the advisory or write-up it comes from (ADVISORIES)."""

    name: str
    sql: str
    source: str = ""


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
    # -- issue 8: drawn from public advisories for SQL tools (see ADVISORIES) --------------------
    # Superset CVE-2024-39887: PostgreSQL functions that run SQL given as text were not disallowed.
    Attempt(
        "query_to_xml runs a delete",
        "SELECT query_to_xml('DELETE FROM orders RETURNING 1', true, false, '')",
        "CVE-2024-39887",
    ),
    Attempt(
        "query_to_xml_and_xmlschema inserts",
        "SELECT * FROM query_to_xml_and_xmlschema("
        "'INSERT INTO customers VALUES (999, ''x'', ''y'') RETURNING 1', true, false, '')",
        "CVE-2024-39887",
    ),
    Attempt(
        "query_to_xmlschema in a subquery",
        "SELECT (SELECT query_to_xmlschema('UPDATE orders SET amount = 0 RETURNING 1', "
        "true, false, ''))",
        "CVE-2024-39887",
    ),
    Attempt("cursor_to_xml", "SELECT cursor_to_xml('c', 10, false, false, '')", "CVE-2024-39887"),
    # Superset CVE-2024-55633 / CVE-2026-23984: statements judged read-only that switch the
    # transaction to read-write or smuggle DML past a keyword check.
    Attempt("set transaction_read_only off", "SET transaction_read_only = off", "CVE-2024-55633"),
    Attempt(
        "session characteristics read write",
        "SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE",
        "CVE-2024-55633",
    ),
    Attempt(
        "schema-qualified set_config",
        "SELECT pg_catalog.set_config('transaction_read_only', 'off', true)",
        "CVE-2024-55633",
    ),
    Attempt(
        "quoted set_config in a subquery",
        "SELECT (SELECT \"set_config\"('transaction_read_only', 'off', true))",
        "CVE-2024-55633",
    ),
    Attempt("rollback then delete", "ROLLBACK; DELETE FROM orders", "CVE-2024-55633"),
    Attempt(
        "update in a data-modifying cte",
        "WITH d AS (UPDATE orders SET amount = 0 RETURNING id) SELECT count(*) FROM d",
        "CVE-2023-40610",
    ),
    Attempt(
        "explain analyze with options",
        "EXPLAIN (ANALYZE true, FORMAT JSON) DELETE FROM orders",
        "CVE-2026-23984",
    ),
    Attempt("explain quoted analyze", 'EXPLAIN ("analyze") DELETE FROM orders', "CVE-2026-23984"),
    Attempt(
        "unicode identifier with uescape",
        "SELECT U&\"!0070g_read_file\" UESCAPE '!' ('/etc/passwd')",
        "CVE-2026-23984",
    ),
    Attempt(
        "escape-string hidden statement",
        "SELECT E'\\''; DELETE FROM orders; --'",
        "CVE-2026-23984",
    ),
    Attempt(
        "nested comment hidden statement",
        "SELECT 1 /* /* */ ; DELETE FROM orders; /* */",
        "CVE-2026-23984",
    ),
    Attempt("select into temp", "SELECT * INTO TEMP pwned FROM orders", "CVE-2026-23984"),
    # PostgreSQL server-side escape hatches (CVE-2019-9193 and the superuser function set).
    Attempt(
        "copy from program", "COPY orders FROM PROGRAM 'touch {dir}/from_program'", "CVE-2019-9193"
    ),
    Attempt(
        "dblink_exec",
        "SELECT dblink_exec('dbname=postgres', 'CREATE TABLE pwned (x int)')",
        "PostgreSQL superuser functions",
    ),
    Attempt("lo_create", "SELECT lo_create(0)", "PostgreSQL superuser functions"),
    Attempt(
        "lo_export",
        "SELECT lo_export(lo_create(0), '{dir}/lo.bin')",
        "PostgreSQL superuser functions",
    ),
    Attempt(
        "pg_read_binary_file",
        "SELECT pg_read_binary_file('/etc/passwd')",
        "PostgreSQL superuser functions",
    ),
    Attempt("pg_ls_dir", "SELECT * FROM pg_ls_dir('/')", "PostgreSQL superuser functions"),
    Attempt("pg_stat_file", "SELECT pg_stat_file('/etc/passwd')", "PostgreSQL superuser functions"),
    Attempt("call procedure", "CALL pwned_proc()", "PostgreSQL superuser functions"),
    Attempt("prepare delete", "PREPARE p AS DELETE FROM orders", "PostgreSQL superuser functions"),
    Attempt(
        "prepare and execute",
        "PREPARE p AS DELETE FROM orders; EXECUTE p",
        "PostgreSQL superuser functions",
    ),
    Attempt("notify", "NOTIFY iops_escape, 'x'", "PostgreSQL superuser functions"),
    Attempt("pg_notify", "SELECT pg_notify('iops_escape', 'x')", "PostgreSQL superuser functions"),
    Attempt("listen", "LISTEN iops_escape", "PostgreSQL superuser functions"),
    Attempt("pg_sleep", "SELECT pg_sleep(60)", "PayloadsAllTheThings"),
    Attempt(
        "pg_sleep in exists", "SELECT 1 WHERE EXISTS (SELECT pg_sleep(60))", "PayloadsAllTheThings"
    ),
    Attempt(
        "terminate another session",
        "SELECT pg_terminate_backend({victim})",
        "PostgreSQL superuser functions",
    ),
    Attempt(
        "cancel another session",
        "SELECT pg_cancel_backend({victim})",
        "PostgreSQL superuser functions",
    ),
    Attempt("pg_reload_conf", "SELECT pg_reload_conf()", "PostgreSQL superuser functions"),
    Attempt("advisory lock", "SELECT pg_advisory_lock(42)", "PostgreSQL superuser functions"),
    Attempt("nextval", "SELECT nextval('iops_seq')", "PostgreSQL superuser functions"),
    Attempt("setval", "SELECT setval('iops_seq', 1000)", "PostgreSQL superuser functions"),
    Attempt("txid_current", "SELECT txid_current()", "PostgreSQL superuser functions"),
    Attempt("pg_stat_reset", "SELECT pg_stat_reset()", "PostgreSQL superuser functions"),
    Attempt(
        "set_config search_path",
        "SELECT set_config('search_path', 'pwned, public', false)",
        "CVE-2018-1058",
    ),
    Attempt("set role", "SET ROLE postgres", "CVE-2018-1058"),
    Attempt(
        "alter system", "ALTER SYSTEM SET log_statement = 'none'", "PostgreSQL superuser functions"
    ),
    Attempt("create extension", "CREATE EXTENSION dblink", "PostgreSQL superuser functions"),
    Attempt(
        "lock table", "LOCK TABLE orders IN ACCESS EXCLUSIVE MODE", "PostgreSQL superuser functions"
    ),
    Attempt("for no key update", "SELECT * FROM orders FOR NO KEY UPDATE", "CVE-2026-23984"),
    Attempt("declare cursor", "DECLARE c CURSOR FOR SELECT * FROM orders", "CVE-2026-23984"),
    # -- guard issue: functions outside the old denylist (now refused by the catalog allowlist) --
    Attempt(
        "ts_stat reads a server file",
        "SELECT word FROM ts_stat($$SELECT array_to_tsvector(string_to_array("
        "pg_read_file('/etc/passwd'), E'\\n'))$$)",
        "CVE-2024-39887",
    ),
    Attempt(
        "ts_stat runs a delete",
        "SELECT * FROM ts_stat($$WITH d AS (DELETE FROM orders RETURNING 1) "
        "SELECT 'a'::tsvector FROM d$$)",
        "CVE-2024-39887",
    ),
    Attempt(
        "ts_rewrite runs text",
        "SELECT ts_rewrite('a'::tsquery, $$SELECT 'a'::tsquery, 'b'::tsquery$$)",
        "CVE-2024-39887",
    ),
    Attempt(
        "qualified terminate",
        "SELECT pg_catalog.pg_terminate_backend({victim})",
        "PostgreSQL superuser functions",
    ),
    Attempt("list wal dir", "SELECT * FROM pg_ls_waldir()", "PostgreSQL superuser functions"),
    Attempt(
        "shared advisory lock",
        "SELECT pg_try_advisory_lock_shared(42)",
        "PostgreSQL superuser functions",
    ),
    Attempt("pg_sleep_for", "SELECT pg_sleep_for('60 seconds')", "PayloadsAllTheThings"),
    Attempt(
        "brin summarize",
        "SELECT brin_summarize_new_values('iops_brin')",
        "PostgreSQL superuser functions",
    ),
    Attempt(
        "brin desummarize",
        "SELECT brin_desummarize_range('iops_brin', 0)",
        "PostgreSQL superuser functions",
    ),
    Attempt(
        "gin clean pending list",
        "SELECT gin_clean_pending_list('iops_gin')",
        "PostgreSQL superuser functions",
    ),
    Attempt("export snapshot", "SELECT pg_export_snapshot()", "PostgreSQL superuser functions"),
    Attempt("user-schema function", "SELECT public.pwned_fn()", "PostgreSQL superuser functions"),
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
    # -- issue 8: drawn from public advisories for SQL tools (see ADVISORIES) --------------------
    # MariaDB-only executable comments and server-mode differentials.
    Attempt(
        "mariadb executable comment", "/*M!100000 DELETE FROM orders */", "MariaDB comment syntax"
    ),
    Attempt("versioned drop", "/*!50000 DROP TABLE orders*/", "MariaDB comment syntax"),
    Attempt(
        "backslash-mode hidden statement",
        "SELECT 'a\\'; DELETE FROM orders; -- '",
        "MariaDB comment syntax",
    ),
    Attempt(
        "nested comment hidden statement",
        "SELECT 1 /* /* */ ; DELETE FROM orders; -- */",
        "MariaDB comment syntax",
    ),
    Attempt(
        "double dash without space", "SELECT 1 --1; DELETE FROM orders", "MariaDB comment syntax"
    ),
    Attempt("hash comment newline", "SELECT 1 #x\n; DELETE FROM orders", "MariaDB comment syntax"),
    # File access (Adminer CVE-2021-43008, phpMyAdmin CVE-2019-6799: LOAD DATA LOCAL reads).
    Attempt(
        "load xml local",
        "LOAD XML LOCAL INFILE '/etc/passwd' INTO TABLE customers",
        "CVE-2021-43008",
    ),
    Attempt("set global local_infile", "SET GLOBAL local_infile = 1", "CVE-2019-6799"),
    Attempt(
        "load_file hex path", "SELECT LOAD_FILE(0x2f6574632f706173737764)", "PayloadsAllTheThings"
    ),
    Attempt(
        "load_file built path",
        "SELECT load_file(concat('/etc', '/passwd'))",
        "PayloadsAllTheThings",
    ),
    Attempt(
        "union into outfile",
        "SELECT 1 UNION SELECT 2 INTO OUTFILE '{dir}/union.txt'",
        "PayloadsAllTheThings",
    ),
    Attempt(
        "into comment outfile",
        "SELECT 1 INTO/**/OUTFILE '{dir}/comment.txt'",
        "PayloadsAllTheThings",
    ),
    Attempt(
        "select into variable", "SELECT id INTO @pwned FROM orders LIMIT 1", "PayloadsAllTheThings"
    ),
    # Sessions, locks, delays (Metabase/Redash/Grafana read-only data-source write-ups).
    Attempt(
        "set session read only off",
        "SET @@session.transaction_read_only = 0",
        "CVE-2024-55633",
    ),
    Attempt("session read write", "SET SESSION TRANSACTION READ WRITE", "CVE-2024-55633"),
    Attempt(
        "set statement for delete",
        "SET STATEMENT max_statement_time=0 FOR DELETE FROM orders",
        "MariaDB comment syntax",
    ),
    Attempt("handler open", "HANDLER orders OPEN", "PayloadsAllTheThings"),
    Attempt("handler read", "HANDLER orders READ FIRST", "PayloadsAllTheThings"),
    Attempt("do sleep", "DO SLEEP(60)", "PayloadsAllTheThings"),
    Attempt("sleep", "SELECT SLEEP(60)", "PayloadsAllTheThings"),
    Attempt("benchmark", "SELECT BENCHMARK(100000000, MD5('x'))", "PayloadsAllTheThings"),
    Attempt("get_lock", "SELECT GET_LOCK('iops_escape_corpus', 0)", "PayloadsAllTheThings"),
    Attempt("do get_lock", "DO GET_LOCK('iops_escape_corpus', 0)", "PayloadsAllTheThings"),
    Attempt(
        "lock in share mode", "SELECT * FROM orders LOCK IN SHARE MODE", "PayloadsAllTheThings"
    ),
    Attempt("for update nowait", "SELECT * FROM orders FOR UPDATE NOWAIT", "PayloadsAllTheThings"),
    Attempt("nextval sequence", "SELECT NEXTVAL(iops_seq)", "MariaDB sequences"),
    Attempt("next value for", "SELECT NEXT VALUE FOR iops_seq", "MariaDB sequences"),
    Attempt("setval sequence", "SELECT SETVAL(iops_seq, 1000)", "MariaDB sequences"),
    Attempt("prepare delete", "PREPARE s FROM 'DELETE FROM orders'", "PayloadsAllTheThings"),
    Attempt(
        "prepare and execute",
        "PREPARE s FROM 'DELETE FROM orders'; EXECUTE s",
        "PayloadsAllTheThings",
    ),
    Attempt("kill another session", "KILL {victim}", "PayloadsAllTheThings"),
    Attempt("install soname", "INSTALL SONAME 'ha_connect'", "PayloadsAllTheThings"),
    Attempt(
        "udf sys_exec",
        "CREATE FUNCTION sys_exec RETURNS int SONAME 'lib_mysqludf_sys.so'",
        "PayloadsAllTheThings",
    ),
    Attempt("xa start", "XA START 'iops'", "PayloadsAllTheThings"),
    # -- guard issue: session variables, optimizer hints, lock probes ----------------------------
    Attempt("assign user variable", "SELECT @pwned := 1", "PayloadsAllTheThings"),
    Attempt(
        "assign in a where clause",
        "SELECT id FROM orders WHERE (@pwned2 := id) > 0 LIMIT 1",
        "PayloadsAllTheThings",
    ),
    Attempt("set last_insert_id", "SELECT LAST_INSERT_ID(42)", "PayloadsAllTheThings"),
    Attempt(
        "max_execution_time hint",
        "SELECT /*+ MAX_EXECUTION_TIME(100000000) */ COUNT(*) FROM orders",
        "MySQL optimizer hints",
    ),
    Attempt(
        "set_var hint",
        "SELECT /*+ SET_VAR(sql_mode='') */ COUNT(*) FROM orders",
        "MySQL optimizer hints",
    ),
    Attempt("release all locks", "SELECT RELEASE_ALL_LOCKS()", "PayloadsAllTheThings"),
    Attempt("gtid wait", "SELECT MASTER_GTID_WAIT('0-1-100000', 60)", "PayloadsAllTheThings"),
    Attempt("stored function", "SELECT sys.format_bytes(1)", "PayloadsAllTheThings"),
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
    # -- issue 8: drawn from public advisories for SQL tools (see ADVISORIES) --------------------
    # Grafana frser-sqlite-datasource advisory: ATTACH reached any database file (attach limit 0).
    Attempt(
        "attach uri rwc", "ATTACH 'file:{dir}/uri.db?mode=rwc' AS p", "frser-sqlite-datasource"
    ),
    Attempt("attach memory", "ATTACH ':memory:' AS m", "frser-sqlite-datasource"),
    Attempt("vacuum schema into", "VACUUM main INTO '{dir}/v2.db'", "frser-sqlite-datasource"),
    # Check Point "SELECT code_execution FROM * USING SQLite" (CVE-2019-8457 family).
    Attempt("fts3_tokenizer", "SELECT fts3_tokenizer('simple')", "CVE-2019-8457"),
    Attempt(
        "create fts virtual table", "CREATE VIRTUAL TABLE pwned USING fts3(a)", "CVE-2019-8457"
    ),
    Attempt(
        "create trigger",
        "CREATE TRIGGER pwned AFTER INSERT ON orders BEGIN DELETE FROM orders; END",
        "CVE-2019-8457",
    ),
    Attempt("quoted load_extension", "SELECT \"LOAD_EXTENSION\"('{dir}/evil.so')", "CVE-2019-8457"),
    # sqlite3 CLI file functions and pragmas with side effects.
    Attempt("writefile", "SELECT writefile('{dir}/w.txt', 'x')", "SQLite CLI"),
    Attempt("readfile", "SELECT readfile('/etc/passwd')", "SQLite CLI"),
    Attempt("fsdir", "SELECT * FROM fsdir('/')", "SQLite CLI"),
    Attempt("edit", "SELECT edit('x')", "SQLite CLI"),
    Attempt("qualified writable schema", "PRAGMA main.writable_schema = 1", "SQLite CLI"),
    Attempt("query_only off", "PRAGMA query_only = 0", "SQLite CLI"),
    Attempt("journal mode", "PRAGMA journal_mode = WAL", "SQLite CLI"),
    Attempt(
        "pragma function with side effect", "SELECT * FROM pragma_journal_mode('wal')", "SQLite CLI"
    ),
    Attempt("wal checkpoint", "PRAGMA wal_checkpoint", "SQLite CLI"),
    Attempt("optimize", "PRAGMA optimize", "SQLite CLI"),
    Attempt("trusted schema", "PRAGMA trusted_schema = 1", "SQLite CLI"),
    Attempt(
        "upsert", "INSERT INTO customers VALUES (1, 'x', 'y') ON CONFLICT DO NOTHING", "SQLite CLI"
    ),
    Attempt("savepoint", "SAVEPOINT a", "SQLite CLI"),
    Attempt("comment hidden statement", "SELECT 1 -- x\n; DELETE FROM orders", "SQLite CLI"),
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
    # -- issue 8: drawn from public advisories for SQL tools (see ADVISORIES) --------------------
    # Grafana CVE-2024-9264: SQL Expressions handed SQL to DuckDB (file reads, community shellfs).
    Attempt("install community shellfs", "INSTALL shellfs FROM community", "CVE-2024-9264"),
    Attempt("load shellfs", "LOAD shellfs", "CVE-2024-9264"),
    Attempt("read_csv pipe", "SELECT * FROM read_csv('ls -la |')", "CVE-2024-9264"),
    Attempt("read_blob passwd", "SELECT content FROM read_blob('/etc/passwd')", "CVE-2024-9264"),
    Attempt("load extension file", "LOAD '{dir}/evil.duckdb_extension'", "CVE-2024-9264"),
    # Arc CVE-2026-47735: DuckDB I/O functions past a regex denylist.
    Attempt("read_text passwd", "SELECT * FROM read_text('/etc/passwd')", "CVE-2026-47735"),
    Attempt("read_csv environ", "SELECT * FROM read_csv('/proc/self/environ')", "CVE-2026-47735"),
    Attempt("read_json_auto", "SELECT * FROM read_json_auto('/etc/passwd')", "CVE-2026-47735"),
    Attempt("parquet_metadata", "SELECT * FROM parquet_metadata('/etc/passwd')", "CVE-2026-47735"),
    Attempt("sniff_csv", "SELECT * FROM sniff_csv('/etc/passwd')", "CVE-2026-47735"),
    Attempt("glob root", "SELECT * FROM glob('/')", "CVE-2026-47735"),
    Attempt("file glob as table", "SELECT * FROM '/etc/pass*'", "CVE-2026-47735"),
    Attempt("from-first file", "FROM '/etc/passwd'", "CVE-2026-47735"),
    Attempt("summarize file", "SUMMARIZE '/etc/passwd'", "CVE-2026-47735"),
    Attempt("describe file query", "DESCRIBE SELECT * FROM '/etc/passwd'", "CVE-2026-47735"),
    Attempt(
        "list with a forbidden path",
        "SELECT * FROM read_csv(['{dir}/ok.csv', '/etc/passwd'])",
        "CVE-2026-47735",
    ),
    Attempt("computed path", "SELECT * FROM read_csv('/etc/' || 'passwd')", "CVE-2026-47735"),
    Attempt(
        "named path argument",
        "SELECT * FROM read_csv_auto(path := '/etc/passwd')",
        "CVE-2026-47735",
    ),
    Attempt(
        "file read in a scalar subquery",
        "SELECT (SELECT content FROM read_text('/etc/hostname'))",
        "CVE-2026-47735",
    ),
    Attempt(
        "file read in a join",
        "SELECT * FROM orders JOIN read_text('/etc/passwd') ON true",
        "CVE-2026-47735",
    ),
    Attempt(
        "explain analyze copy",
        "EXPLAIN ANALYZE COPY (SELECT 1) TO '{dir}/explain.csv'",
        "CVE-2026-47735",
    ),
    # Redash CVE-2021-43780: server-side requests to URLs (SSRF).
    Attempt(
        "url read", "SELECT * FROM read_parquet('https://example.com/x.parquet')", "CVE-2021-43780"
    ),
    Attempt("file url", "SELECT * FROM 'file:///etc/passwd'", "CVE-2021-43780"),
    # DuckDB sandbox settings, secrets and SQL-as-text (DuckDB "Securing DuckDB" guide).
    Attempt("getenv", "SELECT getenv('FERNET_KEY')", "DuckDB securing guide"),
    Attempt(
        "copy to parquet",
        "COPY (SELECT 1) TO '{dir}/x.parquet' (FORMAT parquet)",
        "DuckDB securing guide",
    ),
    Attempt("copy from file", "COPY orders FROM '/etc/passwd'", "DuckDB securing guide"),
    Attempt("import database", "IMPORT DATABASE '{dir}'", "DuckDB securing guide"),
    Attempt("attach memory", "ATTACH ':memory:' AS m", "DuckDB securing guide"),
    Attempt("attach sqlite file", "ATTACH '{dir}/x.sqlite' (TYPE sqlite)", "DuckDB securing guide"),
    Attempt("allowed_directories root", "SET allowed_directories = ['/']", "DuckDB securing guide"),
    Attempt("reset lock_configuration", "RESET lock_configuration", "DuckDB securing guide"),
    Attempt(
        "enable replacement scans",
        "SET GLOBAL python_enable_replacements = true",
        "DuckDB securing guide",
    ),
    Attempt("log query path", "SET log_query_path = '{dir}/q.log'", "DuckDB securing guide"),
    Attempt(
        "profiling output", "PRAGMA profiling_output = '{dir}/p.json'", "DuckDB securing guide"
    ),
    Attempt("enable logging", "CALL enable_logging('QueryLog')", "DuckDB securing guide"),
    Attempt("duckdb_secrets", "SELECT * FROM duckdb_secrets()", "DuckDB securing guide"),
    Attempt(
        "create secret",
        "CREATE SECRET s (TYPE s3, KEY_ID 'x', SECRET 'y')",
        "DuckDB securing guide",
    ),
    Attempt(
        "create persistent secret",
        "CREATE PERSISTENT SECRET s (TYPE s3, KEY_ID 'x', SECRET 'y')",
        "DuckDB securing guide",
    ),
    Attempt(
        "query() runs text", "SELECT * FROM query('DELETE FROM orders')", "DuckDB securing guide"
    ),
    Attempt("query_table()", "SELECT * FROM query_table('orders')", "DuckDB securing guide"),
    Attempt("nextval", "SELECT nextval('iops_seq')", "DuckDB securing guide"),
    Attempt(
        "create temp table", "CREATE TEMP TABLE pwned AS SELECT 1 AS x", "DuckDB securing guide"
    ),
    Attempt("force checkpoint", "FORCE CHECKPOINT", "DuckDB securing guide"),
    Attempt("use another catalog", "USE memory", "DuckDB securing guide"),
    Attempt("quoted replacement scan", 'SELECT * FROM "os_environ_frame"', "DuckDB securing guide"),
)

CORPUS: dict[str, tuple[Attempt, ...]] = {
    "postgresql": POSTGRESQL,
    "mysql": MYSQL,
    "sqlite": SQLITE,
    "duckdb": DUCKDB,
}
DIALECT = {"postgresql": "postgres", "mysql": "mysql", "sqlite": "sqlite", "duckdb": "duckdb"}

# Where the issue-8 attempts come from: advisory id → what it showed, in one line.
ADVISORIES: dict[str, str] = {
    "CVE-2024-39887": "Apache Superset: PostgreSQL functions running SQL given as text "
    "(query_to_xml family) were missing from the disallowed functions",
    "CVE-2024-55633": "Apache Superset: a crafted PostgreSQL statement judged read-only ran DML "
    "on a read-only database (session switched to read-write)",
    "CVE-2026-23984": "Apache Superset < 6.0.0: specially crafted PostgreSQL statements hid DML "
    "from the read-only check",
    "CVE-2023-40610": "Apache Superset: CTE statements modified data through a read-only "
    "examples connection",
    "CVE-2019-9193": "PostgreSQL: COPY … TO/FROM PROGRAM runs shell commands as the server",
    "CVE-2018-1058": "PostgreSQL: search_path manipulation makes other sessions run attacker code",
    "PostgreSQL superuser functions": "PostgreSQL manual, system administration functions: file "
    "access, large objects, signalling sessions, locks, sequences, xid assignment",
    "MariaDB comment syntax": "MariaDB manual: /*! */ and /*M! */ comments are executed; "
    "NO_BACKSLASH_ESCAPES and comment rules change how text splits into statements",
    "MySQL optimizer hints": "MySQL manual, optimizer hints: MAX_EXECUTION_TIME replaces the "
    "session's time limit and SET_VAR sets session variables for one statement",
    "MariaDB sequences": "MariaDB manual: NEXTVAL/SETVAL write a sequence from inside a SELECT",
    "CVE-2021-43008": "Adminer: LOAD DATA LOCAL INFILE let a server read the client's files",
    "CVE-2019-6799": "phpMyAdmin: LOAD DATA LOCAL INFILE arbitrary file read",
    "PayloadsAllTheThings": "PayloadsAllTheThings SQL-injection pages: LOAD_FILE with hex paths, "
    "INTO OUTFILE variants, SLEEP/BENCHMARK/pg_sleep delays, GET_LOCK, HANDLER, PREPARE",
    "frser-sqlite-datasource": "Grafana SQLite data source advisory: ATTACH reached any "
    "database file the server could open (fixed with an attach limit of 0)",
    "CVE-2019-8457": "SQLite (Check Point, 'SELECT code_execution FROM * USING SQLite'): "
    "fts3_tokenizer and virtual tables as a path to native code",
    "SQLite CLI": "SQLite manual: readfile/writefile/edit/fsdir of the CLI and pragmas with "
    "side effects (query_only, writable_schema, journal_mode)",
    "CVE-2024-9264": "Grafana SQL Expressions: SQL handed to DuckDB read local files "
    "(read_blob, read_csv) and ran commands through the community shellfs extension",
    "CVE-2026-47735": "Arc (GHSA-p2j4-c4g6-rpf5): DuckDB I/O functions (read_csv_auto, "
    "read_text, read_blob, glob, parquet_metadata, /proc/self/environ) past a regex denylist",
    "CVE-2021-43780": "Redash: server-side requests to arbitrary URLs (SSRF) from a data source",
    "DuckDB securing guide": "DuckDB 'Securing DuckDB' guide: external access, configuration "
    "lock, secrets, logging/profiling outputs, replacement scans, SQL given as text",
}

# Reads that are neither a write nor an escape: the normal path must ACCEPT them (a guard that
# refuses everything would pass the corpus too) and they must leave the state unchanged.
HARMLESS: dict[str, tuple[Attempt, ...]] = {
    "postgresql": (
        Attempt("current_setting", "SELECT current_setting('transaction_read_only')"),
        Attempt(
            "table_to_xml of a granted table", "SELECT table_to_xml('orders', true, false, '')"
        ),
        Attempt("read a sequence's last value", "SELECT last_value FROM iops_seq"),
        Attempt("volatile but reading", "SELECT random() < 2, clock_timestamp() IS NOT NULL"),
        Attempt("relation size", "SELECT pg_total_relation_size('orders') > 0"),
    ),
    "mysql": (
        Attempt("server variable", "SELECT @@secure_file_priv IS NULL OR TRUE"),
        Attempt("tab after double dash is a comment", "SELECT 1 --\t; DELETE FROM orders"),
        Attempt("plan hint", "SELECT /*+ NO_RANGE_OPTIMIZATION(orders) */ COUNT(*) FROM orders"),
    ),
    "sqlite": (
        Attempt("pragma function read", "SELECT * FROM pragma_table_info('orders')"),
        Attempt("compile options", "SELECT sqlite_compileoption_used('ENABLE_LOAD_EXTENSION')"),
    ),
    "duckdb": (
        Attempt("current_setting", "SELECT current_setting('threads')"),
        Attempt("settings catalog", "SELECT count(*) FROM duckdb_settings()"),
    ),
}
