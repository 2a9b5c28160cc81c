"""Browser-session tokens: random, stored only as a hash, expiring, revocable (sign-out, password
change), shared by every replica through the store; Supabase sessions resume through a refresh."""

from __future__ import annotations

from sqlalchemy import select

from iopsdata.auth.local import LocalAuth
from iopsdata.auth.tokens import BrowserSessions, hash_token
from iopsdata.config import Settings
from iopsdata.store import Store
from iopsdata.store import schema as s
from iopsdata.vault import Vault
from tests.auth.test_supabase_auth import auth as supabase_auth  # noqa: F401 - fixture
from tests.auth.test_supabase_auth import server  # noqa: F401 - fixture

PW = "correct horse battery"


def _local(tmp_path):
    settings = Settings.from_mapping({"IOPSDATA_HOME": str(tmp_path), "IOPSDATA_AUTH": "local"})
    store = Store.open(f"sqlite:///{tmp_path / 'm.db'}")
    return LocalAuth(store, settings), BrowserSessions(store, Vault.from_settings(settings))


def test_a_token_resumes_its_session_and_only_its_hash_is_stored(tmp_path):
    auth, sessions = _local(tmp_path)
    token, session = sessions.issue(auth.sign_up("a@example.com", PW), "Chromium/156")
    assert len(token) >= 43 and session.token_hash == hash_token(token)
    with auth.store.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(select(s.auth_sessions))]
    assert token not in repr(rows) and rows[0]["token_hash"] == hash_token(token)
    assert rows[0]["user_agent"] == "Chromium/156" and rows[0]["expires_at"] == session.expires_at
    again = sessions.resume(token)
    assert again is not None and again.user_id == session.user_id
    assert sessions.resume(token + "x") is None


def test_sign_out_and_expiry_end_the_token(tmp_path):
    auth, sessions = _local(tmp_path)
    token, session = sessions.issue(auth.sign_up("a@example.com", PW))
    assert session.token_hash is not None
    sessions.revoke(session.token_hash)
    assert sessions.resume(token) is None and not sessions.is_live(session.token_hash)
    token2, session2 = sessions.issue(auth.sign_in("a@example.com", PW))
    later = BrowserSessions(auth.store, sessions.vault, clock=lambda: session2.expires_at + 1)
    assert later.resume(token2) is None and sessions.resume(token2) is not None


def test_password_change_revokes_the_other_browsers_only(tmp_path):
    auth, sessions = _local(tmp_path)
    first = auth.sign_up("a@example.com", PW)
    mine, me = sessions.issue(first)
    theirs, _them = sessions.issue(auth.sign_in("a@example.com", PW))
    auth.change_password(first.user_id, PW, "another long password", keep_session=me.token_hash)
    assert sessions.resume(theirs) is None
    assert sessions.resume(mine) is not None


def test_supabase_session_resumes_through_a_refresh(server, supabase_auth, tmp_path):  # noqa: F811
    server.fake.add_user("ana@example.com", PW)
    vault = Vault.from_settings(supabase_auth.settings)
    sessions = BrowserSessions(supabase_auth.store, vault)
    token, session = sessions.issue(supabase_auth.sign_in("ana@example.com", PW))
    with supabase_auth.store.engine.connect() as conn:
        stored = conn.execute(select(s.auth_sessions.c.provider_token)).scalar_one()
    assert session.refresh_token not in stored  # encrypted by the vault
    resumed = sessions.resume(token, supabase_auth.refresh)
    assert resumed is not None and resumed.user_id == session.user_id
    assert resumed.access_token and resumed.access_token != session.access_token
    again = sessions.resume(token, supabase_auth.refresh)  # the rotated refresh token was kept
    assert again is not None
    # An in-page refresh (the access token expired) keeps the browser token and stores the new
    # refresh token, so a reload after it still resumes.
    kept = sessions.refreshed(again, supabase_auth.refresh(again))
    assert kept.token_hash == session.token_hash
    assert sessions.resume(token, supabase_auth.refresh) is not None
    assert session.token_hash is not None
    sessions.revoke(session.token_hash)
    assert sessions.resume(token, supabase_auth.refresh) is None


def test_key_rotation_rewrites_stored_refresh_tokens_and_expired_rows_are_dropped(tmp_path):
    from dataclasses import replace

    auth, sessions = _local(tmp_path)
    session = replace(auth.sign_up("a@example.com", PW), refresh_token="refresh-1")
    token, issued = sessions.issue(session)
    assert auth.store.rewrite_secrets(lambda t: "rotated:" + t) >= 1
    with auth.store.engine.connect() as conn:
        stored = conn.execute(select(s.auth_sessions.c.provider_token)).scalar_one()
    assert stored.startswith("rotated:")
    later = BrowserSessions(auth.store, sessions.vault, clock=lambda: issued.expires_at + 1)
    later.issue(auth.sign_in("a@example.com", PW))
    with auth.store.engine.connect() as conn:
        hashes = [r[0] for r in conn.execute(select(s.auth_sessions.c.token_hash))]
    assert hash_token(token) not in hashes and len(hashes) == 1
