"""The server configuration table (Settings → Workspace): every setting, secrets shown only as set."""

from __future__ import annotations

from dataclasses import fields

import streamlit as st

from iopsdata.config import Settings, settings_table


def render_config(config: Settings) -> None:
    st.caption(
        "Set by environment variables or `.streamlit/secrets.toml`; secret values and server "
        "paths are never shown."
    )
    by_env = {f.metadata["env"]: f for f in fields(config)}
    rows = []
    for env, default, doc in settings_table():
        field = by_env[env]
        value = getattr(config, field.name, None)
        if field.metadata.get("secret") or field.metadata.get("server_path"):
            shown, default = ("set" if value else "not set"), ""
        else:
            shown = "" if value is None else str(value)
        rows.append({"setting": env, "value": shown, "default": default, "meaning": doc})
    st.dataframe(rows, hide_index=True, key="_ws_config")
