"""Profile a table of a connection, pushed down to its own engine.

The profile's queries go through the target's one audited door, under the audit source
``INTERNAL``: the user asked for a profile, not for these statements, so History and impact
analysis leave them out unless asked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from iopsdata.errors import NotFound
from iopsdata.execute import INTERNAL

if TYPE_CHECKING:
    from iopsdata.catalog.model import Catalog
    from iopsdata.profiling.model import Profile
    from iopsdata.targets import QueryTarget

SAMPLE_ROWS = 1_000_000


def profile_table(
    target: QueryTarget, catalog: Catalog, name: str, *, sample: int = SAMPLE_ROWS
) -> Profile:
    """Profile ``name`` in one scan plus follow-up queries on its own engine.

    Raises:
        NotFound: the table is not in the catalog; QueryFailed/QueryRefused from the engine.
    """
    import sqlglot.expressions as exp

    from iopsdata.profiling.profiler import profile_relation

    table = catalog.find(name)
    if table is None:
        raise NotFound(f"Table {name} is not in the schema; refresh it.")
    relation = exp.table_(table.name, db=table.schema, quoted=True).sql(catalog.dialect)
    columns = [(c.name, c.type) for c in table.columns]
    return profile_relation(
        lambda sql: target.run(sql, source=INTERNAL).table,
        relation,
        columns,
        catalog.dialect,
        sample=sample,
    )
