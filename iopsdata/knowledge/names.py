"""Do the tables and columns a knowledge item names exist on its connection?

A join path, metric or glossary entry is typed by hand (or imported), and Chat uses it only when
its names resolve in the connection's catalog (``Catalog.find``, as schema selection does). A typo
("flight" for ``flights``) or a table dropped since was saved without a word and then silently
never used. So the editor checks an item's names when it is saved (``check_item``, the error
says what is missing and the closest name there is), and the Knowledge page lists items whose
names no longer resolve (``unresolved``), whichever way they came in.
"""

from __future__ import annotations

from collections.abc import Iterator

from iopsdata.assistant.suggest import closest_name
from iopsdata.catalog.model import Catalog, Table
from iopsdata.knowledge.model import GlossaryEntry, JoinPath, Knowledge, Metric


def _near(word: str, choices: list[str]) -> str:
    close = closest_name(word, choices)
    return f" (did you mean {close!r}?)" if close else ""


def _table(catalog: Catalog, name: str, where: str) -> tuple[Table | None, str]:
    table = catalog.find(name)
    if table is not None:
        return table, ""
    names = sorted(
        {t.name.lower() for t in catalog.tables}
        | {t.qualified_name.lower() for t in catalog.tables}
    )
    return None, f"{where}there is no table {name!r}{_near(name, names)}"


def _column(table: Table, column: str, where: str) -> str:
    names = [c.name.lower() for c in table.columns]
    if column.lower() in names:
        return ""
    return f"{where}the table {table.qualified_name} has no column {column!r}{_near(column, names)}"


def _ref(catalog: Catalog, ref: str, where: str) -> str:
    """A glossary reference: a table, or ``table.column`` (the table possibly schema-qualified)."""
    if catalog.find(ref) is not None:
        return ""
    head, dot, column = ref.rpartition(".")
    if dot:
        table = catalog.find(head)
        if table is not None:
            return _column(table, column, where)
    return _table(catalog, ref if not dot else head, where)[1]


def _problems(
    item: GlossaryEntry | Metric | JoinPath, catalog: Catalog, said: bool
) -> Iterator[str]:
    """Each missing name, prefixed with the item (``said``) when listed among others."""
    if isinstance(item, GlossaryEntry):
        where = f"glossary term {item.term!r}: " if said else ""
        yield from (p for p in (_ref(catalog, ref, where) for ref in item.refs) if p)
    elif isinstance(item, Metric):
        where = f"metric {item.name!r}: " if said else ""
        table, problem = _table(catalog, item.table, where)
        if problem:
            yield problem
        elif table is not None and item.time_column:
            yield from filter(None, [_column(table, item.time_column, where)])
    else:
        where = f"join {item.left_table} ↔ {item.right_table}: " if said else ""
        for name, columns in (
            (item.left_table, item.left_columns),
            (item.right_table, item.right_columns),
        ):
            table, problem = _table(catalog, name, where)
            if problem:
                yield problem
            elif table is not None:
                yield from filter(None, (_column(table, c, where) for c in columns))


def check_item(item: GlossaryEntry | Metric | JoinPath, catalog: Catalog) -> list[str]:
    """What ``item`` names that ``catalog`` lacks, one sentence each (empty when all resolve)."""
    return list(_problems(item, catalog, False))


def unresolved(knowledge: Knowledge, catalog: Catalog) -> list[str]:
    """Every name in the glossary, metrics and join paths that ``catalog`` lacks."""
    items: list[GlossaryEntry | Metric | JoinPath] = [
        *knowledge.glossary,
        *knowledge.metrics,
        *(j for j in knowledge.joins if j.source in ("declared", "dbt")),
    ]
    return [p for item in items for p in _problems(item, catalog, True)]
