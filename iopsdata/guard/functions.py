"""Dangerous functions and file paths inside an otherwise allowed statement.

Function names are compared in lower case after sqlglot has resolved quoting (and the lexer has
decoded ``U&"…"`` identifiers), whatever schema qualifies them. Known functions that sqlglot maps
to its own classes (DuckDB ``read_csv`` → ``ReadCSV``) are matched through every name the class
answers to, so a denylist entry cannot be dodged by the class mapping.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Sequence

from sqlglot import exp

from iopsdata.errors import QueryRefused
from iopsdata.guard.allowlist import Allowlist, check_allowed
from iopsdata.guard.rules import DialectRules

_URL_MARKERS = ("://", "s3:", "gs:", "gcs:", "az:", "abfss:", "r2:", "hf:", "http:", "https:")
_GLOB_CLASSES = ("[", "]", "{", "}")
_INSPECTED = (exp.Func, exp.Table, exp.Summarize, exp.Column)
# Oracle and Snowflake advance a sequence through a pseudo-column, ``SELECT seq.NEXTVAL``; sqlglot
# reads it as a column, so for generic engines (no read-only session behind the guard) such a
# column is refused like the ``nextval()`` function.
_SEQUENCE_COLUMNS = frozenset({"nextval"})


def function_names(node: exp.Func) -> set[str]:
    """Every lower-case name under which this call could have been written."""
    if isinstance(node, exp.Anonymous):
        return {node.name.lower()}
    names = {name.lower() for name in type(node).sql_names()}
    names.add(type(node).__name__.lower())
    return names


def check_functions(
    statement: exp.Expression,
    rules: DialectRules,
    allowed_paths: Sequence[str],
    *,
    sql: str = "",
    allowlist: Allowlist | None = None,
    extra: Collection[str] = (),
) -> None:
    """Refuse denied functions anywhere in the tree, and file reads outside ``allowed_paths``.

    Where the engine has an allowlist (PostgreSQL, MySQL/MariaDB), every call must also be on it
    or in ``extra`` (names the connection's owner allowed); ``sql`` is the parsed text, where the
    written names are read.

    Raises:
        QueryRefused: naming the function and what it would do.
    """
    # hints are not calls (their names are checked on the raw text, lexing.check_hints)
    for node in statement.walk(prune=lambda n: isinstance(n, exp.Hint)):
        if not isinstance(node, _INSPECTED):
            continue
        if isinstance(node, exp.Func):
            if not _owner_allowed(node, extra):
                _check_call(node, rules, allowed_paths)
            if allowlist is not None:
                check_allowed(node, sql, allowlist, extra)
        elif isinstance(node, exp.Column):
            if rules.family == "generic" and node.name.lower() in _SEQUENCE_COLUMNS:
                raise QueryRefused(f"{node.sql()} advances a sequence, which changes data.")
        elif rules.file_tables and isinstance(node, exp.Table):
            if isinstance(node.this, exp.Identifier):
                _check_file_table(node.this.name, allowed_paths)
        elif (
            rules.file_tables
            and isinstance(node, exp.Summarize)
            and isinstance(node.this, exp.Literal)
        ):
            # DuckDB reads ``SUMMARIZE 'data.csv'`` as a file; sqlglot keeps it as a literal.
            _check_file_table(node.this.name, allowed_paths, always=True)


def _owner_allowed(node: exp.Func, extra: Collection[str]) -> bool:
    return isinstance(node, exp.Anonymous) and node.name.lower() in extra


def _check_call(node: exp.Func, rules: DialectRules, allowed_paths: Sequence[str]) -> None:
    names = function_names(node)
    for name in names:
        reason = rules.functions.get(name)
        if reason is None:
            reason = next((r for p, r in rules.prefixes.items() if name.startswith(p)), None)
        if reason is not None:
            raise QueryRefused(f"{_shown(node, name)} {reason} and is not allowed.")
    path_names = names & rules.path_functions
    if path_names:
        _check_path_call(node, _shown(node, min(path_names)), allowed_paths)


def _shown(node: exp.Func, fallback: str) -> str:
    return node.name if isinstance(node, exp.Anonymous) and node.name else fallback


def _check_path_call(node: exp.Func, name: str, allowed_paths: Sequence[str]) -> None:
    args = _positional_args(node)
    if not args:
        raise QueryRefused(f"{name} needs a file path written as a literal string.")
    first = args[0]
    literals = first.expressions if isinstance(first, exp.Array) else [first]
    if not literals:
        raise QueryRefused(f"{name} needs a file path written as a literal string.")
    for literal in literals:
        if not (isinstance(literal, exp.Literal) and literal.is_string):
            raise QueryRefused(
                f"{name} reads files; its path must be a literal string so it can be checked."
            )
        check_path(literal.this, name, allowed_paths)


def _positional_args(node: exp.Func) -> list[exp.Expression]:
    if isinstance(node, exp.Anonymous):
        values: list[object] = list(node.expressions)
    else:
        values = [node.args.get(key) for key in node.arg_types]
    out: list[exp.Expression] = []
    for value in values:
        items = value if isinstance(value, list) else [value]
        out.extend(
            v
            for v in items
            if isinstance(v, exp.Expression)
            and not isinstance(v, exp.PropertyEQ | exp.EQ | exp.Kwarg)
        )
    return out


def _check_file_table(name: str, allowed_paths: Sequence[str], *, always: bool = False) -> None:
    # DuckDB reads ``FROM 'data.csv'`` (or "data.csv") as a file; plain table names have none of
    # these characters.
    if always or any(ch in name for ch in "./\\:~*?"):
        check_path(name, f"The file reference '{name}'", allowed_paths)


def check_path(path: str, what: str, allowed_paths: Sequence[str]) -> None:
    """Refuse a path unless it resolves (normalized, symlinks followed) inside an allowed folder.

    Raises:
        QueryRefused: for URLs, home-relative or glob-class paths, and paths outside.
    """
    lowered = path.strip().lower()
    if any(marker in lowered for marker in _URL_MARKERS):
        raise QueryRefused(f"{what} points at a URL; only the workspace's own files can be read.")
    if path.startswith("~") or any(ch in path for ch in _GLOB_CLASSES) or "\x00" in path:
        raise QueryRefused(f"{what} uses a path form the guard does not accept ({path!r}).")
    if not allowed_paths:
        raise QueryRefused(f"{what} reads files, and this connection may not read any files.")
    resolved = os.path.realpath(os.path.normpath(os.path.abspath(path)))
    for root in allowed_paths:
        base = os.path.realpath(os.path.normpath(os.path.abspath(root)))
        if resolved == base or resolved.startswith(base.rstrip(os.sep) + os.sep):
            return
    raise QueryRefused(f"{what} reads a file outside the workspace's files and is not allowed.")
