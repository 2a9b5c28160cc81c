"""Validate a staged upload and normalise it to Parquet: typed, compressed, fast to query and profile.

DuckDB sniffs CSV delimiters, headers and types; rows it cannot load are kept in its rejects
table and reported, so rows in = rows loaded + rows rejected, never a silent drop. Columns whose
values do not all fit the sniffed type are re-read as text instead of losing rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from iopsdata.errors import FileRejected
from iopsdata.files.csv_numbers import number_style
from iopsdata.files.detect import (
    check_binary_format,
    check_xlsx_archive,
    detect_text_encoding,
    transcode_to_utf8,
)
from iopsdata.files.xlsx import xlsx_to_parquet

MAX_COLUMNS = 2_000
MAX_REJECT_SAMPLES = 50
# Longest CSV line accepted. DuckDB's default (2 MB) refused a whole file over one long cell, yet
# asking for 32 MB up front made DuckDB reserve buffers that size per scan thread: a 10M-row file
# then failed at the 1 GB memory limit. So files are read with the default, and only a file that
# has longer lines is read again with the size its longest line needs (at most this).
MAX_LINE_BYTES = 32 << 20
# DuckDB's CSV buffer defaults to 16 × max_line_size: a 32 MB line size made 512 MB blocks, which
# failed even under 1 GB. With the buffer at twice the line size (never under the 32 MB default)
# the 10M-row bench CSV read with a 32 MB line size converts under the 384 MB COPY limit.
MIN_BUFFER_BYTES = 32 << 20
# DuckDB's COPY to Parquet keeps finished row groups in memory until they can be written in order
# (row order is kept: users preview the file in order), as much as its limit lets it: 510-620 MB
# of a 10M-row CSV under 1 GB, on top of the process. Under this limit the whole upload stays
# under 500 MB, for ~5-10% more conversion CPU time (300 MB: +22% time). A file that needs more
# is converted again under the configured limit (``_copy``).
COPY_MEMORY_LIMIT = "384MB"
# zstd level 1 rather than DuckDB's default 3: on the 10M-row bench CSV the file came out the same
# size (400 vs 403 MB) for 1.5-2.5 fewer CPU-seconds of conversion (snappy: 10% less CPU again,
# but 618 MB).
PARQUET_OPTIONS = "FORMAT parquet, COMPRESSION zstd, COMPRESSION_LEVEL 1"
_LINE_SIZE = re.compile(r"Maximum line size of \d+ bytes exceeded\. Actual Size: ?(\d+)")


@dataclass
class Ingested:
    """What :func:`ingest` learnt: the Parquet copy (``None`` = the original is Parquet already)."""

    parquet: Path | None
    row_count: int
    columns: list[dict[str, str]]
    metadata: dict[str, Any] = field(default_factory=dict)


def ingest(src: Path, fmt: str, work: Path, *, memory_limit: str = "1GB") -> Ingested:
    """Check ``src`` (format ``fmt``) and write ``work/data.parquet`` unless it is Parquet already.

    Args:
        src: the staged upload on local disk.
        fmt: one of ``csv tsv parquet json ndjson xlsx``.
        work: a private scratch folder for the output and any transcoded copy.
        memory_limit: DuckDB memory limit for the conversion.

    Raises:
        FileRejected: the bytes are not the format, are damaged, empty or too wide.
    """
    import duckdb

    with open(src, "rb") as fh:
        head = fh.read(16)
    size = src.stat().st_size
    check_binary_format(fmt, head, size)
    out = work / "data.parquet"
    con = duckdb.connect(
        config={"memory_limit": memory_limit, "threads": 2, "python_enable_replacements": False}
    )
    try:
        if fmt == "parquet":
            meta = _check_parquet(src)
            return Ingested(None, meta.pop("rows"), _describe(con, src), meta)
        if fmt == "xlsx":
            check_xlsx_archive(src)
            meta = xlsx_to_parquet(src, out, max_columns=MAX_COLUMNS)
            rows = pq_rows(out)
            return Ingested(out, rows, _describe(con, out), meta)
        enc = detect_text_encoding(src, fmt)
        source = src
        if enc.transcode or (fmt in ("json", "ndjson") and enc.duckdb != "utf-8"):
            source = work / "utf8.txt"
            transcode_to_utf8(src, enc.name if enc.transcode else "latin-1", source)
        if fmt in ("json", "ndjson"):
            rows, meta = _json_to_parquet(con, source, fmt, out, memory_limit)
        else:
            rows, meta = _csv_to_parquet(
                con, source, fmt, "utf-8" if source != src else enc.duckdb, out, memory_limit
            )
        meta["encoding"] = enc.name
        return Ingested(out, rows, _describe(con, out), meta)
    except duckdb.Error as exc:
        raise FileRejected(f"The file could not be read: {_first_line(exc)}") from exc
    finally:
        con.close()


def _csv_options(
    fmt: str,
    encoding: str,
    varchar: list[str],
    *,
    strict: bool = True,
    line_size: int | None = None,
    decimal_comma: bool = False,
    thousands: bool = False,
) -> tuple[str, list[Any]]:
    opts = "store_rejects=true, rejects_table='rej_errors', rejects_scan='rej_scans', encoding=?"
    if decimal_comma:
        opts += ", decimal_separator=','"
    if thousands:
        opts += ", thousands='.'"
    if line_size:
        buffer = max(MIN_BUFFER_BYTES, 2 * int(line_size))
        opts += f", max_line_size={int(line_size)}, buffer_size={buffer}"
    params: list[Any] = [encoding]
    if not strict:
        opts += ", strict_mode=false"
    if fmt == "tsv":
        opts += ", delim='\t'"
    if varchar:
        opts += ", types=?"
        params.append({c: "VARCHAR" for c in varchar})
    return opts, params


def _csv_to_parquet(
    con: Any, src: Path, fmt: str, encoding: str, out: Path, memory_limit: str
) -> tuple[int, dict[str, Any]]:
    import duckdb

    strict, line_size = True, None
    for _attempt in range(3):
        opts, params = _csv_options(fmt, encoding, [], strict=strict, line_size=line_size)
        try:
            described = con.execute(
                f"DESCRIBE SELECT * FROM read_csv(?, {opts})", [str(src), *params]
            )
            break
        except duckdb.InvalidInputException as exc:
            needed = _longer_line(str(exc), line_size)
            if needed is not None:
                line_size = needed
            # DuckDB's strict sniffer gives up on files mixing CRLF and LF line ends (common after
            # hand edits); the relaxed mode reads them, and rows in = loaded + rejected still holds.
            elif "sniffing" in str(exc) and strict:
                strict = False
            else:
                raise
    else:
        raise FileRejected("The file's layout could not be recognised as CSV.")
    types = described.fetchall()
    width = len(types)
    if width > MAX_COLUMNS:
        raise FileRejected(
            f"This file has {width:,} columns; the limit is {MAX_COLUMNS:,}.",
            hint="Split it into narrower files, or reshape it to long format (one row per value).",
        )

    def options(decimal_comma: bool, thousands: bool) -> tuple[str, list[Any]]:
        return _csv_options(
            fmt,
            encoding,
            [],
            strict=strict,
            line_size=line_size,
            decimal_comma=decimal_comma,
            thousands=thousands,
        )

    numbers = number_style(con, src, types, options)
    varchar: list[str] = list(numbers.text)
    for _attempt in range(4):
        opts, params = _csv_options(
            fmt,
            encoding,
            varchar,
            strict=strict,
            line_size=line_size,
            decimal_comma=numbers.comma,
            thousands=numbers.thousands,
        )
        rows = _copy(
            con,
            f"COPY (SELECT * FROM read_csv(?, {opts})) TO '{_quote(out)}' ({PARQUET_OPTIONS})",
            [str(src), *params],
            memory_limit,
            reset="DROP TABLE IF EXISTS rej_errors; DROP TABLE IF EXISTS rej_scans",
        )
        # a line past the reader's size became a reject: read again with the size it needs
        longest = con.execute(
            "SELECT max(nullif(regexp_extract(error_message, 'Actual Size: ?(\\d+)', 1), '')::BIGINT) "
            "FROM rej_errors WHERE error_type = 'LINE SIZE OVER MAXIMUM'"
        ).fetchone()[0]
        if longest and longest + 1024 <= MAX_LINE_BYTES and longest >= (line_size or 0):
            line_size = int(longest) + 1024
            continue
        cast_cols = [
            r[0]
            for r in con.execute(
                "SELECT DISTINCT column_name FROM rej_errors WHERE error_type = 'CAST' AND column_name IS NOT NULL"
            ).fetchall()
        ]
        if not cast_cols or set(cast_cols) <= set(varchar):
            break
        varchar = sorted(set(varchar) | set(cast_cols))
    rejected = con.execute("SELECT count(DISTINCT line) FROM rej_errors").fetchone()[0]
    samples = con.execute(
        "SELECT line, any_value(error_type), any_value(error_message), any_value(csv_line) FROM rej_errors "
        f"GROUP BY line ORDER BY line LIMIT {MAX_REJECT_SAMPLES}"
    ).fetchall()
    sniff = con.execute(
        "SELECT Delimiter, HasHeader FROM sniff_csv(?, encoding=?, ignore_errors=true, "
        f"strict_mode={str(strict).lower()}"
        + (f", max_line_size={int(line_size)})" if line_size else ")"),
        [str(src), encoding],
    ).fetchone()
    meta: dict[str, Any] = {
        "delimiter": "\t" if fmt == "tsv" else sniff[0],
        "header": bool(sniff[1]),
        "rejected_rows": int(rejected),
        "rejects": [
            {
                "line": int(line),
                "error": str(kind),
                "message": _first_line(msg),
                "text": (text or "")[:500],
            }
            for line, kind, msg, text in samples
        ],
        "text_columns": varchar,
    }
    if numbers.comma:
        meta["decimal_separator"] = ","
    if numbers.thousands:
        meta["thousands_separator"] = "."
    return int(rows), meta


def _copy(
    con: Any, sql: str, params: list[Any], memory_limit: str, *, reset: str | None = None
) -> int:
    """Run one ``COPY … TO parquet`` under ``COPY_MEMORY_LIMIT`` when that is tighter than
    ``memory_limit``; if DuckDB runs out of memory there, run it again under ``memory_limit``, so
    a file DuckDB can convert within the configured limit is never refused. ``reset`` runs
    before each attempt (it empties the rejects tables). Returns the rows written.
    """
    import duckdb

    tight = _size_bytes(COPY_MEMORY_LIMIT)
    configured = _size_bytes(memory_limit)
    if tight is not None and configured is not None and tight < configured:
        if reset:
            con.execute(reset)
        con.execute(f"SET memory_limit = '{COPY_MEMORY_LIMIT}'")
        try:
            return int(con.execute(sql, params).fetchone()[0])
        except duckdb.OutOfMemoryException:
            pass
        finally:
            con.execute("SET memory_limit = ?", [memory_limit])
    if reset:
        con.execute(reset)
    return int(con.execute(sql, params).fetchone()[0])


_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([KMGT]?)(I?B)?\s*$", re.IGNORECASE)


def _size_bytes(text: str) -> int | None:
    """Bytes in a DuckDB memory size (``"1GB"``, ``"512 MiB"``); None for anything else."""
    found = _SIZE.match(text)
    if found is None:
        return None
    number, unit, suffix = found.groups()
    base = 1024 if (suffix or "").upper() == "IB" else 1000
    return int(float(number) * base ** " KMGT".index(unit.upper() or " "))


def _longer_line(message: str, current: int | None) -> int | None:
    """The line size a DuckDB "Maximum line size … exceeded" error asks for, if it is allowed.

    Raises:
        FileRejected: the line is longer than ``MAX_LINE_BYTES``.
    """
    found = _LINE_SIZE.search(message)
    if found is None:
        return None
    needed = int(found.group(1)) + 1024
    if needed > MAX_LINE_BYTES:
        raise FileRejected(
            f"A line of this file is {int(found.group(1)) / 2**20:,.1f} MB long; the limit is "
            f"{MAX_LINE_BYTES >> 20} MB a line."
        )
    return max(needed, (current or 0) + 1)


def _json_to_parquet(
    con: Any, src: Path, fmt: str, out: Path, memory_limit: str
) -> tuple[int, dict[str, Any]]:
    import duckdb

    layout = "newline_delimited" if fmt == "ndjson" else "auto"
    last: Exception | None = None
    # A type conflict beyond the default sample needs a full-file sample, then plain JSON text.
    for extra in ("", ", sample_size=-1", ", sample_size=-1, maximum_depth=1"):
        reader = f"read_json(?, format='{layout}'{extra})"
        try:
            width = len(con.execute(f"DESCRIBE SELECT * FROM {reader}", [str(src)]).fetchall())
            if width > MAX_COLUMNS:
                raise FileRejected(
                    f"This file has {width:,} fields per record; the limit is {MAX_COLUMNS:,}."
                )
            rows = _copy(
                con,
                f"COPY (SELECT * FROM {reader}) TO '{_quote(out)}' ({PARQUET_OPTIONS})",
                [str(src)],
                memory_limit,
            )
            return int(rows), {"rejected_rows": 0, "json_format": layout}
        except duckdb.InvalidInputException as exc:
            last = exc
            if "malformed" in str(exc).lower() or "syntax" in str(exc).lower():
                break
    raise FileRejected(f"This is not valid {fmt.upper()}: {_first_line(last)}")


DAMAGED_PARQUET = (
    "This Parquet file is damaged: some of its data could not be read. Upload a complete copy."
)


def _check_parquet(src: Path) -> dict[str, Any]:
    """Check a Parquet upload: its footer, where its column chunks lie, then every page.

    The footer must parse and describe column chunks inside the file. The footer alone can be
    intact over damaged data pages, and DuckDB does not notice: a file with a damaged page in its
    last row group profiled without an error (4,987 distinct values of 5,000). So every page is
    decoded once here, batch by batch (memory stays at one batch, not one row group), with page
    CRCs checked where the writer stored them.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(src, page_checksum_verification=True)
        meta = pf.metadata
    except (pa.ArrowException, OSError) as exc:
        raise FileRejected(
            "This Parquet file is damaged or truncated; upload a complete copy."
        ) from exc
    if meta.num_columns > MAX_COLUMNS:
        raise FileRejected(
            f"This file has {meta.num_columns:,} columns; the limit is {MAX_COLUMNS:,}."
        )
    size = src.stat().st_size
    for i in range(meta.num_row_groups):
        group = meta.row_group(i)
        for j in range(group.num_columns):
            chunk = group.column(j)
            start = min(o for o in (chunk.data_page_offset, chunk.dictionary_page_offset) if o)
            if start < 0 or start + chunk.total_compressed_size > size:
                raise FileRejected(DAMAGED_PARQUET)
    verify_parquet(src)
    return {
        "rows": int(meta.num_rows),
        "rejected_rows": 0,
        "row_groups": meta.num_row_groups,
        "created_by": meta.created_by,
    }


