"""The metadata store: one repository over SQLite (embedded default) or PostgreSQL.

Every method that touches workspace-owned rows takes ``workspace_id`` first and filters by it.
"""

from __future__ import annotations

from iopsdata.errors import StoreError
from iopsdata.store.activity import ActivityRepo
from iopsdata.store.assets import AssetRepo
from iopsdata.store.auth import AdoptRepo, AuthRepo
from iopsdata.store.base import TxHook, create_store_engine
from iopsdata.store.chat import ChatRepo
from iopsdata.store.evals import EvalRepo
from iopsdata.store.knowledge import KnowledgeRepo
from iopsdata.store.maintenance import MaintenanceRepo, UserRekeyRepo
from iopsdata.store.migrations import migrate
from iopsdata.store.queries import QueryRepo
from iopsdata.store.tokens import TokenRepo
from iopsdata.store.value_index import ValueIndexRepo
from iopsdata.store.workspaces import WorkspaceRepo

__all__ = ["Store"]


class Store(
    WorkspaceRepo,
    AssetRepo,
    QueryRepo,
    ChatRepo,
    EvalRepo,
    ActivityRepo,
    KnowledgeRepo,
    MaintenanceRepo,
    UserRekeyRepo,
    AuthRepo,
    AdoptRepo,
    TokenRepo,
    ValueIndexRepo,
):
    """All repositories over one engine."""

    @classmethod
    def open(
        cls,
        url: str,
        *,
        tx_hook: TxHook | None = None,
        run_migrations: bool = True,
        rls: bool = False,
    ) -> Store:
        """Connect and apply pending migrations.

        Args:
            rls: PostgreSQL only — run every transaction as the current actor (see ``store.rls``)
                so row-level security applies; the app turns this on for PostgreSQL metadata.

        Raises:
            StoreError: unreachable, corrupt or read-only store, with a plain-words message.
        """
        engine = create_store_engine(url)
        if rls:
            if engine.dialect.name != "postgresql":
                raise StoreError("Row-level security needs a PostgreSQL metadata store.")
            from iopsdata.store.rls import user_tx_hook

            tx_hook = user_tx_hook(None)
        store = cls(engine, tx_hook=tx_hook)
        store.rls = rls
        if run_migrations:
            try:
                with engine.connect():
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

    rls: bool = False

    def as_user(self, user_id: str) -> Store:
        """The store acting as ``user_id``: with RLS, every transaction runs as that user."""
        if not self.rls:
            return self
        from iopsdata.store.rls import user_tx_hook

        bound = Store(self.engine, tx_hook=user_tx_hook(user_id))
        bound.rls = True
        return bound

    def privileged(self) -> Store:
        """The store without RLS, for sign-in and start-up only (finding a user by email before
        anyone is signed in). Never hand this to a page or a workspace service."""
        return Store(self.engine) if self.rls else self

    def close(self) -> None:
        self.engine.dispose()
