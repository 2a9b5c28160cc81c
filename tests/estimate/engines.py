"""One ``big`` table (``BIG_ROWS`` rows, primary key ``id``) on each real engine, saved as a
connection with an "ask above" threshold, for the cost-gate tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import duckdb

from iopsdata.connections import ConnectionService

BIG_ROWS = 5_000
KINDS = ("postgresql", "mysql", "duckdb", "sqlite")
EXPLAIN_WORDS = {
    "postgresql": "EXPLAIN (FORMAT JSON)",
    "mysql": "EXPLAIN FORMAT=JSON",
    "duckdb": "EXPLAIN (FORMAT JSON)",
    "sqlite": "EXPLAIN QUERY PLAN",
}


def _postgres(url: str) -> dict[str, Any]:
    import psycopg

    plain = url.replace("postgresql+psycopg://", "postgresql://", 1)
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute("CREATE TABLE big (id int PRIMARY KEY, region text, amount int)")
        conn.execute(
            "INSERT INTO big SELECT g, 'r' || (g %% 7), g %% 100 FROM generate_series(1, %s) g",
            (BIG_ROWS,),
        )
        conn.execute("ANALYZE big")
    return {"url": plain}


def _mysql(url: str) -> dict[str, Any]:
    import pymysql

    plain = url.replace("mysql+pymysql://", "mysql://", 1)
    database = plain.rsplit("/", 1)[-1]
    conn = pymysql.connect(host="127.0.0.1", user="root", database=database, autocommit=True)
    with conn.cursor() as cur:
        cur.execute("CREATE TABLE big (id int PRIMARY KEY, region varchar(8), amount int)")
        cur.execute(  # no parameters: pymysql leaves the % signs alone
            f"INSERT INTO big SELECT seq, concat('r', seq % 7), seq % 100 FROM seq_1_to_{BIG_ROWS}"
        )
        cur.execute("ANALYZE TABLE big")
        cur.fetchall()
    conn.close()
    return {"url": plain}


def _duckdb(path: Path) -> dict[str, Any]:
    con = duckdb.connect(str(path))
    con.execute(
        f"CREATE TABLE big AS SELECT range::INT AS id, 'r' || (range % 7) AS region, "
        f"(range % 100)::INT AS amount FROM range(1, {BIG_ROWS + 1})"
    )
    con.execute("ALTER TABLE big ADD PRIMARY KEY (id)")
    con.close()
    return {"path": str(path)}


def _sqlite(path: Path) -> dict[str, Any]:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE big (id INTEGER PRIMARY KEY, region TEXT, amount INT)")
    con.executemany(
        "INSERT INTO big VALUES (?, ?, ?)",
        [(i, f"r{i % 7}", i % 100) for i in range(1, BIG_ROWS + 1)],
    )
    con.commit()
    con.close()
    return {"path": str(path)}


def add_big(
    service: ConnectionService,
    kind: str,
    request: Any,
    tmp_path: Path,
    *,
    ask_above: int | None = None,
    name: str = "big",
) -> str:
    """Create the ``big`` table on ``kind`` and save it as a connection; returns its id."""
    if kind == "postgresql":
        options = _postgres(request.getfixturevalue("pg_url"))
    elif kind == "mysql":
        options = _mysql(request.getfixturevalue("mysql_url"))
    elif kind == "duckdb":
        options = _duckdb(tmp_path / f"{name}.duckdb")
    else:
        options = _sqlite(tmp_path / f"{name}.sqlite")
    extra = {} if ask_above is None else {"ask_above_rows": ask_above}
    if "url" in options:
        from iopsdata.engines import parse_url

        url_kind, parsed = parse_url(options["url"])
        return service.add(name, url_kind, {**parsed, **extra})
    return service.add(name, kind, {**options, **extra})
