"""The Knowledge page's widgets: per connection, the four kinds people edit (glossary, metrics,
instructions, join paths) as a table plus one form each, YAML import/export and dbt import.

Each kind is declared once (``FORMS``: its fields and how to save them), so the four editors share
one renderer. Viewers get the tables only; the service refuses their changes anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import streamlit as st

from iopsdata.knowledge.rows import key_of
from iopsdata.knowledge.service import KnowledgeService
from iopsdata.ui.errors import guarded
from iopsdata.ui.forms import form_round, form_saved
from iopsdata.ui.text import esc, trusted_md

NEW = "__new__"
DONE = "_kn_import_done"  # what the last import did, shown after its rerun


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    widget: str = "text"  # "text", "area" or "list" (comma-separated)

    @property
    def header(self) -> str:
        """The label without its hint, as the column header of the kind's table."""
        return self.label.split(" (", 1)[0]


@dataclass(frozen=True)
class KindForm:
    kind: str
    title: str
    noun: str
    fields: tuple[Field, ...]
    label: Callable[[dict[str, Any]], str]
    save: Callable[[KnowledgeService, str, dict[str, Any], dict[str, Any] | None], Any]


def _save_glossary(
    svc: KnowledgeService, conn: str, v: dict[str, Any], old: dict[str, Any] | None
) -> Any:
    return svc.put_glossary(
        conn,
        v["term"],
        v["meaning"],
        synonyms=v["synonyms"],
        refs=v["refs"],
        replaces=old["term"] if old else None,
    )


def _save_metric(
    svc: KnowledgeService, conn: str, v: dict[str, Any], old: dict[str, Any] | None
) -> Any:
    return svc.put_metric(
        conn,
        v["name"],
        v["expression"],
        v["table"],
        description=v["description"],
        time_column=v["time_column"] or None,
        replaces=old["name"] if old else None,
    )


def _save_instruction(
    svc: KnowledgeService, conn: str, v: dict[str, Any], old: dict[str, Any] | None
) -> Any:
    return svc.add_instruction(conn, v["text"], replaces=old["text"] if old else None)


def _save_join(
    svc: KnowledgeService, conn: str, v: dict[str, Any], old: dict[str, Any] | None
) -> Any:
    made = svc.put_join(
        conn,
        v["left_table"],
        v["left_columns"],
        v["right_table"],
        v["right_columns"],
        reason=v["reason"],
    )
    if old is not None and old.get("_key") != key_of("join", made):  # edited: drop the old path
        svc.remove(conn, "join", old["_key"])
    return made


FORMS = (
    KindForm(
        "glossary",
        "Glossary",
        "term",
        (
            Field("term", "Term"),
            Field("meaning", "Meaning", "area"),
            Field("synonyms", "Synonyms (comma-separated)", "list"),
            Field(
                "refs",
                "Tables and columns it means (comma-separated, e.g. orders, orders.amount)",
                "list",
            ),
        ),
        lambda b: str(b.get("term")),
        _save_glossary,
    ),
    KindForm(
        "metric",
        "Metrics",
        "metric",
        (
            Field("name", "Name"),
            Field("expression", "SQL expression (e.g. sum(amount) - sum(refunds))"),
            Field("table", "Table it aggregates"),
            Field("time_column", "Time column (optional)"),
            Field("description", "Description", "area"),
        ),
        lambda b: str(b.get("name")),
        _save_metric,
    ),
    KindForm(
        "instruction",
        "Instructions",
        "instruction",
        (Field("text", "Instruction (e.g. revenue excludes refunds)", "area"),),
        lambda b: " ".join(str(b.get("text")).split())[:80],
        _save_instruction,
    ),
    KindForm(
        "join",
        "Join paths",
        "join path",
        (
            Field("left_table", "Left table"),
            Field("left_columns", "Left columns (comma-separated)", "list"),
            Field("right_table", "Right table"),
            Field("right_columns", "Right columns (comma-separated)", "list"),
            Field("reason", "Note (optional)"),
        ),
        lambda b: (
            f"{b.get('left_table')} ↔ {b.get('right_table')} ({', '.join(b.get('left_columns') or [])})"
        ),
        _save_join,
    ),
)


