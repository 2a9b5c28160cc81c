"""Fixtures for the Files tests: a real SQLite store, a real local blob folder, real DuckDB."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from iopsdata.files import FileService
from iopsdata.files.sandbox import forget
from tests.support.context import make_context


@pytest.fixture
def ctx(tmp_path: Path):
    context = make_context(tmp_path)
    yield context
    forget(context.workspace_id)


@pytest.fixture
def files(ctx) -> FileService:
    return FileService(ctx)


def xlsx_bytes(rows: list[list[object]], *, sheet: str = "Data") -> bytes:
    """A real workbook written by openpyxl."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def parquet_bytes(columns: dict[str, list[object]]) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    buf = io.BytesIO()
    pq.write_table(pa.table(columns), buf)
    return buf.getvalue()


def stored_files(ctx) -> list[Path]:
    """Every regular file under the workspace's blob folder."""
    root = ctx.settings.files_dir / "workspaces" / ctx.workspace_id
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []
