"""Make ADBC's PostgreSQL Arrow output plain: no extension types the UI, pandas or CSV trip on.

ADBC passes json/jsonb, uuid and numeric as Arrow extension types and types it cannot decode
(inet, point, tsvector, bit, timetz…) as opaque PostgreSQL binary; money arrives as an integer of
cents. :func:`needs_text` spots the undecodable ones (the engine re-runs those through psycopg, which
decodes text); :func:`plain_batch` unwraps the rest batch by batch.
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


#: field metadata marking a PostgreSQL numeric column that streams as exact text
_NUMERIC = {b"iopsdata:numeric": b"1"}


def plain_schema(schema: Any) -> Any:
    """The schema :func:`plain_batch` produces: extension types replaced by their storage (uuid
    by text); numeric stays exact text, marked for :func:`numeric_columns`."""
    import pyarrow as pa

    fields = []
    for f in schema:
        t = f.type
        if isinstance(t, pa.BaseExtensionType):
            numeric = getattr(t, "type_name", "") == "numeric"
            storage = pa.string() if t.extension_name == "arrow.uuid" else t.storage_type
            f = pa.field(f.name, storage, f.nullable, _NUMERIC if numeric else None)
        fields.append(f)
    return pa.schema(fields)


def plain_batch(batch: Any) -> Any:
    """One streamed batch without extension types, with the same schema for every batch (so
    CSV and Parquet writers and ``collect`` can concatenate them)."""
    import pyarrow as pa

    if not any(isinstance(f.type, pa.BaseExtensionType) for f in batch.schema):
        return batch
    columns = []
    for col in batch.columns:
        if isinstance(col.type, pa.BaseExtensionType):
            if col.type.extension_name == "arrow.uuid":
                col = pa.array(
                    [None if v is None else str(v) for v in col.to_pylist()], type=pa.string()
                )
            else:
                col = col.storage
        columns.append(col)
    return pa.RecordBatch.from_arrays(columns, schema=plain_schema(batch.schema))


def numeric_columns(table: Any) -> Any:
    """Turn the numeric columns of a collected result into decimals (or floats) so charts and
    sums work; done once on the kept rows, since each batch alone would pick its own scale."""
    marked = [i for i, f in enumerate(table.schema) if (f.metadata or {}).get(b"iopsdata:numeric")]
    for i in marked:
        table = table.set_column(i, table.schema.field(i).name, _numeric(table.column(i)))
    return table


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
