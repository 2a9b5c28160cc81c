"""Fuzz worker, run in a subprocess by test_fuzz.py so a crash of the parser is seen as one.

Runs ``check_sql`` over generated and mutated inputs on a deliberately small thread stack (where
sqlglot's compiled parser crashes at ~200 nesting levels), then prints a JSON summary. Exits 1 if
anything other than ``QueryRefused`` escaped or a refusal had no reason.
"""

from __future__ import annotations

import json
import random
import sys
import threading

from iopsdata.errors import QueryRefused
from iopsdata.guard import check_sql
from tests.security.benign_corpus import BENIGN

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
    n = rng.choice([41, 50, 100, 200, 500, 1000, 5000, 10_000])
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
        except QueryRefused as exc:
            summary["refused"] += 1
            if not exc.message.strip():
                summary["empty_reason"] += 1
        except BaseException as exc:  # the point is to catch anything at all
            summary["escaped"].append(f"{type(exc).__name__}: {exc!s:.200} <- {sql[:80]!r}")
    return summary


def main() -> int:
    seed, count = int(sys.argv[1]), int(sys.argv[2])
    cases = generate(seed, count)
    result: dict = {}
    threading.stack_size(512 * 1024)
    worker = threading.Thread(target=lambda: result.update(run(cases)))
    worker.start()
    worker.join()
    print(json.dumps(result))
    return 0 if result and not result["escaped"] and not result["empty_reason"] else 1


if __name__ == "__main__":
    sys.exit(main())
