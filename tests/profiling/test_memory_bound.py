"""A profile stays within the DuckDB memory limit it is given (as bare DuckDB reads the file).

Exact distinct counts and exact quartiles of a 1M-row CSV each fit under 300 MB; run side by side
in one statement, their memory added up and the profile failed with "Out of Memory" — a file a
bare ``SUMMARIZE`` read under the same limit.
"""

import duckdb

from iopsdata.profiling import profile_file

ROWS = 1_000_000


def test_a_million_row_csv_profiles_under_a_300_mb_limit(tmp_path):
    path = tmp_path / "wide.csv"
    numbers = ", ".join(f"(hash(range, {k}) % 1000003)::DOUBLE / 7 AS n{k}" for k in range(9))
    duckdb.sql(
        f"COPY (SELECT range AS id, {numbers}, md5(range::VARCHAR) AS token, "
        f"'c' || (hash(range) % 1000)::VARCHAR AS customer FROM range({ROWS})) "
        f"TO '{path}' (FORMAT csv, HEADER)"
    )
    bare = duckdb.connect(config={"memory_limit": "300MB", "threads": 2})
    assert len(bare.sql(f"SUMMARIZE SELECT * FROM read_csv('{path}')").fetchall()) == 12
    profile = profile_file(path, "csv", memory_limit="300MB", threads=2)
    assert profile.row_count == ROWS
    key = profile.column("id")
    assert key.distinct == ROWS and key.distinct_method == "exact"
    assert key.quantile_method == "exact" and key.quartiles[1] == (ROWS - 1) / 2
