"""Connection kinds declared as data: options, sqlglot dialect and capabilities.

The Settings page renders a connection form from :data:`iopsdata.engines.KINDS`; adding a database
kind means adding a ``KindSpec`` and an engine class, never touching a page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

OPTION_TYPES = ("text", "password", "int", "bool", "select", "path")


@dataclass(frozen=True)
class Option:
    """One field of a connection form.

    Attributes:
        name: key in the stored options dict.
        label: what the form shows.
        type: one of ``OPTION_TYPES``; ``password`` values are encrypted and never shown back.
        default: pre-filled value (``None`` = empty).
        required: the form refuses to save without it.
        help: one sentence under the field.
        choices: allowed values for ``select``.
    """

    name: str
    label: str
    type: str = "text"
    default: Any = None
    required: bool = False
    help: str = ""
    choices: tuple[str, ...] = ()

    @property
    def secret(self) -> bool:
        return self.type == "password"


@dataclass(frozen=True)
class Capabilities:
    """What an engine kind can do; the UI greys out what is missing.

    Attributes:
        cancel: a running query can be stopped from another thread.
        session_read_only: the engine itself enforces read-only (layer 2), not only the guard.
        arrow_fetch: results arrive as Arrow without row-by-row Python conversion.
        statement_timeout: the server stops a statement at the timeout (else a watchdog does).
        explain: the words put before a query to get its plan without running it (never
            ``ANALYZE``, which runs it); empty when the kind cannot estimate a query's cost
            (see :mod:`iopsdata.estimate`, which reads each kind's plan).
    """

    cancel: bool = True
    session_read_only: bool = True
    arrow_fetch: bool = False
    statement_timeout: bool = True
    explain: str = ""


@dataclass(frozen=True)
class KindSpec:
    """A database kind: label, sqlglot dialect, form options and capabilities."""

    kind: str
    label: str
    dialect: str
    options: tuple[Option, ...]
    capabilities: Capabilities = field(default_factory=Capabilities)
    help: str = ""

    def option(self, name: str) -> Option | None:
        return next((o for o in self.options if o.name == name), None)

    @property
    def secret_names(self) -> frozenset[str]:
        return frozenset(o.name for o in self.options if o.secret)
