"""``FileAsset``: one uploaded file as the rest of the app sees it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

FORMATS = ("csv", "tsv", "parquet", "json", "ndjson", "xlsx")


@dataclass(frozen=True)
class FileAsset:
    """An uploaded file, its normalised Parquet copy and the SQL table it is queried as.

    Attributes:
        id: the store's file id.
        name: the sanitised display name.
        table_name: the view name in the workspace's Files connection.
        format: one of :data:`FORMATS`.
        storage_path: blob key of the original bytes.
        data_path: blob key of the Parquet the Files connection reads.
        columns: ``({"name": ..., "type": ...}, ...)`` as DuckDB types.
        metadata: encoding, delimiter, rejected rows, profile, … (JSON-able).
        duplicate: True when an upload matched an existing file by checksum.
    """

    id: str
    name: str
    table_name: str
    format: str
    size_bytes: int
    checksum: str
    row_count: int
    storage_path: str
    data_path: str
    columns: tuple[dict[str, str], ...] = ()
    metadata: dict[str, Any] = field(default_factory=dict, compare=False)
    uploaded_by: str | None = None
    created_at: Any = None
    duplicate: bool = False

    @property
    def rejected_rows(self) -> int:
        return int(self.metadata.get("rejected_rows", 0))

    @classmethod
    def from_row(cls, row: dict[str, Any], *, duplicate: bool = False) -> FileAsset:
        """Build from a store row (``store.get_file`` / ``list_files``)."""
        meta = dict(row.get("metadata") or {})
        return cls(
            id=str(row["id"]),
            name=row["name"],
            table_name=meta.get("table_name", ""),
            format=row.get("format") or "",
            size_bytes=int(row.get("size_bytes") or 0),
            checksum=row.get("checksum") or "",
            row_count=int(row.get("row_count") or 0),
            storage_path=row.get("storage_path") or "",
            data_path=meta.get("data_path", ""),
            columns=tuple(dict(c) for c in (row.get("columns") or ())),
            metadata=meta,
            uploaded_by=row.get("uploaded_by"),
            created_at=row.get("created_at"),
            duplicate=duplicate,
        )
