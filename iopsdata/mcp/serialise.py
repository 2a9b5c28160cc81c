"""Query results as plain JSON for an agent, capped in bytes as well as rows.

A stand-in for ``QueryResult.to_dict()`` (being added to ``iopsdata/result.py``); the MCP tools call
only :func:`result_dict`, so swapping in the shared serialiser later is a one-line change. The byte
cap counts the JSON text of the rows, so a result of a few very wide rows cannot exhaust the
agent's (or this server's) memory either.
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import json
import uuid
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from iopsdata.result import QueryResult


_EXACT_INT = 2**53  # the largest integers every JSON reader (JavaScript too) holds exactly


def plain(value: Any) -> Any:
    """One cell as a JSON value: numbers stay numbers (decimals with a fraction become exact
    strings), dates become ISO text, bytes base64."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return (
            value if value == value and value not in (float("inf"), float("-inf")) else str(value)
        )
    if isinstance(value, decimal.Decimal):
        if value == value.to_integral_value() and abs(value) < _EXACT_INT:
            return int(value)  # e.g. sum() of integers, which engines type as DECIMAL/HUGEINT
        return str(value)  # exact: an agent can parse it; a float would round
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return {"base64": base64.b64encode(bytes(value)).decode()}
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return str(value)


def result_dict(result: QueryResult, *, max_rows: int, max_bytes: int) -> dict[str, Any]:
    """``{columns, rows, row_count, truncated, notice, elapsed_ms, sql}`` with at most ``max_rows``
    rows whose JSON takes at most ``max_bytes`` bytes; ``truncated`` and ``notice`` say when a cap
    (the engine's or this one) cut the result."""
    columns = result.columns
    rows: list[list[Any]] = []
    size = 0
    cut: str | None = None
    for batch in result.table.to_batches(max_chunksize=1024):
        # by position: duplicate column names ("SELECT 1 x, 2 x") keep every value
        values = [batch.column(i).to_pylist() for i in range(batch.num_columns)]
        for record in zip(*values, strict=True):
            if len(rows) >= max_rows:
                cut = f"Showing the first {len(rows):,} rows (the per-call row limit); add a LIMIT or filters."
                break
            row = [plain(v) for v in record]
            size += len(json.dumps(row, ensure_ascii=False).encode("utf-8")) + 1
            if size > max_bytes:
                cut = f"Showing the first {len(rows):,} rows; the result passed the {max_bytes:,}-byte limit of one call."
                break
            rows.append(row)
        if cut:
            break
    truncated = bool(result.truncated or cut)
    return {
        "columns": columns,
        "rows": rows,
        "row_count": len(rows),
        "truncated": truncated,
        "notice": cut or result.notice,
        "elapsed_ms": round(result.elapsed_s * 1000, 1),
        "sql": result.sql,
    }
