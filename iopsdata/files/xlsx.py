"""Excel (.xlsx) → Parquet through openpyxl's read-only streaming reader.

The archive has already passed :func:`iopsdata.files.detect.check_xlsx_archive` (zip-bomb limits).
Columns with one kind of value keep their type; mixed columns become text rather than failing.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from iopsdata.errors import FileRejected

MAX_CELLS = 20_000_000  # beyond this, openpyxl needs minutes and gigabytes: ask for CSV/Parquet


def xlsx_to_parquet(path: Path, out: Path, *, max_columns: int) -> dict[str, Any]:
    """Convert the first non-empty sheet; return metadata (sheet, sheets, blank rows skipped).

    Raises:
        FileRejected: unreadable workbook, no data, too many columns or cells.
    """
    import openpyxl
    import pyarrow as pa
    import pyarrow.parquet as pq
    from openpyxl.utils.exceptions import InvalidFileException

    fh = open(path, "rb")  # noqa: SIM115 - a file object: openpyxl judges names by extension
    try:
        wb = openpyxl.load_workbook(fh, read_only=True, data_only=True)
    except (
        zipfile.BadZipFile,
        InvalidFileException,
        KeyError,
        ValueError,
        OSError,
        TypeError,
        ParseError,  # malformed XML, entity bombs (expat refuses them), undefined entities
    ) as exc:
        fh.close()
        raise FileRejected(
            "This workbook could not be opened; it may be damaged or password-protected."
        ) from exc
    try:
        sheets = list(wb.sheetnames)
        for ws in wb.worksheets:
            rows = ws.iter_rows(values_only=True)
            header = next(rows, None)
            if header is None or all(v is None for v in header):
                continue
            width = _trimmed_width(header)
            if width > max_columns:
                raise FileRejected(
                    f"The sheet {ws.title!r} has {width:,} columns; the limit is {max_columns:,}."
                )
            names = _column_names(header[:width])
            columns: list[list[Any]] = [[] for _ in names]
            blank = 0
            cells = 0
            for row in rows:
                values = (tuple(row) + (None,) * width)[:width]
                if all(v is None for v in values):
                    blank += 1
                    continue
                for col, value in zip(columns, values, strict=True):
                    col.append(value)
                cells += width
                if cells > MAX_CELLS:
                    raise FileRejected(
                        f"This sheet has more than {MAX_CELLS:,} cells, too many to import from Excel.",
                        hint="Export it as CSV or Parquet and upload that instead.",
                    )
            table = pa.table({n: _to_arrow(v, pa) for n, v in zip(names, columns, strict=True)})
            pq.write_table(table, out, compression="zstd")
            return {"sheet": ws.title, "sheets": sheets, "blank_rows_skipped": blank}
    except (zipfile.BadZipFile, KeyError, ValueError, EOFError, ParseError) as exc:
        # ParseError: openpyxl parses sheets lazily, so broken or entity-bomb sheet XML fails here;
        # it escaped as an unhandled exception before.
        raise FileRejected("This workbook could not be read; it may be damaged.") from exc
    finally:
        wb.close()
        fh.close()
    raise FileRejected("The workbook has no data: every sheet is empty.")


def _trimmed_width(header: tuple[Any, ...]) -> int:
    width = len(header)
    while width and header[width - 1] is None:
        width -= 1
    return width


def _column_names(header: tuple[Any, ...]) -> list[str]:
    names: list[str] = []
    seen: set[str] = set()
    for i, value in enumerate(header):
        base = str(value).strip() if value is not None and str(value).strip() else f"column_{i + 1}"
        name, n = base, 2
        while name.lower() in seen:
            name, n = f"{base}_{n}", n + 1
        seen.add(name.lower())
        names.append(name)
    return names


def _to_arrow(values: list[Any], pa: Any) -> Any:
    kinds = {type(v) for v in values if v is not None}
    if kinds <= {int}:
        return pa.array(values, type=pa.int64()) if kinds else pa.array(values, type=pa.string())
    if kinds <= {int, float}:
        return pa.array([None if v is None else float(v) for v in values], type=pa.float64())
    if kinds == {bool}:
        return pa.array(values, type=pa.bool_())
    if kinds == {dt.datetime} and all(v is None or v.time() == dt.time() for v in values):
        # Excel stores a date as a day number and openpyxl reads every date cell as a datetime
        # at midnight: a column with no time of day is a date column (shown 2023-11-22, not
        # 2023-11-22 00:00:00)
        return pa.array([None if v is None else v.date() for v in values], type=pa.date32())
    if kinds == {dt.datetime}:
        return pa.array(values, type=pa.timestamp("us"))
    if kinds == {dt.date}:
        return pa.array(values, type=pa.date32())
    return pa.array([None if v is None else str(v) for v in values], type=pa.string())
