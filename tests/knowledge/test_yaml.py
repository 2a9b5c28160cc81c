"""The YAML format: a round trip keeps everything; a bad file is refused and loses nothing."""

from __future__ import annotations

import pytest

from iopsdata.errors import KnowledgeError

DOC = """\
version: 1
glossary:
  - term: active customer
    meaning: ordered in the last 90 days
    synonyms: [regular, repeat buyer]
    refs: [customers, orders.ordered_on]
  - term: GMV
    meaning: "gross merchandise value: \\"sum(amount)\\" before refunds"
metrics:
  - name: net revenue
    description: Money kept after refunds
    expression: sum(amount) - sum(refunded)
    table: orders
    time_column: ordered_on
instructions:
  - Revenue excludes refunds.
  - "Cities are stored in English: Lisbon, not Lisboa."
joins:
  - left_table: orders
    left_columns: [customer_ref]
    right_table: customers
    right_columns: [id]
descriptions:
  orders: One row per order.
  orders.refunded: Amount refunded, in euros.
value_hints:
  orders.status: [paid, refunded]
"""


def test_round_trip_keeps_every_item(team):
    k = team.editor.knowledge
    assert k.import_yaml("Shop", DOC) == 9
    first = k.get("Shop")
    text = k.export_yaml("Shop")
    assert "connection: Shop" in text
    k.import_yaml("Shop", text, replace=True)
    assert k.get("Shop") == first
    assert first.descriptions == {
        "orders": "One row per order.",
        "orders.refunded": "Amount refunded, in euros.",
    }
    assert first.value_hints == {"orders.status": ("paid", "refunded")}
    assert first.glossary[1].meaning == 'gross merchandise value: "sum(amount)" before refunds'
    # the export, imported into another workspace's Files connection, gives the same knowledge
    other = team.stranger.knowledge
    other.import_yaml("files", text)
    assert other.get("files") == first


def test_merge_keeps_other_items_and_replace_drops_them(sqlite_team):
    k = sqlite_team.editor.knowledge
    k.put_glossary("Shop", "basket", "one order")
    k.import_yaml("Shop", "glossary:\n  - term: gmv\n    meaning: gross merchandise value\n")
    assert [g.term for g in k.get("Shop").glossary] == ["basket", "gmv"]
    k.import_yaml(
        "Shop", "glossary:\n  - term: GMV\n    meaning: sales before refunds\n", replace=True
    )
    assert [(g.term, g.meaning) for g in k.get("Shop").glossary] == [
        ("GMV", "sales before refunds")
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("glossary: [term: x\n", "not valid YAML at line"),
        ("", "empty"),
        ("- just\n- a list\n", "must be a mapping"),
        ("glossry:\n  - term: x\n", "Unknown section"),
        ("version: 2\n", "format version"),
        ("glossary:\n  term: x\n", "must be a list"),
        ("glossary:\n  - just a string\n", "Item 1 of glossary"),
        ("glossary:\n  - meaning: no term\n", "glossary term is empty"),
        ("metrics:\n  - name: m\n    expression: sum(\n    table: t\n", "not a SQL expression"),
        ("joins:\n  - left_table: a\n    right_table: b\n", "same number of columns"),
        ("value_hints:\n  t.c: one\n", "must be a list"),
        (b"\xff\xfe", "not UTF-8"),
        ("a: &x [1, 2]\nglossary:\n  - term: t\n    synonyms: *x\n", "aliases"),
        ("glossary:\n  - term: t\n    synonyms: [[a, b]]\n", "not of lists"),
        ("instructions:\n  - " + "x" * 5_000_001 + "\n", "larger than 5 MB"),
        # a good item before a bad one: nothing of the file is saved
        ("glossary:\n  - term: fine\n  - term: ''\n", "glossary term is empty"),
    ],
)
def test_bad_yaml_is_refused_and_nothing_is_lost(sqlite_team, text, message):
    k = sqlite_team.editor.knowledge
    k.import_yaml("Shop", DOC)
    before = k.get("Shop")
    for replace in (False, True):
        with pytest.raises(KnowledgeError, match=message):
            k.import_yaml("Shop", text, replace=replace)
    assert k.get("Shop") == before
