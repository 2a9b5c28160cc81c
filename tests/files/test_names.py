"""Name sanitising and the blob store's path confinement."""

from __future__ import annotations

import io

import pytest

from iopsdata.blobs import LocalBlobStore
from iopsdata.errors import NotFound, StoreError
from iopsdata.files.names import safe_filename, storage_name, table_name


@pytest.mark.parametrize(
    ("raw", "safe", "stored"),
    [
        ("report.csv", "report.csv", "report.csv"),
        ("../../x.csv", "x.csv", "x.csv"),
        ("a/b\\c d.tsv", "c d.tsv", "c_d.tsv"),
        ("tab\tand\rcr.csv", "tabandcr.csv", "tabandcr.csv"),
        ("Café Ø.csv", "Café Ø.csv", "Cafe_.csv"),
        ("", "upload", "upload"),
        ("x" * 300 + ".csv", "x" * 116 + ".csv", "x" * 116 + ".csv"),
    ],
)
def test_safe_and_storage_names(raw, safe, stored):
    assert safe_filename(raw) == safe
    assert storage_name(raw) == stored


@pytest.mark.parametrize(
    ("raw", "taken", "expected"),
    [
        ("Sales 2024 (final).csv", [], "sales_2024_final"),
        ("Sales 2024 (final).csv", ["sales_2024_final"], "sales_2024_final_2"),
        (
            "Sales 2024 (final).csv",
            ["SALES_2024_FINAL", "sales_2024_final_2"],
            "sales_2024_final_3",
        ),
        ("9lives.csv", [], "t_9lives"),
        ("from.csv", [], "t_from"),
        ("---.csv", [], "file"),
        ("data.tar.gz", [], "data_tar"),
    ],
)
def test_table_names(raw, taken, expected):
    assert table_name(raw, taken) == expected


def test_local_blob_store_round_trip_and_confinement(tmp_path):
    blobs = LocalBlobStore(tmp_path / "root")
    assert blobs.put("ws/1/a.bin", b"abc") == 3
    assert blobs.put("ws/1/b.bin", io.BytesIO(b"x" * 3_000_000)) == 3_000_000
    with blobs.open("ws/1/a.bin") as fh:
        assert fh.read() == b"abc"
    assert blobs.exists("ws/1/b.bin") and blobs.local_path("ws/1/b.bin").stat().st_size == 3_000_000
    blobs.delete("ws/1")
    assert not blobs.exists("ws/1/a.bin")
    with pytest.raises(NotFound):
        blobs.open("ws/1/a.bin")
    for bad in ("../escape", "/etc/passwd", "ws/../../x", "a\\b", "ws//x"):
        with pytest.raises(StoreError):
            blobs.put(bad, b"no")
    assert not (tmp_path / "escape").exists()


def test_put_file_moves_a_local_file_into_the_store(tmp_path):
    blobs = LocalBlobStore(tmp_path / "root")
    src = tmp_path / "staged.bin"
    src.write_bytes(b"payload")
    assert blobs.put_file("ws/2/p.bin", src) == 7
    assert not src.exists() and blobs.local_path("ws/2/p.bin").read_bytes() == b"payload"
    with pytest.raises(StoreError):
        blobs.put_file("../out.bin", tmp_path / "root" / "ws" / "2" / "p.bin")
