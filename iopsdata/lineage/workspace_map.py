"""One lineage map of a workspace: every audited query, saved query, chat answer and model.

Each statement the workspace knows about becomes a :class:`MapEntry` (who ran, saved or asked it,
when, on which connection, and its lineage). :class:`WorkspaceMap` joins them into one graph and
answers the catalog questions: what reads this column, what writes this table, who used it last
and when. "What breaks if I drop or rename it" is the impact scan of
:mod:`iopsdata.lineage.service` run over the same entries.

Kept free of the store (``LineageService.map`` collects the entries) so it can be built from
anything that has SQL, e.g. dbt models through :func:`model_entries`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlglot import exp
from sqlglot.errors import ParseError

from iopsdata.errors import LineageError
from iopsdata.lineage.graph import GraphNode, LineageGraph
from iopsdata.lineage.impact import Target, parse_target, same_table, unknown_target
from iopsdata.lineage.model import Lineage

SOURCES: tuple[str, ...] = ("history", "saved", "chat", "model")
SOURCE_LABELS = {
    "history": "Query history",
    "saved": "Saved queries",
    "chat": "Chat answers",
    "model": "Models (dbt)",
}


@dataclass(frozen=True)
class MapEntry:
    """One statement on the map.

    Attributes:
        source: "history" (audited runs, one entry per distinct statement and connection),
            "saved", "chat" or "model".
        id: the audit row (newest run), saved query, chat message or model id.
        name: a human label.
        sql: the statement.
        dialect: the sqlglot dialect it was read in.
        connection: the connection's name, when known.
        user: who ran it last, saved it or asked for it (display name or e-mail), when known.
        at: when it last ran / was saved / was answered (None for models).
        runs: number of audited runs in the time window (history only; 1 otherwise).
        lineage: its lineage, or None when it did not parse (``error`` says why).
    """

    source: str
    id: str
    name: str
    sql: str
    dialect: str | None = None
    connection: str | None = None
    user: str | None = None
    at: datetime | None = None
    runs: int = 1
    lineage: Lineage | None = None
    error: str | None = None

    @property
    def key(self) -> str:
        return f"{self.source}:{self.id}"


@dataclass(frozen=True)
class ModelSQL:
    """A model's compiled SQL (a dbt model: its name is the relation the SELECT builds)."""

    name: str
    sql: str
    dialect: str | None = None
    path: str | None = None


ModelProvider = Callable[[Any], Iterable[ModelSQL]]


#: Where models come from, by name: ``provider(ctx) -> models`` for the workspace of ``ctx``. The
#: one extension point of the map: the knowledge layer's dbt import registers itself here and its
#: models join every map (and the page's *Models* source) without the page knowing about dbt.
def dbt_models(ctx: Any) -> list[ModelSQL]:
    """Models of every dbt import in the workspace (``ws.knowledge.import_dbt``), by relation."""
    from iopsdata.knowledge.rows import dbt_models_from_rows

    out: list[ModelSQL] = []
    for row in ctx.store.list_knowledge(ctx.workspace_id, None, kind="dbt_model"):
        dialect = (row.get("body") or {}).get("dialect")
        out.extend(
            ModelSQL(m.relation, m.sql, dialect, path=f"dbt:{m.name}")
            for m in dbt_models_from_rows([row])
        )
    return out


MODEL_PROVIDERS: dict[str, ModelProvider] = {"dbt": dbt_models}


def register_model_provider(name: str, provider: ModelProvider) -> None:
    """Add (or replace) a source of model SQL for :meth:`LineageService.map`."""
    MODEL_PROVIDERS[name] = provider


def model_entries(models: Iterable[ModelSQL], lineage_of: Any) -> list[MapEntry]:
    """Map entries for models: each model's SELECT is read as ``CREATE VIEW <name> AS <sql>``.

    Args:
        models: compiled model SQL (Jinja already rendered).
        lineage_of: ``(sql, dialect) -> Lineage`` (raises LineageError), e.g. the service's cache.
    """
    out = []
    for m in models:
        body = m.sql.strip().rstrip(";").strip()
        lineage, error = None, None
        try:
            name = exp.to_table(m.name, dialect=m.dialect).sql(dialect=m.dialect)
            lineage = lineage_of(f"CREATE VIEW {name} AS {body}", m.dialect)
        except (LineageError, ParseError, ValueError) as exc:
            error = str(exc)
        out.append(
            MapEntry(
                "model", m.path or m.name, m.name, body, m.dialect, lineage=lineage, error=error
            )
        )
    return out


