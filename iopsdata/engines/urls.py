"""Database URLs: masking for display, secret scrubbing of free text, and the dialect a URL implies.

A URL may carry secrets in three places: the password (``user:pw@``), query parameters
(``?password=…``, ``?token=…``) and connection strings inside a parameter
(``odbc_connect=DRIVER=…;PWD=…``). Masking is an allowlist: only parameter names known to hold no
secret keep their values; every other value becomes ``***``. Free text (driver errors) gets the
password and every stored secret value replaced, plus a pattern pass for ``key=value`` secrets.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote_plus

MASK = "***"

# Query parameters (lower case) whose values are never secrets: shown as typed.
SAFE_QUERY_KEYS = frozenset(
    {
        "sslmode",
        "charset",
        "driver",
        "warehouse",
        "schema",
        "role",
        "application_name",
        "connect_timeout",
        "timeout",
        "encrypt",
        "trustservercertificate",
        "catalog",
        "region",
        "account",
        "protocol",
        "http_scheme",
        "source",
        "database",
        "db",
        "port",
        "uri",
        "mode",
    }
)
# Keys of an ODBC connection string (``odbc_connect``) whose values are never secrets.
SAFE_ODBC_KEYS = frozenset(
    {"driver", "server", "database", "port", "encrypt", "trustservercertificate", "uid", "dsn"}
)
_CONN_STRING_KEYS = frozenset({"odbc_connect", "connection_string", "dsn_string"})

# Free text: ``scheme://user:secret@`` and ``password=secret``-like pairs (quoted or braced too).
_USERINFO = re.compile(r"(\b[a-zA-Z][\w+.-]*://[^:/@\s]*:)[^@\s/]+@")
_SECRET_PAIR = re.compile(
    r"(?i)\b((?:password|passwd|pwd|secret|client_secret|token|access_token|refresh_token"
    r"|api_key|apikey|access_key|secret_key|private_key|private_key_passphrase|sas|sig"
    r"|signature|credentials?|passphrase)\s*[=:]\s*)('[^']*'|\"[^\"]*\"|\{[^}]*\}|[^;&\s,)'\"]+)"
)

# The sqlglot dialect each URL scheme (the part before ``+driver``) implies.
SCHEME_DIALECT = {
    "postgresql": "postgres",
    "postgres": "postgres",
    "mysql": "mysql",
    "mariadb": "mysql",
    "sqlite": "sqlite",
    "duckdb": "duckdb",
    "mssql": "tsql",
    "snowflake": "snowflake",
    "bigquery": "bigquery",
    "trino": "trino",
    "presto": "presto",
    "oracle": "oracle",
    "redshift": "redshift",
    "databricks": "databricks",
    "clickhouse": "clickhouse",
    "hive": "hive",
    "teradata": "teradata",
    "awsathena": "athena",
}


def make(url: str) -> Any:
    """SQLAlchemy's parsed ``URL``; raises ``ValueError`` or ``ArgumentError`` when it is not one."""
    from sqlalchemy.engine import make_url

    return make_url(url.strip())


def scheme_of(url: str) -> str:
    """The backend name of a URL (``postgresql`` for ``postgresql+psycopg://…``)."""
    return str(make(url).drivername.split("+", 1)[0]).lower()


def implied_dialect(url: str) -> str:
    """The sqlglot dialect the URL's driver implies (unknown schemes: the scheme itself)."""
    scheme = scheme_of(url)
    return SCHEME_DIALECT.get(scheme, scheme)


def _is_secret_key(key: str) -> bool:
    return key.lower() not in SAFE_QUERY_KEYS


def _mask_conn_string(value: str) -> str:
    """``DRIVER=x;PWD=y`` → ``DRIVER=x;PWD=***`` (only known-harmless keys keep their values)."""
    parts = []
    for pair in value.split(";"):
        key, sep, val = pair.partition("=")
        if sep and key.strip().lower() not in SAFE_ODBC_KEYS and val:
            val = MASK
        parts.append(f"{key}{sep}{val}")
    return ";".join(parts)


