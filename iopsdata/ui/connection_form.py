"""A connection form rendered from the kind declaration (``iopsdata.engines.kinds.KINDS``).

Adding a database kind adds a ``KindSpec``; this form draws its options (text, password, int, bool,
select, path) without any change here or in a page. A raw URL can be pasted instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import streamlit as st

from iopsdata.connection_check import ServerUnreachable
from iopsdata.engines.kinds import KINDS, parse_url
from iopsdata.engines.spec import KindSpec, Option
from iopsdata.errors import ConfigError
from iopsdata.ui.errors import guarded
from iopsdata.ui.text import code, esc, trusted_md

if TYPE_CHECKING:
    from iopsdata.connections import ConnectionInfo, ConnectionReport, ConnectionService

URL_CHOICE = "__url__"


@dataclass(frozen=True)
class ConnectionInput:
    """What the user submitted. ``options`` holds only what was filled in (secrets included)."""

    name: str
    kind: str
    options: dict[str, Any] = field(repr=False)
    allow_writes: bool = False


def kind_picker(key: str) -> str:
    """Kind select box (outside the form, so the fields follow the choice at once)."""
    choices = [*KINDS, URL_CHOICE]
    labels = {k: s.label for k, s in KINDS.items()} | {URL_CHOICE: "Paste a database URL"}
    return str(st.selectbox("Database kind", choices, format_func=labels.__getitem__, key=key))


def connection_form(
    key: str,
    kind: str,
    *,
    initial: dict[str, Any] | None = None,
    name: str = "",
    allow_writes: bool = False,
    can_allow_writes: bool = False,
    submit_label: str = "Add connection",
) -> ConnectionInput | None:
    """Draw the form for ``kind`` (or ``URL_CHOICE``); returns the input once it is submitted.

    Args:
        key: unique widget-key prefix.
        initial: current options when editing (secrets arrive masked and are never pre-filled:
            an empty secret field means "keep the stored one").
        can_allow_writes: the user is an owner, so the "Allow writes" toggle is offered.

    Raises:
        ConfigError: a pasted URL cannot be parsed (the message never repeats the URL).
    """
    editing = initial is not None
    # Never cleared on submit: a refused save keeps everything typed, the password too (the
    # caller starts a fresh form, under a new key, once the connection is saved).
    with st.form(f"{key}_form", clear_on_submit=False):
        conn_name = st.text_input(
            "Name", value=name, key=f"{key}_name", placeholder="e.g. Analytics replica"
        )
        if kind == URL_CHOICE:
            st.caption(
                "Any SQLAlchemy URL: postgresql://user:password@host/db, mysql://…, sqlite:///path, …"
            )
            url = st.text_input("Database URL", type="password", key=f"{key}_url")
            values: dict[str, Any] = {"__url__": url}
        else:
            spec = KINDS[kind]
            if spec.help:
                st.caption(trusted_md(spec.help))
            values = {
                o.name: _widget(o, key, (initial or {}).get(o.name), editing) for o in spec.options
            }
        writes = allow_writes
        if can_allow_writes:
            writes = st.toggle(
                "Allow writes",
                value=allow_writes,
                key=f"{key}_writes",
                help="Owners only. Off = read-only sessions plus the guard; writes are audited.",
            )
        if not st.form_submit_button(trusted_md(submit_label), type="primary"):
            return None
    if kind == URL_CHOICE:
        parsed_kind, options = parse_url(values["__url__"] or "")
        return ConnectionInput(conn_name.strip(), parsed_kind, options, bool(writes))
    return ConnectionInput(conn_name.strip(), kind, _filled(KINDS[kind], values), bool(writes))


def _widget(opt: Option, key: str, current: Any, editing: bool) -> Any:
    wkey = f"{key}_{opt.name}"
    label = trusted_md(f"{opt.label}{' *' if opt.required else ''}")
    value = current if current is not None else opt.default
    if opt.type == "password":
        help_text = opt.help + (" Leave empty to keep the stored one." if editing else "")
        return st.text_input(label, type="password", key=wkey, help=trusted_md(help_text) or None)
    if opt.type == "int":
        number = int(value) if value not in (None, "") else None
        return st.number_input(
            label, value=number, step=1, min_value=0, key=wkey, help=trusted_md(opt.help) or None
        )
    if opt.type == "bool":
        return st.checkbox(label, value=bool(value), key=wkey, help=trusted_md(opt.help) or None)
    if opt.type == "select" and opt.choices:
        index = opt.choices.index(value) if value in opt.choices else 0
        return st.selectbox(
            label, opt.choices, index=index, key=wkey, help=trusted_md(opt.help) or None
        )
    return st.text_input(
        label,
        value="" if value is None else str(value),
        key=wkey,
        help=trusted_md(opt.help) or None,
    )


def _filled(spec: KindSpec, values: dict[str, Any]) -> dict[str, Any]:
    """Drop empty fields so defaults and "keep the stored secret" apply downstream."""
    out: dict[str, Any] = {}
    for opt in spec.options:
        value = values.get(opt.name)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        out[opt.name] = int(value) if opt.type == "int" else value
    return out


# -- the Settings → Connections panel ---------------------------------------------------------
def connections_panel(service: ConnectionService, *, role: str) -> None:
    """List, test, edit, delete and add connections; "Allow writes" is offered to owners only."""
    is_owner = role == "owner"
    items = service.list()
    if not items:
        st.caption("No connections yet: add one below.")
    for info in items:
        badge = "✏️ writable" if info.allow_writes else "🔒 read-only"
        with st.expander(
            f"{esc(info.name)} — {esc(info.label)} · {badge}", icon=":material/database:"
        ):
            st.dataframe(
                [
                    {"option": k, "value": "" if v is None else str(v)}
                    for k, v in info.options.items()
                ],
                hide_index=True,
                key=f"_conn_opts_{info.id}",
            )
            test, edit, drop = st.columns(3)
            if test.button("Test", key=f"_conn_test_{info.id}", icon=":material/network_check:"):
                with guarded(), st.spinner("Connecting…"):
                    show_report(service.test(info.id))
            editing = edit.toggle("Edit", key=f"_conn_edit_{info.id}")
            with drop.popover("Delete", icon=":material/delete:"):
                st.write(f"Delete **{esc(info.name)}**? Saved queries keep their SQL.")
                if st.button("Yes, delete", key=f"_conn_del_{info.id}", type="primary"):
                    with guarded():
                        service.remove(info.id)
                        st.rerun()
            if editing:
                _edit(service, info, is_owner=is_owner)
    if role == "viewer":
        return
    st.markdown("**Add a connection**")
    _add(service, is_owner=is_owner)


_NEW = "_conn_new"


def _add(service: ConnectionService, *, is_owner: bool) -> None:
    """The add form: saving tests the connection first; an unreachable server offers
    "Save anyway"; any refusal keeps every field as typed."""
    kind = kind_picker(f"{_NEW}_kind")
    # a new generation of widget keys after each save and each change of kind: the browser keeps
    # a widget's typed value for as long as its key lives, so only new keys give an empty form
    # (and a MySQL port never carries over into a PostgreSQL form)
    if st.session_state.get(f"{_NEW}_last_kind", kind) != kind:
        _next_generation()
    st.session_state[f"{_NEW}_last_kind"] = kind
    generation = int(st.session_state.setdefault(f"{_NEW}_gen", 0))
    pending: ConnectionInput | None = st.session_state.get(f"{_NEW}_pending")
    with guarded():
        new = connection_form(f"{_NEW}{generation}", kind, can_allow_writes=is_owner)
        if new is not None:
            st.session_state.pop(f"{_NEW}_pending", None)
            pending = None
            if not new.name:
                raise ConfigError("Give the connection a name.")
            try:
                with st.spinner("Testing the connection…"):
                    service.add(
                        new.name, new.kind, new.options, allow_writes=new.allow_writes, check=True
                    )
            except ServerUnreachable:
                st.session_state[f"{_NEW}_pending"] = new  # server-side only, never sent back
                pending = new
                raise
            _added(new.name)
    if pending is not None:
        st.warning(
            f"Save “{esc(pending.name)}” although its server did not answer? "
            "Queries will fail until it does.",
            icon=":material/cloud_off:",
        )
        if st.button("Save anyway", key=f"{_NEW}_anyway", icon=":material/save:"):
            with guarded():
                service.add(
                    pending.name, pending.kind, pending.options, allow_writes=pending.allow_writes
                )
                _added(pending.name)


def _next_generation() -> None:
    """Drop the current form's typed values and pending save; later widgets get new keys."""
    generation = int(st.session_state.get(f"{_NEW}_gen", 0))
    for key in [k for k in st.session_state if str(k).startswith(f"{_NEW}{generation}_")]:
        del st.session_state[key]
    st.session_state.pop(f"{_NEW}_pending", None)
    st.session_state[f"{_NEW}_gen"] = generation + 1


