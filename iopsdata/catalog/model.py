"""Plain, serialisable description of a database schema, shared by SQL, Chat, Files and Lineage."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    nullable: bool = True
    primary_key: bool = False
    comment: str | None = None


@dataclass(frozen=True)
class ForeignKey:
    columns: tuple[str, ...]
    ref_table: str  # qualified as "schema.table" (or "table" where the engine has no schemas)
    ref_columns: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    name: str
    schema: str | None = None
    kind: str = "table"  # "table" or "view"
    columns: tuple[Column, ...] = ()
    comment: str | None = None
    row_estimate: int | None = None
    foreign_keys: tuple[ForeignKey, ...] = ()

    @property
    def qualified_name(self) -> str:
        return f"{self.schema}.{self.name}" if self.schema else self.name

    def column(self, name: str) -> Column | None:
        low = name.lower()
        return next((c for c in self.columns if c.name.lower() == low), None)


@dataclass(frozen=True)
class Catalog:
    """Tables of one connection. ``dialect`` is the sqlglot dialect name."""

    dialect: str
    tables: tuple[Table, ...] = ()
    database: str | None = None
    default_schema: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def find(self, name: str) -> Table | None:
        """Find a table by ``name`` or ``schema.name``, case-insensitively."""
        low = name.lower()
        for t in self.tables:
            if t.qualified_name.lower() == low:
                return t
        matches = [t for t in self.tables if t.name.lower() == low]
        if len(matches) == 1:
            return matches[0]
        for t in matches:
            if (t.schema or "").lower() == (self.default_schema or "").lower():
                return t
        return matches[0] if matches else None

    def to_sqlglot_schema(self) -> dict[str, dict[str, str]]:
        """``{qualified_table: {column: type}}`` for sqlglot's qualify/lineage."""
        return {t.qualified_name: {c.name: c.type for c in t.columns} for t in self.tables}

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Catalog:
        tables = tuple(
            Table(
                name=t["name"],
                schema=t.get("schema"),
                kind=t.get("kind", "table"),
                columns=tuple(Column(**c) for c in t.get("columns", ())),
                comment=t.get("comment"),
                row_estimate=t.get("row_estimate"),
                foreign_keys=tuple(
                    ForeignKey(tuple(f["columns"]), f["ref_table"], tuple(f["ref_columns"]))
                    for f in t.get("foreign_keys", ())
                ),
            )
            for t in data.get("tables", ())
        )
        return cls(
            dialect=data["dialect"],
            tables=tables,
            database=data.get("database"),
            default_schema=data.get("default_schema"),
        )
