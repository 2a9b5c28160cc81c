"""Settings → AI providers: the default provider/model, keys (entered, masked, never echoed), tests.

Everything goes through ``LlmSettingsService`` (``ws.settings.llm``); this module only lays it out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from iopsdata.numbers import counted
from iopsdata.ui.errors import guarded
from iopsdata.ui.forms import form_round, form_saved
from iopsdata.ui.text import code, esc

if TYPE_CHECKING:
    from iopsdata.llm.keys import LlmSettingsService, ModelList, ProviderCheck, ProviderStatus

_SOURCE = {"user": "your settings", "workspace": "the workspace", "environment": "the environment"}


def provider_settings(llm: LlmSettingsService, *, is_owner: bool) -> None:
    """The whole "AI providers" section."""
    statuses = llm.providers()
    choice = llm.choice()
    if choice:
        st.success(
            f"Chat uses **{esc(_label(statuses, choice[0]))}** · model {code(choice[1])}.",
            icon=":material/smart_toy:",
        )
    elif kept := [s for s in statuses if s.kept_back]:
        # credentials exist, but the trust rule keeps the key from the URL: say that, not "none"
        for status in kept:
            st.warning(esc(status.kept_back), icon=":material/key_off:")
    else:
        st.info(
            "No AI provider is set up yet: add a key below (or set OPENAI_API_KEY, ANTHROPIC_API_KEY, "
            "GROQ_API_KEY or IOPSDATA_OPENAI_COMPATIBLE_BASE_URL).",
            icon=":material/key:",
        )
    _choice_form(llm, statuses, is_owner=is_owner)
    for status in statuses:
        _provider_panel(llm, status, is_owner=is_owner)


def _label(statuses: list[ProviderStatus], name: str) -> str:
    return next((s.label for s in statuses if s.name == name), name)


def _scope_picker(key: str, *, is_owner: bool) -> str:
    if not is_owner:
        return "user"
    labels = {"user": "Just for me", "workspace": "Workspace default (everyone)"}
    return str(
        st.radio("Save for", list(labels), format_func=labels.__getitem__, key=key, horizontal=True)
    )


def _choice_form(
    llm: LlmSettingsService, statuses: list[ProviderStatus], *, is_owner: bool
) -> None:
    names = [s.name for s in statuses]
    effective = llm.choice()
    _follow(effective)
    st.markdown("**Default provider and model**")
    # outside the form, so the model list follows the provider at once
    name = st.selectbox(
        "Provider", names, format_func=lambda n: _label(statuses, n), key="llm_choice_provider"
    )
    status = next(s for s in statuses if s.name == name)
    listed = model_list(llm, status)
    current = effective[1] if effective and effective[0] == name else None
    if current and listed.source == "server" and current not in listed.models:
        st.warning(
            f"The server does not list the model {code(current)}, so Chat's calls to it would "
            "fail (HTTP 404). Pick one of the server's models below and save it.",
            icon=":material/warning:",
        )
    models = list(dict.fromkeys(m for m in (current, *listed.models) if m))
    preferred = current or (status.default_model if status.default_model in models else None)
    with st.form("llm_choice"):
        model = st.selectbox(
            "Model",
            models,
            index=models.index(preferred) if preferred in models else 0,
            key=f"llm_choice_model_{name}",
            accept_new_options=True,
            help="Pick one or type any model name the provider serves.",
        )
        if listed.source == "server":
            st.caption(f"{counted(len(listed.models), 'model')} listed by the server.")
        elif status.configured and listed.note:
            st.caption("Suggestions: the server's model list could not be read.")
            st.caption(esc(listed.note))
        scope = _scope_picker("llm_choice_scope", is_owner=is_owner)
        if st.form_submit_button("Save choice", icon=":material/save:"):
            with guarded():
                llm.choose(name, model or None, scope)
                st.toast(f"Saved: {esc(status.label)} · {esc(model)}")
                st.rerun()
    if status.configured and st.button(
        "Ask the server for its models again", key=f"llm_models_refresh_{name}",
        icon=":material/refresh:",
    ):  # fmt: skip
        st.session_state.pop(_MODELS_KEY, None)
        st.rerun()


_MODELS_KEY = "_llm_model_lists"
_SEEN_KEY = "_llm_choice_seen"


def _follow(effective: tuple[str, str] | None) -> None:
    """Show the choice Chat really uses: when it changes (a key or server saved, a choice made),
    the provider and model boxes move to it instead of keeping what they showed before."""
    if st.session_state.get(_SEEN_KEY) == effective:
        return
    st.session_state[_SEEN_KEY] = effective
    if effective:
        st.session_state["llm_choice_provider"] = effective[0]
    for key in [k for k in st.session_state if str(k).startswith("llm_choice_model_")]:
        del st.session_state[key]


def model_list(llm: LlmSettingsService, status: ProviderStatus) -> ModelList:
    """The provider's model list, asked of its server once per session and credentials (Settings
    and Evaluate offer the same list)."""
    if not status.configured:
        return llm.builtin_models(status.name)
    cache: dict[tuple[str, str | None, str | None], ModelList] = st.session_state.setdefault(
        _MODELS_KEY, {}
    )
    key = (status.name, status.base_url, status.masked_key)
    if key not in cache:
        with st.spinner(f"Asking {esc(status.label)} for its models…"):
            cache[key] = llm.models(status.name)
    return cache[key]


_OPEN = "_llm_panel_open"  # the provider whose panel was last saved or cleared


def _provider_panel(llm: LlmSettingsService, status: ProviderStatus, *, is_owner: bool) -> None:
    badge = (
        "✅ ready" if status.configured else "⚠️ key kept back" if status.kept_back else "not set up"
    )
    # the panel last saved or cleared stays open: its label changes ("not set up" -> "ready"),
    # which makes it a new expander, closed by default, with Test one click further away
    with st.expander(
        f"{esc(status.label)} — {badge}", expanded=st.session_state.get(_OPEN) == status.name
    ):
        if status.kept_back:
            st.warning(esc(status.kept_back), icon=":material/key_off:")
        if status.masked_key:
            st.caption(
                f"Key {code(status.masked_key)} from {esc(_SOURCE.get(status.key_source or '', 'settings'))}."
            )
        elif status.key_env:
            st.caption(f"No key yet. Enter one here, or set {code(status.key_env)} on the server.")
        if status.base_url:
            st.caption(f"Server: {code(status.base_url)}")
        # a refused base URL or key stays in the form to be corrected; a saved one empties it
        r = form_round(f"llm_key_{status.name}")
        with st.form(f"llm_key_{status.name}{r}"):
            key = st.text_input(
                "API key",
                type="password",
                key=f"llm_key_input_{status.name}{r}",
                help="Stored encrypted; only its first and last characters are ever shown.",
            )
            url = None
            if status.supports_base_url:
                url = st.text_input(
                    "Base URL",
                    key=f"llm_url_{status.name}{r}",
                    placeholder="http://localhost:11434/v1",
                )
            scope = _scope_picker(f"llm_scope_{status.name}", is_owner=is_owner)
            saved = st.form_submit_button("Save", icon=":material/save:")
        if saved:
            with guarded(), st.spinner(f"Saving, and asking {esc(status.label)} for its models…"):
                if key:  # first: saving the URL asks the server for its models, with this key
                    llm.set_key(status.name, key, scope)
                if url:
                    llm.set_base_url(status.name, url, scope)
                if key or url:
                    st.session_state.pop(f"llm_key_input_{status.name}{r}", None)  # never kept
                    form_saved(f"llm_key_{status.name}")
                    st.session_state[_OPEN] = status.name
                    st.rerun()
                st.warning("Nothing to save: enter a key or a base URL.")
        left, right = st.columns(2)
        if left.button("Test", key=f"llm_test_{status.name}", icon=":material/network_check:"):
            with guarded(), st.spinner(f"Calling {esc(status.label)}…"):
                _show_check(llm.test(status.name))
        if status.key_source in ("user", "workspace") and right.button(
            "Forget stored key", key=f"llm_clear_{status.name}", icon=":material/delete:"
        ):
            with guarded():
                llm.clear_key(status.name, status.key_source)
                st.session_state[_OPEN] = status.name
                st.rerun()


def _show_check(check: ProviderCheck) -> None:
    tokens = ""
    if check.input_tokens is not None:
        tokens = f", {esc(check.input_tokens)} → {esc(check.output_tokens)} tokens"
    cost = f", ${check.cost_usd:.6f}" if check.cost_usd is not None else ""
    st.success(f"{code(check.model)} answered in {check.latency_s:.2f} s{tokens}{cost}. Its reply:")
    # the reply is the model's text: shown literally, never rendered as markdown
    st.code(check.reply or "(empty reply)", language=None, wrap_lines=True)
