"""Write a statement's stream to a CSV or Parquet file, batch by batch (full-result exports).

The rows come from ``Engine.stream`` — the same iterator that the capped interactive read uses —
and go straight to pyarrow's writers, so an export holds about one batch in memory whatever its
size. :func:`iopsdata.execute.export` (databases and the Files connection alike) calls
:func:`write_stream` after the guard and before the audit row.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from iopsdata.errors import IopsError, QueryCancelled

if TYPE_CHECKING:
    import pyarrow as pa

    from iopsdata.engines.base import RunHandle, Stream

FORMATS = ("csv", "parquet", "sheet.csv")
Progress = Callable[[int], None]


@dataclass(frozen=True)
class Exported:
    """A finished export: the file, the rows in it, and whether the export row limit cut it."""

    path: Path
    rows: int
    capped: bool
    notice: str | None = None


def check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise IopsError(
            f"Export format must be one of {', '.join(FORMATS)}.", title="Unknown export format"
        )


def write_stream(
    stream: Stream,
    fmt: str,
    dest: Path,
    *,
    row_cap: int,
    run: RunHandle,
    progress: Progress | None = None,
) -> Exported:
    """Write every batch of ``stream`` to ``dest`` until it ends or ``row_cap`` rows are written.

    Raises:
        QueryCancelled: ``run`` was cancelled (Stop); the partial file is removed.
    """
    check_format(fmt)
    sink = _CsvSink(dest, safe=fmt == "sheet.csv") if fmt != "parquet" else _ParquetSink(dest)
    rows, capped = 0, False
    try:
        for batch in stream.batches:
            if run.cancelled.is_set():
                raise QueryCancelled("The export was stopped.")
            if rows + batch.num_rows > row_cap:
                batch = batch.slice(0, row_cap - rows)
                capped = True
            sink.write(batch)
            rows += batch.num_rows
            if progress is not None:
                progress(rows)
            if capped:
                break
        if run.cancelled.is_set():
            raise QueryCancelled("The export was stopped.")
        sink.close(stream.schema)
    except BaseException:
        sink.abort()
        raise
    notice = (
        f"The export stopped at {row_cap:,} rows, this workspace's export limit "
        "(IOPSDATA_EXPORT_ROW_CAP); the result has more."
        if capped
        else None
    )
    return Exported(dest, rows, capped, notice)


class _CsvSink:
    """CSV written batch by batch; the header once. Batches of driver tuples may differ in
    inferred types (a column NULL in the first rows), which CSV text does not mind."""

    def __init__(self, dest: Path, *, safe: bool) -> None:
        self.dest = dest
        self.safe = safe
        self.file = dest.open("wb")
        self.header = True

    def write(self, batch: pa.RecordBatch) -> None:
        import pyarrow.csv as pacsv

        if self.safe:
            batch = spreadsheet_safe(batch)
        options = pacsv.WriteOptions(include_header=self.header)
        pacsv.write_csv(batch, self.file, write_options=options)
        self.header = False

    def close(self, schema: pa.Schema | None) -> None:
        if self.header and schema is not None:  # no rows: the header alone
            import pyarrow.csv as pacsv

            pacsv.write_csv(schema.empty_table(), self.file)
        self.file.close()

    def abort(self) -> None:
        self.file.close()
        self.dest.unlink(missing_ok=True)


class _ParquetSink:
    """Parquet through one ``ParquetWriter``, opened on the first batch whose column types are
    all known (driver tuples can start with an all-NULL column); later batches are cast to it."""

    def __init__(self, dest: Path) -> None:
        self.dest = dest
        self.writer: Any = None
        self.waiting: list[pa.RecordBatch] = []
        self.waiting_bytes = 0

    def write(self, batch: pa.RecordBatch) -> None:
        if self.writer is None:
            self.waiting.append(batch)
            self.waiting_bytes += batch.nbytes
            if not _has_null_type(batch) or self.waiting_bytes > 16 << 20:
                self._open()
            return
        self._put(batch)

    def _open(self, schema: pa.Schema | None = None) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self.waiting:
            schema = pa.unify_schemas(
                [b.schema for b in self.waiting], promote_options="permissive"
            )
        if schema is None:
            schema = pa.schema([])
        self.writer = pq.ParquetWriter(self.dest, schema)
        waiting, self.waiting = self.waiting, []
        for batch in waiting:
            self._put(batch)

    def _put(self, batch: pa.RecordBatch) -> None:
        import pyarrow as pa

        schema = self.writer.schema
        if not batch.schema.equals(schema):
            try:
                batch = batch.cast(schema)
            except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
                from iopsdata.errors import QueryFailed

                raise QueryFailed(
                    "A column changed type part way through the result, which Parquet cannot hold.",
                    hint="Export as CSV, or CAST the column in the query.",
                ) from None
        self.writer.write_batch(batch)

    def close(self, schema: pa.Schema | None) -> None:
        if self.writer is None:
            self._open(schema)
        self.writer.close()

    def abort(self) -> None:
        if self.writer is not None:
            with contextlib.suppress(Exception):  # the partial file is removed anyway
                self.writer.close()
        self.dest.unlink(missing_ok=True)


def _has_null_type(batch: pa.RecordBatch) -> bool:
    import pyarrow as pa

    return any(pa.types.is_null(f.type) for f in batch.schema)


_FORMULA_START = r"^[=+\-@\t\r]"


def spreadsheet_safe(batch: Any) -> Any:
    """Prefix ``'`` to text cells a spreadsheet would run as a formula; other types are untouched.

    Works on a table or a record batch (exports apply it batch by batch)."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.types as pat

    columns = []
    for column in batch.columns:
        if pat.is_string(column.type) or pat.is_large_string(column.type):
            risky = pc.match_substring_regex(column, _FORMULA_START)
            column = pc.if_else(risky, pc.binary_join_element_wise("'", column, ""), column)
        columns.append(column)
    if isinstance(batch, pa.RecordBatch):
        return pa.RecordBatch.from_arrays(columns, names=batch.schema.names)
    return pa.table(columns, names=batch.column_names)
