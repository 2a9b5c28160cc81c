"""Chat threads and their messages.

A thread is private to its author: only the author reads, renames, deletes or writes to it, and
other members of the workspace read it only when the author shared it. Every method takes the
acting ``user_id`` and filters by it here (SQLite has no row-level security); on PostgreSQL the
policies in ``supabase/migrations`` say the same again.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, insert, or_, select, update

from iopsdata.errors import NotFound
from iopsdata.store import schema as s
from iopsdata.store.base import StoreBase, new_id, now

_MISSING = "That chat does not exist in this workspace."


def _readable(workspace_id: str, user_id: str) -> ColumnElement[bool]:
    """Threads ``user_id`` may read: their own, and those shared with the workspace."""
    t = s.chat_threads
    return and_(t.c.workspace_id == workspace_id, or_(t.c.user_id == user_id, t.c.shared))


def _owned(workspace_id: str, user_id: str, thread_id: str) -> ColumnElement[bool]:
    t = s.chat_threads
    return and_(t.c.workspace_id == workspace_id, t.c.user_id == user_id, t.c.id == thread_id)


class ChatRepo(StoreBase):
    def create_thread(
        self, workspace_id: str, *, user_id: str, title: str, connection_id: str | None = None
    ) -> str:
        tid = new_id()
        with self._tx() as conn:
            conn.execute(
                insert(s.chat_threads).values(
                    id=tid,
                    workspace_id=workspace_id,
                    user_id=user_id,
                    title=title.strip()[:300] or "New chat",
                    connection_id=connection_id,
                    shared=False,
                    created_at=now(),
                    updated_at=now(),
                )
            )
        return tid

    def list_threads(self, workspace_id: str, user_id: str) -> list[dict[str, Any]]:
        """The user's threads and the threads others shared with the workspace, newest first."""
        t = s.chat_threads
        query = select(t).where(_readable(workspace_id, user_id)).order_by(t.c.updated_at.desc())
        with self._tx() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def get_thread(self, workspace_id: str, thread_id: str, *, user_id: str) -> dict[str, Any]:
        t = s.chat_threads
        with self._tx() as conn:
            row = conn.execute(
                select(t).where(_readable(workspace_id, user_id), t.c.id == thread_id)
            ).first()
        if row is None:
            raise NotFound(_MISSING)
        return dict(row._mapping)

    def update_thread(
        self,
        workspace_id: str,
        thread_id: str,
        *,
        user_id: str,
        title: str | None = None,
        connection_id: str | None = None,
        shared: bool | None = None,
    ) -> None:
        """Rename, bind to a connection or share one of the user's own threads."""
        values: dict[str, Any] = {"updated_at": now()}
        if title is not None:
            values["title"] = title.strip()[:300] or "New chat"
        if connection_id is not None:
            values["connection_id"] = connection_id
        if shared is not None:
            values["shared"] = bool(shared)
        with self._tx() as conn:
            res = conn.execute(
                update(s.chat_threads)
                .where(_owned(workspace_id, user_id, thread_id))
                .values(**values)
            )
            if res.rowcount == 0:
                raise NotFound(_MISSING)

    def rename_thread(self, workspace_id: str, thread_id: str, title: str, *, user_id: str) -> None:
        self.update_thread(workspace_id, thread_id, user_id=user_id, title=title)

    def delete_thread(self, workspace_id: str, thread_id: str, *, user_id: str) -> None:
        with self._tx() as conn:
            owned = conn.execute(
                select(s.chat_threads.c.id).where(_owned(workspace_id, user_id, thread_id))
            ).first()
            if owned is None:
                raise NotFound(_MISSING)
            conn.execute(
                delete(s.chat_messages).where(
                    s.chat_messages.c.workspace_id == workspace_id,
                    s.chat_messages.c.thread_id == thread_id,
                )
            )
            conn.execute(delete(s.chat_threads).where(_owned(workspace_id, user_id, thread_id)))

    def add_message(
        self,
        workspace_id: str,
        thread_id: str,
        *,
        user_id: str,
        role: str,
        content: str,
        payload: dict[str, Any] | None = None,
    ) -> str:
        mid = new_id()
        t = s.chat_threads
        with self._tx() as conn:
            owner = conn.execute(
                select(t.c.id).where(_owned(workspace_id, user_id, thread_id))
            ).first()
            if owner is None:
                raise NotFound(_MISSING)
            conn.execute(
                insert(s.chat_messages).values(
                    id=mid,
                    workspace_id=workspace_id,
                    thread_id=thread_id,
                    role=role,
                    content=content,
                    payload=payload,
                    created_at=now(),
                )
            )
            conn.execute(update(t).where(t.c.id == thread_id).values(updated_at=now()))
        return mid

    def delete_messages(
        self, workspace_id: str, thread_id: str, message_ids: Iterable[str], *, user_id: str
    ) -> None:
        """Remove messages of one of the user's threads (a failed turn before its retry)."""
        m = s.chat_messages
        with self._tx() as conn:
            if (
                conn.execute(
                    select(s.chat_threads.c.id).where(_owned(workspace_id, user_id, thread_id))
                ).first()
                is None
            ):
                raise NotFound(_MISSING)
            conn.execute(
                delete(m).where(
                    m.c.workspace_id == workspace_id,
                    m.c.thread_id == thread_id,
                    m.c.id.in_(list(message_ids)),
                )
            )

    def _readable_messages(self, workspace_id: str, user_id: str) -> Any:
        m, t = s.chat_messages, s.chat_threads
        return (
            select(m)
            .join(t, and_(t.c.id == m.c.thread_id, t.c.workspace_id == m.c.workspace_id))
            .where(m.c.workspace_id == workspace_id, _readable(workspace_id, user_id))
        )

    def list_messages(
        self, workspace_id: str, thread_id: str, *, user_id: str
    ) -> list[dict[str, Any]]:
        m = s.chat_messages
        query = (
            self._readable_messages(workspace_id, user_id)
            .where(m.c.thread_id == thread_id)
            .order_by(m.c.created_at, m.c.id)
        )
        with self._tx() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def get_message(self, workspace_id: str, message_id: str, *, user_id: str) -> dict[str, Any]:
        query = self._readable_messages(workspace_id, user_id).where(
            s.chat_messages.c.id == message_id
        )
        with self._tx() as conn:
            row = conn.execute(query).first()
            if row is None:
                raise NotFound("That message does not exist in this workspace.")
            return dict(row._mapping)

    def list_chat_sql(
        self, workspace_id: str, *, user_id: str, limit: int = 1000
    ) -> list[dict[str, Any]]:
        """The newest ``limit`` answers with SQL that ``user_id`` may read (for impact analysis),
        newest first. The limit counts answers with SQL, so a caller asking for one more than it
        reads knows whether there were more."""
        m = s.chat_messages
        query = (
            self._readable_messages(workspace_id, user_id)
            .where(m.c.role == "assistant", m.c.payload["sql"].as_string().is_not(None))
            .order_by(m.c.created_at.desc())
            .limit(limit)
        )
        with self._tx() as conn:
            rows = [dict(r._mapping) for r in conn.execute(query)]
        return [r for r in rows if isinstance(r.get("payload"), dict) and r["payload"].get("sql")]
