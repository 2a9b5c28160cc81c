"""Column-level lineage: each output column ← the source columns it is computed from."""

from __future__ import annotations

import pytest

from iopsdata.catalog.model import Catalog, Column, Table
from iopsdata.lineage import extract_lineage


def edges(sql: str, dialect: str = "postgres", schema=None) -> dict[str, list[str]]:
    lin = extract_lineage(sql, dialect, schema)
    return {str(e.target): sorted(str(s) for s in e.sources) for e in lin.edges}


SCHEMA = {
    "flights": {
        "id": "int",
        "carrier": "text",
        "dep_delay": "int",
        "arr_delay": "int",
        "origin": "text",
    },
    "airlines": {"carrier": "text", "name": "text"},
}

CASES = [
    ("plain", "SELECT a, b AS bee FROM t", None, {"a": ["t.a"], "bee": ["t.b"]}),
    (
        "unnamed-expressions",
        "SELECT avg(d), count(*), 1 + 2 FROM t",
        None,
        {"AVG(d)": ["t.d"], "COUNT(*)": ["t.*"], "1 + 2": []},  # count(*) counts t's rows
    ),
    (
        "expression",
        "SELECT a + b AS s, upper(c) AS u FROM t",
        None,
        {"s": ["t.a", "t.b"], "u": ["t.c"]},
    ),
    (
        "join-aliases",
        "SELECT f.dep_delay, a.name FROM flights f JOIN airlines a ON f.carrier = a.carrier",
        None,
        {"dep_delay": ["flights.dep_delay"], "name": ["airlines.name"]},
    ),
    (
        "several-ctes-and-union",
        """WITH a AS (SELECT id, x FROM s1),
             b AS (SELECT id, y AS v FROM s2 UNION ALL SELECT id, z FROM s3),
             c AS (SELECT a.id, a.x + b.v AS total FROM a JOIN b ON a.id = b.id)
        SELECT id, total FROM c""",
        None,
        {"id": ["s1.id"], "total": ["s1.x", "s2.y", "s3.z"]},
    ),
    (
        "cte-shadows-table",
        "WITH orders AS (SELECT o_id AS id, amount * 2 AS amt FROM raw.orders) SELECT amt FROM orders",
        None,
        {"amt": ["raw.orders.amount"]},
    ),
    (
        "nested-alias-reuse",
        "SELECT q.v FROM (SELECT q.a + 1 AS v FROM (SELECT b AS a FROM t1) AS q) AS q",
        None,
        {"v": ["t1.b"]},
    ),
    (
        "window",
        "SELECT id, SUM(amount) OVER (PARTITION BY cust ORDER BY ts) AS running FROM pay",
        None,
        {"id": ["pay.id"], "running": ["pay.amount", "pay.cust", "pay.ts"]},
    ),
    (
        "window-over-cte",
        "WITH d AS (SELECT day, cnt FROM daily) SELECT day, AVG(cnt) OVER (ORDER BY day ROWS 6 PRECEDING) AS ma FROM d",
        None,
        {"day": ["daily.day"], "ma": ["daily.cnt", "daily.day"]},
    ),
    (
        "scalar-subquery",
        "SELECT a, (SELECT max(b) FROM u) AS mb FROM t",
        None,
        {"a": ["t.a"], "mb": ["u.b"]},
    ),
    (
        "union-positional",
        "SELECT a AS x FROM t1 UNION SELECT b FROM t2",
        None,
        {"x": ["t1.a", "t2.b"]},
    ),
    (
        "star-with-schema",
        "SELECT * FROM flights f JOIN airlines USING (carrier)",
        SCHEMA,
        {"id": ["flights.id"], "dep_delay": ["flights.dep_delay"], "name": ["airlines.name"]},
    ),
    ("star-without-schema", "SELECT * FROM flights", None, {"*": ["flights.*"]}),
    (
        "star-through-cte",
        "WITH x AS (SELECT * FROM flights) SELECT dep_delay FROM x",
        None,
        {"dep_delay": ["flights.dep_delay"]},
    ),
    (
        "unqualified-with-schema",
        "SELECT name, dep_delay FROM flights JOIN airlines ON flights.carrier = airlines.carrier",
        SCHEMA,
        {"name": ["airlines.name"], "dep_delay": ["flights.dep_delay"]},
    ),
    (
        "unqualified-without-schema-not-guessed",
        "SELECT name FROM flights JOIN airlines ON flights.carrier = airlines.carrier",
        None,
        {"name": ["name"]},
    ),
    (
        "insert-column-list",
        "INSERT INTO dw.f (k, total) SELECT id, a + b FROM s",
        None,
        {"dw.f.k": ["s.id"], "dw.f.total": ["s.a", "s.b"]},
    ),
    (
        "insert-overwrite-hive",
        "INSERT OVERWRITE TABLE dw.t SELECT a, b + c AS bc FROM s",
        None,
        {"dw.t.a": ["s.a"], "dw.t.bc": ["s.b", "s.c"]},
    ),
    (
        "merge-mappings",
        """MERGE INTO dim d USING (SELECT id, name, updated FROM staging) s ON d.id = s.id
        WHEN MATCHED THEN UPDATE SET name = s.name, touched = s.updated
        WHEN NOT MATCHED THEN INSERT (id, name) VALUES (s.id, upper(s.name))""",
        None,
        {
            "dim.name": ["staging.name"],
            "dim.touched": ["staging.updated"],
            "dim.id": ["staging.id"],
        },
    ),
    ("update-from", "UPDATE t SET a = s.b * 2 FROM s WHERE t.id = s.id", None, {"t.a": ["s.b"]}),
    (
        "lateral-view-explode",
        "SELECT id, x FROM t LATERAL VIEW explode(arr) e AS x",
        None,
        {"id": ["t.id"], "x": ["t.arr"]},
    ),
    (
        "lateral-subquery",
        "SELECT x, l.y FROM t, LATERAL (SELECT t.a + 1 AS x, t.b AS y) AS l",
        None,
        {"x": ["t.a"], "y": ["t.b"]},
    ),
    (
        "recursive-cte",
        "WITH RECURSIVE r AS (SELECT id FROM tree WHERE p IS NULL UNION ALL "
        "SELECT t.id FROM tree t JOIN r ON t.p = r.id) SELECT id FROM r",
        None,
        {"id": ["tree.id"]},
    ),
    (
        "bigquery-style-unnest",
        "SELECT e.x, u FROM ds.t AS e CROSS JOIN UNNEST(e.arr) AS u",
        None,
        {"x": ["ds.t.x"], "u": ["ds.t.arr"]},
    ),
    (
        "correlated",
        "SELECT a, (SELECT max(u.v) FROM u WHERE u.k = t.k) AS n FROM t",
        None,
        {"a": ["t.a"], "n": ["u.v"]},
    ),
]


