"""The declared connection kinds, option validation and URL parsing/redaction."""

from __future__ import annotations

from typing import Any

from iopsdata.engines.spec import Capabilities, KindSpec, Option
from iopsdata.errors import ConfigError

_TIMEOUT = Option(
    "timeout_s",
    "Statement timeout (s)",
    "int",
    None,
    False,
    "Stop a query after this many seconds; empty = the workspace default.",
)


_ALLOWED_FUNCTIONS = Option(
    "allowed_functions",
    "Extra allowed functions (owner only)",
    "text",
    None,
    False,
    "Comma-separated functions the guard may let through beyond the engine's list of safe "
    "functions, e.g. myschema.my_report(). They run with this connection's rights: the guard "
    "cannot see what they do.",
)
_READ_ROLE = Option(
    "read_role",
    "Read-only role (owner only)",
    "text",
    None,
    False,
    "Every read runs as this role (SET ROLE). Use it when the login is a superuser or can write; "
    "Test shows the SQL to create one.",
)
# Options only an owner may change: they widen what the guard lets through, or the rights reads
# run with.
OWNER_OPTIONS = frozenset({_ALLOWED_FUNCTIONS.name, _READ_ROLE.name})


def _server_options(port: int, user: str) -> tuple[Option, ...]:
    return (
        Option("host", "Host", "text", "127.0.0.1", True, "Server name or IP address."),
        Option("port", "Port", "int", port, True),
        Option("database", "Database", "text", None, True),
        Option(
            "user", "User", "text", user, True, "Prefer a read-only role with SELECT grants only."
        ),
        Option(
            "password", "Password", "password", None, False, "Stored encrypted; never shown again."
        ),
        _TIMEOUT,
    )


KINDS: dict[str, KindSpec] = {
    "postgresql": KindSpec(
        "postgresql",
        "PostgreSQL",
        "postgres",
        (
            *_server_options(5432, "postgres"),
            Option(
                "sslmode",
                "SSL mode",
                "select",
                "prefer",
                False,
                "",
                ("disable", "prefer", "require", "verify-full"),
            ),
            _READ_ROLE,
            _ALLOWED_FUNCTIONS,
        ),
        Capabilities(cancel=True, session_read_only=True, arrow_fetch=True),
        "PostgreSQL 12+ (also Supabase, Neon, RDS…). Runs in READ ONLY transactions over the extended protocol.",
    ),
    "mysql": KindSpec(
        "mysql",
        "MySQL / MariaDB",
        "mysql",
        (*_server_options(3306, "root"), _ALLOWED_FUNCTIONS),
        Capabilities(cancel=True, session_read_only=True, arrow_fetch=False),
        "MySQL 8 or MariaDB 10.6+. Runs in READ ONLY transactions with a server-side statement limit.",
    ),
    "sqlite": KindSpec(
        "sqlite",
        "SQLite file",
        "sqlite",
        (
            Option(
                "path", "Database file", "path", None, True, "Path to an existing .sqlite/.db file."
            ),
            _TIMEOUT,
        ),
        Capabilities(
            cancel=True, session_read_only=True, arrow_fetch=False, statement_timeout=False
        ),
        "Opened with mode=ro and an authorizer that refuses writes and ATTACH.",
    ),
    "duckdb": KindSpec(
        "duckdb",
        "DuckDB file",
        "duckdb",
        (
            Option(
                "path",
                "Database file",
                "path",
                None,
                False,
                "Path to a .duckdb file; empty = in-memory.",
            ),
            _TIMEOUT,
        ),
        Capabilities(
            cancel=True, session_read_only=True, arrow_fetch=True, statement_timeout=False
        ),
        "Opened read-only, without file or network access, configuration locked.",
    ),
    "url": KindSpec(
        "url",
        "Other (SQLAlchemy URL)",
        "",
        (
            Option(
                "url",
                "SQLAlchemy URL",
                "password",
                None,
                True,
                "e.g. snowflake://…, trino://…, mssql+pyodbc://…; the dialect package must be installed.",
            ),
            Option(
                "dialect",
                "sqlglot dialect",
                "text",
                None,
                False,
                "Empty = guessed from the URL scheme.",
            ),
            _TIMEOUT,
        ),
        Capabilities(
            cancel=False, session_read_only=False, arrow_fetch=False, statement_timeout=False
        ),
        "Any database SQLAlchemy can reach. Only the guard protects it: use a read-only role.",
    ),
}

