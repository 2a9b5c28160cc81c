"""Chat threads of the signed-in user: list, open, rename, share, delete; failed turns.

A thread belongs to one connection (``connection_id``, set by its first question) so a follow-up
always asks the same database, and it is private to its author unless shared with the workspace.
The store enforces both by ``user_id``; this class only passes the acting user along.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from iopsdata.errors import NotFound, QueryRefused

if TYPE_CHECKING:
    from iopsdata.context import WorkspaceContext


class ChatThreads:
    """Thread helpers of ``ws.assistant`` (mixed into ``AssistantService``)."""

    ctx: WorkspaceContext

    def new_thread(self, title: str = "New chat", connection_id: str | None = None) -> str:
        return self.ctx.store.create_thread(
            self.ctx.workspace_id,
            user_id=self.ctx.user_id,
            title=title[:200],
            connection_id=connection_id,
        )

    def threads(self) -> list[dict[str, Any]]:
        """The user's threads and those others shared (``mine`` says which), newest first."""
        rows = self.ctx.store.list_threads(self.ctx.workspace_id, self.ctx.user_id)
        return [{**r, "mine": r["user_id"] == self.ctx.user_id} for r in rows]

    def thread(self, thread_id: str) -> dict[str, Any]:
        """One readable thread (``NotFound`` for another member's private one)."""
        row = self.ctx.store.get_thread(self.ctx.workspace_id, thread_id, user_id=self.ctx.user_id)
        return {**row, "mine": row["user_id"] == self.ctx.user_id}

    def rename_thread(self, thread_id: str, title: str) -> None:
        self.ctx.store.rename_thread(
            self.ctx.workspace_id, thread_id, title[:200], user_id=self.ctx.user_id
        )

    def share_thread(self, thread_id: str, shared: bool = True) -> None:
        """Let the workspace's members read this thread (they cannot change or continue it)."""
        self.ctx.store.update_thread(
            self.ctx.workspace_id, thread_id, user_id=self.ctx.user_id, shared=shared
        )

    def delete_thread(self, thread_id: str) -> None:
        self.ctx.store.delete_thread(self.ctx.workspace_id, thread_id, user_id=self.ctx.user_id)

    def messages(self, thread_id: str) -> list[dict[str, Any]]:
        return self.ctx.store.list_messages(
            self.ctx.workspace_id, thread_id, user_id=self.ctx.user_id
        )

    def _bind_connection(self, thread_id: str, connection_id: str) -> None:
        """A follow-up asks the thread's own connection; the first question sets it."""
        row = self.ctx.store.get_thread(self.ctx.workspace_id, thread_id, user_id=self.ctx.user_id)
        bound = row.get("connection_id")
        if bound is None:
            self.ctx.store.update_thread(
                self.ctx.workspace_id,
                thread_id,
                user_id=self.ctx.user_id,
                connection_id=connection_id,
            )
        elif bound != connection_id:
            raise QueryRefused(
                "This chat asks another database. Start a new chat to ask this one.",
                title="Another database",
            )

    def _failed_turn(self, thread_id: str) -> tuple[str, list[str]]:
        """The question of the thread's last turn if the provider failed on it, and its message ids.

        Raises:
            NotFound: the last turn is not a failed one (nothing to retry).
        """
        rows = self.messages(thread_id)
        if len(rows) >= 2:
            asked, failed = rows[-2], rows[-1]
            payload = failed.get("payload")
            if asked["role"] == "user" and isinstance(payload, dict) and payload.get("failed"):
                return str(asked["content"]), [asked["id"], failed["id"]]
        raise NotFound("The last question of this chat did not fail; there is nothing to retry.")


def without_failed_turns(history: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The thread's turns minus failed ones (their question never got an answer to build on)."""
    out: list[dict[str, Any]] = []
    for m in history:
        payload = m.get("payload")
        if m.get("role") == "assistant" and isinstance(payload, dict) and payload.get("failed"):
            if out and out[-1].get("role") == "user":
                out.pop()
            continue
        out.append(m)
    return out
