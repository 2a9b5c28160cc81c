"""What a query would cost, from the database's own plan, before it runs (Chat's cost gate).

:func:`estimate` asks the connection for the plan of an already-guarded ``SELECT`` with the
``EXPLAIN`` words its kind declares (``Capabilities.explain`` in :mod:`iopsdata.engines.kinds`;
never ``ANALYZE``, which runs the statement). The ``EXPLAIN`` goes through the target's one door
(guard, session, caps, audit as source ``"internal"``), so nothing here reaches a database another
way. The plan is read by the kind's reader in :mod:`iopsdata.plans` into one measure every engine
can give: the most rows one step of the plan reads, a full scan counting its whole table. Chat asks
before running an answer above the connection's ``ask_above_rows`` (:func:`threshold`).
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from iopsdata.engines.kinds import ASK_ABOVE_ROWS_DEFAULT, KINDS
from iopsdata.errors import IopsError, QueryFailed, QueryRefused
from iopsdata.execute import INTERNAL
from iopsdata.plans import READERS, Plan

if TYPE_CHECKING:
    from iopsdata.catalog.model import Catalog
    from iopsdata.targets import QueryTarget

log = logging.getLogger(__name__)

PLAN_ROW_CAP = 10_000  # plan rows kept (SQLite gives one per step; the others one JSON value)
SIZED_SCANS = 8  # SQLite: full-scanned tables whose size is looked up, at most


@dataclass(frozen=True)
class Estimate:
    """The plan's estimate of one query, and whether it passes the connection's threshold.

    Attributes:
        rows: the most rows one step reads (a full scan counts its table), None if unknown.
        threshold: the connection's "ask above" rows when the estimate was made.
        cost: PostgreSQL's planner cost (arbitrary units), when the engine gives one.
        full_scans: tables the plan reads entirely.
        engine: the kind's label ("PostgreSQL", "DuckDB file", …).
    """

    rows: int | None
    threshold: int
    cost: float | None = None
    full_scans: tuple[str, ...] = ()
    engine: str = ""

    @property
    def over(self) -> bool:
        """Above the threshold: Chat shows the estimate and asks before running."""
        return self.rows is not None and self.rows > self.threshold

    def summary(self) -> str:
        """One sentence for the UI (plain text: the caller escapes it)."""
        rows = "an unknown number of rows" if self.rows is None else f"about {self.rows:,} rows"
        parts = [f"The plan reads {rows}"]
        if self.full_scans:
            parts.append(f"full scan of {', '.join(self.full_scans)}")
        if self.cost is not None:
            parts.append(f"planner cost {self.cost:,.0f}")
        verdict = "above" if self.over else "within"
        return (
            "; ".join(parts)
            + f" — {verdict} this connection's limit of {self.threshold:,} rows"
            + (f" ({self.engine} EXPLAIN)." if self.engine else ".")
        )

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "full_scans": list(self.full_scans)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Estimate:
        return cls(
            rows=None if data.get("rows") is None else int(data["rows"]),
            threshold=int(data.get("threshold") or ASK_ABOVE_ROWS_DEFAULT),
            cost=None if data.get("cost") is None else float(data["cost"]),
            full_scans=tuple(data.get("full_scans") or ()),
            engine=str(data.get("engine") or ""),
        )


def kind_of(target: QueryTarget) -> str | None:
    """The connection kind whose plan reader fits ``target`` (a saved connection says it; the
    Files connection is DuckDB), or None when no kind matches its dialect."""
    kind = getattr(target, "kind", None)
    if kind in KINDS:
        return str(kind)
    return next((k for k, s in KINDS.items() if s.dialect and s.dialect == target.dialect), None)


def can_estimate(target: QueryTarget) -> bool:
    """Whether ``target``'s kind declares how to ask for a plan."""
    kind = kind_of(target)
    return kind is not None and bool(KINDS[kind].capabilities.explain) and kind in READERS


def threshold(target: QueryTarget) -> int:
    """The target's "ask above" rows: the connection's own setting, else the default."""
    value = getattr(target, "ask_above_rows", None)
    try:
        return int(value) if value is not None and int(value) >= 0 else ASK_ABOVE_ROWS_DEFAULT
    except (TypeError, ValueError):
        return ASK_ABOVE_ROWS_DEFAULT


