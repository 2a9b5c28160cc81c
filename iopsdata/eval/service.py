"""``EvalService`` (``ws.evaluate``): golden sets and the runs that score Chat against them.

Members read sets, runs and verdicts; editors and owners change sets and start or stop runs
(a run spends the user's provider budget). Runs go through the real ``ask`` pipeline with the
user's saved keys and base URLs (``iopsdata.llm.resolve_provider``).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from iopsdata.context import members_only
from iopsdata.errors import NotFound, ProviderError, QueryRefused
from iopsdata.eval import files as golden_files
from iopsdata.eval import runner
from iopsdata.eval.model import GoldenQuestion, RunConfig, Summary, Verdict

if TYPE_CHECKING:
    from iopsdata.context import WorkspaceContext
    from iopsdata.eval.report import Report
    from iopsdata.llm import Provider
    from iopsdata.targets import QueryTarget

FILES_ID = "files"
STARTER_NAME = "NYC flights 2013 (starter)"
MAX_CONFIGS = 6


@members_only
class EvalService:
    """Golden sets and evaluation runs of the context's workspace."""

    def __init__(self, ctx: WorkspaceContext) -> None:
        self.ctx = ctx

    # -- golden sets ------------------------------------------------------------------------------
    def sets(self) -> list[dict[str, Any]]:
        """Every golden set of the workspace with its question count."""
        return self.ctx.store.list_eval_sets(self.ctx.workspace_id)

    def get_set(self, set_id: str) -> dict[str, Any]:
        return self.ctx.store.get_eval_set(self.ctx.workspace_id, set_id)

    def create_set(
        self,
        name: str,
        connection: str,
        *,
        description: str = "",
        questions: Iterable[GoldenQuestion] = (),
    ) -> str:
        """A new golden set on ``connection`` (a name, an id, or ``"files"``). Editors only."""
        self.ctx.require("editor")
        connection_id = self._connection_id(connection)
        items = self._checked(connection_id, questions)  # a bad question creates no set
        set_id = self.ctx.store.create_eval_set(
            self.ctx.workspace_id,
            name=name,
            connection_id=connection_id,
            description=description,
            created_by=self.ctx.user_id,
        )
        if items:
            self.ctx.store.add_eval_questions(self.ctx.workspace_id, set_id, items)
        return set_id

    def rename_set(self, set_id: str, name: str, description: str | None = None) -> None:
        self.ctx.require("editor")
        fields: dict[str, Any] = {"name": name.strip()}
        if description is not None:
            fields["description"] = description
        self.ctx.store.update_eval_set(self.ctx.workspace_id, set_id, **fields)

    def delete_set(self, set_id: str) -> None:
        """Delete a set with its questions and runs. Editors only."""
        self.ctx.require("editor")
        self.ctx.store.delete_eval_set(self.ctx.workspace_id, set_id)

    # -- questions --------------------------------------------------------------------------------
    def questions(self, set_id: str) -> list[GoldenQuestion]:
        self.get_set(set_id)
        rows = self.ctx.store.list_eval_questions(self.ctx.workspace_id, set_id)
        return [GoldenQuestion.from_row(r) for r in rows]

    def add_questions(self, set_id: str, questions: Iterable[GoldenQuestion]) -> list[str]:
        """Append questions by hand or from any source. Editors only."""
        self.ctx.require("editor")
        items = self._checked(self.get_set(set_id).get("connection_id"), questions)
        return self.ctx.store.add_eval_questions(self.ctx.workspace_id, set_id, items)

    def _checked(
        self, connection_id: str | None, questions: Iterable[GoldenQuestion]
    ) -> list[dict[str, Any]]:
        """The questions as rows, once each has a question and gold SQL the guard accepts on the
        set's connection (read-only, its dialect's syntax): a typo or a write in the gold SQL is
        refused when it is added, with the question it belongs to, not found by the first run
        (as a ``gold_error`` on every configuration). All or nothing."""
        from iopsdata.assistant.rounds import guard_problem

        asked = list(questions)
        target = self.target(connection_id) if connection_id and asked else None
        allowed = getattr(target, "allowed_functions", ())
        items = []
        for n, q in enumerate(asked, 1):
            if not q.question.strip() or not q.sql.strip():
                raise QueryRefused("Each golden question needs a question and its SQL.")
            problem = target and guard_problem(q.sql, target.dialect, allowed)
            if problem:
                raise QueryRefused(
                    f"The gold SQL of question {n} ({q.question.strip()[:80]!r}) is "
                    f"refused: {problem} Nothing was added."
                )
            items.append(q.to_dict())
        return items

    def replace_questions(self, set_id: str, questions: Iterable[GoldenQuestion]) -> list[str]:
        """Make ``questions`` the set's questions (runs keep their own copy). Editors only."""
        self.ctx.require("editor")
        items = list(questions)
        old = self.ctx.store.list_eval_questions(self.ctx.workspace_id, set_id)
        ids = self.add_questions(set_id, items)
        for row in old:
            self.ctx.store.delete_eval_question(self.ctx.workspace_id, row["id"])
        return ids

    def update_question(
        self,
        question_id: str,
        *,
        question: str | None = None,
        sql: str | None = None,
        tags: Sequence[str] | None = None,
    ) -> None:
        self.ctx.require("editor")
        fields: dict[str, Any] = {}
        if question is not None:
            fields["question"] = question.strip()
        if sql is not None:
            fields["sql"] = sql.strip()
        if tags is not None:
            fields["tags"] = [t.strip() for t in tags if t.strip()]
        if any(v == "" for v in fields.values()):
            raise QueryRefused("A golden question needs a question and its SQL.")
        if "sql" in fields:  # checked like a new question's, on its set's connection
            row = self.ctx.store.get_eval_question(self.ctx.workspace_id, question_id)
            connection_id = self.get_set(row["set_id"]).get("connection_id")
            asked = fields.get("question", row["question"])
            self._checked(connection_id, [GoldenQuestion(asked, fields["sql"])])
        self.ctx.store.update_eval_question(self.ctx.workspace_id, question_id, **fields)

    def delete_question(self, question_id: str) -> None:
        self.ctx.require("editor")
        self.ctx.store.delete_eval_question(self.ctx.workspace_id, question_id)

    def add_from_examples(self, set_id: str) -> int:
        """Copy the approved examples of the set's connection in as questions. Editors only."""
        row = self.get_set(set_id)
        examples = self.ctx.store.list_examples(self.ctx.workspace_id, row["connection_id"])
        added = self.add_questions(
            set_id, [GoldenQuestion(e["question"], e["sql"], ("example",)) for e in examples]
        )
        return len(added)

    def add_from_saved(self, set_id: str, query_ids: Iterable[str]) -> int:
        """Saved queries become questions: the description (or the name) is the question."""
        wanted = set(query_ids)
        saved = [
            q for q in self.ctx.store.list_saved_queries(self.ctx.workspace_id) if q["id"] in wanted
        ]
        if len(saved) != len(wanted):
            raise NotFound("One of those saved queries does not exist in this workspace.")
        items = [
            GoldenQuestion(
                (q.get("description") or q["name"]).strip(), q["sql"], tuple(q.get("tags") or ())
            )
            for q in saved
        ]
        return len(self.add_questions(set_id, items))

    # -- files ------------------------------------------------------------------------------------
    def import_file(self, set_id: str, data: bytes | str, fmt: str) -> int:
        """Append the questions of a CSV or YAML file; all or nothing. Editors only."""
        return len(self.add_questions(set_id, self.read_file(data, fmt)))

    @staticmethod
    def read_file(data: bytes | str, fmt: str) -> list[GoldenQuestion]:
        """The questions of a CSV or YAML golden file (``GoldenFileError`` names a bad line)."""
        return list(golden_files.parse(data, fmt)[1])

    def export(self, set_id: str, fmt: str = "yaml") -> bytes:
        row = self.get_set(set_id)
        meta = {"name": row["name"], "description": row.get("description") or ""}
        return golden_files.dump(self.questions(set_id), fmt, meta)

    def add_starter_set(self, connection: str | None = None) -> str:
        """The shipped NYC flights 2013 set on the demo connection (or ``connection``)."""
        from iopsdata.demo import DEMO_NAME

        meta, items = golden_files.starter_set()
        existing = next((s for s in self.sets() if s["name"] == STARTER_NAME), None)
        if existing is not None:
            return str(existing["id"])
        return self.create_set(
            STARTER_NAME,
            connection or DEMO_NAME,
            description=meta.get("description", ""),
            questions=items,
        )

    # -- runs -------------------------------------------------------------------------------------
    def start(
        self,
        set_id: str,
        configs: Sequence[RunConfig],
        *,
        cost_ceiling_usd: float | None = None,
        limit: int = runner.PROVIDER_LIMIT,
    ) -> str:
        """Start a run in the background; returns its id at once (watch it with :meth:`run`).

        Raises:
            PermissionDenied: viewers cannot start runs.
            ProviderError: a configuration's provider is not set up (nothing is started).
            QueryRefused: no questions, no configuration, or a negative cost ceiling.
        """
        self.ctx.require("editor")
        row = self.get_set(set_id)
        questions = self.questions(set_id)
        if not questions:
            raise QueryRefused("This golden set has no questions yet.")
        if not configs or len(configs) > MAX_CONFIGS:
            raise QueryRefused(f"Choose between 1 and {MAX_CONFIGS} configurations to compare.")
        if cost_ceiling_usd is not None and cost_ceiling_usd <= 0:
            raise QueryRefused("The cost ceiling must be a positive amount of USD.")
        target = self.target(row["connection_id"])
        providers = [self.provider(c) for c in configs]
        run_id = self.ctx.store.create_eval_run(
            self.ctx.workspace_id,
            set_id=set_id,
            set_name=row["name"],
            connection_id=row["connection_id"],
            configs=[c.to_dict() for c in configs],
            total=len(questions) * len(configs),
            cost_ceiling_usd=cost_ceiling_usd,
            started_by=self.ctx.user_id,
        )
        state = runner.RunState(run_id, len(questions) * len(configs), cost_ceiling_usd)
        state.thread = threading.Thread(
            target=runner.execute_run,
            args=(self.ctx, state, questions, list(configs), target, providers),
            kwargs={"limit": limit},
            name=f"eval-{run_id[:8]}",
            daemon=True,
        )
        runner.register(state)
        state.thread.start()
        return run_id

    def stop(self, run_id: str) -> None:
        """Stop a run: no new question starts; questions in flight finish. Editors only."""
        self.ctx.require("editor")
        row = self.run(run_id)
        state = runner.lookup(run_id)
        if state is not None:
            state.halt("stopped", "Stopped by the user.")
        elif row["status"] == "running":  # its process is gone: record what is known
            from iopsdata.store.base import now

            self.ctx.store.update_eval_run(
                self.ctx.workspace_id,
                run_id,
                status="stopped",
                message="Stopped (the process running it had ended).",
                finished_at=now(),
            )

    def wait(self, run_id: str, timeout_s: float | None = None) -> dict[str, Any]:
        """Block until the run ends in this process (or ``timeout_s`` passes); its row."""
        state = runner.lookup(run_id)
        if state is not None and state.thread is not None:
            state.thread.join(timeout_s)
        return self.run(run_id)

    def run(self, run_id: str) -> dict[str, Any]:
        """A run's row: status, ``done`` of ``total``, cost, message, configurations."""
        return self.ctx.store.get_eval_run(self.ctx.workspace_id, run_id)

    def runs(self, set_id: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
        """The history of runs, newest first, each with its per-configuration accuracy."""
        rows = self.ctx.store.list_eval_runs(self.ctx.workspace_id, set_id, limit)
        out = []
        for row in rows:
            summaries = self.summaries(row["id"], _row=row)
            out.append({**row, "summaries": [s.to_dict() for s in summaries]})
        return out

    def results(self, run_id: str) -> list[Verdict]:
        """Every per-question verdict of a run (by configuration, then question)."""
        self.run(run_id)
        rows = self.ctx.store.list_eval_results(self.ctx.workspace_id, run_id)
        return [Verdict.from_dict(r["details"]) for r in rows]

    def summaries(self, run_id: str, *, _row: dict[str, Any] | None = None) -> list[Summary]:
        """One summary per configuration of the run, over the questions answered so far."""
        row = _row or self.run(run_id)
        configs = [RunConfig.from_dict(c) for c in row["configs"]]
        verdicts = self.results(run_id)
        return [
            Summary.of(config, [v for v in verdicts if v.config_index == i])
            for i, config in enumerate(configs)
        ]

    def report(self, run_id: str) -> Report:
        """Everything the comparison shows for one run (see ``iopsdata.eval.report``)."""
        from iopsdata.eval.report import Report

        row = self.run(run_id)
        return Report(row, tuple(self.summaries(run_id, _row=row)), tuple(self.results(run_id)))

    def history(self, set_id: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
        """The runs as rows: when, status, each configuration's accuracy and cost."""
        from iopsdata.eval.report import history_rows

        return history_rows(self.runs(set_id, limit))

    # -- plumbing ---------------------------------------------------------------------------------
    def target(self, connection_id: str | None) -> QueryTarget:
        """The set's connection as a ``QueryTarget`` (the Files connection for ``"files"``)."""
        if connection_id == FILES_ID:
            from iopsdata.files import FileService

            return FileService(self.ctx).target()
        if not connection_id:
            raise NotFound("This golden set has no connection; choose one.")
        from iopsdata.connections import ConnectionService

        return ConnectionService(self.ctx).target(connection_id)

    def provider(self, config: RunConfig) -> Provider:
        """The configuration's provider with the user's key (a base URL may be given instead)."""
        from iopsdata.llm import provider_class, resolve_provider

        try:
            found = resolve_provider(self.ctx, config.provider, config.model)
        except ProviderError:
            cls = provider_class(config.provider)
            if not config.base_url or cls.needs_key:
                raise
            return cls(
                base_url=config.base_url,
                model=config.model,
                timeout_s=self.ctx.settings.llm_timeout_s,
            )
        if config.base_url:
            found.base_url = config.base_url
        return found

    def _connection_id(self, connection: str) -> str:
        if connection == FILES_ID:
            return FILES_ID
        from iopsdata.connections import ConnectionService

        return ConnectionService(self.ctx).resolve(connection).id
