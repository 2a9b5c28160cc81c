"""Write/escape corpus: every bypass attempt, per engine and per read-only layer, state checked.

Runs ``tests/security/bypass_corpus.py`` (the SQL issue's attempts plus those drawn from public
advisories for SQL tools) through the machinery of ``tests/security/test_bypass_layers.py`` on real
PostgreSQL, MariaDB, SQLite and DuckDB: the guard alone, the session alone (least-privilege role),
and both (the normal path, superuser/root). Both layers must refuse everything; in every cell the
state must be unchanged (tables, rows, sequences, roles, server settings, the file's bytes, another
session's life, files on disk). Every attempt that gets past one layer alone must be explained in
``HARMLESS_PASSES`` — a new, unexplained pass fails the test until someone has looked at it.

    python -m pytest tests/reliability/test_escape_corpus.py -q
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import pytest

from tests.engines.samples import KINDS, _close_engines, sample_factory  # noqa: F401
from tests.reliability.figures import md_table, record
from tests.security.bypass_corpus import ADVISORIES, CORPUS, HARMLESS
from tests.security.test_bypass_layers import (
    LAYERS,
    SESSION_TIMEOUT_S,
    prepare,
    run_layer,
    server_writable_dir,
)

pytestmark = [
    pytest.mark.reliability,
    pytest.mark.postgres,
    pytest.mark.mysql,
    pytest.mark.slow,
]

ENGINE = {"postgresql": "PostgreSQL", "mysql": "MariaDB", "sqlite": "SQLite", "duckdb": "DuckDB"}
LAYER_TITLE = {
    "guard": "guard alone",
    "session": "session alone (least privilege)",
    "both": "both (superuser/root)",
}
_TIMED_OUT = f"stopped by the session's statement time limit ({SESSION_TIMEOUT_S:g} s)"
_ROLLED_BACK = "ran inside a read-only transaction that iOpsData always rolls back"

# (engine, layer, attempt) → why getting past that one layer changed nothing. Reviewed by hand; the
# state check below is the measured proof.
HARMLESS_PASSES: dict[tuple[str, str, str], str] = {
    ("postgresql", "session", "set_config read only off"): (
        f"session-local setting changed by a statement that {_ROLLED_BACK}; the next statement "
        "starts with BEGIN READ ONLY again"
    ),
    ("postgresql", "session", "set transaction_read_only off"): (
        "PostgreSQL accepts it before the first query, but the statement is the whole "
        "transaction (the extended protocol refuses a second command) and it is rolled back"
    ),
    ("postgresql", "session", "session characteristics read write"): (
        "a session SET inside a rolled-back transaction is undone, and every statement starts "
        "with an explicit BEGIN READ ONLY"
    ),
    ("postgresql", "session", "set_config search_path"): (
        f"session-local, {_ROLLED_BACK}; the role cannot create objects to shadow others"
    ),
    ("postgresql", "session", "lo_create"): (
        "the large object was created inside a read-only transaction that iOpsData always "
        "rolls back: none remains"
    ),
    ("postgresql", "session", "prepare delete"): (
        "the prepared DELETE could only ever run in a read-only transaction, by a role with no "
        "DELETE grant"
    ),
    ("postgresql", "session", "notify"): "notifications are sent only at commit; rolled back",
    ("postgresql", "session", "pg_notify"): "notifications are sent only at commit; rolled back",
    ("postgresql", "session", "listen"): "LISTEN takes effect only at commit; rolled back",
    ("postgresql", "session", "pg_sleep in exists"): (
        "PostgreSQL never evaluates the select list of an EXISTS subquery: no delay happened"
    ),
    ("postgresql", "session", "txid_current"): (
        "assigns a transaction id to a transaction that is rolled back; no data changes"
    ),
    ("postgresql", "session", "advisory lock"): (
        "a lock in this database only, held until the engine closes its connection; no data "
        "changes (refused instead when the lock is still held by an earlier run)"
    ),
    ("postgresql", "session", "declare cursor"): "a reading cursor, closed by the rollback",
    ("postgresql", "session", "ts_rewrite runs text"): (
        "the text it ran is a read of two constants, in a read-only transaction; the guard "
        "refuses ts_rewrite because the text could be anything"
    ),
    ("postgresql", "session", "shared advisory lock"): (
        "a shared lock in this database only, released when the engine closes its connection; "
        "no data changes"
    ),
    ("postgresql", "session", "export snapshot"): (
        "names the snapshot of a read-only transaction that is rolled back at once"
    ),
    ("mysql", "session", "load_file"): "returned NULL: the account has no FILE privilege",
    ("mysql", "session", "load_file hex path"): "returned NULL: no FILE privilege",
    ("mysql", "session", "load_file built path"): "returned NULL: no FILE privilege",
    ("mysql", "session", "commit"): (
        "ends an empty read-only transaction; the next statement starts a new READ ONLY one"
    ),
    ("mysql", "session", "backslash-mode hidden statement"): (
        "in the server's default mode the text is one SELECT of a string; nothing else ran"
    ),
    ("mysql", "session", "select into variable"): "wrote a user variable of that session, not data",
    ("mysql", "session", "session read write"): (
        "sets the default for later transactions, but every statement starts with "
        "START TRANSACTION READ ONLY"
    ),
    ("mysql", "session", "handler open"): "HANDLER reads through a cursor; SELECT grant only",
    ("mysql", "session", "handler read"): "HANDLER reads through a cursor; SELECT grant only",
    ("mysql", "session", "do sleep"): _TIMED_OUT + " (MariaDB ends DO without an error)",
    ("mysql", "session", "benchmark"): _TIMED_OUT + " (MariaDB ends BENCHMARK without an error)",
    ("mysql", "session", "get_lock"): (
        "a named user lock held until the engine closes its connection; no data changes"
    ),
    ("mysql", "session", "do get_lock"): (
        "a named user lock held until the engine closes its connection; no data changes"
    ),
    ("mysql", "session", "lock in share mode"): "shared row locks, released by the rollback",
    ("mysql", "session", "assign user variable"): (
        "a user variable of that session, dropped when the connection returns to the pool "
        "(COM_RESET_CONNECTION; tests/engines/test_session_reset.py)"
    ),
    ("mysql", "session", "assign in a where clause"): (
        "a user variable, dropped when the connection returns to the pool"
    ),
    ("mysql", "session", "set last_insert_id"): (
        "a session value, reset when the connection returns to the pool"
    ),
    ("mysql", "session", "max_execution_time hint"): (
        "MariaDB 10.11 reads /*+ */ hints as comments: the count ran under the session's limit "
        "(MySQL 8 would honour it, so the guard refuses it)"
    ),
    ("mysql", "session", "set_var hint"): "MariaDB 10.11 reads /*+ */ hints as comments",
    ("mysql", "session", "release all locks"): (
        "the session held no named lock; there was nothing to release"
    ),
    ("sqlite", "guard", "pragma function with side effect"): (
        "SQLite offers pragma table functions only for pragmas without side effects: "
        "'no such table'"
    ),
    ("sqlite", "session", "reindex"): "REINDEX with no index to rebuild is a no-op",
    ("duckdb", "guard", "python replacement scan"): (
        "the guard cannot know Python variable names; the sandbox turns replacement scans off "
        "(python_enable_replacements=false), so the normal path refuses it"
    ),
    ("duckdb", "guard", "quoted replacement scan"): (
        "as above: a Python variable name looks like a table; the session layer refuses it"
    ),
    ("duckdb", "session", "checkpoint"): "CHECKPOINT of a read-only file is a no-op",
    ("duckdb", "session", "force checkpoint"): "CHECKPOINT of a read-only file is a no-op",
    ("duckdb", "session", "query_table()"): (
        "reads a table the connection may read anyway; the guard refuses it because it turns "
        "text into SQL"
    ),
    ("duckdb", "session", "create temp table"): (
        "a temporary table in the connection's memory, gone with it; the file is unchanged"
    ),
}


def test_escape_corpus_every_engine_and_layer(sample_factory, tmp_path):  # noqa: F811
    results: dict[str, dict[str, dict]] = {}
    harmless: dict[str, dict] = {}
    started = time.perf_counter()
    for kind in KINDS:
        sample = sample_factory(kind)
        prepare(sample)
        results[kind] = {}
        for layer in LAYERS:
            work = tmp_path / f"{kind}-{layer}"
            work.mkdir()
            with server_writable_dir() as outdir:
                results[kind][layer] = run_layer(kind, layer, sample, outdir, work)
        work = tmp_path / f"{kind}-harmless"
        work.mkdir()
        with server_writable_dir() as outdir:
            harmless[kind] = run_layer(kind, "both", sample, outdir, work, HARMLESS[kind])
    seconds = time.perf_counter() - started

    problems: list[str] = []
    passes: list[tuple[str, str, str, str]] = []
    for kind, layers in results.items():
        for layer, out in layers.items():
            if out["after"] != out["before"]:
                problems.append(f"{kind}/{layer}: state changed (allowed: {out['allowed']})")
            if layer == "both" and out["allowed"]:
                problems.append(f"{kind}: both layers let through {out['allowed']}")
            for name in out["allowed"] if layer != "both" else ():
                why = HARMLESS_PASSES.get((kind, layer, name))
                if why is None:
                    problems.append(f"{kind}/{layer}: unexplained pass {name!r}")
                else:
                    passes.append((ENGINE[kind], LAYER_TITLE[layer], name, why))
            empty = [n for n in out["refused"] if not out["reasons"].get(n, "").strip()]
            if empty:
                problems.append(f"{kind}/{layer}: refusals without a reason: {empty}")
        h = harmless[kind]
        if h["refused"] or h["after"] != h["before"]:
            problems.append(f"{kind}: harmless reads refused {h['reasons']} or changed state")

    total = sum(len(v) for v in CORPUS.values())
    rows = []
    for kind, layers in results.items():
        rows.append(
            [
                ENGINE[kind],
                len(CORPUS[kind]),
                *(
                    ("**" if layer == "both" else "")
                    + f"{len(layers[layer]['refused'])}/{layers[layer]['total']}"
                    + ("**" if layer == "both" else "")
                    for layer in LAYERS
                ),
                "yes" if all(o["after"] == o["before"] for o in layers.values()) else "**NO**",
                f"{len(harmless[kind]['allowed'])}/{harmless[kind]['total']}",
            ]
        )
    sources = Counter(a.source for attempts in CORPUS.values() for a in attempts if a.source)
    slowest = max(
        (
            (secs, kind, layer, name)
            for kind, layers in results.items()
            for layer, out in layers.items()
            for name, secs in out["elapsed"].items()
        ),
        default=(0.0, "", "", ""),
    )
    lines = [
        f"{total} attempts to write, escape or stall ({sum(sources.values())} "
        f"of them drawn from {len(sources)} public advisories and write-ups), run against real "
        "PostgreSQL, MariaDB, SQLite files and DuckDB files through each read-only layer alone "
        "and both together. *Guard alone*: what the SQL guard allows runs on an unprotected "
        "superuser connection. *Session alone*: no guard, the engine's read-only session as a "
        "least-privilege role. *Both*: the normal `SqlService.run` path as superuser/root.",
        "",
        "Before and after every cell the test compares tables, row counts and checksums, "
        "sequences, roles, server-wide settings, the database file's bytes (SQLite), stored "
        "secrets (DuckDB), whether another superuser session is still connected, and the files "
        "in a folder every server can write to.",
        "",
        *md_table(
            [
                "engine",
                "attempts",
                *(f"refused: {LAYER_TITLE[layer]}" for layer in LAYERS),
                "state unchanged",
                "harmless reads accepted",
            ],
            rows,
        ),
        "",
        f"Slowest attempt: {slowest[0]:.1f} s ({ENGINE.get(slowest[1], '-')}, "
        f"{LAYER_TITLE.get(slowest[2], '-')}, `{slowest[3]}`); the deliberate delays are stopped "
        f"by the session time limit ({SESSION_TIMEOUT_S:g} s here). Whole run: {seconds:.0f} s.",
        "",
        f"**Got past one layer alone ({len(passes)}), and why that changed nothing** "
        "(the state check above is the proof):",
        "",
        *md_table(["engine", "layer", "attempt", "why harmless"], sorted(passes)),
        "",
        "**Advisories the corpus draws on:**",
        "",
        *md_table(
            ["source", "attempts", "what it showed"],
            [[k, sources[k], v] for k, v in ADVISORIES.items()],
        ),
    ]
    record(
        "escape_corpus",
        title="Write/escape corpus per engine and read-only layer",
        command="python -m pytest tests/reliability/test_escape_corpus.py -q",
        lines=lines,
        data={
            "total": total,
            "seconds": round(seconds, 1),
            "cells": {
                kind: {
                    layer: {
                        "total": out["total"],
                        "refused": len(out["refused"]),
                        "allowed": out["allowed"],
                        "unchanged": out["after"] == out["before"],
                    }
                    for layer, out in layers.items()
                }
                for kind, layers in results.items()
            },
            "harmless": {
                k: {"total": h["total"], "accepted": h["allowed"]} for k, h in harmless.items()
            },
            "sources": dict(sources),
        },
        order=10,
    )
    assert not problems, "\n".join(problems)
    assert total >= 200
    assert all(results[k]["both"]["refused"] == [a.name for a in CORPUS[k]] for k in KINDS)


def test_every_explained_pass_names_a_real_attempt():
    names = {(k, a.name) for k, attempts in CORPUS.items() for a in attempts}
    stale = [key for key in HARMLESS_PASSES if (key[0], key[2]) not in names]
    assert stale == []
    assert all(layer in ("guard", "session") for _, layer, _ in HARMLESS_PASSES)


def test_corpus_placeholders_are_known():
    for attempts in CORPUS.values():
        for a in attempts:
            rest = a.sql.replace("{dir}", "").replace("{victim}", "")
            assert "{dir" not in rest and "{victim" not in rest, a.name
    assert Path(__file__).name == "test_escape_corpus.py"
