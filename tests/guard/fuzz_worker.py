"""Fuzz worker, run in a subprocess by the fuzz tests so a crash of the parser is seen as one.

Runs ``check_sql`` over generated and mutated inputs on a deliberately small thread stack (where
sqlglot's compiled parser crashes at ~200 nesting levels), then prints a JSON summary. Exits 1 if
anything other than ``QueryRefused`` escaped, a refusal had no reason, or an accepted input holds a
write; exits 3 if one input took longer than the per-input limit (the main thread watches).

    python -m tests.guard.fuzz_worker SEED COUNT [--full]

``--full`` (tests/reliability/test_guard_fuzz.py) adds the issue-8 families: 10 MB literals, raw
bytes with NUL and invalid UTF-8 (decoded with surrogateescape), mixed comment and quoting styles,
and byte-level mutations of the benign and bypass corpora, and reports timings, a histogram of
refusal reasons and the peak memory.
"""

from __future__ import annotations

import json
import os
import random
import re
import resource
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator

from sqlglot import exp

from iopsdata.errors import QueryFailed, QueryRefused
from iopsdata.guard import check_sql
from tests.security.benign_corpus import BENIGN
from tests.security.bypass_corpus import CORPUS, DIALECT

PER_INPUT_LIMIT_S = 30.0
READ_KINDS = frozenset({"select", "show", "describe", "explain", "summarize", "pragma"})
_WRITE_NODES = (exp.Insert, exp.Update, exp.Delete, exp.Merge, exp.Create, exp.Drop, exp.Alter)
BYPASS = [(DIALECT[kind], a.sql) for kind, attempts in CORPUS.items() for a in attempts]

DIALECTS = ("postgres", "mysql", "sqlite", "duckdb", "tsql")
PIECES = [
    "SELECT",
    "FROM",
    "WHERE",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "'",
    '"',
    "`",
    "$$",
    "$a$",
    "--",
    "/*",
    "*/",
    "/*!",
    "#",
    ";",
    "\\",
    "U&",
    "UESCAPE",
    "E'",
    "NOT",
    "-",
    "CASE",
    "END",
    "INTO",
    "OUTFILE",
    "pg_read_file(",
    "read_csv('",
    "WITH x AS (",
    "DELETE",
    "UNION SELECT",
    "\n",
    "\x00",
    "é",
    "\u202e",
    "->>",
    "::",
    "?",
    ":=",
    "@",
    "%s",
    "EXPLAIN",
    "ANALYZE",
    "PRAGMA",
    "COMMIT",
]


def _deep(rng: random.Random) -> str:
    n = rng.choice([41, 50, 100, 200, 500, 1000, 5000, 10_000, 100_000])
    opener, closer = rng.choice(
        [
            ("(", ")"),
            ("[", "]"),
            ("(SELECT ", ")"),
            ("NOT ", ""),
            ("- ", ""),
            ("CASE WHEN a THEN ", " END"),
            ("f(", ")"),
            ("{'a': ", "}"),
            ("EXISTS (SELECT ", ")"),
        ]
    )
    tail = closer * n if rng.random() < 0.7 else closer * rng.randrange(n)
    return "SELECT " + opener * n + "1" + tail


def _mutate(rng: random.Random, sql: str) -> str:
    chars = list(sql)
    for _ in range(rng.randint(1, 6)):
        op = rng.random()
        pos = rng.randrange(len(chars) + 1)
        if op < 0.4:
            chars[pos:pos] = rng.choice(PIECES)
        elif op < 0.7 and chars:
            del chars[pos : pos + rng.randint(1, 5)]
        elif chars:
            span = chars[pos : pos + rng.randint(1, 20)]
            chars[pos:pos] = span * rng.randint(2, 50)
    return "".join(chars)


COMMENT_QUOTE = [
    "/* a */",
    "/* /* nested */ */",
    "/* /* */",
    "*/",
    "-- x\n",
    "--\t",
    "--1",
    "# x\n",
    "#",
    "$$ ; $$",
    "$a$ $$ ; $a$",
    "$q$",
    "E'\\''",
    "E'\\\\'",
    "'\\''",
    "'it''s'",
    '"a""b"',
    "`a``b`",
    'U&"\\0070g_read_file"',
    "U&'\\0041'",
    "UESCAPE '!'",
    "N'x'",
    "X'00'",
    "B'1'",
    "\\N",
    "\\",
    ";",
    "/*!50000",
    "/*M!100000",
]
FULL_FAMILIES = (
    "random bytes",
    "deep nesting",
    "giant literal",
    "random pieces",
    "truncated benign",
    "mutated benign",
    "mutated bypass",
    "comments and quoting",
)


