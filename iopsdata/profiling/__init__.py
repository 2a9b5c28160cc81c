"""Column profiles as SQL: one scan for the aggregates, run by DuckDB on files or pushed down.

``profile_relation`` profiles any relation through a ``run(sql) -> pyarrow.Table`` callable;
``profile_file`` does it for a CSV/Parquet file in a sandboxed in-process DuckDB.
"""

from __future__ import annotations

from iopsdata.profiling.model import ColumnProfile, Profile
from iopsdata.profiling.profiler import profile_relation

__all__ = ["ColumnProfile", "Profile", "profile_file", "profile_relation"]


def __getattr__(name: str):
    if name == "profile_file":
        from iopsdata.profiling.files import profile_file

        return profile_file
    raise AttributeError(name)
