"""``AssistantService``: question → schema selection → prompt → provider → SQL → checks → run → Answer.

The model's output is data. Its SQL is extracted as text, validated against the catalog, checked
by the guard as read-only (Chat never writes, whatever the connection allows) and only then run
through the target, which guards it again and writes the audit row. Nothing the model writes is
ever executed as code.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from iopsdata.assistant.examples import rank_examples
from iopsdata.assistant.hints import hints_for
from iopsdata.assistant.models import Answer, Preview
from iopsdata.assistant.prompt import build_prompt
from iopsdata.assistant.rounds import guard_problem, run_rounds
from iopsdata.assistant.schema_text import Hints
from iopsdata.assistant.selection import Selection, prompt_notes, select_tables
from iopsdata.assistant.threads import ChatThreads, without_failed_turns
from iopsdata.context import members_only
from iopsdata.errors import (
    IopsError,
    NotFound,
    ProviderError,
    QueryRefused,
)

if TYPE_CHECKING:
    from iopsdata.assistant.streaming import AskStream
    from iopsdata.catalog.model import Catalog
    from iopsdata.context import WorkspaceContext
    from iopsdata.knowledge.model import Knowledge
    from iopsdata.llm import Provider
    from iopsdata.result import QueryResult
    from iopsdata.targets import QueryTarget

FOLLOW_UP_QUESTIONS = 2  # earlier questions of the thread used for schema selection
AUTO_EXECUTE_SETTING = "auto_execute"
SCHEMA_CHOICE = "schema_choice"  # user-turn payload key: the database/schema the user picked

log = logging.getLogger(__name__)


@members_only
class AssistantService(ChatThreads):
    """Chat for one user in one workspace (``ws.assistant``)."""

    def __init__(
        self,
        ctx: WorkspaceContext,
        knowledge: Callable[[str], Knowledge | None] | None = None,
    ) -> None:
        """``knowledge``: the team knowledge of a connection id (``ws.knowledge.get``), if any."""
        self.ctx = ctx
        self._knowledge_of = knowledge

    def _knowledge(self, target: QueryTarget) -> Knowledge | None:
        if self._knowledge_of is None:
            from iopsdata.knowledge.service import knowledge_for

            return knowledge_for(self.ctx, target)
        try:
            return self._knowledge_of(target.id)
        except IopsError as exc:  # knowledge helps selection; its failure must not stop Chat
            log.warning("team knowledge unavailable for %s: %s", target.id, exc.message)
            return None

    # -- settings -----------------------------------------------------------------------------
    def auto_execute(self, target: QueryTarget | None = None) -> bool:
        """The user's ``auto_execute`` setting; by default on, except on write-enabled connections."""
        value = self.ctx.store.get_user_settings(self.ctx.user_id).get(AUTO_EXECUTE_SETTING)
        if value is None:
            return not bool(getattr(target, "allow_writes", False))
        return bool(value)

    def set_auto_execute(self, on: bool) -> None:
        self.ctx.store.set_user_settings(self.ctx.user_id, {AUTO_EXECUTE_SETTING: bool(on)})

    # -- preparing ----------------------------------------------------------------------------
    def _prepare(
        self,
        question: str,
        target: QueryTarget,
        catalog: Catalog,
        history: Sequence[Mapping[str, Any]],
        pinned: Iterable[str],
        removed: Iterable[str],
        hints: Hints | None,
        schema: str | None = None,
    ) -> tuple[Selection, Any]:
        if hints is None:  # the caller knows none: use what profiling stored for this target
            hints = hints_for(self.ctx, target)
        earlier = [str(m.get("content") or "") for m in history if m.get("role") == "user"]
        selection_text = " ".join([*earlier[-FOLLOW_UP_QUESTIONS:], question])
        carried = []  # tables the previous answer used stay in for a follow-up
        for m in reversed(history):
            if m.get("role") == "assistant" and isinstance(m.get("payload"), dict):
                carried = list(m["payload"].get("tables") or ())
                break
        settings = self.ctx.settings
        knowledge = self._knowledge(target)
        selection = select_tables(
            catalog,
            selection_text,
            hints=hints,
            knowledge=knowledge,
            pinned=pinned,
            removed=removed,
            carried=carried,
            schema=schema or remembered_schema(history, catalog),
            budget_share=settings.chat_schema_share,
            budget_floor=settings.chat_schema_floor_tokens,
            budget_ceiling=settings.chat_schema_ceiling_tokens,
        )
        examples = rank_examples(
            question,
            self.ctx.store.list_examples(self.ctx.workspace_id, target.id),
            selection.tables,
        )
        prompt = build_prompt(
            question,
            catalog,
            selection.tables,
            dialect=target.dialect or catalog.dialect,
            hints=hints,
            examples=examples,
            history=history,
            knowledge=knowledge,
            columns=selection.columns,
            notes=prompt_notes(selection),
        )
        return selection, prompt

    def preview(
        self,
        question: str,
        target: QueryTarget,
        thread_id: str | None = None,
        *,
        pinned: Iterable[str] = (),
        removed: Iterable[str] = (),
        hints: Hints | None = None,
    ) -> Preview:
        """The selection and the exact messages ``ask`` would send, without calling a provider."""
        catalog = target.catalog()
        history = self.messages(thread_id) if thread_id else []
        selection, prompt = self._prepare(
            question, target, catalog, history, pinned, removed, hints
        )
        return Preview(selection, prompt.system, prompt.messages, prompt.tokens)

    # -- asking -------------------------------------------------------------------------------
    def ask(
        self,
        question: str,
        target: QueryTarget,
        thread_id: str | None = None,
        *,
        pinned: Iterable[str] = (),
        removed: Iterable[str] = (),
        on_text: Callable[[str], None] | None = None,
        hints: Hints | None = None,
        provider: Provider | None = None,
        auto_execute: bool | None = None,
        retry: bool = False,
        schema: str | None = None,
        source: str = "chat",
    ) -> Answer:
        """Answer ``question`` on ``target`` and store both turns in the thread.

        Args:
            question: the user's question (a follow-up reuses the thread's earlier turns).
            target: a ``QueryTarget`` (a saved connection or the workspace's files).
            thread_id: the chat to continue; a new one is created (titled by the question) if None.
            pinned / removed: tables the user forced into / out of the schema selection.
            on_text: called with each new piece of the explanation while it streams.
            hints: profile hints ``{table: {column: [values]}}``; by default the target's stored
                profiles (``hints_for``).
            provider: an explicit provider; by default ``iopsdata.llm.resolve_provider(ctx)``.
            auto_execute: override the user's setting for this question.
            retry: ask the thread's last question again in place of its failed turn.
            schema: the database/schema the user picked when Chat asked which one; remembered
                for the rest of the thread.
            source: what the audit log records as running the answer's SQL (``"mcp"`` when an
                agent asks through the MCP server).

        Returns:
            An ``Answer``; a refused or still-invalid query is reported in ``answer.error``.
            When two databases/schemas match the question closely and the thread has no
            choice yet, no provider is called: the answer asks which one (``answer.choices``).

        Raises:
            ProviderError: no provider is set up, or it failed. When it failed mid-question the
                thread keeps the question and the error as one turn (``exc.thread_id``), which
                ``retry=True`` replaces.
            NotFound: ``thread_id`` is not one of the user's chats in this workspace.
            QueryRefused: the thread asks another connection than ``target``.
        """
        if retry and thread_id:
            question, failed_ids = self._failed_turn(thread_id)
        if not question or not question.strip():
            raise QueryRefused("Ask a question first.", title="Empty question")
        started = time.perf_counter()
        store, ws, me = self.ctx.store, self.ctx.workspace_id, self.ctx.user_id
        if thread_id:
            self._bind_connection(thread_id, target.id)
        catalog = target.catalog()
        dialect = target.dialect or catalog.dialect
        history = without_failed_turns(self.messages(thread_id)) if thread_id else []
        if schema is not None and schema not in {t.schema for t in catalog.tables}:
            raise QueryRefused(f"{schema} is not a schema of this connection.")
        selection, prompt = self._prepare(
            question, target, catalog, history, pinned, removed, hints, schema
        )
        if selection.candidates:
            others = bool(
                {t.schema for t in catalog.tables if t.schema} - set(selection.candidates)
            )
            return self._ask_which(question, target, thread_id, selection, others=others)
        if provider is None:
            from iopsdata.llm import resolve_provider

            provider = resolve_provider(self.ctx)
        if thread_id is None:
            thread_id = self.new_thread(" ".join(question.split())[:80], target.id)
        elif retry:
            store.delete_messages(ws, thread_id, failed_ids, user_id=me)
        store.add_message(
            ws,
            thread_id,
            user_id=me,
            role="user",
            content=question.strip(),
            payload={SCHEMA_CHOICE: schema} if schema else None,
        )
        run = auto_execute if auto_execute is not None else self.auto_execute(target)
        try:
            out = run_rounds(
                provider,
                prompt,
                catalog,
                target,
                execute=run,
                on_text=on_text,
                gate=_cost_gate(target),  # EXPLAIN first: an expensive answer waits for the user
                source=source,
            )
        except ProviderError as exc:  # one turn: the question and why it has no answer
            failed = {"question": question.strip(), "error": exc.message, "failed": True}
            store.add_message(
                ws,
                thread_id,
                user_id=me,
                role="assistant",
                content=exc.message,
                payload={**failed, "connection_id": target.id, "thread_id": thread_id},
            )
            exc.thread_id = thread_id
            raise
        chart = lineage = None
        if out.result is not None:
            from iopsdata.charts import chart_spec

            chart = chart_spec(out.result)
        if out.sql and out.error is None:
            lineage = _lineage(out.sql, dialect)
        answer = Answer(
            question=question.strip(),
            sql=out.sql,
            explanation=out.explanation,
            result=out.result,
            chart=chart,
            lineage=lineage,
            tables=out.tables,
            selection=selection,
            tokens_in=out.tokens_in,
            tokens_out=out.tokens_out,
            cost_usd=out.cost_usd,
            latency_s=time.perf_counter() - started,
            attempts=tuple(out.attempts),
            thread_id=thread_id,
            error=out.error,
            executed=out.result is not None,
            provider=getattr(provider, "name", None),
            model=getattr(provider, "model", None),
            connection_id=target.id,
            estimate=out.estimate,
        )
        message_id = store.add_message(
            ws,
            thread_id,
            user_id=me,
            role="assistant",
            content=out.explanation or (out.error or ""),
            payload=answer.to_dict(),
        )
        return _with_message(answer, message_id)

    def _ask_which(
        self,
        question: str,
        target: QueryTarget,
        thread_id: str | None,
        selection: Selection,
        *,
        others: bool,
    ) -> Answer:
        """Store the question and a turn asking which database/schema it means (no provider).

        ``others``: the connection has databases besides the candidates (Chat lists them under
        the buttons); only then does the question point to that list.
        """
        store, ws, me = self.ctx.store, self.ctx.workspace_id, self.ctx.user_id
        if thread_id is None:
            thread_id = self.new_thread(" ".join(question.split())[:80], target.id)
        store.add_message(ws, thread_id, user_id=me, role="user", content=question.strip())
        *first, last = selection.candidates
        names = f"{', '.join(first)} or {last}" if first else last
        answer = Answer(
            question=question.strip(),
            sql=None,
            explanation=(
                f"This question fits more than one database: {names}. Which one do you mean?"
                + (
                    " (Another one: pick it from the list below, or name it in your question.)"
                    if others
                    else ""
                )
            ),
            result=None,
            chart=None,
            lineage=None,
            tables=(),
            selection=selection,
            tokens_in=0,
            tokens_out=0,
            cost_usd=None,
            latency_s=0.0,
            attempts=(),
            thread_id=thread_id,
            connection_id=target.id,
            choices=selection.candidates,
        )
        message_id = store.add_message(
            ws,
            thread_id,
            user_id=me,
            role="assistant",
            content=answer.explanation,
            payload=answer.to_dict(),
        )
        return _with_message(answer, message_id)

    def ask_stream(
        self, question: str, target: QueryTarget, thread_id: str | None = None, **kwargs: Any
    ) -> AskStream:
        """``ask`` in a worker thread: iterate the result for explanation text, then ``.result()``."""
        from iopsdata.assistant.streaming import AskStream

        return AskStream(
            lambda on_text: self.ask(question, target, thread_id, on_text=on_text, **kwargs)
        )

    def provider_problem(self) -> str | None:
        """None when an AI provider is set up, else the message saying how to set one up."""
        from iopsdata.llm import resolve_provider

        try:
            resolve_provider(self.ctx)
        except ProviderError as exc:
            return exc.message
        return None

    # -- after the answer ---------------------------------------------------------------------
    def execute(self, message_id: str, target: QueryTarget) -> QueryResult:
        """Run a stored answer's SQL (when auto-execute was off), guarded again, audited by the target."""
        payload = self._answer_payload(message_id)
        sql = payload.get("sql")
        if not sql or payload.get("error"):
            raise QueryRefused("This answer has no runnable SQL.")
        if payload.get("connection_id") not in (None, target.id):
            raise QueryRefused("This answer was written for another database; open its chat.")
        problem = guard_problem(sql, target.dialect, getattr(target, "allowed_functions", ()))
        if problem:
            raise QueryRefused(problem[:1].upper() + problem[1:])
        return target.run(sql, source="chat")

    def approve(self, message_id: str) -> str:
        """Save an answer's question → SQL pair as an approved example for its connection.

        Raises:
            PermissionDenied: viewers cannot approve.
            NotFound: no such answer.
            QueryRefused: the answer has no valid SQL.
        """
        self.ctx.require("editor")
        payload = self._answer_payload(message_id)
        if not payload.get("sql") or payload.get("error"):
            raise QueryRefused("Only an answer with a valid query can become an example.")
        return self.ctx.store.add_example(
            self.ctx.workspace_id,
            connection_id=payload.get("connection_id"),
            question=payload.get("question") or "",
            sql=payload["sql"],
            approved_by=self.ctx.user_id,
        )

    def _answer_payload(self, message_id: str) -> dict[str, Any]:
        message = self.ctx.store.get_message(
            self.ctx.workspace_id, message_id, user_id=self.ctx.user_id
        )
        payload = message.get("payload")
        if message.get("role") != "assistant" or not isinstance(payload, dict):
            raise NotFound("That message is not an answer.")
        return payload


def remembered_schema(history: Sequence[Mapping[str, Any]], catalog: Catalog) -> str | None:
    """The database/schema the user last picked in this thread, if it is still in the catalog."""
    schemas = {t.schema for t in catalog.tables}
    for m in reversed(history):
        payload = m.get("payload")
        if m.get("role") == "user" and isinstance(payload, dict) and payload.get(SCHEMA_CHOICE):
            choice = str(payload[SCHEMA_CHOICE])
            return choice if choice in schemas else None
    return None


def _lineage(sql: str, dialect: str) -> dict[str, Any] | None:
    try:
        from iopsdata.lineage import lineage_summary

        return lineage_summary(sql, dialect)
    except (ImportError, IopsError):
        return None


def _cost_gate(target: QueryTarget) -> Callable[[str], Any]:
    """The check ``run_rounds`` makes before running an answer (see :func:`iopsdata.estimate.gate`)."""
    from iopsdata.estimate import gate

    return lambda sql: gate(target, sql)


def _with_message(answer: Answer, message_id: str) -> Answer:
    from dataclasses import replace

    return replace(answer, message_id=message_id)
