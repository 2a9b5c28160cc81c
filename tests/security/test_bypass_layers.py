"""Each read-only layer alone, and both together, against the bypass corpus on real engines.

- guard alone: ``check_sql`` decides; what it allows runs on a plain, writable superuser connection
  (PostgreSQL simple protocol, MariaDB with multi-statements, SQLite ``executescript``, DuckDB with
  default settings), so the guard is the only protection;
- session alone: no guard; the engine's session layer as a least-privilege role (SELECT grants only)
  on the servers — a superuser defeats a read-only session (FACTS.md), see docs/security.md;
- both: the normal path (``SqlService.run``) as a superuser/root; everything must be refused.

Nothing may change in any case: tables, row counts, row checksums, sequences, roles, server-wide
settings, the database file's bytes, another session's life, and files on disk.
Run ``python -m pytest tests/security/test_bypass_layers.py -q -s`` to see the refused/total table;
``tests/reliability/test_escape_corpus.py`` runs the same machinery and publishes the figures.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import time
import uuid
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from iopsdata.connections import ConnectionService
from iopsdata.engines import POOL, RunHandle, open_engine
from iopsdata.errors import IopsError, QueryFailed, QueryRefused
from iopsdata.sqlservice import SqlService
from tests.engines.samples import KINDS, SampleDb, _close_engines, sample_factory  # noqa: F401
from tests.security.bypass_corpus import CORPUS, DIALECT, HARMLESS, Attempt
from tests.support.context import make_context

# a module-level frame a DuckDB replacement scan could leak (the sandbox must not see it)
os_environ_frame = pd.DataFrame({"secret": ["do-not-leak"]})

LAYERS = ("guard", "session", "both")
SESSION_TIMEOUT_S = 3.0  # bounds the deliberate delays (pg_sleep, SLEEP, BENCHMARK) in the session


@contextlib.contextmanager
def server_writable_dir() -> Any:
    """A fresh folder every database server could write into, removed afterwards."""
    path = Path("/tmp") / f"iops_bypass_{uuid.uuid4().hex[:10]}"
    path.mkdir()
    path.chmod(0o777)  # the PostgreSQL and MariaDB servers run as other OS users
    try:
        yield path
    finally:
        for p in sorted(path.rglob("*"), reverse=True):
            p.unlink() if p.is_file() else p.rmdir()
        path.rmdir()


@pytest.fixture
def outdir() -> Any:
    with server_writable_dir() as path:
        yield path


def prepare(sample: SampleDb) -> None:
    """Add what the issue-8 attempts aim at: a sequence (``nextval`` writes from a SELECT)."""
    if sample.kind in ("postgresql", "mysql", "duckdb"):
        if sample.kind == "duckdb":
            import duckdb

            with duckdb.connect(sample.options["path"]) as c:
                c.execute("CREATE SEQUENCE iops_seq")
        else:
            sample.admin("CREATE SEQUENCE iops_seq")
    if sample.kind == "postgresql":  # what the index-maintenance attempts aim at
        sample.admin("CREATE INDEX iops_brin ON orders USING brin (id)")
        sample.admin(
            "CREATE INDEX iops_gin ON orders USING gin (to_tsvector('simple', note)) "
            "WITH (fastupdate = on)"
        )


@contextlib.contextmanager
def victim(sample: SampleDb) -> Any:
    """Another superuser session on the sample database, which attempts try to stop.

    Yields its server-side id (PostgreSQL pid, MariaDB thread id), or None for the embedded engines.
    """
    o = sample.options
    if sample.kind == "postgresql":
        import psycopg

        conn = psycopg.connect(
            host=o["host"], port=o["port"], dbname=o["database"], user=o["user"], autocommit=True
        )
        ident = conn.info.backend_pid
    elif sample.kind == "mysql":
        import pymysql

        conn = pymysql.connect(host=o["host"], user=o["user"], database=o["database"])
        ident = conn.thread_id()
    else:
        yield None
        return
    try:
        yield ident
    finally:
        with contextlib.suppress(Exception):
            conn.close()


def _file_digest(path: str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _state(sample: SampleDb, outdir: Path, victim_id: int | None = None) -> list[Any]:
    extra: list[Any] = []
    if sample.kind == "postgresql":
        extra = sample.admin("SELECT rolname FROM pg_roles WHERE rolname LIKE 'pwned%'")
        extra += sample.admin("SELECT count(*) FROM pg_largeobject_metadata")
        extra += sample.admin("SELECT attname FROM pg_attribute WHERE attname = 'pwned'")
        extra += sample.admin("SELECT last_value, is_called FROM iops_seq")
        extra += sample.admin("SELECT proname FROM pg_proc WHERE proname LIKE 'pwned%'")
        extra += sample.admin(
            "SELECT name, setting FROM pg_settings WHERE name IN "
            "('log_statement', 'default_transaction_read_only', 'search_path') ORDER BY 1"
        )
        if victim_id is not None:
            extra += sample.admin(f"SELECT count(*) FROM pg_stat_activity WHERE pid = {victim_id}")
    elif sample.kind == "mysql":
        extra = sample.admin("SELECT user FROM mysql.user WHERE user LIKE 'pwned%'")
        extra += sample.admin(
            "SELECT @@global.local_infile, @@global.read_only, @@global.max_statement_time, "
            "@@global.general_log"
        )
        extra += sample.admin("SELECT name FROM mysql.func WHERE name LIKE 'sys_%'")
        if victim_id is not None:
            extra += sample.admin(
                f"SELECT count(*) FROM information_schema.PROCESSLIST WHERE ID = {victim_id}"
            )
    POOL.close_all()  # DuckDB: the admin reader needs the file to itself
    if sample.kind == "duckdb":
        extra = sample.admin("SELECT sequence_name, last_value FROM duckdb_sequences()")
        secrets = Path.home() / ".duckdb" / "stored_secrets"
        extra.append(sorted(p.name for p in secrets.glob("*")) if secrets.is_dir() else [])
    if sample.kind == "sqlite":
        path = Path(sample.options["path"])
        extra = [_file_digest(str(path)), sorted(p.name for p in path.parent.glob(path.name + "*"))]
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


def _attempts(
    attempts: tuple[Attempt, ...], outdir: Path, victim_id: int | None
) -> list[tuple[str, str]]:
    return [
        (a.name, a.sql.replace("{dir}", str(outdir)).replace("{victim}", str(victim_id or 0)))
        for a in attempts
    ]


def run_layer(
    kind: str,
    layer: str,
    sample: SampleDb,
    outdir: Path,
    tmp_path: Path,
    attempts_in: tuple[Attempt, ...] | None = None,
) -> dict[str, Any]:
    """Run the attempts of ``kind`` (default: its whole corpus) through ``layer``.

    Returns the refused and allowed names, the database's reason for each refusal, and whether the
    state (see ``_state``) is the same before and after, another session included.
    """
    with victim(sample) as victim_id:
        out = _run_layer(
            kind, layer, sample, outdir, tmp_path, attempts_in or CORPUS[kind], victim_id
        )
    return out


def _run_layer(
    kind: str,
    layer: str,
    sample: SampleDb,
    outdir: Path,
    tmp_path: Path,
    attempts_in: tuple[Attempt, ...],
    victim_id: int | None,
) -> dict[str, Any]:
    before = _state(sample, outdir, victim_id)
    refused, allowed = [], []
    reasons: dict[str, str] = {}
    elapsed: dict[str, float] = {}
    attempts = _attempts(attempts_in, outdir, victim_id)
    if layer == "guard":
        from iopsdata.guard import check_sql

        conn, run = _raw(sample)
        try:
            for name, sql in attempts:
                started = time.perf_counter()
                try:
                    check_sql(sql, DIALECT[kind])
                except (QueryRefused, QueryFailed) as exc:  # refused, or not readable SQL
                    refused.append(name)
                    reasons[name] = exc.message
                    elapsed[name] = time.perf_counter() - started
                    continue
                allowed.append(name)
                # the database may refuse it on its own; it still counts as allowed by the guard
                with contextlib.suppress(Exception):
                    run(sql)
                elapsed[name] = time.perf_counter() - started
        finally:
            conn.close()
    elif layer == "session":
        options, drop = _least_privilege(sample)
        engine = open_engine(kind, options, read_only=True)
        try:
            for name, sql in attempts:
                started = time.perf_counter()
                try:
                    engine.execute(
                        sql,
                        run=RunHandle(),
                        read_only=True,
                        timeout_s=SESSION_TIMEOUT_S,
                        max_rows=100,
                        max_bytes=1 << 20,
                    )
                    allowed.append(name)
                except IopsError as exc:
                    refused.append(name)
                    reasons[name] = exc.message
                elapsed[name] = time.perf_counter() - started
        finally:
            engine.close()
            drop()
    else:
        ctx = make_context(tmp_path / "both")
        cid = ConnectionService(ctx).add("target", kind, sample.options)
        for name, sql in attempts:
            started = time.perf_counter()
            try:
                SqlService(ctx).run(sql, cid)
                allowed.append(name)
            except IopsError as exc:
                refused.append(name)
                reasons[name] = exc.message
            elapsed[name] = time.perf_counter() - started
        statuses = [r["status"] for r in SqlService(ctx).history(limit=10_000)]
        # every statement is audited: one row per attempt, each with a refused/error/ok status
        assert len(statuses) == len(attempts), (len(statuses), len(attempts))
        if attempts_in is CORPUS[kind]:
            assert set(statuses) <= {"refused", "error"}, statuses
    after = _state(sample, outdir, victim_id)
    return {
        "refused": refused,
        "allowed": allowed,
        "reasons": reasons,
        "elapsed": elapsed,
        "total": len(attempts),
        "unchanged": before == after,
        "before": before,
        "after": after,
    }


@pytest.mark.parametrize("layer", LAYERS)
@pytest.mark.parametrize("kind", KINDS)
def test_layer_holds(kind, layer, sample_factory, outdir, tmp_path):  # noqa: F811 - fixture
    sample = sample_factory(kind)
    prepare(sample)
    out = run_layer(kind, layer, sample, outdir, tmp_path)
    print(
        f"\nLAYER-RESULT {kind:<10} {layer:<8} refused {len(out['refused'])}/{out['total']}"
        f"  not refused: {', '.join(out['allowed']) or '-'}"
    )
    assert out["after"] == out["before"], f"{kind}/{layer} changed state; allowed: {out['allowed']}"
    if layer == "both":
        assert out["allowed"] == [], f"both layers must refuse everything; ran: {out['allowed']}"


def test_corpus_size():
    assert sum(len(v) for v in CORPUS.values()) >= 200
    assert all(len(v) >= 35 for v in CORPUS.values())
    for attempts in (*CORPUS.values(), *HARMLESS.values()):
        names = [a.name for a in attempts]
        assert len(names) == len(set(names)), "attempt names must be unique per engine"


def test_every_source_is_an_advisory():
    from tests.security.bypass_corpus import ADVISORIES

    used = {a.source for attempts in CORPUS.values() for a in attempts if a.source}
    assert used <= set(ADVISORIES), used - set(ADVISORIES)
    assert set(ADVISORIES) <= used, set(ADVISORIES) - used


def test_outdir_is_writable_by_servers(outdir):
    assert oct(os.stat(outdir).st_mode & 0o777) == "0o777"


@pytest.mark.parametrize(
    ("dialect", "sql"),
    [
        ("mysql", "SELECT NEXTVAL(iops_seq)"),
        ("mysql", "SELECT SETVAL(iops_seq, 1000)"),
        ("duckdb", "SELECT nextval('iops_seq')"),
        ("tsql", "SELECT NEXT VALUE FOR iops_seq"),
        ("oracle", "SELECT iops_seq.NEXTVAL FROM dual"),
        ("snowflake", "SELECT iops_seq.nextval"),
    ],
)
def test_guard_refuses_sequence_writes(dialect, sql):
    """Issue 8: sequence writes inside a SELECT passed the guard alone on MariaDB and others."""
    from iopsdata.guard import check_sql

    with pytest.raises(QueryRefused, match="changes data"):
        check_sql(sql, dialect)


@pytest.mark.parametrize(
    ("dialect", "sql"),
    [("mysql", "SELECT LASTVAL(iops_seq)"), ("duckdb", "SELECT currval('iops_seq')")],
)
def test_guard_still_accepts_sequence_reads(dialect, sql):
    from iopsdata.guard import check_sql

    assert check_sql(sql, dialect).is_write is False
