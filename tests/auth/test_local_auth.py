"""Local password accounts: hashing, sign-up rules, wrong password, rate limit, expiry, change."""

from __future__ import annotations

import time

import pytest
from argon2 import extract_parameters

from iopsdata.auth.local import WRONG, LocalAuth
from iopsdata.auth.passwords import hash_password, verify_password
from iopsdata.auth.ratelimit import RateLimiter
from iopsdata.auth.session import Session
from iopsdata.config import Settings
from iopsdata.errors import AuthError
from iopsdata.store import Store

PW = "correct horse battery"


def make(tmp_path, **env):
    settings = Settings.from_mapping(
        {"IOPSDATA_HOME": str(tmp_path), "IOPSDATA_AUTH": "local", **env}
    )
    store = Store.open(f"sqlite:///{tmp_path / 'm.db'}")
    return LocalAuth(store, settings, limiter=RateLimiter(store, limit=3, window_s=60))


def test_hash_is_argon2id_memory_hard_and_salted():
    h1, h2 = hash_password(PW), hash_password(PW)
    assert h1 != h2  # a fresh random salt each time
    params = extract_parameters(h1)
    assert h1.startswith("$argon2id$")
    assert (params.memory_cost, params.time_cost, params.salt_len) == (65536, 3, 16)
    assert verify_password(h1, PW) and not verify_password(h1, PW + "x")
    assert not verify_password(None, PW) and not verify_password("garbage", PW)


def test_first_user_is_admin_and_signup_can_be_closed(tmp_path):
    auth = make(tmp_path, IOPSDATA_ALLOW_SIGNUP="false")
    assert auth.signup_open()  # the very first account is always allowed
    first = auth.sign_up("Admin@Example.com", PW, "Admin")
    assert first.is_admin and first.email == "admin@example.com"
    assert not auth.signup_open()
    with pytest.raises(AuthError, match="closed"):
        auth.sign_up("second@example.com", PW)


def test_second_user_is_not_admin_and_duplicates_are_refused(tmp_path):
    auth = make(tmp_path)
    auth.sign_up("a@example.com", PW)
    second = auth.sign_up("b@example.com", PW)
    assert not second.is_admin
    with pytest.raises(AuthError, match="already exists"):
        auth.sign_up("B@example.com", PW)


@pytest.mark.parametrize("password", ["short", " leading space pw", "trailing space pw "])
def test_password_policy(tmp_path, password):
    with pytest.raises(AuthError):
        make(tmp_path).sign_up("a@example.com", password)


def test_sign_in_and_wrong_password_says_nothing_about_the_account(tmp_path):
    auth = make(tmp_path)
    auth.sign_up("a@example.com", PW)
    assert auth.sign_in(" A@example.com ", PW).email == "a@example.com"
    with pytest.raises(AuthError) as wrong_pw:
        auth.sign_in("a@example.com", "not the password")
    with pytest.raises(AuthError) as unknown:
        auth.sign_in("nobody@example.com", "not the password")
    assert wrong_pw.value.message == unknown.value.message == WRONG


def test_rate_limit_locks_the_account_then_lets_it_in_after_the_window(tmp_path):
    clock = [1000.0]
    auth = make(tmp_path)
    auth.limiter = RateLimiter(auth.store, limit=3, window_s=60, clock=lambda: clock[0])
    auth.sign_up("a@example.com", PW)
    for _ in range(3):
        with pytest.raises(AuthError, match="do not match"):
            auth.sign_in("a@example.com", "wrong password")
    with pytest.raises(AuthError, match="Too many failed sign-ins"):
        auth.sign_in("a@example.com", PW)  # even the right password waits
    clock[0] += 61
    assert auth.sign_in("a@example.com", PW).email == "a@example.com"


def test_sessions_expire(tmp_path):
    auth = make(tmp_path, IOPSDATA_SESSION_HOURS="0.0001")
    session = auth.sign_up("a@example.com", PW)
    assert not session.expired
    time.sleep(0.5)
    assert session.expired
    with pytest.raises(AuthError, match="expired"):
        session.require_valid()
    assert Session.start({"id": "1", "email": "x@example.com"}, 1).require_valid()


def test_change_password(tmp_path):
    auth = make(tmp_path)
    session = auth.sign_up("a@example.com", PW)
    with pytest.raises(AuthError, match="current password"):
        auth.change_password(session.user_id, "wrong current", "another long password")
    auth.change_password(session.user_id, PW, "another long password")
    assert auth.sign_in("a@example.com", "another long password")
    with pytest.raises(AuthError):
        auth.sign_in("a@example.com", PW)
