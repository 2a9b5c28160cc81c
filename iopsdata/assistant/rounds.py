"""The answer loop: ask the provider, extract, validate, guard, run; repair with the precise problem.

At most ``1 + MAX_CHECK_REPAIRS + MAX_DB_REPAIRS`` provider calls per question. Model output only
ever becomes SQL text that passed validation and the read-only guard before ``target.run``.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from iopsdata.assistant.models import Attempt
from iopsdata.assistant.prompt import Prompt, repair_message
from iopsdata.assistant.stream import ProseStream
from iopsdata.errors import QueryCancelled, QueryFailed, QueryRefused, QueryTimeout

if TYPE_CHECKING:
    from iopsdata.catalog.model import Catalog
    from iopsdata.estimate import Estimate
    from iopsdata.llm import Provider
    from iopsdata.result import QueryResult
    from iopsdata.targets import QueryTarget

MAX_CHECK_REPAIRS = 2  # rounds for unknown names, parse errors and guard refusals
MAX_DB_REPAIRS = 2  # rounds for database errors
MAX_OUTPUT_TOKENS = 1200


@dataclass
class Outcome:
    """What the rounds produced (the service turns it into an ``Answer``)."""

    sql: str | None = None
    explanation: str = ""
    result: QueryResult | None = None
    tables: tuple[str, ...] = ()
    error: str | None = None
    attempts: list[Attempt] = field(default_factory=list)
    tokens_in: int = 0
    tokens_out: int = 0
    cost_usd: float | None = 0.0
    estimate: Estimate | None = None  # the plan's estimate, when one was made before running


def guard_problem(sql: str, dialect: str, allowed_functions: Collection[str] = ()) -> str | None:
    """The guard's refusal in words, or None. Chat's SQL is always checked as read-only, with the
    connection's own extra allowed functions (the same allowlist ``execute`` applies)."""
    from iopsdata.guard import check_sql

    try:
        check_sql(sql, dialect, allow_writes=False, allowed_functions=allowed_functions)
    except (QueryRefused, QueryFailed) as exc:  # refused, or a syntax error to repair
        return exc.message
    return None


def run_rounds(
    provider: Provider,
    prompt: Prompt,
    catalog: Catalog,
    target: QueryTarget,
    *,
    execute: bool,
    on_text: Callable[[str], None] | None = None,
    gate: Callable[[str], Estimate | None] | None = None,
    source: str = "chat",
) -> Outcome:
    """Ask, check and (if ``execute``) run, repairing until the SQL works or the rounds run out.

    ``gate`` estimates checked SQL before it runs; an estimate ``over`` its threshold stops
    here without running (the answer keeps the estimate, and the user decides). ``source`` is
    what the audit log says ran the SQL (``"chat"``, or ``"mcp"`` for an agent's ``ask``).
    """
    dialect = target.dialect or catalog.dialect
    out = Outcome()
    messages = [dict(m) for m in prompt.messages]
    check_repairs = db_repairs = 0
    while True:
        stream = ProseStream(on_text)
        response = provider.complete(
            messages, system=prompt.system, max_tokens=MAX_OUTPUT_TOKENS, temperature=0
        )
        for chunk in response:
            stream.feed(chunk)
        usage = response.usage
        out.tokens_in += usage.input_tokens or 0
        out.tokens_out += usage.output_tokens or 0
        if out.cost_usd is not None:
            out.cost_usd = None if response.cost_usd is None else out.cost_usd + response.cost_usd
        from iopsdata.assistant.extract import extract_sql  # sqlglot: loaded on the first ask
        from iopsdata.assistant.validate import validate_sql

        found = extract_sql(stream.text, dialect)
        out.explanation, out.sql = found.explanation, found.sql

        def attempt(problem: str | None, stage: str, sql=found.sql, usage=usage) -> None:
            out.attempts.append(
                Attempt(sql, problem, stage, usage.input_tokens, usage.output_tokens)
            )

        if found.sql is None:  # the model says it cannot answer: no repair, its words are shown
            attempt("no SQL in the reply", "extract")
            out.error = "The assistant did not write a query for this question."
            return out
        verdict = validate_sql(found.sql, catalog, dialect)
        out.tables = verdict.tables
        problem, stage, database_error = verdict.problem, "validate", False
        if problem is None:
            allowed = getattr(target, "allowed_functions", ())
            problem, stage = guard_problem(found.sql, dialect, allowed), "guard"
        if problem is None and execute and gate is not None:
            out.estimate = gate(found.sql)
            if out.estimate is not None and out.estimate.over:
                attempt(None, "ok")
                return out
        if problem is None and execute:
            try:
                out.result = target.run(found.sql, source=source)
            except QueryRefused as exc:
                problem, stage = exc.message, "guard"
            except (QueryTimeout, QueryCancelled) as exc:  # not the SQL's fault: no repair
                attempt(exc.message, "execute")
                out.error = exc.message
                return out
            except QueryFailed as exc:
                problem, stage, database_error = exc.message, "execute", True
        attempt(problem, stage if problem else "ok")
        if problem is None:
            return out
        if database_error and db_repairs < MAX_DB_REPAIRS:
            db_repairs += 1
        elif not database_error and check_repairs < MAX_CHECK_REPAIRS:
            check_repairs += 1
        else:
            out.error = problem[:1].upper() + problem[1:]
            return out
        messages += [
            {"role": "assistant", "content": stream.text or "(empty reply)"},
            {"role": "user", "content": repair_message(problem, database_error=database_error)},
        ]
