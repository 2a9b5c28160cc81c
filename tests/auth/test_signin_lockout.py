"""The sign-in attempt limit holds under parallel guesses: the attempt is counted in the store
before the password is checked, so 15 simultaneous wrong passwords get at most 5 verifications."""

from __future__ import annotations

import threading

import pytest

import iopsdata.auth.local as local_mod
from iopsdata.auth.local import LocalAuth
from iopsdata.auth.ratelimit import RateLimiter
from iopsdata.config import Settings
from iopsdata.errors import AuthError
from iopsdata.store import Store

PW = "correct horse battery"


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    if request.param == "sqlite":
        s = Store.open(f"sqlite:///{tmp_path / 'm.db'}")
    else:
        s = Store.open(request.getfixturevalue("pg_url"), rls=True)
    yield s
    s.close()


def test_parallel_wrong_passwords_verify_at_most_the_limit(store, tmp_path, monkeypatch):
    settings = Settings.from_mapping({"IOPSDATA_HOME": str(tmp_path), "IOPSDATA_AUTH": "local"})
    auth = LocalAuth(store, settings, limiter=RateLimiter(store, limit=5, window_s=300))
    auth.sign_up("a@example.com", PW)
    verified: list[int] = []
    real_verify = local_mod.verify_password

    def counting_verify(stored: str | None, password: str) -> bool:
        verified.append(1)
        return real_verify(stored, password)

    monkeypatch.setattr(local_mod, "verify_password", counting_verify)
    barrier = threading.Barrier(15)
    outcomes: list[str] = []

    def attempt() -> None:
        barrier.wait()
        try:
            auth.sign_in("a@example.com", "wrong password!")
            outcomes.append("in")
        except AuthError as exc:
            outcomes.append("locked" if "Too many" in exc.message else "wrong")

    threads = [threading.Thread(target=attempt) for _ in range(15)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(verified) <= 5, f"{len(verified)} passwords were checked with a limit of 5"
    assert outcomes.count("wrong") == len(verified) and outcomes.count("locked") == 15 - len(
        verified
    )
    with pytest.raises(AuthError, match="Too many"):
        auth.sign_in("a@example.com", PW)  # even the right password waits out the window


def test_lockout_is_shared_by_two_processes_views_of_the_store(store, tmp_path):
    """Two LocalAuth objects (two replicas) over one store count against one limit."""
    settings = Settings.from_mapping({"IOPSDATA_HOME": str(tmp_path), "IOPSDATA_AUTH": "local"})
    one = LocalAuth(store, settings, limiter=RateLimiter(store, limit=3, window_s=300))
    two = LocalAuth(store, settings, limiter=RateLimiter(store, limit=3, window_s=300))
    one.sign_up("a@example.com", PW)
    for auth in (one, two, one):
        with pytest.raises(AuthError, match="do not match"):
            auth.sign_in("a@example.com", "wrong password!")
    with pytest.raises(AuthError, match="Too many"):
        two.sign_in("a@example.com", PW)
