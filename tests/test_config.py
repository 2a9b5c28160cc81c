"""Settings: conversion, validation, secret redaction, and the README documenting every setting."""

from __future__ import annotations

from pathlib import Path

import pytest

from iopsdata.config import Settings, settings_table
from iopsdata.errors import ConfigError

README = Path(__file__).resolve().parents[1] / "README.md"


def test_defaults_need_no_configuration():
    s = Settings.from_mapping({})
    assert s.auth == "none" and s.row_cap == 10_000 and s.max_upload_mb == 200
    assert s.metadata_url.startswith("sqlite:///") and s.metadata_url.endswith(
        ".iopsdata/iopsdata.db"
    )


def test_chat_schema_budget_defaults_are_the_selections_own():
    """Chat passes these settings to the selection; callers without settings (the bench, tests)
    use the selection's defaults: both must be the same numbers."""
    from iopsdata.assistant.selection import DEFAULT_CEILING, DEFAULT_FLOOR, DEFAULT_SHARE

    s = Settings.from_mapping({})
    assert s.chat_schema_share == DEFAULT_SHARE
    assert s.chat_schema_floor_tokens == DEFAULT_FLOOR
    assert s.chat_schema_ceiling_tokens == DEFAULT_CEILING


def test_values_are_converted_and_blank_means_default():
    s = Settings.from_mapping(
        {
            "IOPSDATA_ROW_CAP": "50",
            "IOPSDATA_DEMO": "off",
            "IOPSDATA_QUERY_TIMEOUT_S": "2.5",
            "IOPSDATA_LLM_MODEL": "  ",
        }
    )
    assert (s.row_cap, s.demo, s.query_timeout_s, s.llm_model) == (50, False, 2.5, None)


@pytest.mark.parametrize(
    ("env", "value", "match"),
    [
        ("IOPSDATA_ROW_CAP", "many", "IOPSDATA_ROW_CAP"),
        ("IOPSDATA_ROW_CAP", "0", "positive"),
        ("IOPSDATA_DEMO", "perhaps", "IOPSDATA_DEMO"),
        ("IOPSDATA_AUTH", "ldap", "IOPSDATA_AUTH"),
        ("IOPSDATA_QUERY_TIMEOUT_S", "-1", "Timeouts"),
    ],
)
def test_bad_values_raise_config_error(env, value, match):
    with pytest.raises(ConfigError, match=match):
        Settings.from_mapping({env: value})


def test_environment_wins_over_secrets(monkeypatch):
    monkeypatch.setenv("IOPSDATA_ROW_CAP", "7")
    s = Settings.from_env(
        {"IOPSDATA_ROW_CAP": "9", "IOPSDATA_BYTE_CAP_MB": "3", "connections": {"x": 1}}
    )
    assert (s.row_cap, s.byte_cap_mb) == (7, 3)


def test_repr_hides_secrets():
    s = Settings.from_mapping(
        {"OPENAI_API_KEY": "sk-secret-123", "IOPSDATA_DATABASE_URL": "postgresql://u:pw@h/db"}
    )
    assert "sk-secret-123" not in repr(s) and "pw@h" not in repr(s)


def test_readme_documents_every_setting_with_its_default():
    text = README.read_text()
    for env, default, _doc in settings_table():
        row = next((line for line in text.splitlines() if line.startswith(f"| `{env}`")), None)
        assert row is not None, f"README does not document {env}"
        if default:
            assert f"`{default}`" in row, f"README does not give the default of {env}"