def reads(lin: Lineage, target: Target) -> list[tuple[str, bool]]:
    """How ``lin`` reads ``target`` (a table, or table.column): [(why, certain)]."""
    out: list[tuple[str, bool]] = []
    if target.column is not None:
        col = target.column.lower()
        sources = (*lin.reads, *lin.intermediates)
        for ref in lin.columns:
            if ref.table is not None and same_table(ref.table, target.column_table):
                if ref.column.lower() == col:
                    out.append((f"reads {ref.table}.{ref.column}", True))
                elif ref.column == "*":
                    out.append((f"SELECT * over {ref.table}", True))
            elif (
                ref.table is None
                and ref.column.lower() == col
                and any(same_table(r, target.column_table) for r in sources)
            ):
                out.append((f"reads an unqualified {ref.column}", False))
        if out:
            return list(dict.fromkeys(out))
    if target.table is not None:
        for name in (*lin.reads, *lin.intermediates):
            if same_table(name, target.table):
                out.append((f"reads {name}", True))
    return list(dict.fromkeys(out))


def writes(lin: Lineage, target: Target) -> list[str]:
    """How ``lin`` writes ``target``: the tables (or table.columns) it writes that match."""
    out: list[str] = []
    if target.column is not None:
        col = target.column.lower()
        for e in lin.edges:
            if (
                e.target.table
                and same_table(e.target.table, target.column_table)
                and e.target.column.lower() in (col, "*")
            ):
                out.append(f"writes {e.target}")
        if out:
            return list(dict.fromkeys(out))
    if target.table is not None:
        written = {w for st in lin.statements for w in st.writes}
        out.extend(f"writes {w}" for w in sorted(written) if same_table(w, target.table))
    return out


@dataclass(frozen=True)
class Use:
    """One entry's use of a table or column."""

    entry: MapEntry
    how: str  # "reads" | "writes"
    why: str
    certain: bool = True

    def row(self) -> dict[str, Any]:
        e = self.entry
        return {
            "how": self.how,
            "source": SOURCE_LABELS.get(e.source, e.source),
            "name": e.name,
            "user": e.user or "",
            "when": e.at.isoformat(timespec="minutes") if e.at else "",
            "runs": e.runs,
            "connection": e.connection or "",
            "why": self.why,
            "certain": self.certain,
            "sql": _snippet(e.sql),
        }


class WorkspaceMap:
    """The workspace's statements, their combined graph and the catalog questions."""

    def __init__(self, entries: Iterable[MapEntry], *, left_out: tuple[str, ...] = ()) -> None:
        """Args:
        left_out: what the workspace had beyond what was read (older history runs, older chat
            answers), in words; the map page and impact reports show them.
        """
        self.entries: tuple[MapEntry, ...] = tuple(entries)
        self.left_out = left_out
        self.parsed = tuple(e for e in self.entries if e.lineage is not None)
        self.unparsed = len(self.entries) - len(self.parsed)
        self._graph: LineageGraph | None = None

    # -- catalog ------------------------------------------------------------------------------
    def uses(self, target: str) -> list[Use]:
        """Every read and write of ``target`` (``table`` or ``table.column``), newest first.

        Raises:
            LineageError: empty target.
        """
        t = parse_target(target)
        out: list[Use] = []
        for e in self.parsed:
            assert e.lineage is not None
            for why in writes(e.lineage, t):
                out.append(Use(e, "writes", why))
            for why, certain in reads(e.lineage, t):
                out.append(Use(e, "reads", why, certain))
        return sorted(out, key=_newest_first)

    def readers(self, target: str) -> list[Use]:
        """What reads ``target`` (a table or a column)."""
        return [u for u in self.uses(target) if u.how == "reads"]

    def writers(self, target: str) -> list[Use]:
        """What writes ``target`` (a table or a column)."""
        return [u for u in self.uses(target) if u.how == "writes"]

    def last_run(self, target: str) -> Use | None:
        """The most recent audited run that used ``target``: who ran it last, and when."""
        runs = [u for u in self.uses(target) if u.entry.source == "history" and u.entry.at]
        return runs[0] if runs else None

    def tables(self) -> list[dict[str, Any]]:
        """One catalog row per table: columns seen, readers, writers, the last audited run."""
        return _catalog(self.parsed, _table_uses, ("table",))

    def columns(self) -> list[dict[str, Any]]:
        """One catalog row per column: readers, writers, the last audited run."""
        return _catalog(self.parsed, _column_uses, ("table", "column"))

    # -- graph --------------------------------------------------------------------------------
    def graph(self) -> LineageGraph:
        """Every entry's lineage in one graph: tables and columns shared, one query node each."""
        if self._graph is None:
            self._graph = _merge(self.parsed)
        return self._graph

    def lineages(self) -> list[tuple[MapEntry, Lineage]]:
        return [(e, e.lineage) for e in self.parsed if e.lineage is not None]

    def unknown(self, target: str) -> str | None:
        """When no statement on the map names ``target``: a sentence saying so, with the closest
        name they use (``impact.unknown_target``); None when some statement names it."""
        return unknown_target((lin for _, lin in self.lineages()), parse_target(target))


