"""Personal access tokens in the store, on SQLite and on PostgreSQL under row-level security:
hashed, shown once, scoped, capped at the creator's role, expiring, revocable, private."""

from __future__ import annotations

import json
import time

import psycopg
import pytest

from iopsdata.errors import IopsError, NotFound, PermissionDenied
from iopsdata.tokens import TokenService, authenticate, hash_token, open_for
from tests.mcp.conftest import make_site


@pytest.fixture(params=["sqlite", "postgresql"])
def store_site(request, tmp_path):
    extra = {}
    if request.param == "postgresql":
        extra["IOPSDATA_DATABASE_URL"] = request.getfixturevalue("pg_url")
    site = make_site(tmp_path, **extra)
    assert site.runtime.store.rls == (request.param == "postgresql")
    yield site
    site.runtime.store.close()


def _member(site, email, role):
    from iopsdata.workspace import Workspace

    store = site.runtime.store.privileged()
    user = store.ensure_user(email)
    store.add_member(site.ana.id, user["id"], role)
    return Workspace.open(runtime=site.runtime, user_id=user["id"], workspace_id=site.ana.id)


def test_tokens_are_hashed_scoped_and_private(store_site):
    site = store_site
    made = site.ana.tokens.create("ana laptop")
    assert made.token.startswith("iops_") and made.token not in repr(made)
    grant = authenticate(site.runtime.store, made.token)
    assert (grant.user_id, grant.workspace_id, grant.role) == (
        site.ana.ctx.user_id,
        site.ana.id,
        "owner",
    )
    rows = site.ana.tokens.list()
    assert [r["name"] for r in rows] == ["ana laptop"] and "token_hash" not in rows[0]
    assert authenticate(site.runtime.store, made.token[:-1] + "x") is None
    assert authenticate(site.runtime.store, "not a token") is None

    eve = _member(site, "eve@example.com", "viewer")
    eve_token = eve.tokens.create("eve cli")
    assert eve_token.role == "viewer"
    with pytest.raises(PermissionDenied):
        eve.tokens.create("escalate", role="editor")
    assert [r["name"] for r in eve.tokens.list()] == ["eve cli"]  # not ana's
    with pytest.raises(NotFound):
        eve.tokens.revoke(made.id)  # not hers
    with pytest.raises(PermissionDenied):
        eve.tokens.list(everyone=True)
    assert {r["name"] for r in site.ana.tokens.list(everyone=True)} == {"ana laptop", "eve cli"}
    site.ana.tokens.revoke(eve_token.id)  # an owner may revoke any token of the workspace
    assert authenticate(site.runtime.store, eve_token.token) is None
    assert site.bo.tokens.list(everyone=True) == []  # workspace B sees none of A's
    with pytest.raises(NotFound):
        site.bo.tokens.revoke(made.id)
    assert authenticate(site.runtime.store, made.token) is not None


def test_bad_input_and_expiry(store_site):
    site = store_site
    for kwargs in ({"name": " "}, {"name": "x", "days": 0}, {"name": "x", "days": 366}):
        with pytest.raises(IopsError):
            site.ana.tokens.create(**kwargs)
    with pytest.raises(IopsError, match="Unknown role"):
        site.ana.tokens.create("x", role="admin")
    past = TokenService(site.ana.ctx, clock=lambda: time.time() - 8 * 86_400).create("old", days=7)
    assert authenticate(site.runtime.store, past.token) is None
    assert site.ana.tokens.list()[0]["status"] == "expired"


def test_a_token_capped_below_the_member_role(store_site):
    site = store_site
    made = site.ana.tokens.create("read only", role="viewer")
    ws = open_for(site.runtime, authenticate(site.runtime.store, made.token))
    assert ws.ctx.current_role() == "viewer"
    with pytest.raises(PermissionDenied, match="editor role"):
        ws.sql.save("q", "SELECT 1", None)


def test_postgres_policies_keep_tokens_private(pg_url, tmp_path):
    site = make_site(tmp_path, IOPSDATA_DATABASE_URL=pg_url)
    eve = _member(site, "eve@example.com", "editor")
    site.ana.tokens.create("ana")
    eve.tokens.create("eve")
    dsn = pg_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("SET ROLE authenticated")
        claims = json.dumps({"sub": eve.ctx.user_id, "role": "authenticated"})
        conn.execute("SELECT set_config('request.jwt.claims', %s, false)", (claims,))
        names = [r[0] for r in conn.execute("SELECT name FROM access_tokens").fetchall()]
        assert names == ["eve"]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # no DELETE at all
            conn.execute("DELETE FROM access_tokens")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # not above her role
            conn.execute(
                "INSERT INTO access_tokens VALUES ('x', %s, %s, 'n', %s, 'p', 'owner', 0, 9e9, NULL, NULL)",
                (site.ana.id, eve.ctx.user_id, hash_token("iops_x")),
            )
        assert (
            conn.execute("UPDATE access_tokens SET role = 'owner' WHERE name = 'ana'").rowcount == 0
        )
    site.runtime.store.close()


def test_the_token_service_is_members_only(store_site):
    site = store_site
    assert getattr(TokenService, "__members_only__", False)
    eve = _member(site, "eve@example.com", "editor")
    eve.tokens.create("eve")
    site.runtime.store.privileged().remove_member(site.ana.id, eve.ctx.user_id)
    with pytest.raises(PermissionDenied, match="no longer a member"):
        eve.tokens.list()
