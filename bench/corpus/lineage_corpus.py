"""A reproducible corpus of realistic analytic statements for the lineage benchmark.

Statements are generated from templates over TPC-H-like and nycflights-like schemas: CTE chains,
joins along foreign keys, window functions, unions, nested subqueries, INSERT … SELECT, CTAS,
MERGE and UPDATE … FROM. Commit this generator, never a dump.
"""

from __future__ import annotations

import random

SCHEMAS: dict[str, dict[str, list[str]]] = {
    "tpch": {
        "lineitem": [
            "l_orderkey",
            "l_partkey",
            "l_suppkey",
            "l_quantity",
            "l_extendedprice",
            "l_discount",
            "l_tax",
            "l_returnflag",
            "l_shipdate",
            "l_shipmode",
        ],
        "orders": [
            "o_orderkey",
            "o_custkey",
            "o_orderstatus",
            "o_totalprice",
            "o_orderdate",
            "o_orderpriority",
        ],
        "customer": ["c_custkey", "c_name", "c_nationkey", "c_acctbal", "c_mktsegment"],
        "part": ["p_partkey", "p_name", "p_brand", "p_type", "p_size", "p_retailprice"],
        "supplier": ["s_suppkey", "s_name", "s_nationkey", "s_acctbal"],
        "nation": ["n_nationkey", "n_name", "n_regionkey"],
        "region": ["r_regionkey", "r_name"],
    },
    "flights": {
        "flights": [
            "year",
            "month",
            "day",
            "dep_delay",
            "arr_delay",
            "carrier",
            "flight",
            "tailnum",
            "origin",
            "dest",
            "air_time",
            "distance",
            "hour",
        ],
        "airlines": ["carrier", "name"],
        "airports": ["faa", "name", "lat", "lon", "alt", "tz"],
        "planes": ["tailnum", "year", "type", "manufacturer", "model", "seats"],
        "weather": [
            "origin",
            "year",
            "month",
            "day",
            "hour",
            "temp",
            "wind_speed",
            "precip",
            "visib",
        ],
    },
}
JOINS = {
    "tpch": [
        ("lineitem", "orders", "l_orderkey", "o_orderkey"),
        ("orders", "customer", "o_custkey", "c_custkey"),
        ("lineitem", "part", "l_partkey", "p_partkey"),
        ("lineitem", "supplier", "l_suppkey", "s_suppkey"),
        ("customer", "nation", "c_nationkey", "n_nationkey"),
        ("nation", "region", "n_regionkey", "r_regionkey"),
    ],
    "flights": [
        ("flights", "airlines", "carrier", "carrier"),
        ("flights", "airports", "origin", "faa"),
        ("flights", "planes", "tailnum", "tailnum"),
        ("flights", "weather", "origin", "origin"),
    ],
}
AGGS = ["SUM", "AVG", "MIN", "MAX", "COUNT"]


def _cols(rng: random.Random, schema: str, table: str, k: int) -> list[str]:
    cols = SCHEMAS[schema][table]
    out = rng.sample(cols, min(k, len(cols)))
    while len(out) < k:  # two-column tables: repeat rather than fail
        out.append(rng.choice(cols))
    return out


def _wide(rng: random.Random, schema: str) -> str:
    return rng.choice([t for t, cols in SCHEMAS[schema].items() if len(cols) >= 4])


def _join(rng: random.Random, schema: str) -> tuple[str, str, str, str]:
    return rng.choice(JOINS[schema])


def _case(rng: random.Random, col: str, n: int) -> str:
    return (
        f"CASE WHEN {col} IS NULL THEN 'unknown' WHEN {col} > {n % 17} THEN 'high' ELSE 'low' END"
    )


def t_select_join(rng: random.Random, schema: str, n: int) -> str:
    a, b, ka, kb = _join(rng, schema)
    ca, cb = _cols(rng, schema, a, 4), _cols(rng, schema, b, 2)
    sel = ", ".join(
        [f"x.{c}" for c in ca[:3]]
        + [f"y.{c}" for c in cb]
        + [
            f"COALESCE(x.{ca[3]}, y.{cb[0]}) AS {ca[3]}_or_{cb[0]}",
            f"{_case(rng, 'x.' + ca[0], n)} AS band",
        ]
    )
    return (
        f"SELECT {sel}\nFROM {schema}.{a} AS x\nJOIN {schema}.{b} AS y ON x.{ka} = y.{kb}\n"
        f"WHERE x.{ca[0]} IS NOT NULL AND y.{cb[1]} IS NOT NULL\nORDER BY 1 LIMIT {100 + n}"
    )


