"""Evaluate's rows: golden sets, their questions, runs and per-question results.

Plain storage, filtered by ``workspace_id`` like every repository; roles are checked by the
service (``iopsdata.eval.service``) and again by row-level security on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import delete, func, insert, select, update

from iopsdata.errors import NotFound, StoreError
from iopsdata.store import schema as s
from iopsdata.store.base import StoreBase, as_dict, new_id, now

_SET_FIELDS = {"name", "description", "connection_id"}
_QUESTION_FIELDS = {"question", "sql", "expected", "tags", "position"}
_RUN_FIELDS = {"status", "done", "cost_usd", "message", "finished_at", "total"}


class EvalRepo(StoreBase):
    # -- golden sets ------------------------------------------------------------------------------
    def create_eval_set(
        self,
        workspace_id: str,
        *,
        name: str,
        connection_id: str | None,
        description: str = "",
        created_by: str | None = None,
    ) -> str:
        if not name.strip():
            raise StoreError("A golden set needs a name.")
        sid = new_id()
        with self._tx() as conn:
            conn.execute(
                insert(s.eval_sets).values(
                    id=sid,
                    workspace_id=workspace_id,
                    connection_id=connection_id,
                    name=name.strip(),
                    description=description,
                    created_by=created_by,
                    created_at=now(),
                    updated_at=now(),
                )
            )
        return sid

    def list_eval_sets(self, workspace_id: str) -> list[dict[str, Any]]:
        t, q = s.eval_sets, s.eval_questions
        counts = (
            select(q.c.set_id, func.count().label("questions"))
            .where(q.c.workspace_id == workspace_id)
            .group_by(q.c.set_id)
            .subquery()
        )
        query = (
            select(t, func.coalesce(counts.c.questions, 0).label("questions"))
            .outerjoin(counts, counts.c.set_id == t.c.id)
            .where(t.c.workspace_id == workspace_id)
            .order_by(t.c.name)
        )
        with self._tx() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def get_eval_set(self, workspace_id: str, set_id: str) -> dict[str, Any]:
        return self._get(s.eval_sets, workspace_id, set_id, "golden set")

    def update_eval_set(self, workspace_id: str, set_id: str, **fields: Any) -> None:
        _known(fields, _SET_FIELDS, "golden set")
        self._update(s.eval_sets, workspace_id, set_id, "golden set", **fields, updated_at=now())

    def delete_eval_set(self, workspace_id: str, set_id: str) -> None:
        self._delete(s.eval_sets, workspace_id, set_id, "golden set")

    # -- questions --------------------------------------------------------------------------------
    def add_eval_questions(
        self, workspace_id: str, set_id: str, questions: Iterable[Mapping[str, Any]]
    ) -> list[str]:
        """Append questions (``question``, ``sql``, optional ``expected`` and ``tags``) in order."""
        q = s.eval_questions
        ids: list[str] = []
        with self._tx() as conn:
            last = conn.execute(
                select(func.max(q.c.position)).where(
                    q.c.workspace_id == workspace_id, q.c.set_id == set_id
                )
            ).scalar()
            position = -1 if last is None else int(last)
            for item in questions:
                position += 1
                ids.append(new_id())
                conn.execute(
                    insert(q).values(
                        id=ids[-1],
                        workspace_id=workspace_id,
                        set_id=set_id,
                        position=position,
                        question=str(item["question"]),
                        sql=str(item["sql"]),
                        expected=item.get("expected"),
                        tags=list(item.get("tags") or ()),
                        created_at=now(),
                    )
                )
            conn.execute(
                update(s.eval_sets)
                .where(s.eval_sets.c.workspace_id == workspace_id, s.eval_sets.c.id == set_id)
                .values(updated_at=now())
            )
        return ids

    def list_eval_questions(self, workspace_id: str, set_id: str) -> list[dict[str, Any]]:
        q = s.eval_questions
        query = (
            select(q)
            .where(q.c.workspace_id == workspace_id, q.c.set_id == set_id)
            .order_by(q.c.position)
        )
        with self._tx() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def get_eval_question(self, workspace_id: str, question_id: str) -> dict[str, Any]:
        return self._get(s.eval_questions, workspace_id, question_id, "question")

    def update_eval_question(self, workspace_id: str, question_id: str, **fields: Any) -> None:
        _known(fields, _QUESTION_FIELDS, "question")
        self._update(s.eval_questions, workspace_id, question_id, "question", **fields)

    def delete_eval_question(self, workspace_id: str, question_id: str) -> None:
        self._delete(s.eval_questions, workspace_id, question_id, "question")

    # -- runs and results -------------------------------------------------------------------------
    def create_eval_run(self, workspace_id: str, **values: Any) -> str:
        rid = new_id()
        with self._tx() as conn:
            conn.execute(
                insert(s.eval_runs).values(
                    id=rid,
                    workspace_id=workspace_id,
                    status="running",
                    done=0,
                    cost_usd=0.0,
                    created_at=now(),
                    **values,
                )
            )
        return rid

    def update_eval_run(self, workspace_id: str, run_id: str, **fields: Any) -> None:
        _known(fields, _RUN_FIELDS, "run")
        self._update(s.eval_runs, workspace_id, run_id, "run", **fields)

    def get_eval_run(self, workspace_id: str, run_id: str) -> dict[str, Any]:
        t = s.eval_runs
        with self._tx() as conn:
            row = conn.execute(
                select(t).where(t.c.workspace_id == workspace_id, t.c.id == run_id)
            ).first()
            return as_dict(row, "run")

    def list_eval_runs(
        self, workspace_id: str, set_id: str | None = None, limit: int = 50
    ) -> list[dict[str, Any]]:
        t = s.eval_runs
        query = select(t).where(t.c.workspace_id == workspace_id)
        if set_id is not None:
            query = query.where(t.c.set_id == set_id)
        query = query.order_by(t.c.created_at.desc()).limit(limit)
        with self._tx() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def add_eval_result(self, workspace_id: str, run_id: str, **values: Any) -> str:
        rid = new_id()
        with self._tx() as conn:
            conn.execute(
                insert(s.eval_results).values(
                    id=rid, workspace_id=workspace_id, run_id=run_id, created_at=now(), **values
                )
            )
        return rid

    def list_eval_results(self, workspace_id: str, run_id: str) -> list[dict[str, Any]]:
        r = s.eval_results
        query = (
            select(r)
            .where(r.c.workspace_id == workspace_id, r.c.run_id == run_id)
            .order_by(r.c.config_index, r.c.position)
        )
        with self._tx() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    # -- shared -----------------------------------------------------------------------------------
    def _get(self, table: Any, workspace_id: str, row_id: str, what: str) -> dict[str, Any]:
        with self._tx() as conn:
            row = conn.execute(
                select(table).where(table.c.workspace_id == workspace_id, table.c.id == row_id)
            ).first()
            return as_dict(row, what)

    def _update(self, table: Any, workspace_id: str, row_id: str, what: str, **fields: Any) -> None:
        with self._tx() as conn:
            res = conn.execute(
                update(table)
                .where(table.c.workspace_id == workspace_id, table.c.id == row_id)
                .values(**fields)
            )
            if res.rowcount == 0:
                raise NotFound(f"That {what} does not exist in this workspace.")

    def _delete(self, table: Any, workspace_id: str, row_id: str, what: str) -> None:
        with self._tx() as conn:
            res = conn.execute(
                delete(table).where(table.c.workspace_id == workspace_id, table.c.id == row_id)
            )
            if res.rowcount == 0:
                raise NotFound(f"That {what} does not exist in this workspace.")


def _known(fields: Mapping[str, Any], allowed: set[str], what: str) -> None:
    unknown = set(fields) - allowed
    if unknown:
        raise StoreError(f"Unknown {what} fields: {sorted(unknown)}")
