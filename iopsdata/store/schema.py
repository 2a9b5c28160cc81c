"""The metadata schema (current shape), as SQLAlchemy Core tables shared by SQLite and PostgreSQL.

Every workspace-owned table carries ``workspace_id``; the repository filters every statement by it,
and on PostgreSQL row-level security enforces the same rule again (``supabase/migrations``).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)

metadata = MetaData()

ID = String(36)


def _ws_fk() -> ForeignKey:
    return ForeignKey("workspaces.id", ondelete="CASCADE")


schema_migrations = Table(
    "schema_migrations",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("name", String(200), nullable=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

users = Table(
    "users",
    metadata,
    Column("id", ID, primary_key=True),
    Column("email", String(320), nullable=False, unique=True),
    Column("display_name", String(200)),
    Column("password_hash", Text),
    Column("is_admin", Boolean, nullable=False, default=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

workspaces = Table(
    "workspaces",
    metadata,
    Column("id", ID, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("created_by", ID, ForeignKey("users.id", ondelete="SET NULL")),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

workspace_members = Table(
    "workspace_members",
    metadata,
    Column("workspace_id", ID, _ws_fk(), primary_key=True),
    Column("user_id", ID, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("role", String(16), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

user_settings = Table(
    "user_settings",
    metadata,
    Column("user_id", ID, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("values", JSON, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

workspace_settings = Table(
    "workspace_settings",
    metadata,
    Column("workspace_id", ID, _ws_fk(), primary_key=True),
    Column("values", JSON, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

workspace_connections = Table(
    "workspace_connections",
    metadata,
    Column("id", ID, primary_key=True),
    Column("workspace_id", ID, _ws_fk(), nullable=False, index=True),
    Column("name", String(200), nullable=False),
    Column("kind", String(40), nullable=False),
    Column("config_token", Text, nullable=False),
    Column("allow_writes", Boolean, nullable=False, default=False),
    Column("created_by", ID),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("workspace_id", "name", name="uq_connection_name"),
)

file_assets = Table(
    "file_assets",
    metadata,
    Column("id", ID, primary_key=True),
    Column("workspace_id", ID, _ws_fk(), nullable=False, index=True),
    Column("name", String(400), nullable=False),
    Column("storage_path", Text, nullable=False),
    Column("size_bytes", Integer, nullable=False),
    Column("checksum", String(64), nullable=False),
    Column("format", String(20), nullable=False),
    Column("row_count", Integer),
    Column("columns", JSON, nullable=False),
    Column("metadata", JSON, nullable=False),
    Column("uploaded_by", ID),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("ix_file_checksum", "workspace_id", "checksum"),
)

saved_queries = Table(
    "saved_queries",
    metadata,
    Column("id", ID, primary_key=True),
    Column("workspace_id", ID, _ws_fk(), nullable=False, index=True),
    Column("connection_id", ID),
    Column("name", String(200), nullable=False),
    Column("description", Text, nullable=False, default=""),
    Column("sql", Text, nullable=False),
    Column("tags", JSON, nullable=False),
    Column("created_by", ID),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

query_log = Table(
    "query_log",
    metadata,
    Column("id", ID, primary_key=True),
    Column("workspace_id", ID, _ws_fk(), nullable=False),
    Column("user_id", ID),
    Column("connection_id", ID),
    Column("sql", Text, nullable=False),
    Column("source", String(20), nullable=False),
    Column("status", String(20), nullable=False),
    Column("row_count", Integer),
    Column("elapsed_ms", Float),
    Column("error", Text),
    Column("lineage", JSON),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("ix_query_log_ws_time", "workspace_id", "created_at"),
)

chat_threads = Table(
    "chat_threads",
    metadata,
    Column("id", ID, primary_key=True),
    Column("workspace_id", ID, _ws_fk(), nullable=False, index=True),
    Column("user_id", ID, nullable=False),
    Column("title", String(300), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    # The connection the thread asks (a saved connection's id or "files"); None until the first ask.
    Column("connection_id", ID),
    # Private to its author unless shared with the workspace (read-only for the other members).
    Column("shared", Boolean, nullable=False, default=False, server_default=false()),
)

chat_messages = Table(
    "chat_messages",
    metadata,
    Column("id", ID, primary_key=True),
    Column("workspace_id", ID, _ws_fk(), nullable=False),
    Column("thread_id", ID, ForeignKey("chat_threads.id", ondelete="CASCADE"), nullable=False),
    Column("role", String(20), nullable=False),
    Column("content", Text, nullable=False),
    Column("payload", JSON),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("ix_chat_messages_thread", "workspace_id", "thread_id", "created_at"),
)

examples = Table(
    "examples",
    metadata,
    Column("id", ID, primary_key=True),
    Column("workspace_id", ID, _ws_fk(), nullable=False, index=True),
    Column("connection_id", ID),
    Column("question", Text, nullable=False),
    Column("sql", Text, nullable=False),
    Column("approved_by", ID),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

value_index = Table(
    "value_index",
    metadata,
    Column("id", ID, primary_key=True),
    Column("workspace_id", ID, _ws_fk(), nullable=False, index=True),
    Column("connection_id", ID, nullable=False),
    Column("table_name", Text, nullable=False),
    # {column: {"values"?: [...], "format"?: str}} as ``Profile.hints()`` gives them
    Column("hints", JSON, nullable=False),
    Column("refreshed_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("workspace_id", "connection_id", "table_name", name="uq_value_index_table"),
)

activity_log = Table(
    "activity_log",
    metadata,
    Column("id", ID, primary_key=True),
    # No foreign key: the history outlives a deleted workspace (the log is append-only).
    Column("workspace_id", ID, nullable=False),
    Column("user_id", ID),
    Column("action", String(60), nullable=False),
    Column("target", String(400)),
    Column("details", JSON),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("ix_activity_ws_time", "workspace_id", "created_at"),
)

# Sign-in state (migration 4). Both are read and written only through the privileged store (before
# anyone is signed in); on PostgreSQL, RLS lets a user see and revoke only their own sessions.
auth_sessions = Table(
    "auth_sessions",
    metadata,
    # SHA-256 of the opaque token: the token itself is never stored.
    Column("token_hash", String(64), primary_key=True),
    Column("user_id", ID, ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("created_at", Float, nullable=False),
    Column("last_used_at", Float, nullable=False),
    Column("expires_at", Float, nullable=False),
    Column("user_agent", String(400)),
    # Supabase mode: the refresh token, encrypted by the vault, to resume after a reload.
    Column("provider_token", Text),
)

access_tokens = Table(
    "access_tokens",
    metadata,
    # Personal access tokens for the MCP server: scoped to one workspace and one user, with a role
    # no higher than the creator's. Only the SHA-256 of the token is kept.
    Column("id", ID, primary_key=True),
    Column("workspace_id", ID, _ws_fk(), nullable=False, index=True),
    Column("user_id", ID, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("name", String(200), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("prefix", String(16), nullable=False),
    Column("role", String(20), nullable=False),
    Column("created_at", Float, nullable=False),
    Column("expires_at", Float, nullable=False),
    Column("last_used_at", Float),
    Column("revoked_at", Float),
)

sign_in_attempts = Table(
    "sign_in_attempts",
    metadata,
    # The account key (normalised email); the counter is taken before the password is checked.
    Column("key", String(320), primary_key=True),
    Column("window_started", Float, nullable=False),
    Column("attempts", Integer, nullable=False),
)

# Team knowledge per connection (migration 8): glossary entries, metrics, instructions, declared
# join paths, and what a dbt import brings (descriptions, value hints, compiled models). One row per
# item, its natural key unique per (workspace, connection, kind); ``body`` holds the item's fields.
knowledge_items = Table(
    "knowledge_items",
    metadata,
    Column("id", ID, primary_key=True),
    Column("workspace_id", ID, _ws_fk(), nullable=False),
    # a saved connection's id, or "files" for the workspace's Files connection
    Column("connection_id", ID, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("key", String(400), nullable=False),
    Column("body", JSON, nullable=False),
    # "manual" (edited or YAML-imported) or "dbt" (replaced by the next dbt import)
    Column("source", String(20), nullable=False),
    Column("updated_by", ID),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("workspace_id", "connection_id", "kind", "key", name="uq_knowledge_item"),
)

#: Tables whose rows belong to one workspace (the isolation tests walk this list).
WORKSPACE_TABLES: tuple[Table, ...] = (
    workspace_connections,
    file_assets,
    saved_queries,
    query_log,
    chat_messages,
    chat_threads,
    examples,
    activity_log,
    workspace_settings,
    workspace_members,
    knowledge_items,
)

# Evaluate (migration 7): golden sets of question → gold SQL per connection, and runs scoring the
# assistant against them. Members read; editors change sets and start runs (RLS in
# supabase/migrations/20261205000007_evaluation.sql).
eval_sets = Table(
    "eval_sets",
    metadata,
    Column("id", ID, primary_key=True),
    Column("workspace_id", ID, _ws_fk(), nullable=False, index=True),
    Column("connection_id", ID),  # a saved connection's id or "files"
    Column("name", String(200), nullable=False),
    Column("description", Text, nullable=False, default=""),
    Column("created_by", ID),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("workspace_id", "name", name="uq_eval_set_name"),
)

eval_questions = Table(
    "eval_questions",
    metadata,
    Column("id", ID, primary_key=True),
    Column("workspace_id", ID, _ws_fk(), nullable=False),
    Column("set_id", ID, ForeignKey("eval_sets.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("question", Text, nullable=False),
    Column("sql", Text, nullable=False),
    Column("expected", JSON),  # optional result snapshot {"columns": [...], "rows": [[...]]}
    Column("tags", JSON, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("ix_eval_questions_set", "workspace_id", "set_id", "position"),
)

eval_runs = Table(
    "eval_runs",
    metadata,
    Column("id", ID, primary_key=True),
    Column("workspace_id", ID, _ws_fk(), nullable=False),
    Column("set_id", ID, ForeignKey("eval_sets.id", ondelete="CASCADE"), nullable=False),
    Column("set_name", String(200), nullable=False),
    Column("connection_id", ID),
    Column("configs", JSON, nullable=False),
    Column("status", String(20), nullable=False),  # running, done, stopped, cost_limit, failed
    Column("total", Integer, nullable=False),
    Column("done", Integer, nullable=False),
    Column("cost_usd", Float, nullable=False),
    Column("cost_ceiling_usd", Float),
    Column("message", Text),
    Column("started_by", ID),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    Index("ix_eval_runs_ws_time", "workspace_id", "created_at"),
)

eval_results = Table(
    "eval_results",
    metadata,
    Column("id", ID, primary_key=True),
    Column("workspace_id", ID, _ws_fk(), nullable=False),
    Column("run_id", ID, ForeignKey("eval_runs.id", ondelete="CASCADE"), nullable=False),
    Column("config_index", Integer, nullable=False),
    Column("question_id", ID),
    Column("position", Integer, nullable=False),
    Column("verdict", String(20), nullable=False),  # correct, wrong, no_sql, refused, failed, error
    Column("latency_s", Float),
    Column("tokens_in", Integer),
    Column("tokens_out", Integer),
    Column("cost_usd", Float),
    Column("repairs", Integer),
    Column("tables_ok", Boolean),
    Column("details", JSON, nullable=False),  # question, both SQLs, previews, reason, attempts
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("ix_eval_results_run", "workspace_id", "run_id", "config_index", "position"),
)

EVAL_TABLES = (eval_sets, eval_questions, eval_runs, eval_results)

#: Evaluate's tables are workspace-owned too.
WORKSPACE_TABLES = (*WORKSPACE_TABLES, *EVAL_TABLES)