def t_group(rng: random.Random, schema: str, n: int) -> str:
    a, b, ka, kb = _join(rng, schema)
    g, m = _cols(rng, schema, b, 2), _cols(rng, schema, a, 3)
    aggs = ", ".join(f"{rng.choice(AGGS)}(x.{c}) AS {c}_{i}" for i, c in enumerate(m))
    return (
        f"SELECT y.{g[0]}, y.{g[1]}, {aggs}, COUNT(*) AS n, COUNT(DISTINCT x.{ka}) AS keys\n"
        f"FROM {schema}.{a} x JOIN {schema}.{b} y ON x.{ka} = y.{kb}\n"
        f"WHERE x.{m[0]} IS NOT NULL\nGROUP BY y.{g[0]}, y.{g[1]} HAVING COUNT(*) > {n % 50}\nORDER BY n DESC"
    )


def t_cte_chain(rng: random.Random, schema: str, n: int) -> str:
    a, b, ka, kb = _join(rng, schema)
    ca, cb = _cols(rng, schema, a, 4), _cols(rng, schema, b, 2)
    base = ", ".join(dict.fromkeys([ka, *ca]))
    return (
        f"WITH base AS (\n  SELECT {base}\n  FROM {schema}.{a}\n  WHERE {ca[0]} IS NOT NULL\n),\n"
        f"dim AS (\n  SELECT {', '.join(dict.fromkeys([kb, *cb]))} FROM {schema}.{b}\n),\n"
        f"joined AS (\n  SELECT base.{ca[1]}, dim.{cb[0]}, base.{ca[2]}, base.{ca[3]}, {_case(rng, 'base.' + ca[3], n)} AS band\n"
        f"  FROM base JOIN dim ON base.{ka} = dim.{kb}\n),\n"
        f"agg AS (\n  SELECT {cb[0]}, band, SUM({ca[2]}) AS total, AVG({ca[3]}) AS mean, COUNT(*) AS n\n"
        f"  FROM joined GROUP BY {cb[0]}, band\n),\n"
        f"ranked AS (\n  SELECT {cb[0]}, band, total, mean, n,\n"
        f"         ROW_NUMBER() OVER (PARTITION BY {cb[0]} ORDER BY total DESC) AS rn,\n"
        f"         total / NULLIF(SUM(total) OVER (PARTITION BY {cb[0]}), 0) AS share\n  FROM agg\n)\n"
        f"SELECT {cb[0]}, band, total, mean, share, rn FROM ranked WHERE rn <= {1 + n % 10}"
    )


def t_window(rng: random.Random, schema: str, n: int) -> str:
    t = _wide(rng, schema)
    c = _cols(rng, schema, t, 3)
    return (
        f"SELECT {c[0]}, {c[1]}, SUM({c[2]}) OVER (PARTITION BY {c[0]} ORDER BY {c[1]} "
        f"ROWS BETWEEN {1 + n % 7} PRECEDING AND CURRENT ROW) AS running, "
        f"LAG({c[2]}) OVER (ORDER BY {c[1]}) AS prev, RANK() OVER (ORDER BY {c[2]}) AS rnk FROM {schema}.{t}"
    )


def t_union(rng: random.Random, schema: str, n: int) -> str:
    t1, t2, t3 = rng.sample(list(SCHEMAS[schema]), 3)
    c1, c2, c3 = (_cols(rng, schema, t, 2) for t in (t1, t2, t3))
    return (
        f"SELECT u.src, u.k, COUNT(*) AS n, MAX(u.v) AS max_v\nFROM (\n"
        f"  SELECT '{t1}' AS src, {c1[0]} AS k, {c1[1]} AS v FROM {schema}.{t1}\n"
        f"  UNION ALL SELECT '{t2}', {c2[0]}, {c2[1]} FROM {schema}.{t2}\n"
        f"  UNION ALL SELECT '{t3}', {c3[0]}, {c3[1]} FROM {schema}.{t3}\n) AS u\n"
        f"WHERE u.k IS NOT NULL GROUP BY u.src, u.k"
    )


