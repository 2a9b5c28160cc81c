"""Profile hints for Chat: the values and formats profiling has seen, per table and column.

Hints do two jobs: the prompt shows them next to their columns (so the model writes
``status = 'shipped'``, not ``'Shipped'``), and schema selection counts a question word that
matches a known value as evidence for that table ("refunds in Lisbon" finds the table whose
``city`` column holds "Lisbon"). Only stored profiles are read: asking never profiles anything.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from iopsdata.context import WorkspaceContext
    from iopsdata.targets import QueryTarget

log = logging.getLogger(__name__)

# {table: {column: {"format"?: str, "values"?: [...]}}}, as ``Profile.hints()`` gives per table.
TableHints = dict[str, dict[str, dict[str, Any]]]


def profile_hints(profile: dict[str, Any] | None) -> dict[str, dict[str, Any]]:
    """``Profile.from_dict(profile).hints()`` of a stored profile dict; ``{}`` if none or unreadable.

    A profile stored by an older version (or damaged) must not break Chat, so a malformed dict is
    logged and ignored.
    """
    if not profile:
        return {}
    from iopsdata.profiling import Profile

    try:
        return Profile.from_dict(profile).hints()
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        log.warning("ignoring an unreadable stored profile: %s", exc)
        return {}


def hints_for(ctx: WorkspaceContext, target: QueryTarget) -> TableHints:
    """Hints of every profiled table of ``target``, keyed by the target's table name.

    Args:
        ctx: the workspace whose stored profiles are read.
        target: the workspace's Files connection or a saved database connection.

    Returns:
        For Files: one entry per profiled file (its view name); unprofiled files are absent.
        For database connections: the value index (``ws.value_index.refresh``), ``{}`` before
        its first refresh.
    """
    from iopsdata.files.connection import FILES_ID

    if target.id != FILES_ID:  # a database connection: its stored value index
        return ctx.store.get_value_index(ctx.workspace_id, target.id)[0]
    out: TableHints = {}
    for row in ctx.store.list_files(ctx.workspace_id):
        meta = row.get("metadata") or {}
        table = meta.get("table_name")
        hints = profile_hints(meta.get("profile"))
        if table and hints:
            out[str(table)] = hints
    return out
