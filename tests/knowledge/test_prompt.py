"""Knowledge in Chat's prompt: what ``preview`` shows is what ``ask`` sends."""

from __future__ import annotations

from iopsdata.assistant.prompt import build_prompt
from iopsdata.catalog.model import Catalog, Column, Table
from iopsdata.knowledge import GlossaryEntry, JoinPath, Knowledge, Metric
from tests.knowledge.test_dbt import CATALOG, MANIFEST, build_warehouse

SHOP = Catalog(
    dialect="sqlite",
    tables=(
        Table("customers", columns=(Column("id", "INTEGER"), Column("city", "TEXT"))),
        Table(
            "orders",
            columns=(
                Column("id", "INTEGER"),
                Column("customer_ref", "INTEGER"),
                Column("amount", "REAL"),
                Column("status", "TEXT"),
            ),
        ),
        Table("suppliers", columns=(Column("id", "INTEGER"),)),
    ),
)
KNOWLEDGE = Knowledge(
    glossary=(
        GlossaryEntry(
            "whale", "a customer who spent over 10,000", ("big spender",), ("customers",)
        ),
        GlossaryEntry("vendor", "a supplier", (), ("suppliers",)),
    ),
    metrics=(Metric("net revenue", "after refunds", "sum(amount)", "orders", None),),
    instructions=("Revenue excludes refunds.",),
    joins=(JoinPath("orders", ("customer_ref",), "customers", ("id",), "declared", 1.0, "x"),),
    descriptions={"orders.status": "Where the order is", "orders": "One row per order"},
    value_hints={"orders.status": ("paid", "refunded")},
)


def _system(question: str, tables: tuple[str, ...], knowledge: Knowledge | None = KNOWLEDGE) -> str:
    return build_prompt(question, SHOP, tables, dialect="sqlite", knowledge=knowledge).system


def test_relevant_knowledge_is_in_the_system_prompt():
    system = _system("which big spenders live in Lisbon?", ("orders", "customers"))
    assert '- "whale": "a customer who spent over 10,000"; also called "big spender"' in system
    assert "- net revenue = sum(amount) on orders" in system
    assert "- Revenue excludes refunds." in system
    assert "- orders (customer_ref) = customers (id) [declared]" in system
    assert 'TABLE orders -- "One row per order"' in system
    assert 'status text -- "Where the order is"; values: "paid", "refunded"' in system
    # not about suppliers, and suppliers not selected: the vendor entry stays out
    assert "vendor" not in system
    assert system.index("</schema>") < system.index("<knowledge>\nGlossary")


def test_a_term_in_the_question_brings_its_entry_even_when_its_table_is_not_selected():
    system = _system("list every vendor", ("orders",))
    assert '"vendor": "a supplier"' in system
    assert "whale" not in system  # customers is not selected and the question does not say it


def test_no_knowledge_no_section():
    assert "</knowledge>" not in _system("anything", ("orders",), None)
    assert "</knowledge>" not in _system("anything", ("orders",), Knowledge())


def test_show_prompt_of_a_real_connection_carries_dbt_and_hand_made_knowledge(
    sqlite_team, tmp_path
):
    owner = sqlite_team.owner
    owner.connections.add("Corner shop", "duckdb", {"path": str(build_warehouse(tmp_path))})
    owner.knowledge.import_dbt("Corner shop", MANIFEST, CATALOG)
    owner.knowledge.put_glossary(
        "Corner shop", "loyal customer", "ordered twice or more", refs=["main.customers"]
    )
    owner.knowledge.add_instruction("Corner shop", "Amounts are in euros; show two decimals.")
    target = owner.connections.target("Corner shop")
    # a viewer's preview shows the same knowledge: everyone in the workspace sees it
    preview = sqlite_team.viewer.assistant.preview(
        "revenue of loyal customer orders by status", target
    )
    system = preview.system
    assert "- revenue = sum(amount) on main.orders (time column order_date)" in system
    assert '"loyal customer": "ordered twice or more"' in system
    assert "- Amounts are in euros; show two decimals." in system
    assert "main.orders (customer_id) = main.customers (customer_id) [dbt]" in system
    assert 'customer_id bigint -- "Who placed the order."' in system
    assert '"placed", "shipped", "completed", "returned"' in system
    assert preview.tokens > 0


def test_profile_values_win_and_knowledge_values_fill_the_other_columns():
    hints = {"orders": {"status": {"values": ["PAID"]}}}  # profiles key Files tables by bare name
    k = Knowledge(value_hints={"orders.status": ("paid",), "customers.city": ("Lisbon",)})
    system = build_prompt(
        "x", SHOP, ("orders", "customers"), dialect="sqlite", hints=hints, knowledge=k
    ).system
    assert 'status text -- values: "PAID"' in system
    assert 'city text -- values: "Lisbon"' in system
