"""Knowledge items name real tables and columns: a typo is refused with the closest name, and
names that stop resolving are listed (``iopsdata.knowledge.names``), on a real SQLite connection."""

from __future__ import annotations

import re
import sqlite3

import pytest

from iopsdata.errors import KnowledgeError


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda k: k.put_join("Shop", "order", "customer_ref", "customers", "id"),
            "There is no table 'order' (did you mean 'orders'?)",
        ),
        (
            lambda k: k.put_join("Shop", "orders", "customer", "customers", "id"),
            "The table orders has no column 'customer' (did you mean 'customer_ref'?)",
        ),
        (
            lambda k: k.put_metric("Shop", "revenue", "sum(amount)", "order"),
            "There is no table 'order' (did you mean 'orders'?)",
        ),
        (
            lambda k: k.put_metric(
                "Shop", "revenue", "sum(amount)", "orders", time_column="ordered_at"
            ),
            "The table orders has no column 'ordered_at' (did you mean 'ordered_on'?)",
        ),
        (
            lambda k: k.put_glossary("Shop", "buyer", "a customer", refs="customer"),
            "There is no table 'customer' (did you mean 'customers'?)",
        ),
        (
            lambda k: k.put_glossary("Shop", "town", "where they live", refs="customers.town"),
            "The table customers has no column 'town'",
        ),
    ],
)
def test_a_name_the_connection_lacks_is_refused_with_the_closest_one(sqlite_team, call, message):
    with pytest.raises(KnowledgeError, match=re.escape(message)):
        call(sqlite_team.editor.knowledge)
    assert sqlite_team.owner.knowledge.get("Shop").empty  # nothing was saved


def test_the_same_items_with_right_names_are_saved(sqlite_team):
    """The control: every call above, names corrected, is accepted (in any letter case)."""
    kn = sqlite_team.editor.knowledge
    kn.put_join("Shop", "orders", "Customer_Ref", "customers", "ID")
    kn.put_metric("Shop", "revenue", "sum(amount)", "ORDERS", time_column="ordered_on")
    kn.put_glossary("Shop", "buyer", "a customer", refs="customers, customers.city")
    saved = kn.get("Shop")
    assert (len(saved.joins), len(saved.metrics), len(saved.glossary)) == (1, 1, 1)
    assert kn.unresolved_names("Shop") == []


def test_a_table_created_after_the_tables_were_read_is_found(sqlite_team, tmp_path):
    """The catalog is cached; a name missing from it is looked up in a fresh read."""
    kn = sqlite_team.editor.knowledge
    assert not any(
        t.name == "refunds" for t in sqlite_team.owner.connections.catalog("Shop").tables
    )
    with sqlite3.connect(tmp_path / "shop.sqlite") as db:
        db.execute("CREATE TABLE refunds (id INTEGER, order_id INTEGER, amount REAL)")
    kn.put_join("Shop", "refunds", "order_id", "orders", "id")
    assert [j.left_table for j in kn.get("Shop").joins] == ["refunds"]


def test_names_that_stop_resolving_are_listed_whichever_way_they_came(sqlite_team, tmp_path):
    kn = sqlite_team.editor.knowledge
    kn.put_join("Shop", "orders", "customer_ref", "customers", "id")
    kn.put_metric("Shop", "revenue", "sum(amount)", "orders", time_column="ordered_on")
    # an import is not refused for a name (it may come from a copy of this database elsewhere)
    kn.import_yaml(
        "Shop",
        "glossary:\n  - term: buyer\n    meaning: a customer\n    refs: [clients, customers.town]\n",
    )
    assert kn.unresolved_names("Shop") == [
        "glossary term 'buyer': there is no table 'clients'",
        "glossary term 'buyer': the table customers has no column 'town'",
    ]
    with sqlite3.connect(tmp_path / "shop.sqlite") as db:  # the table is renamed since
        db.execute("ALTER TABLE orders RENAME TO sales")
    sqlite_team.owner.connections.catalog("Shop", refresh=True)
    problems = kn.unresolved_names("Shop")
    assert "metric 'revenue': there is no table 'orders'" in problems
    assert "join orders ↔ customers: there is no table 'orders'" in problems
    assert sqlite_team.viewer.knowledge.unresolved_names("Shop") == problems  # everyone sees it


def test_an_unreachable_database_does_not_stop_an_edit(sqlite_team, tmp_path):
    """Its names cannot be checked now: the item is saved, and listed later if they are wrong."""
    owner = sqlite_team.owner
    gone = tmp_path / "gone.sqlite"
    with sqlite3.connect(gone) as db:
        db.execute("CREATE TABLE t (id INTEGER)")
    owner.connections.add("Gone", "sqlite", {"path": str(gone)})
    gone.unlink()
    with pytest.raises(Exception):  # noqa: B017 - whatever the engine says: it is unreachable
        owner.connections.catalog("Gone", refresh=True)
    sqlite_team.editor.knowledge.put_join("Gone", "t", "id", "u", "t_id")
    assert len(sqlite_team.editor.knowledge.get("Gone").joins) == 1
    assert sqlite_team.editor.knowledge.unresolved_names("Gone") == []