def _shown(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def render_kind(svc: KnowledgeService, conn: str, form: KindForm, *, can_edit: bool) -> None:
    """One kind: its items as a table, then (for editors) an add/edit form and a remove button."""
    items = svc.items(conn, form.kind)
    if items:
        st.dataframe(
            [
                {
                    **{f.header: _shown(i["body"].get(f.name)) for f in form.fields},
                    "From": i["source"],
                }
                for i in items
            ],
            hide_index=True,
            width="stretch",
        )
    else:
        st.caption(esc(f"No {form.noun}s yet for this connection."))
    if not can_edit:
        return
    by_key = {i["key"]: {**i["body"], "_key": i["key"]} for i in items}
    article = "an" if form.noun[0] in "aeiou" else "a"
    choice = st.selectbox(
        esc(f"Add or edit {article} {form.noun}"),
        [NEW, *by_key],
        format_func=lambda k: f"New {form.noun}" if k == NEW else form.label(by_key[k]),
        key=f"_kn_pick_{form.kind}",
    )
    old = by_key.get(choice)
    # a refused save keeps what was typed; a saved new item empties the new-item form
    suffix = choice + (form_round(f"_kn_new_{form.kind}") if old is None else "")
    with st.form(f"_kn_form_{form.kind}_{suffix}"):
        values: dict[str, Any] = {}
        for f in form.fields:
            current = _shown((old or {}).get(f.name))
            key = f"_kn_{form.kind}_{f.name}_{suffix}"
            # the labels are this module's constants: Markdown-escaping them would put its
            # backslashes into the fields' accessible names ("Note \(optional\)")
            if f.widget == "area":
                values[f.name] = st.text_area(
                    trusted_md(f.label), value=current, key=key, height=80
                )
            else:
                values[f.name] = st.text_input(trusted_md(f.label), value=current, key=key)
        saved = st.form_submit_button("Save", icon=":material/save:")
    if saved:
        with guarded():
            form.save(svc, conn, values, old)
            if old is None:
                form_saved(f"_kn_new_{form.kind}")
            st.toast(esc(f"Saved the {form.noun}."))
            st.rerun()
    if old is not None and st.button(
        esc(f"Remove this {form.noun}"), key=f"_kn_rm_{form.kind}_{choice}"
    ):
        with guarded():
            svc.remove(conn, form.kind, choice)
            st.rerun()


def render_unresolved(svc: KnowledgeService, conn: str, *, shown: int = 10) -> None:
    """A warning listing items whose tables or columns the connection lacks (Chat skips them)."""
    problems = svc.unresolved_names(conn)
    if not problems:
        return
    more = len(problems) - shown
    lines = [f"- {esc(p)}" for p in problems[:shown]]
    if more > 0:
        lines.append(f"- {esc(f'and {more} more')}")
    n = len(problems)
    what = (
        "A name in this connection's knowledge is not among its tables and columns"
        if n == 1
        else f"{n} names in this connection's knowledge are not among its tables and columns"
    ) + " (Chat finds no table by them, and may pass the model a name that does not exist):"
    st.warning(esc(what) + "\n" + "\n".join(lines))


def render_imported(svc: KnowledgeService, conn: str) -> None:
    """Descriptions, value hints and dbt models (from imports), read-only, in one expander."""
    items = {k: svc.items(conn, k) for k in ("description", "value_hint", "dbt_model")}
    label = (
        f"Also known: {len(items['description'])} descriptions, {len(items['value_hint'])} "
        f"value hints, {len(items['dbt_model'])} dbt models"
    )
    with st.expander(esc(label)):
        rows = [
            {"about": i["key"], "description": i["body"].get("text"), "from": i["source"]}
            for i in items["description"]
        ]
        rows += [
            {"about": i["key"], "values": _shown(i["body"].get("values")), "from": i["source"]}
            for i in items["value_hint"]
        ]
        if rows:
            st.dataframe(rows, hide_index=True, width="stretch")
        models = [
            {"dbt model": i["body"].get("name"), "builds": i["body"].get("relation")}
            for i in items["dbt_model"]
        ]
        if models:
            st.caption("dbt models: their compiled SQL is in lineage and impact analysis.")
            st.dataframe(models, hide_index=True, width="stretch")


def render_transfer(svc: KnowledgeService, conn: str, *, can_edit: bool) -> None:
    """YAML export (everyone), YAML and dbt import (editors), and what dbt brought."""
    st.download_button(
        "Export as YAML",
        data=svc.export_yaml(conn),
        file_name="knowledge.yaml",
        mime="application/x-yaml",
        icon=":material/download:",
        key="_kn_export",
    )
    if can_edit:
        _imports(svc, conn)
    render_imported(svc, conn)  # after the imports, so a fresh import is counted at once


def _imports(svc: KnowledgeService, conn: str) -> None:
    """YAML and dbt imports; the outcome is shown after a rerun, so every tab shows the result."""
    for line in st.session_state.pop(DONE, ()):
        (st.warning if line.startswith("Warning: ") else st.success)(esc(line))
    st.markdown("**Import YAML** (the format of the export; see docs/knowledge.md)")
    upload = st.file_uploader("Knowledge YAML", type=["yaml", "yml"], key="_kn_yaml")
    replace = st.checkbox("Replace hand-made items not in the file", key="_kn_yaml_replace")
    if st.button("Import YAML", key="_kn_yaml_go", disabled=upload is None) and upload is not None:
        with guarded():
            n = svc.import_yaml(conn, upload.getvalue(), replace=replace)
            st.session_state[DONE] = [f"Imported {n} items."]
            st.rerun()
    st.markdown(
        "**Import from dbt** (`target/manifest.json`, and `catalog.json` from `dbt docs generate`)"
    )
    manifest = st.file_uploader("manifest.json", type=["json"], key="_kn_dbt_manifest")
    catalog = st.file_uploader("catalog.json (optional)", type=["json"], key="_kn_dbt_catalog")
    if st.button("Import dbt project", key="_kn_dbt_go", disabled=manifest is None) and manifest:
        with guarded():
            result = svc.import_dbt(
                conn, manifest.getvalue(), catalog.getvalue() if catalog is not None else None
            )
            counts = ", ".join(f"{n} {what}" for what, n in result.counts().items())
            st.session_state[DONE] = [
                f"Imported dbt project {result.project}: {counts}.",
                *(f"Warning: {w}" for w in result.warnings),
            ]
            st.rerun()
