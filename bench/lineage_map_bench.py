"""Workspace map at scale: N distinct statements × R audited runs each in a SQLite store.

Reports the time to build the map cold (every statement parsed) and warm (the LRU cache holds the
lineages), to answer the catalog questions, to draw nothing (the graph is merged only), and to
export OpenLineage. The reference, measured in the same run, is the existing impact scan over the
same workspace (``impact_report``), which reads the same rows and parses the same statements.

    python bench/lineage_map_bench.py [--n 500] [--runs 4]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus.lineage_corpus import generate
from iopsdata.lineage.service import cached_lineage
from iopsdata.workspace import Workspace
from tests.support.context import make_context


def timed(fn):
    start = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--runs", type=int, default=4)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ctx = make_context(Path(tmp))
        for _ in range(args.runs):
            for sql in generate(args.n):
                ctx.store.log_query(
                    ctx.workspace_id, user_id=ctx.user_id, connection_id=None, sql=sql,
                    source="editor", status="ok",
                )  # fmt: skip
        svc = Workspace(ctx).lineage
        cached_lineage.cache_clear()
        wmap, cold = timed(svc.map)
        _, warm = timed(svc.map)
        _, reference = timed(lambda: svc.impact_report("orders.o_totalprice", kind="drop"))
        _, catalog = timed(wmap.tables)
        _, uses = timed(lambda: wmap.uses("orders.o_totalprice"))
        _, impact = timed(lambda: svc.map_impact("orders.o_totalprice", workspace_map=wmap))
        graph, merge = timed(wmap.graph)
        text, export = timed(lambda: svc.openlineage(workspace_map=wmap))
        result = {
            "statements": len(wmap.entries),
            "runs": args.n * args.runs,
            "map_cold_s": round(cold, 3),
            "map_warm_s": round(warm, 3),
            "impact_report_warm_s (reference)": round(reference, 3),
            "map_warm / reference": round(warm / reference, 2),
            "tables_s": round(catalog, 3),
            "uses_s": round(uses, 3),
            "map_impact_s": round(impact, 3),
            "graph_merge_s": round(merge, 3),
            "graph_nodes": len(graph.nodes),
            "openlineage_s": round(export, 3),
            "openlineage_events": len(text.splitlines()),
        }
        print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
