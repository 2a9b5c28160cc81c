"""Every function of the running servers gets a verdict with a reason, and the committed allowlists
match what the rules give on them today.

PostgreSQL: every row of ``pg_proc`` in a fresh database (built-in and not). MariaDB: every
function the server publishes (``information_schema.SQL_FUNCTIONS``, the help tables' function
topics, stored and loadable functions) plus the reviewed ``SUPPLEMENT``, each of which is proved to
exist by PREPARE (parsed and resolved by the server, not run). See docs/security.md.

    python -m pytest tests/guard/test_function_catalog.py -q -s   # prints the counts
"""

from __future__ import annotations

import json

import psycopg
import pymysql
import pytest

from iopsdata.guard import build_allowlists as build
from iopsdata.guard import classify_mysql, classify_postgres
from iopsdata.guard.allowlist import allowlist_for
from tests.conftest import MYSQL_HOST

pytestmark = [pytest.mark.postgres, pytest.mark.mysql]


def _pg(pg_url: str) -> psycopg.Cursor:
    return psycopg.connect(pg_url.replace("+psycopg", ""), autocommit=True).cursor()


def test_every_postgres_function_is_classified(pg_url):
    cur = _pg(pg_url)
    # a function of the user's own, which must be refused whatever it does
    cur.execute("CREATE FUNCTION public.now() RETURNS int LANGUAGE sql AS 'SELECT 1'")
    rows = build.postgres_rows(cur)
    cur.execute("SELECT count(*) FROM pg_proc")
    assert len(rows) == cur.fetchone()[0] > 3000
    verdicts = [(r, *classify_postgres.classify(r)) for r in rows]
    assert all(reason.strip() for _, _, reason in verdicts)
    user = [r for r, ok, _ in verdicts if r.oid >= classify_postgres.FIRST_USER_OID]
    assert [r.name for r in user] == ["now"]
    assert not any(ok for r, ok, _ in verdicts if r in user)

    committed = json.loads((build.DATA / "postgres.json").read_text())
    live = build.postgres_document(cur)
    assert live["allowed"] == committed["allowed"], "run python -m iopsdata.guard.build_allowlists"
    assert live["refused"] == committed["refused"]
    assert live["counts"] == committed["counts"]
    print(f"\nPOSTGRES {live['engine']}: {live['counts']} ({len(live['allowed'])} names allowed)")


@pytest.mark.parametrize(
    "name",
    [
        "ts_stat",
        "ts_rewrite",
        "query_to_xml",
        "pg_terminate_backend",
        "pg_cancel_backend",
        "pg_reload_conf",
        "pg_ls_dir",
        "pg_read_file",
        "pg_advisory_lock",
        "pg_sleep",
        "brin_summarize_new_values",
        "brin_desummarize_range",
        "gin_clean_pending_list",
        "set_config",
        "nextval",
        "lo_import",
    ],
)
def test_postgres_escape_functions_are_refused(name):
    allow = allowlist_for("postgres")
    assert allow is not None and name not in allow.allowed and name in allow.refused


@pytest.mark.parametrize(
    "name",
    [
        "count",
        "sum",
        "avg",
        "percentile_cont",
        "row_number",
        "lag",
        "date_trunc",
        "to_char",
        "now",
        "random",
        "clock_timestamp",
        "regexp_replace",
        "jsonb_array_elements",
        "generate_series",
        "pg_total_relation_size",
        "current_setting",
        "table_to_xml",
        "coalesce",
        "width_bucket",
    ],
)
def test_postgres_analyst_functions_are_allowed(name):
    allow = allowlist_for("postgres")
    assert allow is not None and name in allow.allowed


def _mysql() -> pymysql.cursors.Cursor:
    return pymysql.connect(host=MYSQL_HOST, user="root", autocommit=True).cursor()


def test_every_mariadb_function_is_classified():
    cur = _mysql()
    built, other = build.mysql_functions(cur)
    verdicts = classify_mysql.by_name(built, other)
    assert len(verdicts) == len(set(built) | set(other)) > 400
    assert all(reason.strip() for _, reason in verdicts.values())
    assert all(not verdicts[n][0] for n in other), "stored/loadable functions are refused"
    assert any(n.startswith("sys.") for n in other)  # MariaDB's sys schema functions

    committed = json.loads((build.DATA / "mysql.json").read_text())
    live = build.mysql_document(cur)
    assert live["allowed"] == committed["allowed"], "run python -m iopsdata.guard.build_allowlists"
    assert live["refused"] == committed["refused"]
    print(
        f"\nMARIADB {live['engine']}: {dict(classify_mysql.counts(verdicts))} (stored: {len(other)})"
    )


@pytest.mark.parametrize("name", sorted(classify_mysql.SUPPLEMENT))
def test_mariadb_supplement_functions_exist(name):
    """Each hand-listed function is real: the server parses and resolves a call to it (an error
    about the argument, such as "not a SEQUENCE", still shows the function exists)."""
    cur = _mysql()
    sql = classify_mysql.SUPPLEMENT[name].replace("'", "''")
    try:
        cur.execute(f"PREPARE iops_probe FROM '{sql}'")
        cur.execute("DEALLOCATE PREPARE iops_probe")
    except pymysql.MySQLError as exc:
        # 1064 syntax error, 1305/1630 function does not exist
        assert exc.args[0] not in (1064, 1305, 1630), exc


@pytest.mark.parametrize(
    "name",
    ["load_file", "sleep", "benchmark", "get_lock", "release_lock", "nextval", "setval"],
)
def test_mariadb_escape_functions_are_refused(name):
    allow = allowlist_for("mysql")
    assert allow is not None and name in allow.refused and name not in allow.allowed
