"""The guard's function allowlist, optimizer hints, variable assignment and syntax errors (no DB)."""

from __future__ import annotations

import pytest

from iopsdata.errors import QueryFailed, QueryRefused
from iopsdata.guard import check_sql

REFUSED = [
    # issue: ts_stat ran SQL given as text and returned /etc/passwd through both layers
    (
        "postgres",
        "SELECT word FROM ts_stat($$SELECT array_to_tsvector(string_to_array("
        "pg_read_file('/etc/passwd'), E'\\n'))$$)",
        "runs SQL given as text",
    ),
    ("postgres", "SELECT ts_rewrite('a'::tsquery, 'SELECT 1')", "SQL given as text"),
    ("postgres", "SELECT pg_terminate_backend(4242)", "not allowed"),
    ("postgres", "SELECT pg_reload_conf()", "not allowed"),
    ("postgres", "SELECT * FROM pg_ls_dir('/')", "not allowed"),
    ("postgres", "SELECT pg_advisory_lock(1)", "not allowed"),
    ("postgres", "SELECT pg_sleep_for('1 minute')", "not allowed"),
    ("postgres", "SELECT brin_summarize_new_values('i'::regclass)", "index's state"),
    ("postgres", "SELECT brin_desummarize_range('i'::regclass, 0)", "index's state"),
    ("postgres", "SELECT gin_clean_pending_list('i'::regclass)", "index's state"),
    ("postgres", "SELECT pg_export_snapshot()", "volatile"),
    ("postgres", "SELECT public.now()", "user-defined"),
    ("postgres", 'SELECT "NOW"()', "not on the list"),
    ("postgres", "SELECT my_udf(1)", "not on the list"),
    ("postgres", "SELECT * FROM pg_stat_get_activity(NULL)", "another backend"),
    ("mysql", "SELECT IS_USED_LOCK('x')", "lock"),
    ("mysql", "SELECT sys.format_bytes(1)", "user-defined"),
    ("mysql", "SELECT LAST_INSERT_ID(5)", "session state"),
    ("mysql", "SELECT @a := 1", "session state"),
    ("mysql", "SELECT id FROM orders WHERE (@n := id) > 0", "session state"),
    ("mysql", "SELECT /*+ MAX_EXECUTION_TIME(0) */ * FROM orders", "time limit"),
    ("mysql", "SELECT /*+ SET_VAR(sql_mode='') */ 1", "session variables"),
    ("mysql", "SELECT /*+ RESOURCE_GROUP(rg) */ 1", "resource group"),
    ("mysql", "SELECT 1 FROM t WHERE a IN (SELECT /*+ max_execution_time(0) */ 1)", "time"),
]


@pytest.mark.parametrize(("dialect", "sql", "reason"), REFUSED)
def test_refused(dialect, sql, reason):
    with pytest.raises(QueryRefused) as info:
        check_sql(sql, dialect)
    assert reason.lower() in info.value.message.lower(), info.value.message


ACCEPTED = [
    ("postgres", "SELECT pg_catalog.now(), now(), random(), clock_timestamp(), gen_random_uuid()"),
    ("postgres", "SELECT count(*), sum(x), avg(x), stddev(x) FROM t"),
    ("postgres", "SELECT date_trunc('day', ts), to_char(ts, 'YYYY'), extract(year FROM ts) FROM t"),
    ("postgres", "SELECT coalesce(a, b), greatest(a, b), nullif(a, b), row(1, 2), array[1]"),
    ("postgres", "SELECT jsonb_build_object('a', 1), json_agg(x), x::date FROM t"),
    ("postgres", "SELECT lag(x) OVER (ORDER BY y), ntile(4) OVER () FROM t"),
    ("postgres", "SELECT substring(s FROM 1 FOR 2), trim(both FROM s), position('a' IN s) FROM t"),
    ("postgres", "SELECT current_user, current_date, currval('s')"),
    ("postgres", "SELECT * FROM t TABLESAMPLE SYSTEM (10)"),
    ("mysql", "SELECT IF(a, 1, 2), LEFT(s, 2), YEAR(d), DATE(d), CHAR(65), REPLACE(s, 'a', 'b')"),
    ("mysql", "SELECT ROW_NUMBER() OVER (), JSON_ARRAYAGG(x), AVG(x), LASTVAL(s) FROM t"),
    ("mysql", "SELECT NOW(), RAND(), UUID(), CONVERT(x, CHAR), CAST(x AS SIGNED) FROM t"),
    ("mysql", "SELECT /*+ BKA(t1) NO_RANGE_OPTIMIZATION(t1) QB_NAME(q) */ 1 FROM t1"),
]


@pytest.mark.parametrize(("dialect", "sql"), ACCEPTED)
def test_accepted(dialect, sql):
    assert check_sql(sql, dialect).is_write is False


def test_owner_allowed_functions_pass_only_on_that_connection():
    sql = "SELECT my_udf(1), public.helper(2)"
    with pytest.raises(QueryRefused):
        check_sql(sql, "postgres")
    check_sql(sql, "postgres", allowed_functions=["My_Udf", "public.helper"])
    with pytest.raises(QueryRefused):
        check_sql(sql, "postgres", allowed_functions=["my_udf"])  # public.helper still unknown
    # an owner may even allow a refused built-in, deliberately
    check_sql("SELECT pg_sleep(0)", "postgres", allowed_functions=["pg_sleep"])


@pytest.mark.parametrize(
    ("dialect", "sql", "where"),
    [
        ("postgres", "SELEC carrier FRM flights", "Line 1, column 1"),
        ("duckdb", "SELEC carrier FRM flights", "Line 1, column 1"),
        ("mysql", "\n  SELEC carrier FRM flights", "Line 2, column 3"),
        ("postgres", "SELECT (1", "Line 1, column"),
    ],
)
def test_unparseable_text_is_a_syntax_error_not_a_refusal(dialect, sql, where):
    """First-hour issue 17: 'SELEC statements are not allowed' read as a refusal of a typo."""
    with pytest.raises(QueryFailed) as info:
        check_sql(sql, dialect)
    assert not isinstance(info.value, QueryRefused)
    assert info.value.title == "Syntax error"
    assert where in info.value.message, info.value.message
    if "SELEC " in sql:
        assert "did you mean SELECT" in info.value.message
