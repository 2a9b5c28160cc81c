"""Selection on schemas without keys: inferred joins, the value index, routing, examples, budget.

Real DuckDB databases and the loopback AI server; catalogs are introspected from the engine.
"""

from __future__ import annotations

import time
from pathlib import Path

import duckdb
import pytest

from iopsdata.assistant import AssistantService
from iopsdata.assistant.examples import rank_examples
from iopsdata.assistant.joins import infer_joins, join_paths
from iopsdata.assistant.schema_text import estimate_tokens, render_tables
from iopsdata.assistant.selection import (
    DEFAULT_CEILING,
    DEFAULT_FLOOR,
    DEFAULT_SHARE,
    schema_budget,
    select_tables,
)
from iopsdata.assistant.terms import canonical, root
from iopsdata.catalog.model import Catalog, Column, Table
from iopsdata.errors import QueryFailed
from iopsdata.guard import check_sql
from iopsdata.knowledge.model import GlossaryEntry, JoinPath, Knowledge
from iopsdata.result import QueryResult

GOOD = "```sql\nSELECT count(*) AS n FROM shop_eu.orders\n```\nOrders counted."

SHOP = """
CREATE SCHEMA {s};
CREATE TABLE {s}.customers (id INTEGER, full_name VARCHAR, city VARCHAR, segment VARCHAR);
CREATE TABLE {s}.orders (order_id INTEGER, customer_id INTEGER, ordered_on DATE, total_amt DECIMAL(10,2));
CREATE TABLE {s}.order_items (order_id INTEGER, product_code VARCHAR, qty INTEGER, unit_price DECIMAL(10,2));
CREATE TABLE {s}.products (product_code VARCHAR, product_name VARCHAR, category VARCHAR);
CREATE TABLE {s}.stores (store_id INTEGER, store_name VARCHAR, city VARCHAR);
CREATE TABLE {s}.sales (sale_id INTEGER, store_id INTEGER, seller_store_id INTEGER, sold_on DATE);
"""


class DuckSchemasTarget:
    """A ``QueryTarget`` over a DuckDB file with several schemas and no declared keys."""

    dialect = "duckdb"

    def __init__(self, path: Path) -> None:
        self.id = f"duck-{path.stem}"
        self.name = path.stem
        self.path = path
        self.runs: list[str] = []

    def catalog(self, *, refresh: bool = False) -> Catalog:
        con = duckdb.connect(str(self.path))
        try:
            rows = con.execute(
                "SELECT schema_name, table_name, column_name, data_type FROM duckdb_columns() "
                "WHERE NOT internal AND schema_name <> 'main' "
                "ORDER BY schema_name, table_name, column_index"
            ).fetchall()
        finally:
            con.close()
        cols: dict[tuple[str, str], list[Column]] = {}
        for schema, table, column, dtype in rows:
            cols.setdefault((schema, table), []).append(Column(column, dtype))
        tables = tuple(Table(t, s, columns=tuple(c)) for (s, t), c in sorted(cols.items()))
        return Catalog("duckdb", tables, database=self.path.stem)

    def run(self, sql: str, *, source: str = "editor", row_cap: int | None = None) -> QueryResult:
        check_sql(sql, self.dialect)
        self.runs.append(sql)
        con = duckdb.connect(str(self.path))
        started = time.perf_counter()
        try:
            return QueryResult(con.sql(sql).to_arrow_table(), sql, time.perf_counter() - started)
        except duckdb.Error as exc:
            raise QueryFailed(str(exc).splitlines()[0]) from None
        finally:
            con.close()


