"""The SQL guard: layer 1 of the read-only model (docs/security.md).

``check_sql`` decides, before anything reaches a database, whether one statement may run on a
connection: reads always, writes only where the connection allows them, dangerous functions and
file access never.
"""

from iopsdata.guard.check import GuardVerdict, check_sql
from iopsdata.guard.rules import MAX_NESTING

__all__ = ["MAX_NESTING", "GuardVerdict", "check_sql"]
