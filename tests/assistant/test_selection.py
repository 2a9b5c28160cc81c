"""Schema selection: ranking, join paths, budget, pins, schema choice, hints."""

from __future__ import annotations

import pytest

from iopsdata.assistant.schema_text import estimate_tokens, render_tables
from iopsdata.assistant.selection import select_tables
from iopsdata.assistant.terms import split_identifier, terms
from iopsdata.catalog.model import Catalog, Column, ForeignKey, Table


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("sales_order_header", ["sales", "order", "header"]),
        ("SalesOrderHeader", ["sales", "order", "header"]),
        ("customerID", ["customer", "id"]),
        ("HTTPStatusCode", ["http", "status", "code"]),
        ("l_extendedprice", ["l", "extendedprice"]),
    ],
)
def test_split_identifier(name, words):
    assert split_identifier(name) == words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Which airlines were delayed?", ["airline", "delay"]),
        ("deliveries per categories", ["delivery", "category"]),
        ("How many flights left JFK", ["flight", "left", "jfk"]),
    ],
)
def test_terms_stem_and_drop_stop_words(text, expected):
    assert terms(text) == expected


# On the demo schema (5 tables, fits any budget whole) a tiny budget forces a real choice.
@pytest.mark.parametrize(
    ("question", "must_include", "first"),
    [
        (
            "Which airline had the highest average arrival delay?",
            {"main.flights", "main.airlines"},
            None,
        ),
        ("What was the coldest hour recorded at each origin?", {"main.weather"}, "main.weather"),
        (
            "Which manufacturer builds the planes with the most seats?",
            {"main.planes"},
            "main.planes",
        ),
        (
            "Average departure delay per destination airport name",
            {"main.flights", "main.airports"},
            None,
        ),
        ("Top 10 routes by distance", {"main.flights"}, "main.flights"),
    ],
)
def test_demo_schema_picks_the_right_tables(target, question, must_include, first):
    catalog = target.catalog()
    whole = estimate_tokens(render_tables(catalog, [t.qualified_name for t in catalog.tables]))
    budget = int(whole * 0.6)
    selection = select_tables(catalog, question, budget_tokens=budget)
    assert must_include <= set(selection.tables), selection
    assert selection.tokens <= budget
    if first:
        assert selection.tables[0] == first
    assert "main.weather" not in selection.tables or "weather" in question or "coldest" in question


def test_small_schema_is_sent_whole_best_first(target):
    catalog = target.catalog()
    selection = select_tables(catalog, "Which carrier flies the most?")
    assert set(selection.tables) == {t.qualified_name for t in catalog.tables}
    assert selection.tables[0] in ("main.airlines", "main.flights")


def _shop(schema: str | None = "shop") -> Catalog:
    def fk(col: str, ref: str) -> ForeignKey:
        return ForeignKey((col,), f"{schema}.{ref}" if schema else ref, (col,))

    tables = [
        Table(
            "customers",
            schema,
            columns=(
                Column("customer_id", "int", primary_key=True),
                Column("name", "text"),
                Column("country", "text"),
            ),
        ),
        Table(
            "orders",
            schema,
            columns=(
                Column("order_id", "int", primary_key=True),
                Column("customer_id", "int"),
                Column("ordered_at", "date"),
            ),
            foreign_keys=(fk("customer_id", "customers"),),
        ),
        Table(
            "order_items",
            schema,
            columns=(
                Column("order_id", "int"),
                Column("product_id", "int"),
                Column("quantity", "int"),
            ),
            foreign_keys=(fk("order_id", "orders"), fk("product_id", "products")),
        ),
        Table(
            "products",
            schema,
            columns=(
                Column("product_id", "int", primary_key=True),
                Column("title", "text"),
                Column("price", "numeric"),
            ),
        ),
    ]
    tables += [
        Table(
            f"audit_{i}", schema, columns=tuple(Column(f"field_{j}_{i}", "text") for j in range(12))
        )
        for i in range(30)
    ]
    return Catalog("postgres", tuple(tables), default_schema=schema)


def test_join_path_tables_are_added():
    # Customers and products only meet through orders and order_items.
    selection = select_tables(
        _shop(), "Which customers have a product title in their name?", budget_tokens=400
    )
    assert {"shop.customers", "shop.products", "shop.orders", "shop.order_items"} <= set(
        selection.tables
    )
    assert any(r.startswith("joins") for r in selection.reasons.values())


def test_pinned_always_in_and_removed_never():
    catalog = _shop()
    selection = select_tables(
        catalog,
        "Which customers bought products?",
        pinned=["audit_7"],
        removed=["orders"],
        budget_tokens=50,
    )
    assert "shop.audit_7" in selection.tables
    assert selection.reasons["shop.audit_7"] == "pinned"
    assert "shop.orders" not in selection.tables


