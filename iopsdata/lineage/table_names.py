"""The name a table reference stands for: a table as written, a file path, or computed rows.

Every statement handler (queries, writes, commands, the column tracer) names its sources and
targets the same way, so one source gets one name wherever it appears in a script: a table, a
file read by ``read_csv('x.csv')`` or Spark's ``parquet.`/path```, a T-SQL ``#temp`` table, a
BigQuery partition ``t$20240101`` (table ``t``).
"""

from __future__ import annotations

import re

from sqlglot import exp

# Spark/Databricks format prefixes: ``parquet.`/path``` reads the path itself
FILE_FORMATS = frozenset(
    {"parquet", "csv", "json", "delta", "orc", "avro", "text"}
    | {"binaryfile", "iceberg", "hudi", "jdbc"}
)

# Table functions that read files or object storage (DuckDB read_*/…_scan, ClickHouse file/s3/url,
# T-SQL OPENROWSET, Snowflake INFER_SCHEMA); any other function in FROM computes its rows.
_FILE_FUNCTIONS = frozenset(
    {"file", "s3", "s3cluster", "url", "hdfs", "gcs", "azureblobstorage", "openrowset"}
    | {"infer_schema", "st_read", "sniff_csv", "glob"}
)


def reads_file(func: exp.Func) -> bool:
    """Whether a table function in FROM reads a file (its path is the source)."""
    name = (func.name if isinstance(func, exp.Anonymous) else func.sql_name()).lower()
    return name.startswith("read_") or name.endswith("_scan") or name in _FILE_FUNCTIONS


def is_table_function(table: exp.Table) -> bool:
    """``FROM generate_series(…)`` / ``jsonb_array_elements(t.x)`` / ``JSON_TABLE(…)``: rows
    computed from the arguments, neither a table nor a file."""
    return isinstance(table.this, exp.Func) and not reads_file(table.this)


_DECORATOR = re.compile(r"(?<=\w)\$(?:\d{4,10}|__NULL__|__UNPARTITIONED__)$")


def table_name(table: exp.Table) -> tuple[str, bool]:
    """(qualified name as written, is_path). Stages and quoted locations count as paths."""
    this = table.this
    if isinstance(this, exp.Literal):
        return this.name, True
    if isinstance(this, exp.Var) and this.name.startswith("@"):
        return this.name, True
    if isinstance(this, exp.Func) and not reads_file(this):  # generate_series(…), JSON_TABLE(…)
        return this.sql(), False
    if isinstance(this, exp.Func):  # table functions such as read_csv('x.csv') read files
        literal = this.find(exp.Literal)
        return (
            (literal.name, True)
            if literal is not None and literal.is_string
            else (this.sql(), True)
        )
    if isinstance(this, exp.Parameter):  # T-SQL table variable @t
        return "@" + this.name, False
    db = table.args.get("db")
    if (
        isinstance(this, exp.Identifier)
        and this.quoted
        and db is not None
        and db.name.lower() in FILE_FORMATS
        and ("/" in this.name or ":" in this.name)
    ):  # Spark/Databricks parquet.`/path`, csv.`s3://…`: the path itself is read
        return this.name, True
    if isinstance(this, exp.Dot):  # T-SQL four-part server.db.schema.table
        parts = [p.name for p in (table.args.get("catalog"), db) if p is not None and p.name]
        return ".".join([*parts, *(p.name for p in this.flatten())]), False
    parts = [p.name for p in (table.args.get("catalog"), db, this) if p is not None and p.name]
    if parts and "$" in parts[-1]:  # BigQuery partition decorator t$20240101: table t
        parts[-1] = _DECORATOR.sub("", parts[-1])
    if isinstance(this, exp.Identifier) and parts:  # T-SQL #temp and ##global temp tables
        if this.args.get("global_"):
            parts[-1] = "##" + parts[-1]
        elif this.args.get("temporary"):
            parts[-1] = "#" + parts[-1]
    return ".".join(parts), False
