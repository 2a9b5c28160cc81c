"""Users, workspaces, members and settings."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, insert, select, update

from iopsdata.errors import NotFound, StoreError
from iopsdata.store import membership
from iopsdata.store import schema as s
from iopsdata.store.base import StoreBase, as_dict, new_id, now

ROLES = ("owner", "editor", "viewer")


class WorkspaceRepo(StoreBase):
    def ensure_user(
        self, email: str, display_name: str | None = None, *, user_id: str | None = None
    ) -> dict[str, Any]:
        """The user with ``email`` (created if missing, with ``user_id`` when an identity provider
        gave one); emails compare case-insensitively."""
        email = email.strip().lower()
        with self._tx() as conn:
            row = conn.execute(select(s.users).where(s.users.c.email == email)).first()
            if row:
                return dict(row._mapping)
            values = {
                "id": user_id or new_id(),
                "email": email,
                "display_name": display_name or email.split("@")[0],
                "is_admin": False,
                "created_at": now(),
            }
            conn.execute(insert(s.users).values(**values))
            return values

    def get_user(self, user_id: str) -> dict[str, Any]:
        with self._tx() as conn:
            return as_dict(
                conn.execute(select(s.users).where(s.users.c.id == user_id)).first(), "user"
            )

    def find_user_by_email(self, email: str) -> dict[str, Any] | None:
        with self._tx() as conn:
            row = conn.execute(
                select(s.users).where(s.users.c.email == email.strip().lower())
            ).first()
            return dict(row._mapping) if row else None

    def update_user(self, user_id: str, **fields: Any) -> None:
        allowed = {"display_name", "password_hash", "is_admin"}
        if set(fields) - allowed:
            raise StoreError(f"Unknown user fields: {sorted(set(fields) - allowed)}")
        with self._tx() as conn:
            conn.execute(update(s.users).where(s.users.c.id == user_id).values(**fields))

    def count_users(self) -> int:
        with self._tx() as conn:
            return len(conn.execute(select(s.users.c.id)).all())

    def create_workspace(self, name: str, owner_id: str) -> dict[str, Any]:
        name = name.strip()
        if not name:
            raise StoreError("A workspace needs a name.")
        values = {"id": new_id(), "name": name, "created_by": owner_id, "created_at": now()}
        with self._tx() as conn:
            conn.execute(insert(s.workspaces).values(**values))
            conn.execute(
                insert(s.workspace_members).values(
                    workspace_id=values["id"], user_id=owner_id, role="owner", created_at=now()
                )
            )
        return values

    def get_workspace(self, workspace_id: str) -> dict[str, Any]:
        with self._tx() as conn:
            row = conn.execute(
                select(s.workspaces).where(s.workspaces.c.id == workspace_id)
            ).first()
            return as_dict(row, "workspace")

    def rename_workspace(self, workspace_id: str, name: str) -> None:
        if not name.strip():
            raise StoreError("A workspace needs a name.")
        with self._tx() as conn:
            conn.execute(
                update(s.workspaces)
                .where(s.workspaces.c.id == workspace_id)
                .values(name=name.strip())
            )

    def delete_workspace(self, workspace_id: str) -> None:
        """Foreign keys cascade to every workspace-owned row (they act as the table owner, so the
        append-only audit tables need no DELETE grant); the activity log outlives the workspace."""
        with self._tx() as conn:
            res = conn.execute(delete(s.workspaces).where(s.workspaces.c.id == workspace_id))
            if res.rowcount == 0:
                raise NotFound("That workspace does not exist, or you may not delete it.")
        membership.bump()

    def list_workspaces(self, user_id: str) -> list[dict[str, Any]]:
        """Workspaces ``user_id`` belongs to, with the user's ``role``, oldest first."""
        query = (
            select(s.workspaces, s.workspace_members.c.role)
            .join(s.workspace_members, s.workspace_members.c.workspace_id == s.workspaces.c.id)
            .where(s.workspace_members.c.user_id == user_id)
            .order_by(s.workspaces.c.created_at)
        )
        with self._tx() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def member_role(self, workspace_id: str, user_id: str) -> str | None:
        m = s.workspace_members
        with self._tx() as conn:
            row = conn.execute(
                select(m.c.role).where(m.c.workspace_id == workspace_id, m.c.user_id == user_id)
            ).first()
            return row[0] if row else None

    def current_role(self, workspace_id: str, user_id: str) -> str | None:
        """:meth:`member_role` through the short membership cache (checked on every action)."""
        return membership.cached_role(
            workspace_id, user_id, lambda: self.member_role(workspace_id, user_id)
        )

    def add_member(self, workspace_id: str, user_id: str, role: str) -> None:
        if role not in ROLES:
            raise StoreError(f"Role must be one of {', '.join(ROLES)}.")
        m = s.workspace_members
        with self._tx() as conn:
            exists = conn.execute(
                select(m.c.role).where(m.c.workspace_id == workspace_id, m.c.user_id == user_id)
            ).first()
            if exists:
                conn.execute(
                    update(m)
                    .where(m.c.workspace_id == workspace_id, m.c.user_id == user_id)
                    .values(role=role)
                )
            else:
                conn.execute(
                    insert(m).values(
                        workspace_id=workspace_id, user_id=user_id, role=role, created_at=now()
                    )
                )
        membership.bump()

    def list_members(self, workspace_id: str) -> list[dict[str, Any]]:
        m = s.workspace_members
        query = (
            select(m.c.user_id, m.c.role, s.users.c.email, s.users.c.display_name)
            .join(s.users, s.users.c.id == m.c.user_id)
            .where(m.c.workspace_id == workspace_id)
            .order_by(s.users.c.email)
        )
        with self._tx() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def remove_member(self, workspace_id: str, user_id: str) -> None:
        m = s.workspace_members
        with self._tx() as conn:
            res = conn.execute(
                delete(m).where(m.c.workspace_id == workspace_id, m.c.user_id == user_id)
            )
            if res.rowcount == 0:
                raise NotFound("That person is not a member of this workspace.")
        membership.bump()

    # Settings: a JSON object per user and per workspace, merged on write.
    def get_user_settings(self, user_id: str) -> dict[str, Any]:
        t = s.user_settings
        with self._tx() as conn:
            row = conn.execute(select(t.c["values"]).where(t.c.user_id == user_id)).first()
            return dict(row[0]) if row else {}

    def set_user_settings(self, user_id: str, values: dict[str, Any]) -> dict[str, Any]:
        return self._merge_settings(s.user_settings, s.user_settings.c.user_id, user_id, values)

    def get_workspace_settings(self, workspace_id: str) -> dict[str, Any]:
        t = s.workspace_settings
        with self._tx() as conn:
            row = conn.execute(
                select(t.c["values"]).where(t.c.workspace_id == workspace_id)
            ).first()
            return dict(row[0]) if row else {}

    def set_workspace_settings(self, workspace_id: str, values: dict[str, Any]) -> dict[str, Any]:
        t = s.workspace_settings
        return self._merge_settings(t, t.c.workspace_id, workspace_id, values)

    def _merge_settings(
        self, table: Any, key_col: Any, key: str, values: dict[str, Any]
    ) -> dict[str, Any]:
        """Merge ``values`` into the stored object; a value of None removes that key."""
        with self._tx() as conn:
            row = conn.execute(select(table.c["values"]).where(key_col == key)).first()
            merged = dict(row[0]) if row else {}
            for k, v in values.items():
                if v is None:
                    merged.pop(k, None)
                else:
                    merged[k] = v
            if row:
                conn.execute(
                    update(table).where(key_col == key).values(values=merged, updated_at=now())
                )
            else:
                conn.execute(
                    insert(table).values({key_col.name: key, "values": merged, "updated_at": now()})
                )
            return merged
