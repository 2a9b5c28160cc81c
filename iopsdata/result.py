"""``QueryResult``: the one result type shared by the SQL page, Chat and Files."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa


@dataclass(frozen=True)
class QueryResult:
    """Rows of one executed statement, kept as Arrow to avoid row-by-row Python conversion.

    Attributes:
        table: the rows (at most the row cap).
        sql: the statement that was executed (after any rewriting, e.g. a LIMIT).
        elapsed_s: wall time of the execution on the server, fetch included.
        truncated: True when the row or byte cap cut the result; the UI says so plainly.
        notice: an optional plain sentence about the result (e.g. why it was truncated).
        lineage: optional lineage summary of the statement (JSON-able dict).
    """

    table: pa.Table
    sql: str
    elapsed_s: float
    truncated: bool = False
    notice: str | None = None
    lineage: dict[str, Any] | None = field(default=None, compare=False)

    @property
    def columns(self) -> list[str]:
        return list(self.table.column_names)

    @property
    def row_count(self) -> int:
        return int(self.table.num_rows)

    def to_pandas(self) -> pd.DataFrame:
        """A DataFrame view for display; Arrow types map to pandas' Arrow-backed dtypes."""
        return self.table.to_pandas()
