"""Evaluate page widgets: pick or build a golden set, choose configurations, watch a run, compare.

Every figure comes from ``ws.evaluate`` (``iopsdata.eval``); this module only lays it out.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from iopsdata.eval import RunConfig
from iopsdata.eval.service import FILES_ID, MAX_CONFIGS, STARTER_NAME
from iopsdata.ui.errors import guarded
from iopsdata.ui.forms import form_round, form_saved
from iopsdata.ui.text import code, esc

RUN_KEY = "_eval_run"
SET_KEY = "_eval_set"
STATUS_TEXT = {
    "running": "Running",
    "done": "Finished",
    "stopped": "Stopped",
    "cost_limit": "Stopped at the cost ceiling",
    "failed": "Failed",
}


# -- golden sets ----------------------------------------------------------------------------------
def golden_set(ws: Any) -> dict[str, Any] | None:
    """The set picker, with creating, importing and the starter set; returns the chosen set."""
    ev = ws.evaluate
    sets: list[dict[str, Any]] = []
    with guarded():
        sets = ev.sets()
    pick_col, new_col, starter_col = st.columns([4, 1, 1.4], vertical_alignment="bottom")
    with new_col.popover("New set", icon=":material/add:", width="stretch"):
        _new_set_form(ws)
    if not any(s["name"] == STARTER_NAME for s in sets) and starter_col.button(
        "Add starter set", icon=":material/flight:", key="_eval_starter", width="stretch",
        help="46 questions on the NYC flights 2013 demo, from easy to hard.",
    ):  # fmt: skip
        with guarded():
            st.session_state[SET_KEY] = ev.add_starter_set()
            st.rerun()
    if not sets:
        st.info(
            "No golden set yet. Add the starter set for the demo, or create one: type questions "
            "with their gold SQL, import a CSV (question,sql) or YAML file, or copy approved examples."
        )
        return None
    by_id = {s["id"]: s for s in sets}
    if st.session_state.get(SET_KEY) not in by_id:
        st.session_state[SET_KEY] = sets[0]["id"]
    chosen = pick_col.selectbox(
        "Golden set",
        list(by_id),
        key=SET_KEY,
        format_func=lambda i: f"{by_id[i]['name']} ({by_id[i]['questions']} questions)",
    )
    return by_id.get(chosen)


def _new_set_form(ws: Any) -> None:
    names: dict[str, str] = {}
    with guarded():
        names = {c.id: c.name for c in ws.connections.list()}
    names[FILES_ID] = "Files (uploaded files)"
    r = form_round("_eval_new_set")  # a refused file keeps the name and the file
    with st.form(f"_eval_new_set{r}", border=False):
        name = st.text_input("Name", key=f"_eval_new_name{r}")
        connection = st.selectbox(
            "Connection", list(names), format_func=names.__getitem__, key=f"_eval_new_conn{r}"
        )
        upload = st.file_uploader(
            "Questions file (optional)", type=["csv", "yaml", "yml"], key=f"_eval_new_file{r}"
        )
        if st.form_submit_button("Create", type="primary"):
            with guarded():
                items: list[Any] = []
                if upload is not None:  # read and checked before the set exists: all or nothing
                    fmt = "csv" if upload.name.lower().endswith(".csv") else "yaml"
                    items = ws.evaluate.read_file(upload.getvalue(), fmt)
                set_id = ws.evaluate.create_set(name, connection, questions=items)
                st.session_state[SET_KEY] = set_id
                form_saved("_eval_new_set")
                st.rerun()


def questions(ws: Any, chosen: dict[str, Any]) -> None:
    """The set's questions, adding by hand, from examples or a file; export; delete."""
    ev = ws.evaluate
    items = []
    with guarded():
        items = ev.questions(chosen["id"])
    with st.expander(f"Questions ({len(items):,})", icon=":material/list:"):
        if chosen.get("description"):
            st.caption(esc(chosen["description"]))
        st.dataframe(
            [{"question": q.question, "gold SQL": q.sql, "tags": ", ".join(q.tags)} for q in items],
            hide_index=True,
            width="stretch",
        )
        r = form_round("_eval_add_q")  # a refused gold SQL stays to be corrected
        with st.form(f"_eval_add_q{r}"):
            st.markdown("**Add a question**")
            text = st.text_input("Question", key=f"_eval_q_text{r}")
            sql = st.text_area("Gold SQL", key=f"_eval_q_sql{r}", height=90)
            tags = st.text_input("Tags (comma-separated)", key=f"_eval_q_tags{r}")
            if st.form_submit_button("Add question"):
                from iopsdata.eval import GoldenQuestion

                with guarded():
                    found = tuple(t.strip() for t in tags.split(",") if t.strip())
                    ev.add_questions(chosen["id"], [GoldenQuestion(text, sql, found)])
                    form_saved("_eval_add_q")
                    st.rerun()
        _from_saved(ws, chosen)
        a, b, c, d, e = st.columns(5)
        if a.button("Add approved examples", key="_eval_examples", icon=":material/verified:"):
            with guarded():
                n = ev.add_from_examples(chosen["id"])
                st.toast(f"{n:,} approved examples added.")
        upload = b.file_uploader(
            "Import CSV or YAML", type=["csv", "yaml", "yml"], key="_eval_import",
            label_visibility="collapsed",
        )  # fmt: skip
        if upload is not None and b.button("Import", key="_eval_import_go"):
            with guarded():
                fmt = "csv" if upload.name.lower().endswith(".csv") else "yaml"
                n = ev.import_file(chosen["id"], upload.getvalue(), fmt)
                st.toast(f"{n:,} questions imported.")
        for col, fmt, label in ((c, "csv", "Export CSV"), (d, "yaml", "Export YAML")):
            with guarded():
                col.download_button(
                    esc(label),
                    ev.export(chosen["id"], fmt),
                    file_name=f"golden.{fmt}",
                    key=f"_eval_export_{fmt}",
                    icon=":material/download:",
                )
        with e.popover("Delete set", icon=":material/delete:"):
            st.caption("Deletes the set with its questions and all its runs.")
            if st.button("Delete for good", type="primary", key="_eval_delete"):
                with guarded():
                    ev.delete_set(chosen["id"])
                    st.session_state.pop(SET_KEY, None)
                    st.rerun()


