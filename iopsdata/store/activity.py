"""The activity log: who changed what, and when. Append-only — there is no update or delete."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import insert, select

from iopsdata.store import schema as s
from iopsdata.store.base import StoreBase, new_id, now

#: Actions recorded; values never include secrets.
ACTIONS = (
    "connection.created",
    "connection.edited",
    "connection.deleted",
    "connection.writes_toggled",
    "member.invited",
    "member.removed",
    "member.role_changed",
    "provider.changed",
    "file.uploaded",
    "file.deleted",
    "knowledge.changed",
    "knowledge.deleted",
    "knowledge.imported",
    "workspace.created",
    "workspace.renamed",
)


class ActivityRepo(StoreBase):
    def log_activity(
        self,
        workspace_id: str,
        *,
        user_id: str | None,
        action: str,
        target: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> str:
        aid = new_id()
        with self._tx() as conn:
            conn.execute(
                insert(s.activity_log).values(
                    id=aid,
                    workspace_id=workspace_id,
                    user_id=user_id,
                    action=action,
                    target=target,
                    details=details or {},
                    created_at=now(),
                )
            )
        return aid

    def list_activity(
        self,
        workspace_id: str,
        *,
        action: str | None = None,
        user_id: str | None = None,
        since: datetime | None = None,
        limit: int | None = 500,
    ) -> list[dict[str, Any]]:
        """Newest first, optionally filtered by action prefix, user and time; ``limit=None``:
        every matching entry (an export)."""
        t = s.activity_log
        query = select(t, s.users.c.email).outerjoin(s.users, s.users.c.id == t.c.user_id)
        query = query.where(t.c.workspace_id == workspace_id)
        if action:
            query = query.where(t.c.action.startswith(action))
        if user_id:
            query = query.where(t.c.user_id == user_id)
        if since:
            query = query.where(t.c.created_at >= since)
        query = query.order_by(t.c.created_at.desc())
        if limit is not None:
            query = query.limit(limit)
        with self._tx() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]
