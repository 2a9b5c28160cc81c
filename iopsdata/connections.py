"""``ConnectionService``: a workspace's database connections — add, test, list, catalog, run.

Options are stored encrypted (one Fernet token per connection) and never returned: ``list``/``get``
mask password fields and the secrets inside a URL. Only owners may let a connection write, change
where a stored password is sent without typing it again, or set a URL's dialect.
Every path a connection names passes :class:`iopsdata.engines.paths.PathPolicy` (never iOpsData's
own data) when it is saved, tested and opened.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from iopsdata import demo
from iopsdata.activity import record
from iopsdata.catalog.introspect import CACHE
from iopsdata.connection_changes import plan_edit
from iopsdata.connection_check import probe
from iopsdata.context import members_only
from iopsdata.engines import (
    KINDS,
    OWNER_OPTIONS,
    POOL,
    dialect_of,
    mask_options,
    normalize_options,
    parse_url,
)
from iopsdata.engines.kinds import ASK_ABOVE_ROWS
from iopsdata.engines.paths import BUILT_IN, PathPolicy
from iopsdata.errors import ConfigError, IopsError, NotFound, PermissionDenied
from iopsdata.execute import Bound, execute
from iopsdata.files.connection import FILES_ID, files_info, is_files_name

if TYPE_CHECKING:
    from iopsdata.catalog.model import Catalog
    from iopsdata.context import WorkspaceContext
    from iopsdata.engines.base import ServerInfo
    from iopsdata.files import FileService
    from iopsdata.profiling import Profile
    from iopsdata.result import QueryResult


@dataclass(frozen=True)
class ConnectionInfo:
    """A saved connection as the UI sees it: secrets masked."""

    id: str
    name: str
    kind: str
    label: str
    dialect: str
    allow_writes: bool
    options: dict[str, Any] = field(repr=False)

    @property
    def title(self) -> str:
        """What a connection picker shows: the name; for the built-in Files connection, a label
        that says what it holds."""
        return self.label if self.kind == "files" else self.name

    def __repr__(self) -> str:
        return f"ConnectionInfo(id={self.id!r}, name={self.name!r}, kind={self.kind!r}, allow_writes={self.allow_writes})"


@dataclass(frozen=True)
class ConnectionReport:
    """Outcome of a connection test.

    Attributes:
        server_version: e.g. "PostgreSQL 15.8".
        current_role: the database user the connection acts as.
        can_write: the role could change data (grants), whatever iOpsData enforces.
        is_superuser: the role bypasses permission checks.
        warning: advice to use a read-only role, when it applies.
        read_role_sql: PostgreSQL: SQL that creates a read-only role for the "Read-only role"
            option, offered when the login could do more than read and no role is set.
    """

    server_version: str
    current_role: str
    can_write: bool
    is_superuser: bool
    warning: str | None = None
    read_role_sql: str | None = None


class ConnectionTarget:
    """A saved connection as a ``QueryTarget`` (see iopsdata/targets.py)."""

    def __init__(self, service: ConnectionService, info: ConnectionInfo) -> None:
        self._service = service
        self.id = info.id
        self.name = info.name
        self.dialect = info.dialect
        self.kind = info.kind
        self.allow_writes = info.allow_writes  # Chat auto-executes only on read-only connections
        # Chat asks before running an answer whose plan reads more rows (iopsdata.estimate)
        self.ask_above_rows = info.options.get(ASK_ABOVE_ROWS)

    @property
    def allowed_functions(self) -> tuple[str, ...]:
        """The owner's extra allowed functions: Chat checks its SQL with the same allowlist."""
        return tuple(self._service.bind(self.id).allowed_functions)

    def catalog(self, *, refresh: bool = False) -> Catalog:
        return self._service.catalog(self.id, refresh=refresh)

    def run(
        self,
        sql: str,
        *,
        source: str = "editor",
        row_cap: int | None = None,
        run_id: str | None = None,
    ) -> QueryResult:
        return execute(
            self._service.ctx,
            self._service.bind(self.id),
            sql,
            source=source,
            row_cap=row_cap,
            run_id=run_id,
        )