def _from_saved(ws: Any, chosen: dict[str, Any]) -> None:
    saved: list[dict[str, Any]] = []
    with guarded():
        saved = [q for q in ws.sql.saved() if q.get("connection_id") == chosen["connection_id"]]
    if not saved:
        return
    names = {q["id"]: q["name"] for q in saved}
    pick_col, add_col = st.columns([4, 1], vertical_alignment="bottom")
    picked = pick_col.multiselect(
        "Saved queries (the description, or the name, becomes the question)",
        list(names),
        format_func=names.__getitem__,
        key="_eval_saved",
    )
    if add_col.button("Add saved queries", key="_eval_saved_go", disabled=not picked):
        with guarded():
            n = ws.evaluate.add_from_saved(chosen["id"], picked)
            st.toast(f"{n:,} saved queries added.")


# -- configurations and starting ------------------------------------------------------------------
def configurations(ws: Any) -> tuple[list[RunConfig], float | None, int]:
    """Provider, model, temperature and auto-execute per configuration; the cost ceiling."""
    from iopsdata.llm import PROVIDERS

    llm = ws.settings.llm
    configured: list[str] = []
    choice = None
    statuses = {}
    with guarded():
        configured = llm.configured_providers()
        choice = llm.choice()
        statuses = {s.name: s for s in llm.providers()}
    names = list(PROVIDERS)
    default = choice[0] if choice else (configured[0] if configured else names[0])
    if not configured:
        st.warning(
            "No AI provider is set up: add a key or a base URL in Settings → AI providers first."
        )
    st.markdown("**Configurations to compare**")
    count = st.number_input(
        "How many", min_value=1, max_value=MAX_CONFIGS, value=2, step=1, key="_eval_count"
    )
    configs = []
    for i in range(int(count)):
        p, m, t, x = st.columns([2, 3, 1.2, 1.2], vertical_alignment="bottom")
        provider = p.selectbox(
            f"Provider {i + 1:d}",
            names,
            index=names.index(default),
            key=f"_eval_p{i}",
            format_func=lambda n: PROVIDERS[n].label,
        )
        model = _model_box(m, llm, statuses.get(provider), choice, i)
        temperature = t.number_input(
            f"Temperature {i + 1:d}", 0.0, 2.0, 0.0, 0.1, key=f"_eval_t{i}"
        )
        auto = x.toggle("Run SQL", value=True, key=f"_eval_x{i}", help="Auto-execute answers.")
        configs.append(RunConfig(provider, (model or "").strip() or None, float(temperature), auto))
    c1, c2 = st.columns(2)
    ceiling = c1.number_input(
        "Cost ceiling (USD, 0 = none)", 0.0, 10_000.0, 1.0, 0.5, key="_eval_ceiling",
        help="The run stops once its answers have cost this much at list prices.",
    )  # fmt: skip
    limit = c2.number_input(
        "Questions at a time per provider", 1, 8, 2, key="_eval_limit",
        help="Lower it if the provider answers HTTP 429 (rate limited).",
    )  # fmt: skip
    return configs, (float(ceiling) or None), int(limit)


