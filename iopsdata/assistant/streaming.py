"""``AskStream``: run ``ask`` in a worker thread and iterate its explanation as plain ``str``.

Pages hand the object to ``st.write_stream`` (which wants an iterator of text) and then call
``result()`` for the ``Answer``. The worker never touches the UI; it only fills a queue.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from iopsdata.assistant.models import Answer

_DONE = object()


class AskStream:
    """Iterate for explanation chunks; ``result()`` returns the Answer or raises ask's error."""

    def __init__(self, ask: Callable[[Callable[[str], None]], Answer]) -> None:
        self._queue: queue.Queue[object] = queue.Queue()
        self._answer: Answer | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._work, args=(ask,), name="iops-ask", daemon=True
        )
        self._thread.start()

    def _work(self, ask: Callable[[Callable[[str], None]], Answer]) -> None:
        try:
            self._answer = ask(self._queue.put)
        except BaseException as exc:
            self._error = exc
        finally:
            self._queue.put(_DONE)

    def __iter__(self) -> Iterator[str]:
        while True:
            item = self._queue.get()
            if item is _DONE:
                return
            yield str(item)

    def result(self) -> Answer:
        """Wait for the worker; return the Answer or raise what ``ask`` raised."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._answer is not None
        return self._answer
