"""How "Tables the assistant sees" words each join path (``chat_view.show_selection``)."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest


def _shown_joins() -> None:
    from iopsdata.assistant.selection import Selection
    from iopsdata.knowledge.model import JoinPath
    from iopsdata.ui.chat_view import show_selection

    show_selection(
        Selection(
            ("main.flights", "main.airlines", "main.orders", "main.customers"),
            joins=(
                JoinPath(
                    "main.flights", ("carrier",), "main.airlines", ("carrier",), "foreign_key",
                    1.0, "foreign key flights(carrier) → airlines",
                ),
                JoinPath(
                    "main.orders", ("customer_id",), "main.customers", ("id",), "inferred",
                    0.9, "orders.customer_id ↔ customers.id (a *_id column and a table's id)",
                ),
                JoinPath("main.orders", ("rep",), "main.staff", ("id",), "declared"),
            ),
        )
    )  # fmt: skip


def test_each_join_says_where_it_comes_from_once() -> None:
    at = AppTest.from_function(_shown_joins).run()
    assert not at.exception
    lines = [m.value.replace("\\", "") for m in at.markdown if "↔" in m.value or "→" in m.value]
    assert lines == [
        "- foreign key flights(carrier) → airlines",  # not "(foreign key)" a second time
        "- orders.customer_id ↔ customers.id (a *_id column and a table's id) "
        "(inferred, confidence 90%)",
        "- main.orders ↔ main.staff (declared)",
    ]
