"""Table-level lineage per statement kind and dialect: reads, writes, files, CTEs, partial."""

from __future__ import annotations

import pytest

from iopsdata.lineage import extract_lineage

# (id, dialect, sql, reads, writes, extra expectations)
CASES = [
    ("select", "postgres", "SELECT a FROM s.t WHERE b > 1", ["s.t"], [], {}),
    ("three-part", "tsql", "SELECT * FROM db.dbo.t", ["db.dbo.t"], [], {}),
    ("bigquery-quoted", "bigquery", "SELECT x FROM `proj.ds.events`", ["proj.ds.events"], [], {}),
    (
        "case-insensitive",
        "postgres",
        "SELECT a FROM Sales.Orders o JOIN sales.orders p ON o.id = p.id",
        ["sales.orders"],
        [],
        {},
    ),
    ("snowflake-upper", "snowflake", "select a from raw.events", ["RAW.EVENTS"], [], {}),
    (
        "cte-shadows-table",
        "postgres",
        "WITH orders AS (SELECT * FROM raw.orders WHERE ok) SELECT id FROM orders",
        ["raw.orders"],
        [],
        {"ctes": ["orders"]},
    ),
    (
        "cte-chain",
        "duckdb",
        "WITH a AS (SELECT * FROM t1), b AS (SELECT * FROM a JOIN t2 USING (id)) SELECT * FROM b",
        ["t1", "t2"],
        [],
        {"ctes": ["a", "b"]},
    ),
    (
        "nested-subquery-alias-reuse",
        "mysql",
        "SELECT q.a FROM (SELECT q.a FROM (SELECT a FROM t1) q) q JOIN t2 q2 ON q.a = q2.a",
        ["t1", "t2"],
        [],
        {},
    ),
    (
        "in-subquery",
        "postgres",
        "SELECT a FROM t WHERE id IN (SELECT id FROM u)",
        ["t", "u"],
        [],
        {},
    ),
    (
        "union",
        "sqlite",
        "SELECT a FROM t1 UNION SELECT b FROM t2 UNION ALL SELECT c FROM t3",
        ["t1", "t2", "t3"],
        [],
        {},
    ),
    (
        "insert-select",
        "postgres",
        "INSERT INTO dw.f (a, b) SELECT x, y FROM st.s",
        ["st.s"],
        ["dw.f"],
        {},
    ),
    (
        "insert-overwrite",
        "hive",
        "INSERT OVERWRITE TABLE dw.daily PARTITION (ds='2024-01-01') SELECT a FROM raw.ev",
        ["raw.ev"],
        ["dw.daily"],
        {"kind": "insert_overwrite"},
    ),
    (
        "insert-overwrite-spark",
        "spark",
        "INSERT OVERWRITE dw.t SELECT * FROM s",
        ["s"],
        ["dw.t"],
        {},
    ),
    ("ctas", "postgres", "CREATE TABLE t2 AS SELECT a FROM t1", ["t1"], ["t2"], {}),
    (
        "create-view",
        "trino",
        "CREATE OR REPLACE VIEW v AS SELECT a FROM cat.sch.t",
        ["cat.sch.t"],
        ["v"],
        {},
    ),
    (
        "merge",
        "snowflake",
        "MERGE INTO tgt USING src ON tgt.id = src.id WHEN MATCHED THEN UPDATE SET v = src.v",
        ["SRC"],
        ["TGT"],
        {},
    ),
    ("update-from", "postgres", "UPDATE t SET a = s.b FROM s WHERE t.id = s.id", ["s"], ["t"], {}),
    ("update-join", "mysql", "UPDATE t JOIN s ON t.id = s.id SET t.a = s.b", ["s"], ["t"], {}),
    ("delete-using", "postgres", "DELETE FROM t USING s WHERE t.id = s.id", ["s"], ["t"], {}),
    (
        "copy-from",
        "postgres",
        "COPY t (a, b) FROM '/data/x.csv' WITH (FORMAT csv)",
        [],
        ["t"],
        {"files_read": ["/data/x.csv"]},
    ),
    (
        "copy-to-query",
        "postgres",
        "COPY (SELECT a FROM t) TO '/out/x.csv'",
        ["t"],
        [],
        {"files_written": ["/out/x.csv"]},
    ),
    (
        "copy-into-stage",
        "snowflake",
        "COPY INTO raw.ev FROM @stage/ev/ FILE_FORMAT = (TYPE = JSON)",
        [],
        ["RAW.EV"],
        {"files_read": ["@stage/ev/"]},
    ),
    (
        "copy-into-location",
        "snowflake",
        "COPY INTO 's3://b/out/' FROM (SELECT a FROM t)",
        ["T"],
        [],
        {"files_written": ["s3://b/out/"]},
    ),
    (
        "unload",
        "redshift",
        "UNLOAD ('select a from sales where d > ''2024''') TO 's3://b/p/' IAM_ROLE 'r'",
        ["sales"],
        [],
        {"files_written": ["s3://b/p/"], "partial": True},
    ),
    ("select-into", "tsql", "SELECT a INTO dbo.t2 FROM dbo.t1", ["dbo.t1"], ["dbo.t2"], {}),
    ("select-into-pg", "postgres", "SELECT a INTO new_t FROM t1", ["t1"], ["new_t"], {}),
    # a rename alone moves no data: a table change, not reads/writes
    (
        "rename",
        "postgres",
        "ALTER TABLE s.a RENAME TO b",
        [],
        [],
        {"kind": "rename", "changes": ["s.a", "s.b"]},
    ),
    ("rename-mysql", "mysql", "RENAME TABLE a TO b, c TO d", [], [], {"changes": list("abcd")}),
    # SWAP WITH: the WITH table's data becomes the altered table's
    ("swap", "snowflake", "ALTER TABLE a SWAP WITH b", ["B"], ["A"], {"kind": "swap"}),
    ("exchange", "clickhouse", "EXCHANGE TABLES a AND b", ["a", "b"], ["a", "b"], {}),
    ("lateral-view", "hive", "SELECT id, x FROM t LATERAL VIEW explode(arr) e AS x", ["t"], [], {}),
    ("oracle", "oracle", "SELECT e.name FROM hr.emp e WHERE ROWNUM < 10", ["HR.EMP"], [], {}),
    ("clickhouse-final", "clickhouse", "SELECT a FROM db.t FINAL", ["db.t"], [], {}),
    ("databricks", "databricks", "SELECT a FROM cat.sch.t", ["cat.sch.t"], [], {}),
    (
        "presto",
        "presto",
        "SELECT a FROM hive.db.t CROSS JOIN UNNEST(arr) AS u(x)",
        ["hive.db.t"],
        [],
        {},
    ),
    (
        "with-insert",
        "postgres",
        "WITH d AS (SELECT a FROM f) INSERT INTO r SELECT a FROM d",
        ["f"],
        ["r"],
        {"ctes": ["d"]},
    ),
    (
        "with-update",
        "postgres",
        "WITH s AS (SELECT a, id FROM f) UPDATE t SET a = s.a FROM s WHERE t.id = s.id",
        ["f"],
        ["t"],
        {},
    ),
    (
        "with-delete",
        "postgres",
        "WITH s AS (SELECT id FROM f) DELETE FROM t WHERE id IN (SELECT id FROM s)",
        ["f"],
        ["t"],
        {},
    ),
    (
        "with-merge",
        "postgres",
        "WITH s AS (SELECT id, a FROM f) MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET a = s.a",
        ["f"],
        ["t"],
        {},
    ),
    (
        "insert-with-inside",
        "spark",
        "INSERT INTO r WITH d AS (SELECT a FROM f) SELECT a FROM d",
        ["f"],
        ["r"],
        {},
    ),
    (
        "truncate",
        "postgres",
        "TRUNCATE TABLE a, s.b",
        [],
        [],
        {"kind": "truncate", "changes": ["a", "s.b"]},
    ),
    (
        "duckdb-read-csv",
        "duckdb",
        "SELECT a FROM read_csv('data/x.csv')",
        [],
        [],
        {"files_read": ["data/x.csv"]},
    ),
    (
        "recursive-cte",
        "postgres",
        "WITH RECURSIVE r AS (SELECT id FROM tree WHERE p IS NULL UNION ALL SELECT t.id FROM tree t JOIN r ON t.p = r.id) "
        "SELECT id FROM r",
        ["tree"],
        [],
        {"ctes": ["r"]},
    ),
    (
        "cte-reads-same-named-table",
        "postgres",
        "WITH orders AS (SELECT id FROM orders WHERE ok) SELECT id FROM orders",
        ["orders"],
        [],
        {"ctes": ["orders"]},
    ),
    (
        "intersect-except",
        "postgres",
        "SELECT a FROM t1 INTERSECT SELECT a FROM t2 EXCEPT SELECT a FROM t3",
        ["t1", "t2", "t3"],
        [],
        {},
    ),
    (
        "snowflake-flatten",
        "snowflake",
        "SELECT t.id, f.value AS v FROM db.s.t t, LATERAL FLATTEN(input => t.js) f",
        ["DB.S.T"],
        [],
        {},
    ),
    (
        "bigquery-unnest",
        "bigquery",
        "SELECT e.x, u FROM ds.t AS e, UNNEST(e.arr) AS u",
        ["ds.t"],
        [],
        {},
    ),
    ("tsql-top", "tsql", "SELECT TOP 10 a FROM dbo.t ORDER BY a", ["dbo.t"], [], {}),
    ("unknown-command", "postgres", "VACUUM ANALYZE t", [], [], {"partial": True}),
]


