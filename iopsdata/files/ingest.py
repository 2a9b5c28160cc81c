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
from iopsdata.files.detect import (
    check_binary_format,
    check_xlsx_archive,
    detect_text_encoding,
    transcode_to_utf8,
)
from iopsdata.files.xlsx import xlsx_to_parquet

MAX_COLUMNS = 2_000
MAX_REJECT_SAMPLES = 50
# DuckDB's default (2 MB) refused a whole file over one long cell with "CSV Error on Line: 1".
MAX_LINE_BYTES = 32 << 20


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
            rows, meta = _json_to_parquet(con, source, fmt, out)
        else:
            rows, meta = _csv_to_parquet(
                con, source, fmt, "utf-8" if source != src else enc.duckdb, out
            )
        meta["encoding"] = enc.name
        return Ingested(out, rows, _describe(con, out), meta)
    except duckdb.Error as exc:
        raise FileRejected(f"The file could not be read: {_first_line(exc)}") from exc
    finally:
        con.close()


def _csv_options(
    fmt: str, encoding: str, varchar: list[str], *, strict: bool = True
) -> tuple[str, list[Any]]:
    opts = (
        "store_rejects=true, rejects_table='rej_errors', rejects_scan='rej_scans', encoding=?, "
        f"max_line_size={MAX_LINE_BYTES}"
    )
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
    con: Any, src: Path, fmt: str, encoding: str, out: Path
) -> tuple[int, dict[str, Any]]:
    import duckdb

    strict = True
    opts, params = _csv_options(fmt, encoding, [])
    try:
        described = con.execute(f"DESCRIBE SELECT * FROM read_csv(?, {opts})", [str(src), *params])
    except duckdb.InvalidInputException as exc:
        # DuckDB's strict sniffer gives up on files mixing CRLF and LF line ends (common after
        # hand edits); the relaxed mode reads them, and rows in = loaded + rejected still holds.
        if "sniffing" not in str(exc):
            raise
        strict = False
        opts, params = _csv_options(fmt, encoding, [], strict=False)
        described = con.execute(f"DESCRIBE SELECT * FROM read_csv(?, {opts})", [str(src), *params])
    width = len(described.fetchall())
    if width > MAX_COLUMNS:
        raise FileRejected(
            f"This file has {width:,} columns; the limit is {MAX_COLUMNS:,}.",
            hint="Split it into narrower files, or reshape it to long format (one row per value).",
        )
    varchar: list[str] = []
    for _attempt in range(3):
        opts, params = _csv_options(fmt, encoding, varchar, strict=strict)
        con.execute("DROP TABLE IF EXISTS rej_errors; DROP TABLE IF EXISTS rej_scans")
        rows = con.execute(
            f"COPY (SELECT * FROM read_csv(?, {opts})) TO '{_quote(out)}' (FORMAT parquet, COMPRESSION zstd)",
            [str(src), *params],
        ).fetchone()[0]
        cast_cols = [
            r[0]
            for r in con.execute(
                "SELECT DISTINCT column_name FROM rej_errors WHERE error_type = 'CAST' AND column_name IS NOT NULL"
            ).fetchall()
        ]
        if not cast_cols:
            break
        varchar = sorted(set(varchar) | set(cast_cols))
    rejected = con.execute("SELECT count(DISTINCT line) FROM rej_errors").fetchone()[0]
    samples = con.execute(
        "SELECT line, any_value(error_type), any_value(error_message), any_value(csv_line) FROM rej_errors "
        f"GROUP BY line ORDER BY line LIMIT {MAX_REJECT_SAMPLES}"
    ).fetchall()
    sniff = con.execute(
        "SELECT Delimiter, HasHeader FROM sniff_csv(?, encoding=?, ignore_errors=true, "
        f"strict_mode={str(strict).lower()}, max_line_size={MAX_LINE_BYTES})",
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
    return int(rows), meta


def _json_to_parquet(con: Any, src: Path, fmt: str, out: Path) -> tuple[int, dict[str, Any]]:
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
            rows = con.execute(
                f"COPY (SELECT * FROM {reader}) TO '{_quote(out)}' (FORMAT parquet, COMPRESSION zstd)",
                [str(src)],
            ).fetchone()[0]
            return int(rows), {"rejected_rows": 0, "json_format": layout}
        except duckdb.InvalidInputException as exc:
            last = exc
            if "malformed" in str(exc).lower() or "syntax" in str(exc).lower():
                break
    raise FileRejected(f"This is not valid {fmt.upper()}: {_first_line(last)}")


def _check_parquet(src: Path) -> dict[str, Any]:
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
    # The footer alone can be intact over damaged data pages: such a file was accepted, then
    # every query and the profile failed. Decode it once (a row group at a time, checking page
    # CRCs where the writer stored them) so a damaged file is refused at upload instead.
    try:
        for i in range(meta.num_row_groups):
            pf.read_row_group(i)
    except (pa.ArrowException, OSError, ValueError) as exc:
        raise FileRejected(
            "This Parquet file is damaged: some of its data could not be read. Upload a complete copy."
        ) from exc
    return {
        "rows": int(meta.num_rows),
        "rejected_rows": 0,
        "row_groups": meta.num_row_groups,
        "created_by": meta.created_by,
    }


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
