"""The one definition of "the Files connection": its id, its name and its ``ConnectionInfo``.

Pages, Chat, the SQL service and the MCP server name it by id (``"files"``) or by name
(``"Files"``); :meth:`iopsdata.connections.ConnectionService.resolve` is the one resolver, and it
asks :func:`is_files` here. A saved connection never gets this id (store ids are UUIDs); a saved
connection that happens to be *named* "Files" wins over the built-in one's name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from iopsdata.connections import ConnectionInfo

FILES_ID = "files"
FILES_NAME = "Files"
FILES_LABEL = "Files (uploaded files)"


def is_files_name(connection: str | None) -> bool:
    """Whether ``connection`` names the Files connection (case and spaces ignored)."""
    return connection is not None and connection.strip().lower() == FILES_NAME.lower()


def files_info() -> ConnectionInfo:
    """The Files connection as a ``ConnectionInfo``: kind ``files``, DuckDB dialect, read-only."""
    from iopsdata.connections import ConnectionInfo
    from iopsdata.engines.kinds import FILES_KIND

    return ConnectionInfo(
        FILES_ID, FILES_NAME, FILES_KIND.kind, FILES_KIND.label, FILES_KIND.dialect, False, {}
    )
