"""The workspace map as OpenLineage events (the open standard Marquez, DataHub and others ingest).

One COMPLETE ``RunEvent`` per map entry that reads or writes something: the job is the statement
(with the ``sql`` and ``jobType`` facets), inputs are the tables and files it reads, outputs the
tables and files it writes, each output with the ``columnLineage`` facet (output column ← input
columns) and a ``schema`` facet listing the columns written. Built with the ``openlineage-python``
client's own classes so the events are what its transports send.

Run ids are deterministic (``generate_static_uuid`` of the entry and its time), so exporting twice
sends the same runs, not new ones. Datasets are named as written in the SQL, in a namespace per
connection (``iopsdata://<workspace>/<connection>``); no host, port or credential is exported.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from iopsdata.lineage.graph import LineageGraph
from iopsdata.lineage.impact import same_table
from iopsdata.lineage.model import Lineage
from iopsdata.lineage.workspace_map import WorkspaceMap

if TYPE_CHECKING:
    from openlineage.client.event_v2 import RunEvent

PRODUCER = "https://github.com/iopsdata/iopsdata"
JOB_TYPES = {"model": "MODEL", "history": "QUERY", "saved": "QUERY", "chat": "QUERY"}


def namespace_for(workspace: str) -> str:
    """``iopsdata://<workspace slug>``: the jobs' namespace."""
    return f"iopsdata://{_slug(workspace) or 'workspace'}"


def run_events(
    wmap: WorkspaceMap, *, namespace: str, producer: str = PRODUCER, now: datetime | None = None
) -> list[RunEvent]:
    """COMPLETE run events for every entry of ``wmap`` that reads or writes a dataset.

    Args:
        namespace: the jobs' namespace (see :func:`namespace_for`); datasets get
            ``<namespace>/<connection>``.
        producer: URI of the producer, written into every event and facet.
        now: event time of undated entries (models); defaults to the current time.
    """
    from openlineage.client.event_v2 import Job, Run, RunEvent, RunState
    from openlineage.client.generated import job_type_job, sql_job
    from openlineage.client.uuid import generate_static_uuid

    now = now or datetime.now(UTC)
    events: list[RunEvent] = []
    for entry, lin in wmap.lineages():
        ds_ns = f"{namespace}/{_slug(entry.connection or '') or 'default'}"
        inputs, outputs = _inputs(lin, ds_ns, producer), _outputs(lin, ds_ns, producer)
        if not inputs and not outputs:
            continue
        at = entry.at or now
        job = Job(
            namespace=namespace,
            name=f"{entry.source}.{entry.id}",
            facets={
                "sql": sql_job.SQLJobFacet(
                    query=entry.sql, dialect=entry.dialect, producer=producer
                ),
                "jobType": job_type_job.JobTypeJobFacet(
                    processingType="BATCH",
                    integration="IOPSDATA",
                    jobType=JOB_TYPES.get(entry.source, "QUERY"),
                    producer=producer,
                ),
            },
        )
        run_id = str(generate_static_uuid(at, entry.key.encode("utf-8")))
        events.append(
            RunEvent(
                eventType=RunState.COMPLETE,
                eventTime=at.isoformat(),
                run=Run(runId=run_id),
                job=job,
                inputs=inputs,
                outputs=outputs,
                producer=producer,
            )
        )
    return events


def to_json_lines(events: list[Any]) -> str:
    """One JSON event per line (what ``openlineage`` file transports and most loaders read)."""
    from openlineage.client.serde import Serde

    return "".join(Serde.to_json(e) + "\n" for e in events)


def _inputs(lin: Lineage, ns: str, producer: str) -> list[Any]:
    from openlineage.client.event_v2 import InputDataset

    names = [*lin.reads, *lin.files_read]
    return [InputDataset(namespace=ns, name=n) for n in dict.fromkeys(names)]


def _outputs(lin: Lineage, ns: str, producer: str) -> list[Any]:
    from openlineage.client.event_v2 import OutputDataset
    from openlineage.client.generated import schema_dataset as sd

    graph = lin.graph()
    out = []
    for name in dict.fromkeys([*lin.writes, *lin.files_written]):
        fields = _column_lineage(graph, lin, name, ns)
        facets: dict[str, Any] = {}
        if fields:
            from openlineage.client.generated import column_lineage_dataset as cl

            facets["columnLineage"] = cl.ColumnLineageDatasetFacet(fields=fields, producer=producer)
            facets["schema"] = sd.SchemaDatasetFacet(
                fields=[sd.SchemaDatasetFacetFields(name=c) for c in fields], producer=producer
            )
        out.append(OutputDataset(namespace=ns, name=name, facets=facets))
    return out


def _column_lineage(graph: LineageGraph, lin: Lineage, output: str, ns: str) -> dict[str, Any]:
    """Output column -> the input columns it comes from, followed through intermediate tables and
    CTEs to the script's true sources (an intermediate is not an input dataset of the run)."""
    from openlineage.client.generated import column_lineage_dataset as cl

    sources = {r.lower() for r in (*lin.reads, *lin.files_read)}
    fields: dict[str, Any] = {}
    for node in graph.nodes.values():
        owner = graph.nodes.get(node.table or "")
        if node.kind != "column" or owner is None or not same_table(owner.label, output):
            continue
        column = node.label[len(owner.label) + 1 :]
        if column == "*":
            continue
        inputs = []
        for up in graph.upstream(node.id):
            up_owner = graph.nodes.get(up.table or "")
            if up.kind != "column" or up_owner is None or up_owner.label.lower() not in sources:
                continue
            up_column = up.label[len(up_owner.label) + 1 :]
            if up_column != "*":
                inputs.append(
                    cl.InputField(
                        namespace=ns,
                        name=up_owner.label,
                        field=up_column,
                        transformations=[cl.Transformation(type="DIRECT")],
                    )
                )
        fields[column] = cl.Fields(inputFields=inputs)
    return fields


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9._-]+", "-", text.lower()).strip("-")


__all__ = ["PRODUCER", "namespace_for", "run_events", "to_json_lines"]
