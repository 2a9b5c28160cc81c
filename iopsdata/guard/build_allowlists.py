"""Build the committed function allowlists from the engines' own catalogs.

    python -m iopsdata.guard.build_allowlists [--pg URL] [--mysql-host H] [--check]

Reads every function of a PostgreSQL server's ``pg_proc`` and every function a MariaDB server
publishes (see :mod:`iopsdata.guard.classify_mysql`), classifies each with the rules in code, and
writes ``iopsdata/guard/data/{postgres,mysql}.json``. ``--check`` only compares. The guard reads
the files; it never connects to a database itself.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from iopsdata.guard import classify_mysql, classify_postgres
from iopsdata.guard.classify_postgres import ProcRow

DATA = Path(__file__).with_name("data")

_PG_PROCS = """
SELECT p.oid::int, n.nspname, p.proname, p.provolatile, p.prokind,
       coalesce(p.proargnames, '{}'), coalesce(p.proargmodes, '{}'),
       ARRAY(SELECT format_type(t, NULL) FROM unnest(p.proargtypes::oid[]) AS t),
       format_type(p.prorettype, NULL)
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
ORDER BY p.oid
"""


def postgres_rows(cur: Any) -> list[ProcRow]:
    """Every ``pg_proc`` row of the connected database (a DB-API cursor)."""
    cur.execute(_PG_PROCS)
    rows = []
    for oid, schema, name, vol, kind, names, modes, types, returns in cur.fetchall():
        # proargnames covers every argument, proargmodes (when set) says which are inputs
        inputs = [n for i, n in enumerate(names) if not modes or modes[i] in ("i", "b", "v")]
        rows.append(
            ProcRow(oid, schema, name, vol, kind, tuple(inputs), tuple(types), str(returns))
        )
    return rows


def mysql_functions(cur: Any) -> tuple[list[str], list[str]]:
    """``(built-in names, stored/loadable names)`` the connected MariaDB server publishes."""
    cur.execute("SELECT lower(FUNCTION) FROM information_schema.SQL_FUNCTIONS")
    built = {r[0] for r in cur.fetchall()}
    cur.execute(
        "SELECT t.name FROM mysql.help_topic t JOIN mysql.help_category c "
        "USING (help_category_id) JOIN mysql.help_category parent "
        "ON parent.help_category_id = c.parent_category_id "
        "WHERE c.name LIKE '%Function%' OR parent.name IN ('Functions', 'Geographic Features') "
        "OR c.name = 'Geographic Features'"
    )
    built |= {n for (topic,) in cur.fetchall() if (n := classify_mysql.help_name(topic))}
    built |= set(classify_mysql.SUPPLEMENT)
    cur.execute(
        "SELECT lower(concat(routine_schema, '.', routine_name)) FROM information_schema.ROUTINES "
        "WHERE routine_type = 'FUNCTION'"
    )
    other = {r[0] for r in cur.fetchall()}
    cur.execute("SELECT lower(name) FROM mysql.func")
    other |= {r[0] for r in cur.fetchall()}
    return sorted(built), sorted(other)


def postgres_document(cur: Any) -> dict[str, Any]:
    rows = postgres_rows(cur)
    cur.execute("SELECT current_setting('server_version')")
    version = cur.fetchone()[0]
    built_in = [r for r in rows if r.oid < classify_postgres.FIRST_USER_OID]
    return _document(
        f"PostgreSQL {version}",
        "pg_proc (built-in rows: OID below 16384)",
        classify_postgres.by_name(built_in),
        dict(classify_postgres.counts(built_in)),
    )


def mysql_document(cur: Any) -> dict[str, Any]:
    built, _other = mysql_functions(cur)
    cur.execute("SELECT VERSION()")
    version = cur.fetchone()[0]
    verdicts = classify_mysql.by_name(built, ())
    return _document(
        f"MariaDB {version}",
        "information_schema.SQL_FUNCTIONS + mysql.help_topic function topics + SUPPLEMENT",
        verdicts,
        dict(classify_mysql.counts(verdicts)),
    )


def _document(
    engine: str, source: str, verdicts: dict[str, tuple[bool, str]], count: dict[str, int]
) -> dict[str, Any]:
    return {
        "engine": engine,
        "source": source,
        "counts": count,
        "allowed": {n: r for n, (ok, r) in sorted(verdicts.items()) if ok},
        "refused": {n: r for n, (ok, r) in sorted(verdicts.items()) if not ok},
    }


def _pg_cursor(url: str) -> Any:
    import psycopg

    return psycopg.connect(url, autocommit=True).cursor()


def _mysql_cursor(host: str) -> Any:
    import pymysql

    return pymysql.connect(host=host, user="root").cursor()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", default="postgresql://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--mysql-host", default="127.0.0.1")
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    docs = {
        "postgres": postgres_document(_pg_cursor(args.pg)),
        "mysql": mysql_document(_mysql_cursor(args.mysql_host)),
    }
    stale = []
    for family, doc in docs.items():
        path = DATA / f"{family}.json"
        text = json.dumps(doc, indent=1, sort_keys=True) + "\n"
        if args.check:
            if not path.exists() or path.read_text() != text:
                stale.append(path.name)
        else:
            path.write_text(text)
        print(f"{doc['engine']}: {doc['counts']}")
    if stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
