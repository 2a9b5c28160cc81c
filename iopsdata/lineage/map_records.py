"""Collect the workspace map's entries from the store: audited runs, saved queries, chat answers.

Audited runs are grouped per distinct (statement, connection): the entry carries the number of
runs in the time window and who ran it last and when. Refused statements never ran and internal
ones (profiles, previews) were never the user's, so neither is on the map. Chat answers are the
ones the current user may read (their own and shared threads).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from iopsdata.errors import LineageError
from iopsdata.lineage.workspace_map import MapEntry, utc

if TYPE_CHECKING:
    from iopsdata.lineage.service import LineageService


def collect(
    svc: LineageService,
    *,
    since: datetime | None,
    until: datetime | None,
    sources: Iterable[str],
    history_limit: int,
) -> tuple[list[MapEntry], tuple[str, ...]]:
    """Map entries of ``svc``'s workspace, dated in ``[since, until)`` (aware UTC datetimes), and
    what the windows of history runs and chat answers left out (``service.left_out``)."""
    from iopsdata.files.connection import files_info
    from iopsdata.lineage.service import cached_lineage, left_out

    store, ws = svc.ctx.store, svc.ctx.workspace_id
    wanted = set(sources)
    users = {m["user_id"]: m.get("display_name") or m.get("email") for m in store.list_members(ws)}
    files = files_info()  # built in, not stored: its runs are named as the SQL page names them
    conns = {files.id: files.title, **{c["id"]: c.get("name") for c in store.list_connections(ws)}}
    dialects: dict[str | None, str | None] = {None: None}

    def inside(when: Any) -> bool:
        at = _aware(when)
        if at is None:
            return since is None and until is None
        return (since is None or at >= since) and (until is None or at < until)

    def entry(source: str, id_: Any, name: str, sql: str, conn: Any, **kw: Any) -> MapEntry:
        dialect = kw.pop("dialect", None) or svc._dialect(conn, dialects)
        result = cached_lineage(sql, dialect)
        lineage, error = (None, str(result)) if isinstance(result, LineageError) else (result, None)
        return MapEntry(
            source,
            str(id_),
            name,
            sql,
            dialect,
            conns.get(conn),
            lineage=lineage,
            error=error,
            **kw,
        )

    out: list[MapEntry] = []
    history_cut = chat_cut = None
    if "history" in wanted:
        runs: dict[tuple[str, Any], list[dict[str, Any]]] = {}
        history, history_cut = svc._history_rows(history_limit)
        for row in history:
            if row.get("sql") and inside(row.get("created_at")):
                runs.setdefault((row["sql"], row.get("connection_id")), []).append(row)
        for (sql, conn), rows in runs.items():
            newest = rows[0]  # the store hands runs back newest first
            label = f"history · {len(rows)} run{'s' if len(rows) > 1 else ''}"
            out.append(
                entry(
                    "history",
                    newest["id"],
                    label,
                    sql,
                    conn,
                    user=users.get(newest.get("user_id")),
                    at=_aware(newest.get("created_at")),
                    runs=len(rows),
                )
            )
    if "saved" in wanted:
        for row in store.list_saved_queries(ws):
            if inside(row.get("created_at")):
                out.append(
                    entry(
                        "saved",
                        row["id"],
                        str(row["name"]),
                        row["sql"],
                        row.get("connection_id"),
                        user=users.get(row.get("created_by")),
                        at=_aware(row.get("created_at")),
                    )
                )
    if "chat" in wanted:
        answers, chat_cut = svc._chat_rows()
        for row in answers:
            payload = row.get("payload") or {}
            if not inside(row.get("created_at")):
                continue
            title = str(payload.get("question") or row.get("content") or "chat answer")[:60]
            out.append(
                entry(
                    "chat",
                    row["id"],
                    f"chat · {title}",
                    str(payload["sql"]),
                    payload.get("connection_id"),
                    dialect=payload.get("dialect"),
                    at=_aware(row.get("created_at")),
                )
            )
    return out, left_out(history_cut, chat_cut)


def _aware(when: Any) -> datetime | None:
    return utc(when) if isinstance(when, datetime) else None
