"""File bytes behind one small interface: a local folder now, Supabase Storage later.

Paths are relative, ``/``-separated keys such as ``workspaces/<ws>/files/<id>/sales.csv``. The
local store refuses any key that would resolve outside its root, so a crafted name can never
reach another folder.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path, PurePosixPath
from typing import BinaryIO, Protocol

from iopsdata.errors import NotFound, StoreError

CHUNK = 1 << 20


class BlobStore(Protocol):
    """Where uploaded bytes live. Keys are relative POSIX paths."""

    def put(self, path: str, data: bytes | BinaryIO) -> int:
        """Store ``data`` under ``path`` (replacing it); return the number of bytes written."""
        ...

    def put_file(self, path: str, src: Path) -> int:
        """Store the local file ``src`` under ``path``; ``src`` may be moved away (it is consumed)."""
        ...

    def open(self, path: str) -> BinaryIO:
        """Open for reading. Raises NotFound."""
        ...

    def delete(self, path: str) -> None:
        """Remove ``path`` (a file or a folder of files); missing paths are ignored."""
        ...

    def exists(self, path: str) -> bool: ...

    def local_path(self, path: str) -> Path:
        """A local file with the bytes, for engines that read paths (DuckDB). Raises NotFound."""
        ...


class LocalBlobStore:
    """Blobs as plain files under ``root`` (``settings.files_dir`` by default)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root).resolve()

    def _resolve(self, path: str) -> Path:
        key = PurePosixPath(path)
        if key.is_absolute() or ".." in key.parts or "\\" in path or "//" in path or not key.parts:
            raise StoreError(f"Invalid blob path {path[:80]!r}.")
        full = (self.root / key).resolve()
        if not full.is_relative_to(self.root):
            raise StoreError(f"Invalid blob path {path[:80]!r}.")
        return full

    def put(self, path: str, data: bytes | BinaryIO) -> int:
        target = self._resolve(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".part")
        written = 0
        try:
            with open(partial, "wb") as out:
                if isinstance(data, bytes | bytearray | memoryview):
                    written = out.write(data)
                else:
                    while chunk := data.read(CHUNK):
                        written += out.write(chunk)
            partial.replace(target)  # atomic: readers never see half a file
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise StoreError(f"Could not write the file to storage ({exc.strerror}).") from exc
        return written

    def put_file(self, path: str, src: Path) -> int:
        target = self._resolve(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        size = src.stat().st_size
        try:
            os.replace(src, target)  # same filesystem: a rename, no copy of the bytes
        except OSError:
            with open(src, "rb") as fh:
                return self.put(path, fh)
        return size

    def open(self, path: str) -> BinaryIO:
        try:
            return open(self._resolve(path), "rb")
        except FileNotFoundError as exc:
            raise NotFound(f"The stored file {path!r} is missing.") from exc

    def delete(self, path: str) -> None:
        target = self._resolve(path)
        if target.is_dir():
            shutil.rmtree(target, ignore_errors=True)
        else:
            target.unlink(missing_ok=True)

    def exists(self, path: str) -> bool:
        return self._resolve(path).exists()

    def local_path(self, path: str) -> Path:
        target = self._resolve(path)
        if not target.exists():
            raise NotFound(f"The stored file {path!r} is missing.")
        return target
