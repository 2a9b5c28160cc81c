"""Check labelled questions against real SQL: each gold query runs and reads exactly its labels.

``gold_sql.tsv`` beside a question file holds ``schema, tables needed, class, question, SQL`` per
line. The schemas of that folder are built into a scratch PostgreSQL database, every query is run
there, and the tables it reads (sqlglot) must equal the labelled "tables needed": a label that
names a table the SQL does not read, or misses one it does, is a wrong label.

Usage: ``python bench/catalogs/check_gold.py bench/catalogs/keyless/dev/gold_sql.tsv``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import psycopg
import sqlglot
from sqlglot import exp

SERVER = "postgresql://postgres@127.0.0.1:5432"
SCRATCH = "iops_gold_check"


def main(path: Path) -> int:
    rows = [line.split("\t") for line in path.read_text().splitlines() if line.strip()]
    schemas = {r[0] for r in rows}
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{SCRATCH}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{SCRATCH}"')
    bad = 0
    try:
        with psycopg.connect(f"{SERVER}/{SCRATCH}", autocommit=True) as conn:
            for schema in sorted(schemas):
                conn.execute((path.parent / f"{schema}.sql").read_text())
            for schema, needed, _cls, question, sql in rows:
                read = {
                    t.name
                    for t in sqlglot.parse_one(sql, read="postgres").find_all(exp.Table)
                    if t.db == schema
                }
                label = {t.strip() for t in needed.split(",")}
                try:
                    n = len(conn.execute(sql).fetchall())
                except psycopg.Error as exc:
                    print(f"ERROR  {question}: {exc}")
                    bad += 1
                    continue
                if read != label:
                    print(f"LABEL  {question}: reads {sorted(read)}, labelled {sorted(label)}")
                    bad += 1
                elif n == 0:
                    print(f"EMPTY  {question}")
    finally:
        with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{SCRATCH}" WITH (FORCE)')
    print(f"{len(rows)} questions, {bad} wrong")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
