"""Build the schema-selection benchmark catalog: ten public sample schemas in one PostgreSQL database.

Each ``*.sql`` file here is hand-written DDL after a well-known public sample schema (nycflights13,
Chinook, Northwind, Pagila/Sakila, TPC-H, AdventureWorksLT, Oracle HR, Olist, Synthea, and a
Stripe-like SaaS billing schema), one PostgreSQL schema each, with keys and some comments.

Usage: ``python bench/catalogs/build.py [postgresql://postgres@127.0.0.1:5432]`` — (re)creates the
database ``iops_bench_catalog`` and prints its table count.
"""

from __future__ import annotations

import sys
from pathlib import Path

import psycopg

HERE = Path(__file__).resolve().parent
DB_NAME = "iops_bench_catalog"
DEFAULT_SERVER = "postgresql://postgres@127.0.0.1:5432"


def build(server: str = DEFAULT_SERVER, db_name: str = DB_NAME) -> str:
    """Create (or re-create) the benchmark database; return its psycopg URL."""
    with psycopg.connect(f"{server}/postgres", autocommit=True, connect_timeout=5) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{db_name}"')
    url = f"{server}/{db_name}"
    with psycopg.connect(url, autocommit=True) as conn:
        for path in sorted(HERE.glob("*.sql")):
            conn.execute(path.read_text())  # no parameters: simple protocol, several statements
    return url


KEYLESS_DB = "iops_bench_keyless"


def build_keyless(server: str = DEFAULT_SERVER, *, heldout: bool = True) -> str:
    """The combined catalog: the ten schemas above plus ``keyless/dev`` (and the held-out folders).

    The keyless schemas declare no keys; the bench also drops the ten schemas' keys when it reads
    the catalog, so every join has to be inferred. ``heldout=False`` (``--dev``) leaves the held-out
    schemas out entirely, so tuning never sees them.
    """
    with psycopg.connect(f"{server}/postgres", autocommit=True, connect_timeout=5) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{KEYLESS_DB}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{KEYLESS_DB}"')
    url = f"{server}/{KEYLESS_DB}"
    folders = (
        [
            "dev",
            "heldout",
            "heldout2",
            "heldout3",
            "heldout4",
            "heldout5",
            "heldout6",
            "heldout7",
            "heldout8",
            "heldout9",
            "heldout10",
            "heldout11",
            "heldout12",
            "heldout13",
            "heldout14",
            "heldout15",
            "heldout16",
            "heldout17",
            "heldout18",
            "heldout19",
            "heldout20",
            "heldout21",
            "heldout22",
            "heldout23",
            "heldout24",
            "heldout25",
            "heldout26",
            "heldout27",
            "heldout28",
        ]
        if heldout
        else ["dev"]
    )
    paths = sorted(HERE.glob("*.sql"))
    for folder in folders:
        # gold.sql: each held-out question's checked SQL (for audit), not a schema
        paths += sorted(
            p for p in (HERE / "keyless" / folder).glob("*.sql") if p.name != "gold.sql"
        )
    with psycopg.connect(url, autocommit=True) as conn:
        for path in paths:
            conn.execute(path.read_text())
    return url


def load_questions(path: Path = HERE / "questions.tsv") -> list[tuple[str, tuple[str, ...], str]]:
    """``[(schema, (schema.table, ...), question)]`` from the labelled question file."""
    out = []
    for line in path.read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        schema, tables, question = line.split("\t")
        out.append((schema, tuple(f"{schema}.{t.strip()}" for t in tables.split(",")), question))
    return out


if __name__ == "__main__":
    url = build(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SERVER)
    with psycopg.connect(url) as conn:
        n = conn.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')"
        ).fetchone()[0]
    print(f"{url}: {n} tables")