def _added(name: str) -> None:
    """Forget the typed values (the next form generation starts empty) and show the list."""
    _next_generation()
    st.toast(f"Added “{esc(name)}”.")
    st.rerun()


def _edit(service: ConnectionService, info: ConnectionInfo, *, is_owner: bool) -> None:
    with guarded():
        changed = connection_form(
            f"_conn_e_{info.id}",
            info.kind,
            initial=info.options,
            name=info.name,
            allow_writes=info.allow_writes,
            can_allow_writes=is_owner,
            submit_label="Save changes",
        )
        if changed is not None:
            service.update(
                info.id,
                name=changed.name or info.name,
                options=changed.options,
                allow_writes=changed.allow_writes if is_owner else None,
            )
            st.rerun()


def show_report(report: ConnectionReport) -> None:
    """Server version, role and write ability of a connection test, with its warning."""
    st.success(
        f"Connected to **{esc(report.server_version)}** as {code(report.current_role)}.",
        icon=":material/check_circle:",
    )
    facts = [
        "superuser" if report.is_superuser else "not a superuser",
        "can write" if report.can_write else "cannot write",
    ]
    st.caption("Role: " + esc(", ".join(facts)))
    if report.warning:
        st.warning(esc(report.warning), icon=":material/shield:")
    if report.read_role_sql:
        st.code(report.read_role_sql, language="sql")
