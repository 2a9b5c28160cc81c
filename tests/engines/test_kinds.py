"""Kinds as data: declarations, option validation, URL parsing and redaction."""

from __future__ import annotations

import pytest

from iopsdata.engines import KINDS, mask_options, normalize_options, parse_url, redact_url
from iopsdata.engines.spec import OPTION_TYPES
from iopsdata.errors import ConfigError


def test_every_kind_declares_dialect_options_and_capabilities():
    assert set(KINDS) == {"postgresql", "mysql", "sqlite", "duckdb", "url"}
    for kind, spec in KINDS.items():
        assert spec.kind == kind and spec.label and spec.options
        assert all(o.type in OPTION_TYPES for o in spec.options)
        assert kind == "url" or spec.dialect
    assert KINDS["postgresql"].secret_names == {"password"}
    assert KINDS["url"].secret_names == {"url"}
    assert not KINDS["url"].capabilities.session_read_only
    assert KINDS["postgresql"].capabilities.arrow_fetch


@pytest.mark.parametrize(
    ("url", "kind", "expected"),
    [
        (
            "postgresql://ro:pw@db.example:6543/sales?sslmode=require",
            "postgresql",
            {
                "host": "db.example",
                "port": 6543,
                "database": "sales",
                "user": "ro",
                "password": "pw",
                "sslmode": "require",
            },
        ),
        (
            "postgres://u@h/d",
            "postgresql",
            {"host": "h", "port": 5432, "database": "d", "user": "u"},
        ),
        (
            "mysql+pymysql://root:x@127.0.0.1:3307/shop",
            "mysql",
            {
                "host": "127.0.0.1",
                "port": 3307,
                "database": "shop",
                "user": "root",
                "password": "x",
            },
        ),
        (
            "mariadb://a:b@m/db",
            "mysql",
            {"host": "m", "port": 3306, "database": "db", "user": "a", "password": "b"},
        ),
        ("sqlite:////data/app.db", "sqlite", {"path": "/data/app.db"}),
        ("duckdb:///w.duckdb", "duckdb", {"path": "w.duckdb"}),
        (
            "snowflake://me:pw@acct/db",
            "url",
            {"url": "snowflake://me:pw@acct/db"},
        ),
        ("mssql+pyodbc://me:pw@dsn", "url", {"url": "mssql+pyodbc://me:pw@dsn"}),
    ],
)
def test_parse_url(url, kind, expected):
    assert parse_url(url) == (kind, expected)


@pytest.mark.parametrize(
    ("kind", "options", "fragment"),
    [
        ("postgresql", {"host": "h"}, "Database"),
        ("postgresql", {"host": "h", "database": "d", "port": "abc"}, "whole number"),
        ("postgresql", {"database": "d", "sslmode": "sometimes"}, "SSL mode"),
        ("sqlite", {}, "Database file"),
        ("duckdb", {"nope": 1}, "Unknown option"),
        ("oracle9", {}, "Unknown connection kind"),
    ],
)
def test_bad_options_are_refused(kind, options, fragment):
    with pytest.raises(ConfigError) as info:
        normalize_options(kind, options)
    assert fragment in info.value.message


def test_defaults_fill_required_fields():
    assert normalize_options("postgresql", {"database": "d"}) == {
        "host": "127.0.0.1",
        "port": 5432,
        "database": "d",
        "user": "postgres",
    }


def test_bad_url_message_does_not_echo_it():
    with pytest.raises(ConfigError) as info:
        parse_url("not a url with secret-pw")
    assert "secret-pw" not in info.value.message


def test_redaction():
    assert redact_url("postgresql://u:hunter2@h/d") == "postgresql://u:***@h/d"
    masked = mask_options("url", {"url": "trino://u:hunter2@h/c"})
    assert "hunter2" not in str(masked)
    assert mask_options("mysql", {"user": "u", "password": "hunter2"}) == {
        "user": "u",
        "password": "***",
    }
