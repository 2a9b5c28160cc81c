"""``WorkspaceContext``: what every service needs to act for one user in one workspace."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from iopsdata.errors import PermissionDenied

if TYPE_CHECKING:
    from iopsdata.config import Settings
    from iopsdata.store import Store
    from iopsdata.vault import Vault

ROLES = ("viewer", "editor", "owner")


@dataclass(frozen=True)
class WorkspaceContext:
    settings: Settings
    store: Store
    vault: Vault
    user_id: str
    workspace_id: str
    role: str = "owner"
    #: The signed-in user's Supabase access token (Storage requests carry it so its policies apply).
    access_token: str | None = field(default=None, repr=False)

    def require(self, role: str) -> None:
        """Raise ``PermissionDenied`` unless the user's role is at least ``role``."""
        if ROLES.index(self.role) < ROLES.index(role):
            raise PermissionDenied(
                f"This needs the {role} role in this workspace; you are a {self.role}."
            )
