"""Bad input gets a clear FileRejected and leaves nothing behind; odd-but-valid input loses no rows."""

from __future__ import annotations

import io
import os
import zipfile

import pytest

from iopsdata.errors import FileRejected
from iopsdata.files import FileService, detect
from iopsdata.files.ingest import MAX_COLUMNS
from tests.files.conftest import parquet_bytes, stored_files, xlsx_bytes
from tests.support.context import make_context


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


_PARQUET = parquet_bytes({"x": list(range(1000)), "y": [str(i) for i in range(1000)]})
_BOMB = _zip(
    {
        "[Content_Types].xml": b"<Types/>",
        "xl/workbook.xml": b"<workbook/>",
        "xl/worksheets/sheet1.xml": b"\0" * (20 << 20),
    }
)
_WIDE = (
    ",".join(f"c{i}" for i in range(10_000)) + "\n" + ",".join("1" for _ in range(10_000)) + "\n"
).encode()

REJECTED = [
    # (name, bytes, words the message must contain)
    ("empty.csv", b"", "empty"),
    ("photo.csv", b"\x89PNG\r\n\x1a\n" + os.urandom(2000), "PNG image"),
    ("random.csv", b"a,b\n" + bytes(range(256)) * 8, "binary"),
    ("packed.csv", b"\x1f\x8b\x08\x00" + os.urandom(500), "gzip"),
    (
        "bad16.csv",
        b"\xff\xfe" + "a,b\n1,2\n".encode("utf-16-le") + b"\x00\xd8a\x00",
        "not valid UTF-16",
    ),
    ("odd16.csv", b"\xff\xfe" + "a,b\n1,2\n".encode("utf-16-le") + b"x", "not valid UTF-16"),
    ("cut.parquet", _PARQUET[: len(_PARQUET) // 2], "damaged or truncated"),
    ("fake.parquet", b"id,name\n1,a\n", "not a valid Parquet"),
    ("bomb.xlsx", _BOMB, "zip bomb"),
    ("notabook.xlsx", _zip({"hello.txt": b"hi"}), "not an Excel workbook"),
    ("csv-in-disguise.xlsx", b"a,b\n1,2\n", "not an Excel .xlsx"),
    ("old.xls", b"\xd0\xcf\x11\xe0" + b"\0" * 600, ".xls files are not supported"),
    ("broken.json", b'[{"a": 1}, {"a": ', "not valid JSON"),
    ("wide.csv", _WIDE, f"limit is {MAX_COLUMNS:,}"),
]


@pytest.mark.parametrize(("name", "data", "words"), REJECTED, ids=[r[0] for r in REJECTED])
def test_rejected_with_a_clear_message_and_nothing_kept(ctx, files, name, data, words):
    keep = files.upload("keep.csv", b"k\n1\n")
    with pytest.raises(FileRejected) as err:
        files.upload(name, data)
    assert words.lower() in err.value.message.lower()
    assert [a.id for a in files.list()] == [keep.id]
    assert len(stored_files(ctx)) == 2  # keep.csv and its Parquet copy, nothing else
    assert not any((ctx.settings.home / "staging").iterdir())
    assert files.target().run("SELECT k FROM keep").table.column(0).to_pylist() == [1]


def test_xlsx_total_inflated_size_is_limited(files, monkeypatch):
    monkeypatch.setattr(detect, "MAX_XLSX_UNCOMPRESSED", 2_000)
    with pytest.raises(FileRejected, match="would unpack to"):
        files.upload("book.xlsx", xlsx_bytes([["a"], [1]]))


class _SizedStream(io.RawIOBase):
    """An upload that announces its size, like Streamlit's UploadedFile; reading it is an error."""

    size = 3 << 20

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        raise AssertionError("the size limit must be enforced before reading")


class _Unsized(io.RawIOBase):
    """A stream of unknown length (not seekable) that never ends."""

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:
        buf[: len(buf)] = b"1" * len(buf)
        return len(buf)


def test_size_limit_is_enforced_before_reading(tmp_path):
    small = FileService(make_context(tmp_path, IOPSDATA_MAX_UPLOAD_MB="1"))
    with pytest.raises(FileRejected, match="upload limit is 1 MB"):
        small.upload("big.csv", _SizedStream())
    with pytest.raises(FileRejected, match="upload limit is 1 MB"):
        small.upload("big.csv", b"x" * ((1 << 20) + 1))
    with pytest.raises(FileRejected, match="upload limit is 1 MB"):
        small.upload("endless.csv", io.BufferedReader(_Unsized()))
    assert small.list() == []
    assert not any((small.ctx.settings.home / "staging").iterdir())


RAGGED = [
    # (csv text, rows loaded, rejected line numbers)
    ("a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n", 2, [3, 4]),
    ("a,b\n1,2\n3\n4,5\n6,7,8\n9,10\n", 3, [3, 5]),
    # an unterminated quote: DuckDB's sniffer picks a dialect; whatever it picks, nothing is lost
    ('a,b\n1,"x, y"\n2,"p, q"\n3,"unterminated\n4,"z, w"\n5,"k"\n', None, None),
]


@pytest.mark.parametrize(("text", "loaded", "lines"), RAGGED)
def test_ragged_rows_are_counted_and_shown_never_dropped(files, text, loaded, lines):
    asset = files.upload("ragged.csv", text.encode())
    data_rows = len(text.strip().splitlines()) - 1
    assert asset.row_count + asset.rejected_rows == data_rows
    assert asset.rejected_rows == len(asset.metadata["rejects"]) > 0
    if loaded is not None:
        assert asset.row_count == loaded
        assert [r["line"] for r in asset.metadata["rejects"]] == lines
    assert all(r["message"] and r["error"] and r["text"] for r in asset.metadata["rejects"])
    count = (
        files.target()
        .run(f"SELECT count(*) AS n FROM {asset.table_name}")
        .table.column(0)
        .to_pylist()
    )
    assert count == [asset.row_count]


def test_mixed_types_beyond_the_sample_fall_back_to_text(files):
    rows = [f"{i},{i},{i * 2}" for i in range(30_000)] + ["30000,abc,60000"]
    asset = files.upload("mixed.csv", ("id,v,w\n" + "\n".join(rows) + "\n").encode())
    types = {c["name"]: c["type"] for c in asset.columns}
    assert types == {"id": "BIGINT", "v": "VARCHAR", "w": "BIGINT"}
    assert asset.row_count == 30_001 and asset.rejected_rows == 0
    assert asset.metadata["text_columns"] == ["v"]
    got = (
        files.target()
        .run(f"SELECT v FROM {asset.table_name} WHERE id = 30000")
        .table.column(0)
        .to_pylist()
    )
    assert got == ["abc"]


def test_just_under_the_column_limit_is_accepted(files):
    header = ",".join(f"c{i}" for i in range(MAX_COLUMNS))
    asset = files.upload(
        "wide_ok.csv", (header + "\n" + ",".join("1" * MAX_COLUMNS) + "\n").encode()
    )
    assert len(asset.columns) == MAX_COLUMNS and asset.row_count == 1


NAMES = [
    # (uploaded name, display name, table name)
    ("../../etc/passwd.csv", "passwd.csv", "passwd"),
    ("C:\\Users\\me\\Q1 sales.csv", "Q1 sales.csv", "q1_sales"),
    ("evil\x00na\nme\x1b.csv", "evilname.csv", "evilname"),
    ("/", "upload", "upload"),
    ("..", "upload", "upload"),
    ("2024 report.csv", "2024 report.csv", "t_2024_report"),
    ("select.csv", "select.csv", "t_select"),
    ("Ünïcode dätä.csv", "Ünïcode dätä.csv", "unicode_data"),
]


@pytest.mark.parametrize(("raw", "display", "table"), NAMES)
def test_names_with_separators_or_control_characters_are_sanitised(ctx, files, raw, display, table):
    asset = files.upload(raw, f"v\n{len(raw)}\n".encode())
    assert asset.name == display and asset.table_name == table
    prefix = f"workspaces/{ctx.workspace_id}/files/{asset.id}/"
    assert asset.storage_path.startswith(prefix) and ".." not in asset.storage_path
    for path in stored_files(ctx):
        assert path.resolve().is_relative_to(ctx.settings.files_dir.resolve())
    assert files.target().run(f'SELECT v FROM "{table}"').table.column(0).to_pylist() == [len(raw)]