_SCHEME_KIND = {
    "postgresql": "postgresql",
    "postgres": "postgresql",
    "mysql": "mysql",
    "mariadb": "mysql",
    "sqlite": "sqlite",
    "duckdb": "duckdb",
}
_SCHEME_DIALECT = {
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


def spec(kind: str) -> KindSpec:
    """The ``KindSpec`` of ``kind``. Raises ConfigError for an unknown kind."""
    try:
        return KINDS[kind]
    except KeyError:
        raise ConfigError(
            f"Unknown connection kind {kind!r}; choose one of {', '.join(KINDS)}."
        ) from None


def normalize_options(kind: str, options: dict[str, Any]) -> dict[str, Any]:
    """Check and convert form values against the kind's declaration.

    Returns:
        a new dict with declared keys only, ints/bools converted, empty values dropped.

    Raises:
        ConfigError: unknown kind, unknown option, missing required option, or a bad number.
    """
    ks = spec(kind)
    unknown = set(options) - {o.name for o in ks.options}
    if unknown:
        raise ConfigError(f"Unknown option(s) for {ks.label}: {', '.join(sorted(unknown))}.")
    out: dict[str, Any] = {}
    for opt in ks.options:
        value = options.get(opt.name)
        if value is None or (isinstance(value, str) and value.strip() == ""):
            if opt.required and opt.default is None:
                raise ConfigError(f"{ks.label}: '{opt.label}' is required.")
            if opt.required:
                out[opt.name] = opt.default
            continue
        if opt.type == "int":
            try:
                value = int(value)
            except (TypeError, ValueError):
                raise ConfigError(f"{ks.label}: '{opt.label}' must be a whole number.") from None
        elif opt.type == "bool":
            value = str(value).strip().lower() in ("1", "true", "yes", "on")
        elif opt.type == "select" and opt.choices and value not in opt.choices:
            raise ConfigError(f"{ks.label}: '{opt.label}' must be one of {', '.join(opt.choices)}.")
        elif opt.type != "password" and isinstance(value, str):
            value = value.strip()
        out[opt.name] = value
    return out


def parse_url(url: str) -> tuple[str, dict[str, Any]]:
    """Turn a raw URL into ``(kind, options)``; unknown schemes become the ``url`` kind.

    Raises:
        ConfigError: the text is not a URL (the message never repeats it: it may hold a password).
    """
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        u = make_url(url.strip())
    except (ArgumentError, ValueError):
        raise ConfigError(
            "That is not a valid database URL (expected scheme://user:password@host/db)."
        ) from None
    scheme = u.drivername.split("+", 1)[0]
    kind = _SCHEME_KIND.get(scheme, "url")
    if kind in ("sqlite", "duckdb"):
        return kind, normalize_options(kind, {"path": u.database or ""} if u.database else {})
    if kind == "url":
        return kind, normalize_options(
            kind, {"url": url.strip(), "dialect": _SCHEME_DIALECT.get(scheme)}
        )
    opts: dict[str, Any] = {
        "host": u.host,
        "port": u.port,
        "database": u.database,
        "user": u.username,
        "password": u.password,
    }
    if kind == "postgresql" and "sslmode" in u.query:
        opts["sslmode"] = u.query["sslmode"]
    return kind, normalize_options(kind, opts)


def dialect_of(kind: str, options: dict[str, Any]) -> str:
    """The sqlglot dialect of a configured connection."""
    if kind != "url":
        return spec(kind).dialect
    if options.get("dialect"):
        return str(options["dialect"])
    from sqlalchemy.engine import make_url

    scheme = make_url(options["url"]).drivername.split("+", 1)[0]
    return _SCHEME_DIALECT.get(scheme, {"postgresql": "postgres"}.get(scheme, scheme))


def redact_url(url: str) -> str:
    """The URL with its password replaced by ``***`` (safe for repr, errors and logs)."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # unparseable: show nothing rather than a secret
        return "<url>"


def mask_options(kind: str, options: dict[str, Any]) -> dict[str, Any]:
    """Options with secrets masked: passwords become ``"***"``, a URL keeps everything but its password."""
    secret = spec(kind).secret_names
    out = {}
    for k, v in options.items():
        if k == "url" and kind == "url" and v:
            out[k] = redact_url(str(v))
        elif k in secret and v:
            out[k] = "***"
        else:
            out[k] = v
    return out


def redact_text(text: str, options: dict[str, Any], kind: str) -> str:
    """Remove every secret value of ``options`` from ``text`` (driver messages may echo them)."""
    for name in spec(kind).secret_names:
        value = options.get(name)
        if not value:
            continue
        if name == "url":
            from sqlalchemy.engine import make_url

            try:
                pw = make_url(str(value)).password
            except Exception:
                pw = None
            text = text.replace(str(value), redact_url(str(value)))
            if pw:
                text = text.replace(str(pw), "***")
        else:
            text = text.replace(str(value), "***")
    return text