@pytest.fixture
def shops(tmp_path) -> DuckSchemasTarget:
    """Two look-alike shop databases (EU and US) as schemas of one DuckDB file, no keys."""
    path = tmp_path / "shops.duckdb"
    con = duckdb.connect(str(path))
    for s in ("shop_eu", "shop_us"):
        con.execute(SHOP.format(s=s))
    con.execute(
        "INSERT INTO shop_eu.stores VALUES (1, 'Lisbon Baixa', 'Lisbon'), (2, 'Porto', 'Porto')"
    )
    con.execute(
        "INSERT INTO shop_us.stores VALUES (1, 'Dallas Uptown', 'Dallas'), (2, 'Austin', 'Austin')"
    )
    con.close()
    return DuckSchemasTarget(path)


def _joins(catalog: Catalog) -> dict[frozenset[str], JoinPath]:
    return {frozenset((j.left_table, j.right_table)): j for j in infer_joins(catalog)}


def test_joins_are_inferred_on_a_keyless_schema(shops):
    catalog = shops.catalog()
    joins = _joins(catalog)

    def between(a: str, b: str) -> JoinPath:
        return joins[frozenset((f"shop_eu.{a}", f"shop_eu.{b}"))]

    j = between("orders", "customers")
    assert (j.source, j.confidence) == ("inferred", 0.9)
    assert "orders.customer_id ↔ customers.id" in j.reason
    assert between("order_items", "orders").left_columns + between(
        "order_items", "orders"
    ).right_columns == ("order_id", "order_id")
    assert "product_code" in between("order_items", "products").reason
    role = between("sales", "stores")  # store_id beats the role column seller_store_id
    assert role.confidence >= 0.8 and "store_id" in role.reason
    # never across schemas, and never on dates or on generic names such as "city"
    assert all(len({t.split(".")[0] for t in key}) == 1 for key in joins)
    assert frozenset(("shop_eu.customers", "shop_eu.stores")) not in joins


def test_declared_joins_win_over_inferred_ones(shops):
    catalog = shops.catalog()
    hand = JoinPath("shop_eu.orders", ("customer_id",), "shop_eu.customers", ("id",), "declared")
    paths = join_paths(catalog, Knowledge(joins=(hand,)))
    assert paths[frozenset(("shop_eu.orders", "shop_eu.customers"))].source == "declared"
    assert paths[frozenset(("shop_eu.orders", "shop_eu.order_items"))].source == "inferred"


def test_a_keyless_join_table_is_selected_between_two_matches(shops):
    catalog = shops.catalog()
    sel = select_tables(
        catalog, "Which product categories do customers in the EU shop buy?", budget_tokens=400
    )
    assert sel.schema == "shop_eu"
    # customers ↔ orders ↔ order_items ↔ products: the bridge comes through inferred joins
    assert {
        "shop_eu.customers",
        "shop_eu.products",
        "shop_eu.orders",
        "shop_eu.order_items",
    } <= set(sel.tables)
    assert any(j.source == "inferred" for j in sel.joins)


def test_a_value_in_the_question_picks_the_table_holding_it(shops):
    """Hints come from the profiler pushed down to DuckDB, as Chat gets them for a table."""
    from iopsdata.profiling import profile_relation

    catalog = shops.catalog()
    con = duckdb.connect(str(shops.path))
    hints = {}
    for t in catalog.tables:
        text = [(c.name, c.type) for c in t.columns if c.type == "VARCHAR"]
        profile = profile_relation(
            lambda sql: con.sql(sql).to_arrow_table(), t.qualified_name, text, "duckdb"
        )
        found = profile.hints()
        for col in profile.columns:  # all-distinct lookups: the bench's bounded DISTINCT
            if 0 < (col.distinct or 0) <= 20 and "values" not in found.get(col.name, {}):
                values = con.sql(f"SELECT DISTINCT {col.name} FROM {t.qualified_name}").fetchall()
                found.setdefault(col.name, {})["values"] = sorted(str(v[0]) for v in values)
        if found:
            hints[t.qualified_name] = found
    con.close()
    sel = select_tables(catalog, "How many sales did the dallas store make?", hints=hints)
    assert sel.schema == "shop_us" and sel.tables[0] == "shop_us.stores"
    assert [(m.table, m.column, m.value) for m in sel.values] == [
        ("shop_us.stores", "city", "Dallas")
    ]
    assert "shop_us.sales" in sel.tables


