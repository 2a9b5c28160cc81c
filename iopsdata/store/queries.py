"""Saved queries, the query log (audit) and approved question→SQL examples."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select

from iopsdata.errors import NotFound, StoreError
from iopsdata.store import schema as s
from iopsdata.store.base import StoreBase, new_id, now

STATUSES = ("ok", "error", "refused", "timeout", "cancelled")


class QueryRepo(StoreBase):
    def save_query(
        self,
        workspace_id: str,
        *,
        name: str,
        sql: str,
        connection_id: str | None,
        description: str = "",
        tags: Sequence[str] = (),
        created_by: str | None = None,
    ) -> str:
        if not name.strip() or not sql.strip():
            raise StoreError("A saved query needs a name and some SQL.")
        qid = new_id()
        with self._tx() as conn:
            conn.execute(
                insert(s.saved_queries).values(
                    id=qid,
                    workspace_id=workspace_id,
                    connection_id=connection_id,
                    name=name.strip(),
                    description=description,
                    sql=sql,
                    tags=[t.strip() for t in tags if t.strip()],
                    created_by=created_by,
                    created_at=now(),
                )
            )
        return qid

    def list_saved_queries(self, workspace_id: str) -> list[dict[str, Any]]:
        t = s.saved_queries
        with self._tx() as conn:
            rows = conn.execute(
                select(t).where(t.c.workspace_id == workspace_id).order_by(t.c.name)
            )
            return [dict(r._mapping) for r in rows]

    def delete_saved_query(self, workspace_id: str, query_id: str) -> None:
        t = s.saved_queries
        with self._tx() as conn:
            res = conn.execute(
                delete(t).where(t.c.workspace_id == workspace_id, t.c.id == query_id)
            )
            if res.rowcount == 0:
                raise NotFound("That saved query does not exist in this workspace.")

    def log_query(
        self,
        workspace_id: str,
        *,
        user_id: str | None,
        connection_id: str | None,
        sql: str,
        source: str,
        status: str,
        row_count: int | None = None,
        elapsed_ms: float | None = None,
        error: str | None = None,
        lineage: dict[str, Any] | None = None,
        log_id: str | None = None,
        created_at: datetime | None = None,
    ) -> str:
        """Append one audit row. The log is append-only: there is no update or delete method.

        ``log_id`` and ``created_at`` let a row written late (the store was down when the query
        ran) keep its id, so a retry cannot write it twice, and the time the query really ran."""
        if status not in STATUSES:
            raise StoreError(f"Unknown query status {status!r}.")
        lid = log_id or new_id()
        with self._tx() as conn:
            conn.execute(
                insert(s.query_log).values(
                    id=lid,
                    workspace_id=workspace_id,
                    user_id=user_id,
                    connection_id=connection_id,
                    sql=sql,
                    source=source,
                    status=status,
                    row_count=row_count,
                    elapsed_ms=elapsed_ms,
                    error=error,
                    lineage=lineage,
                    created_at=created_at or now(),
                )
            )
        return lid

    def query_history(
        self,
        workspace_id: str,
        *,
        limit: int = 100,
        connection_id: str | None = None,
        exclude_sources: Sequence[str] = (),
        exclude_statuses: Sequence[str] = (),
    ) -> list[dict[str, Any]]:
        """Newest first; rows of ``exclude_sources`` / ``exclude_statuses`` are left out before the
        limit is applied (so 50 internal rows cannot crowd the user's own queries out)."""
        t = s.query_log
        query = select(t).where(t.c.workspace_id == workspace_id)
        if connection_id is not None:
            query = query.where(t.c.connection_id == connection_id)
        if exclude_sources:
            query = query.where(t.c.source.not_in(list(exclude_sources)))
        if exclude_statuses:
            query = query.where(t.c.status.not_in(list(exclude_statuses)))
        query = query.order_by(t.c.created_at.desc()).limit(limit)
        with self._tx() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def add_example(
        self,
        workspace_id: str,
        *,
        connection_id: str | None,
        question: str,
        sql: str,
        approved_by: str | None,
    ) -> str:
        eid = new_id()
        with self._tx() as conn:
            conn.execute(
                insert(s.examples).values(
                    id=eid,
                    workspace_id=workspace_id,
                    connection_id=connection_id,
                    question=question,
                    sql=sql,
                    approved_by=approved_by,
                    created_at=now(),
                )
            )
        return eid

    def list_examples(
        self, workspace_id: str, connection_id: str | None = None
    ) -> list[dict[str, Any]]:
        t = s.examples
        query = select(t).where(t.c.workspace_id == workspace_id)
        if connection_id is not None:
            query = query.where(t.c.connection_id == connection_id)
        with self._tx() as conn:
            return [dict(r._mapping) for r in conn.execute(query.order_by(t.c.created_at))]

    def delete_example(self, workspace_id: str, example_id: str) -> None:
        t = s.examples
        with self._tx() as conn:
            res = conn.execute(
                delete(t).where(t.c.workspace_id == workspace_id, t.c.id == example_id)
            )
            if res.rowcount == 0:
                raise NotFound("That example does not exist in this workspace.")
