"""Make ADBC's PostgreSQL Arrow output plain: no extension types the UI, pandas or CSV trip on.

ADBC passes json/jsonb, uuid and numeric as Arrow extension types and types it cannot decode
(inet, point, tsvector, bit, timetz…) as opaque PostgreSQL binary; money arrives as an integer of
cents. :func:`needs_text` spots the undecodable ones (the engine re-runs those through psycopg, which
decodes text); :func:`plain` unwraps the rest.
"""

from __future__ import annotations

from typing import Any


def needs_text(schema: Any) -> bool:
    """True when ADBC would hand over a column as undecoded PostgreSQL binary (inet, point…) or money."""
    import pyarrow as pa

    for f in schema:
        meta = f.metadata or {}
        if meta.get(b"POSTGRESQL:type") == b"money":
            return True
        t = f.type
        opaque = isinstance(t, pa.BaseExtensionType) and t.extension_name == "arrow.opaque"
        if opaque and not pa.types.is_string(t.storage_type):
            return True
    return False


def plain(table: Any) -> Any:
    """Replace Arrow extension types (json, uuid, opaque text such as numeric) with plain strings."""
    import pyarrow as pa

    if not any(isinstance(f.type, pa.BaseExtensionType) for f in table.schema):
        return table
    columns = []
    for col in table.columns:
        if isinstance(col.type, pa.BaseExtensionType):
            if col.type.extension_name == "arrow.uuid":
                col = pa.array(
                    [None if v is None else str(v) for v in col.to_pylist()], type=pa.string()
                )
            else:
                name = getattr(col.type, "type_name", "")
                col = pa.chunked_array([c.storage for c in col.chunks], type=col.type.storage_type)
                if name == "numeric":
                    col = _numeric(col)
        columns.append(col)
    return pa.Table.from_arrays(columns, names=table.column_names)


def _numeric(col: Any) -> Any:
    """PostgreSQL numeric arrives as text: make it a decimal (or float) so charts and sums work."""
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        dot = pc.find_substring(col, ".")
        frac = pc.if_else(
            pc.greater_equal(dot, 0), pc.subtract(pc.subtract(pc.utf8_length(col), dot), 1), 0
        )
        scale = int(pc.max(frac).as_py() or 0)
        if scale <= 18:
            return pc.cast(col, pa.decimal128(38, scale))
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, TypeError):
        pass
    try:
        return pc.cast(col, pa.float64())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return col
