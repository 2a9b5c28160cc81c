"""Keep answers to the browser's backend requests when a new script run clears the send queue.

A deferred ``st.download_button`` (the result's Download CSV/Parquet) asks the server for its
file with a ``backend_operation_request``; the server runs the callable in a worker thread and
queues a ``backend_operation_response`` for the browser. When a script run starts, Streamlit 1.67
clears that queue, keeping only lifecycle messages (``ForwardMsgQueue.clear``): a response queued
but not yet sent when a rerun began was dropped, and the button spun forever. Seen twice in CI:
"Download CSV" loading for 90 s while the server's threads were all idle (thread stacks in the
failure). A response answers one request and belongs to no script run, so it is kept.
"""

from __future__ import annotations

from streamlit.runtime.forward_msg_queue import ForwardMsgQueue

_KEPT = "backend_operation_response"
#: Streamlit's own ``ForwardMsgQueue.clear``, before ``keep_backend_responses`` (for tests).
ORIGINAL_CLEAR = ForwardMsgQueue.clear


def keep_backend_responses() -> None:
    """Make ``ForwardMsgQueue.clear`` keep queued backend responses (once per process)."""
    clear = ForwardMsgQueue.clear
    if getattr(clear, "keeps_backend_responses", False):
        return

    def clear_keeping_responses(
        self: ForwardMsgQueue,
        retain_lifecycle_msgs: bool = False,
        fragment_ids_this_run: list[str] | None = None,
    ) -> None:
        # only the clear at a run's start (it retains lifecycle messages); ``flush`` clears too,
        # after taking the messages it sends, and must leave nothing behind
        responses = (
            [m for m in self._queue if m.WhichOneof("type") == _KEPT]
            if retain_lifecycle_msgs
            else []
        )
        clear(self, retain_lifecycle_msgs, fragment_ids_this_run)
        kept = {id(m) for m in self._queue}
        self._queue.extend(m for m in responses if id(m) not in kept)

    clear_keeping_responses.keeps_backend_responses = True  # type: ignore[attr-defined]
    ForwardMsgQueue.clear = clear_keeping_responses  # type: ignore[method-assign]