def test_vocabulary_roots_glossary_synonyms_and_abbreviations():
    assert {root(w) for w in ("citations", "cite", "citing", "cited")} == {"cit"}
    assert root("revenues") == root("revenue")
    assert canonical("shops") == canonical("store") and canonical("writers") == "author"
    assert canonical("outstanding") == canonical("payment")
    catalog = Catalog(
        "duckdb",
        (
            Table(
                "cite",
                "lib",
                columns=(Column("citing_paper_id", "int"), Column("cited_paper_id", "int")),
            ),
            Table("paper", "lib", columns=(Column("paper_id", "int"), Column("title", "text"))),
            Table("loan", "lib", columns=(Column("loan_id", "int"), Column("due_dt", "date"))),
            Table("fees", "lib", columns=(Column("fee_id", "int"), Column("amt", "numeric"))),
        ),
    )
    assert select_tables(catalog, "papers with the most citations", budget_tokens=60).tables[
        :2
    ] in (
        ("lib.cite", "lib.paper"),
        ("lib.paper", "lib.cite"),
    )
    assert select_tables(catalog, "total amount of fees", budget_tokens=30).tables[0] == "lib.fees"
    assert (
        select_tables(catalog, "loans past their due date", budget_tokens=30).tables[0]
        == "lib.loan"
    )
    taught = Knowledge(
        glossary=(GlossaryEntry("late charge", "a fee", ("penalty",), ("lib.fees",)),)
    )
    assert (
        select_tables(catalog, "sum of penalties", knowledge=taught, budget_tokens=30).tables[0]
        == "lib.fees"
    )


def test_routing_asks_when_two_databases_tie_and_remembers_the_answer(ctx, shops, llm_server):
    chat = AssistantService(ctx)
    asked = chat.ask("How many orders per customer segment?", shops)
    assert asked.choices and set(asked.choices) == {"shop_eu", "shop_us"}
    assert asked.sql is None and "Which one do you mean?" in asked.explanation
    assert llm_server.requests == [] and shops.runs == []  # no provider call, nothing run
    stored = chat.messages(asked.thread_id)
    assert stored[-1]["payload"]["choices"] == list(asked.choices)

    llm_server.enqueue(GOOD, GOOD)
    answer = chat.ask(asked.question, shops, asked.thread_id, schema="shop_eu")
    assert answer.error is None and answer.executed
    assert answer.selection.schema == "shop_eu" and not answer.choices
    assert all(t.startswith("shop_eu.") for t in answer.selection.tables)
    # the next question of the thread is not asked again: the choice is remembered
    follow = chat.ask("And the number of products per category?", shops, asked.thread_id)
    assert not follow.choices and follow.selection.schema == "shop_eu"
    assert len(llm_server.requests) == 2


def test_routing_refuses_an_unknown_schema(ctx, shops):
    from iopsdata.errors import QueryRefused

    with pytest.raises(QueryRefused):
        AssistantService(ctx).ask("orders", shops, schema="nope")


def test_examples_are_retrieved_by_relevance_not_recency(ctx, target, llm_server):
    chat = AssistantService(ctx)
    relevant = (
        "Average departure delay per carrier",
        "SELECT carrier, avg(dep_delay) FROM flights GROUP BY carrier",
    )
    ctx.store.add_example(
        ctx.workspace_id,
        connection_id=target.id,
        question=relevant[0],
        sql=relevant[1],
        approved_by=ctx.user_id,
    )
    for i in range(6):  # newer, unrelated
        ctx.store.add_example(
            ctx.workspace_id,
            connection_id=target.id,
            question=f"Planes built by manufacturer number {i}",
            sql=f"SELECT manufacturer FROM planes LIMIT {i + 1}",
            approved_by=ctx.user_id,
        )
    preview = chat.preview("Which carrier has the worst departure delay?", target)
    examples = preview.system.split("\n<examples>")[1]
    assert relevant[1] in examples
    assert examples.count("Question:") <= 5
    ranked = rank_examples(
        "planes by manufacturer", ctx.store.list_examples(ctx.workspace_id, target.id)
    )
    assert relevant[1] not in [e["sql"] for e in ranked]
    assert rank_examples("weather at night", [{"question": "cats", "sql": "SELECT 1"}]) == []


