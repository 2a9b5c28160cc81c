"""Check labelled questions against real SQL: each gold query runs and reads exactly its labels.

Two layouts of gold SQL are checked, one folder at a time:

- ``gold_sql.tsv`` (``keyless/dev``): ``schema, tables needed, class, question, SQL`` per line;
- ``gold.sql`` (``keyless/heldout2``, ``heldout3``, ``heldout4``): one block per question of
  ``questions.tsv``, a ``-- Qnn schema | tables needed | question`` line then one SQL statement.
  The blocks must also match ``questions.tsv`` line for line, so the file the bench reads and the
  file that was checked cannot drift apart.

The folder's schema files are built into a scratch PostgreSQL database, every query is run there,
and the tables it reads (sqlglot ``Table`` nodes that are not CTE names) must equal the labelled
"tables needed": a label that names a table the SQL does not read, or misses one it does, is a
wrong label. A query that returns no rows is reported (``EMPTY``) but not counted as wrong.

Usage: ``python bench/catalogs/check_gold.py [folder ...]`` — folders such as
``bench/catalogs/keyless/heldout3`` (a ``gold_sql.tsv`` path is accepted too); with no argument,
every folder under ``bench/catalogs/keyless`` that has gold SQL. Exit status 1 when any is wrong.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import NamedTuple

import psycopg
import sqlglot
from sqlglot import exp

SERVER = "postgresql://postgres@127.0.0.1:5432"
SCRATCH = "iops_gold_check"
KEYLESS = Path(__file__).resolve().parent / "keyless"
BLOCK_HEAD = re.compile(r"^-- Q(\d+) (.+)$")


class Gold(NamedTuple):
    schema: str
    tables: frozenset[str]
    question: str
    sql: str


def split_tables(needed: str) -> frozenset[str]:
    return frozenset(t.strip() for t in needed.split(","))


def read_tsv(path: Path) -> list[Gold]:
    """``gold_sql.tsv``: schema, tables needed, class, question, SQL."""
    out = []
    for line in path.read_text().splitlines():
        if line.strip():
            schema, needed, _cls, question, sql = line.split("\t")
            out.append(Gold(schema, split_tables(needed), question, sql))
    return out


def read_blocks(path: Path) -> list[Gold]:
    """``gold.sql``: ``-- Qnn schema | tables | question`` followed by the statement's lines."""
    out: list[Gold] = []
    head: list[str] | None = None
    body: list[str] = []

    def flush() -> None:
        if head is not None:
            schema, needed, question = head
            out.append(Gold(schema, split_tables(needed), question, "\n".join(body).strip()))

    for line in path.read_text().splitlines():
        m = BLOCK_HEAD.match(line)
        if m:
            flush()
            if int(m.group(1)) != len(out) + 1:
                raise ValueError(f"{path}: block Q{m.group(1)} out of order")
            head, body = m.group(2).split(" | ", 2), []
        elif head is not None and line.strip() and not line.startswith("--"):
            body.append(line)
    flush()
    return out


def question_file_mismatches(folder: Path, golds: list[Gold]) -> list[str]:
    """Differences between the ``gold.sql`` block headers and ``questions.tsv``."""
    rows = [
        line.split("\t")
        for line in (folder / "questions.tsv").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    listed = [(s, split_tables(t), q) for s, t, q in rows]
    blocks = [(g.schema, g.tables, g.question) for g in golds]
    problems = [
        f"Q{i}: questions.tsv {a!r} vs gold.sql {b!r}"
        for i, (a, b) in enumerate(zip(listed, blocks, strict=False), 1)
        if a != b
    ]
    if len(listed) != len(blocks):
        problems.append(
            f"{len(listed)} questions in questions.tsv, {len(blocks)} blocks in gold.sql"
        )
    return problems


def tables_read(sql: str, schema: str) -> set[str]:
    """Tables a statement reads: bare names in ``schema``, ``db.name`` for anything else."""
    tree = sqlglot.parse_one(sql, read="postgres")
    ctes = {c.alias_or_name for c in tree.find_all(exp.CTE)}
    read = set()
    for t in tree.find_all(exp.Table):
        if t.db == schema:
            read.add(t.name)
        elif not (t.db == "" and t.name in ctes):
            read.add(f"{t.db or '(unqualified)'}.{t.name}")
    return read


def load(folder: Path) -> tuple[list[Gold], list[Path], list[str]]:
    """The gold queries of a folder, the schema files to build, and header mismatches."""
    if (folder / "gold.sql").exists():
        golds = read_blocks(folder / "gold.sql")
        schema_files = sorted(p for p in folder.glob("*.sql") if p.name != "gold.sql")
        return golds, schema_files, question_file_mismatches(folder, golds)
    golds = read_tsv(folder / "gold_sql.tsv")
    return golds, [folder / f"{s}.sql" for s in sorted({g.schema for g in golds})], []


def check(folder: Path) -> tuple[int, int]:
    """Run one folder's gold SQL on a fresh scratch database; return (questions, wrong)."""
    golds, schema_files, bad_lines = load(folder)
    for line in bad_lines:
        print(f"QFILE  {line}")
    bad = len(bad_lines)
    scratch = f"{SCRATCH}_{folder.name}"  # one per folder: checks of two folders may run at once
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{scratch}"')
    try:
        with psycopg.connect(f"{SERVER}/{scratch}", autocommit=True) as conn:
            for path in schema_files:
                conn.execute(path.read_text())  # no parameters: simple protocol, several statements
            for g in golds:
                try:
                    n = len(conn.execute(g.sql).fetchall())
                except psycopg.Error as exc:
                    print(f"ERROR  {g.question}: {exc}")
                    bad += 1
                    continue
                read = tables_read(g.sql, g.schema)
                if read != g.tables:
                    print(f"LABEL  {g.question}: reads {sorted(read)}, labelled {sorted(g.tables)}")
                    bad += 1
                elif n == 0:
                    print(f"EMPTY  {g.question}")
    finally:
        with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)')
    return len(golds), bad


def main(args: list[str]) -> int:
    if args:
        folders = [Path(a).parent if Path(a).is_file() else Path(a) for a in args]
    else:
        folders = sorted(
            p
            for p in KEYLESS.iterdir()
            if (p / "gold.sql").exists() or (p / "gold_sql.tsv").exists()
        )
    total_bad = 0
    for folder in folders:
        n, bad = check(folder)
        print(f"{folder.name}: {n} questions, {bad} wrong")
        total_bad += bad
    return 1 if total_bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
