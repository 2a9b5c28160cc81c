"""Show a ``QueryResult``: grid, plain truncation notice, CSV/Parquet downloads and a chart tab.

Reused by the SQL, Chat and Files pages. Exports are produced only when the user clicks (a deferred
``st.download_button`` callable), so drawing a result costs no serialisation.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import streamlit as st

from iopsdata.numbers import counted
from iopsdata.ui.text import esc, trusted_md

if TYPE_CHECKING:
    import pyarrow as pa

    from iopsdata.charts import ChartSpec
    from iopsdata.result import QueryResult
    from iopsdata.ui.export_panel import FullExport

Exporter = Callable[["QueryResult", str], bytes]
_MIME = {"csv": "text/csv", "parquet": "application/vnd.apache.parquet", "sheet.csv": "text/csv"}
_DOWNLOADS = {
    "csv": ("Download CSV", "Exact values of the rows shown."),
    "parquet": ("Download PARQUET", "Exact values and types of the rows shown."),
    "sheet.csv": (
        "CSV for spreadsheets",
        "Text that a spreadsheet would run as a formula (starting with = + - @) gets a leading ' "
        "so it is shown, not evaluated.",
    ),
}


def render_result(
    result: QueryResult,
    *,
    key: str,
    export: Exporter | None = None,
    file_stem: str = "result",
    full_export: FullExport | None = None,
    chart: ChartSpec | None = None,
) -> None:
    """Draw ``result`` with a Table and a Chart tab; the chart is drawn only in the Chart tab.

    Args:
        key: unique prefix for this result's widgets.
        chart: the chart to start from (Chat's answer chart); default: chosen from the shape.
        export: ``(result, "csv"|"parquet") -> bytes``; defaults to the workspace's ``ws.sql.export``.
        file_stem: download file name without extension; a truncated result's quick downloads
            are named for what they hold (``orders_first_50_rows.csv``), never like the whole.
        full_export: how to re-run the statement into a file; offered when the caps cut the rows.
            Every page that can show a truncated result passes one.
    """
    from iopsdata.chartdata import for_grid  # Arrow loads with the first result, not the first page

    summary = (
        f"{counted(result.row_count, 'row')} × {counted(len(result.columns), 'column')}"
        f" · {result.elapsed_s:.2f} s"
    )
    if result.truncated:
        st.warning(
            esc(result.notice or f"Truncated: only the first {result.row_count:,} rows are shown."),
            icon=":material/content_cut:",
        )
    elif result.notice:
        st.info(esc(result.notice))
    # tracked tabs: the chart (its data is inlined in the Vega-Lite spec) is built only when open
    table_tab, chart_tab = st.tabs(["Table", "Chart"], key=f"{key}_tabs", on_change="rerun")
    with table_tab:
        st.caption(esc(summary))
        grid = for_grid(result.table)
        st.dataframe(grid, key=f"{key}_grid", hide_index=True, column_config=grid_columns(grid))
        stem = f"{file_stem}_first_{result.row_count}_rows" if result.truncated else file_stem
        _downloads(result, key=key, export=export or _rows_export, stem=stem)
        if full_export is not None and result.truncated:
            from iopsdata.ui.export_panel import full_export_panel

            full_export_panel(full_export, key=key, stem=file_stem)
    if chart_tab.open:
        with chart_tab:
            render_chart(result.table, key=key, spec=chart)


def grid_columns(table: pa.Table) -> dict[str, Any]:
    """The grid's column configuration. Every numeric column in the browser's locale format:
    thousands separators, no scientific notation (the same rules as ``iopsdata.numbers`` for
    profiles and metrics); a timestamp column whose values are all midnights (days, weeks,
    months) as dates.

    A decimal column keeps its scale: ``numeric(10,2)`` reads 2,960.50, not 2,960.5 (the grid
    shows as many places as the column's ``step`` has, and the locale format alone drops
    trailing zeros). A float column whose values all have at most a few places is shown with
    that many (``chartdata.float_places``): a CSV's amounts read 853.20 beside 587.59."""
    import pyarrow.types as t

    from iopsdata.chartdata import EXACT_DIGITS, MAX_FIXED_PLACES, float_places, midnight_only

    columns = {}
    for f in table.schema:
        if (f.metadata or {}).get(EXACT_DIGITS):  # exact digits as text, read as a number
            columns[f.name] = st.column_config.TextColumn(alignment="right")
        elif t.is_decimal(f.type) and 0 < f.type.scale <= MAX_FIXED_PLACES:
            columns[f.name] = st.column_config.NumberColumn(
                format="localized", step=10.0**-f.type.scale
            )
        elif t.is_floating(f.type) and (places := float_places(table[f.name])) is not None:
            columns[f.name] = st.column_config.NumberColumn(format="localized", step=10.0**-places)
        elif t.is_integer(f.type) or t.is_floating(f.type) or t.is_decimal(f.type):
            columns[f.name] = st.column_config.NumberColumn(format="localized")
        elif midnight_only(table[f.name]):  # 2026-01-01, not 2026-01-01 00:00:00+00:00
            columns[f.name] = st.column_config.DatetimeColumn(format="YYYY-MM-DD")
    return columns


def _rows_export(result: QueryResult, fmt: str) -> bytes:
    """The rows already in ``result`` as a file. Streamlit runs a download's callable in a worker
    thread when the button is clicked, outside the page's run: reaching the session's workspace
    from there (session state, a role check in the metadata store) is a wait on another thread's
    lock for no gain, as these bytes need nothing but the rows."""
    from iopsdata.sqlservice import SqlService

    return SqlService.export(result, fmt)


def _downloads(result: QueryResult, *, key: str, export: Exporter, stem: str) -> None:
    row = st.container(horizontal=True)
    for fmt, (label, help_text) in _DOWNLOADS.items():
        row.download_button(
            trusted_md(label),
            data=functools.partial(export, result, fmt),  # built only when clicked
            file_name=f"{stem}.{fmt}",
            mime=_MIME[fmt],
            key=f"{key}_dl_{fmt.replace('.', '_')}",
            on_click="ignore",
            icon=":material/download:",
            help=trusted_md(help_text),
        )


# -- chart ------------------------------------------------------------------------------------
KINDS = ("bar", "line", "scatter", "histogram")
_NONE = "(none)"


def _x_type(table: pa.Table, name: str) -> str:
    import pyarrow.types as t

    dtype = table.schema.field(name).type
    if t.is_date(dtype) or t.is_timestamp(dtype):
        return "temporal"
    if t.is_time(dtype):
        return "ordinal"  # a time of day is charted as its text (iopsdata.chartdata)
    if t.is_integer(dtype) or t.is_floating(dtype) or t.is_decimal(dtype):
        return "quantitative"
    return "nominal"


def default_spec(table: pa.Table) -> ChartSpec:
    """The shared chooser's spec (``iopsdata.charts``), or a bar of the first two columns."""
    from iopsdata.charts import ChartSpec, chart_spec

    spec = chart_spec(table)
    if spec is not None:
        return spec
    names = list(table.column_names)
    numeric = [n for n in names[1:] if _x_type(table, n) == "quantitative"]
    return ChartSpec(
        "bar", names[0], numeric[0] if numeric else None, None, _x_type(table, names[0])
    )


def render_chart(table: pa.Table, *, key: str, spec: ChartSpec | None = None) -> None:
    """An Altair chart chosen from the result's shape (or ``spec``), with editable kind, axes and
    colour. It goes through ``charts.to_altair``, the one place chart data is made browser-safe."""
    from iopsdata.charts import ChartSpec, to_altair

    if table.num_rows == 0 or table.num_columns == 0:
        st.caption("Nothing to chart: the result is empty.")
        return
    names = list(table.column_names)
    if spec is None or spec.x not in names or (spec.y and spec.y not in names):
        spec = default_spec(table)
    optional = [_NONE, *names]
    c1, c2, c3, c4 = st.columns(4)
    kind = c1.selectbox("Chart", KINDS, index=KINDS.index(spec.kind), key=f"{key}_kind")
    x = c2.selectbox("X axis", names, index=names.index(spec.x), key=f"{key}_x")
    y = c3.selectbox("Y axis", optional, index=optional.index(spec.y or _NONE), key=f"{key}_y")
    color = c4.selectbox(
        "Colour", optional, index=optional.index(spec.color or _NONE), key=f"{key}_color"
    )
    if kind != "histogram" and y == _NONE:
        st.info("Choose a Y column (or the histogram chart).")
        return
    x_type = spec.x_type if x == spec.x else _x_type(table, x)
    chosen = ChartSpec(
        kind, x, None if y == _NONE else y, None if color == _NONE else color, x_type
    )
    st.altair_chart(to_altair(chosen, table), key=f"{key}_chart")