def _bytes_text(rng: random.Random) -> str:
    raw = bytes(rng.randrange(256) for _ in range(rng.randint(0, 400)))
    if rng.random() < 0.5:  # an otherwise valid query with raw bytes (NUL, invalid UTF-8) inside
        base = rng.choice(BENIGN)[1].encode()
        pos = rng.randrange(len(base) + 1)
        raw = base[:pos] + raw[: rng.randint(1, 8)] + base[pos:]
    return raw.decode("utf-8", errors="surrogateescape")


def _giant(rng: random.Random) -> str:
    size = rng.choice([20_000, 200_000, 1_000_001, 1_200_000, 10_000_000, 10_000_000])
    quote = rng.choice(["'", '"', "$$", "/*", "--", "E'", "`", "X'"])
    body = rng.choice(["x", "\\'", "''", "é", "0"]) * (size // 2 if rng.random() < 0.3 else 1)
    body = body if len(body) > 1 else body * size
    return f"SELECT {quote}" + body[:size] + rng.choice([quote, "", "*/", "'"])


def _comments_quoting(rng: random.Random) -> str:
    words = ["SELECT", "1", "FROM", "orders", "WHERE", "x", "=", "DELETE", "FROM", "orders"]
    out = []
    for w in words:
        out.append(w)
        for _ in range(rng.randint(0, 2)):
            out.append(rng.choice(COMMENT_QUOTE))
    return rng.choice([" ", "", "\n", "\t"]).join(out)


def _byte_mutate(rng: random.Random, sql: str) -> str:
    data = bytearray(sql.encode())
    for _ in range(rng.randint(1, 8)):
        op = rng.random()
        pos = rng.randrange(len(data) + 1)
        if op < 0.3 and data:  # flip a bit
            i = min(pos, len(data) - 1)
            data[i] ^= 1 << rng.randrange(8)
        elif op < 0.55:  # splice in a piece of another corpus statement
            other = rng.choice(BYPASS + BENIGN)[1].encode()
            a = rng.randrange(len(other) + 1)
            data[pos:pos] = other[a : a + rng.randint(1, 40)]
        elif op < 0.8 and data:  # duplicate a span
            span = data[pos : pos + rng.randint(1, 30)]
            data[pos:pos] = span * rng.randint(2, 20)
        else:
            data[pos:pos] = rng.choice(PIECES).encode()
    return bytes(data).decode("utf-8", errors="surrogateescape")


def generate_full(seed: int, count: int) -> Iterator[tuple[str, str, str]]:
    """``count`` inputs as (family, dialect, text), the eight families in turn, made one at a time
    (held together, the 10 MB literals alone would take gigabytes)."""
    rng = random.Random(seed)
    for i in range(count):
        family = FULL_FAMILIES[i % len(FULL_FAMILIES)]
        dialect = rng.choice(DIALECTS)
        if family == "random bytes":
            text = _bytes_text(rng)
        elif family == "deep nesting":
            text = _deep(rng)
        elif family == "giant literal":
            text = _giant(rng)
        elif family == "random pieces":
            text = " ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 40)))
        elif family == "truncated benign":
            base = rng.choice(BENIGN)[1]
            text = base[: rng.randrange(len(base) + 1)]
        elif family == "mutated benign":
            base = rng.choice(BENIGN)[1]
            text = _mutate(rng, base) if rng.random() < 0.5 else _byte_mutate(rng, base)
        elif family == "mutated bypass":
            dialect, base = rng.choice(BYPASS)
            text = _mutate(rng, base) if rng.random() < 0.5 else _byte_mutate(rng, base)
        else:
            text = _comments_quoting(rng)
        yield family, dialect, text


def generate(seed: int, count: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    cases: list[tuple[str, str]] = []
    for i in range(count):
        dialect = rng.choice(DIALECTS)
        kind = i % 6
        if kind == 0:
            text = bytes(rng.randrange(256) for _ in range(rng.randint(0, 300))).decode("latin-1")
        elif kind == 1:
            text = _deep(rng)
        elif kind == 2:
            size = rng.choice([10_000, 200_000, 999_000, 1_200_000])
            quote = rng.choice(["'", '"', "$$", "/*", "--"])
            text = f"SELECT {quote}" + "x" * size + rng.choice([quote, "", "*/"])
        elif kind == 3:
            text = " ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 40)))
        elif kind == 4:
            base = rng.choice(BENIGN)[1]
            text = base[: rng.randrange(len(base) + 1)]
        else:
            text = _mutate(rng, rng.choice(BENIGN)[1])
        cases.append((dialect, text))
    return cases


def run(cases: list[tuple[str, str]]) -> dict:
    summary = {"inputs": len(cases), "accepted": 0, "refused": 0, "escaped": [], "empty_reason": 0}
    for dialect, sql in cases:
        try:
            check_sql(sql, dialect)
            summary["accepted"] += 1
        except (QueryRefused, QueryFailed) as exc:  # refused, or a syntax error: nothing ran
            summary["refused"] += 1
            if not exc.message.strip():
                summary["empty_reason"] += 1
        except BaseException as exc:  # the point is to catch anything at all
            summary["escaped"].append(f"{type(exc).__name__}: {exc!s:.200} <- {sql[:80]!r}")
    return summary


_TAIL = re.compile(r":\s.*$")
_DETAIL = re.compile(r"('[^']*')|(\d[\d,]*)|(\{[^}]*\})")


def reason_key(message: str) -> str:
    """A refusal message without its details (positions, names, numbers), for the histogram."""
    text = _DETAIL.sub("…", _TAIL.sub("", message.strip()))
    return re.sub(
        r"^\S+ (changes data|reads|runs|stalls|takes|connects|lists|loads|starts)", r"… \1", text
    )[:110]


def _dangerous(verdict: object) -> str | None:
    """Why an accepted read is not a read after all, or None (the 'accepted as dangerous' oracle)."""
    kind, is_write = getattr(verdict, "kind", ""), getattr(verdict, "is_write", True)
    if is_write or kind not in READ_KINDS:
        return f"accepted as {kind} (write={is_write})"
    statement = getattr(verdict, "statement", None)
    if isinstance(statement, exp.Expression):
        for node in statement.walk():
            if isinstance(node, _WRITE_NODES):
                return f"accepted read holds {type(node).__name__}"
    return None


def run_full(cases: Iterator[tuple[str, str, str]], progress: dict) -> dict:
    families: dict[str, Counter] = {f: Counter() for f in FULL_FAMILIES}
    reasons: Counter = Counter()
    summary: dict = {"inputs": 0, "escaped": [], "empty_reason": 0, "dangerous": []}
    slowest = (0.0, "", 0)
    max_chars = 0
    started = time.perf_counter()
    for i, (family, dialect, sql) in enumerate(cases):
        summary["inputs"] += 1
        max_chars = max(max_chars, len(sql))
        progress.update(index=i, started=time.perf_counter(), family=family, dialect=dialect)
        t0 = time.perf_counter()
        try:
            verdict = check_sql(sql, dialect)
            families[family]["accepted"] += 1
            why = _dangerous(verdict)
            if why:
                summary["dangerous"].append(f"{why} <- {dialect} {sql[:80]!r}")
        except (QueryRefused, QueryFailed) as exc:  # refused, or a syntax error: nothing ran
            families[family]["refused"] += 1
            if not (exc.message or "").strip():
                summary["empty_reason"] += 1
            reasons[reason_key(exc.message or "")] += 1
        except BaseException as exc:  # the point is to catch anything at all
            families[family]["escaped"] += 1
            summary["escaped"].append(f"{type(exc).__name__}: {exc!s:.200} <- {sql[:80]!r}")
        took = time.perf_counter() - t0
        if took > slowest[0]:
            slowest = (took, family, len(sql))
    summary["seconds"] = time.perf_counter() - started
    summary["families"] = {f: dict(c) for f, c in families.items()}
    summary["accepted"] = sum(c["accepted"] for c in families.values())
    summary["refused"] = sum(c["refused"] for c in families.values())
    summary["reasons"] = reasons.most_common()
    summary["slowest"] = {"seconds": slowest[0], "family": slowest[1], "chars": slowest[2]}
    summary["max_chars"] = max_chars
    return summary


def _watch(worker: threading.Thread, progress: dict) -> None:
    """Per-input time limit, from the main thread: a stuck input ends the process with code 3."""
    while worker.is_alive():
        worker.join(0.5)
        began = progress.get("started")
        if began is not None and time.perf_counter() - began > PER_INPUT_LIMIT_S:
            print(json.dumps({"stuck": progress}), flush=True)
            os._exit(3)


def main() -> int:
    seed, count = int(sys.argv[1]), int(sys.argv[2])
    full = "--full" in sys.argv[3:]
    result: dict = {}
    progress: dict = {}
    threading.stack_size(512 * 1024)
    if full:
        cases = generate_full(seed, count)
        target = lambda: result.update(run_full(cases, progress))  # noqa: E731
    else:
        plain = generate(seed, count)
        target = lambda: result.update(run(plain))  # noqa: E731
    worker = threading.Thread(target=target)
    worker.start()
    _watch(worker, progress)
    if full:
        result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        result["stack_kb"] = 512
        result["per_input_limit_s"] = PER_INPUT_LIMIT_S
    print(json.dumps(result))
    ok = result and not result["escaped"] and not result["empty_reason"]
    return 0 if ok and not result.get("dangerous") else 1


if __name__ == "__main__":
    sys.exit(main())