def estimate(target: QueryTarget, sql: str) -> Estimate:
    """Ask ``target`` for the plan of ``sql`` and read its estimate; the query itself never runs.

    ``sql`` is first checked by the guard as a read (with the connection's extra allowed
    functions), and only a plain query may be estimated: a refused statement, an ``EXPLAIN``
    (``ANALYZE`` would run it) or ``SHOW``/``PRAGMA`` never reaches the database.

    Raises:
        QueryRefused: the guard refused it, it is not a query, or the kind cannot estimate.
        QueryFailed / QueryTimeout / ConnectionFailed: the database could not plan it.
    """
    from iopsdata.guard import check_sql

    verdict = check_sql(
        sql,
        target.dialect,
        allow_writes=False,
        allowed_functions=tuple(getattr(target, "allowed_functions", ()) or ()),
    )
    if verdict.kind != "select":
        raise QueryRefused(
            f"Only a query that reads (SELECT) can be estimated, not {verdict.kind.upper()}.",
            title="No estimate",
        )
    kind = kind_of(target)
    if kind is None or not can_estimate(target):
        raise QueryRefused(
            "This kind of database gives no plan estimate to iOpsData.", title="No estimate"
        )
    spec = KINDS[kind]
    explained = target.run(
        f"{spec.capabilities.explain} {sql}", source=INTERNAL, row_cap=PLAN_ROW_CAP
    )
    try:
        plan = READERS[kind](explained.table.to_pylist(), _aliases(verdict.statement))
    except (ValueError, KeyError, TypeError, IndexError) as exc:
        raise QueryFailed(f"The plan could not be read: {exc}", title="No estimate") from None
    rows = _rows_read(target, plan, kind)
    return Estimate(rows, threshold(target), plan.cost, plan.full_scans, spec.label)


def gate(target: QueryTarget, sql: str) -> Estimate | None:
    """Chat's check before it runs an answer: the estimate, or None when none could be made.

    No estimate never blocks: the answer then runs as before (its own errors are reported and
    repaired the usual way); the reason is logged.
    """
    if not can_estimate(target):
        return None
    try:
        return estimate(target, sql)
    except IopsError as exc:
        log.info("no cost estimate for a Chat answer: %s", exc.message)
        return None


def _aliases(statement: Any) -> dict[str, str]:
    """Alias (or name) → table name of every table the query names (SQLite's plan shows aliases)."""
    from sqlglot import exp

    out: dict[str, str] = {}
    for table in statement.find_all(exp.Table):
        if table.name:
            out[table.alias_or_name.lower()] = table.name
    return out


def _rows_read(target: QueryTarget, plan: Plan, kind: str) -> int | None:
    """The plan's largest step, with each full scan counted as its whole table where known."""
    sizes = _catalog_sizes(target)
    best = plan.rows
    for name in plan.full_scans:
        size = sizes.get(name.rsplit(".", 1)[-1].lower())
        if size is None and kind == "sqlite" and len(plan.full_scans) <= SIZED_SCANS:
            size = _sqlite_size(target, name)
        if size is not None:
            best = max(best or 0, size)
    return best


def _catalog_sizes(target: QueryTarget) -> dict[str, int]:
    try:
        catalog: Catalog = target.catalog()
    except IopsError:
        return {}
    sizes: dict[str, int] = {}
    for table in catalog.tables:
        if table.row_estimate is not None:
            key = table.name.lower()
            sizes[key] = max(sizes.get(key, 0), int(table.row_estimate))
    return sizes


def _sqlite_size(target: QueryTarget, table: str) -> int | None:
    """A SQLite table's rows without counting them: its largest rowid, read from the b-tree's end
    (tables without a rowid stay unknown)."""
    quoted = '"' + table.replace('"', '""') + '"'
    try:
        result = target.run(f"SELECT max(rowid) FROM {quoted}", source=INTERNAL, row_cap=1)
    except IopsError:
        return None
    values = result.table.column(0).to_pylist() if result.table.num_columns else []
    return int(values[0]) if values and values[0] is not None else 0
