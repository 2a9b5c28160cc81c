"""Issue 13: MariaDB session state (``@a := 1``, named locks) must not outlive a statement on a
pooled connection. The engine resets the session when a connection returns to the pool."""

from __future__ import annotations

import pytest

from iopsdata.engines import RunHandle, open_engine

pytestmark = pytest.mark.mysql


def test_mariadb_session_state_is_reset_between_statements(sample_factory):
    sample = sample_factory("mysql")
    engine = open_engine("mysql", sample.options)

    def run(sql: str) -> list:
        fetched = engine.execute(
            sql, run=RunHandle(), read_only=True, timeout_s=5, max_rows=10, max_bytes=1 << 20
        )
        return [c[0].as_py() for c in fetched.table.columns]

    try:
        first = run("SELECT CONNECTION_ID(), @a := 1, GET_LOCK('iops_reset_test', 0)")
        second = run("SELECT CONNECTION_ID(), @a, IS_USED_LOCK('iops_reset_test')")
        assert second[0] == first[0], "the pooled connection was reused"
        assert first[1:] == [1, 1]
        assert second[1:] == [None, None], "a variable or lock outlived its statement"
        # the reset keeps what the engine relies on: utf8mb4 text and autocommit
        assert run("SELECT @@character_set_client, @@autocommit, 'é'") == ["utf8mb4", 1, "é"]
    finally:
        engine.close()
