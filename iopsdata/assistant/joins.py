"""Join paths of a catalog: declared by the team, read from foreign keys, or inferred from names.

Many warehouses and exports declare no keys at all, so a selection that can only follow foreign
keys cannot bring the table that connects two others. Here joins are inferred within one schema
from column names and types:

* ``orders.customer_id`` ↔ ``customers.id`` / ``customers.customer_id`` (the column names the table);
* ``sales.buyer_agent_id`` ↔ ``agents.agent_id`` (a role prefix before a key column of another table);
* the same key-like column in two tables (``*_id``, ``*_code``, ``*_cd``, ``*_key``, ``*_no``), or
  the first column of a lookup table repeated in another (``flights.carrier`` ↔
  ``airlines.carrier``);
* table-prefixed columns as in TPC-H (``l_orderkey`` ↔ ``o_orderkey``) after the prefix is dropped;
* a reference to another table's own key under another key word: ``results.sample_ref`` ↔
  ``samples.sample_no``, ``calls.imo_ref`` ↔ ``vessels.imo_no`` (the key is the table's first column);
* a column named after another table and its first column: ``prescriptions.prescriber_npi`` ↔
  ``prescribers.npi``;
* a role that ends with another table's name, or a column whose comment says whose id it holds:
  ``episodes.director_crew`` ↔ ``crew.crew_id``, ``purchase_orders.approved_by`` ("Crew id of the
  producer who signed") ↔ ``crew.crew_id``, and a ``<verb>_by`` column that names nothing else
  (``formulas.approved_by``) ↔ the schema's tables of people (``staff.emp_no``); the referenced key
  is always the table's first column.

Each inferred path has a confidence and a reason the Chat panel shows. A path declared by hand, by
dbt or by a foreign key between the same two tables wins over an inferred one
(``iopsdata.knowledge.model.JOIN_SOURCES`` gives the order).
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from iopsdata.assistant.terms import ABBREVIATIONS, canonical, split_identifier, stem
from iopsdata.catalog.model import Catalog, Column, Table
from iopsdata.knowledge.model import JOIN_SOURCES, JoinPath, Knowledge

# "cd" as in ``productions.prod_cd``, the key ``performances.prod_ref`` refers to; without it the
# bridge from tickets to productions went through a same-named ``stage_ref`` instead.
KEY_SUFFIXES = ("id", "code", "key", "no", "num", "number", "nbr", "uuid", "ref", "cd")
GENERIC = frozenset(["id", "name", "code", "key", "type", "status", "date", "year", "uuid"])

CONF_NAMES_TABLE = 0.9  # orders.customer_id -> customers.id / customers.customer_id
CONF_SAME_KEY = 0.8  # the same key-like column in both tables, one of them named after it
CONF_OWN_KEY = 0.75  # results.sample_ref -> samples.sample_no (the table's first column)
CONF_ROLE = 0.7  # sales.buyer_agent_id -> agents.agent_id
CONF_NAMED_ROLE = 0.7  # episodes.director_crew -> crew.crew_id
CONF_COMMENT = 0.65  # purchase_orders.approved_by, "Crew id of ..." -> crew.crew_id
CONF_ACTOR = 0.55  # formulas.approved_by -> staff.emp_no (a table of people of the schema)
CONF_SHARED_KEY = 0.6  # the same key-like column in two tables, neither named after it
CONF_LOOKUP = 0.5  # a lookup table's first column repeated elsewhere (flights.carrier)

# "Crew id of the producer", "customer number", "recipes.recipe_id": a comment saying whose key
# a column holds (the word before the key word, or a table.column)
_COMMENT_REF = re.compile(
    r"\b([a-z][a-z_]*?)(?:'s)?[ _](?:id|code|number|no|key|ref)\b|\b([a-z_]+)\.([a-z_]+)\b"
)

# Tables of people that a "<verb>_by" column (approved_by, signed_by) points at when nothing
# else names its table (each such table of the schema is joined, at a low confidence).
_PEOPLE = frozenset(["staff", "employee", "crew", "user", "personnel", "worker"])
_QUANTITY = frozenset(
    ["unit", "units", "qty", "quantity", "count", "total", "amount", "pct", "percent"]
)

_NUMERIC = ("int", "numeric", "decimal", "number", "float", "double", "real", "serial")

_CACHE: dict[int, tuple[weakref.ref, tuple[JoinPath, ...]]] = {}


def _family(col: Column) -> str:
    t = col.type.lower()
    if "date" in t or "time" in t:
        return "time"  # never a join key here: "start" in two event tables is not a join
    if any(k in t for k in _NUMERIC):
        return "number"
    if "uuid" in t:
        return "uuid"
    return "text"


def _prefix(table: Table) -> str:
    """The short prefix every column shares (TPC-H ``l_``, ``o_``), else ``""``."""
    heads = {c.name.split("_", 1)[0].lower() for c in table.columns if "_" in c.name}
    if len(heads) == 1 and len(table.columns) >= 3:
        head = heads.pop()
        if len(head) <= 3 and all("_" in c.name for c in table.columns):
            return head + "_"
    return ""


def _bare(table: Table, col: Column) -> str:
    name = col.name.lower()
    p = _prefix(table)
    return name[len(p) :] if p and name.startswith(p) else name


def _words(name: str) -> list[str]:
    return [ABBREVIATIONS.get(w, w) for w in split_identifier(name)]


@lru_cache(maxsize=65536)
def _key_like(name: str) -> bool:
    words = split_identifier(name)
    return bool(words) and (words[-1] in KEY_SUFFIXES or name.lower().endswith(KEY_SUFFIXES[:4]))


@lru_cache(maxsize=65536)
def _entity(name: str) -> str:
    """``customer_id`` -> ``customer``; ``dept_code`` -> ``department``; ``tailnum`` -> ``tailnum``."""
    words = _words(name)
    if len(words) > 1 and words[-1] in KEY_SUFFIXES:
        words = words[:-1]
    return stem(words[-1]) if words else ""


@lru_cache(maxsize=65536)
def _subject(name: str) -> tuple[str, ...]:
    """Every word before the key word: ``invoice_item_id`` -> ("invoice", "item"), so it is not
    ``subscription_item_id``'s subject, nor ``citing_paper_id`` ``paper_id``'s."""
    words = _words(name)
    if len(words) > 1 and words[-1] in KEY_SUFFIXES:
        words = words[:-1]
    return tuple(stem(w) for w in words)


def _table_entities(table: Table) -> set[str]:
    words = _words(table.name)
    out = {stem(words[-1])} if words else set()
    out.add(stem("".join(words)))
    return out


def _describe(a: Table, ca: Column, b: Table, cb: Column, why: str, conf: float) -> JoinPath:
    return JoinPath(
        a.qualified_name,
        (ca.name,),
        b.qualified_name,
        (cb.name,),
        source="inferred",
        confidence=conf,
        reason=f"{a.name}.{ca.name} ↔ {b.name}.{cb.name} ({why})",
    )


@dataclass(frozen=True)
class _Shape:
    """What inference needs of one table, computed once: bare column names, families, entities."""

    table: Table
    entities: frozenset[str]
    columns: tuple[tuple[Column, str, str], ...]  # (column, bare name, type family)


def _shape(table: Table) -> _Shape:
    cols = tuple((c, _bare(table, c), _family(c)) for c in table.columns if _family(c) != "time")
    return _Shape(table, frozenset(_table_entities(table)), cols)


def _pair(sa: _Shape, sb: _Shape) -> JoinPath | None:
    """The most confident inferred join between two tables of one schema, if any."""
    a, b = sa.table, sb.table
    best: JoinPath | None = None
    b_entities, a_entities = sb.entities, sa.entities
    first_b = b.columns[0] if b.columns else None
    first_a = a.columns[0] if a.columns else None
    for ca, na, fa in sa.columns:
        for cb, nb, fb in sb.columns:
            if fa != fb:
                continue
            found: tuple[str, float] | None = None
            flip = False  # describe the referencing side first: orders.customer_id ↔ customers.id
            if nb == "id" and _entity(na) in b_entities and na != "id":
                found = (f"{ca.name} names {b.name}", CONF_NAMES_TABLE)
            elif na == "id" and _entity(nb) in a_entities and nb != "id":
                found, flip = (f"{cb.name} names {a.name}", CONF_NAMES_TABLE), True
            elif na == nb and na not in GENERIC and _key_like(na):
                named_b, named_a = _entity(na) in b_entities, _entity(na) in a_entities
                flip = named_a and not named_b
                found = (
                    ("same key column, named after the table", CONF_SAME_KEY)
                    if named_a or named_b
                    else ("same key column in both", CONF_SHARED_KEY)
                )
            elif (
                _key_like(nb)
                and nb not in GENERIC
                and na.endswith("_" + nb)
                and _entity(nb) in b_entities
            ):
                found = (f"a role of {b.name}.{cb.name}", CONF_ROLE)
            elif (
                _key_like(na)
                and na not in GENERIC
                and nb.endswith("_" + na)
                and _entity(na) in a_entities
            ):
                found, flip = (f"a role of {a.name}.{ca.name}", CONF_ROLE), True
            elif (own := _own_key(sa, ca, na, sb, cb, nb)) is not None:
                found, flip = own
            elif (named := _named_ref(sa, ca, na, sb, cb, nb)) is not None:
                found, flip = named
            elif na == nb and na not in GENERIC and (cb is first_b or ca is first_a):
                flip = ca is first_a and cb is not first_b
                found = ("same name as a lookup table's first column", CONF_LOOKUP)
            if found and (best is None or found[1] > best.confidence):
                best = _describe(b, cb, a, ca, *found) if flip else _describe(a, ca, b, cb, *found)
    return best


def _own_key(
    sa: _Shape, ca: Column, na: str, sb: _Shape, cb: Column, nb: str
) -> tuple[tuple[str, float], bool] | None:
    """A column that points at another table's own key (its first column) under another name.

    ``sample_ref`` → ``samples.sample_no`` (same entity, two key words), ``prescriber_npi`` →
    ``prescribers.npi`` (the table's name, then its key) and ``upc_cd`` → ``products.upc`` (the
    key's name, then a key word). Returns the reason and confidence, and
    whether ``a`` is the referenced side (``flip``); None when neither holds.
    """
    for col, name, other, other_name, referenced, flip in (
        (ca, na, cb, nb, sb, False),
        (cb, nb, ca, na, sa, True),
    ):
        columns = referenced.table.columns
        if not columns or other is not columns[0] or name == other_name or other_name in GENERIC:
            continue
        target, entities = referenced.table.name, referenced.entities
        if _key_like(name) and _key_like(other_name) and _subject(name) == _subject(other_name):
            return (f"{col.name} refers to {target}'s key {other.name}", CONF_OWN_KEY), flip
        head = name[: -len(other_name) - 1] if name.endswith("_" + other_name) else ""
        if head and _entity(head) in entities:
            return (f"{col.name} names {target} and its key {other.name}", CONF_OWN_KEY), flip
        # the key's name and a key word: ``pos_lines.upc_cd`` → ``products.upc``
        tail = name[len(other_name) + 1 :] if name.startswith(other_name + "_") else ""
        if tail in KEY_SUFFIXES:
            return (f"{col.name} refers to {target}'s key {other.name}", CONF_OWN_KEY), flip
    return None


def _named_ref(
    sa: _Shape, ca: Column, na: str, sb: _Shape, cb: Column, nb: str
) -> tuple[tuple[str, float], bool] | None:
    """A column that names the table it points at, by a role or in its comment, without a key word.

    ``director_crew`` → ``crew.crew_id`` (a role, then the table's name), ``approved_by`` with
    the comment "Crew id of the producer who signed" → ``crew.crew_id``, and a bare
    ``approved_by`` → a table of people (``staff.emp_no``). The referenced column is
    the other table's first column and looks like a key; the referencing one is not its own
    table's first column. Returns the reason and confidence and whether ``a`` is the referenced
    side (``flip``), or None.
    """
    for col, name, own, other, other_name, referenced, flip in (
        (ca, na, sa, cb, nb, sb, False),
        (cb, nb, sb, ca, na, sa, True),
    ):
        columns = referenced.table.columns
        if not columns or other is not columns[0] or not _key_like(other_name):
            continue
        if own.table.columns and col is own.table.columns[0]:
            continue
        target, entities = referenced.table.name, referenced.entities
        words = _words(name)
        counts = bool(_QUANTITY.intersection(words))  # units_on_order counts orders, names none
        if (
            len(words) > 1
            and not counts
            and not _key_like(name)
            and _names_entity(words[-1], entities)
        ):
            return (f"{col.name} names {target}", CONF_NAMED_ROLE), flip
        if col.comment and _comment_names(col.comment, target, other.name, entities):
            return (f"{col.name}'s comment names {target}", CONF_COMMENT), flip
        if words[-1:] == ["by"] and not counts and _is_people(entities):
            return (f"{col.name} names a person of {target}", CONF_ACTOR), flip
    return None


def _names_entity(word: str, entities: frozenset[str]) -> bool:
    """``word`` names a table with these entities, itself or by a synonym: ``vet_emp``'s
    "employee" names ``staff`` (both are the employee group's)."""
    return stem(word) in entities or canonical(word) in {canonical(e) for e in entities}


def _is_people(entities: frozenset[str]) -> bool:
    return bool(entities & _PEOPLE) or any(canonical(e) == "employee" for e in entities)


@lru_cache(maxsize=65536)
def _comment_names(comment: str, target: str, key: str, entities: frozenset[str]) -> bool:
    """Whether ``comment`` says its column holds ``target``'s key ("Crew id of …", "crew.crew_id")."""
    for m in _COMMENT_REF.finditer(comment.lower()):
        word, table, column = m.groups()
        if word is not None and stem(word.rsplit("_", 1)[-1]) in entities:
            return True
        if table is not None and table == target.lower() and column == key.lower():
            return True
    return False


def infer_joins(catalog: Catalog) -> tuple[JoinPath, ...]:
    """Joins inferred from names and types between tables of the same schema (cached per catalog).

    A schema where any table declares a foreign key is taken as keyed: its keys are the truth and
    nothing is inferred there (inferred sibling joins would only add noise to a keyed schema).
    """
    hit = _CACHE.get(id(catalog))
    if hit and hit[0]() is catalog:
        return hit[1]
    by_schema: dict[str, list[Table]] = {}
    keyed: set[str] = set()
    for t in catalog.tables:
        by_schema.setdefault(t.schema or "", []).append(t)
        if t.foreign_keys:
            keyed.add(t.schema or "")
    out = []
    for schema, tables in by_schema.items():
        if schema in keyed:
            continue
        shapes = [_shape(t) for t in tables]
        for a, b in combinations(shapes, 2):
            if (path := _pair(a, b)) is not None:
                out.append(path)
    found = tuple(out)
    if len(_CACHE) > 32:
        _CACHE.clear()
    _CACHE[id(catalog)] = (weakref.ref(catalog), found)
    return found


def declared_joins(catalog: Catalog) -> list[JoinPath]:
    """The catalog's foreign keys as join paths (confidence 1)."""
    out = []
    for t in catalog.tables:
        for fk in t.foreign_keys:
            ref = catalog.find(fk.ref_table)
            if ref is None or ref.qualified_name == t.qualified_name:
                continue
            out.append(
                JoinPath(
                    t.qualified_name,
                    tuple(fk.columns),
                    ref.qualified_name,
                    tuple(fk.ref_columns),
                    source="foreign_key",
                    reason=f"foreign key {t.name}({', '.join(fk.columns)}) → {ref.name}",
                )
            )
    return out


def join_paths(
    catalog: Catalog, knowledge: Knowledge | None = None, *, infer: bool = True
) -> dict[frozenset[str], JoinPath]:
    """The one join path kept per pair of tables: the strongest source, then the highest confidence.

    Args:
        catalog: the connection's catalog.
        knowledge: team knowledge whose ``joins`` (declared by hand or by dbt) win.
        infer: also infer joins from names and types (only between pairs no stronger path joins).

    Returns:
        ``{frozenset({table_a, table_b}): JoinPath}`` with qualified table names.
    """
    candidates: list[JoinPath] = []
    if knowledge is not None:
        for j in knowledge.joins:
            left, right = catalog.find(j.left_table), catalog.find(j.right_table)
            if left is not None and right is not None:
                candidates.append(_requalified(j, left.qualified_name, right.qualified_name))
    candidates += declared_joins(catalog)
    if infer:
        candidates += infer_joins(catalog)
    rank = {s: i for i, s in enumerate(JOIN_SOURCES)}
    best: dict[frozenset[str], JoinPath] = {}
    for j in candidates:
        key = frozenset((j.left_table, j.right_table))
        if len(key) < 2:
            continue
        old = best.get(key)
        order = (rank.get(j.source, len(rank)), -j.confidence)
        if old is None or order < (rank.get(old.source, len(rank)), -old.confidence):
            best[key] = j
    return best


def _requalified(j: JoinPath, left: str, right: str) -> JoinPath:
    from dataclasses import replace

    return replace(j, left_table=left, right_table=right)


def join_graph(paths: Mapping[frozenset[str], JoinPath]) -> dict[str, set[str]]:
    """Undirected adjacency of tables joined by any kept path."""
    graph: dict[str, set[str]] = {}
    for key in paths:
        a, b = tuple(key)
        graph.setdefault(a, set()).add(b)
        graph.setdefault(b, set()).add(a)
    return graph


def join_columns(paths: Iterable[JoinPath]) -> dict[str, set[str]]:
    """``{table: {columns used by a join}}``: the keys a pruned table must keep."""
    out: dict[str, set[str]] = {}
    for j in paths:
        out.setdefault(j.left_table, set()).update(j.left_columns)
        out.setdefault(j.right_table, set()).update(j.right_columns)
    return out