def _table_uses(lin: Lineage) -> Iterable[tuple[tuple[str, ...], str, str | None]]:
    """(table,), "reads"/"writes", a column seen on it (or None)."""
    for name in (*lin.reads, *lin.intermediates):
        yield (name,), "read by", None
    for name in {w for st in lin.statements for w in st.writes}:
        yield (name,), "written by", None
    for ref in lin.columns:
        if ref.table and ref.column != "*":
            yield (ref.table,), "", ref.column
    for edge in lin.edges:
        if edge.target.table and edge.target.column != "*":
            yield (edge.target.table,), "", edge.target.column


def _column_uses(lin: Lineage) -> Iterable[tuple[tuple[str, ...], str, str | None]]:
    for ref in lin.columns:
        if ref.table and ref.column != "*":
            yield (ref.table, ref.column), "read by", None
    for edge in lin.edges:
        if edge.target.table and edge.target.column != "*":
            yield (edge.target.table, edge.target.column), "written by", None


def _catalog(
    entries: Iterable[MapEntry],
    uses: Callable[[Lineage], Iterable[tuple[tuple[str, ...], str, str | None]]],
    names: tuple[str, ...],
) -> list[dict[str, Any]]:
    """Catalog rows keyed by ``names`` (case-insensitive): who reads and writes each, from which
    sources and connections, and the newest audited run that touched it."""
    rows: dict[tuple[str, ...], dict[str, Any]] = {}
    for e in entries:
        assert e.lineage is not None
        for key, how, column in uses(e.lineage):
            r = rows.setdefault(
                tuple(k.lower() for k in key),
                {**dict(zip(names, key, strict=True)), "columns": set(), "read by": set(),
                 "written by": set(), "last run": None, "run by": "", "sources": set(),
                 "connections": set()},
            )  # fmt: skip
            if column is not None:
                r["columns"].add(column)
                continue
            r[how].add(e.key)
            r["sources"].add(SOURCE_LABELS.get(e.source, e.source))
            if e.connection:
                r["connections"].add(e.connection)
            last = r["last run"]
            if e.source == "history" and e.at and (last is None or e.at > last):
                r["last run"], r["run by"] = e.at, e.user or ""
    out = []
    for _, r in sorted(rows.items()):
        row = {
            **r,
            "columns": ", ".join(sorted(r["columns"], key=str.lower)),
            "read by": len(r["read by"]),
            "written by": len(r["written by"]),
            "last run": r["last run"].isoformat(timespec="minutes") if r["last run"] else "",
            "sources": ", ".join(sorted(r["sources"])),
            "connections": ", ".join(sorted(r["connections"])),
        }
        if "column" in names:
            row.pop("columns")
        out.append(row)
    return out


def _merge(entries: Iterable[MapEntry]) -> LineageGraph:
    g = LineageGraph()
    for e in entries:
        assert e.lineage is not None
        sub = e.lineage.graph()
        prefix = f"query:{e.key}"

        def rename(node_id: str, prefix: str = prefix) -> str:
            if node_id.startswith("query:"):
                return f"{prefix}#{node_id[len('query:') :]}"
            if node_id.startswith("column:@"):
                return f"column:@{prefix[len('query:') :]}#{node_id[len('column:@') :]}"
            return node_id

        many = len(e.lineage.statements) > 1
        title = _snippet(e.sql, 40) if e.source == "history" else e.name  # runs have no name
        for n in sub.nodes.values():
            label = n.label
            if n.kind == "query":
                label = f"{title} ({n.label})" if many else title
            table = rename(n.table) if n.table else None
            g.add_node(GraphNode(rename(n.id), n.kind, label, table))
        for edge in sub.edges:
            g.add_edge(rename(edge.source), rename(edge.target), edge.kind)
    return g


def utc(when: datetime) -> datetime:
    """``when`` as an aware UTC datetime (naive ones, as SQLite hands back, are taken as UTC)."""
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def _newest_first(use: Use) -> tuple[int, float, str]:
    at = use.entry.at
    return (0 if at else 1, -at.timestamp() if at else 0.0, use.entry.name)


def _snippet(sql: str, size: int = 200) -> str:
    flat = " ".join(sql.split())
    return flat if len(flat) <= size else flat[: size - 1] + "…"


__all__ = [
    "MODEL_PROVIDERS",
    "SOURCES",
    "SOURCE_LABELS",
    "MapEntry",
    "ModelProvider",
    "ModelSQL",
    "Use",
    "WorkspaceMap",
    "model_entries",
    "register_model_provider",
    "utc",
]
