"""``FileService``: upload → validate → store → register, plus list, preview, profile and remove."""

from __future__ import annotations

import builtins
import contextlib
import dataclasses
import hashlib
import io
import json
import logging
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from iopsdata.activity import record
from iopsdata.blobs import BlobStore
from iopsdata.blobs_supabase import blob_store_for
from iopsdata.context import members_only
from iopsdata.errors import FileRejected, IopsError, NotFound
from iopsdata.execute import INTERNAL
from iopsdata.files.detect import detect_format
from iopsdata.files.ingest import Ingested, ingest
from iopsdata.files.model import FileAsset
from iopsdata.files.names import safe_filename, storage_name, table_name
from iopsdata.files.sandbox import Sandbox, sandbox_for

if TYPE_CHECKING:
    from iopsdata.catalog.model import Catalog
    from iopsdata.connections import ConnectionTarget
    from iopsdata.context import WorkspaceContext
    from iopsdata.execute import Bound
    from iopsdata.profiling import Profile
    from iopsdata.result import QueryResult

Progress = Callable[[str, float], None]
STAGE_CHUNK = 4 << 20
# Profiling cost grows faster than the column count (500 columns ~4.5 s, 1,000 ~11 s, 2,000 ~17 s
# here): wider files are stored at once and profiled on request ("Profile this file").
AUTO_PROFILE_MAX_COLUMNS = 500
# Above this many rows a file's distinct counts are DuckDB's estimate (shown with "≈", as in
# SUMMARIZE): the exact count is one more full scan, 43% of the profile's time at 1M rows.
EXACT_DISTINCT_MAX_ROWS = 200_000
# Column names are repeated in every profiling statement: a 5 MB header name took ~4 s more.
AUTO_PROFILE_MAX_NAME_CHARS = 100_000


log = logging.getLogger(__name__)


