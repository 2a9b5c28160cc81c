"""``python -m iopsdata.rotate``: re-encrypt every stored secret with the newest ``FERNET_KEY``.

Rotation: put the new key first in ``FERNET_KEY`` (``new,old``), run this command, then drop the old
key. Every token is rewritten in one transaction: if any secret cannot be opened, nothing changes.
"""

from __future__ import annotations

import sys

from iopsdata.config import Settings
from iopsdata.errors import IopsError
from iopsdata.store import Store
from iopsdata.vault import Vault


def rotate_secrets(store: Store, vault: Vault) -> int:
    """Returns how many secrets were re-encrypted. Raises VaultError if one cannot be opened."""
    return store.rewrite_secrets(vault.rotate)


def main() -> int:
    try:
        settings = Settings.from_env()
        if not settings.fernet_key:
            print("FERNET_KEY is not set: nothing to rotate to (the generated key file is in use).")
            return 2
        count = rotate_secrets(Store.open(settings.metadata_url), Vault.from_settings(settings))
    except IopsError as exc:
        print(f"{exc.title}: {exc.message}", file=sys.stderr)
        return 1
    print(f"Re-encrypted {count} secret(s) with the newest key.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
