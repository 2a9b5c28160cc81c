"""Supabase Auth through the official client, against a loopback server with Supabase's shapes."""

from __future__ import annotations

import pytest

from iopsdata.auth.supabase import WRONG, SupabaseAuth
from iopsdata.config import Settings
from iopsdata.errors import AuthError
from iopsdata.store import Store
from tests.support.supabase_server import SupabaseServer


@pytest.fixture
def server():
    with SupabaseServer() as s:
        yield s


@pytest.fixture
def auth(server, tmp_path):
    settings = Settings.from_mapping(
        {
            "IOPSDATA_HOME": str(tmp_path),
            "SUPABASE_URL": server.url,
            "SUPABASE_ANON_KEY": "anon-key-for-tests",
            "IOPSDATA_AUTH": "supabase",
        }
    )
    return SupabaseAuth(settings, Store.open(f"sqlite:///{tmp_path / 'm.db'}"))


def test_sign_in_verifies_the_token_and_matches_the_store_user(server, auth):
    uid = server.fake.add_user("ana@example.com", "correct horse battery")
    session = auth.sign_in("ana@example.com", "correct horse battery")
    assert session.user_id == uid and session.email == "ana@example.com"
    assert auth.store.find_user_by_email("ana@example.com")["id"] == uid
    paths = [p for _m, p, _h in server.fake.requests]
    assert paths == [
        "/auth/v1/token",
        "/auth/v1/user",
    ]  # the token was verified before it was trusted
    assert "anon-key-for-tests" not in repr(session) and session.access_token not in repr(session)


def test_wrong_password(server, auth):
    server.fake.add_user("ana@example.com", "correct horse battery")
    with pytest.raises(AuthError, match=WRONG):
        auth.sign_in("ana@example.com", "wrong password!")


def test_refresh_gives_a_new_session_and_a_used_refresh_token_fails(server, auth):
    server.fake.add_user("ana@example.com", "correct horse battery")
    first = auth.sign_in("ana@example.com", "correct horse battery")
    second = auth.refresh(first)
    assert second.access_token != first.access_token and second.user_id == first.user_id
    with pytest.raises(AuthError, match="expired"):
        auth.refresh(first)


def test_expired_token_is_refused(server, auth):
    server.fake.add_user("ana@example.com", "correct horse battery")
    session = auth.sign_in("ana@example.com", "correct horse battery")
    server.fake.expire_all()
    with pytest.raises(AuthError, match="expired"):
        auth.verify(session.access_token)


def test_sign_up_with_and_without_email_confirmation(server, auth):
    session = auth.sign_up("new@example.com", "a long enough password")
    assert session is not None and session.email == "new@example.com"
    server.fake.confirm_email = True
    assert auth.sign_up("other@example.com", "a long enough password") is None
    with pytest.raises(AuthError, match="already exists"):
        auth.sign_up("new@example.com", "a long enough password")


def test_password_reset_is_sent(server, auth):
    auth.reset_password("ana@example.com")
    assert ("POST", "/auth/v1/recover") in [(m, p) for m, p, _h in server.fake.requests]


def test_unreachable_supabase_is_a_clear_error(tmp_path):
    settings = Settings.from_mapping(
        {
            "IOPSDATA_HOME": str(tmp_path),
            "SUPABASE_URL": "http://127.0.0.1:9",
            "SUPABASE_ANON_KEY": "k",
        }
    )
    auth = SupabaseAuth(settings, Store.open(f"sqlite:///{tmp_path / 'm.db'}"))
    with pytest.raises(AuthError, match="cannot be reached"):
        auth.sign_in("a@example.com", "whatever password")