def _model_box(column: Any, llm: Any, status: Any, choice: Any, i: int) -> str | None:
    """Configuration ``i``'s model: the models the provider's server lists (or the built-in
    suggestions), any other name typed in. The first configuration starts on the model Chat uses,
    the next ones on the next models listed, so two configurations compare two models at once; a
    model the server does not list is never the starting pick."""
    from iopsdata.ui.provider_form import model_list

    if status is None:  # the providers could not be read (the error is shown above)
        return column.text_input(f"Model {i + 1:d}", key=f"_eval_m{i}")
    listed = model_list(llm, status)
    used = choice[1] if choice and choice[0] == status.name else None
    servable = used if used and (listed.source != "server" or used in listed.models) else None
    picks = list(dict.fromkeys(m for m in (servable, *listed.models) if m))
    options = list(dict.fromkeys(m for m in (used, *picks) if m))
    start = picks[min(i, len(picks) - 1)] if picks else None
    return column.selectbox(
        f"Model {i + 1:d}", options, index=options.index(start) if start in options else None,
        key=f"_eval_m{i}_{status.name}", accept_new_options=True,
        placeholder=status.default_model, help="Pick one or type any model name the provider serves.",
    )  # fmt: skip


def start_button(ws: Any, chosen: dict[str, Any], configs: list[RunConfig], ceiling, limit) -> None:
    if st.button("Start run", type="primary", icon=":material/play_arrow:", key="_eval_start"):
        with guarded():
            st.session_state[RUN_KEY] = ws.evaluate.start(
                chosen["id"], configs, cost_ceiling_usd=ceiling, limit=limit
            )
            st.rerun()


# -- runs ------------------------------------------------------------------------------------------
def run_picker(ws: Any, chosen: dict[str, Any]) -> str | None:
    runs: list[dict[str, Any]] = []
    with guarded():
        runs = ws.evaluate.runs(chosen["id"], limit=30)
    if not runs:
        return None
    by_id = {r["id"]: r for r in runs}
    if st.session_state.get(RUN_KEY) not in by_id:
        st.session_state[RUN_KEY] = runs[0]["id"]

    def label(run_id: str) -> str:
        r = by_id[run_id]
        when = pd.Timestamp(r["created_at"]).strftime("%Y-%m-%d %H:%M")
        configs = ", ".join(RunConfig.from_dict(c).label for c in r["configs"])
        return f"{when} · {configs}"  # no status: a selectbox keeps showing an option's old text

    return st.selectbox("Run", list(by_id), key=RUN_KEY, format_func=label)


def watch(ws: Any, run_id: str) -> None:
    """Progress and Stop while the run is going; a full rerun shows the comparison at the end."""
    run = ws.evaluate.run(run_id)
    if run["status"] == "running":
        _progress(ws, run_id)


@st.fragment(run_every=1.0)
def _progress(ws: Any, run_id: str) -> None:
    run = ws.evaluate.run(run_id)
    if run["status"] != "running":
        st.rerun()
    total = max(1, int(run["total"]))
    done = int(run["done"])
    st.progress(
        min(1.0, done / total),
        text=f"Answered {done:,} of {total:,} · ${run['cost_usd']:,.4f} spent",
    )
    if st.button("Stop", icon=":material/stop:", key="_eval_stop"):
        with guarded():
            ws.evaluate.stop(run_id)


def comparison(ws: Any, run_id: str) -> None:
    """Accuracy, latency, cost, failures by cause, tags, a chart and every verdict."""
    report = None
    with guarded():
        report = ws.evaluate.report(run_id)
    if report is None:
        return
    run = report.run
    status = STATUS_TEXT.get(run["status"], run["status"])
    st.subheader("Comparison")
    st.caption(
        f"{esc(status)} · {run['done']:,} of {run['total']:,} answers · "
        f"${run['cost_usd']:,.4f} spent"
        + (f" · {esc(run['message'])}" if run.get("message") else "")
    )
    _comparison_table(report.comparison())
    chart = pd.DataFrame(report.chart_rows())
    if not chart.empty:
        st.altair_chart(accuracy_chart(chart), width="stretch")
    # one above the other, full width: side by side, the failures table's long "meaning" column
    # pushed the configurations' counts out of sight
    st.markdown("**Failures by cause**")
    rows = report.failures()
    if rows:
        st.dataframe(rows, hide_index=True, width="stretch")
    else:
        st.caption("No failures.")
    st.markdown("**By tag**")
    st.dataframe(report.tags(), hide_index=True, width="stretch")
    st.markdown("**Question by question**")
    grid = report.grid()
    st.dataframe(grid, hide_index=True, width="stretch")
    if grid:
        _inspect(report, grid)


COST_COLUMN = "cost per 100 (USD)"


