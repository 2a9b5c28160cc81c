"""The value index of a database connection: refreshed on demand or on schedule, read by Chat.

Profiles are pushed down to a real DuckDB database; the index lives in the metadata store, run on
SQLite and on PostgreSQL (with row-level security for the roles).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from iopsdata.assistant import AssistantService
from iopsdata.assistant.hints import hints_for
from iopsdata.assistant.value_index import ValueIndexService
from iopsdata.errors import ConfigError, PermissionDenied
from iopsdata.store import Store
from tests.assistant.test_context_selection import shops  # noqa: F401 - fixture
from tests.support.context import make_context


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request, tmp_path):
    if request.param == "sqlite":
        return None
    return request.getfixturevalue("pg_url")


def test_refresh_stores_values_that_chat_then_uses(tmp_path, store_url, shops):  # noqa: F811
    ctx = make_context(tmp_path, url=store_url)
    index = ValueIndexService(ctx)
    assert index.get(shops.id) == ({}, None) and hints_for(ctx, shops) == {}
    counts = index.refresh(shops)
    # customers, order_items, products, stores have text columns, in each of the 2 schemas
    assert counts == {"tables": 8, "columns": counts["columns"], "failed": 0}
    hints, at = index.get(shops.id)
    assert at is not None
    assert sorted(hints["shop_us.stores"]["city"]["values"]) == ["Austin", "Dallas"]
    assert any('"shop_us"."stores"' in q for q in shops.runs)  # pushed down to DuckDB
    assert hints_for(ctx, shops) == hints
    preview = AssistantService(ctx).preview("How many sales did the dallas store make?", shops)
    assert preview.selection.schema == "shop_us"
    assert 'shop_us.stores.city = "Dallas"' in preview.system  # the exact spelling
    actions = [a["action"] for a in ctx.store.list_activity(ctx.workspace_id)]
    assert "value_index.refreshed" in actions


def test_schedule_makes_a_refresh_due(tmp_path, store_url, shops):  # noqa: F811
    ctx = make_context(tmp_path, url=store_url)
    index = ValueIndexService(ctx)
    assert index.schedule(shops.id) is None and not index.due(shops.id)
    index.set_schedule(shops.id, 24)
    assert index.schedule(shops.id) == 24.0
    assert index.due(shops.id)  # never refreshed
    index.refresh(shops)
    assert not index.due(shops.id)
    assert index.due(shops.id, at=datetime.now(UTC) + timedelta(hours=25))
    index.set_schedule(shops.id, None)
    assert not index.due(shops.id, at=datetime.now(UTC) + timedelta(days=30))
    with pytest.raises(ConfigError):
        index.set_schedule(shops.id, -1)


def test_viewers_read_but_cannot_refresh_or_schedule(tmp_path, shops):  # noqa: F811
    owner = make_context(tmp_path)
    ValueIndexService(owner).refresh(shops)
    viewer = make_context(tmp_path, role="viewer")  # the same store file, another workspace
    index = ValueIndexService(viewer)
    with pytest.raises(PermissionDenied):
        index.refresh(shops)
    with pytest.raises(PermissionDenied):
        index.set_schedule(shops.id, 1)
    assert index.get(shops.id) == ({}, None)  # another workspace's index is not visible


@pytest.mark.postgres
def test_row_level_security_on_the_value_index(pg_url):
    base = Store.open(pg_url, rls=True)
    priv = base.privileged()
    owner = priv.ensure_user("o@example.com", "O")
    viewer = priv.ensure_user("v@example.com", "V")
    stranger = priv.ensure_user("s@example.com", "S")
    ws = base.as_user(owner["id"]).create_workspace("W", owner["id"])["id"]
    base.as_user(owner["id"]).add_member(ws, viewer["id"], "viewer")
    base.as_user(owner["id"]).replace_value_index(ws, "c1", {"t": {"city": ["Dallas"]}})
    assert base.as_user(viewer["id"]).get_value_index(ws, "c1")[0] == {"t": {"city": ["Dallas"]}}
    assert base.as_user(stranger["id"]).get_value_index(ws, "c1") == ({}, None)
    with pytest.raises(Exception, match=r"row-level security|permission|policy"):
        base.as_user(viewer["id"]).replace_value_index(ws, "c1", {})
    assert base.as_user(owner["id"]).get_value_index(ws, "c1")[0] == {"t": {"city": ["Dallas"]}}
