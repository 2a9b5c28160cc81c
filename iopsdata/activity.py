"""Recording who changed what. Services call :func:`record`; values never include secrets."""

from __future__ import annotations

import logging
from typing import Any

from iopsdata.context import WorkspaceContext

log = logging.getLogger("iopsdata.activity")


def record(ctx: WorkspaceContext, action: str, target: str | None = None, **details: Any) -> None:
    """Append one activity row for the current user and workspace.

    The change it describes has already happened, so a failure to record is logged, not raised.
    """
    try:
        ctx.store.log_activity(
            ctx.workspace_id, user_id=ctx.user_id, action=action, target=target, details=details
        )
    except Exception:
        log.exception("could not record activity %s", action)
