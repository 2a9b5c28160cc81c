"""``Settings``: every knob of iOpsData, read once from a mapping (environment merged with secrets).

Each field declares its environment name, default and documentation in one place; the README's
settings table is checked against this declaration by a test, so the two cannot drift.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from iopsdata.errors import ConfigError

AUTH_MODES = ("none", "local", "supabase", "oidc")


def _setting(
    env: str, default: Any, doc: str, *, secret: bool = False, server_path: bool = False
) -> Any:
    """One setting. ``server_path`` values are shown to members only as set / not set: a path on
    the server tells a member where iOpsData keeps its data (security issue 2)."""
    return field(
        default=default,
        metadata={"env": env, "doc": doc, "secret": secret, "server_path": server_path},
    )


@dataclass(frozen=True)
class Settings:
    """Validated configuration. Build it with :meth:`from_mapping` or :meth:`from_env`."""

    home: Path = _setting(
        "IOPSDATA_HOME",
        Path(".iopsdata"),
        "Folder for the embedded default's data: metadata, files, key file, demo database.",
        server_path=True,
    )
    database_url: str | None = _setting(
        "IOPSDATA_DATABASE_URL",
        None,
        "Metadata store URL (`postgresql://…`); empty = SQLite in `IOPSDATA_HOME`.",
        secret=True,
    )
    fernet_key: str | None = _setting(
        "FERNET_KEY",
        None,
        "Fernet key(s) for secrets, comma-separated, newest first; empty = a generated key file (development only).",
        secret=True,
    )
    auth: str = _setting(
        "IOPSDATA_AUTH", "none", "Authentication mode: `none`, `local`, `supabase` or `oidc`."
    )
    allow_signup: bool = _setting(
        "IOPSDATA_ALLOW_SIGNUP",
        True,
        "With `local` auth: whether new accounts may sign up (the first becomes admin).",
    )
    admin_email: str | None = _setting(
        "IOPSDATA_ADMIN_EMAIL",
        None,
        "With `local` auth: the account that becomes admin when it signs up (and claims the workspaces made while auth was `none`).",
    )
    session_hours: float = _setting(
        "IOPSDATA_SESSION_HOURS",
        12.0,
        "How long a sign-in lasts (local and Supabase auth), in hours.",
    )
    data_roots: str = _setting(
        "IOPSDATA_DATA_ROOTS",
        "",
        "Folders (comma-separated, absolute) that SQLite/DuckDB file connections may open; empty = "
        "anywhere outside iOpsData's own data with auth `none`, no file connections otherwise.",
        server_path=True,
    )
    demo: bool = _setting(
        "IOPSDATA_DEMO",
        True,
        "Register the NYC flights 2013 demo DuckDB connection on first start.",
    )
    max_upload_mb: int = _setting(
        "IOPSDATA_MAX_UPLOAD_MB",
        200,
        "Largest file accepted on upload, in MB (checked before reading).",
    )
    query_timeout_s: float = _setting(
        "IOPSDATA_QUERY_TIMEOUT_S", 30.0, "Default statement timeout for a connection, in seconds."
    )
    row_cap: int = _setting(
        "IOPSDATA_ROW_CAP",
        10_000,
        "Most rows returned to the page per query (exports can fetch more).",
    )
    byte_cap_mb: int = _setting(
        "IOPSDATA_BYTE_CAP_MB",
        64,
        "Most result bytes kept in memory per query, in MB (enforced while rows stream in; also the largest single value).",
    )
    export_row_cap: int = _setting(
        "IOPSDATA_EXPORT_ROW_CAP",
        5_000_000,
        "Most rows one full-result export writes (streamed to a file, not held in memory); an export cut here says so.",
    )
    duckdb_memory_limit: str = _setting(
        "IOPSDATA_DUCKDB_MEMORY_LIMIT",
        "1GB",
        "DuckDB memory limit for file queries, profiling and the demo.",
    )
    llm_provider: str | None = _setting(
        "IOPSDATA_LLM_PROVIDER",
        None,
        "Default AI provider: `openai`, `anthropic`, `groq` or `openai_compatible`.",
    )
    llm_model: str | None = _setting(
        "IOPSDATA_LLM_MODEL", None, "Default model name for the default provider."
    )
    llm_timeout_s: float = _setting(
        "IOPSDATA_LLM_TIMEOUT_S", 60.0, "Total time allowed for one AI answer, in seconds."
    )
    chat_schema_share: float = _setting(
        "IOPSDATA_CHAT_SCHEMA_SHARE",
        0.15,
        "Chat's schema budget as a share of the whole schema's tokens (then held between the floor and the ceiling).",
    )
    chat_schema_floor_tokens: int = _setting(
        "IOPSDATA_CHAT_SCHEMA_FLOOR_TOKENS",
        1200,
        "Smallest schema budget of one Chat prompt, in estimated tokens.",
    )
    chat_schema_ceiling_tokens: int = _setting(
        "IOPSDATA_CHAT_SCHEMA_CEILING_TOKENS",
        6000,
        "Largest schema budget of one Chat prompt, in estimated tokens.",
    )
    openai_api_key: str | None = _setting("OPENAI_API_KEY", None, "OpenAI API key.", secret=True)
    anthropic_api_key: str | None = _setting(
        "ANTHROPIC_API_KEY", None, "Anthropic API key.", secret=True
    )
    groq_api_key: str | None = _setting("GROQ_API_KEY", None, "Groq API key.", secret=True)
    openai_base_url: str | None = _setting(
        "OPENAI_BASE_URL",
        None,
        "Another base URL for OpenAI (a gateway or proxy); empty = OpenAI's.",
    )
    anthropic_base_url: str | None = _setting(
        "ANTHROPIC_BASE_URL",
        None,
        "Another base URL for Anthropic (a gateway or proxy); empty = Anthropic's.",
    )
    groq_base_url: str | None = _setting(
        "GROQ_BASE_URL", None, "Another base URL for Groq (a gateway or proxy); empty = Groq's."
    )
    openai_compatible_base_url: str | None = _setting(
        "IOPSDATA_OPENAI_COMPATIBLE_BASE_URL",
        None,
        "Base URL of an OpenAI-compatible server (Ollama `http://localhost:11434/v1`, vLLM, LM Studio…).",
    )
    openai_compatible_api_key: str | None = _setting(
        "IOPSDATA_OPENAI_COMPATIBLE_API_KEY",
        None,
        "API key for the OpenAI-compatible server, if it needs one.",
        secret=True,
    )
    supabase_url: str | None = _setting(
        "SUPABASE_URL", None, "Supabase project URL (with `IOPSDATA_AUTH=supabase`)."
    )
    supabase_anon_key: str | None = _setting(
        "SUPABASE_ANON_KEY", None, "Supabase anon (public) key.", secret=True
    )
    supabase_db_url: str | None = _setting(
        "SUPABASE_DB_URL",
        None,
        "Supabase Postgres connection string for the metadata store.",
        secret=True,
    )
    supabase_bucket: str = _setting(
        "SUPABASE_BUCKET", "iopsdata-files", "Private Supabase Storage bucket for uploaded files."
    )

    def __repr__(self) -> str:
        parts = []
        for f in fields(self):
            value = getattr(self, f.name)
            if f.metadata.get("secret") and value:
                value = "***"
            parts.append(f"{f.name}={value!r}")
        return f"Settings({', '.join(parts)})"

    @property
    def metadata_url(self) -> str:
        """The metadata store URL: explicit, Supabase's, or SQLite under ``home``."""
        url = self.database_url or self.supabase_db_url
        if url:
            return url
        return f"sqlite:///{(self.home / 'iopsdata.db').resolve()}"

    @property
    def multi_user(self) -> bool:
        """Several people share this server (any sign-in mode but ``none``)."""
        return self.auth != "none"

    @property
    def data_root_paths(self) -> tuple[Path, ...]:
        """``data_roots`` as paths; relative entries are ignored (they would follow the cwd)."""
        parts = (p.strip() for p in self.data_roots.split(","))
        return tuple(
            Path(p).expanduser() for p in parts if p and Path(p).expanduser().is_absolute()
        )

    @property
    def files_dir(self) -> Path:
        return self.home / "files"

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> Settings:
        """Build settings from ``{ENV_NAME: value}``; unknown keys are ignored, bad values raise.

        Raises:
            ConfigError: a value cannot be converted, or is out of range.
        """
        kwargs: dict[str, Any] = {}
        for f in fields(cls):
            raw = values.get(f.metadata["env"])
            if raw is None or (isinstance(raw, str) and raw.strip() == ""):
                continue
            kwargs[f.name] = _convert(f.metadata["env"], f.default, raw)
        settings = cls(**kwargs)
        settings._validate()
        return settings

    @classmethod
    def from_env(cls, secrets: Mapping[str, Any] | None = None) -> Settings:
        """Environment variables win over secrets (deployment overrides the committed file)."""
        merged: dict[str, Any] = {}
        if secrets:
            merged.update({k: v for k, v in secrets.items() if not isinstance(v, Mapping)})
        merged.update(os.environ)
        return cls.from_mapping(merged)

    def _validate(self) -> None:
        if self.auth not in AUTH_MODES:
            raise ConfigError(
                f"IOPSDATA_AUTH must be one of {', '.join(AUTH_MODES)}, not {self.auth!r}."
            )
        for name in ("max_upload_mb", "row_cap", "byte_cap_mb", "export_row_cap"):
            if getattr(self, name) <= 0:
                raise ConfigError(f"{name} must be a positive number.")
        if not 0 < self.chat_schema_share <= 1:
            raise ConfigError("IOPSDATA_CHAT_SCHEMA_SHARE must be a share between 0 and 1.")
        if not 0 < self.chat_schema_floor_tokens <= self.chat_schema_ceiling_tokens:
            raise ConfigError(
                "The Chat schema budget needs 0 < IOPSDATA_CHAT_SCHEMA_FLOOR_TOKENS <= "
                "IOPSDATA_CHAT_SCHEMA_CEILING_TOKENS."
            )
        if self.query_timeout_s <= 0 or self.llm_timeout_s <= 0:
            raise ConfigError("Timeouts must be positive numbers of seconds.")
        if self.auth == "supabase" and not (self.supabase_url and self.supabase_anon_key):
            raise ConfigError("IOPSDATA_AUTH=supabase needs SUPABASE_URL and SUPABASE_ANON_KEY.")


def _convert(env: str, default: Any, raw: Any) -> Any:
    try:
        if isinstance(default, bool):
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower()
            if text in ("1", "true", "yes", "on"):
                return True
            if text in ("0", "false", "no", "off"):
                return False
            raise ValueError(text)
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
        if isinstance(default, Path):
            return Path(str(raw)).expanduser()
        return str(raw).strip()
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{env} has an invalid value {str(raw)[:40]!r}.") from exc


def settings_table() -> list[tuple[str, str, str]]:
    """``(env name, default, doc)`` for every setting, for the README and the Settings page."""
    rows = []
    for f in fields(Settings):
        default = f.default
        shown = "" if default is None else str(default)
        rows.append((f.metadata["env"], shown, f.metadata["doc"]))
    return rows
