"""A queued answer to a browser's backend request survives the clear at a script run's start.

Streamlit clears the send queue when a run starts, keeping lifecycle messages only; a deferred
download's ``backend_operation_response`` queued just before was dropped and the button spun
forever (seen twice in CI). ``keep_backend_responses`` keeps it; ``flush`` still empties the queue.
"""

from __future__ import annotations

from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.runtime.forward_msg_queue import ForwardMsgQueue

from iopsdata.ui import backend_responses


def _response(request_id: str) -> ForwardMsg:
    msg = ForwardMsg()
    msg.backend_operation_response.request_id = request_id
    msg.backend_operation_response.deferred_file.url = f"/media/{request_id}.csv"
    return msg


def _delta() -> ForwardMsg:
    msg = ForwardMsg()
    msg.delta.new_element.markdown.body = "a result"
    msg.metadata.delta_path[:] = [0, 1]
    return msg


def _types(queue: ForwardMsgQueue) -> list[str]:
    return [m.WhichOneof("type") for m in queue._queue]


def _run_start(queue: ForwardMsgQueue) -> None:
    queue.clear(retain_lifecycle_msgs=True)  # what AppSession does on SCRIPT_STARTED


def test_streamlit_alone_drops_a_queued_response_when_a_run_starts(monkeypatch):
    """The control: the bug is real in the installed Streamlit."""
    monkeypatch.setattr(ForwardMsgQueue, "clear", backend_responses.ORIGINAL_CLEAR)
    queue = ForwardMsgQueue()
    queue.enqueue(_response("r1"))
    _run_start(queue)
    assert _types(queue) == []


def test_a_queued_response_survives_a_run_start_and_is_sent_once(monkeypatch):
    monkeypatch.setattr(ForwardMsgQueue, "clear", backend_responses.ORIGINAL_CLEAR)
    backend_responses.keep_backend_responses()
    backend_responses.keep_backend_responses()  # idempotent: one wrapper, not two
    queue = ForwardMsgQueue()
    queue.enqueue(_delta())
    queue.enqueue(_response("r1"))
    _run_start(queue)
    assert _types(queue) == ["backend_operation_response"]  # the stale delta is gone
    sent = queue.flush()
    assert [m.backend_operation_response.request_id for m in sent] == ["r1"]
    assert queue.is_empty()  # flush leaves nothing to send twice
    _run_start(queue)
    assert queue.is_empty()
