"""The Files connection shows no server path or setting (security issue 13)."""

from __future__ import annotations

import pytest

from iopsdata.errors import IopsError, QueryRefused

LEAKS = [
    "SELECT current_setting('allowed_paths')",
    "SELECT * FROM duckdb_settings()",
    "SELECT path FROM duckdb_databases()",
    "SELECT sql FROM duckdb_views()",
    "SELECT view_definition FROM information_schema.views",
    "SELECT sql FROM sqlite_master",
    "SELECT current_database()",
    "SELECT * FROM duckdb_temporary_files()",
    "SELECT * FROM (SELECT * FROM duckdb_settings()) s",
    "WITH v AS (SELECT * FROM duckdb_views()) SELECT * FROM v",
]


@pytest.mark.parametrize("sql", LEAKS)
def test_catalog_and_settings_functions_are_refused(ctx, files, sql):
    files.upload("sales.csv", b"region,amount\nnorth,10\nsouth,5\n")
    with pytest.raises(QueryRefused) as info:
        files.target().run(sql)
    assert str(ctx.settings.home.resolve()) not in info.value.message


def test_own_tables_ctes_and_generators_still_run(files):
    asset = files.upload("sales.csv", b"region,amount\nnorth,10\nsouth,5\n")
    t = asset.table_name
    sql = (
        f"WITH s AS (SELECT * FROM {t}) SELECT s.region, r.range FROM s "
        "CROSS JOIN range(2) r ORDER BY 1, 2"
    )
    assert files.target().run(sql).row_count == 4
    assert files.target().run(f"SUMMARIZE {t}").row_count == 2


def test_no_answer_or_error_carries_the_home_path(ctx, files):
    asset = files.upload("sales.csv", b"region,amount\nnorth,10\nsouth,5\n")
    home = str(ctx.settings.home.resolve())
    for sql in (
        f"SELECT CAST(region AS INT) FROM {asset.table_name}",
        f"EXPLAIN SELECT * FROM {asset.table_name}",
    ):
        try:
            text = str(files.target().run(sql).table.to_pylist())
        except IopsError as exc:
            text = exc.message
        assert home not in text
