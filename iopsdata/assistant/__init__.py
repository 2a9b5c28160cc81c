"""The Chat NL→SQL pipeline (DESIGN.md §5).

    answer = ws.assistant.ask("Which airline is most often late?", ws.connections.target(cid))
    answer.sql, answer.result, answer.chart, answer.attempts

Modules, one job each: ``selection`` (which tables), ``schema_text`` (how they are shown and
counted), ``prompt``, ``extract`` (SQL out of a reply), ``validate`` (names against the catalog),
``service`` (the loop, repairs, storage).
"""

from __future__ import annotations

import importlib
from typing import Any

# Lazy: the Chat page needs the service on first render, not sqlglot (imported on the first ask).
_EXPORTS = {
    "Extracted": "extract",
    "extract_sql": "extract",
    "Answer": "models",
    "Attempt": "models",
    "Preview": "models",
    "Prompt": "prompt",
    "build_prompt": "prompt",
    "estimate_tokens": "schema_text",
    "render_table": "schema_text",
    "Selection": "selection",
    "select_tables": "selection",
    "AssistantService": "service",
    "Verdict": "validate",
    "validate_sql": "validate",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(name)
    return getattr(importlib.import_module(f"iopsdata.assistant.{module}"), name)