def _comparison_table(rows: list[dict[str, Any]]) -> None:
    """Accuracy as a percentage, token counts with separators; the cost column only when some
    configuration has a price (otherwise every cell read "None"; the caption above says why)."""
    if rows and all(r.get(COST_COLUMN) is None for r in rows):
        rows = [{k: v for k, v in r.items() if k != COST_COLUMN} for r in rows]
    number = st.column_config.NumberColumn
    config = {
        "accuracy": number(format="percent"),
        COST_COLUMN: number(format="$%.4f"),
        "tokens in": number(format="localized"),
        "tokens out": number(format="localized"),
    }
    st.dataframe(rows, hide_index=True, width="stretch", key="_eval_cmp", column_config=config)


def accuracy_chart(chart: pd.DataFrame) -> Any:
    """Accuracy per configuration as horizontal bars on a 0–1 scale, each bar named in full.

    ``st.bar_chart`` cut its labels at ~15 characters: two models of one provider both read
    "openai_compatib…", and nobody could tell which bar was which.
    """
    import altair as alt

    return (
        alt.Chart(chart, height=alt.Step(32))
        .mark_bar()
        .encode(
            x=alt.X("accuracy:Q", scale=alt.Scale(domain=[0, 1])),
            y=alt.Y("configuration:N", sort=None, title=None, axis=alt.Axis(labelLimit=0)),
            tooltip=list(chart.columns),
        )
    )


def _inspect(report: Any, grid: list[dict[str, Any]]) -> None:
    labels = report.labels
    q_col, c_col = st.columns([3, 1])
    position = q_col.selectbox(
        "Inspect question",
        [row["#"] - 1 for row in grid],
        format_func=lambda p: f"#{p + 1} {grid_question(grid, p)}",
        key="_eval_inspect_q",
    )
    index = c_col.selectbox(
        "Configuration", range(len(labels)), format_func=labels.__getitem__, key="_eval_inspect_c"
    )
    verdict = report.verdict(position, index)
    if verdict is None:
        st.caption("Not answered (the run stopped first).")
        return
    if verdict.correct:
        st.success("Correct", icon=":material/check_circle:")
    else:
        st.error(
            f"**{esc(verdict.verdict)}** — {esc(verdict.reason or '')}", icon=":material/cancel:"
        )
    m = st.columns(5)
    m[0].metric("Latency (s)", f"{verdict.latency_s or 0:.2f}")
    m[1].metric("Tokens in / out", f"{verdict.tokens_in or 0:,} / {verdict.tokens_out or 0:,}")
    m[2].metric("Cost (USD)", "—" if verdict.cost_usd is None else f"{verdict.cost_usd:.5f}")
    m[3].metric("Repair rounds", f"{verdict.repairs or 0:d}")
    m[4].metric(
        "Gold tables in prompt", esc({True: "yes", False: "no", None: "—"}[verdict.tables_ok])
    )
    gold_col, answer_col = st.columns(2)
    with gold_col:
        st.markdown("**Gold**")
        st.code(verdict.gold_sql, language="sql", wrap_lines=True)
        _preview(verdict.gold_preview)
        st.caption(
            "Tables read: " + (code(", ".join(verdict.gold_tables)) if verdict.gold_tables else "—")
        )
    with answer_col:
        st.markdown("**Answer**")
        st.code(verdict.answer_sql or "-- no SQL", language="sql", wrap_lines=True)
        _preview(verdict.answer_preview)
        st.caption(
            "Tables selected: "
            + (code(", ".join(verdict.selected_tables)) if verdict.selected_tables else "—")
        )
    if verdict.attempts:
        with st.expander(f"Attempts ({len(verdict.attempts)})"):
            st.dataframe(list(verdict.attempts), hide_index=True, width="stretch")


def grid_question(grid: list[dict[str, Any]], position: int) -> str:
    return next((str(r["question"]) for r in grid if r["#"] == position + 1), "")


def _preview(preview: dict[str, Any] | None) -> None:
    if not preview:
        st.caption("No result.")
        return
    columns: list[str] = []
    seen: dict[str, int] = {}
    for name in preview["columns"]:  # a result may repeat a column name
        seen[name] = seen.get(name, 0) + 1
        columns.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    st.dataframe(pd.DataFrame(preview["rows"], columns=columns), hide_index=True, width="stretch")
    if preview["row_count"] > len(preview["rows"]):
        st.caption(f"First {len(preview['rows']):,} of {preview['row_count']:,} rows.")


def history(ws: Any, chosen: dict[str, Any]) -> None:
    """Every run of the set, to catch a regression after a model, prompt or knowledge change."""
    rows: list[dict[str, Any]] = []
    with guarded():
        rows = ws.evaluate.history(chosen["id"])
    if not rows:
        return
    st.subheader("History")
    frame = pd.DataFrame(rows)
    if frame["run"].nunique() > 1:
        trend = frame.pivot_table(
            index="started", columns="configuration", values="accuracy", aggfunc="last"
        )
        st.line_chart(trend, height=200)
    st.dataframe(frame, hide_index=True, width="stretch")
