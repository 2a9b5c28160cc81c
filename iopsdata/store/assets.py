"""Connections and file assets of a workspace."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, insert, select, update

from iopsdata.errors import NotFound, StoreError
from iopsdata.store import schema as s
from iopsdata.store.base import StoreBase, as_dict, new_id, now

_CONNECTION_FIELDS = {"name", "kind", "config_token", "allow_writes"}
_FILE_FIELDS = {"name", "row_count", "columns", "metadata", "format", "storage_path"}


class AssetRepo(StoreBase):
    def add_connection(
        self,
        workspace_id: str,
        *,
        name: str,
        kind: str,
        config_token: str,
        allow_writes: bool = False,
        created_by: str | None = None,
    ) -> str:
        if not name.strip():
            raise StoreError("A connection needs a name.")
        cid = new_id()
        with self._tx() as conn:
            conn.execute(
                insert(s.workspace_connections).values(
                    id=cid,
                    workspace_id=workspace_id,
                    name=name.strip(),
                    kind=kind,
                    config_token=config_token,
                    allow_writes=allow_writes,
                    created_by=created_by,
                    created_at=now(),
                    updated_at=now(),
                )
            )
        return cid

    def list_connections(self, workspace_id: str) -> list[dict[str, Any]]:
        t = s.workspace_connections
        with self._tx() as conn:
            rows = conn.execute(
                select(t).where(t.c.workspace_id == workspace_id).order_by(t.c.name)
            )
            return [dict(r._mapping) for r in rows]

    def get_connection(self, workspace_id: str, connection_id: str) -> dict[str, Any]:
        t = s.workspace_connections
        with self._tx() as conn:
            row = conn.execute(
                select(t).where(t.c.workspace_id == workspace_id, t.c.id == connection_id)
            ).first()
            return as_dict(row, "connection")

    def update_connection(self, workspace_id: str, connection_id: str, **fields: Any) -> None:
        if set(fields) - _CONNECTION_FIELDS:
            raise StoreError(
                f"Unknown connection fields: {sorted(set(fields) - _CONNECTION_FIELDS)}"
            )
        t = s.workspace_connections
        with self._tx() as conn:
            res = conn.execute(
                update(t)
                .where(t.c.workspace_id == workspace_id, t.c.id == connection_id)
                .values(**fields, updated_at=now())
            )
            if res.rowcount == 0:
                raise NotFound("That connection does not exist in this workspace.")

    def delete_connection(self, workspace_id: str, connection_id: str) -> None:
        t = s.workspace_connections
        with self._tx() as conn:
            res = conn.execute(
                delete(t).where(t.c.workspace_id == workspace_id, t.c.id == connection_id)
            )
            if res.rowcount == 0:
                raise NotFound("That connection does not exist in this workspace.")
            k = s.knowledge_items  # its team knowledge goes with it (dbt models leave lineage too)
            conn.execute(
                delete(k).where(
                    k.c.workspace_id == workspace_id, k.c.connection_id == connection_id
                )
            )

    def add_file(
        self,
        workspace_id: str,
        *,
        name: str,
        storage_path: str,
        size_bytes: int,
        checksum: str,
        format: str,
        row_count: int | None,
        columns: list[dict[str, Any]],
        metadata: dict[str, Any],
        uploaded_by: str | None,
        file_id: str | None = None,
    ) -> str:
        fid = file_id or new_id()
        with self._tx() as conn:
            conn.execute(
                insert(s.file_assets).values(
                    id=fid,
                    workspace_id=workspace_id,
                    name=name,
                    storage_path=storage_path,
                    size_bytes=size_bytes,
                    checksum=checksum,
                    format=format,
                    row_count=row_count,
                    columns=columns,
                    metadata=metadata,
                    uploaded_by=uploaded_by,
                    created_at=now(),
                )
            )
        return fid

    def list_files(self, workspace_id: str) -> list[dict[str, Any]]:
        t = s.file_assets
        with self._tx() as conn:
            rows = conn.execute(
                select(t).where(t.c.workspace_id == workspace_id).order_by(t.c.created_at.desc())
            )
            return [dict(r._mapping) for r in rows]

    def get_file(self, workspace_id: str, file_id: str) -> dict[str, Any]:
        t = s.file_assets
        with self._tx() as conn:
            row = conn.execute(
                select(t).where(t.c.workspace_id == workspace_id, t.c.id == file_id)
            ).first()
            return as_dict(row, "file")

    def find_file_by_checksum(self, workspace_id: str, checksum: str) -> dict[str, Any] | None:
        t = s.file_assets
        with self._tx() as conn:
            row = conn.execute(
                select(t).where(t.c.workspace_id == workspace_id, t.c.checksum == checksum)
            ).first()
            return dict(row._mapping) if row else None

    def update_file(self, workspace_id: str, file_id: str, **fields: Any) -> None:
        if set(fields) - _FILE_FIELDS:
            raise StoreError(f"Unknown file fields: {sorted(set(fields) - _FILE_FIELDS)}")
        t = s.file_assets
        with self._tx() as conn:
            res = conn.execute(
                update(t)
                .where(t.c.workspace_id == workspace_id, t.c.id == file_id)
                .values(**fields)
            )
            if res.rowcount == 0:
                raise NotFound("That file does not exist in this workspace.")

    def delete_file(self, workspace_id: str, file_id: str) -> None:
        t = s.file_assets
        with self._tx() as conn:
            res = conn.execute(delete(t).where(t.c.workspace_id == workspace_id, t.c.id == file_id))
            if res.rowcount == 0:
                raise NotFound("That file does not exist in this workspace.")
