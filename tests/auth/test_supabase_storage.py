"""Supabase Storage as the blob store, through the official client, with per-user policies."""

from __future__ import annotations

import pytest

from iopsdata.auth.supabase import SupabaseAuth
from iopsdata.blobs_supabase import SupabaseBlobStore
from iopsdata.config import Settings
from iopsdata.errors import NotFound, PermissionDenied
from iopsdata.store import Store
from tests.support.supabase_server import SupabaseServer


@pytest.fixture
def setup(tmp_path):
    with SupabaseServer() as server:
        settings = Settings.from_mapping(
            {
                "IOPSDATA_HOME": str(tmp_path),
                "SUPABASE_URL": server.url,
                "SUPABASE_ANON_KEY": "anon",
            }
        )
        auth = SupabaseAuth(settings, Store.open(f"sqlite:///{tmp_path / 'm.db'}"))
        ana_id = server.fake.add_user("ana@example.com", "ana password 123")
        bo_id = server.fake.add_user("bo@example.com", "bo password 1234")
        server.fake.allowed_prefixes = {ana_id: ["workspaces/wsA/"], bo_id: ["workspaces/wsB/"]}

        def store_for(email: str, password: str, cache: str) -> SupabaseBlobStore:
            session = auth.sign_in(email, password)
            return SupabaseBlobStore(
                auth.client(session.access_token), "iopsdata-files", tmp_path / cache
            )

        yield (
            server,
            store_for("ana@example.com", "ana password 123", "a"),
            store_for("bo@example.com", "bo password 1234", "b"),
        )


def test_upload_download_delete(setup):
    server, ana, _bo = setup
    assert ana.put("workspaces/wsA/files/1/sales.csv", b"a,b\n1,2\n") == 8
    assert server.fake.objects["iopsdata-files/workspaces/wsA/files/1/sales.csv"] == b"a,b\n1,2\n"
    ana.cache.delete("workspaces/wsA/files/1/sales.csv")  # force a real download
    assert ana.open("workspaces/wsA/files/1/sales.csv").read() == b"a,b\n1,2\n"
    assert ana.local_path("workspaces/wsA/files/1/sales.csv").read_bytes() == b"a,b\n1,2\n"
    ana.delete("workspaces/wsA/files/1")
    assert server.fake.objects == {}
    assert not ana.exists("workspaces/wsA/files/1/sales.csv")


def test_another_workspace_is_forbidden(setup):
    server, ana, bo = setup
    ana.put("workspaces/wsA/files/1/secret.csv", b"x")
    with pytest.raises(PermissionDenied):
        bo.put("workspaces/wsA/files/2/evil.csv", b"y")
    with pytest.raises(NotFound):
        bo.open("workspaces/wsA/files/1/secret.csv")
    bo.delete("workspaces/wsA/files/1/secret.csv")
    assert "iopsdata-files/workspaces/wsA/files/1/secret.csv" in server.fake.objects
    # every storage request carried the user's JWT, not just the anon key
    storage = [h for _m, p, h in server.fake.requests if p.startswith("/storage/")]
    assert storage and all(h.get("Authorization", "").startswith("Bearer ey") for h in storage)
