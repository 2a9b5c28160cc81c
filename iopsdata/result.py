"""``QueryResult``: the one result type shared by the SQL page, Chat, Files and the MCP server.

:meth:`QueryResult.to_dict` gives it as plain JSON-able values (``json.dumps`` works with no
``default=``), by these rules, chosen so nothing is silently rounded or guessed:

=====================================  ==========================================================
value                                  in the dict
=====================================  ==========================================================
NULL, bool, int, str                   as they are (ints of any size: JSON has no limit)
float                                  as it is; NaN and ±infinity (not JSON) as the strings
                                       ``"NaN"``, ``"Infinity"``, ``"-Infinity"``
decimal                                its exact text, e.g. ``"22664.79"`` (a JSON number would
                                       be read back as a float and lose digits); a whole number
                                       below 2**53 (``sum()`` of integers) as a JSON number
date, time, timestamp                  ISO 8601 text (``"2013-01-01"``, ``"05:17:00"``,
                                       ``"2013-01-01T05:17:00+00:00"`` when it has a time zone)
interval / duration                    ISO 8601 duration text, e.g. ``"P1DT3600S"``
bytes                                  base64 text
UUID and anything else                 its text (``str``)
list, struct, map                      a list / an object / a list of ``[key, value]`` pairs,
                                       their values by the same rules
=====================================  ==========================================================
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import math
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

    def to_dict(self, *, max_rows: int | None = None) -> dict[str, Any]:
        """The result as plain JSON-able values (see the module docstring for each type).

        Args:
            max_rows: keep at most this many rows; when that cuts rows, ``truncated`` is True and
                ``row_count`` still says how many rows the result held.

        Returns:
            ``{"columns": [{"name", "type"}], "rows": [[...], ...], "row_count", "truncated",
            "notice", "sql", "elapsed_s", "lineage"}``; ``rows`` in column order.
        """
        table = self.table
        cut = max_rows is not None and table.num_rows > max_rows
        if cut:
            table = table.slice(0, max(0, int(max_rows or 0)))
        names = list(table.column_names)
        columns = [c.to_pylist() for c in table.columns]
        rows = [[json_value(col[i]) for col in columns] for i in range(table.num_rows)]
        return {
            "columns": [
                {"name": n, "type": str(t)} for n, t in zip(names, table.schema.types, strict=True)
            ],
            "rows": rows,
            "row_count": self.row_count,
            "truncated": bool(self.truncated or cut),
            "notice": self.notice,
            "sql": self.sql,
            "elapsed_s": round(float(self.elapsed_s), 6),
            "lineage": json_value(self.lineage),
        }

    def to_pandas(self) -> pd.DataFrame:
        """A DataFrame view for display; Arrow types map to pandas' Arrow-backed dtypes."""
        return self.table.to_pandas()


_EXACT_INT = 2**53  # the largest integers every JSON reader (JavaScript too) holds exactly


def json_value(value: Any) -> Any:
    """One value as plain JSON (the rules in the module docstring)."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        return value
    if isinstance(value, decimal.Decimal):
        if not value.is_finite():
            return json_value(float(value))
        if value == value.to_integral_value() and abs(value) < _EXACT_INT:
            return int(value)  # e.g. sum() of integers, which engines type DECIMAL/HUGEINT
        return str(value)  # exact: a float would round
    if isinstance(value, dt.date | dt.time):  # datetime is a date
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return _duration(value.days, value.seconds + value.microseconds / 1e6)
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, dict):
        return {str(k): json_value(v) for k, v in value.items()}
    if _is_interval(value):  # Arrow's month-day-nanosecond interval
        months, days, nanos = value
        return _duration(days, nanos / 1e9, months=months)
    if isinstance(value, list | tuple):
        return [json_value(v) for v in value]
    return str(value)


def _is_interval(value: Any) -> bool:
    return type(value).__name__ == "MonthDayNano"


def _duration(days: int, seconds: float, *, months: int = 0) -> str:
    secs = f"{seconds:.6f}".rstrip("0").rstrip(".") if seconds else ""
    text = "P" + (f"{months}M" if months else "") + (f"{days}D" if days else "")
    text += f"T{secs}S" if secs else ""
    return text if text != "P" else "PT0S"