def verify_parquet(src: Path) -> None:
    """Decode every page of a Parquet file, a batch at a time (page CRCs checked where stored).

    Raises:
        FileRejected: some of its data cannot be read.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        # no pre-buffering: with it, pyarrow kept the whole file (650 MB of a 10M-row file) in
        # memory until the end; read this way the check peaked at 185 MB and ran faster
        pf = pq.ParquetFile(
            src, page_checksum_verification=True, pre_buffer=False, buffer_size=1 << 20
        )
        for _batch in pf.iter_batches(batch_size=65_536, use_threads=True):
            pass
    except (pa.ArrowException, OSError, ValueError) as exc:
        raise FileRejected(DAMAGED_PARQUET) from exc
    finally:
        # pyarrow's allocator (mimalloc) kept ~120 MB of the freed batches, which the profile's
        # DuckDB then stacked on: a 10M-row upload peaked at 492 MB instead of ~380 MB
        pa.default_memory_pool().release_unused()


def pq_rows(path: Path) -> int:
    """Row count from the Parquet footer (no data read)."""
    import pyarrow.parquet as pq

    return int(pq.ParquetFile(path).metadata.num_rows)


def _describe(con: Any, parquet: Path) -> list[dict[str, str]]:
    rows = con.execute("DESCRIBE SELECT * FROM read_parquet(?)", [str(parquet)]).fetchall()
    return [{"name": r[0], "type": r[1]} for r in rows]


def _quote(path: Path) -> str:
    return str(path).replace("'", "''")


_PATH = re.compile(r"""(["'])(?:/|[A-Za-z]:[\\/])[^"'\n]*\1""")


def _first_line(exc: BaseException | str | None) -> str:
    """The first line of a DuckDB error, without the server's staging path (DuckDB quotes it)."""
    text = _PATH.sub("the uploaded file", str(exc or "unknown error").strip())
    return text.splitlines()[0][:300] if text else "unknown error"