@members_only
class FileService:
    """The workspace's files. Writes need the editor role; reads any member.

    Args:
        ctx: who acts where.
        blobs: where bytes go; default ``blob_store_for(ctx)``: Supabase Storage under Supabase
            auth, else the local folder ``settings.files_dir``.
    """

    def __init__(self, ctx: WorkspaceContext, blobs: BlobStore | None = None) -> None:
        self.ctx = ctx
        self.blobs: BlobStore = blobs or blob_store_for(ctx)
        self._prefix = f"workspaces/{ctx.workspace_id}/files"

    # -- upload -------------------------------------------------------------------------------
    def upload(
        self, name: str, data: bytes | BinaryIO, *, on_progress: Progress | None = None
    ) -> FileAsset:
        """Validate, store and register one file; the same bytes uploaded again return the existing asset.

        Args:
            name: the file name as the browser sent it (sanitised here).
            data: the bytes, or a binary file object (read in 4 MB chunks).
            on_progress: called as ``(stage, fraction)`` while staging, checking and storing.

        Returns:
            The new asset, or the existing one with ``duplicate=True``.

        Raises:
            FileRejected: too large, empty, not the claimed format, damaged, or too wide.
            PermissionDenied: the user is a viewer.
        """
        self.ctx.require("editor")
        report = on_progress or (lambda stage, fraction: None)
        display = safe_filename(name)
        limit = self.ctx.settings.max_upload_mb * 1024 * 1024
        declared = _declared_size(data)
        if declared is not None and declared > limit:
            raise FileRejected(_too_large(declared, limit))
        staging = self.ctx.settings.home / "staging" / uuid.uuid4().hex
        staging.mkdir(parents=True)
        try:
            staged = staging / "upload"
            size, checksum = _stage(data, staged, limit, report)
            if size == 0:
                raise FileRejected(f"{display!r} is empty (0 bytes).")
            existing = self.ctx.store.find_file_by_checksum(self.ctx.workspace_id, checksum)
            if existing:
                report("done", 1.0)
                return FileAsset.from_row(existing, duplicate=True)
            with open(staged, "rb") as fh:
                fmt = detect_format(display, fh.read(64))
            report("checking", 0.4)
            result = ingest(
                staged, fmt, staging, memory_limit=self.ctx.settings.duckdb_memory_limit
            )
            profile = self._first_profile(display, fmt, result.parquet or staged, result, report)
            report("storing", 0.9)
            asset = self._register(display, fmt, staged, size, checksum, result, profile)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        report("done", 1.0)
        return asset

    def _first_profile(
        self, display: str, fmt: str, data: Path, result: Ingested, report: Progress
    ) -> dict[str, Any] | None:
        """Profile the staged Parquet before it is stored, so the asset is written once with its
        profile (the shape is known seconds after the drop; it also feeds Chat's hints); None
        for a file too wide to profile at once, or when profiling failed (the page retries)."""
        columns = result.columns
        if (
            len(columns) > AUTO_PROFILE_MAX_COLUMNS
            or sum(len(c["name"]) for c in columns) > AUTO_PROFILE_MAX_NAME_CHARS
        ):
            return None
        report("profiling", 0.7)
        try:
            return self._profile_data(data)
        except IopsError as exc:  # the file is stored anyway: a profile can be retried
            log.warning("profiling %s (%s) failed: %s", display, fmt, exc.message)
            return None

    def _profile_data(self, path: Path) -> dict[str, Any]:
        """The JSON form of a Parquet file's profile (what the store keeps)."""
        from iopsdata.profiling import profile_file

        profile = profile_file(
            path,
            "parquet",
            memory_limit=self.ctx.settings.duckdb_memory_limit,
            exact_distinct_max_rows=EXACT_DISTINCT_MAX_ROWS,
        )
        # JSON round trip: what is returned now equals what the store returns later
        return dict(json.loads(json.dumps(profile.to_dict(), default=str)))

    def _register(
        self,
        display: str,
        fmt: str,
        staged: Path,
        size: int,
        checksum: str,
        result: Ingested,
        profile: dict[str, Any] | None,
    ) -> FileAsset:
        fid = str(uuid.uuid4())
        folder = f"{self._prefix}/{fid}"
        storage_path = f"{folder}/{storage_name(display)}"
        data_path = storage_path if result.parquet is None else f"{folder}/data.parquet"
        if data_path == storage_path and fmt != "parquet":  # a file literally named data.parquet
            storage_path = f"{folder}/original-{storage_name(display)}"
        taken = [a.table_name for a in self.list()]
        metadata = dict(result.metadata, table_name=table_name(display, taken), data_path=data_path)
        if profile is not None:
            metadata["profile"] = profile
        try:
            self.blobs.put_file(storage_path, staged)
            if result.parquet is not None:
                self.blobs.put_file(data_path, result.parquet)
            self.ctx.store.add_file(
                self.ctx.workspace_id,
                name=display,
                storage_path=storage_path,
                size_bytes=size,
                checksum=checksum,
                format=fmt,
                row_count=result.row_count,
                columns=result.columns,
                metadata=metadata,
                uploaded_by=self.ctx.user_id,
                file_id=fid,
            )
        except BaseException:
            self.blobs.delete(folder)
            raise
        record(self.ctx, "file.uploaded", display, size_bytes=size, rows=result.row_count)
        return self.get(fid)

    # -- read -----------------------------------------------------------------------------------
    def list(self, search: str | None = None) -> list[FileAsset]:
        """Files of the workspace, newest first; ``search`` matches name or table name."""
        assets = [FileAsset.from_row(r) for r in self.ctx.store.list_files(self.ctx.workspace_id)]
        if search and search.strip():
            needle = search.strip().lower()
            assets = [
                a for a in assets if needle in a.name.lower() or needle in a.table_name.lower()
            ]
        return assets

    def get(self, file_id: str) -> FileAsset:
        """Raises NotFound."""
        return FileAsset.from_row(self.ctx.store.get_file(self.ctx.workspace_id, file_id))

    def preview(self, file_id: str, n: int = 50) -> QueryResult:
        """The first ``n`` rows, through the Files connection (guarded and audited).

        A file with more rows gives a result marked ``truncated``, with a notice saying how many
        of how many: the page then offers every row (:meth:`table_sql` through the full export),
        and a download of the preview is never mistaken for the file."""
        asset = self.get(file_id)
        n = max(1, int(n))
        result = self.target().run(f"{self.table_sql(asset)} LIMIT {n}", source=INTERNAL, row_cap=n)
        if asset.row_count > result.row_count:
            notice = f"Preview: the first {result.row_count:,} of {asset.row_count:,} rows."
            return dataclasses.replace(result, truncated=True, notice=notice)
        return result

    @staticmethod
    def table_sql(asset: FileAsset) -> str:
        """The statement that reads every row of the file, on the Files connection."""
        quoted = asset.table_name.replace('"', '""')
        return f'SELECT * FROM "{quoted}"'

    def target(self) -> ConnectionTarget:
        """The workspace's Files connection as a ``QueryTarget`` (id ``"files"``, DuckDB dialect),
        the same kind of target as a saved connection's: its SQL runs through ``execute``."""
        from iopsdata.connections import ConnectionService
        from iopsdata.files.connection import FILES_ID

        return ConnectionService(self.ctx).target(FILES_ID)

    def bind(self) -> Bound:
        """The Files connection ready to run: its engine over the current sandbox, the DuckDB
        dialect, read-only, and the only paths DuckDB's readers may name."""
        from iopsdata.execute import Bound
        from iopsdata.files.connection import FILES_ID
        from iopsdata.files.engine import FilesEngine

        box, allowed = self.sandbox()
        engine = FilesEngine(
            box, [self.ctx.settings.home], memory_limit=self.ctx.settings.duckdb_memory_limit
        )
        return Bound(FILES_ID, engine, "duckdb", allowed_paths=tuple(allowed))

    def catalog(self) -> Catalog:
        """One view per file, built from the stored metadata (no query needed)."""
        from iopsdata.catalog.model import Catalog, Column, Table

        tables = tuple(
            Table(
                name=a.table_name,
                kind="view",
                columns=tuple(Column(c["name"], c["type"]) for c in a.columns),
                comment=f"Uploaded file {a.name}",
                row_estimate=a.row_count,
            )
            for a in self.list()
        )
        return Catalog(dialect="duckdb", tables=tables, database="files", default_schema="main")

    def sandbox(self) -> tuple[Sandbox, builtins.list[str]]:
        """The cached sandboxed DuckDB for the current set of files, and the paths it may read."""
        views = {
            a.table_name: self.blobs.local_path(a.data_path) for a in self.list() if a.data_path
        }
        box = sandbox_for(
            self.ctx.workspace_id,
            self.ctx.settings.home / "sandbox" / self.ctx.workspace_id,
            views,
            self.ctx.settings.duckdb_memory_limit,
        )
        return box, box.allowed

    # -- change ---------------------------------------------------------------------------------
    def remove(self, file_id: str) -> None:
        """Delete the row, then the bytes (original and Parquet). Raises NotFound, PermissionDenied."""
        self.ctx.require("editor")
        asset = self.get(file_id)
        self.ctx.store.delete_file(self.ctx.workspace_id, file_id)
        self.blobs.delete(f"{self._prefix}/{file_id}")
        record(self.ctx, "file.deleted", asset.name)

    def profile(self, file_id: str, *, refresh: bool = False) -> Profile:
        """Column profile of a file (computed once, kept in its metadata).

        The returned ``Profile`` is the stored one (rebuilt from its JSON form), so a profile
        computed now equals the one read back later.

        Raises:
            NotFound: no such file. QueryFailed: DuckDB failed while profiling.
        """
        from iopsdata.profiling import Profile

        asset = self.get(file_id)
        if asset.metadata.get("profile") and not refresh:
            return Profile.from_dict(asset.metadata["profile"])
        stored = self._profile_data(self.blobs.local_path(asset.data_path))
        with contextlib.suppress(NotFound):  # deleted meanwhile: still show the profile
            self.ctx.store.update_file(
                self.ctx.workspace_id, file_id, metadata={**asset.metadata, "profile": stored}
            )
        return Profile.from_dict(stored)


