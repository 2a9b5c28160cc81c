"""Handing the workspaces made while ``IOPSDATA_AUTH=none`` to a real admin, explicitly.

In ``none`` mode every workspace belongs to a password-less placeholder user. When the server then
switches to ``local`` auth nobody may simply sign up *as* that placeholder; instead an admin claims
its workspaces either by signing up with ``IOPSDATA_ADMIN_EMAIL`` or by entering a one-time code
that this process prints to the server log (so only someone who can read the log can claim).
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import threading
from typing import Any

from iopsdata.bootstrap import LOCAL_USER_EMAIL as PLACEHOLDER_EMAIL
from iopsdata.store import Store

LOG = logging.getLogger("iopsdata.auth")

_lock = threading.Lock()
_code_hash: str | None = None  # SHA-256 of this process's one-time code


def placeholder_with_data(store: Store) -> dict[str, Any] | None:
    """The ``none``-mode placeholder user when it still owns workspaces (else None)."""
    system = store.privileged()
    user = system.find_user_by_email(PLACEHOLDER_EMAIL)
    if user is None or not system.list_workspaces(str(user["id"])):
        return None
    return user


def announce(store: Store) -> str | None:
    """Print a fresh one-time claim code to the server log when there is something to claim.

    Called once per process at start-up with ``local`` auth; returns the code (for tests)."""
    global _code_hash
    if placeholder_with_data(store) is None:
        return None
    code = secrets.token_urlsafe(12)
    with _lock:
        _code_hash = _digest(code)
    LOG.warning(
        "Workspaces from before sign-in was turned on are waiting for an admin. Sign in and "
        "enter this one-time code under 'Claim workspaces' to take them over: %s",
        code,
    )
    return code


def redeem(code: str) -> bool:
    """True once for the right code (it is then spent); False otherwise."""
    global _code_hash
    with _lock:
        if _code_hash is None or not secrets.compare_digest(_digest(code.strip()), _code_hash):
            return False
        _code_hash = None
        return True


def pending() -> bool:
    return _code_hash is not None


def _digest(code: str) -> str:
    return hashlib.sha256(code.encode("utf-8")).hexdigest()
