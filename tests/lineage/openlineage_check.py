"""Strict check of OpenLineage JSON against the model the ``openlineage-python`` client ships.

openlineage-python 1.54.0 ships no JSON Schema file (no ``*.json`` under
``site-packages/openlineage``); what it ships is ``openlineage.client.generated``: attrs classes
generated from the spec's JSON Schemas, each carrying its schema URL (``_get_schema()``). This
reads a serialised event back against those classes: every required property present, no unknown
property, every value of the declared type (enums by value, nested objects recursively, facets by
their registered class) and every ``_schemaURL`` the one the class was generated from.
"""

from __future__ import annotations

import types
import typing
import uuid
from datetime import datetime
from enum import Enum
from typing import Any

import attr
from openlineage.client.event_v2 import RunEvent
from openlineage.client.generated import base, job_type_job, schema_dataset, sql_job
from openlineage.client.generated import column_lineage_dataset as cl

FACETS: dict[str, type] = {
    "sql": sql_job.SQLJobFacet,
    "jobType": job_type_job.JobTypeJobFacet,
    "columnLineage": cl.ColumnLineageDatasetFacet,
    "schema": schema_dataset.SchemaDatasetFacet,
}
FACET_BASES = (base.BaseFacet,)


def check_event(doc: dict[str, Any]) -> None:
    """Raise AssertionError naming the JSON path of the first violation."""
    _object(doc, RunEvent, "$")
    assert doc["schemaURL"] == RunEvent._get_schema(), doc["schemaURL"]
    datetime.fromisoformat(doc["eventTime"])
    uuid.UUID(doc["run"]["runId"])


def _object(value: Any, cls: type, path: str) -> None:
    assert isinstance(value, dict), f"{path}: expected an object for {cls.__name__}"
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in attr.fields(cls)}  # type: ignore[arg-type]
    unknown = set(value) - set(fields)
    assert not unknown, f"{path}: unknown properties {sorted(unknown)} in {cls.__name__}"
    for name, f in fields.items():
        if name not in value:
            assert f.default is not attr.NOTHING, f"{path}: missing required {name!r}"
            continue
        _value(value[name], hints[name], f"{path}.{name}")
    if "_schemaURL" in value:
        assert value["_schemaURL"] == cls._get_schema(), f"{path}._schemaURL"  # type: ignore[attr-defined]


def _value(value: Any, hint: Any, path: str) -> None:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in args if a is not type(None)]
        if value is None:
            assert type(None) in args, f"{path}: null not allowed"
            return
        assert len(options) == 1, f"{path}: ambiguous union {hint}"
        return _value(value, options[0], path)
    if origin is list:
        assert isinstance(value, list), f"{path}: expected an array"
        for i, item in enumerate(value):
            _value(item, args[0], f"{path}[{i}]")
        return
    if origin is dict:
        assert isinstance(value, dict), f"{path}: expected an object"
        for key, item in value.items():
            assert isinstance(key, str), f"{path}: non-string key"
            item_type = args[1]
            if isinstance(item_type, type) and issubclass(item_type, FACET_BASES):
                assert key in FACETS, f"{path}: facet {key!r} has no registered class"
                assert issubclass(FACETS[key], item_type), f"{path}.{key}: wrong facet kind"
                item_type = FACETS[key]
            _value(item, item_type, f"{path}.{key}")
        return
    if isinstance(hint, type) and issubclass(hint, Enum):
        assert value in {m.value for m in hint}, f"{path}: {value!r} not in {hint.__name__}"
        return
    if attr.has(hint):
        return _object(value, hint, path)
    if hint is Any:
        return
    expected = {str: str, int: int, bool: bool, float: (int, float)}[hint]
    assert isinstance(value, expected) and not (hint is int and isinstance(value, bool)), (
        f"{path}: expected {hint.__name__}, got {value!r}"
    )
