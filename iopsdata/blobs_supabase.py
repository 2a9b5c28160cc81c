"""Uploaded bytes in a private Supabase Storage bucket, behind the same interface as the local store.

Requests carry the signed-in user's JWT, so Storage's own policies (``supabase/migrations``, the
same workspace-membership rules as the tables) decide access. DuckDB reads local paths, so
``local_path`` keeps a cache copy under ``IOPSDATA_HOME`` with the same workspace-scoped layout.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any, BinaryIO

from iopsdata.blobs import LocalBlobStore
from iopsdata.errors import NotFound, PermissionDenied, StoreError


class SupabaseBlobStore:
    def __init__(self, client: Any, bucket: str, cache_root: Path) -> None:
        self._bucket = client.storage.from_(bucket)
        self.cache = LocalBlobStore(cache_root)

    def put(self, path: str, data: bytes | BinaryIO) -> int:
        payload = data if isinstance(data, bytes | bytearray) else data.read()
        self._call(
            lambda: self._bucket.upload(
                path, bytes(payload), {"upsert": "true", "content-type": "application/octet-stream"}
            )
        )
        return self.cache.put(path, bytes(payload))

    def put_file(self, path: str, src: Path) -> int:
        with open(src, "rb") as fh:
            written = self.put(path, fh)
        src.unlink(missing_ok=True)
        return written

    def open(self, path: str) -> BinaryIO:
        if self.cache.exists(path):
            return self.cache.open(path)
        return io.BytesIO(self._download(path))

    def delete(self, path: str) -> None:
        names = [path]
        try:
            listing = self._call(lambda: self._bucket.list(path))
            names += [
                f"{path.rstrip('/')}/{item['name']}" for item in listing or [] if item.get("name")
            ]
        except NotFound:
            pass
        self._call(lambda: self._bucket.remove(names))
        self.cache.delete(path)

    def exists(self, path: str) -> bool:
        if self.cache.exists(path):
            return True
        try:
            self._download(path)
        except NotFound:
            return False
        return True

    def local_path(self, path: str) -> Path:
        if not self.cache.exists(path):
            self.cache.put(path, self._download(path))
        return self.cache.local_path(path)

    def _download(self, path: str) -> bytes:
        return bytes(self._call(lambda: self._bucket.download(path)))

    @staticmethod
    def _call(fn: Any) -> Any:
        from storage3.exceptions import StorageApiError

        try:
            return fn()
        except StorageApiError as exc:
            status = str(getattr(exc, "status", "") or "")
            text = f"{getattr(exc, 'name', '')} {exc.message}".lower()
            if status == "403" or "row-level security" in text or "unauthorized" in text:
                raise PermissionDenied(
                    "Supabase Storage refused access to that file for your account."
                ) from None
            if "not_found" in text or "not found" in text or status == "404":
                raise NotFound("That file is not in Supabase Storage.") from None
            raise StoreError("Supabase Storage could not complete the request.") from None
        except Exception as exc:
            if type(exc).__module__.startswith("httpx"):
                raise StoreError("Supabase Storage cannot be reached right now.") from None
            raise


def blob_store_for(ctx: Any) -> Any:
    """The blob store for a workspace context: Supabase Storage under Supabase auth, else local."""
    settings = ctx.settings
    if settings.auth == "supabase" and settings.supabase_url and getattr(ctx, "access_token", None):
        from iopsdata.auth.supabase import SupabaseAuth

        client = SupabaseAuth(settings, ctx.store).client(ctx.access_token)
        return SupabaseBlobStore(client, settings.supabase_bucket, settings.home / "storage-cache")
    return LocalBlobStore(settings.files_dir)
