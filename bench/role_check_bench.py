"""Cost of ctx.require(): through the membership cache, and with the cache dropped each time."""

import pathlib
import tempfile
import time

from iopsdata.store import membership
from tests.support.context import make_context

ctx = make_context(pathlib.Path(tempfile.mkdtemp()))
n = 2000
t = time.perf_counter()
for _ in range(n):
    ctx.require("viewer")
cached = (time.perf_counter() - t) / n * 1e6
t = time.perf_counter()
for _ in range(n):
    membership.bump()
    ctx.require("viewer")
uncached = (time.perf_counter() - t) / n * 1e6
print(f"sqlite require(): cached {cached:.1f} us, uncached {uncached:.1f} us")