WORDS = [
    "alpha",
    "bravo",
    "charlie",
    "delta",
    "echo",
    "foxtrot",
    "golf",
    "hotel",
    "india",
    "juliett",
    "kilo",
    "lima",
    "mike",
]


def _big_catalog(schemas: int = 40) -> Catalog:
    """A generated warehouse: 40 look-alike departments, 12 tables each, 480 tables, no keys."""
    tables = []
    for i in range(schemas):
        s = f"dept{i:02d}"
        tables += [
            Table(
                "customers",
                s,
                columns=(
                    Column("customer_id", "int"),
                    Column("name", "text"),
                    Column("region_code", "text"),
                ),
            ),
            Table(
                "regions", s, columns=(Column("region_code", "text"), Column("region_name", "text"))
            ),
            Table(
                "orders",
                s,
                columns=(
                    Column("order_id", "int"),
                    Column("customer_id", "int"),
                    Column("ordered_dt", "date"),
                ),
            ),
            Table(
                "order_lines",
                s,
                columns=(Column("order_id", "int"), Column("sku", "text"), Column("qty", "int")),
            ),
            Table(
                "skus",
                s,
                columns=(
                    Column("sku", "text"),
                    Column("brand_id", "int"),
                    Column("size_id", "int"),
                ),
            ),
            Table("brands", s, columns=(Column("brand_id", "int"), Column("brand_name", "text"))),
            Table("sizes", s, columns=(Column("size_id", "int"), Column("size_label", "text"))),
            Table(
                "returns",
                s,
                columns=(
                    Column("return_id", "int"),
                    Column("order_id", "int"),
                    Column("reason", "text"),
                ),
            ),
            Table(
                "shipments",
                s,
                columns=(
                    Column("shipment_id", "int"),
                    Column("order_id", "int"),
                    Column("carrier_id", "int"),
                ),
            ),
            Table(
                "carriers", s, columns=(Column("carrier_id", "int"), Column("carrier_name", "text"))
            ),
            Table(
                "payments",
                s,
                columns=(
                    Column("payment_id", "int"),
                    Column("order_id", "int"),
                    Column("amt", "numeric"),
                ),
            ),
            Table(
                "events",
                s,
                columns=tuple(
                    Column(f"note_{w}", "text", comment="a long description " * 6) for w in WORDS
                ),
            ),
        ]
    return Catalog("postgres", tuple(tables))


def _text_table(name: str, schema: str, *cols: str) -> Table:
    """A keyless table whose columns are all text."""
    return Table(name, schema, columns=tuple(Column(c, "text") for c in cols))


def test_the_rest_of_the_database_fills_only_up_to_rest_share_whatever_the_budget():
    """A larger budget is room for what a question needs: the rest-fill (tables no question word
    names) stops at REST_SHARE of the whole schema, or at the budget's share when that is smaller."""
    from iopsdata.assistant.selection import REST_SHARE

    tables = [_text_table("orders", "shop", "order_id", "customer_id", "amount")]
    tables += [_text_table(f"ledger{i}", "shop", f"entry{i}_id", f"memo{i}") for i in range(30)]
    tables += [_text_table("animals", "zoo", "animal_id", "species")]
    catalog = Catalog("postgres", tuple(tables))
    whole = sum(estimate_tokens(render_tables(catalog, [x.qualified_name])) for x in catalog.tables)
    roomy = select_tables(catalog, "total order amount", budget_share=0.5)
    filled = [q for q, why in roomy.reasons.items() if why.startswith("same database")]
    assert roomy.tables[0] == "shop.orders" and filled, "the rest-fill runs"
    assert roomy.tokens <= REST_SHARE * whole < 0.5 * whole
    narrow = select_tables(catalog, "total order amount", budget_share=0.05)
    assert narrow.tokens <= max(
        0.05 * whole, estimate_tokens(render_tables(catalog, ["shop.orders"]))
    )


