"""A bounded copy of an answer's rows, kept with the chat thread so earlier answers still show it.

The rows are kept as Arrow IPC (base64 in the JSON payload) so the grid and the chart see the same
types as when the query ran (dates stay dates, decimals stay numbers); at most ``MAX_ROWS`` rows
and about ``MAX_BYTES`` of them, so a thread never grows with result size. The full result is one
"Run again" away, through the same guarded execute path.
"""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from iopsdata.result import QueryResult

MAX_ROWS = 200
MAX_BYTES = 256_000


def _ipc(table: Any) -> bytes:
    import pyarrow as pa

    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return bytes(sink.getvalue().to_pybytes())


def encode_preview(result: QueryResult, max_rows: int = MAX_ROWS) -> dict[str, Any] | None:
    """``{"arrow": base64, "rows": n}`` of the first rows of ``result`` (halved until small enough)."""
    rows = min(max_rows, result.row_count)
    while rows > 0:
        data = _ipc(result.table.slice(0, rows))
        if len(data) <= MAX_BYTES:
            return {"arrow": base64.b64encode(data).decode("ascii"), "rows": rows}
        rows //= 2
    return None


def decode_preview(
    preview: dict[str, Any], sql: str, *, row_count: int | None, truncated: bool
) -> QueryResult | None:
    """The kept rows as a ``QueryResult``; None when the preview is missing or unreadable."""
    import pyarrow as pa

    from iopsdata.result import QueryResult

    try:
        table = pa.ipc.open_stream(base64.b64decode(preview["arrow"])).read_all()
    except (KeyError, TypeError, ValueError, pa.ArrowException):
        return None
    total = row_count if row_count is not None else table.num_rows
    partial = total > table.num_rows or truncated
    notice = (
        f"The first {table.num_rows:,} of {total:,} rows, kept with the chat. Run again for all."
        if partial
        else None
    )
    return QueryResult(table, sql, 0.0, truncated=partial, notice=notice)