@pytest.mark.parametrize(
    ("sql", "schema", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_column_edges(sql, schema, expected):
    dialect = "hive" if "LATERAL VIEW" in sql or "OVERWRITE" in sql else "postgres"
    got = edges(sql, dialect, schema)
    for target, sources in expected.items():
        assert got.get(target) == sources, (target, got)


def test_columns_used_include_filters_and_joins():
    lin = extract_lineage(
        "SELECT f.carrier FROM flights f JOIN airlines a ON f.carrier = a.carrier WHERE f.dep_delay > 10 ORDER BY a.name",
        "postgres",
    )
    used = {str(c) for c in lin.columns}
    assert {"flights.carrier", "airlines.carrier", "flights.dep_delay", "airlines.name"} <= used


def test_catalog_schema_expands_star():
    cat = Catalog(
        dialect="postgres",
        tables=(
            Table("flights", "main", columns=(Column("id", "int"), Column("Dep_Delay", "int"))),
        ),
    )
    got = edges("SELECT * FROM flights", "postgres", cat)
    assert got == {"id": ["flights.id"], "dep_delay": ["flights.dep_delay"]}


def test_script_edges_compose_through_intermediates():
    lin = extract_lineage(
        "CREATE TEMP TABLE st AS SELECT a, b FROM src; INSERT INTO dst SELECT a + b AS s FROM st",
        "postgres",
    )
    up = {n.id for n in lin.graph().upstream("column:dst.s")}
    assert {"column:src.a", "column:src.b", "column:st.a", "column:st.b"} == up
