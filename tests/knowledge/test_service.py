"""Knowledge CRUD with roles, workspace isolation and the activity log, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from iopsdata.errors import KnowledgeError, NotFound, PermissionDenied, StoreError
from iopsdata.knowledge import GlossaryEntry, JoinPath, Metric


def test_editor_edits_all_four_kinds_and_everyone_reads_them(team):
    ed = team.editor.knowledge
    ed.put_glossary(
        "Shop",
        "active customer",
        "ordered in the last 90 days",
        synonyms="regular, repeat buyer",
        refs=["customers", "orders.ordered_on"],
    )
    ed.put_metric(
        "Shop",
        "net revenue",
        "sum(amount) - sum(refunded)",
        "orders",
        description="Money kept after refunds",
        time_column="ordered_on",
    )
    ed.add_instruction("Shop", "Revenue excludes refunds.")
    ed.put_join("Shop", "orders", "customer_ref", "customers", "id")

    seen = team.viewer.knowledge.get(team.connection)  # by id; the editor used the name
    assert seen.glossary == (
        GlossaryEntry(
            "active customer",
            "ordered in the last 90 days",
            ("regular", "repeat buyer"),
            ("customers", "orders.ordered_on"),
        ),
    )
    assert seen.metrics == (
        Metric(
            "net revenue",
            "Money kept after refunds",
            "sum(amount) - sum(refunded)",
            "orders",
            "ordered_on",
        ),
    )
    assert seen.instructions == ("Revenue excludes refunds.",)
    assert seen.joins == (
        JoinPath(
            "orders",
            ("customer_ref",),
            "customers",
            ("id",),
            "declared",
            1.0,
            "orders.customer_ref = customers.id",
        ),
    )
    # update in place and rename
    ed.put_glossary("Shop", "Active customer", "ordered in the last 30 days")
    ed.put_metric(
        "Shop", "revenue after refunds", "sum(amount - refunded)", "orders", replaces="net revenue"
    )
    ed.add_instruction(
        "Shop", "Revenue always excludes refunds.", replaces="Revenue excludes refunds."
    )
    now = team.owner.knowledge.get("Shop")
    assert [g.meaning for g in now.glossary] == ["ordered in the last 30 days"]
    assert [m.name for m in now.metrics] == ["revenue after refunds"]
    assert now.instructions == ("Revenue always excludes refunds.",)
    # removal
    assert ed.remove("Shop", "glossary", "ACTIVE CUSTOMER")
    assert ed.remove("Shop", "join", now.joins[0])
    assert ed.remove("Shop", "instruction", "Revenue always excludes refunds.")
    assert not ed.remove("Shop", "metric", "no such metric")
    left = team.viewer.knowledge.get("Shop")
    assert (left.glossary, left.joins, left.instructions) == ((), (), ())
    assert [m.name for m in left.metrics] == ["revenue after refunds"]


def test_viewer_is_refused_every_change(team):
    team.editor.knowledge.put_glossary("Shop", "gmv", "gross merchandise value")
    kv = team.viewer.knowledge
    attempts = [
        lambda: kv.put_glossary("Shop", "x", "y"),
        lambda: kv.put_metric("Shop", "m", "count(*)", "orders"),
        lambda: kv.add_instruction("Shop", "be brief"),
        lambda: kv.put_join("Shop", "orders", "customer_ref", "customers", "id"),
        lambda: kv.remove("Shop", "glossary", "gmv"),
        lambda: kv.import_yaml("Shop", "glossary:\n  - term: z\n"),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied):
            attempt()
    assert [g.term for g in kv.get("Shop").glossary] == ["gmv"]


def test_workspaces_are_isolated(team):
    team.editor.knowledge.put_glossary("Shop", "gmv", "gross merchandise value")
    with pytest.raises(NotFound):  # another workspace cannot even name the connection
        team.stranger.knowledge.get(team.connection)
    # nor read or write rows under that connection id through the store
    other = team.stranger.ctx
    assert other.store.list_knowledge(other.workspace_id, team.connection) == []
    if team.store.rls:  # PostgreSQL: row-level security hides and refuses a forged workspace id
        assert other.store.list_knowledge(team.owner.ctx.workspace_id, team.connection) == []
        with pytest.raises(StoreError):
            other.store.put_knowledge(
                team.owner.ctx.workspace_id,
                team.connection,
                kind="glossary",
                key="x",
                body={"term": "x"},
                user_id=other.user_id,
            )
    assert [g.term for g in team.owner.knowledge.get("Shop").glossary] == ["gmv"]
    # the stranger's own knowledge of the Files connection stays theirs
    team.stranger.knowledge.put_glossary("files", "gmv", "something else")
    assert team.owner.knowledge.get("files").glossary == ()


def test_every_change_is_in_the_activity_log(team):
    k = team.editor.knowledge
    k.put_glossary("Shop", "gmv", "gross merchandise value")
    k.put_glossary("Shop", "gmv", "gross merchandise value, before returns")
    k.remove("Shop", "glossary", "gmv")
    k.import_yaml("Shop", "instructions:\n  - Use euros.\n")
    rows = team.owner.ctx.store.list_activity(team.owner.ctx.workspace_id, action="knowledge.")
    got = [
        (r["action"], (r["details"] or {}).get("kind"), (r["details"] or {}).get("created"))
        for r in rows
    ]
    assert got == [
        ("knowledge.imported", None, None),
        ("knowledge.deleted", "glossary", None),
        ("knowledge.changed", "glossary", False),
        ("knowledge.changed", "glossary", True),
    ]
    assert all(r["user_id"] == team.editor.ctx.user_id for r in rows)
    assert all(r["target"] == team.connection for r in rows)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda k: k.put_glossary("Shop", "  ", "x"), "glossary term is empty"),
        (lambda k: k.put_metric("Shop", "m", "sum(amount", "orders"), "not a SQL expression"),
        (lambda k: k.put_metric("Shop", "m", "sum(amount)", ""), "table of metric 'm' is empty"),
        (
            lambda k: k.put_join("Shop", "orders", "a, b", "customers", "id"),
            "same number of columns",
        ),
        (lambda k: k.add_instruction("Shop", ""), "instruction is empty"),
        (lambda k: k.remove("Shop", "recipe", "x"), "Unknown knowledge kind"),
    ],
)
def test_bad_items_are_refused_with_a_clear_message(sqlite_team, call, message):
    with pytest.raises(KnowledgeError, match=message):
        call(sqlite_team.editor.knowledge)
    assert sqlite_team.owner.knowledge.get("Shop").empty


def test_removing_a_connection_removes_its_knowledge(sqlite_team):
    sqlite_team.editor.knowledge.put_glossary("Shop", "gmv", "gross merchandise value")
    sqlite_team.editor.knowledge.put_glossary("files", "upload", "a file someone added")
    sqlite_team.owner.connections.remove(sqlite_team.connection)
    ctx = sqlite_team.owner.ctx
    assert ctx.store.list_knowledge(ctx.workspace_id, sqlite_team.connection) == []
    assert [g.term for g in sqlite_team.owner.knowledge.get("files").glossary] == ["upload"]


def test_a_removed_member_can_no_longer_read_knowledge(sqlite_team):
    sqlite_team.editor.knowledge.put_glossary("Shop", "gmv", "gross merchandise value")
    sqlite_team.owner.team.remove(sqlite_team.viewer.ctx.user_id)
    with pytest.raises(PermissionDenied):
        sqlite_team.viewer.knowledge.get("Shop")
