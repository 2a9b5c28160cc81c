"""``SqlService``: what the SQL page needs — run, cancel, history, saved queries, format, export."""

from __future__ import annotations

import io
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from iopsdata import execute as _execute
from iopsdata.context import members_only
from iopsdata.export import FORMATS as EXPORT_FORMATS

if TYPE_CHECKING:
    from iopsdata.context import WorkspaceContext
    from iopsdata.estimate import Estimate
    from iopsdata.export import Exported, Progress
    from iopsdata.result import QueryResult

__all__ = ["EXPORT_FORMATS", "SqlService"]


@members_only
class SqlService:
    """SQL work in the context's workspace; every method raises ``IopsError`` subclasses only."""

    def __init__(self, ctx: WorkspaceContext) -> None:
        self.ctx = ctx

    def _connections(self) -> Any:
        from iopsdata.connections import ConnectionService

        return ConnectionService(self.ctx)

    def run(
        self,
        sql: str,
        connection: str,
        *,
        source: str = "editor",
        row_cap: int | None = None,
        run_id: str | None = None,
    ) -> QueryResult:
        """Run one statement on a connection (id or name): guarded, time-limited, capped, audited.

        Args:
            run_id: optional id the caller picks so another thread can :meth:`cancel` this run.

        ``connection="files"`` is the workspace's Files connection (uploaded files as tables).

        Raises:
            NotFound, QueryRefused, QueryFailed, QueryTimeout, QueryCancelled, ConnectionFailed.
        """
        return self._connections().run(
            connection, sql, source=source, row_cap=row_cap, run_id=run_id
        )

    def estimate(self, sql: str, connection: str) -> Estimate:
        """The plan's estimate of ``sql`` on a connection (id, name or ``"files"``), not running it.

        The database's ``EXPLAIN`` of the guarded query (never ``ANALYZE``), audited as an internal
        run; see :func:`iopsdata.estimate.estimate`.

        Raises:
            QueryRefused: the guard refused it, it is not a query, or the database gives no plan.
            NotFound, QueryFailed, QueryTimeout, ConnectionFailed.
        """
        from iopsdata.estimate import estimate

        return estimate(self._connections().target(connection), sql)

    def cancel(self, run_id: str | None = None) -> int:
        """Cancel one run, or every run of this user in this workspace. Returns how many were asked to stop."""
        if run_id is not None:
            mine = {r["run_id"] for r in _execute.running(self.ctx.workspace_id, self.ctx.user_id)}
            return int(run_id in mine and _execute.cancel(run_id))
        return sum(
            _execute.cancel(r["run_id"])
            for r in _execute.running(self.ctx.workspace_id, self.ctx.user_id)
        )

    def running(self) -> list[dict[str, Any]]:
        """This user's runs in flight (``run_id``, ``connection_id``, ``started``)."""
        return _execute.running(self.ctx.workspace_id, self.ctx.user_id)

    def history(
        self, limit: int = 100, connection_id: str | None = None, *, include_internal: bool = False
    ) -> list[dict[str, Any]]:
        """Audit rows of the workspace, newest first.

        Args:
            include_internal: also the queries the app ran for itself (profiles, file previews),
                audited under source ``"internal"``; the user never typed them, so they are left
                out by default.
        """
        return self.ctx.store.query_history(
            self.ctx.workspace_id,
            limit=limit,
            connection_id=connection_id,
            exclude_sources=() if include_internal else (_execute.INTERNAL,),
        )

    def save(
        self,
        name: str,
        sql: str,
        connection_id: str | None,
        description: str = "",
        tags: Sequence[str] = (),
    ) -> str:
        """Save a query for the workspace (editors and owners)."""
        self.ctx.require("editor")
        return self.ctx.store.save_query(
            self.ctx.workspace_id,
            name=name,
            sql=sql,
            connection_id=connection_id,
            description=description,
            tags=tags,
            created_by=self.ctx.user_id,
        )

    def saved(self) -> list[dict[str, Any]]:
        return self.ctx.store.list_saved_queries(self.ctx.workspace_id)

    def delete_saved(self, query_id: str) -> None:
        self.ctx.require("editor")
        self.ctx.store.delete_saved_query(self.ctx.workspace_id, query_id)

    @staticmethod
    def format(sql: str, dialect: str | None = None) -> str:
        """Pretty-print SQL in a dialect. Raises QueryFailed when it does not parse."""
        from iopsdata.sqltext import format_sql

        return format_sql(sql, dialect)

    @staticmethod
    def transpile(sql: str, from_dialect: str | None, to_dialect: str | None) -> str:
        """Rewrite SQL from one dialect into another. Raises QueryFailed when it does not parse."""
        from iopsdata.sqltext import transpile

        return transpile(sql, from_dialect, to_dialect)

    @staticmethod
    def export(result: QueryResult, fmt: str = "csv") -> bytes:
        """The rows shown (at most the row cap) as CSV (with header) or Parquet bytes.

        ``"sheet.csv"`` is CSV for spreadsheets: a text cell starting with ``= + - @``, a tab or a
        carriage return gets a leading ``'`` so Excel/Sheets/LibreOffice show it instead of
        evaluating it (OWASP's advice against CSV injection). It alters such cells, so the plain
        CSV stays exact and this one is a separate choice. For every row, :meth:`export_full`.
        """
        from iopsdata.export import check_format, spreadsheet_safe

        check_format(fmt)
        buf = io.BytesIO()
        if fmt in ("csv", "sheet.csv"):
            import pyarrow.csv as pacsv

            table = spreadsheet_safe(result.table) if fmt == "sheet.csv" else result.table
            pacsv.write_csv(table, buf)
        else:
            import pyarrow.parquet as pq

            pq.write_table(result.table, buf)
        return buf.getvalue()

    def export_full(
        self,
        sql: str,
        connection: str,
        fmt: str = "csv",
        *,
        dest: Path | None = None,
        run_id: str | None = None,
        progress: Progress | None = None,
    ) -> Exported:
        """Re-run ``sql`` and stream every row into a file (the full result, not the rows shown).

        Guarded, time-limited and audited like :meth:`run` (source ``"export"``); at most
        ``settings.export_row_cap`` rows, and ``Exported.notice`` says when that cut it.
        ``run_id`` lets :meth:`cancel` stop it; ``progress(rows)`` is called as batches land.

        Args:
            dest: the file to write; default a new file in a private temporary folder (the
                caller serves and then deletes it).
        """
        if dest is None:
            folder = Path(tempfile.mkdtemp(prefix="iopsdata-export-"))
            dest = folder / f"result.{fmt}"
        service = self._connections()
        return _execute.export(
            self.ctx,
            service.bind(service.resolve(connection).id),
            sql,
            fmt=fmt,
            dest=dest,
            run_id=run_id,
            progress=progress,
        )
