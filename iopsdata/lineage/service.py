"""``LineageService``: lineage of one statement and impact analysis across the workspace.

Impact scans saved queries, the query history and chat answers. Parsed lineage is cached per
(sql, dialect) in a bounded process-wide LRU (a ``Lineage`` is frozen, so sharing is safe), which
keeps repeated scans over thousands of history rows fast.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from iopsdata.context import members_only
from iopsdata.errors import IopsError, LineageError
from iopsdata.execute import INTERNAL
from iopsdata.lineage.impact import (
    KINDS,
    ImpactHit,
    ImpactKind,
    Target,
    match,
    parse_target,
    same_table,
    unknown_target,
)
from iopsdata.lineage.model import Lineage
from iopsdata.lineage.script import SchemaLike, extract_lineage
from iopsdata.lineage.workspace_map import (
    MODEL_PROVIDERS,
    SOURCES,
    ModelSQL,
    WorkspaceMap,
    model_entries,
)
from iopsdata.lineage.workspace_map import utc as _utc

if TYPE_CHECKING:
    from iopsdata.context import WorkspaceContext

DIALECTS: tuple[str, ...] = (
    "postgres",
    "mysql",
    "sqlite",
    "duckdb",
    "snowflake",
    "bigquery",
    "spark",
    "hive",
    "databricks",
    "redshift",
    "tsql",
    "trino",
    "presto",
    "oracle",
    "clickhouse",
)
CACHE_SIZE = 4096
SNIPPET = 200
MAX_HOPS = 3


@lru_cache(maxsize=CACHE_SIZE)
def cached_lineage(sql: str, dialect: str | None) -> Lineage | LineageError:
    """Lineage of ``sql`` (or the LineageError it raised), cached per (sql, dialect)."""
    try:
        return extract_lineage(sql, dialect)
    except LineageError as exc:
        return exc
    except (RecursionError, ValueError, TypeError, AttributeError, KeyError) as exc:
        return LineageError(
            f"Lineage could not be computed for this statement ({type(exc).__name__})."
        )


@dataclass(frozen=True)
class QueryRecord:
    """A statement the workspace knows about: a saved query, a history row or a chat answer."""

    source: str
    id: str
    name: str
    sql: str
    dialect: str | None


@dataclass(frozen=True)
class ImpactReport:
    hits: tuple[ImpactHit, ...]
    scanned: int
    unparsed: int
    kind: str
    target: str
    notes: tuple[str, ...] = field(default=())
    # no statement names the target at all (a typo?), with the closest name they use; else None
    unknown: str | None = None

    def rows(self) -> list[dict[str, Any]]:
        """Hits as table rows for display."""
        return [
            {"source": h.source, "name": h.name, "why": h.why, "certain": h.certain, "sql": h.sql}
            for h in self.hits
        ]


# chat answers with SQL read for impact analysis and the map, newest first
CHAT_ANSWERS_READ = 1000


def left_out(history_cut: int | None, chat_cut: int | None) -> tuple[str, ...]:
    """What impact reports and the map say when the workspace had more than they read: an
    all-clear over part of the history is not one."""
    notes = []
    if history_cut is not None:
        notes.append(
            f"Only the newest {history_cut:,} runs of the query history were read; older runs "
            "were not checked."
        )
    if chat_cut is not None:
        notes.append(
            f"Only the newest {chat_cut:,} chat answers were read; older answers were not checked."
        )
    return tuple(notes)


@members_only
class LineageService:
    """Lineage for one workspace (``ws.lineage``)."""

    def __init__(self, ctx: WorkspaceContext, *, history_limit: int = 5000) -> None:
        self.ctx = ctx
        self.history_limit = history_limit

    # -- single statement ---------------------------------------------------------------------
    def extract(self, sql: str, dialect: str | None = None, schema: SchemaLike = None) -> Lineage:
        """Lineage of ``sql``; see :func:`~iopsdata.lineage.extract_lineage`.

        Raises:
            LineageError: unparseable or too deeply nested SQL (the message names line and column).
        """
        if schema is not None:
            return extract_lineage(sql, dialect, schema)
        result = cached_lineage(sql, dialect)
        if isinstance(result, LineageError):
            raise result
        return result

    # -- workspace statements -----------------------------------------------------------------
    def records(self, *, history_limit: int | None = None) -> list[QueryRecord]:
        """Saved queries, distinct history statements (newest first) and chat answers with SQL."""
        return self._records(history_limit)[0]

    def _records(self, history_limit: int | None) -> tuple[list[QueryRecord], tuple[str, ...]]:
        """:meth:`records`, and what was left out of them (:func:`left_out`)."""
        store, ws = self.ctx.store, self.ctx.workspace_id
        limit = history_limit or self.history_limit
        dialects: dict[str | None, str | None] = {None: None}
        out: list[QueryRecord] = []
        for row in store.list_saved_queries(ws):
            out.append(
                QueryRecord(
                    "saved",
                    str(row["id"]),
                    str(row["name"]),
                    row["sql"],
                    self._dialect(row.get("connection_id"), dialects),
                )
            )
        runs: dict[tuple[str, str | None], list[dict[str, Any]]] = {}
        history, history_cut = self._history_rows(limit)
        for row in history:
            if not row.get("sql"):
                continue
            runs.setdefault((row["sql"], row.get("connection_id")), []).append(row)
        for (sql, conn_id), rows in runs.items():
            newest = rows[0]
            when = str(newest.get("created_at") or "")[:16]
            label = f"history · {len(rows)} run{'s' if len(rows) > 1 else ''}" + (
                f" · last {when}" if when else ""
            )
            out.append(
                QueryRecord(
                    "history", str(newest["id"]), label, sql, self._dialect(conn_id, dialects)
                )
            )
        chat_rows, chat_cut = self._chat_rows()
        for row in chat_rows:
            payload = row.get("payload") or {}
            dialect = payload.get("dialect") or self._dialect(
                payload.get("connection_id"), dialects
            )
            title = str(payload.get("question") or row.get("content") or "chat answer")[:60]
            out.append(
                QueryRecord("chat", str(row["id"]), f"chat · {title}", str(payload["sql"]), dialect)
            )
        out.extend(self._dbt_records())
        return out, left_out(history_cut, chat_cut)

    def _dbt_records(self) -> list[QueryRecord]:
        """Imported dbt models as "builds <relation> AS <compiled SQL>" statements, so impact
        analysis and the workspace map reach upstream through them (``ws.knowledge.import_dbt``)."""
        from iopsdata.knowledge.rows import dbt_models_from_rows

        rows = self.ctx.store.list_knowledge(self.ctx.workspace_id, None, kind="dbt_model")
        out: list[QueryRecord] = []
        for row in rows:
            dialect = (row.get("body") or {}).get("dialect")
            out.extend(
                QueryRecord("dbt", str(row["id"]), f"dbt · {m.name}", m.statement(), dialect)
                for m in dbt_models_from_rows([row])
            )
        return out

    def _history_rows(self, limit: int) -> tuple[list[dict[str, Any]], int | None]:
        """The newest ``limit`` audited runs, and ``limit`` when the history had more (one more
        is asked for, to know). Refused statements never ran and internal ones (profiles,
        previews) were never the user's: neither is a reader or writer of anything."""
        rows = self.ctx.store.query_history(
            self.ctx.workspace_id,
            limit=limit + 1,
            exclude_sources=(INTERNAL,),
            exclude_statuses=("refused",),
        )
        return rows[:limit], (limit if len(rows) > limit else None)

    def _chat_rows(self) -> tuple[list[dict[str, Any]], int | None]:
        """The newest CHAT_ANSWERS_READ answers with SQL the current user may read (their own and
        shared threads, never others'), and that limit when there were more."""
        rows = self.ctx.store.list_chat_sql(
            self.ctx.workspace_id, user_id=self.ctx.user_id, limit=CHAT_ANSWERS_READ + 1
        )
        cut = CHAT_ANSWERS_READ if len(rows) > CHAT_ANSWERS_READ else None
        return rows[:CHAT_ANSWERS_READ], cut

    def _dialect(self, connection_id: str | None, memo: dict[str | None, str | None]) -> str | None:
        if connection_id in memo or connection_id is None:
            return memo.get(connection_id)
        dialect = None
        try:
            conn = self.ctx.store.get_connection(self.ctx.workspace_id, connection_id)
            kind = str(conn.get("kind") or "")
            if kind and kind != "url":  # a URL connection's dialect sits in its encrypted config
                from iopsdata.engines.kinds import spec

                dialect = spec(kind).dialect
        except (IopsError, ImportError, KeyError, ValueError):
            dialect = None
        memo[connection_id] = dialect
        return dialect

    # -- impact -------------------------------------------------------------------------------
    def impact(self, target: str, *, kind: ImpactKind = "reads") -> list[ImpactHit]:
        """Statements in the workspace that read ``target`` or break if it is dropped or renamed.

        Args:
            target: ``table``, ``schema.table`` or ``table.column`` (both readings are tried).
            kind: "reads" (what reads it), "drop" or "rename" (what breaks).

        Returns:
            Hits, direct ones first; indirect hits (reading a table some hit writes) carry ``via``.

        Raises:
            LineageError: empty target or unknown kind.
        """
        return list(self.impact_report(target, kind=kind).hits)

    def impact_report(self, target: str, *, kind: ImpactKind = "reads") -> ImpactReport:
        """Like :meth:`impact`, plus how many statements were scanned and how many did not parse."""
        if kind not in KINDS:
            raise LineageError(f"Unknown impact kind {kind!r}; use one of {', '.join(KINDS)}.")
        parsed_target = parse_target(target)
        records, missing = self._records(None)
        lineages: list[tuple[QueryRecord, Lineage]] = []
        unparsed = 0
        for rec in records:
            result = cached_lineage(rec.sql, rec.dialect)
            if isinstance(result, LineageError):
                unparsed += 1
            else:
                lineages.append((rec, result))
        hits = scan(lineages, parsed_target, kind)
        notes = (
            (f"{unparsed} statement(s) could not be parsed and were not checked.",)
            if unparsed
            else ()
        ) + missing
        unknown = None if hits else unknown_target((lin for _, lin in lineages), parsed_target)
        return ImpactReport(
            tuple(hits), len(records), unparsed, kind, parsed_target.text, notes, unknown
        )

    # -- the workspace map --------------------------------------------------------------------
    def map(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        sources: Iterable[str] = SOURCES,
        models: Iterable[ModelSQL] = (),
        history_limit: int | None = None,
    ) -> WorkspaceMap:
        """One lineage map of the workspace (see :mod:`iopsdata.lineage.workspace_map`).

        Args:
            since / until: keep history runs, saved queries and chat answers dated in
                ``[since, until)`` (naive datetimes are UTC); models have no date and stay.
            sources: any of "history", "saved", "chat", "model".
            models: compiled model SQL to add, besides what registered providers give
                (:func:`~iopsdata.lineage.workspace_map.register_model_provider`).
            history_limit: newest audited runs to read (default: the service's 5,000).
        """
        from iopsdata.lineage.map_records import collect

        wanted = set(sources)
        unknown = wanted - set(SOURCES)
        if unknown:
            raise LineageError(
                f"Unknown source(s) {', '.join(sorted(unknown))}; use {', '.join(SOURCES)}."
            )
        if since and until and _utc(since) >= _utc(until):
            raise LineageError("The time window is empty: 'since' must be before 'until'.")
        entries, missing = collect(
            self,
            since=_utc(since) if since else None,
            until=_utc(until) if until else None,
            sources=wanted,
            history_limit=history_limit or self.history_limit,
        )
        if "model" in wanted:
            registered = [m for p in MODEL_PROVIDERS.values() for m in p(self.ctx)]
            entries.extend(model_entries([*models, *registered], self.extract))
        return WorkspaceMap(entries, left_out=missing)

    def map_impact(
        self, target: str, *, kind: ImpactKind = "drop", workspace_map: WorkspaceMap | None = None
    ) -> ImpactReport:
        """What breaks (or reads) ``target`` across the map's entries, indirect hits included.

        Raises:
            LineageError: empty target or unknown kind.
        """
        if kind not in KINDS:
            raise LineageError(f"Unknown impact kind {kind!r}; use one of {', '.join(KINDS)}.")
        wmap = workspace_map if workspace_map is not None else self.map()
        parsed_target = parse_target(target)
        lineages = [
            (QueryRecord(e.source, e.id, e.name, e.sql, e.dialect), lin)
            for e, lin in wmap.lineages()
        ]
        hits = scan(lineages, parsed_target, kind)
        notes = (
            (f"{wmap.unparsed} statement(s) could not be parsed and were not checked.",)
            if wmap.unparsed
            else ()
        ) + wmap.left_out
        unknown = None if hits else unknown_target((lin for _, lin in lineages), parsed_target)
        return ImpactReport(
            tuple(hits), len(wmap.entries), wmap.unparsed, kind, parsed_target.text, notes, unknown
        )

    def openlineage(
        self, *, workspace_map: WorkspaceMap | None = None, now: datetime | None = None
    ) -> str:
        """The map as OpenLineage RunEvents, one JSON object per line (``.jsonl``).

        Args:
            workspace_map: the map to export (default: :meth:`map` with no filters).
            now: event time of undated entries (models).
        """
        from iopsdata.lineage.openlineage import namespace_for, run_events, to_json_lines

        wmap = workspace_map if workspace_map is not None else self.map()
        name = str(self.ctx.store.get_workspace(self.ctx.workspace_id).get("name") or "")
        return to_json_lines(run_events(wmap, namespace=namespace_for(name), now=now))


