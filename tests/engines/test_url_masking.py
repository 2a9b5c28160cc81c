"""Secrets inside URLs (password, query parameters, connection strings) never shown (issue 8)."""

from __future__ import annotations

import pytest

from iopsdata.connections import ConnectionService
from iopsdata.engines import parse_url, redact_url
from iopsdata.engines.kinds import redact_text
from iopsdata.errors import ConfigError, ConnectionFailed
from tests.support.context import make_context

PW = "qu3ry-s3cret-pw"


@pytest.mark.parametrize(
    "url",
    [
        f"postgresql+psycopg://u@h/db?password={PW}",
        f"trino://u@h:8080/c?access_token={PW}&source=iops",
        f"snowflake://u@acct/db?private_key_passphrase={PW}&warehouse=wh",
        f"mssql+pyodbc:///?odbc_connect=DRIVER%3D%7BODBC+18%7D%3BSERVER%3Dh%3BPWD%3D{PW}",
        f"mssql+pyodbc:///?odbc_connect=DRIVER={{ODBC}};SERVER=h;Pwd={PW}",
        f"clickhouse://u:{PW}@h/db?secure=true",
        f"bigquery://proj?credentials_base64={PW}",
    ],
)
def test_every_secret_in_a_url_is_masked(url):
    shown = redact_url(url)
    assert PW not in shown and "***" in shown
    assert PW not in redact_text(f"driver said: cannot connect with {url}", {"url": url}, "url")


def test_harmless_parameters_stay_readable():
    assert (
        redact_url("postgresql://u@h/db?sslmode=require") == "postgresql://u@h/db?sslmode=require"
    )
    shown = redact_url(f"mssql+pyodbc:///?odbc_connect=DRIVER%3DX%3BSERVER%3Dh%3BPWD%3D{PW}")
    assert "SERVER=h" in shown and "PWD=***" in shown


def test_free_text_secrets_are_scrubbed_from_driver_messages():
    text = f'connection to "postgresql://me:{PW}@h/d" failed; password={PW}x; PWD={{{PW}}}'
    scrubbed = redact_text(text, {"host": "h"}, "postgresql")
    assert PW not in scrubbed


def test_listed_connections_mask_query_secrets(tmp_path):
    svc = ConnectionService(make_context(tmp_path))
    cid = svc.add("lake", "url", {"url": f"trino://u@h:8080/c?access_token={PW}"})
    info = svc.get(cid)
    assert PW not in repr(info.options) and "h:8080" in info.options["url"]


def test_connection_errors_mask_query_secrets(tmp_path):
    svc = ConnectionService(make_context(tmp_path))
    url = f"postgresql+psycopg://nobody@127.0.0.1:1/db?password={PW}&connect_timeout=2"
    with pytest.raises(ConnectionFailed) as info:
        svc.test({"url": url, "timeout_s": 2}, "url")
    assert PW not in info.value.message and PW not in str(info.value.hint)


def test_add_url_keeps_a_password_given_as_a_parameter():
    kind, options = parse_url(f"postgresql+psycopg://u@h/db?password={PW}&sslmode=require")
    assert kind == "postgresql" and options["password"] == PW and options["sslmode"] == "require"
    kind, options = parse_url(f"mysql+pymysql://u@h/db?passwd={PW}")
    assert options["password"] == PW


def test_add_url_refuses_parameters_it_would_drop():
    with pytest.raises(ConfigError) as info:
        parse_url(f"postgresql://u@h/db?options=-csearch_path%3Dx&password={PW}")
    assert "options" in info.value.message and PW not in info.value.message
