"""The metadata store: one repository over SQLite (embedded default) or PostgreSQL.

Every method that touches workspace-owned rows takes ``workspace_id`` first and filters by it.
"""

from __future__ import annotations

from iopsdata.errors import StoreError
from iopsdata.store.assets import AssetRepo
from iopsdata.store.base import TxHook, create_store_engine
from iopsdata.store.chat import ChatRepo
from iopsdata.store.maintenance import MaintenanceRepo
from iopsdata.store.migrations import migrate
from iopsdata.store.queries import QueryRepo
from iopsdata.store.workspaces import WorkspaceRepo

__all__ = ["Store"]


class Store(WorkspaceRepo, AssetRepo, QueryRepo, ChatRepo, MaintenanceRepo):
    """All repositories over one engine."""

    @classmethod
    def open(cls, url: str, *, tx_hook: TxHook | None = None, run_migrations: bool = True) -> Store:
        """Connect and apply pending migrations.

        Raises:
            StoreError: unreachable, corrupt or read-only store, with a plain-words message.
        """
        engine = create_store_engine(url)
        store = cls(engine, tx_hook=tx_hook)
        if run_migrations:
            try:
                with store._tx():
                    pass
                migrate(engine)
            except StoreError:
                raise
            except Exception as exc:  # driver errors during migration
                from sqlalchemy.exc import DBAPIError

                from iopsdata.store.base import _describe

                if isinstance(exc, DBAPIError):
                    raise StoreError(_describe(exc)) from exc
                raise StoreError("The metadata store could not be prepared.") from exc
        return store

    def close(self) -> None:
        self.engine.dispose()
