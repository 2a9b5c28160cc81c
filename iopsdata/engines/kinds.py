"""The declared connection kinds, option validation and URL parsing/redaction."""

from __future__ import annotations

from typing import Any

from iopsdata.engines import urls
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

#: rows a plan may read before Chat asks first, when a connection does not set its own
ASK_ABOVE_ROWS_DEFAULT = 1_000_000
ASK_ABOVE_ROWS = "ask_above_rows"
_ASK_ABOVE = Option(
    ASK_ABOVE_ROWS,
    "Ask before running above (estimated rows)",
    "int",
    None,
    False,
    "Chat runs an answer only after its plan (EXPLAIN) estimates it reads at most this many rows; "
    f"above it, Chat shows the estimate and asks. Empty = {ASK_ABOVE_ROWS_DEFAULT:,}.",
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
        _ASK_ABOVE,
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
        Capabilities(
            cancel=True, session_read_only=True, arrow_fetch=True, explain="EXPLAIN (FORMAT JSON)"
        ),
        "PostgreSQL 12+ (also Supabase, Neon, RDS…). Runs in READ ONLY transactions over the extended protocol.",
    ),
    "mysql": KindSpec(
        "mysql",
        "MySQL / MariaDB",
        "mysql",
        (*_server_options(3306, "root"), _ALLOWED_FUNCTIONS),
        Capabilities(
            cancel=True, session_read_only=True, arrow_fetch=False, explain="EXPLAIN FORMAT=JSON"
        ),
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
            _ASK_ABOVE,
        ),
        Capabilities(
            cancel=True,
            session_read_only=True,
            arrow_fetch=False,
            statement_timeout=False,
            explain="EXPLAIN QUERY PLAN",
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
            _ASK_ABOVE,
        ),
        Capabilities(
            cancel=True,
            session_read_only=True,
            arrow_fetch=True,
            statement_timeout=False,
            explain="EXPLAIN (FORMAT JSON)",
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
                "Empty = follows from the URL's driver (recommended); owners may pick a dialect "
                "of the same family.",
            ),
            _TIMEOUT,
        ),
        Capabilities(
            cancel=False, session_read_only=False, arrow_fetch=False, statement_timeout=False
        ),
        "Any database SQLAlchemy can reach. Only the guard protects it: use a read-only role.",
    ),
}

# The workspace's Files connection: built in (one per workspace, never added in Settings), so it is
# declared here beside the others but kept out of ``KINDS``, which the connection form offers.
FILES_KIND = KindSpec(
    "files",
    "Files (uploaded files)",
    "duckdb",
    (),
    Capabilities(cancel=True, session_read_only=True, arrow_fetch=True, statement_timeout=False),
    "The workspace's uploaded files as read-only views in a sandboxed DuckDB.",
)

