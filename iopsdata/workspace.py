"""The Python facade: one entry to the service layer for pages, notebooks and scripts.

    from iopsdata import Workspace
    ws = Workspace.open()                      # embedded default, or what the settings say
    ws.connections.list()
    ws.sql.run("SELECT carrier, count(*) FROM flights GROUP BY 1", connection="Demo: NYC flights 2013")

Sub-services are created on first use, so importing and opening stay cheap.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from iopsdata.bootstrap import Runtime, ensure_local_user, ensure_workspace, open_runtime
from iopsdata.config import Settings
from iopsdata.context import WorkspaceContext
from iopsdata.errors import AuthError, PermissionDenied

if TYPE_CHECKING:
    from iopsdata.assistant import AssistantService
    from iopsdata.assistant.value_index import ValueIndexService
    from iopsdata.connections import ConnectionService
    from iopsdata.eval import EvalService
    from iopsdata.files import FileService
    from iopsdata.knowledge.model import Knowledge
    from iopsdata.knowledge.service import KnowledgeService
    from iopsdata.lineage import LineageService
    from iopsdata.preferences import PreferencesService
    from iopsdata.sqlservice import SqlService
    from iopsdata.teams import TeamService
    from iopsdata.tokens import TokenService


class Workspace:
    """One user acting in one workspace."""

    def __init__(self, ctx: WorkspaceContext) -> None:
        self.ctx = ctx

    def __repr__(self) -> str:
        return f"Workspace(id={self.ctx.workspace_id!r}, role={self.ctx.role!r})"

    @classmethod
    def open(
        cls,
        settings: Settings | None = None,
        *,
        workspace_id: str | None = None,
        runtime: Runtime | None = None,
        user_id: str | None = None,
    ) -> Workspace:
        """Open a workspace for a user (the local user when auth is ``none``).

        Args:
            settings: defaults to the environment (``Settings.from_env()``).
            workspace_id: defaults to the user's first workspace (created on first start).
            runtime: an already-open store and vault (the Streamlit app shares one per process).
            user_id: a signed-in user's id; required unless auth is ``none``.

        Raises:
            PermissionDenied: the user is not a member of ``workspace_id``.
            AuthError: no ``user_id`` while sign-in is on (the ``none``-mode user is only for
                ``IOPSDATA_AUTH=none``).
        """
        runtime = runtime or open_runtime(settings or Settings.from_env())
        if user_id is None:
            if runtime.settings.auth != "none":
                raise AuthError("Sign-in is on: open the workspace with a signed-in user's id.")
            user_id = ensure_local_user(runtime.store)["id"]
        workspaces = ensure_workspace(runtime, user_id)
        chosen = (
            next((w for w in workspaces if w["id"] == workspace_id), None)
            if workspace_id
            else workspaces[0]
        )
        if chosen is None:
            raise PermissionDenied("You are not a member of that workspace.")
        ctx = WorkspaceContext(
            settings=runtime.settings,
            store=runtime.store.as_user(user_id),
            vault=runtime.vault,
            user_id=user_id,
            workspace_id=chosen["id"],
            role=chosen["role"],
        )
        return cls(ctx)

    @property
    def id(self) -> str:
        return self.ctx.workspace_id

    @property
    def name(self) -> str:
        return str(self.ctx.store.get_workspace(self.ctx.workspace_id)["name"])

    def workspaces(self) -> list[dict[str, object]]:
        """Every workspace the user belongs to, with their role."""
        return self.ctx.store.list_workspaces(self.ctx.user_id)

    @cached_property
    def connections(self) -> ConnectionService:
        from iopsdata.connections import ConnectionService

        return ConnectionService(self.ctx)

    @cached_property
    def sql(self) -> SqlService:
        from iopsdata.sqlservice import SqlService

        return SqlService(self.ctx)

    @cached_property
    def files(self) -> FileService:
        from iopsdata.files import FileService

        return FileService(self.ctx)

    @cached_property
    def assistant(self) -> AssistantService:
        from iopsdata.assistant import AssistantService

        return AssistantService(self.ctx, knowledge=self._knowledge_of)

    def _knowledge_of(self, connection_id: str) -> Knowledge | None:
        """Team knowledge of a connection for Chat's selection (None before ``ws.knowledge``)."""
        service = getattr(self, "knowledge", None)
        return service.get(connection_id) if service is not None else None

    @cached_property
    def value_index(self) -> ValueIndexService:
        from iopsdata.assistant.value_index import ValueIndexService

        return ValueIndexService(self.ctx)

    @cached_property
    def knowledge(self) -> KnowledgeService:
        from iopsdata.knowledge.service import KnowledgeService

        return KnowledgeService(self.ctx)

    @cached_property
    def evaluate(self) -> EvalService:
        from iopsdata.eval import EvalService

        return EvalService(self.ctx)

    @cached_property
    def lineage(self) -> LineageService:
        from iopsdata.lineage import LineageService

        return LineageService(self.ctx)

    @cached_property
    def team(self) -> TeamService:
        from iopsdata.teams import TeamService

        return TeamService(self.ctx)

    @cached_property
    def settings(self) -> PreferencesService:
        from iopsdata.preferences import PreferencesService

        return PreferencesService(self.ctx)

    @cached_property
    def tokens(self) -> TokenService:
        from iopsdata.tokens import TokenService

        return TokenService(self.ctx)
