"""Team knowledge rows (``knowledge_items``): one row per glossary entry, metric, instruction, join
path, description, value hint or dbt model of one connection. The service owns the meaning of
``body``; this repository only stores, lists and replaces rows, always filtered by workspace."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Insert, and_, delete, insert, select, update

from iopsdata.store import schema as s
from iopsdata.store.base import StoreBase, new_id, now

#: (kind, key, body) of one item, as :meth:`KnowledgeRepo.replace_knowledge` takes them.
KnowledgeRow = tuple[str, str, dict[str, Any]]


class KnowledgeRepo(StoreBase):
    def list_knowledge(
        self, workspace_id: str, connection_id: str | None, *, kind: str | None = None
    ) -> list[dict[str, Any]]:
        """Rows of one connection (every connection for None), oldest first."""
        t = s.knowledge_items
        query = select(t).where(t.c.workspace_id == workspace_id)
        if connection_id is not None:
            query = query.where(t.c.connection_id == connection_id)
        if kind:
            query = query.where(t.c.kind == kind)
        with self._tx() as conn:
            rows = [dict(r._mapping) for r in conn.execute(query.order_by(t.c.created_at, t.c.id))]
        return rows

    def put_knowledge(
        self,
        workspace_id: str,
        connection_id: str,
        *,
        kind: str,
        key: str,
        body: dict[str, Any],
        user_id: str | None,
        source: str = "manual",
        replaces: str | None = None,
    ) -> bool:
        """Insert or update the item ``(kind, key)``; ``replaces`` is an old key to drop (a rename).

        Returns:
            True when an item was created, False when one was updated.
        """
        t = s.knowledge_items
        where = and_(
            t.c.workspace_id == workspace_id,
            t.c.connection_id == connection_id,
            t.c.kind == kind,
        )
        with self._tx() as conn:
            if replaces is not None and replaces != key:
                conn.execute(delete(t).where(where, t.c.key == replaces))
            done = conn.execute(
                update(t)
                .where(where, t.c.key == key)
                .values(body=body, source=source, updated_by=user_id, updated_at=now())
            )
            if done.rowcount:
                return False
            conn.execute(_new_row(workspace_id, connection_id, kind, key, body, source, user_id))
        return True

    def delete_knowledge(self, workspace_id: str, connection_id: str, kind: str, key: str) -> bool:
        """Remove one item; False when there was none."""
        t = s.knowledge_items
        with self._tx() as conn:
            done = conn.execute(
                delete(t).where(
                    t.c.workspace_id == workspace_id,
                    t.c.connection_id == connection_id,
                    t.c.kind == kind,
                    t.c.key == key,
                )
            )
        return bool(done.rowcount)

    def replace_knowledge(
        self,
        workspace_id: str,
        connection_id: str,
        rows: Iterable[KnowledgeRow],
        *,
        source: str,
        user_id: str | None,
        clear_source: bool = True,
    ) -> int:
        """In ONE transaction: drop the connection's rows from ``source`` (when ``clear_source``),
        then upsert ``rows``. A failure part-way leaves everything as it was.

        Returns:
            How many rows were written.
        """
        t = s.knowledge_items
        base = and_(t.c.workspace_id == workspace_id, t.c.connection_id == connection_id)
        written = 0
        with self._tx() as conn:
            if clear_source:
                conn.execute(delete(t).where(base, t.c.source == source))
            existing = {
                (r.kind, r.key): r.source
                for r in conn.execute(select(t.c.kind, t.c.key, t.c.source).where(base))
            }
            start = now()
            for i, (kind, key, body) in enumerate(rows):
                stamp = start + timedelta(microseconds=i)  # keeps the file's order when listed
                if (kind, key) in existing:
                    # a hand-made item wins over an imported one with the same key
                    if existing[(kind, key)] != source:
                        continue
                    conn.execute(
                        update(t)
                        .where(base, t.c.kind == kind, t.c.key == key)
                        .values(body=body, updated_by=user_id, updated_at=stamp)
                    )
                else:
                    conn.execute(
                        _new_row(
                            workspace_id, connection_id, kind, key, body, source, user_id, stamp
                        )
                    )
                existing[(kind, key)] = source
                written += 1
        return written


def _new_row(
    workspace_id: str,
    connection_id: str,
    kind: str,
    key: str,
    body: dict[str, Any],
    source: str,
    user_id: str | None,
    stamp: datetime | None = None,
) -> Insert:
    stamp = stamp or now()
    return insert(s.knowledge_items).values(
        id=new_id(),
        workspace_id=workspace_id,
        connection_id=connection_id,
        kind=kind,
        key=key,
        body=body,
        source=source,
        updated_by=user_id,
        created_at=stamp,
        updated_at=stamp,
    )
