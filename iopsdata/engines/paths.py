"""Where file and local-socket connections may point: never at iOpsData's own data.

A member who could open the metadata database as a "SQLite file" connection read every
workspace's users, password hashes and history. So every path a connection names (a SQLite or
DuckDB file, a ``sqlite:``/``duckdb:`` URL's database, a path-like URL parameter or connection-string
value, a PostgreSQL socket directory) is checked here before anything opens it:

1. it must be absolute: relative paths, ``~`` and ``file:`` URIs follow the server's working
   directory or home, which is usually the app's own folder;
2. it is resolved (``..`` removed, symlinks followed), then must not be, or be inside,
   ``IOPSDATA_HOME``, the key file, the metadata database or the app's code, nor be a hard link
   to the key file or metadata database;
3. it must be inside one of ``IOPSDATA_DATA_ROOTS``; with none configured, file connections are
   allowed only on a single-user server (auth ``none``).

The built-in demo database is the one file under ``IOPSDATA_HOME`` a connection may open.
Messages never repeat a server path.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote_plus

from iopsdata.errors import PermissionDenied

if TYPE_CHECKING:
    from iopsdata.config import Settings

APP_DIR = Path(__file__).resolve().parents[2]
#: what the connection list shows instead of a path inside iOpsData's own data (the demo)
BUILT_IN = "(built-in)"
_WINDOWS_ABS = re.compile(r"^[A-Za-z]:[\\/]")
_PATH_LIKE = re.compile(r"^(/|~|\.|file:|\\\\|[A-Za-z]:[\\/])", re.IGNORECASE)
_FILE_BACKENDS = ("sqlite", "duckdb")


class PathRefused(PermissionDenied):
    title = "Path not allowed"


def _real(path: Path | str) -> Path:
    return Path(os.path.realpath(os.path.normpath(os.path.abspath(str(path)))))


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


@dataclass(frozen=True)
class PathPolicy:
    """The path rules of one server, built from its settings.

    Attributes:
        forbidden: resolved folders and files no connection may name (home, key, metadata, app).
        private_files: files compared by identity too (a hard link has another path).
        roots: resolved folders file connections may use; empty = see ``files_allowed``.
        files_allowed: with no roots, whether file connections are allowed at all.
        exceptions: resolved files allowed although inside a forbidden folder (the demo).
    """

    forbidden: tuple[Path, ...]
    private_files: tuple[Path, ...]
    roots: tuple[Path, ...]
    files_allowed: bool
    exceptions: tuple[Path, ...] = ()

    @classmethod
    def from_settings(cls, settings: Settings) -> PathPolicy:
        from iopsdata.demo import demo_path
        from iopsdata.vault import KEY_FILE_NAME

        private = [_real(settings.home / KEY_FILE_NAME)]
        metadata = _sqlite_file(settings.metadata_url)
        if metadata is not None:
            private += [metadata, *(Path(f"{metadata}{s}") for s in ("-wal", "-shm", "-journal"))]
        return cls(
            forbidden=(_real(settings.home), APP_DIR, *private),
            private_files=tuple(private),
            roots=tuple(_real(r) for r in settings.data_root_paths),
            files_allowed=not settings.multi_user,
            exceptions=(_real(demo_path(settings.home)),),
        )

    def check(self, raw: str, what: str = "database file") -> Path:
        """The resolved path if a connection may open it. Raises PathRefused (no path shown)."""
        text = str(raw).strip()
        if not text or "\x00" in text or not (os.path.isabs(text) or _WINDOWS_ABS.match(text)):
            raise PathRefused(
                f"Give the full path of the {what}, starting with /. Relative paths, ~ and "
                "file: URIs are not accepted."
            )
        resolved = _real(text)
        if resolved in self.exceptions:
            return resolved
        if any(_inside(resolved, f) for f in self.forbidden) or self._same_as_private(resolved):
            raise PathRefused(
                f"That {what} belongs to iOpsData itself (its data folder, key, metadata or "
                "code); a connection cannot open it."
            )
        if self.roots:
            if not any(_inside(resolved, r) for r in self.roots):
                raise PathRefused(
                    f"That {what} is outside the folders this server allows for file "
                    "connections (IOPSDATA_DATA_ROOTS)."
                )
        elif not self.files_allowed:
            raise PathRefused(
                "File connections are off on this server: several people share it and no data "
                "folder is configured. An administrator can allow folders with IOPSDATA_DATA_ROOTS."
            )
        return resolved

    def _same_as_private(self, resolved: Path) -> bool:
        try:
            st = resolved.stat()
        except OSError:
            return False
        for private in self.private_files:
            try:
                other = private.stat()
            except OSError:
                continue
            if (st.st_dev, st.st_ino) == (other.st_dev, other.st_ino):
                return True
        return False

    def is_private(self, raw: str) -> bool:
        """Whether a stored path lies inside iOpsData's own data (shown as ``BUILT_IN``)."""
        text = str(raw or "").strip()
        if not text or not os.path.isabs(text):
            return False
        resolved = _real(text)
        return any(_inside(resolved, f) for f in self.forbidden)

    def check_options(self, kind: str, options: dict[str, Any]) -> None:
        """Apply the rules to every path a connection's options name. Raises PathRefused."""
        if kind in _FILE_BACKENDS:
            if options.get("path"):
                self.check(str(options["path"]))
        elif kind in ("postgresql", "mysql"):
            host = str(options.get("host") or "")
            if _PATH_LIKE.match(host):
                self.check(host, "socket folder")
        elif kind == "url" and options.get("url"):
            self._check_url(str(options["url"]))

    def _check_url(self, url: str) -> None:
        from iopsdata.engines.urls import make, scheme_of

        u = make(url)
        database = str(u.database or "")
        if scheme_of(url) in _FILE_BACKENDS and database and database != ":memory:":
            self.check(database)
        if u.host and _PATH_LIKE.match(str(u.host)):
            self.check(str(u.host), "socket folder")
        for value in _query_values(dict(u.query)):
            if _PATH_LIKE.match(value):
                self.check(value, "file named in the URL")


def _query_values(query: dict[str, Any]) -> list[str]:
    """Every parameter value, and every value inside ``a=b;c=d`` connection strings."""
    out: list[str] = []
    for value in query.values():
        for v in value if isinstance(value, tuple) else (value,):
            text = unquote_plus(str(v)).strip()
            out.append(text)
            for pair in text.split(";"):
                _, sep, inner = pair.partition("=")
                if sep:
                    out.append(inner.strip().strip("{}"))
    return out


def _sqlite_file(url: str) -> Path | None:
    if not url.startswith("sqlite"):
        return None
    from iopsdata.engines.urls import make

    database = str(make(url).database or "")
    if database.startswith("file:"):
        database = database[5:].split("?", 1)[0]
    return _real(database) if database and database != ":memory:" else None


__all__ = ["BUILT_IN", "PathPolicy", "PathRefused"]
