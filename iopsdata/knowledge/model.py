"""What a team teaches iOpsData about one connection: terms, metrics, instructions, joins, hints.

Plain frozen dataclasses, shared by the knowledge store and editor (who write them), the dbt import
(which produces them) and Chat's schema selection and prompt (which read them). Table names are as
the catalog qualifies them (``Table.qualified_name``); column references are ``table.column``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

JOIN_SOURCES = ("declared", "dbt", "foreign_key", "inferred")
"""Where a join path comes from, strongest first: a hand-declared or dbt-declared path wins over a
foreign key read from the database, which wins over one inferred from names and types."""


@dataclass(frozen=True)
class GlossaryEntry:
    term: str
    meaning: str
    synonyms: tuple[str, ...] = ()
    refs: tuple[str, ...] = ()  # tables ("orders") and columns ("orders.amount") the term means


@dataclass(frozen=True)
class Metric:
    name: str
    description: str
    expression: str  # SQL expression, e.g. "sum(amount) - sum(refunds)"
    table: str  # the table it aggregates
    time_column: str | None = None


@dataclass(frozen=True)
class JoinPath:
    left_table: str
    left_columns: tuple[str, ...]
    right_table: str
    right_columns: tuple[str, ...]
    source: str = "declared"  # one of JOIN_SOURCES
    confidence: float = 1.0  # 1.0 for declared/dbt/foreign keys; < 1 for inferred
    # shown in "Tables the assistant sees", e.g. "orders.customer_id ↔ customers.id"
    reason: str = ""


@dataclass(frozen=True)
class Knowledge:
    """Everything known about one connection beyond its catalog."""

    glossary: tuple[GlossaryEntry, ...] = ()
    metrics: tuple[Metric, ...] = ()
    instructions: tuple[str, ...] = ()
    joins: tuple[JoinPath, ...] = ()
    descriptions: dict[str, str] = field(default_factory=dict)  # "table" / "table.column" -> text
    # "table.column" -> known values (dbt accepted_values, value index)
    value_hints: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not (
            self.glossary
            or self.metrics
            or self.instructions
            or self.joins
            or self.descriptions
            or self.value_hints
        )
