"""Keep Streamlit's after-run garbage collection cheap: freeze the long-lived heap.

Streamlit runs a full ``gc.collect(2)`` after every script run (``runner.postScriptGC``, on by
default, so idle memory does not build up). Each of those walks every tracked object in the
process: the modules of pandas, pyarrow, sqlglot, SQLAlchemy and Streamlit itself, about 190,000
objects, 70–80 ms on this machine with the GIL held. A py-spy profile of a replica under the
websocket load driver spent 71% of its samples there: every rerun of every session stopped all
the others for a full collection of objects that never die.

``gc.freeze()`` moves every object tracked at that moment to a permanent generation the collector
skips. Done once the script has imported what a page needs, it leaves the after-run collection
(and Python's own) walking only what sessions created since, so it stays ~0 ms while still
reclaiming the cycles reruns leave behind. A page imported later (its modules are new long-lived
objects) triggers one more freeze. What is frozen is never collected as cyclic garbage: those are
module objects and whatever the freezing run held at that instant, a bounded amount per process.
"""

from __future__ import annotations

import atexit
import gc
import sys
import threading

_lock = threading.Lock()
_frozen_modules = 0  # len(sys.modules) at the last freeze


def freeze_long_lived() -> bool:
    """Freeze the heap if modules were imported since the last freeze; True when it froze.

    Cheap when nothing new was imported (one length comparison), so it runs after every script run.
    """
    global _frozen_modules
    if len(sys.modules) == _frozen_modules:
        return False
    with _lock:
        if len(sys.modules) == _frozen_modules:
            return False
        if not _frozen_modules:
            # at exit, hand the frozen objects back so extension modules see them released
            atexit.register(gc.unfreeze)
        gc.freeze()
        _frozen_modules = len(sys.modules)
        return True