@members_only
class ConnectionService:
    """Connections of the context's workspace. Every method raises ``IopsError`` subclasses only."""

    def __init__(self, ctx: WorkspaceContext) -> None:
        self.ctx = ctx
        self.paths = PathPolicy.from_settings(ctx.settings)

    # -- registry ---------------------------------------------------------------------------
    def add(
        self,
        name: str,
        kind: str,
        options: dict[str, Any] | None = None,
        *,
        allow_writes: bool = False,
        check: bool = False,
    ) -> str:
        """Save a connection. ``kind="url"`` with ``{"url": …}`` or any raw URL via :meth:`add_url`.

        Args:
            check: connect first and save only if that works (the Settings form does; a caller
                may retry without it after ``ServerUnreachable``, the user's "save anyway").

        Raises:
            PermissionDenied: viewers cannot add; only owners may set ``allow_writes``.
            ConfigError: unknown kind or invalid options.
            ServerUnreachable: with ``check``, nothing answered at the host and port.
            ConnectionFailed: with ``check``, the server answered but refused the settings.
        """
        opts = normalize_options(kind, options or {})
        owner_only = allow_writes or opts.get("dialect") or any(opts.get(k) for k in OWNER_OPTIONS)
        self.ctx.require("owner" if owner_only else "editor")
        self.paths.check_options(kind, opts)
        if check:
            self._connect_once(kind, opts)
        token = self.ctx.vault.encrypt_json(opts)
        cid = self.ctx.store.add_connection(
            self.ctx.workspace_id,
            name=name,
            kind=kind,
            config_token=token,
            allow_writes=allow_writes,
            created_by=self.ctx.user_id,
        )
        record(self.ctx, "connection.created", name, kind=kind, allow_writes=allow_writes)
        return cid

    def add_url(self, name: str, url: str, *, allow_writes: bool = False) -> str:
        """Save a connection from a raw URL (``postgresql://user:pw@host/db``, ``snowflake://…``)."""
        kind, options = parse_url(url)
        return self.add(name, kind, options, allow_writes=allow_writes)

    def list(self) -> list[ConnectionInfo]:
        """Every connection of the workspace, secrets masked."""
        return [self._info(row) for row in self.ctx.store.list_connections(self.ctx.workspace_id)]

    def get(self, connection_id: str) -> ConnectionInfo:
        """Raises NotFound."""
        return self._info(self.ctx.store.get_connection(self.ctx.workspace_id, connection_id))

    def queryable(self) -> builtins.list[ConnectionInfo]:
        """Everything SQL can run against: the saved connections, then the Files connection."""
        return [*self.list(), files_info()]

    def resolve(self, name_or_id: str) -> ConnectionInfo:
        """Find a connection by id, then exact name, then case-insensitive name. Raises NotFound.

        The one resolver for the built-in Files connection too: its id ``"files"`` always means
        it; its name ``"Files"`` means it unless a saved connection has that name.
        """
        if name_or_id == FILES_ID:
            return files_info()
        rows = self.ctx.store.list_connections(self.ctx.workspace_id)
        for test in (
            lambda r: r["id"] == name_or_id,
            lambda r: r["name"] == name_or_id,
            lambda r: r["name"].lower() == name_or_id.strip().lower(),
        ):
            hit = next((r for r in rows if test(r)), None)
            if hit is not None:
                return self._info(hit)
        if is_files_name(name_or_id):
            return files_info()
        raise NotFound(f"There is no connection named {name_or_id!r} in this workspace.")

    def update(
        self,
        connection_id: str,
        *,
        name: str | None = None,
        options: dict[str, Any] | None = None,
        allow_writes: bool | None = None,
    ) -> None:
        """Change a connection. A secret sent back as ``"***"`` or empty keeps the stored one.

        Raises:
            PermissionDenied: editors may not change a connection that writes, nor enable writes,
                nor change the owner-only options (extra allowed functions, read-only role),
                nor send a stored password elsewhere (host, port, database, TLS mode, URL) without
                typing it again, nor change a URL's dialect.
            PathRefused: the new options name a path no connection may open.
        """
        row = self.ctx.store.get_connection(self.ctx.workspace_id, connection_id)
        self.ctx.require("owner" if (allow_writes or row["allow_writes"]) else "editor")
        if options is not None:
            current = self._options(row)
            new = normalize_options(row["kind"], {**options})
            if any(new.get(k) != current.get(k) for k in OWNER_OPTIONS):
                self.ctx.require("owner")
        fields: dict[str, Any] = {}
        changes: dict[str, Any] = {}
        if name is not None and name != row["name"]:
            fields["name"] = name
            changes["name"] = {"from": row["name"], "to": name}
        if allow_writes is not None and bool(allow_writes) != bool(row["allow_writes"]):
            fields["allow_writes"] = allow_writes
            changes["allow_writes"] = {"from": bool(row["allow_writes"]), "to": allow_writes}
        if options is not None:
            kind = row["kind"]
            plan = plan_edit(kind, self._options(row), options, self.paths.is_private)
            if plan.owner_reasons and self.ctx.role != "owner":
                raise PermissionDenied(
                    f"Only an owner may save this change: {'; '.join(plan.owner_reasons)}.",
                    hint="Type the password again to change where it is sent, or ask an owner.",
                )
            if plan.changes:
                self.paths.check_options(kind, plan.options)
                fields["config_token"] = self.ctx.vault.encrypt_json(plan.options)
                changes.update(plan.changes)
        if fields:
            self.ctx.store.update_connection(self.ctx.workspace_id, connection_id, **fields)
            record(
                self.ctx, "connection.edited", row["name"], fields=sorted(changes), changes=changes
            )
            if "allow_writes" in fields:
                record(
                    self.ctx, "connection.writes_toggled", row["name"], allow_writes=allow_writes
                )
        self._forget(connection_id)

    def remove(self, connection_id: str) -> None:
        """Delete a connection and close its engine. Raises NotFound, PermissionDenied."""
        row = self.ctx.store.get_connection(self.ctx.workspace_id, connection_id)
        self.ctx.require("owner" if row["allow_writes"] else "editor")
        self.ctx.store.delete_connection(self.ctx.workspace_id, connection_id)
        record(self.ctx, "connection.deleted", row["name"], kind=row["kind"])
        self._forget(connection_id)

    # -- database side ------------------------------------------------------------------------
    def test(self, connection: str | dict[str, Any], kind: str | None = None) -> ConnectionReport:
        """Connect and report version, role and write ability, with a warning for risky roles.

        Args:
            connection: a saved connection's id or name, or unsaved options (then give ``kind``),
                or ``{"url": "postgresql://…"}`` with ``kind=None``.

        Raises:
            ConnectionFailed: the database cannot be reached (the message has no secrets).
            PermissionDenied: unsaved options need the editor role (the server connects where
                they say); PathRefused for a path no connection may open.
        """
        if isinstance(connection, dict):
            self.ctx.require("editor")
            if kind is None and "url" in connection:
                kind, opts = parse_url(str(connection["url"]))
            elif kind is None:
                raise ConfigError("Say which kind of database these options are for.")
            else:
                opts = normalize_options(kind, connection)
            self.paths.check_options(kind, opts)
            info = self._connect_once(kind, opts)
            allow_writes = False
        else:
            saved = self.resolve(connection)
            kind = saved.kind
            bound = self.bind(saved.id)
            info = bound.engine.server_info()
            allow_writes = bound.allow_writes
        warning = None
        if info.is_superuser:
            warning = (
                f"{info.current_role} is a superuser: read-only sessions cannot stop everything a superuser can do. "
                "Connect with a role that only has SELECT grants."
            )
        elif info.can_write and not allow_writes:
            what = "; ".join(info.details) or "has write privileges"
            warning = f"{info.current_role} {what}. iOpsData keeps it read-only, but a role with SELECT grants only is safer."
        role_sql = None
        if kind == "postgresql" and (info.is_superuser or info.can_write) and not allow_writes:
            role_sql = read_role_sql(info.current_role)
            warning = (warning or "") + (
                " Not protected otherwise: a superuser's read-only transaction still lets "
                "server functions read files or signal sessions if one slips past the guard. "
                "Create a read-only role with the SQL below and set it as this connection's "
                "Read-only role: every read then runs as that role."
            )
        return ConnectionReport(
            info.server_version,
            info.current_role,
            info.can_write,
            info.is_superuser,
            warning,
            role_sql,
        )

    def catalog(self, connection: str, *, refresh: bool = False) -> Catalog:
        """Tables, views, columns, keys and comments; cached in memory, ``refresh`` re-reads.

        The Files connection's catalog comes from the files' stored metadata (always current). The
        demo connection answers from its declaration (``demo.known_catalog``): while its file is
        still being built, so the first visitor's page need not wait for it, and afterwards, so a
        new process's first page need not import DuckDB and open the file to list its tables.
        """
        info = self.resolve(connection)
        if info.id == FILES_ID:
            return self._files().catalog()
        if _is_demo(info) and (known := demo.known_catalog(self.ctx.settings.home)) is not None:
            return known
        bound = self.bind(info.id)
        key = f"{bound.connection_id}:{id(bound.engine)}"
        return CACHE.get(key, bound.engine.introspect, refresh=refresh)

    def target(self, connection: str) -> ConnectionTarget:
        """The connection (the Files connection too) as a ``QueryTarget`` for SQL, Chat, Lineage."""
        return ConnectionTarget(self, self.resolve(connection))

    def profile(self, connection: str, table: str, *, sample: int | None = None) -> Profile:
        """Column profile of one table, pushed down to the connection's own engine.

        Its statements run through :func:`iopsdata.execute.execute` (guarded, capped, audited
        under source ``"internal"``, so History leaves them out unless asked).

        Args:
            connection: a connection's id or name, or ``"files"``.
            table: ``name`` or ``schema.name`` as in the catalog.
            sample: profile at most this many rows (default ``profiling.tables.SAMPLE_ROWS``).

        Raises:
            NotFound: no such connection or table. QueryFailed / QueryRefused / QueryTimeout.
        """
        from iopsdata.profiling.tables import SAMPLE_ROWS, profile_table

        target = self.target(connection)
        catalog = target.catalog()
        return profile_table(target, catalog, table, sample=sample or SAMPLE_ROWS)

    def run(
        self,
        connection: str,
        sql: str,
        *,
        source: str = "editor",
        row_cap: int | None = None,
        run_id: str | None = None,
    ) -> QueryResult:
        """Guarded, capped, audited execution (see :func:`iopsdata.execute.execute`)."""
        return execute(
            self.ctx,
            self.bind(self.resolve(connection).id),
            sql,
            source=source,
            row_cap=row_cap,
            run_id=run_id,
        )

    def bind(self, connection_id: str) -> Bound:
        """The pooled engine of a saved connection (or the Files connection's engine), with its
        dialect and write policy."""
        if connection_id == FILES_ID:
            return self._files().bind()
        row = self.ctx.store.get_connection(self.ctx.workspace_id, connection_id)
        opts = self._options(row)
        kind = row["kind"]
        self.paths.check_options(kind, opts)  # also for connections saved before the rules
        if kind == "duckdb" and opts.get("path") and self.paths.is_private(str(opts["path"])):
            demo.ensure_demo_database(self.ctx.settings.home)  # waits for a background build
        engine = POOL.get(
            row["id"],
            kind,
            opts,
            read_only=not row["allow_writes"],
            memory_limit=self.ctx.settings.duckdb_memory_limit,
        )
        extra = str(opts.get("allowed_functions") or "")
        return Bound(
            row["id"],
            engine,
            dialect_of(kind, opts),
            bool(row["allow_writes"]),
            opts.get("timeout_s"),
            tuple(f.strip().rstrip("()").strip() for f in extra.split(",") if f.strip()),
        )

    # -- helpers ---------------------------------------------------------------------------
    def _files(self) -> FileService:
        from iopsdata.files import FileService

        return FileService(self.ctx)

    def _connect_once(self, kind: str, opts: dict[str, Any]) -> ServerInfo:
        """Probe the server, then connect with unsaved options and read its version and role."""
        from iopsdata.engines import open_engine

        probe(kind, opts)
        engine = open_engine(kind, opts, memory_limit=self.ctx.settings.duckdb_memory_limit)
        try:
            return engine.server_info()
        finally:
            engine.close()

    def _options(self, row: dict[str, Any]) -> dict[str, Any]:
        try:
            return dict(self.ctx.vault.decrypt_json(row["config_token"]))
        except IopsError as exc:
            raise type(exc)(
                f"The settings of connection {row['name']!r} cannot be decrypted: {exc.message}"
            ) from None

    def _info(self, row: dict[str, Any]) -> ConnectionInfo:
        kind = row["kind"]
        opts = self._options(row)
        label = KINDS[kind].label if kind in KINDS else kind
        try:
            dialect = dialect_of(kind, opts)
        except Exception:  # a bad URL still lists
            dialect = ""
        return ConnectionInfo(
            row["id"],
            row["name"],
            kind,
            label,
            dialect,
            bool(row["allow_writes"]),
            self._shown_options(kind, opts),
        )

    def _shown_options(self, kind: str, opts: dict[str, Any]) -> dict[str, Any]:
        shown = mask_options(kind, opts)
        if shown.get("path") and self.paths.is_private(str(shown["path"])):
            shown["path"] = BUILT_IN  # the demo lives in iOpsData's data folder: never show it
        return shown

    def _forget(self, connection_id: str) -> None:
        POOL.discard(connection_id)
        CACHE.drop(f"{connection_id}:")


def _is_demo(info: ConnectionInfo) -> bool:
    """The built-in demo: the one DuckDB file inside iOpsData's own data a connection may open."""
    return info.kind == "duckdb" and info.options.get("path") == BUILT_IN


def read_role_sql(login: str, role: str = "iopsdata_reader") -> str:
    """SQL an administrator runs once to create a role with SELECT grants only for ``login``."""
    quoted = '"' + login.replace('"', '""') + '"'
    return "\n".join(
        [
            f"CREATE ROLE {role} NOLOGIN;",
            f"GRANT USAGE ON SCHEMA public TO {role};",
            f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role};",
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {role};",
            f"GRANT {role} TO {quoted};",
        ]
    )


__all__ = ["ConnectionInfo", "ConnectionReport", "ConnectionService", "ConnectionTarget"]
