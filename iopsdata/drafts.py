"""Drafts: what a user was writing on a page (SQL text, connection, last run), kept per user and
workspace in the metadata store, so a reload, another replica or a visit to another page gives it
back. Stored in the user's settings (one key per workspace and page); no schema change."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from iopsdata.errors import IopsError

if TYPE_CHECKING:
    from iopsdata.context import WorkspaceContext

MAX_TEXT = 200_000  # characters of one draft value; a longer paste is kept in the session only
PAGES = ("sql", "lineage")


class DraftService:
    """``get``/``save`` a page's draft for the context's user in the context's workspace."""

    def __init__(self, ctx: WorkspaceContext) -> None:
        self.ctx = ctx

    def _key(self, page: str) -> str:
        if page not in PAGES:
            raise IopsError(f"No drafts are kept for {page!r}.", title="Unknown draft")
        return f"draft:{self.ctx.workspace_id}:{page}"

    def get(self, page: str) -> dict[str, Any]:
        """The page's draft (``{}`` when there is none)."""
        value = self.ctx.store.get_user_settings(self.ctx.user_id).get(self._key(page))
        return dict(value) if isinstance(value, dict) else {}

    def save(self, page: str, **values: Any) -> None:
        """Replace the page's draft with ``values`` (JSON values; long texts are not kept)."""
        kept = {k: v for k, v in values.items() if not (isinstance(v, str) and len(v) > MAX_TEXT)}
        self.ctx.store.set_user_settings(self.ctx.user_id, {self._key(page): kept})

    def clear(self, page: str) -> None:
        self.ctx.store.set_user_settings(self.ctx.user_id, {self._key(page): None})
