"""Cross-workspace maintenance used only by operator commands (key rotation), never by pages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import delete, insert, select, update

from iopsdata.store import membership
from iopsdata.store import schema as s
from iopsdata.store.base import StoreBase

FERNET_PREFIX = "gAAAAA"


class MaintenanceRepo(StoreBase):
    def rewrite_secrets(self, rewrite: Callable[[str], str]) -> int:
        """Apply ``rewrite`` to every stored Fernet token (connection configs and secret settings)
        in one transaction, so a failure leaves every token as it was. Returns the count."""
        count = 0
        with self._tx() as conn:
            t = s.workspace_connections
            for row in conn.execute(select(t.c.id, t.c.config_token)).all():
                conn.execute(
                    update(t).where(t.c.id == row.id).values(config_token=rewrite(row.config_token))
                )
                count += 1
            a = s.auth_sessions  # Supabase refresh tokens of browser sessions
            for row in conn.execute(
                select(a.c.token_hash, a.c.provider_token).where(a.c.provider_token.isnot(None))
            ).all():
                conn.execute(
                    update(a)
                    .where(a.c.token_hash == row.token_hash)
                    .values(provider_token=rewrite(row.provider_token))
                )
                count += 1
            for table, key in (
                (s.user_settings, s.user_settings.c.user_id),
                (s.workspace_settings, s.workspace_settings.c.workspace_id),
            ):
                for row in conn.execute(select(key, table.c["values"])).all():
                    values, n = _rewrite_tokens(row[1], rewrite)
                    if n:
                        conn.execute(update(table).where(key == row[0]).values(values=values))
                        count += n
        return count


def _rewrite_tokens(value: Any, rewrite: Callable[[str], str]) -> tuple[Any, int]:
    if isinstance(value, str) and value.startswith(FERNET_PREFIX):
        return rewrite(value), 1
    if isinstance(value, dict):
        total = 0
        out = {}
        for k, v in value.items():
            out[k], n = _rewrite_tokens(v, rewrite)
            total += n
        return out, total
    if isinstance(value, list):
        items = [_rewrite_tokens(v, rewrite) for v in value]
        return [i[0] for i in items], sum(i[1] for i in items)
    return value, 0


class UserRekeyRepo(StoreBase):
    def rekey_user(self, old_id: str, new_id: str) -> None:
        """Give an invited (password-less) account the id an identity provider assigned, moving
        its memberships and settings, in one transaction."""
        with self._tx() as conn:
            old = conn.execute(select(s.users).where(s.users.c.id == old_id)).first()
            if old is None:
                return
            values = dict(old._mapping)
            conn.execute(
                update(s.users)
                .where(s.users.c.id == old_id)
                .values(email=f"rekey-{old_id}@invalid")
            )
            conn.execute(insert(s.users).values({**values, "id": new_id}))
            conn.execute(
                update(s.workspace_members)
                .where(s.workspace_members.c.user_id == old_id)
                .values(user_id=new_id)
            )
            conn.execute(
                update(s.user_settings)
                .where(s.user_settings.c.user_id == old_id)
                .values(user_id=new_id)
            )
            conn.execute(delete(s.users).where(s.users.c.id == old_id))
        membership.bump()
