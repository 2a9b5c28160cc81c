"""The upload path: long lines without up-front buffers, every Parquet page checked, one write.

Lines longer than DuckDB's default are read with the size they need (a 32 MB size asked for up
front made DuckDB reserve huge buffers: a 10M-row file failed at the 1 GB memory limit). A long
line after the sniffer's sample used to become a silent "reject"; it must load.
"""

from __future__ import annotations

import io

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from iopsdata.errors import FileRejected
from iopsdata.files import ingest as ingest_module
from tests.files.conftest import stored_files


def test_a_long_line_after_the_sniff_sample_is_loaded_not_rejected(files):
    lines = ["k,v"] + [f"{i},short" for i in range(50_000)]
    lines[40_001] = "40000," + "x" * (3 << 20)
    asset = files.upload("late_long.csv", ("\n".join(lines) + "\n").encode())
    assert (asset.row_count, asset.rejected_rows) == (50_000, 0)
    got = files.target().run("SELECT max(length(v)) AS m, count(*) AS n FROM late_long")
    assert got.table.to_pylist() == [{"m": 3 << 20, "n": 50_000}]


def test_a_line_past_the_limit_is_refused_with_its_size(files, monkeypatch):
    monkeypatch.setattr(ingest_module, "MAX_LINE_BYTES", 1 << 20)
    with pytest.raises(FileRejected, match=r"2\.0 MB long; the limit is 1 MB a line"):
        files.upload("huge_line.csv", b"k,v\n1," + b"x" * (2 << 20) + b"\n")
    assert files.list() == []


def test_parquet_damaged_in_a_later_row_group_is_refused(ctx, files):
    """DuckDB reads this file without an error (and wrong values), so the upload checks pages."""
    buf = io.BytesIO()
    table = pa.table({"v": [f"value-{i}" for i in range(5000)], "n": list(range(5000))})
    pq.write_table(table, buf, row_group_size=1000, write_page_checksum=True, compression="zstd")
    data = bytearray(buf.getvalue())
    last = pq.ParquetFile(io.BytesIO(bytes(data))).metadata.row_group(4).column(0)
    middle = last.data_page_offset + last.total_compressed_size // 2
    data[middle : middle + 16] = b"\xab" * 16
    with pytest.raises(FileRejected, match="damaged"):
        files.upload("late.parquet", bytes(data))
    assert files.list() == [] and stored_files(ctx) == []


def test_the_profile_is_stored_with_the_asset(files):
    stages: list[str] = []
    asset = files.upload("p.csv", b"a,b\n1,x\n2,y\n", on_progress=lambda s, f: stages.append(s))
    assert asset.metadata["profile"]["row_count"] == 2
    assert stages.index("checking") < stages.index("profiling") < stages.index("storing")


def test_large_files_keep_the_estimated_distinct_count(files, monkeypatch):
    """The exact count is one more full scan; above the file threshold the estimate is kept."""
    from iopsdata.files import service

    body = b"n\n" + b"\n".join(str(i).encode() for i in range(20)) + b"\n"
    small = files.upload("small.csv", body)
    assert files.profile(small.id).column("n").distinct_method == "exact"
    monkeypatch.setattr(service, "EXACT_DISTINCT_MAX_ROWS", 10)
    large = files.upload("large.csv", body + b"20\n")
    column = files.profile(large.id).column("n")
    assert column.distinct_method == "approx" and 0 < column.distinct <= 21


def _at_chunk_edge(tail: bytes, after: bytes) -> bytes:
    """A CSV whose first 1 MB read (the UTF-8 pass's chunk) ends with ``tail``."""
    head = b"k,v\n"
    filler = b"1,a\n" * ((1 << 20) // 4)
    body = (head + filler)[: (1 << 20) - len(tail) - 2] + b"\n2," + tail
    return body[: (1 << 20) - len(tail)] + tail + after + b"\n3,z\n"


def test_utf8_spanning_the_validation_chunk_edge_is_utf8(tmp_path):
    from iopsdata.files.detect import detect_text_encoding

    euro = "€".encode()  # 3 bytes: 2 end the first chunk, 1 starts an ASCII-looking second one
    path = tmp_path / "edge.csv"
    path.write_bytes(_at_chunk_edge(euro[:2], euro[2:] + b"x"))
    assert path.read_bytes()[(1 << 20) - 2 : (1 << 20) + 1] == euro
    assert detect_text_encoding(path, "csv").name == "utf-8"


def test_a_sequence_cut_at_the_chunk_edge_before_ascii_is_not_utf8(tmp_path):
    """A pure-ASCII chunk after an open sequence must still be decoded: here the sequence's last
    byte follows a whole ASCII chunk later, which a skip of ASCII chunks would have glued on."""
    from iopsdata.files.detect import detect_text_encoding

    euro = "€".encode()
    ascii_chunk = (b"4,b\n" * (1 << 18))[: 1 << 20]
    path = tmp_path / "cut.csv"
    path.write_bytes(_at_chunk_edge(euro[:2], b"")[: 1 << 20] + ascii_chunk + euro[2:] + b"\n")
    assert path.read_bytes()[1 << 20 : 2 << 20].isascii()
    assert detect_text_encoding(path, "csv").name != "utf-8"


def test_a_conversion_that_outgrows_the_copy_limit_runs_again_under_the_configured_one(
    files, tmp_path, monkeypatch
):
    """The tight COPY limit keeps the peak down; it must never refuse a file DuckDB converts
    within the configured limit. Rejects are counted once, not once per attempt."""
    import duckdb

    lines = ["id,name,score"] + [f"{i},name-{i},{i * 0.5}" for i in range(200_000)]
    lines[1235] = "1234,name-1234,617.0,one field too many"
    body = ("\n".join(lines) + "\n").encode()
    src = tmp_path / "src.csv"
    src.write_bytes(body)
    con = duckdb.connect(config={"memory_limit": "1MB"})
    with pytest.raises(duckdb.OutOfMemoryException):  # so the first attempt does fail
        con.execute(f"COPY (FROM read_csv('{src}')) TO '{tmp_path / 'x.parquet'}' (FORMAT parquet)")
    monkeypatch.setattr(ingest_module, "COPY_MEMORY_LIMIT", "1MB")
    asset = files.upload("big.csv", body)
    assert (asset.row_count, asset.rejected_rows) == (199_999, 1)
    got = files.target().run("SELECT min(id) AS lo, max(id) AS hi, count(*) AS n FROM big")
    assert got.table.to_pylist() == [{"lo": 0, "hi": 199_999, "n": 199_999}]
