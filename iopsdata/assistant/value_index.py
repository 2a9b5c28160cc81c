"""``ValueIndexService`` (``ws.value_index``): refresh a connection's value index, on demand or on
the schedule the user sets.

A refresh profiles each table's text columns pushed down to the connection's own engine
(``iopsdata.profiling.profile_relation`` through the target's one audited door, as ``INTERNAL``
statements) and keeps ``Profile.hints()``: the values of columns with few distinct values, and
date formats. Chat reads the stored index (``hints_for``); asking never profiles anything.
Scheduled refreshes run from ``python -m iopsdata.assistant.value_index`` (cron or any
scheduler): it refreshes every connection whose schedule has come due.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from iopsdata.activity import record
from iopsdata.context import members_only
from iopsdata.errors import ConfigError, IopsError

if TYPE_CHECKING:
    from iopsdata.context import WorkspaceContext
    from iopsdata.targets import QueryTarget

log = logging.getLogger(__name__)

SCHEDULE_KEY = "value_index_hours"  # workspace setting: {connection id: hours between refreshes}
TEXT_TYPES = ("char", "text", "string", "varchar", "enum")
MAX_TABLES = 300  # a refresh profiles at most this many tables (the largest catalogs)
SAMPLE_ROWS = 1_000_000
LOOKUP_VALUES = 20  # all-distinct columns with at most this many values are kept whole


@members_only
class ValueIndexService:
    """The value index of the workspace's connections."""

    def __init__(self, ctx: WorkspaceContext) -> None:
        self.ctx = ctx

    def get(self, connection_id: str) -> tuple[dict[str, dict[str, Any]], datetime | None]:
        """``({table: {column: hint}}, last refresh)`` of a connection (everyone may read)."""
        return self.ctx.store.get_value_index(self.ctx.workspace_id, connection_id)

    def refresh(self, target: QueryTarget) -> dict[str, int]:
        """Profile the text columns of every table of ``target`` and store the hints.

        Returns:
            ``{"tables": profiled, "columns": columns with values, "failed": tables skipped}``.

        Raises:
            PermissionDenied: viewers cannot refresh.
        """
        self.ctx.require("editor")
        import sqlglot.expressions as exp

        from iopsdata.execute import INTERNAL
        from iopsdata.profiling import profile_relation

        catalog = target.catalog()
        dialect = target.dialect or catalog.dialect
        found: dict[str, dict[str, Any]] = {}
        profiled = failed = 0
        for table in catalog.tables[:MAX_TABLES]:
            columns = [
                (c.name, c.type)
                for c in table.columns
                if any(k in c.type.lower() for k in TEXT_TYPES)
            ]
            if not columns:
                continue
            relation = exp.table_(table.name, db=table.schema, quoted=True).sql(dialect)
            try:
                profile = profile_relation(
                    lambda sql: target.run(sql, source=INTERNAL).table,
                    relation,
                    columns,
                    dialect,
                    sample=SAMPLE_ROWS,
                )
            except IopsError as exc:  # one unreadable table must not lose the others
                log.warning("value index: skipped %s: %s", table.qualified_name, exc.message)
                failed += 1
                continue
            profiled += 1
            hints = profile.hints()
            for col in profile.columns:
                # A lookup table's names are all distinct, so the profiler keeps no top values
                # ("likely a key"); with few of them they are still the values worth knowing.
                if 0 < (col.distinct or 0) <= LOOKUP_VALUES and "values" not in hints.get(
                    col.name, {}
                ):
                    values = _distinct(target, relation, col.name, dialect)
                    if values:
                        hints.setdefault(col.name, {})["values"] = values
            if hints:
                found[table.qualified_name] = hints
        self.ctx.store.replace_value_index(self.ctx.workspace_id, target.id, found)
        counts = {
            "tables": profiled,
            "columns": sum(len(h) for h in found.values()),
            "failed": failed,
        }
        record(self.ctx, "value_index.refreshed", target.id, **counts)
        return counts

    def schedule(self, connection_id: str) -> float | None:
        """Hours between scheduled refreshes of a connection, or None (on demand only)."""
        hours = (
            self.ctx.store.get_workspace_settings(self.ctx.workspace_id).get(SCHEDULE_KEY) or {}
        ).get(connection_id)
        return float(hours) if hours else None

    def set_schedule(self, connection_id: str, hours: float | None) -> None:
        """Refresh every ``hours`` (None or 0: on demand only). Editors only.

        Raises:
            ConfigError: a negative number of hours.
        """
        self.ctx.require("editor")
        if hours is not None and hours < 0:
            raise ConfigError("The refresh interval must be a positive number of hours.")
        store, ws = self.ctx.store, self.ctx.workspace_id
        current = dict(store.get_workspace_settings(ws).get(SCHEDULE_KEY) or {})
        if hours:
            current[connection_id] = float(hours)
        else:
            current.pop(connection_id, None)
        store.set_workspace_settings(ws, {SCHEDULE_KEY: current})
        record(self.ctx, "value_index.scheduled", connection_id, hours=hours or None)

    def due(self, connection_id: str, at: datetime | None = None) -> bool:
        """Whether a scheduled refresh of the connection has come due (never without a schedule)."""
        hours = self.schedule(connection_id)
        if hours is None:
            return False
        _, last = self.get(connection_id)
        if last is None:
            return True
        if last.tzinfo is None:  # SQLite gives naive datetimes back
            last = last.replace(tzinfo=UTC)
        return (at or datetime.now(UTC)) - last >= timedelta(hours=hours)


def _distinct(target: QueryTarget, relation: str, column: str, dialect: str) -> list[str]:
    """Up to ``LOOKUP_VALUES`` distinct values of one column (a bounded, audited query)."""
    import sqlglot.expressions as exp

    from iopsdata.execute import INTERNAL

    col = exp.column(column, quoted=True)
    query = (
        exp.select(col)
        .distinct()
        .from_(exp.to_table(relation, dialect=dialect))
        .where(col.is_(exp.null()).not_())
        .limit(LOOKUP_VALUES + 1)
    )
    try:
        rows = target.run(query.sql(dialect), source=INTERNAL).table.column(0).to_pylist()
    except IopsError:
        return []
    return sorted(str(v) for v in rows)[:LOOKUP_VALUES]


def refresh_due(ws: Any) -> dict[str, dict[str, int]]:
    """Refresh every connection of the workspace ``ws`` whose schedule has come due."""
    done = {}
    for conn in ws.connections.list():
        if ws.value_index.due(conn.id):
            done[conn.id] = ws.value_index.refresh(ws.connections.target(conn.id))
    return done


if __name__ == "__main__":  # pragma: no cover - the scheduler's entry point
    from iopsdata.workspace import Workspace

    print(refresh_due(Workspace.open()))
