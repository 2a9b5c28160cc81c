"""dbt import without dbt-core: read ``manifest.json`` (and ``catalog.json``) as plain JSON.

What becomes what (docs/knowledge.md):

* model, seed, snapshot and source descriptions, and their columns' → ``Knowledge.descriptions``
  (Chat's schema text shows them as comments); ``catalog.json`` comments fill the gaps;
* ``relationships`` tests → ``JoinPath(source="dbt")``; ``accepted_values`` tests → value hints;
* semantic-layer metrics (simple and ratio over a semantic model's measures) and legacy metrics →
  ``Metric``; every metric and every exposure also → a glossary entry (its label, what it means,
  the tables it rests on);
* each model's compiled SQL → a ``DbtModel`` that lineage reads as "builds <relation> from …".

Table names are ``schema.alias`` (how the catalog qualifies them); the manifest's own relation name
(``"db"."schema"."alias"``) is kept for the lineage statement.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from iopsdata.errors import KnowledgeError
from iopsdata.knowledge import rows as r
from iopsdata.knowledge.model import GlossaryEntry, JoinPath, Metric
from iopsdata.knowledge.rows import DbtModel

MAX_BYTES = 200_000_000
RELATION_TYPES = ("model", "seed", "snapshot")
#: dbt adapter → sqlglot dialect (for lineage of compiled SQL).
DIALECTS = {
    "postgres": "postgres",
    "redshift": "redshift",
    "snowflake": "snowflake",
    "bigquery": "bigquery",
    "duckdb": "duckdb",
    "databricks": "databricks",
    "spark": "spark",
    "trino": "trino",
    "sqlserver": "tsql",
    "fabric": "tsql",
    "mysql": "mysql",
    "sqlite": "sqlite",
    "clickhouse": "clickhouse",
    "oracle": "oracle",
}
_AGG = {
    "sum": "sum({})",
    "count": "count({})",
    "count_distinct": "count(distinct {})",
    "average": "avg({})",
    "avg": "avg({})",
    "min": "min({})",
    "max": "max({})",
    "median": "median({})",
    "sum_boolean": "sum(case when {} then 1 else 0 end)",
}
_REF = re.compile(r"\{\{\s*ref\(\s*['\"]([^'\"]+)['\"]\s*\)\s*\}\}")
_SOURCE = re.compile(r"\{\{\s*source\(\s*['\"]([^'\"]+)['\"]\s*,\s*['\"]([^'\"]+)['\"]\s*\)\s*\}\}")


@dataclass(frozen=True)
class DbtImport:
    """What one manifest (and catalog) yields, before it is stored."""

    project: str
    dialect: str | None
    descriptions: dict[str, str] = field(default_factory=dict)
    value_hints: dict[str, tuple[str, ...]] = field(default_factory=dict)
    joins: tuple[JoinPath, ...] = ()
    metrics: tuple[Metric, ...] = ()
    glossary: tuple[GlossaryEntry, ...] = ()
    models: tuple[DbtModel, ...] = ()
    warnings: tuple[str, ...] = ()

    def rows(self) -> list[r.Row]:
        """Store rows (kind, key, body), the same shape hand-made items have."""
        out: list[r.Row] = [("description", k, {"text": v}) for k, v in self.descriptions.items()]
        out += [("value_hint", k, {"values": list(v)}) for k, v in self.value_hints.items()]
        out += [r.to_row("join", j) for j in self.joins]
        out += [r.to_row("metric", m) for m in self.metrics]
        out += [r.to_row("glossary", g) for g in self.glossary]
        for m in self.models:
            _, key, body = r.to_row("dbt_model", m)
            out.append(("dbt_model", key, {**body, "dialect": self.dialect}))
        return out

    def counts(self) -> dict[str, int]:
        return {
            "descriptions": len(self.descriptions),
            "value_hints": len(self.value_hints),
            "joins": len(self.joins),
            "metrics": len(self.metrics),
            "glossary": len(self.glossary),
            "models": len(self.models),
        }


def _load_json(source: str | bytes | Path, what: str) -> dict[str, Any]:
    if isinstance(source, Path) or (
        isinstance(source, str) and not source.lstrip().startswith(("{", "["))
    ):
        path = Path(source)
        try:
            if path.stat().st_size > MAX_BYTES:
                raise KnowledgeError(f"{path.name} is larger than 200 MB.")
            source = path.read_bytes()
        except OSError as exc:
            raise KnowledgeError(
                f"The {what} file {path} cannot be read ({exc.strerror})."
            ) from exc
    try:
        doc = json.loads(source)
    except (ValueError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"The {what} is not valid JSON ({exc}).") from exc
    if not isinstance(doc, dict):
        raise KnowledgeError(f"The {what} is not a dbt {what} (expected a JSON object).")
    return doc


def read_dbt(manifest: str | bytes | Path, catalog: str | bytes | Path | None = None) -> DbtImport:
    """Read a dbt manifest (v7 to v12 and later) and optional catalog into a ``DbtImport``.

    Args:
        manifest: ``manifest.json`` as a path, its text or its bytes.
        catalog: ``catalog.json`` from ``dbt docs generate`` (comments fill missing descriptions).

    Raises:
        KnowledgeError: unreadable or not a dbt manifest.
    """
    doc = _load_json(manifest, "manifest")
    meta = doc.get("metadata") or {}
    if not isinstance(doc.get("nodes"), Mapping) or "manifest" not in str(
        meta.get("dbt_schema_version", "manifest")
    ):
        raise KnowledgeError("This is not a dbt manifest.json (it has no nodes section).")
    cat = _load_json(catalog, "catalog") if catalog is not None else {}
    return _Reader(doc, cat).read()


class _Reader:
    def __init__(self, manifest: dict[str, Any], catalog: dict[str, Any]) -> None:
        self.m = manifest
        self.cat = catalog
        self.nodes: dict[str, Any] = dict(manifest.get("nodes") or {})
        self.sources: dict[str, Any] = dict(manifest.get("sources") or {})
        self.tables: dict[str, str] = {}  # unique_id -> schema.alias
        self.relations: dict[str, str] = {}  # unique_id -> relation name as dbt renders it
        self.warnings: list[str] = []

    def read(self) -> DbtImport:
        meta = self.m.get("metadata") or {}
        adapter = str(meta.get("adapter_type") or "")
        for uid, node in [*self.nodes.items(), *self.sources.items()]:
            if node.get("resource_type") in (*RELATION_TYPES, "source"):
                alias = node.get("identifier") or node.get("alias") or node.get("name")
                self.tables[uid] = f"{node.get('schema')}.{alias}" if node.get("schema") else alias
                self.relations[uid] = node.get("relation_name") or self.tables[uid]
        descriptions = self._descriptions()
        joins, hints = self._tests()
        metrics, glossary = self._metrics()
        glossary += self._exposures()
        return DbtImport(
            project=str(meta.get("project_name") or ""),
            dialect=DIALECTS.get(adapter),
            descriptions=descriptions,
            value_hints=hints,
            joins=tuple(joins),
            metrics=tuple(metrics),
            glossary=tuple(glossary),
            models=tuple(self._models()),
            warnings=tuple(self.warnings),
        )

    # -- descriptions -------------------------------------------------------------------------
    def _descriptions(self) -> dict[str, str]:
        out: dict[str, str] = {}
        cat_nodes = {**(self.cat.get("nodes") or {}), **(self.cat.get("sources") or {})}
        for uid, table in self.tables.items():
            node = self.nodes.get(uid) or self.sources.get(uid) or {}
            cat = cat_nodes.get(uid) or {}
            text = _clean(node.get("description")) or _clean(
                (cat.get("metadata") or {}).get("comment")
            )
            if text:
                out[table] = text
            columns = dict(node.get("columns") or {})
            for name, col in (cat.get("columns") or {}).items():
                columns.setdefault(name, {}).setdefault("comment", col.get("comment"))
            for name, col in columns.items():
                text = _clean(col.get("description")) or _clean(col.get("comment"))
                if text:
                    out[f"{table}.{col.get('name') or name}"] = text
        return out

    # -- tests --------------------------------------------------------------------------------
    def _tests(self) -> tuple[list[JoinPath], dict[str, tuple[str, ...]]]:
        joins: list[JoinPath] = []
        hints: dict[str, tuple[str, ...]] = {}
        for node in self.nodes.values():
            if node.get("resource_type") != "test":
                continue
            tm = node.get("test_metadata") or {}
            kwargs = {**(tm.get("kwargs") or {}), **(tm.get("arguments") or {})}
            column = node.get("column_name") or kwargs.get("column_name")
            owner = node.get("attached_node") or next(
                iter((node.get("depends_on") or {}).get("nodes") or ()), None
            )
            table = self.tables.get(owner or "")
            if not column or not table or tm.get("namespace") not in (None, "dbt"):
                continue
            if tm.get("name") == "accepted_values" and isinstance(kwargs.get("values"), list):
                hints[f"{table}.{column}"] = tuple(str(v) for v in kwargs["values"])
            elif tm.get("name") == "relationships" and kwargs.get("field"):
                others = [
                    n for n in (node.get("depends_on") or {}).get("nodes") or () if n != owner
                ]
                target = self.tables.get(others[0]) if others else table
                if target is None:
                    continue
                joins.append(
                    r.join_path(
                        table,
                        [column],
                        target,
                        [kwargs["field"]],
                        source="dbt",
                        reason=f"dbt relationships test: {table}.{column} → {target}.{kwargs['field']}",
                    )
                )
        return joins, hints

    # -- metrics and exposures ----------------------------------------------------------------
    def _measures(self) -> dict[str, tuple[str, str, str | None]]:
        """measure name -> (SQL expression, table, time column) from the semantic models."""
        out: dict[str, tuple[str, str, str | None]] = {}
        for sm in (self.m.get("semantic_models") or {}).values():
            deps = (sm.get("depends_on") or {}).get("nodes") or ()
            table = next((self.tables[d] for d in deps if d in self.tables), None)
            if table is None:
                continue
            default_time = (sm.get("defaults") or {}).get("agg_time_dimension")
            for measure in sm.get("measures") or ():
                agg = _AGG.get(str(measure.get("agg") or "").lower())
                if agg is None:
                    continue
                expr = agg.format(measure.get("expr") or measure.get("name"))
                time = measure.get("agg_time_dimension") or default_time
                out[str(measure.get("name"))] = (expr, table, time)
        return out

    def _metrics(self) -> tuple[list[Metric], list[GlossaryEntry]]:
        measures = self._measures()
        metrics: dict[str, Metric] = {}
        defs = list((self.m.get("metrics") or {}).values())
        for _ in range(3):  # ratios may refer to metrics defined after them
            for d in defs:
                name = str(d.get("name"))
                if name not in metrics:
                    built = self._metric(d, measures, metrics)
                    if built is not None:
                        metrics[name] = built
        glossary = []
        for d in defs:
            name = str(d.get("name"))
            label = _clean(d.get("label")) or name
            made = metrics.get(name)
            kind = d.get("type") or d.get("calculation_method") or "metric"
            meaning = _clean(d.get("description")) or f"A dbt {kind} metric."
            glossary.append(
                r.glossary_entry(
                    label,
                    meaning,
                    [name] if name != label else [],
                    [made.table] if made else [],
                )
            )
            if made is None:
                self.warnings.append(f"Metric {name!r} ({kind}) became a glossary entry only.")
        return list(metrics.values()), glossary

    def _metric(
        self,
        d: Mapping[str, Any],
        measures: Mapping[str, tuple[str, str, str | None]],
        made: Mapping[str, Metric],
    ) -> Metric | None:
        name, desc = str(d.get("name")), _clean(d.get("description"))
        params = d.get("type_params") or {}
        kind = d.get("type")
        if kind == "simple":
            measure = params.get("measure") or {}
            hit = measures.get(
                str(measure.get("name") if isinstance(measure, Mapping) else measure)
            )
            if hit:
                return r.metric(name, hit[0], hit[1], desc, hit[2])
        elif kind == "ratio":
            num, den = (_metric_name(params.get(k)) for k in ("numerator", "denominator"))
            a, b = made.get(num or ""), made.get(den or "")
            if a and b and a.table == b.table:
                expr = f"({a.expression}) / nullif({b.expression}, 0)"
                return r.metric(name, expr, a.table, desc, a.time_column)
        elif d.get("calculation_method") and d.get("expression"):  # dbt < 1.6 metrics
            deps = (d.get("depends_on") or {}).get("nodes") or ()
            table = next((self.tables[x] for x in deps if x in self.tables), None)
            agg = _AGG.get(str(d["calculation_method"]).lower())
            if table and agg:
                return r.metric(name, agg.format(d["expression"]), table, desc, d.get("timestamp"))
        return None

    def _exposures(self) -> list[GlossaryEntry]:
        out = []
        for e in (self.m.get("exposures") or {}).values():
            name = str(e.get("name"))
            label = _clean(e.get("label")) or name
            deps = (e.get("depends_on") or {}).get("nodes") or ()
            meaning = _clean(e.get("description")) or "A dbt exposure."
            kind = e.get("type")
            out.append(
                r.glossary_entry(
                    label,
                    f"{meaning} (dbt exposure{': ' + kind if kind else ''})",
                    [name] if name != label else [],
                    [self.tables[d] for d in deps if d in self.tables],
                )
            )
        return out

    # -- models -------------------------------------------------------------------------------
    def _models(self) -> list[DbtModel]:
        out = []
        by_name = {
            n.get("name"): self.relations[uid]
            for uid, n in self.nodes.items()
            if uid in self.relations
        }
        by_source = {
            (n.get("source_name"), n.get("name")): self.relations[uid]
            for uid, n in self.sources.items()
            if uid in self.relations
        }
        for uid, node in self.nodes.items():
            if node.get("resource_type") != "model" or node.get("language", "sql") != "sql":
                continue
            sql = node.get("compiled_code") or node.get("compiled_sql")
            if not sql:  # a manifest from `dbt parse`: resolve plain ref()/source() ourselves
                raw = str(node.get("raw_code") or node.get("raw_sql") or "")
                sql = _REF.sub(lambda m: by_name.get(m.group(1), m.group(1)), raw)
                sql = _SOURCE.sub(
                    lambda m: by_source.get((m.group(1), m.group(2)), m.group(2)), sql
                )
                if "{{" in sql or "{%" in sql:
                    self.warnings.append(f"Model {node.get('name')!r} is not compiled; skipped.")
                    continue
            out.append(
                DbtModel(
                    str(node.get("name")),
                    self.relations[uid],
                    str(sql),
                    _clean(node.get("description")),
                )
            )
        return out


def _metric_name(value: Any) -> str | None:
    if isinstance(value, Mapping):
        return str(value.get("name")) if value.get("name") else None
    return str(value) if value else None


def _clean(value: Any) -> str:
    return " ".join(str(value).split()) if value else ""
