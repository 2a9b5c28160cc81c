"""The value index repository: per table of a connection, the known values of its columns.

Chat's schema selection matches a question's words against these values and the prompt shows
them with their exact spelling (``iopsdata.assistant.values``). Rows are replaced per connection
on each refresh, so a table that disappeared loses its values.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select

from iopsdata.store import schema as s
from iopsdata.store.base import StoreBase, new_id, now


class ValueIndexRepo(StoreBase):
    def replace_value_index(
        self, workspace_id: str, connection_id: str, hints: Mapping[str, Mapping[str, Any]]
    ) -> datetime:
        """Store ``{table: {column: hint}}`` as the connection's whole value index; returns when."""
        t = s.value_index
        at = now()
        with self._tx() as conn:
            conn.execute(
                delete(t).where(
                    t.c.workspace_id == workspace_id, t.c.connection_id == connection_id
                )
            )
            # one row even when nothing was found, so the refresh time is kept
            for table, columns in {"": {}, **hints}.items():
                conn.execute(
                    insert(t).values(
                        id=new_id(),
                        workspace_id=workspace_id,
                        connection_id=connection_id,
                        table_name=table,
                        hints=dict(columns),
                        refreshed_at=at,
                    )
                )
        return at

    def get_value_index(
        self, workspace_id: str, connection_id: str
    ) -> tuple[dict[str, dict[str, Any]], datetime | None]:
        """``({table: {column: hint}}, last refresh)``; ``({}, None)`` before the first refresh."""
        t = s.value_index
        query = select(t.c.table_name, t.c.hints, t.c.refreshed_at).where(
            t.c.workspace_id == workspace_id, t.c.connection_id == connection_id
        )
        with self._tx() as conn:
            rows = conn.execute(query).all()
        hints = {r.table_name: dict(r.hints or {}) for r in rows if r.table_name}
        last = max((r.refreshed_at for r in rows), default=None)
        return hints, last
