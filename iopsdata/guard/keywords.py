"""Statement keywords as data: which first words start reads or writes, and why others are refused."""

from __future__ import annotations

# Statements named by their first keyword, refused before parsing with a reason.
STATEMENT_REASONS: dict[str, str] = {
    "COPY": "COPY reads or writes files on the database server and is not allowed.",
    "ATTACH": "ATTACH opens another database file and is not allowed.",
    "DETACH": "DETACH changes the attached databases and is not allowed.",
    "INSTALL": "INSTALL adds extensions to the engine and is not allowed.",
    "LOAD": "LOAD loads extensions or files into the engine and is not allowed.",
    "SET": "SET changes session settings and is not allowed.",
    "RESET": "RESET changes session settings and is not allowed.",
    "PRAGMA": "PRAGMA changes or inspects engine settings and is not allowed here.",
    "CALL": "CALL runs a procedure, which the guard cannot check, and is not allowed.",
    "EXEC": "EXEC runs a procedure, which the guard cannot check, and is not allowed.",
    "EXECUTE": "EXECUTE runs a prepared or dynamic statement and is not allowed.",
    "DO": "DO runs procedural code and is not allowed.",
    "PREPARE": "PREPARE creates a prepared statement and is not allowed.",
    "DEALLOCATE": "DEALLOCATE changes session state and is not allowed.",
    "EXPORT": "EXPORT DATABASE writes files and is not allowed.",
    "IMPORT": "IMPORT DATABASE reads files and is not allowed.",
    "VACUUM": "VACUUM rewrites the database (VACUUM INTO writes a new file) and is not allowed.",
    "CHECKPOINT": "CHECKPOINT changes the database files and is not allowed.",
    "HANDLER": "HANDLER opens low-level table cursors and is not allowed.",
    "GRANT": "GRANT changes permissions and is not allowed.",
    "REVOKE": "REVOKE changes permissions and is not allowed.",
    "LOCK": "LOCK takes table locks and is not allowed.",
    "UNLOCK": "UNLOCK changes table locks and is not allowed.",
    "USE": "USE changes the session's database and is not allowed.",
    "ANALYZE": "ANALYZE updates statistics (and on MariaDB runs the statement) and is not allowed.",
    "ANALYSE": "ANALYSE updates statistics and is not allowed.",
    "LISTEN": "LISTEN changes session state and is not allowed.",
    "NOTIFY": "NOTIFY sends messages to other sessions and is not allowed.",
    "UNLISTEN": "UNLISTEN changes session state and is not allowed.",
    "DISCARD": "DISCARD changes session state and is not allowed.",
    "KILL": "KILL stops other sessions and is not allowed.",
    "FLUSH": "FLUSH changes server state and is not allowed.",
    "SHUTDOWN": "SHUTDOWN stops the server and is not allowed.",
    "TRUNCATE": "TRUNCATE deletes every row of a table and is not allowed.",
    "RENAME": "RENAME changes the schema and is not allowed.",
    "COMMENT": "COMMENT ON changes the schema and is not allowed.",
    "REINDEX": "REINDEX rebuilds indexes and is not allowed.",
    "CLUSTER": "CLUSTER rewrites a table and is not allowed.",
    "REFRESH": "REFRESH rewrites a materialized view and is not allowed.",
    "SECURITY": "SECURITY LABEL changes permissions and is not allowed.",
    "SOURCE": "SOURCE runs a script file and is not allowed.",
    "OPTIMIZE": "OPTIMIZE rewrites tables and is not allowed.",
    "REPAIR": "REPAIR rewrites tables and is not allowed.",
    "PURGE": "PURGE deletes server logs and is not allowed.",
    "INSTALL_PLUGIN": "INSTALL PLUGIN loads native code and is not allowed.",
}
TRANSACTION_WORDS = frozenset(
    {"BEGIN", "START", "COMMIT", "END", "ROLLBACK", "ABORT", "SAVEPOINT", "RELEASE", "XA"}
)

# First keywords of statements the guard parses and judges; anything else is refused unread.
READ_STARTS = frozenset(
    {
        "SELECT",
        "WITH",
        "VALUES",
        "TABLE",
        "FROM",
        "(",
        "SHOW",
        "DESCRIBE",
        "DESC",
        "SUMMARIZE",
        "PIVOT",
        "UNPIVOT",
        "PIVOT_WIDER",
        "PIVOT_LONGER",
        "EXPLAIN",
        "PRAGMA",
    }
)
WRITE_STARTS = frozenset(
    {"INSERT", "UPDATE", "DELETE", "MERGE", "CREATE", "DROP", "ALTER", "UPSERT"}
)

# Object kinds that CREATE/DROP/ALTER may touch on a connection that allows writes; functions,
# procedures, triggers, extensions, roles and secrets can run code or grant power, so never.
WRITABLE_OBJECTS = frozenset({"TABLE", "VIEW", "INDEX", "SCHEMA", "SEQUENCE"})

EXPLAIN_OPTION_WORDS = frozenset(
    {
        "ANALYZE",
        "ANALYSE",
        "VERBOSE",
        "QUERY",
        "PLAN",
        "EXTENDED",
        "PARTITIONS",
        "FORMAT",
        "COSTS",
        "BUFFERS",
        "TIMING",
        "SUMMARY",
        "SETTINGS",
        "WAL",
        "GENERIC_PLAN",
        "MEMORY",
        "SERIALIZE",
    }
)
