"""The Chat NL→SQL pipeline (DESIGN.md §5).

    answer = ws.assistant.ask("Which airline is most often late?", ws.connections.target(cid))
    answer.sql, answer.result, answer.chart, answer.attempts

Modules, one job each: ``selection`` (which tables), ``schema_text`` (how they are shown and
counted), ``prompt``, ``extract`` (SQL out of a reply), ``validate`` (names against the catalog),
``service`` (the loop, repairs, storage).
"""

from iopsdata.assistant.extract import Extracted, extract_sql
from iopsdata.assistant.models import Answer, Attempt, Preview
from iopsdata.assistant.prompt import Prompt, build_prompt
from iopsdata.assistant.schema_text import estimate_tokens, render_table
from iopsdata.assistant.selection import Selection, select_tables
from iopsdata.assistant.service import AssistantService
from iopsdata.assistant.validate import Verdict, validate_sql

__all__ = [
    "Answer",
    "AssistantService",
    "Attempt",
    "Extracted",
    "Preview",
    "Prompt",
    "Selection",
    "Verdict",
    "build_prompt",
    "estimate_tokens",
    "extract_sql",
    "render_table",
    "select_tables",
    "validate_sql",
]
