"""``WorkspaceContext``: what every service needs to act for one user in one workspace."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from iopsdata.errors import PermissionDenied

if TYPE_CHECKING:
    from iopsdata.config import Settings
    from iopsdata.store import Store
    from iopsdata.vault import Vault

ROLES = ("viewer", "editor", "owner")
NOT_A_MEMBER = "You are no longer a member of this workspace."


@dataclass(frozen=True)
class WorkspaceContext:
    settings: Settings
    store: Store
    vault: Vault
    user_id: str
    workspace_id: str
    #: The role when the workspace was opened (for display); checks read :meth:`current_role`.
    role: str = "owner"
    #: The signed-in user's Supabase access token (Storage requests carry it so its policies apply).
    access_token: str | None = field(default=None, repr=False)

    def current_role(self) -> str:
        """The user's role now (read from the store through a short cache, never from the
        session), so a removed or demoted member loses access on their next action.

        Raises:
            PermissionDenied: the user is no longer a member of this workspace.
        """
        role = self.store.current_role(self.workspace_id, self.user_id)
        if role not in ROLES:
            raise PermissionDenied(NOT_A_MEMBER)
        return role

    def require(self, role: str) -> None:
        """Raise ``PermissionDenied`` unless the user's current role is at least ``role``."""
        current = self.current_role()
        if ROLES.index(current) < ROLES.index(role):
            raise PermissionDenied(
                f"This needs the {role} role in this workspace; you are a {current}."
            )


C = TypeVar("C", bound=type)


def members_only(cls: C) -> C:
    """Class decorator for workspace services: every public method first checks that the user is
    still a member (``ctx.require("viewer")``); methods that need more check again themselves.
    One decorator per service class, so a new method cannot forget the check."""
    seen: set[str] = set()
    for klass in cls.__mro__[:-1]:  # inherited public methods too (AssistantService's threads)
        for name, member in list(vars(klass).items()):
            if name in seen:
                continue
            seen.add(name)
            if name.startswith("_") or not inspect.isfunction(member):
                continue
            setattr(cls, name, _checked(member))
    cls.__members_only__ = True  # type: ignore[attr-defined]
    return cls


def _checked(fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        self.ctx.require("viewer")
        return fn(self, *args, **kwargs)

    return wrapper
