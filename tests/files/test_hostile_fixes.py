"""Regressions found by the hostile-upload corpus (tests/reliability): each failed before its fix."""

from __future__ import annotations

import io
import zipfile

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from iopsdata.errors import FileRejected
from iopsdata.files import service as file_service
from tests.files.conftest import stored_files

pytestmark = pytest.mark.reliability

_SHEET = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY a "aaaaaaaaaa">'
    + b"".join(
        f'<!ENTITY a{i} "{("&a" + (str(i - 1) if i > 1 else "") + ";") * 10}">'.encode()
        for i in range(1, 10)
    )
    + b']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    b'<row><c t="inlineStr"><is><t>&a9;</t></is></c></row></sheetData></worksheet>'
)


def _workbook(sheet: bytes) -> bytes:
    from tests.reliability.hostile_files import workbook

    return workbook(sheet)


@pytest.mark.parametrize(
    "sheet",
    [
        _SHEET,
        b"<worksheet><sheetData><row>",
        b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><worksheet>&e;</worksheet>',
    ],
    ids=["billion-laughs", "truncated-xml", "external-entity"],
)
def test_broken_or_hostile_sheet_xml_is_refused_not_raised(ctx, files, sheet):
    with pytest.raises(FileRejected, match="damaged"):
        files.upload("book.xlsx", _workbook(sheet))
    assert files.list() == [] and stored_files(ctx) == []


@pytest.mark.parametrize(
    "extra", [b"caf\x80 \x93quoted\x94\n", "Übermaß\n".encode()], ids=["cp1252", "utf8-line"]
)
def test_c1_bytes_outside_utf8_are_transcoded_not_refused(files, extra):
    data = b"key,word\nk1,caf\xe9\nk2," + extra
    asset = files.upload("legacy.csv", data)
    assert asset.row_count == 2 and asset.rejected_rows == 0
    words = (
        files.target()
        .run(f"SELECT word FROM {asset.table_name} ORDER BY key")
        .table.column(0)
        .to_pylist()
    )
    assert words[0] == "café" and words[1] == extra.decode("cp1252").strip()


def test_mixed_crlf_and_lf_line_ends_load_every_row(files):
    lines = [f"k{i},{i}" for i in range(60)]
    data = (
        "key,n\n" + "".join(line + ("\r\n" if i % 3 else "\n") for i, line in enumerate(lines))
    ).encode()
    asset = files.upload("mixed.csv", data)
    assert asset.row_count == 60 and asset.rejected_rows == 0


def test_a_cell_longer_than_duckdbs_default_line_limit_loads(files):
    asset = files.upload("long.csv", b"key,blob\na," + b"x" * (3 << 20) + b"\nb,short\n")
    assert asset.row_count == 2
    got = (
        files.target()
        .run(f"SELECT length(blob) AS n FROM {asset.table_name} ORDER BY key")
        .table.column(0)
    )
    assert got.to_pylist() == [3 << 20, 5]


def test_duckdb_messages_do_not_show_the_server_path(ctx, files):
    with pytest.raises(FileRejected) as err:
        files.upload("dup.json", b'[{"a": 1, "a": 2}]')
    assert "duplicate key" in err.value.message and "the uploaded file" in err.value.message
    assert str(ctx.settings.home) not in err.value.message and "/tmp" not in err.value.message


def test_parquet_with_damaged_pages_and_intact_footer_is_refused(ctx, files):
    buf = io.BytesIO()
    pq.write_table(
        pa.table({"v": [f"value-{i}" for i in range(5000)]}), buf, write_page_checksum=True
    )
    data = bytearray(buf.getvalue())
    data[200:232] = b"\xab" * 32  # inside the first data page; the footer is untouched
    assert pq.ParquetFile(io.BytesIO(bytes(data))).metadata.num_rows == 5000  # footer intact
    with pytest.raises(FileRejected, match="damaged"):
        files.upload("pages.parquet", bytes(data))
    assert files.list() == [] and stored_files(ctx) == []


def test_wide_files_are_stored_without_waiting_for_a_profile(files, monkeypatch):
    calls = []
    monkeypatch.setattr(
        file_service.FileService, "_profile_data", lambda self, path: calls.append(path)
    )
    wide = file_service.AUTO_PROFILE_MAX_COLUMNS + 1
    header = ",".join(f"c{i}" for i in range(wide))
    asset = files.upload("wide.csv", f"{header}\n{','.join('1' * wide)}\n".encode())
    assert len(asset.columns) == wide and calls == []
    files.upload("narrow.csv", b"a,b\n1,2\n")
    assert len(calls) == 1


def test_zip_member_names_with_traversal_are_never_extracted(ctx, files, tmp_path):
    from tests.files.conftest import xlsx_bytes

    good = xlsx_bytes([["k"], ["v1"]])
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(buf, "w") as out:
        for info in src.infolist():
            out.writestr(info, src.read(info))
        out.writestr("../../../../" + str(tmp_path).lstrip("/") + "/evil.txt", b"x")
    asset = files.upload("trav.xlsx", buf.getvalue())
    assert asset.row_count == 1 and not (tmp_path / "evil.txt").exists()
