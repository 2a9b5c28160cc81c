"""Password hashing with Argon2id (memory-hard, per-user random salt), via argon2-cffi."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from iopsdata.errors import AuthError

#: RFC 9106 "low memory" profile: Argon2id, t=3, m=64 MiB, p=4, 16-byte salt, 32-byte hash.
HASHER = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4, hash_len=32, salt_len=16)
MIN_LENGTH = 10


def check_policy(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise AuthError(f"Use a password of at least {MIN_LENGTH} characters.")
    if password.strip() != password:
        raise AuthError("A password may not start or end with spaces.")


def hash_password(password: str) -> str:
    check_policy(password)
    return HASHER.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    """True when ``password`` matches; False for a mismatch or a missing/unusable hash."""
    if not stored_hash:
        # Spend the same time as a real check so timing does not reveal unknown accounts.
        HASHER.hash(password or "x")
        return False
    try:
        return HASHER.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return HASHER.check_needs_rehash(stored_hash)
