"""Secrets at rest: Fernet/MultiFernet encryption of keys and connection configs.

``FERNET_KEY`` may hold several comma-separated keys, newest first: the first encrypts, all decrypt,
so keys can be rotated (:func:`rotate_store` re-encrypts every stored token with the newest key).
Without ``FERNET_KEY`` the embedded default generates a key file (mode 0600) under ``IOPSDATA_HOME``;
that is for development only and :attr:`Vault.generated_key` lets the UI say so.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from iopsdata.errors import ConfigError, VaultError

if TYPE_CHECKING:
    from iopsdata.config import Settings

KEY_FILE_NAME = "fernet.key"


class Vault:
    """Encrypts and decrypts short secrets. Its ``repr`` never shows a key."""

    def __init__(self, keys: list[str], *, generated_key: bool = False) -> None:
        if not keys:
            raise ConfigError("No Fernet key was given.")
        try:
            self._fernet = MultiFernet([Fernet(k.strip().encode()) for k in keys])
        except (ValueError, TypeError) as exc:
            raise ConfigError(
                "FERNET_KEY is not a valid Fernet key (32 url-safe base64-encoded bytes).",
                hint="Generate one with: python -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())'",
            ) from exc
        self.key_count = len(keys)
        self.generated_key = generated_key

    def __repr__(self) -> str:
        return f"Vault(keys={self.key_count}, generated_key={self.generated_key})"

    @classmethod
    def from_settings(cls, settings: Settings) -> Vault:
        """Keys from ``FERNET_KEY``, else the generated key file under ``settings.home``."""
        if settings.fernet_key:
            return cls([k for k in settings.fernet_key.split(",") if k.strip()])
        return cls([_load_or_create_key_file(settings.home)], generated_key=True)

    def encrypt(self, plaintext: str) -> str:
        return self._fernet.encrypt(plaintext.encode("utf-8")).decode("ascii")

    def decrypt(self, token: str) -> str:
        """Raises VaultError when the token was made with another key or was altered."""
        try:
            return self._fernet.decrypt(token.encode("ascii")).decode("utf-8")
        except (InvalidToken, UnicodeError, AttributeError) as exc:
            raise VaultError(
                "A stored secret could not be decrypted: it was encrypted with a different "
                "FERNET_KEY, or it was altered.",
                hint="Set FERNET_KEY to the key used when the secret was saved (old keys may follow the new one, comma-separated).",
            ) from exc

    def encrypt_json(self, value: dict[str, Any]) -> str:
        return self.encrypt(json.dumps(value, separators=(",", ":"), sort_keys=True))

    def decrypt_json(self, token: str) -> dict[str, Any]:
        data = json.loads(self.decrypt(token))
        if not isinstance(data, dict):
            raise VaultError("A stored secret has an unexpected shape.")
        return data

    def rotate(self, token: str) -> str:
        """Re-encrypt ``token`` with the newest key (it must decrypt with one of the keys)."""
        try:
            return self._fernet.rotate(token.encode("ascii")).decode("ascii")
        except (InvalidToken, UnicodeError) as exc:
            raise VaultError(
                "A stored secret could not be re-encrypted: no configured key opens it."
            ) from exc


def _load_or_create_key_file(home: Path) -> str:
    path = home / KEY_FILE_NAME
    try:
        if path.exists():
            return path.read_text().strip()
        home.mkdir(parents=True, exist_ok=True)
        key = Fernet.generate_key().decode("ascii")
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(key)
        return key
    except FileExistsError:
        return path.read_text().strip()
    except OSError as exc:
        raise ConfigError(
            f"The key file {path} could not be read or created ({exc.strerror}).",
            hint="Make IOPSDATA_HOME writable, or set FERNET_KEY.",
        ) from exc
