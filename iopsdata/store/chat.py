"""Chat threads and their messages."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, insert, select, update

from iopsdata.errors import NotFound
from iopsdata.store import schema as s
from iopsdata.store.base import StoreBase, new_id, now


class ChatRepo(StoreBase):
    def create_thread(self, workspace_id: str, *, user_id: str, title: str) -> str:
        tid = new_id()
        with self._tx() as conn:
            conn.execute(
                insert(s.chat_threads).values(
                    id=tid,
                    workspace_id=workspace_id,
                    user_id=user_id,
                    title=title.strip()[:300] or "New chat",
                    created_at=now(),
                    updated_at=now(),
                )
            )
        return tid

    def list_threads(self, workspace_id: str, user_id: str) -> list[dict[str, Any]]:
        t = s.chat_threads
        query = (
            select(t)
            .where(t.c.workspace_id == workspace_id, t.c.user_id == user_id)
            .order_by(t.c.updated_at.desc())
        )
        with self._tx() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def rename_thread(self, workspace_id: str, thread_id: str, title: str) -> None:
        t = s.chat_threads
        with self._tx() as conn:
            res = conn.execute(
                update(t)
                .where(t.c.workspace_id == workspace_id, t.c.id == thread_id)
                .values(title=title.strip()[:300] or "New chat", updated_at=now())
            )
            if res.rowcount == 0:
                raise NotFound("That chat does not exist in this workspace.")

    def delete_thread(self, workspace_id: str, thread_id: str) -> None:
        with self._tx() as conn:
            conn.execute(
                delete(s.chat_messages).where(
                    s.chat_messages.c.workspace_id == workspace_id,
                    s.chat_messages.c.thread_id == thread_id,
                )
            )
            res = conn.execute(
                delete(s.chat_threads).where(
                    s.chat_threads.c.workspace_id == workspace_id, s.chat_threads.c.id == thread_id
                )
            )
            if res.rowcount == 0:
                raise NotFound("That chat does not exist in this workspace.")

    def add_message(
        self,
        workspace_id: str,
        thread_id: str,
        *,
        role: str,
        content: str,
        payload: dict[str, Any] | None = None,
    ) -> str:
        mid = new_id()
        t = s.chat_threads
        with self._tx() as conn:
            owner = conn.execute(
                select(t.c.id).where(t.c.workspace_id == workspace_id, t.c.id == thread_id)
            ).first()
            if owner is None:
                raise NotFound("That chat does not exist in this workspace.")
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

    def list_messages(self, workspace_id: str, thread_id: str) -> list[dict[str, Any]]:
        m = s.chat_messages
        query = (
            select(m)
            .where(m.c.workspace_id == workspace_id, m.c.thread_id == thread_id)
            .order_by(m.c.created_at, m.c.id)
        )
        with self._tx() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def get_message(self, workspace_id: str, message_id: str) -> dict[str, Any]:
        m = s.chat_messages
        with self._tx() as conn:
            row = conn.execute(
                select(m).where(m.c.workspace_id == workspace_id, m.c.id == message_id)
            ).first()
            if row is None:
                raise NotFound("That message does not exist in this workspace.")
            return dict(row._mapping)

    def list_chat_sql(self, workspace_id: str, limit: int = 1000) -> list[dict[str, Any]]:
        """Assistant messages that carry SQL (for impact analysis), newest first."""
        m = s.chat_messages
        query = (
            select(m)
            .where(m.c.workspace_id == workspace_id, m.c.role == "assistant")
            .order_by(m.c.created_at.desc())
            .limit(limit)
        )
        with self._tx() as conn:
            rows = [dict(r._mapping) for r in conn.execute(query)]
        return [r for r in rows if isinstance(r.get("payload"), dict) and r["payload"].get("sql")]
