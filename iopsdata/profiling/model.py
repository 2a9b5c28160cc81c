"""``Profile`` and ``ColumnProfile``: the frozen, JSON-able result of profiling one relation.

Values are stored already JSON-able (numbers, strings, ISO dates) so a profile can be saved with a
file asset and reloaded without the engine that produced it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

# Flags a column can carry; the UI and the Chat prompt read these names.
FLAG_KEY = "likely_key"
FLAG_CONSTANT = "constant"
FLAG_MOSTLY_NULL = "mostly_null"
FLAG_ALL_NULL = "all_null"
FLAG_NUMBERS_AS_TEXT = "numbers_as_text"
FLAG_DATES_AS_TEXT = "dates_as_text"

HINT_MAX_VALUES = 20  # low-cardinality columns up to this many values go into the Chat prompt


@dataclass(frozen=True)
class ColumnProfile:
    """Statistics of one column.

    Attributes:
        name, type: column name and declared type as the engine reports it.
        kind: ``integer``, ``float``, ``string``, ``uuid``, ``temporal``, ``boolean`` or ``other``.
        inferred: what the values look like (e.g. ``"date as text (%Y-%m-%d)"``).
        count, nulls, null_pct: non-null values, null values, nulls in % of rows.
        distinct, distinct_method: distinct non-null values; ``"approx"`` (HyperLogLog) or ``"exact"``.
        min, max: smallest and largest value (ISO text for dates and timestamps).
        mean, std: mean and sample standard deviation (numbers; ``mean`` is the true-share of booleans).
        quartiles, quantile_method: 25/50/75% values and ``"approx"`` or ``"exact"`` (linear interpolation).
        top_values: most frequent non-null values with counts, most frequent first.
        histogram: equi-width bins as ``(low, high, count)``; ISO text edges for temporal columns.
        length_histogram: the same over text lengths (characters), for text columns.
        length_min, length_avg, length_max: string lengths in characters.
        flags: names from ``FLAG_*``; date_format: strftime format of date-like text.
    """

    name: str
    type: str
    kind: str
    inferred: str
    count: int
    nulls: int
    null_pct: float
    distinct: int | None = None
    distinct_method: str | None = None
    min: Any = None
    max: Any = None
    mean: float | None = None
    std: float | None = None
    quartiles: tuple[float, float, float] | None = None
    quantile_method: str | None = None
    top_values: tuple[tuple[Any, int], ...] = ()
    histogram: tuple[tuple[Any, Any, int], ...] = ()
    length_histogram: tuple[tuple[Any, Any, int], ...] = ()
    length_min: int | None = None
    length_avg: float | None = None
    length_max: int | None = None
    flags: tuple[str, ...] = ()
    date_format: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ColumnProfile:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if values.get("quartiles") is not None:
            values["quartiles"] = tuple(values["quartiles"])
        values["top_values"] = tuple(tuple(t) for t in values.get("top_values") or ())
        values["histogram"] = tuple(tuple(h) for h in values.get("histogram") or ())
        values["length_histogram"] = tuple(tuple(h) for h in values.get("length_histogram") or ())
        values["flags"] = tuple(values.get("flags") or ())
        return cls(**values)


@dataclass(frozen=True)
class Profile:
    """Profile of a relation: one ``ColumnProfile`` per column, in the relation's order.

    Attributes:
        row_count: rows of the whole relation (also when sampled).
        columns: the column profiles.
        sampled: True when statistics come from a random sample of ``sample_rows`` rows.
        elapsed_s: wall time of all profiling queries.
        dialect: sqlglot dialect the SQL was generated for.
        queries: the statements that were run (for display and debugging).
    """

    row_count: int
    columns: tuple[ColumnProfile, ...]
    sampled: bool
    elapsed_s: float
    dialect: str
    sample_rows: int | None = None
    queries: tuple[str, ...] = field(default=(), compare=False)

    def column(self, name: str) -> ColumnProfile:
        """The profile of column ``name``; raises ``KeyError`` when absent."""
        for col in self.columns:
            if col.name == name:
                return col
        raise KeyError(name)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict (``json.dumps`` works on it)."""
        data = asdict(self)
        data["columns"] = [c.to_dict() for c in self.columns]
        data["queries"] = list(self.queries)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Profile:
        return cls(
            row_count=int(data["row_count"]),
            columns=tuple(ColumnProfile.from_dict(c) for c in data["columns"]),
            sampled=bool(data["sampled"]),
            elapsed_s=float(data["elapsed_s"]),
            dialect=str(data["dialect"]),
            sample_rows=data.get("sample_rows"),
            queries=tuple(data.get("queries") or ()),
        )

    def hints(self) -> dict[str, dict[str, Any]]:
        """Prompt hints for Chat: value formats of date-like text and low-cardinality values.

        Returns:
            ``{column: {"format": "%Y-%m-%d", "values": [...]}}``, only columns with something
            to say; ``values`` lists every value of columns with at most 20 distinct values.
        """
        out: dict[str, dict[str, Any]] = {}
        for col in self.columns:
            hint: dict[str, Any] = {}
            if col.date_format:
                hint["format"] = col.date_format
            low_card = col.distinct is not None and 0 < col.distinct <= HINT_MAX_VALUES
            complete = len(col.top_values) >= (col.distinct or 0)
            if low_card and complete and col.kind in ("string", "boolean", "integer"):
                hint["values"] = [v for v, _ in col.top_values]
            if hint:
                out[col.name] = hint
        return out
