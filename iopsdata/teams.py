"""``ws.team``: workspaces, members and roles, and the activity log owners read."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from typing import Any

from iopsdata.activity import record
from iopsdata.context import WorkspaceContext, members_only
from iopsdata.errors import NotFound, PermissionDenied
from iopsdata.store.workspaces import ROLES

ACTIVITY_SHOWN = 500  # newest entries the Activity tab lists; its CSV export has them all


@members_only
class TeamService:
    """Owners manage members; editors change connections and files; viewers query and chat."""

    def __init__(self, ctx: WorkspaceContext) -> None:
        self.ctx = ctx

    def members(self) -> list[dict[str, Any]]:
        return self.ctx.store.list_members(self.ctx.workspace_id)

    def invite(self, email: str, role: str = "viewer") -> str:
        """Add ``email`` with ``role`` (the account is created and can sign up with that email)."""
        self.ctx.require("owner")
        if role not in ROLES:
            raise PermissionDenied(f"Role must be one of {', '.join(ROLES)}.")
        email = email.strip().lower()
        if "@" not in email:
            raise PermissionDenied("Enter a valid email address to invite.")
        user = self.ctx.store.privileged().ensure_user(email)
        self.ctx.store.add_member(self.ctx.workspace_id, user["id"], role)
        record(self.ctx, "member.invited", email, role=role)
        return str(user["id"])

    def set_role(self, user_id: str, role: str) -> None:
        self.ctx.require("owner")
        member = self._member(user_id)
        if member["role"] == "owner" and role != "owner":
            self._keep_an_owner(user_id)
        self.ctx.store.add_member(self.ctx.workspace_id, user_id, role)
        record(self.ctx, "member.role_changed", member["email"], old=member["role"], new=role)

    def remove(self, user_id: str) -> None:
        self.ctx.require("owner")
        member = self._member(user_id)
        if member["role"] == "owner":
            self._keep_an_owner(user_id)
        self.ctx.store.remove_member(self.ctx.workspace_id, user_id)
        record(self.ctx, "member.removed", member["email"], role=member["role"])

    def create_workspace(self, name: str) -> str:
        ws = self.ctx.store.create_workspace(name, self.ctx.user_id)
        self.ctx.store.log_activity(
            ws["id"], user_id=self.ctx.user_id, action="workspace.created", target=name
        )
        return str(ws["id"])

    def rename(self, name: str) -> None:
        self.ctx.require("owner")
        self.ctx.store.rename_workspace(self.ctx.workspace_id, name)
        record(self.ctx, "workspace.renamed", name)

    def delete_workspace(self) -> None:
        self.ctx.require("owner")
        self.ctx.store.delete_workspace(self.ctx.workspace_id)

    def activity(
        self,
        *,
        action: str | None = None,
        user_id: str | None = None,
        since: datetime | None = None,
        limit: int | None = ACTIVITY_SHOWN,
    ) -> list[dict[str, Any]]:
        """Newest first; owners only (the store's RLS says the same on PostgreSQL).

        Args:
            limit: at most this many entries (what a page shows); None: every matching entry.
        """
        self.ctx.require("owner")
        return self.ctx.store.list_activity(
            self.ctx.workspace_id, action=action, user_id=user_id, since=since, limit=limit
        )

    def export_activity_csv(self, **filters: Any) -> bytes:
        """Every entry matching ``filters`` as CSV, however many the page shows."""
        rows = self.activity(**filters, limit=None)
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["time", "user", "action", "target", "details"])
        for r in rows:
            writer.writerow(
                [
                    r["created_at"],
                    r.get("email") or r["user_id"],
                    r["action"],
                    r["target"] or "",
                    r["details"] or {},
                ]
            )
        return out.getvalue().encode("utf-8")

    def _member(self, user_id: str) -> dict[str, Any]:
        member = next((m for m in self.members() if m["user_id"] == user_id), None)
        if member is None:
            raise NotFound("That person is not a member of this workspace.")
        return member

    def _keep_an_owner(self, leaving: str) -> None:
        owners = [m for m in self.members() if m["role"] == "owner" and m["user_id"] != leaving]
        if not owners:
            raise PermissionDenied(
                "A workspace needs at least one owner: make someone else owner first."
            )