def _mask_query(query: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in query.items():
        values = value if isinstance(value, tuple) else (value,)
        if key.lower() in _CONN_STRING_KEYS:
            masked = tuple(_mask_conn_string(unquote_plus(str(v))) for v in values)
        elif _is_secret_key(key):
            masked = tuple(MASK for _ in values)
        else:
            masked = tuple(str(v) for v in values)
        out[key] = masked if isinstance(value, tuple) else masked[0]
    return out


def redact_url(url: str) -> str:
    """The URL with its password and every secret-looking parameter replaced by ``***``."""
    try:
        u = make(url)
        base = str(u.set(query={}).render_as_string(hide_password=True))
        pairs = [
            f"{key}={v}"
            for key, value in _mask_query(dict(u.query)).items()
            for v in (value if isinstance(value, tuple) else (value,))
        ]
        return base + ("?" + "&".join(pairs) if pairs else "")
    except Exception:  # unparseable: show nothing rather than a secret
        return "<url>"


def url_secrets(url: str) -> list[str]:
    """Every secret value inside ``url`` (password, masked parameters, masked connection-string
    values), longest first, for scrubbing free text that may echo them."""
    try:
        u = make(url)
    except Exception:
        return []
    found = [u.password] if u.password else []
    for key, value in dict(u.query).items():
        for v in value if isinstance(value, tuple) else (value,):
            text = unquote_plus(str(v))
            if key.lower() in _CONN_STRING_KEYS:
                for pair in text.split(";"):
                    k, sep, val = pair.partition("=")
                    if sep and val and k.strip().lower() not in SAFE_ODBC_KEYS:
                        found.append(val)
            elif _is_secret_key(key) and text:
                found.append(text)
    return sorted({s for s in found if len(s) >= 3}, key=len, reverse=True)


def scrub(text: str, secrets: list[str] | tuple[str, ...] = ()) -> str:
    """``text`` without the given secret values, URL passwords or ``key=secret`` pairs."""
    for secret in sorted((s for s in secrets if s), key=len, reverse=True):
        text = text.replace(secret, MASK)
    text = _USERINFO.sub(lambda m: f"{m.group(1)}{MASK}@", text)
    return _SECRET_PAIR.sub(lambda m: f"{m.group(1)}{MASK}", text)


def unmask_url(new: str, stored: str) -> str:
    """``new`` with each ``***`` the form sent back replaced by the stored value it hides.

    The password and parameters masked on display come back as ``***`` when a user edits the rest
    of the URL; the stored secret is kept only where the same place still holds the mask.
    """
    if MASK not in new:
        return new
    u, old = make(new), make(stored)
    if u.password == MASK:
        u = u.set(password=old.password)
    query = dict(u.query)
    old_query = dict(old.query)
    for key, value in query.items():
        if key in old_query and MASK in str(value):
            if key.lower() in _CONN_STRING_KEYS:
                query[key] = _unmask_conn_string(str(value), str(old_query[key]))
            elif value == MASK:
                query[key] = old_query[key]
    return str(u.set(query=query).render_as_string(hide_password=False))


def _unmask_conn_string(new: str, stored: str) -> str:
    old = {}
    for pair in unquote_plus(stored).split(";"):
        k, sep, v = pair.partition("=")
        if sep:
            old[k.strip().lower()] = v
    parts = []
    for pair in unquote_plus(new).split(";"):
        k, sep, v = pair.partition("=")
        if sep and v == MASK:
            v = old.get(k.strip().lower(), "")
        parts.append(f"{k}{sep}{v}")
    return ";".join(parts)


def without_password(url: str) -> str:
    """The URL as stored minus its password: two URLs that differ here send secrets elsewhere."""
    try:
        return str(make(url).set(password=None).render_as_string(hide_password=False))
    except Exception:
        return url
