"""Each read-only layer alone, and both together, against the bypass corpus on real engines.

- guard alone: ``check_sql`` decides; what it allows runs on a plain, writable superuser connection
  (PostgreSQL simple protocol, MariaDB with multi-statements, SQLite ``executescript``, DuckDB with
  default settings), so the guard is the only protection;
- session alone: no guard; the engine's session layer as a least-privilege role (SELECT grants only)
  on the servers — a superuser defeats a read-only session (FACTS.md), see docs/security.md;
- both: the normal path (``SqlService.run``) as a superuser/root; everything must be refused.

Nothing may change in any case: tables, row counts, row checksums, roles, and files on disk.
Run ``python -m pytest tests/security/test_bypass_layers.py -q -s`` to see the refused/total table.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from iopsdata.connections import ConnectionService
from iopsdata.engines import POOL, RunHandle, open_engine
from iopsdata.errors import IopsError, QueryRefused
from iopsdata.sqlservice import SqlService
from tests.engines.samples import KINDS, SampleDb, _close_engines, sample_factory  # noqa: F401
from tests.security.bypass_corpus import CORPUS, DIALECT
from tests.support.context import make_context

# a module-level frame a DuckDB replacement scan could leak (the sandbox must not see it)
os_environ_frame = pd.DataFrame({"secret": ["do-not-leak"]})

LAYERS = ("guard", "session", "both")


@pytest.fixture
def outdir() -> Any:
    path = Path("/tmp") / f"iops_bypass_{uuid.uuid4().hex[:10]}"
    path.mkdir()
    path.chmod(0o777)  # the PostgreSQL and MariaDB servers run as other OS users
    yield path
    for p in sorted(path.rglob("*"), reverse=True):
        p.unlink() if p.is_file() else p.rmdir()
    path.rmdir()


def _state(sample: SampleDb, outdir: Path) -> list[Any]:
    extra: list[Any] = []
    if sample.kind == "postgresql":
        extra = sample.admin("SELECT rolname FROM pg_roles WHERE rolname LIKE 'pwned%'")
        extra += sample.admin("SELECT count(*) FROM pg_largeobject_metadata")
        extra += sample.admin("SELECT attname FROM pg_attribute WHERE attname = 'pwned'")
    elif sample.kind == "mysql":
        extra = sample.admin("SELECT user FROM mysql.user WHERE user LIKE 'pwned%'")
    POOL.close_all()  # DuckDB: the admin reader needs the file to itself
    return [sample.snapshot(), extra, sorted(str(p) for p in outdir.rglob("*"))]


def _raw(sample: SampleDb) -> Any:
    """A plain connection with no protection at all, and how to run anything on it."""
    o = sample.options
    if sample.kind == "postgresql":
        import psycopg

        conn = psycopg.connect(
            host=o["host"], port=o["port"], dbname=o["database"], user=o["user"], autocommit=True
        )

        def run(sql: str) -> None:
            res = conn.pgconn.exec_(sql.encode())  # simple protocol: several statements allowed
            if res.status not in (1, 2):  # COMMAND_OK, TUPLES_OK
                raise RuntimeError(res.error_message.decode())

        return conn, run
    if sample.kind == "mysql":
        import pymysql
        from pymysql.constants import CLIENT

        conn = pymysql.connect(
            host=o["host"],
            user=o["user"],
            database=o["database"],
            autocommit=True,
            client_flag=CLIENT.MULTI_STATEMENTS,
            local_infile=True,
        )

        def run(sql: str) -> None:
            with conn.cursor() as cur:
                cur.execute(sql)
                while cur.nextset():
                    pass

        return conn, run
    if sample.kind == "sqlite":
        conn = sqlite3.connect(o["path"], isolation_level=None)
        return conn, conn.executescript
    import duckdb

    conn = duckdb.connect(o["path"])
    return conn, lambda sql: conn.execute(sql).fetchall()


def _least_privilege(sample: SampleDb) -> tuple[dict[str, Any], Any]:
    """Options for a role with SELECT grants only, and a cleanup function."""
    if sample.kind not in ("postgresql", "mysql"):
        return sample.options, lambda: None
    role = f"ro_{uuid.uuid4().hex[:10]}"
    db = sample.options["database"]
    if sample.kind == "postgresql":
        sample.admin(f"CREATE ROLE {role} LOGIN")
        sample.admin(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}")

        def drop() -> None:
            sample.admin(f"DROP OWNED BY {role}")
            sample.admin(f"DROP ROLE {role}")
    else:
        sample.admin(f"CREATE USER '{role}'@'%'")
        sample.admin(f"GRANT SELECT ON `{db}`.* TO '{role}'@'%'")

        def drop() -> None:
            sample.admin(f"DROP USER '{role}'@'%'")

    return {**sample.options, "user": role}, drop


def _attempts(kind: str, outdir: Path) -> list[tuple[str, str]]:
    return [(a.name, a.sql.replace("{dir}", str(outdir))) for a in CORPUS[kind]]


def run_layer(
    kind: str, layer: str, sample: SampleDb, outdir: Path, tmp_path: Path
) -> dict[str, Any]:
    """Run every attempt of ``kind`` through ``layer``; return refused names and the state check."""
    before = _state(sample, outdir)
    refused, allowed = [], []
    attempts = _attempts(kind, outdir)
    if layer == "guard":
        from iopsdata.guard import check_sql

        conn, run = _raw(sample)
        try:
            for name, sql in attempts:
                try:
                    check_sql(sql, DIALECT[kind])
                except QueryRefused:
                    refused.append(name)
                    continue
                allowed.append(name)
                # the database may refuse it on its own; it still counts as allowed by the guard
                with contextlib.suppress(Exception):
                    run(sql)
        finally:
            conn.close()
    elif layer == "session":
        options, drop = _least_privilege(sample)
        engine = open_engine(kind, options, read_only=True)
        try:
            for name, sql in attempts:
                try:
                    engine.execute(
                        sql,
                        run=RunHandle(),
                        read_only=True,
                        timeout_s=10,
                        max_rows=100,
                        max_bytes=1 << 20,
                    )
                    allowed.append(name)
                except IopsError:
                    refused.append(name)
        finally:
            engine.close()
            drop()
    else:
        ctx = make_context(tmp_path / "both")
        cid = ConnectionService(ctx).add("target", kind, sample.options)
        for name, sql in attempts:
            try:
                SqlService(ctx).run(sql, cid)
                allowed.append(name)
            except IopsError:
                refused.append(name)
        statuses = {r["status"] for r in SqlService(ctx).history(limit=1000)}
        assert statuses <= {"refused", "error"}
    after = _state(sample, outdir)
    return {
        "refused": refused,
        "allowed": allowed,
        "total": len(attempts),
        "unchanged": before == after,
        "before": before,
        "after": after,
    }


@pytest.mark.parametrize("layer", LAYERS)
@pytest.mark.parametrize("kind", KINDS)
def test_layer_holds(kind, layer, sample_factory, outdir, tmp_path):  # noqa: F811 - fixture
    sample = sample_factory(kind)
    out = run_layer(kind, layer, sample, outdir, tmp_path)
    print(
        f"\nLAYER-RESULT {kind:<10} {layer:<8} refused {len(out['refused'])}/{out['total']}"
        f"  not refused: {', '.join(out['allowed']) or '-'}"
    )
    assert out["after"] == out["before"], f"{kind}/{layer} changed state; allowed: {out['allowed']}"
    if layer == "both":
        assert out["allowed"] == [], f"both layers must refuse everything; ran: {out['allowed']}"


def test_corpus_size():
    assert sum(len(v) for v in CORPUS.values()) >= 50
    assert all(len(v) >= 12 for v in CORPUS.values())


def test_outdir_is_writable_by_servers(outdir):
    assert oct(os.stat(outdir).st_mode & 0o777) == "0o777"