_SCHEME_KIND = {
    "postgresql": "postgresql",
    "postgres": "postgresql",
    "mysql": "mysql",
    "mariadb": "mysql",
    "sqlite": "sqlite",
    "duckdb": "duckdb",
}
# URL parameters a native kind understands; any other parameter is refused, never dropped silently.
_QUERY_OPTIONS = {
    "postgresql": {"password": "password", "sslmode": "sslmode"},
    "mysql": {"password": "password", "passwd": "password"},
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
    if kind == "url":
        _check_url(out)
    return out


def _check_url(options: dict[str, Any]) -> None:
    from sqlalchemy.exc import ArgumentError

    try:
        urls.make(str(options["url"]))
    except (ArgumentError, ValueError):
        raise ConfigError(
            "That is not a valid database URL (expected scheme://user:password@host/db)."
        ) from None
    if options.get("dialect"):
        options["dialect"] = str(options["dialect"]).strip().lower()
        check_dialect(options)


def parse_url(url: str) -> tuple[str, dict[str, Any]]:
    """Turn a raw URL into ``(kind, options)``; unknown schemes become the ``url`` kind.

    A password given as a parameter (``?password=…``) is kept like one in ``user:pw@``; any other
    parameter a native kind cannot keep is refused by name, never silently dropped.

    Raises:
        ConfigError: the text is not a URL (the message never repeats it: it may hold a password).
    """
    from sqlalchemy.exc import ArgumentError

    try:
        u = urls.make(url)
    except (ArgumentError, ValueError):
        raise ConfigError(
            "That is not a valid database URL (expected scheme://user:password@host/db)."
        ) from None
    scheme = u.drivername.split("+", 1)[0]
    kind = _SCHEME_KIND.get(scheme, "url")
    if kind in ("sqlite", "duckdb"):
        return kind, normalize_options(kind, {"path": u.database or ""} if u.database else {})
    if kind == "url":
        return kind, normalize_options(kind, {"url": url.strip()})
    opts: dict[str, Any] = {
        "host": u.host,
        "port": u.port,
        "database": u.database,
        "user": u.username,
        "password": u.password,
    }
    known = _QUERY_OPTIONS[kind]
    unknown = sorted(k for k in u.query if k.lower() not in known)
    if unknown:
        raise ConfigError(
            f"{spec(kind).label} connections cannot keep the URL parameter(s) "
            f"{', '.join(unknown)}; remove them, or choose 'Other (SQLAlchemy URL)'."
        )
    for key, value in u.query.items():
        value = value[-1] if isinstance(value, tuple) else value
        if known[key.lower()] == "password" and opts["password"] and value != opts["password"]:
            raise ConfigError("The URL gives two different passwords; keep one.")
        opts[known[key.lower()]] = value
    return kind, normalize_options(kind, opts)


def dialect_of(kind: str, options: dict[str, Any]) -> str:
    """The sqlglot dialect of a configured connection: the kind's, or for a URL its driver's.

    A stored ``dialect`` override of a URL counts only when the guard treats it at least as
    strictly as the driver's own dialect (see :func:`check_dialect`); otherwise the driver wins.
    """
    if kind != "url":
        return spec(kind).dialect
    implied = urls.implied_dialect(str(options["url"]))
    override = str(options.get("dialect") or "").strip().lower()
    if override and _as_strict(override, implied):
        return override
    return implied


def _as_strict(override: str, implied: str) -> bool:
    """Whether the guard's rules for ``override`` are the same family as for ``implied``.

    The guard's denylists are per family (PostgreSQL, MySQL, SQLite, DuckDB, generic = all of
    them); parsing a PostgreSQL URL's SQL as SQLite would skip ``pg_read_file``. Same family keeps
    the same checks; the generic family is the strictest and only ever pairs with itself.
    """
    from iopsdata.guard.rules import rules_for

    return rules_for(override).family == rules_for(implied).family


def check_dialect(options: dict[str, Any]) -> None:
    """Refuse a ``dialect`` override that would loosen the guard for this URL. Raises ConfigError."""
    override = str(options.get("dialect") or "").strip().lower()
    if not override:
        return
    implied = urls.implied_dialect(str(options["url"]))
    if not _as_strict(override, implied):
        raise ConfigError(
            f"The dialect '{override}' would check this {implied} URL's SQL with weaker rules; "
            "leave it empty (it follows from the URL's driver) or pick a dialect of the same family."
        )
    from sqlglot.dialects.dialect import Dialect

    try:
        Dialect.get_or_raise(override)
    except ValueError:
        raise ConfigError(f"'{override}' is not a SQL dialect iOpsData knows.") from None


def redact_url(url: str) -> str:
    """The URL with its password and secret-looking parameters replaced by ``***``."""
    return urls.redact_url(url)


def mask_options(kind: str, options: dict[str, Any]) -> dict[str, Any]:
    """Options with secrets masked: passwords become ``"***"``, a URL keeps everything but secrets."""
    secret = spec(kind).secret_names
    out = {}
    for k, v in options.items():
        if k == "url" and kind == "url" and v:
            out[k] = urls.redact_url(str(v))
        elif k in secret and v:
            out[k] = urls.MASK
        else:
            out[k] = v
    return out


def redact_text(text: str, options: dict[str, Any], kind: str) -> str:
    """Remove every secret of ``options`` from ``text`` (driver messages may echo them)."""
    found: list[str] = []
    for name in spec(kind).secret_names:
        value = options.get(name)
        if not value:
            continue
        if name == "url":
            text = text.replace(str(value), urls.redact_url(str(value)))
            found.extend(urls.url_secrets(str(value)))
        else:
            found.append(str(value))
    return urls.scrub(text, found)