def scan(
    lineages: list[tuple[QueryRecord, Lineage]], target: Target, kind: ImpactKind
) -> list[ImpactHit]:
    """Hits of ``target`` in ``lineages``; follows what hit statements build, up to MAX_HOPS."""
    hits: list[ImpactHit] = []
    seen: set[tuple[str, str]] = set()
    queue: deque[tuple[Target, str | None, int]] = deque([(target, None, 0)])
    visited = {target.text.lower()}
    while queue:
        tgt, via, hop = queue.popleft()
        for rec, lin in lineages:
            key = (rec.source, rec.id)
            if key in seen:
                continue
            reasons = match(lin, tgt, kind if via is None else "reads")
            if not reasons:
                continue
            seen.add(key)
            why = "; ".join(r for r, _ in reasons)
            if via is not None:
                why = f"{why} ({via} is built from {target.text} upstream)"
            hits.append(
                ImpactHit(
                    rec.source,
                    rec.id,
                    rec.name,
                    _snippet(rec.sql),
                    why,
                    all(c for _, c in reasons),
                    via,
                )
            )
            if hop < MAX_HOPS:
                for nxt in _derived_targets(lin, tgt):
                    if nxt.text.lower() not in visited:
                        visited.add(nxt.text.lower())
                        queue.append((nxt, nxt.text, hop + 1))
    return hits


def _derived_targets(lin: Lineage, tgt: Target) -> list[Target]:
    """What a hit statement builds from the target: derived columns, else the tables it writes."""
    if tgt.column is not None:
        col = tgt.column.lower()
        out = [
            parse_target(f"{e.target.table}.{e.target.column}")
            for e in lin.edges
            if e.target.table
            and e.target.column != "*"
            and any(
                same_table(s.table, tgt.column_table) and s.column.lower() in (col, "*")
                for s in e.sources
            )
        ]
        if out or any(e.target.table for e in lin.edges):
            return out
    # a written name is a table: read as "table.column" too, "main.orders" would hop nowhere
    return [Target(w, w, None, None) for w in lin.writes]


def _snippet(sql: str) -> str:
    flat = " ".join(sql.split())
    return flat if len(flat) <= SNIPPET else flat[: SNIPPET - 1] + "…"
