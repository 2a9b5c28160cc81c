"""The guard's rules as data: dialect families, dangerous functions and allowed statements.

Kept apart from the checking code so a reviewer can read the whole policy on one screen, and so
adding a function to a denylist never touches logic.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_NESTING = 40
"""Deepest nesting accepted: brackets, CASE and chains of prefix operators, counted before parsing.

sqlglot's compiled parser recurses once per level; on a small thread stack it crashes the whole
process at ~200 levels, and the pure-Python parser raises ``RecursionError`` near 1,000.
"""

MAX_SQL_CHARS = 1_000_000
"""Longest statement accepted (characters); longer text is refused before tokenizing."""

POSTGRES_FAMILY = frozenset({"postgres", "redshift", "materialize", "risingwave"})
MYSQL_FAMILY = frozenset({"mysql", "doris", "starrocks", "singlestore"})


@dataclass(frozen=True)
class DialectRules:
    """What one family of engines must never run, even inside an allowed statement.

    Attributes:
        family: "postgres", "mysql", "sqlite", "duckdb" or "generic".
        functions: exact function names refused, lower case, mapped to the plain-words reason.
        prefixes: name prefixes refused (``lo_`` covers ``lo_import``, ``lo_export``…).
        path_functions: functions reading files; allowed only on literal paths inside
            ``allowed_paths``.
        pragmas: PRAGMA names allowed (read-only ones); empty means PRAGMA is refused.
        file_tables: whether a quoted table name such as ``'data.csv'`` reads a file.
    """

    family: str
    functions: dict[str, str]
    prefixes: dict[str, str]
    path_functions: frozenset[str] = frozenset()
    pragmas: frozenset[str] = frozenset()
    file_tables: bool = False


_SERVER_FILES = "reads or writes files on the database server"
_SQL_STRING = "runs SQL given as text, which the guard cannot check"
_SESSION = "changes the server or session state"
_DELAY = "stalls the connection on purpose"
_LOCKS = "takes locks that outlive the query"
_REMOTE = "connects to other servers"
_WRITES = "changes data"

# Sequence functions write from inside a SELECT: ``nextval``/``setval`` advance a sequence on
# PostgreSQL, MariaDB (``NEXTVAL(seq)``) and DuckDB, and ``NEXT VALUE FOR`` (sqlglot's
# ``NextValueFor``) on SQL Server and other generic engines. A read-only transaction stops them on
# PostgreSQL and MariaDB, but the guard must hold alone, so it refuses them on every family
# (issue 8: the escape corpus found MariaDB ``SELECT NEXTVAL(seq)`` passing the guard alone).
_SEQUENCE_WRITES = {"nextval": _WRITES, "setval": _WRITES}

POSTGRES = DialectRules(
    family="postgres",
    functions={
        "pg_read_file": _SERVER_FILES,
        "pg_read_binary_file": _SERVER_FILES,
        "pg_stat_file": _SERVER_FILES,
        "pg_logdir_ls": _SERVER_FILES,
        "pg_import_system_collations": _SESSION,
        "set_config": _SESSION,
        "pg_terminate_backend": _SESSION,
        "pg_cancel_backend": _SESSION,
        "pg_reload_conf": _SESSION,
        "pg_rotate_logfile": _SESSION,
        "pg_promote": _SESSION,
        "pg_switch_wal": _SESSION,
        "pg_create_restore_point": _SESSION,
        "pg_backup_start": _SESSION,
        "pg_backup_stop": _SESSION,
        "pg_start_backup": _SESSION,
        "pg_stop_backup": _SESSION,
        "pg_log_backend_memory_contexts": _SESSION,
        "pg_notify": _SESSION,
        "pg_read_file_old": _SERVER_FILES,
        "pg_rotate_logfile_old": _SESSION,
        "pg_hba_file_rules": _SERVER_FILES,
        "pg_ident_file_mappings": _SERVER_FILES,
        "pg_show_all_file_settings": _SERVER_FILES,
        "pg_current_logfile": _SERVER_FILES,
        "query_to_xml": _SQL_STRING,
        "query_to_xmlschema": _SQL_STRING,
        "query_to_xml_and_xmlschema": _SQL_STRING,
        "cursor_to_xml": _SQL_STRING,
        "cursor_to_xmlschema": _SQL_STRING,
        "txid_current": _WRITES,
        "pg_current_xact_id": _WRITES,
        **_SEQUENCE_WRITES,
    },
    prefixes={
        "pg_ls_": _SERVER_FILES,
        "pg_file_": _SERVER_FILES,
        "lo_": _SERVER_FILES,
        "dblink": _REMOTE,
        "pg_sleep": _DELAY,
        "pg_advisory": _LOCKS,
        "pg_try_advisory": _LOCKS,
        "pg_stat_reset": _SESSION,
        "pg_logical_": _SESSION,
        "pg_replication_": _SESSION,
        "pg_create_physical_replication": _SESSION,
        "pg_create_logical_replication": _SESSION,
        "pg_drop_replication": _SESSION,
        "pg_copy_physical_replication": _SESSION,
        "pg_copy_logical_replication": _SESSION,
        "pg_wal_replay_": _SESSION,
    },
)

MYSQL = DialectRules(
    family="mysql",
    functions={
        "load_file": _SERVER_FILES,
        "sleep": _DELAY,
        "benchmark": _DELAY,
        "get_lock": _LOCKS,
        "release_lock": _LOCKS,
        "release_all_locks": _LOCKS,
        "master_pos_wait": _DELAY,
        "source_pos_wait": _DELAY,
        "master_gtid_wait": _DELAY,
        "wait_for_executed_gtid_set": _DELAY,
        "wait_until_sql_thread_after_gtids": _DELAY,
        "sys_exec": "runs programs on the database server",
        "sys_eval": "runs programs on the database server",
        **_SEQUENCE_WRITES,
    },
    prefixes={"lib_mysqludf_": "runs programs on the database server"},
)

SQLITE = DialectRules(
    family="sqlite",
    functions={
        "load_extension": "loads native code into the database engine",
        "readfile": _SERVER_FILES,
        "writefile": _SERVER_FILES,
        "edit": "starts an editor program",
        "fts3_tokenizer": "can load native code into the database engine",
        "fsdir": _SERVER_FILES,
        "lsdir": _SERVER_FILES,
        "zipfile": _SERVER_FILES,
        "sqlite_dbpage": "reads or writes raw database pages",
        "sqlite_log": "writes to the engine's error log",
    },
    prefixes={},
    pragmas=frozenset(
        {"table_info", "table_xinfo", "index_list", "index_info", "index_xinfo", "foreign_key_list"}
    ),
)

_DUCKDB_PATHS = frozenset(
    {
        "read_csv",
        "read_csv_auto",
        "csv_scan",
        "sniff_csv",
        "read_parquet",
        "parquet_scan",
        "parquet_metadata",
        "parquet_schema",
        "parquet_file_metadata",
        "parquet_kv_metadata",
        "parquet_bloom_probe",
        "read_json",
        "read_json_auto",
        "read_json_objects",
        "read_json_objects_auto",
        "read_ndjson",
        "read_ndjson_auto",
        "read_ndjson_objects",
        "read_text",
        "read_blob",
        "glob",
        "read_xlsx",
        "st_read",
        "iceberg_scan",
        "delta_scan",
        "sqlite_scan",
        "read_duckdb",
        "read_single_csv_file",
        "read_single_json_file",
        "read_single_parquet_file",
        "parquet_full_metadata",
    }
)

DUCKDB = DialectRules(
    family="duckdb",
    functions={
        "getenv": "reads the server's environment variables",
        "query": _SQL_STRING,
        "query_table": _SQL_STRING,
        "json_execute_serialized_sql": _SQL_STRING,
        "duckdb_secrets": "lists stored credentials",
        "which_secret": "looks up stored credentials",
        "load_aws_credentials": "loads credentials",
        "sqlite_attach": "attaches another database file",
        "checkpoint": _SESSION,
        "force_checkpoint": _SESSION,
        "sleep_ms": _DELAY,
        "pg_sleep": _DELAY,
        "copy_database": "copies a whole database",
        "import_database": "reads files",
        "add_parquet_key": _SESSION,
        "write_log": _SESSION,
        "truncate_duckdb_logs": _SESSION,
        "verify_parallelism": _SESSION,
        "arrow_scan": "reads Python memory by address",
        "arrow_scan_dumb": "reads Python memory by address",
        "python_arrow_scan": "reads Python memory by address",
        "pandas_scan": "reads Python memory by address",
        "python_map_function": "runs Python code",
        **_SEQUENCE_WRITES,
    },
    prefixes={
        "enable_": _SESSION,
        "disable_": _SESSION,
        "create_external_resource": _SESSION,
        "register_external_resource": _SESSION,
        "deregister_external_resource": _SESSION,
        "destroy_external_resource": _SESSION,
        "postgres_": _REMOTE,
        "mysql_": _REMOTE,
        "http": _REMOTE,
    },
    path_functions=_DUCKDB_PATHS,
    file_tables=True,
)

# Engines reached through a generic SQLAlchemy URL get every family's denylist plus the classic
# server-side escape hatches of other engines (SQL Server, Oracle, Snowflake).
GENERIC = DialectRules(
    family="generic",
    functions={
        **POSTGRES.functions,
        **MYSQL.functions,
        **SQLITE.functions,
        **DUCKDB.functions,
        **dict.fromkeys(_DUCKDB_PATHS, _SERVER_FILES),
        "openrowset": _SERVER_FILES,
        "opendatasource": _REMOTE,
        "openquery": _REMOTE,
        "next_value_for": _WRITES,
        "nextvaluefor": _WRITES,
    },
    prefixes={
        **POSTGRES.prefixes,
        **MYSQL.prefixes,
        "xp_": "runs programs on the database server",
        "sp_": "runs a stored procedure",
        "dbms_": _SESSION,
        "utl_": _SERVER_FILES,
        "system$": _SESSION,
    },
)


def rules_for(dialect: str) -> DialectRules:
    """Return the rules for a sqlglot dialect name; unknown engines get the generic rules."""
    if dialect in POSTGRES_FAMILY:
        return POSTGRES
    if dialect in MYSQL_FAMILY:
        return MYSQL
    if dialect == "sqlite":
        return SQLITE
    if dialect == "duckdb":
        return DUCKDB
    return GENERIC
