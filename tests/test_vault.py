"""Vault: round trip, rotation, wrong key, tampered token, key file, store-wide rotation."""

from __future__ import annotations

import stat

import pytest
from cryptography.fernet import Fernet

from iopsdata.config import Settings
from iopsdata.errors import ConfigError, VaultError
from iopsdata.rotate import rotate_secrets
from iopsdata.store import Store
from iopsdata.vault import KEY_FILE_NAME, Vault


def key() -> str:
    return Fernet.generate_key().decode()


def test_round_trip_text_and_json():
    v = Vault([key()])
    token = v.encrypt("pässwörd")
    assert token != "pässwörd" and v.decrypt(token) == "pässwörd"
    assert v.decrypt_json(v.encrypt_json({"password": "x", "port": 5432})) == {
        "password": "x",
        "port": 5432,
    }


def test_rotation_with_two_keys():
    old, new = key(), key()
    token_old = Vault([old]).encrypt("secret")
    both = Vault([new, old])
    assert both.decrypt(token_old) == "secret"  # old tokens still open
    rotated = both.rotate(token_old)
    assert Vault([new]).decrypt(rotated) == "secret"  # now only the new key is needed
    with pytest.raises(VaultError):
        Vault([old]).decrypt(rotated)


def test_wrong_key_is_a_clear_error_not_an_empty_value():
    token = Vault([key()]).encrypt("secret")
    with pytest.raises(VaultError, match="different FERNET_KEY"):
        Vault([key()]).decrypt(token)


@pytest.mark.parametrize(
    "mutate", [lambda t: t[:-4] + "AAAA", lambda t: t[:20], lambda t: "garbage", lambda t: ""]
)
def test_tampered_token_is_refused(mutate):
    v = Vault([key()])
    with pytest.raises(VaultError):
        v.decrypt(mutate(v.encrypt("secret")))


def test_invalid_key_is_a_config_error():
    with pytest.raises(ConfigError, match="not a valid Fernet key"):
        Vault(["not-a-key"])


def test_generated_key_file_is_private_and_stable(tmp_path):
    settings = Settings.from_mapping({"IOPSDATA_HOME": str(tmp_path / "home")})
    v1 = Vault.from_settings(settings)
    path = tmp_path / "home" / KEY_FILE_NAME
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert v1.generated_key
    assert Vault.from_settings(settings).decrypt(v1.encrypt("x")) == "x"


def test_fernet_key_setting_wins_and_repr_hides_keys(tmp_path):
    k1, k2 = key(), key()
    settings = Settings.from_mapping({"IOPSDATA_HOME": str(tmp_path), "FERNET_KEY": f"{k1}, {k2}"})
    v = Vault.from_settings(settings)
    assert not v.generated_key and v.key_count == 2
    assert k1 not in repr(v) and k1 not in repr(settings)
    assert not (tmp_path / KEY_FILE_NAME).exists()


def test_rotate_every_stored_secret(tmp_path):
    old, new = key(), key()
    store = Store.open(f"sqlite:///{tmp_path / 'm.db'}")
    v_old = Vault([old])
    user = store.ensure_user("a@example.com")
    ws = store.create_workspace("A", user["id"])["id"]
    store.add_connection(
        ws, name="pg", kind="postgresql", config_token=v_old.encrypt_json({"password": "pw"})
    )
    store.set_user_settings(
        user["id"], {"llm_keys": {"openai": v_old.encrypt("sk-1")}, "model": "gpt"}
    )
    assert rotate_secrets(store, Vault([new, old])) == 2
    v_new = Vault([new])
    assert v_new.decrypt_json(store.list_connections(ws)[0]["config_token"]) == {"password": "pw"}
    settings = store.get_user_settings(user["id"])
    assert v_new.decrypt(settings["llm_keys"]["openai"]) == "sk-1" and settings["model"] == "gpt"


def test_rotation_is_all_or_nothing(tmp_path):
    store = Store.open(f"sqlite:///{tmp_path / 'm.db'}")
    user = store.ensure_user("a@example.com")
    ws = store.create_workspace("A", user["id"])["id"]
    k_good = key()
    good, stray = Vault([k_good]), Vault([key()])
    store.add_connection(ws, name="a", kind="sqlite", config_token=good.encrypt("1"))
    store.add_connection(ws, name="b", kind="sqlite", config_token=stray.encrypt("2"))
    before = [c["config_token"] for c in store.list_connections(ws)]
    with pytest.raises(VaultError):
        rotate_secrets(store, Vault([key(), k_good]))  # opens "a" but not "b"
    assert [c["config_token"] for c in store.list_connections(ws)] == before