def t_nested(rng: random.Random, schema: str, n: int) -> str:
    a, b, ka, kb = _join(rng, schema)
    c = _cols(rng, schema, a, 2)
    return (
        f"SELECT q.{c[0]}, q.total FROM (SELECT {c[0]}, SUM({c[1]}) AS total FROM {schema}.{a} "
        f"WHERE {ka} IN (SELECT {kb} FROM {schema}.{b} WHERE {kb} IS NOT NULL) GROUP BY {c[0]}) AS q "
        f"WHERE q.total > (SELECT AVG({c[1]}) FROM {schema}.{a})"
    )


def t_insert(rng: random.Random, schema: str, n: int) -> str:
    a, b, ka, kb = _join(rng, schema)
    ca, cb = _cols(rng, schema, a, 2), _cols(rng, schema, b, 1)
    return (
        f"INSERT INTO mart.{a}_{b}_{n} (k, d, m, lo, hi)\nSELECT x.{ka}, y.{cb[0]}, SUM(x.{ca[0]}), "
        f"MIN(x.{ca[1]}), MAX(x.{ca[1]})\n"
        f"FROM {schema}.{a} x JOIN {schema}.{b} y ON x.{ka} = y.{kb}\n"
        f"WHERE x.{ca[0]} IS NOT NULL\nGROUP BY x.{ka}, y.{cb[0]}"
    )


def t_ctas(rng: random.Random, schema: str, n: int) -> str:
    t = _wide(rng, schema)
    c = _cols(rng, schema, t, 3)
    return (
        f"CREATE TABLE mart.{t}_summary_{n} AS SELECT {c[0]}, COUNT(*) AS n, AVG({c[1]}) AS avg_{c[1]}, "
        f"MAX({c[2]}) AS max_{c[2]} FROM {schema}.{t} GROUP BY {c[0]}"
    )


def t_merge(rng: random.Random, schema: str, n: int) -> str:
    t = _wide(rng, schema)
    c = _cols(rng, schema, t, 3)
    return (
        f"MERGE INTO mart.{t}_dim AS d USING (SELECT {', '.join(c)} FROM {schema}.{t}) AS s ON d.{c[0]} = s.{c[0]} "
        f"WHEN MATCHED THEN UPDATE SET {c[1]} = s.{c[1]}, {c[2]} = s.{c[2]} "
        f"WHEN NOT MATCHED THEN INSERT ({', '.join(c)}) VALUES (s.{c[0]}, s.{c[1]}, s.{c[2]})"
    )


def t_update(rng: random.Random, schema: str, n: int) -> str:
    a, b, ka, kb = _join(rng, schema)
    ca, cb = _cols(rng, schema, a, 1), _cols(rng, schema, b, 1)
    return f"UPDATE {schema}.{a} SET {ca[0]} = s.{cb[0]} FROM {schema}.{b} AS s WHERE {schema}.{a}.{ka} = s.{kb}"


TEMPLATES = [
    t_select_join,
    t_group,
    t_cte_chain,
    t_window,
    t_union,
    t_nested,
    t_insert,
    t_ctas,
    t_merge,
    t_update,
]
WEIGHTS = [14, 14, 16, 10, 8, 8, 10, 8, 6, 6]


def generate(n: int = 500, seed: int = 13) -> list[str]:
    """``n`` statements (PostgreSQL/ANSI syntax), the same for the same seed."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        template = rng.choices(TEMPLATES, WEIGHTS)[0]
        out.append(template(rng, rng.choice(list(SCHEMAS)), i))
    return out


def schema_for_lineage() -> dict[str, dict[str, dict[str, str]]]:
    """The corpus schema as ``{schema: {table: {column: type}}}``."""
    return {
        s: {t: dict.fromkeys(cols, "text") for t, cols in tables.items()}
        for s, tables in SCHEMAS.items()
    }
