"""Forward only the prose of a streaming reply (not its SQL block or thinking) to a callback."""

from __future__ import annotations

import re
from collections.abc import Callable

_COMPLETE = re.compile(r"```.*?```|<(think|thinking|reasoning)>.*?</\1>", re.S | re.I)
_OPEN = re.compile(r"```.*\Z|<(think|thinking|reasoning)>.*\Z|`{1,2}\Z|<[a-z]{0,9}\Z", re.S | re.I)


def prose(text: str) -> str:
    """``text`` without fenced blocks, thinking blocks, or a block still being written."""
    return _OPEN.sub("", _COMPLETE.sub("", text))


class ProseStream:
    """Feed it chunks; it calls ``on_text`` with each new piece of prose as it becomes certain."""

    def __init__(self, on_text: Callable[[str], None] | None) -> None:
        self.on_text = on_text
        self.text = ""
        self._sent = ""

    def feed(self, chunk: str) -> None:
        self.text += chunk
        if self.on_text is None:
            return
        visible = prose(self.text).lstrip()
        if visible.startswith(self._sent) and len(visible) > len(self._sent):
            self.on_text(visible[len(self._sent) :])
            self._sent = visible
