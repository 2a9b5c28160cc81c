"""``QueryTarget``: anything SQL can be run against — a saved connection or the workspace's files.

SQL, Chat and Lineage work against this protocol; ``ConnectionService.target`` returns one for a
saved connection and for the Files connection alike (both run through ``iopsdata.execute``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from iopsdata.catalog import Catalog
    from iopsdata.result import QueryResult


class QueryTarget(Protocol):
    id: str  # connection id, or "files" for the workspace's Files connection
    name: str
    dialect: str  # sqlglot dialect name

    def catalog(self, *, refresh: bool = False) -> Catalog:
        """Tables and columns, cached; ``refresh`` re-reads them."""
        ...

    def run(self, sql: str, *, source: str = "editor", row_cap: int | None = None) -> QueryResult:
        """Guard, execute with timeout and caps, audit. Raises QueryRefused / QueryFailed / QueryTimeout."""
        ...