@pytest.mark.parametrize(
    ("dialect", "sql", "reads", "writes", "extra"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_tables(dialect, sql, reads, writes, extra):
    lin = extract_lineage(sql, dialect)
    assert sorted(lin.reads) == sorted(reads)
    assert sorted(lin.writes) == sorted(writes)
    assert lin.partial is extra.get("partial", False)
    if lin.partial:
        assert lin.reasons and "line 1" in lin.reasons[0]
    for key in ("ctes", "files_read", "files_written", "changes"):
        if key in extra:
            assert list(getattr(lin, key)) == extra[key]
    if "kind" in extra:
        assert lin.statements[0].kind == extra["kind"]


SCRIPTS = [
    (
        "temp-table",
        "postgres",
        "CREATE TEMP TABLE st AS SELECT a FROM src; INSERT INTO dst SELECT a FROM st; DROP TABLE st",
        ["src"],
        ["dst"],
        ["st"],
    ),
    (
        "tsql-hash-temp",
        "tsql",
        "SELECT a INTO #tmp FROM t; INSERT INTO final SELECT a FROM #tmp",
        ["t"],
        ["final"],
        ["#tmp"],
    ),
    (
        "persisted-intermediate",
        "duckdb",
        "CREATE TABLE stage AS SELECT * FROM raw; CREATE TABLE mart AS SELECT * FROM stage JOIN dim USING (k)",
        ["raw", "dim"],
        ["mart"],  # created and read inside the script: an intermediate, not a result
        ["stage"],
    ),
    (
        "read-before-write",
        "postgres",
        "INSERT INTO t SELECT * FROM t_old; SELECT * FROM t",
        ["t_old"],
        [],
        ["t"],
    ),
    (
        "rename-swap-pattern",
        "postgres",
        "CREATE TABLE t_new AS SELECT * FROM src; ALTER TABLE t_new RENAME TO t",
        ["src"],
        ["t"],  # the rename relabels what the script did: t_new never shows
        [],
    ),
]


@pytest.mark.parametrize(
    ("dialect", "sql", "reads", "writes", "intermediates"),
    [c[1:] for c in SCRIPTS],
    ids=[c[0] for c in SCRIPTS],
)
def test_scripts(dialect, sql, reads, writes, intermediates):
    lin = extract_lineage(sql, dialect)
    assert sorted(lin.reads) == sorted(reads)
    assert sorted(lin.writes) == sorted(writes)
    assert sorted(lin.intermediates) == sorted(intermediates)


def test_statement_lines_and_text():
    lin = extract_lineage("SELECT 1;\n\nINSERT INTO t\nSELECT a FROM s;", "postgres")
    assert [s.line for s in lin.statements] == [1, 3]
    assert lin.statements[1].sql == "INSERT INTO t\nSELECT a FROM s"


def test_result_is_frozen_and_json_able():
    import dataclasses
    import json

    lin = extract_lineage("SELECT a FROM t", "postgres")
    with pytest.raises(dataclasses.FrozenInstanceError):
        lin.reads = ()  # type: ignore[misc]
    assert json.loads(json.dumps(lin.to_dict()))["reads"] == ["t"]


# T-SQL without semicolons: keywords inside a statement do not start a new one
TSQL_BATCHES = [
    (
        "ALTER TABLE dbo.t ALTER COLUMN c INT NOT NULL\nALTER TABLE dbo.t DROP CONSTRAINT pk\n"
        "INSERT INTO dbo.t SELECT * FROM dbo.s",
        ["alter", "alter", "insert"],
    ),
    ("CREATE VIEW dbo.v WITH SCHEMABINDING AS SELECT a FROM dbo.t", ["create_view"]),
    (
        "GRANT SELECT, INSERT ON dbo.t TO u\nINSERT INTO dbo.t SELECT * FROM dbo.s",
        ["grant", "insert"],
    ),
    ("CREATE OR ALTER VIEW dbo.v AS SELECT a FROM dbo.t", ["create_view"]),
    ("SELECT a FROM dbo.t WITH (NOLOCK) WHERE b = 1 SELECT c FROM dbo.u", ["select", "select"]),
    (
        "MERGE dbo.t AS t USING dbo.s AS s ON t.id = s.id WHEN MATCHED THEN UPDATE SET t.v = s.v "
        "WHEN NOT MATCHED THEN INSERT (id, v) VALUES (s.id, s.v) WHEN NOT MATCHED BY SOURCE THEN DELETE;",
        ["merge"],
    ),
    (
        "INSERT INTO a SELECT * FROM b\nIF @x = 1 INSERT INTO c SELECT * FROM d\n"
        "DROP TABLE IF EXISTS e",
        ["insert", "insert", "drop"],
    ),
    # sqlglot reads a bare `OPEN c` as an expression; what matters is the boundary
    ("DECLARE c CURSOR FOR SELECT a FROM dbo.t\nOPEN c", ["declare", "alias"]),
]


@pytest.mark.parametrize(("sql", "kinds"), TSQL_BATCHES)
def test_tsql_statement_boundaries(sql, kinds):
    assert [s.kind for s in extract_lineage(sql, "tsql").statements] == kinds


@pytest.mark.parametrize(
    ("dialect", "sql"),
    [
        ("mysql", "SELECT a INTO @x FROM t"),
        ("oracle", "SELECT a INTO v FROM t"),
        ("mysql", "CREATE PROCEDURE p() BEGIN DECLARE n INT; SELECT count(*) INTO n FROM t; END"),
    ],
)
def test_select_into_variables_writes_no_table(dialect, sql):
    lin = extract_lineage(sql, dialect)
    assert [r.lower() for r in lin.reads] == ["t"] and lin.writes == ()


def test_procedure_in_another_language_is_not_read_as_sql():
    lin = extract_lineage(
        "CREATE PROCEDURE p() RETURNS STRING LANGUAGE JAVASCRIPT AS "
        "$$ var r = snowflake.execute({sqlText: 'INSERT INTO a SELECT * FROM b'}); $$",
        "snowflake",
    )
    assert (lin.reads, lin.writes) == ((), ())
    assert [s.kind for s in lin.statements] == ["create_procedure"]