def test_schema_is_chosen_first_across_schemas():
    hr = Table(
        "employees",
        "hr",
        columns=(
            Column("employee_id", "int"),
            Column("salary", "numeric"),
            Column("department", "text"),
        ),
    )
    catalog = Catalog(
        "postgres",
        (
            *_shop().tables,
            hr,
            Table("customers", "crm", columns=(Column("id", "int"), Column("segment", "text"))),
        ),
    )
    selection = select_tables(catalog, "Average salary per department")
    assert selection.schema == "hr"
    assert selection.tables[0] == "hr.employees"
    named = select_tables(catalog, "customers in crm by segment")
    assert named.schema == "crm"


def test_profile_hints_reach_values():
    catalog = Catalog(
        "postgres",
        (
            Table("region", "geo", columns=(Column("region_id", "int"), Column("r_name", "text"))),
            Table("colour", "geo", columns=(Column("colour_id", "int"), Column("c_name", "text"))),
        ),
    )
    question = "Which rows mention ASIA?"
    without = select_tables(catalog, question, budget_tokens=1)
    with_hints = select_tables(
        catalog,
        question,
        hints={"geo.region": {"r_name": ["AFRICA", "ASIA", "EUROPE"]}},
        budget_tokens=1,
    )
    assert without.tables == ()
    assert with_hints.tables[0] == "geo.region"


def test_profile_hints_shape_is_accepted_and_rendered():
    from iopsdata.assistant.schema_text import render_table

    table = Table("trips", "main", columns=(Column("status", "text"), Column("day", "text")))
    hint = {"status": {"values": ["done", "open"]}, "day": {"format": "%Y-%m-%d"}}
    text = render_table(table, hint)
    assert 'status text -- values: "done", "open"' in text
    assert 'day text -- format: "%Y-%m-%d"' in text
    catalog = Catalog("duckdb", (table, Table("other", "main", columns=(Column("x", "int"),))))
    chosen = select_tables(catalog, "open ones", hints={"main.trips": hint}, budget_tokens=1)
    assert chosen.tables[0] == "main.trips"


def _hatchery_among(others: int) -> Catalog:
    """A keyless fish hatchery and ``others`` unrelated databases of the same size."""

    def cols(*names: str) -> tuple[Column, ...]:
        return tuple(Column(n, "text") for n in names)

    tables = [
        Table("raceways", "hatch", columns=cols("unit_no", "unit_nm", "outdoor_yn", "flow_lps")),
        Table("lots", "hatch", columns=cols("lot_no", "tank", "species_cd", "fish_cnt")),
        Table("feed_recv", "hatch", columns=cols("recv_id", "supplier", "kg", "signed_by")),
    ]
    for i in range(others):
        tables += [
            Table(f"ledger_{j}", f"firm{i}", columns=cols(f"entry_{j}", "amount", "posted_on"))
            for j in range(3)
        ]
    return Catalog("postgres", tuple(tables))


def test_budget_left_goes_to_the_rest_of_the_chosen_database():
    """A question naming "each raceway" names one table; what is in a unit is in ``lots``, which no
    word of the question names. Left budget brings it, from that database only."""
    selection = select_tables(_hatchery_among(40), "What's in each of the outdoor raceways?")
    assert selection.schema == "hatch"
    assert selection.tables[0] == "hatch.raceways"
    assert "hatch.lots" in selection.tables
    assert selection.reasons["hatch.lots"] == "same database, within the budget"
    assert all(t.startswith("hatch.") for t in selection.tables)


def test_a_small_catalogs_floor_is_not_spent_on_the_rest():
    """Where the budget's floor exceeds its share of a small catalog, the rest is not added."""
    selection = select_tables(_hatchery_among(1), "What's in each of the outdoor raceways?")
    assert "hatch.raceways" in selection.tables
    assert "same database, within the budget" not in selection.reasons.values()


def test_the_rest_of_the_chosen_database_comes_before_weaker_look_alikes():
    """The headroom goes first to the chosen database's other tables, then to a database that
    explains only part of the question ("outdoor", not "raceway"): the unnamed table a join needs
    is likelier than the look-alike to be what the answer is missing."""
    tables = [
        *_hatchery_among(40).tables,
        Table("outdoor_pens", "kennel", columns=(Column("pen_no", "text"), Column("m2", "int"))),
        Table("dogs", "kennel", columns=(Column("dog_no", "text"), Column("pen_no", "text"))),
    ]
    catalog = Catalog("postgres", tuple(tables))
    selection = select_tables(catalog, "What's in each raceway, outdoor ones and their flow?")
    assert selection.schema == "hatch" and not selection.candidates
    assert "kennel" in selection.alternatives  # a weak look-alike: it still comes, after
    order = list(selection.tables)
    assert selection.reasons["hatch.lots"] == "same database, within the budget"
    assert order.index("hatch.lots") < order.index("kennel.outdoor_pens")
    assert order.index("hatch.feed_recv") < order.index("kennel.outdoor_pens")
