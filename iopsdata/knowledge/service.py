"""``KnowledgeService`` (``ws.knowledge``): what a team teaches iOpsData about each connection.

Everyone in the workspace reads it (Chat's prompt and schema selection use it); editors and owners
change it. Every change is written to the activity log. Hand-made items win over imported ones with
the same key, and a new dbt import replaces only what the previous dbt import brought.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from iopsdata.activity import record
from iopsdata.context import members_only
from iopsdata.errors import IopsError, KnowledgeError
from iopsdata.knowledge import rows as r
from iopsdata.knowledge.model import GlossaryEntry, JoinPath, Knowledge, Metric
from iopsdata.knowledge.names import check_item, unresolved
from iopsdata.knowledge.rows import DbtModel

if TYPE_CHECKING:
    from iopsdata.catalog.model import Catalog
    from iopsdata.context import WorkspaceContext
    from iopsdata.knowledge.dbt import DbtImport
    from iopsdata.targets import QueryTarget


@members_only
class KnowledgeService:
    """Glossary, metrics, instructions, join paths and dbt imports per connection.

    ``connection`` arguments take a connection's name or id, or ``"files"`` for the workspace's
    Files connection.
    """

    def __init__(self, ctx: WorkspaceContext) -> None:
        self.ctx = ctx

    # -- reading ------------------------------------------------------------------------------
    def get(self, connection: str) -> Knowledge:
        """Everything known about ``connection`` (hand-made and imported), as one ``Knowledge``."""
        cid = self._cid(connection)
        return r.knowledge_from_rows(self.ctx.store.list_knowledge(self.ctx.workspace_id, cid))

    def items(self, connection: str, kind: str | None = None) -> list[dict[str, Any]]:
        """Stored items with their ``kind``, ``key``, ``source`` and ``body`` (for editors)."""
        cid = self._cid(connection)
        rows = self.ctx.store.list_knowledge(self.ctx.workspace_id, cid, kind=kind)
        keep = ("kind", "key", "source", "body", "updated_at")
        return [{k: row[k] for k in keep} for row in rows]

    def dbt_models(self, connection: str) -> list[DbtModel]:
        """dbt models imported for ``connection``: name, relation built and compiled SQL.

        The lineage service reads these (``DbtModel.statement()``) so impact analysis and the
        workspace map reach upstream through dbt models.
        """
        cid = self._cid(connection)
        return r.dbt_models_from_rows(
            self.ctx.store.list_knowledge(self.ctx.workspace_id, cid, kind="dbt_model")
        )

    # -- editing (editor+) --------------------------------------------------------------------
    def put_glossary(
        self,
        connection: str,
        term: str,
        meaning: str = "",
        *,
        synonyms: Any = (),
        refs: Any = (),
        replaces: str | None = None,
    ) -> GlossaryEntry:
        """Add or update the glossary entry ``term`` (``replaces``: its old term when renamed).

        Raises:
            PermissionDenied: viewers cannot change knowledge.
            KnowledgeError: an empty term or a bad list.
        """
        entry = r.glossary_entry(term, meaning, synonyms, refs)
        self._put(connection, "glossary", entry, replaces)
        return entry

    def put_metric(
        self,
        connection: str,
        name: str,
        expression: str,
        table: str,
        *,
        description: str = "",
        time_column: str | None = None,
        replaces: str | None = None,
    ) -> Metric:
        """Add or update the metric ``name``; its expression must parse as SQL.

        Raises:
            PermissionDenied, KnowledgeError.
        """
        item = r.metric(name, expression, table, description, time_column)
        self._put(connection, "metric", item, replaces)
        return item

    def add_instruction(self, connection: str, text: str, *, replaces: str | None = None) -> str:
        """Add a free-text instruction (``replaces``: the old text when edited)."""
        item = r.instruction(text)
        old = r.key_of("instruction", replaces) if replaces is not None else None
        self._put(connection, "instruction", item, None, old_key=old)
        return item

    def put_join(
        self,
        connection: str,
        left_table: str,
        left_columns: Any,
        right_table: str,
        right_columns: Any,
        *,
        reason: str = "",
    ) -> JoinPath:
        """Declare a join path (columns as lists or comma-separated text).

        Raises:
            PermissionDenied, KnowledgeError: no columns, or not as many on each side.
        """
        item = r.join_path(left_table, left_columns, right_table, right_columns, reason=reason)
        self._put(connection, "join", item, None)
        return item

    def remove(self, connection: str, kind: str, key_or_item: Any) -> bool:
        """Remove an item by its key (``items()``), term, metric name, instruction text or
        ``JoinPath``. Returns False when there was none."""
        self.ctx.require("editor")
        cid = self._cid(connection)
        key = self._key(kind, key_or_item)
        gone = self.ctx.store.delete_knowledge(self.ctx.workspace_id, cid, kind, key)
        if gone:
            record(self.ctx, "knowledge.deleted", cid, kind=kind, key=key)
        return gone

    # -- YAML and dbt -------------------------------------------------------------------------
    def export_yaml(self, connection: str) -> str:
        """The connection's knowledge as YAML (the format in docs/knowledge.md)."""
        from iopsdata.knowledge.yamlio import dump_yaml

        return dump_yaml(self.get(connection), connection=self._name(connection))

    def import_yaml(self, connection: str, text: str | bytes, *, replace: bool = False) -> int:
        """Load a YAML file: its items are added or updated; with ``replace`` every hand-made item
        not in the file is removed. All or nothing: a bad file changes nothing.

        Returns:
            How many items were written.

        Raises:
            PermissionDenied; KnowledgeError naming the problem (line, section or item).
        """
        from iopsdata.knowledge.yamlio import load_yaml

        self.ctx.require("editor")
        cid = self._cid(connection)
        rows = load_yaml(text)
        n = self.ctx.store.replace_knowledge(
            self.ctx.workspace_id,
            cid,
            rows,
            source="manual",
            user_id=self.ctx.user_id,
            clear_source=replace,
        )
        record(self.ctx, "knowledge.imported", cid, format="yaml", items=n, replace=replace)
        return n

    def import_dbt(
        self,
        connection: str,
        manifest: str | bytes | Path,
        catalog: str | bytes | Path | None = None,
    ) -> DbtImport:
        """Import a dbt project's ``manifest.json`` (and ``catalog.json``) without dbt-core.

        Replaces the previous dbt import of this connection in one transaction; hand-made items
        with the same key are kept. See :mod:`iopsdata.knowledge.dbt` for what becomes what.

        Raises:
            PermissionDenied; KnowledgeError: not a dbt manifest, or unreadable JSON.
        """
        from iopsdata.knowledge.dbt import read_dbt

        self.ctx.require("editor")
        cid = self._cid(connection)
        result = read_dbt(manifest, catalog)
        n = self.ctx.store.replace_knowledge(
            self.ctx.workspace_id, cid, result.rows(), source="dbt", user_id=self.ctx.user_id
        )
        record(self.ctx, "knowledge.imported", cid, format="dbt", items=n, **result.counts())
        return result

    # -- helpers ------------------------------------------------------------------------------
    def _put(
        self,
        connection: str,
        kind: str,
        item: Any,
        replaces: str | None,
        *,
        old_key: str | None = None,
    ) -> None:
        self.ctx.require("editor")
        cid = self._cid(connection)
        if isinstance(item, GlossaryEntry | Metric | JoinPath):
            self._check_names(connection, item)
        _, key, body = r.to_row(kind, item)
        if old_key is None and replaces:
            old_key = replaces.strip().lower()
        created = self.ctx.store.put_knowledge(
            self.ctx.workspace_id,
            cid,
            kind=kind,
            key=key,
            body=body,
            user_id=self.ctx.user_id,
            replaces=old_key,
        )
        record(self.ctx, "knowledge.changed", cid, kind=kind, key=key, created=created)

    def unresolved_names(self, connection: str) -> list[str]:
        """Names in this connection's glossary, metrics and declared joins that its catalog lacks
        (a typo, a table dropped since, an import from another database); Chat cannot use those.
        Empty when the catalog cannot be read just now."""
        catalog = self._catalog(connection)
        return [] if catalog is None else unresolved(self.get(connection), catalog)

    def _check_names(self, connection: str, item: GlossaryEntry | Metric | JoinPath) -> None:
        """Refuse an item naming a table or column the connection lacks (with the closest name).

        A name missing from the cached catalog is looked up again in a fresh one (the table may
        be new). When the database cannot be reached, the item is saved unchecked: its names may
        be right, and the Knowledge page lists it later if they are not.
        """
        problems = self._missing(connection, item, refresh=False)
        if problems:
            problems = self._missing(connection, item, refresh=True)
        if problems:
            text = "; ".join(problems)
            raise KnowledgeError(
                f"{text[0].upper()}{text[1:]}. Chat uses only the tables and columns "
                f"{self._name(connection)} has."
            )

    def _missing(
        self, connection: str, item: GlossaryEntry | Metric | JoinPath, *, refresh: bool
    ) -> list[str]:
        catalog = self._catalog(connection, refresh=refresh)
        return [] if catalog is None else check_item(item, catalog)

    def _catalog(self, connection: str, *, refresh: bool = False) -> Catalog | None:
        from iopsdata.connections import ConnectionService

        try:
            return ConnectionService(self.ctx).catalog(connection, refresh=refresh)
        except IopsError:
            return None

    @staticmethod
    def _key(kind: str, key_or_item: Any) -> str:
        if kind not in r.KINDS:
            raise KnowledgeError(
                f"Unknown knowledge kind {kind!r}; use one of {', '.join(r.KINDS)}."
            )
        if isinstance(key_or_item, JoinPath):
            return r.key_of("join", key_or_item)
        text = str(key_or_item)
        if kind == "instruction" and not re.fullmatch("[0-9a-f]{64}", text):
            return r.key_of("instruction", text.strip())
        return (
            text if kind in ("join", "instruction", "description", "value_hint") else text.lower()
        )

    def _cid(self, connection: str) -> str:
        from iopsdata.files import FILES_ID

        if connection == FILES_ID:
            return FILES_ID
        from iopsdata.connections import ConnectionService

        return ConnectionService(self.ctx).resolve(connection).id

    def _name(self, connection: str) -> str:
        from iopsdata.files import FILES_ID

        if connection == FILES_ID:
            return "Files"
        from iopsdata.connections import ConnectionService

        return ConnectionService(self.ctx).resolve(connection).name


def knowledge_for(ctx: WorkspaceContext, target: QueryTarget) -> Knowledge:
    """The knowledge of Chat's target; an unreadable store gives none rather than no answer."""
    try:
        return r.knowledge_from_rows(ctx.store.list_knowledge(ctx.workspace_id, target.id))
    except IopsError:
        return Knowledge()