def test_the_budget_adapts_to_the_catalog_and_there_is_no_fixed_table_count():
    big = _big_catalog()
    # the whole schema as the budget counts it: each table's text on its own
    whole = sum(estimate_tokens(render_tables(big, [t.qualified_name])) for t in big.tables)
    assert schema_budget(whole) == min(
        max(int(whole * DEFAULT_SHARE), DEFAULT_FLOOR), DEFAULT_CEILING
    )
    assert schema_budget(10) == DEFAULT_FLOOR and schema_budget(10**9) == DEFAULT_CEILING
    question = (
        "In dept07: returns, shipments by carrier name, payments, brand name and size label of "
        "each sku ordered by customers per region name"
    )
    sel = select_tables(big, question)
    assert sel.budget == schema_budget(whole) and sel.tokens <= sel.budget
    dept = {t.qualified_name for t in big.tables if t.schema == "dept07"} - {"dept07.events"}
    assert dept <= set(sel.tables)  # 11 tables: more than the old fixed cap of 8
    assert sel.tokens / whole < 0.10
    # a long table is pruned to the columns the question names plus keys, and says so
    wide = select_tables(big, "dept03 events where kilo is set", budget_tokens=200)
    assert wide.columns["dept03.events"] == ("note_alpha", "note_kilo")
    assert "columns shown" in wide.reasons["dept03.events"]
    assert "more columns not shown" in render_tables(big, wide.tables, columns=wide.columns)


def test_team_knowledge_reaches_selection_and_prompt(ctx, shops):
    """Chat takes the connection's knowledge from the callable the workspace gives it."""
    taught = Knowledge(
        descriptions={"shop_eu.stores": "Physical shops, the brick and mortar branches"},
        value_hints={"shop_eu.customers.segment": ("Key Accounts", "SMB")},
    )
    chat = AssistantService(ctx, knowledge=lambda cid: taught if cid == shops.id else None)
    preview = chat.preview(
        "Sales of brick and mortar branches to Key Accounts in the EU shop", shops
    )
    assert preview.selection.schema == "shop_eu"
    assert {"shop_eu.stores", "shop_eu.customers"} <= set(preview.selection.tables)
    assert 'shop_eu.customers.segment = "Key Accounts"' in preview.system
    # without knowledge (no ws.knowledge yet), the same question still selects
    plain = AssistantService(ctx).preview("Sales per store in the EU shop", shops)
    assert "shop_eu.sales" in plain.selection.tables


def _airlines() -> Catalog:
    """A flights schema (named like its main table) and a look-alike airline schema, no keys."""

    tables = (
        _text_table("flights", "flights", "carrier", "origin", "dest", "dep_delay", "tailnum"),
        _text_table("planes", "flights", "tailnum", "manufacturer", "seats"),
        _text_table("weather", "flights", "origin", "wind_speed", "precip"),
        _text_table("stations", "airops", "station_cd", "city"),
        _text_table(
            "legs", "airops", "leg_id", "dep_station_cd", "arr_station_cd", "tail_no", "leg_status"
        ),
        _text_table("tails", "airops", "tail_no", "ac_type", "seat_cnt"),
        _text_table("tickets", "airops", "ticket_no", "leg_id", "fare_amt"),
    )
    comments = {"airops": "A regional airline's flight legs, crew rosters and passenger tickets."}
    return Catalog("postgres", tables, extra={"schema_comments": comments})


