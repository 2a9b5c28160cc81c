"""Lineage: tables read/written, CTEs, columns and column-level edges of SQL, a graph, impact."""

from iopsdata.lineage.graph import GraphEdge, GraphNode, LineageGraph
from iopsdata.lineage.impact import KIND_LABELS, ImpactHit
from iopsdata.lineage.model import ColumnEdge, ColumnRef, Lineage, StatementLineage
from iopsdata.lineage.script import extract_lineage, lineage_summary
from iopsdata.lineage.service import DIALECTS, ImpactReport, LineageService

__all__ = [
    "DIALECTS",
    "KIND_LABELS",
    "ColumnEdge",
    "ColumnRef",
    "GraphEdge",
    "GraphNode",
    "ImpactHit",
    "ImpactReport",
    "Lineage",
    "LineageGraph",
    "LineageService",
    "StatementLineage",
    "extract_lineage",
    "lineage_summary",
]
