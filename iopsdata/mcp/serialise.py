"""Query results as plain JSON for an agent, capped in bytes as well as rows.

Cells follow the same rules as ``QueryResult.to_dict()`` (``iopsdata.result.json_value``); what this
module adds is the byte cap: it counts the JSON text of the rows, so a result of a few very wide
rows cannot exhaust the agent's (or this server's) memory either.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from iopsdata.result import QueryResult


def plain(value: Any) -> Any:
    """One cell as a JSON value, by the one set of rules every caller shares
    (:func:`iopsdata.result.json_value`: decimals as exact text, ISO dates, base64 bytes)."""
    from iopsdata.result import json_value

    return json_value(value)


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