AIRLINE_HINTS = {
    "airops.stations": {"station_cd": ["BOS", "DFW", "JFK"], "city": ["Boston", "Dallas"]},
    "airops.legs": {"leg_status": ["arrived", "cancelled", "open"]},
    "airops.tails": {"ac_type": ["A220", "CRJ900", "E175"]},
}


def test_a_schema_name_that_is_also_a_common_word_does_not_decide_alone():
    """The word "flights" names the schema ``flights`` but the airline schema is about it too."""
    catalog = _airlines()
    sel = select_tables(
        catalog, "How many flights departed from JFK?", hints=AIRLINE_HINTS, budget_tokens=400
    )
    assert "airops" in (sel.schema, *sel.alternatives)
    assert {"airops.stations", "airops.legs"} <= set(sel.tables)
    # a schema name no other schema uses still decides: "planes" is only a table of flights
    only = Catalog(
        "postgres",
        catalog.tables,
        extra={"schema_comments": {"airops": "A regional airline's crew rosters and tickets."}},
    )
    named = select_tables(only, "flights per plane maker", budget_tokens=400)
    assert named.schema == "flights" and not named.alternatives


def test_values_written_as_names_or_codes_route_but_common_words_do_not():
    from iopsdata.assistant.values import match_values, written_as_names

    catalog = _airlines()
    question = "Seat load factor of E175 flights still open"
    found = match_values(catalog, question, AIRLINE_HINTS)
    assert {(m.column, m.value) for m in found} == {("ac_type", "E175"), ("leg_status", "open")}
    assert [m.value for m in written_as_names(question, found)] == ["E175"]
    sel = select_tables(catalog, question, hints=AIRLINE_HINTS, budget_tokens=400)
    assert "airops.tails" in sel.tables and "airops" in (sel.schema, *sel.alternatives)
    # a short code without digits stays out of the value index ("5G" and "E175" are in)
    assert not match_values(catalog, "legs from BO", {"airops.stations": {"station_cd": ["BO"]}})


def test_a_narrow_question_spends_headroom_on_a_weaker_lookalike(monkeypatch):
    """Within half the budget, a schema scoring 40-60% of the best brings its best tables too."""
    from iopsdata.assistant import selection

    monkeypatch.setattr(selection, "REST_SHARE", 0.5)  # this catalog is tiny: widen the headroom
    vans = Table(
        "vans",
        "freight",
        columns=(Column("van_reg", "text"), Column("electric", "boolean")),
    )
    routes = Table(
        "routes", "freight", columns=(Column("route_id", "int"), Column("van_reg", "text"))
    )
    fleet = Table(
        "aircraft", "airops", columns=(Column("tail_no", "text"), Column("share_pct", "numeric"))
    )
    base = _airlines()
    comments = {
        "airops": "A regional airline's fleet tails, flight legs and tickets.",
        "freight": "A parcel carrier's routes and vans.",
    }
    catalog = Catalog(
        "postgres", (*base.tables, fleet, vans, routes), extra={"schema_comments": comments}
    )
    from iopsdata.assistant.ranking import catalog_index, rank_schemas, score_tables

    question = "Electric share of the fleet"
    ranked = rank_schemas(
        catalog, catalog_index(catalog, {}), score_tables(catalog, question), question
    )
    (best, first), (second, name) = ranked[:2]
    assert (first, name) == ("airops", "freight") and 0.4 <= second / best < 0.6
    # headroom = min(half the budget, REST_SHARE or the budget's share of the whole schema)
    sel = select_tables(catalog, question, budget_tokens=1200, budget_share=0.5)
    assert "freight.vans" in sel.tables and "freight" in sel.alternatives
    tight = select_tables(catalog, question, budget_tokens=1200, budget_share=0.01)
    assert "freight" not in tight.alternatives
