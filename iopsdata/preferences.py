"""``ws.settings``: user preferences, workspace defaults and workspace administration."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from iopsdata.context import WorkspaceContext, members_only

if TYPE_CHECKING:
    from iopsdata.config import Settings
    from iopsdata.drafts import DraftService
    from iopsdata.llm.keys import LlmSettingsService

GENERATED_KEY_WARNING = (
    "Secrets are encrypted with a key file generated in IOPSDATA_HOME. That is fine on your own "
    "machine; a production deployment must set FERNET_KEY (and keep it safe)."
)


@members_only
class PreferencesService:
    def __init__(self, ctx: WorkspaceContext) -> None:
        self.ctx = ctx

    @property
    def config(self) -> Settings:
        """The process configuration (read-only at run time)."""
        return self.ctx.settings

    def warnings(self) -> list[str]:
        """Configuration problems worth showing on the Settings page."""
        out = []
        if self.ctx.vault.generated_key:
            out.append(GENERATED_KEY_WARNING)
        return out

    def user(self) -> dict[str, Any]:
        return self.ctx.store.get_user_settings(self.ctx.user_id)

    def set_user(self, **values: Any) -> dict[str, Any]:
        return self.ctx.store.set_user_settings(self.ctx.user_id, values)

    def workspace(self) -> dict[str, Any]:
        return self.ctx.store.get_workspace_settings(self.ctx.workspace_id)

    def set_workspace(self, **values: Any) -> dict[str, Any]:
        """Workspace defaults; owners only."""
        self.ctx.require("owner")
        return self.ctx.store.set_workspace_settings(self.ctx.workspace_id, values)

    # Workspace administration lives in ``ws.team``; these delegate so callers have one place.
    def rename_workspace(self, name: str) -> None:
        self._team().rename(name)

    def create_workspace(self, name: str) -> str:
        """A new workspace owned by the current user; returns its id."""
        return self._team().create_workspace(name)

    def members(self) -> list[dict[str, Any]]:
        return self._team().members()

    def _team(self):  # type: ignore[no-untyped-def]
        from iopsdata.teams import TeamService

        return TeamService(self.ctx)

    @cached_property
    def llm(self) -> LlmSettingsService:
        from iopsdata.llm.keys import LlmSettingsService

        return LlmSettingsService(self.ctx)

    @cached_property
    def drafts(self) -> DraftService:
        """Per-user drafts of the SQL and Lineage pages (text, connection, last run)."""
        from iopsdata.drafts import DraftService

        return DraftService(self.ctx)