def _declared_size(data: bytes | BinaryIO) -> int | None:
    if isinstance(data, bytes | bytearray | memoryview):
        return len(data)
    size = getattr(data, "size", None)  # Streamlit's UploadedFile
    if isinstance(size, int):
        return size
    try:
        pos = data.tell()
        end = data.seek(0, io.SEEK_END)
        data.seek(pos)
        return end - pos
    except (AttributeError, OSError, ValueError):
        return None


def _stage(data: bytes | BinaryIO, out: Path, limit: int, report: Progress) -> tuple[int, str]:
    """Copy to local disk, hashing on the way; stop as soon as the limit is passed.

    The hash of one chunk runs on a helper thread while that chunk is written and the next one
    read (``hashlib`` and file I/O release the GIL), so hashing costs little beyond the copy.
    """
    from concurrent.futures import Future, ThreadPoolExecutor

    stream: BinaryIO = (
        io.BytesIO(data) if isinstance(data, bytes | bytearray | memoryview) else data
    )
    total = _declared_size(stream) or 0
    digest = hashlib.sha256()
    size = 0
    hashing: Future[None] | None = None
    with open(out, "wb") as fh, ThreadPoolExecutor(1, "iopsdata-hash") as pool:
        while chunk := stream.read(STAGE_CHUNK):
            size += len(chunk)
            if size > limit:
                raise FileRejected(_too_large(size, limit))
            if hashing is not None:
                hashing.result()  # the digest takes chunks in order
            hashing = pool.submit(digest.update, chunk)
            fh.write(chunk)
            if total:
                report("receiving", 0.3 * min(1.0, size / total))
        if hashing is not None:
            hashing.result()
    return size, digest.hexdigest()


def _too_large(size: int, limit: int) -> str:
    return (
        f"This file is {size / 2**20:,.1f} MB or more; the upload limit is {limit // 2**20:,} MB "
        "(setting IOPSDATA_MAX_UPLOAD_MB)."
    )
