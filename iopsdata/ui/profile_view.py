"""Show a ``Profile``: one summary table, then the chosen column's figures and an Altair chart.

Used by the Files page and the SQL page's schema browser. Only one column's charts are drawn at a
time, so a 200-column profile stays cheap to render.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import streamlit as st

from iopsdata.ui.text import code, esc

if TYPE_CHECKING:
    import altair as alt

    from iopsdata.profiling import ColumnProfile, Profile

FLAG_LABELS = {
    "likely_key": "likely key",
    "constant": "constant",
    "mostly_null": "mostly null",
    "all_null": "all null",
    "numbers_as_text": "numbers as text",
    "dates_as_text": "dates as text",
}


def render_profile(profile: Profile, *, key: str = "profile") -> None:
    """Draw ``profile``: a caption, the per-column summary table and one column's detail.

    Args:
        key: unique prefix for this profile's widgets (two profiles on a page need two keys).
    """
    sampled = f" · sampled {profile.sample_rows:,} rows" if profile.sampled else ""
    st.caption(
        f"{profile.row_count:,} rows × {len(profile.columns)} columns{sampled}"
        f" · profiled in {profile.elapsed_s:.2f} s ({esc(profile.dialect)})"
    )
    if not profile.columns:
        st.info("This relation has no columns.")
        return
    st.dataframe(
        summary_rows(profile),
        key=f"{key}_summary",
        hide_index=True,
        column_config={
            "nulls %": st.column_config.ProgressColumn(
                "nulls %", min_value=0, max_value=100, format="%.1f%%"
            ),
        },
    )
    names = [c.name for c in profile.columns]
    chosen = st.selectbox("Column", names, key=f"{key}_column")
    render_column(profile.column(chosen), key=f"{key}_{names.index(chosen)}")


def render_column(col: ColumnProfile, *, key: str) -> None:
    """Figures, flags, a chart and the top values of one column."""
    st.markdown(f"**{esc(col.name)}** · {code(col.type)} · {esc(col.inferred)}")
    if col.flags:
        st.markdown(" ".join(f":orange-badge[{esc(FLAG_LABELS.get(f, f))}]" for f in col.flags))
    a, b, c, d = st.columns(4)
    a.metric("Values", f"{col.count:,}")
    b.metric("Nulls", f"{col.nulls:,}", f"{col.null_pct:.1f}%", delta_color="off")
    approx = "≈ " if col.distinct_method == "approx" else ""
    c.metric("Distinct", f"{esc(approx)}{col.distinct:,}" if col.distinct is not None else "–")
    d.metric("Mean", esc(_fmt(col.mean)))
    details = _details(col)
    if details:
        st.markdown(" · ".join(f"{esc(k)}: **{esc(v)}**" for k, v in details))
    chart = histogram_chart(col) or top_values_chart(col)
    if chart is not None:
        st.altair_chart(chart, key=f"{key}_chart", width="stretch")
    if col.top_values and col.histogram:  # the chart showed the histogram; list the top values too
        st.dataframe(
            [{"value": str(v), "count": n} for v, n in col.top_values],
            key=f"{key}_top",
            hide_index=True,
        )


def summary_rows(profile: Profile) -> list[dict[str, Any]]:
    """One row per column for the summary table (plain values, text for mixed-type cells)."""
    rows = []
    for col in profile.columns:
        approx = "≈" if col.distinct_method == "approx" else ""
        rows.append(
            {
                "column": col.name,
                "type": col.type,
                "looks like": col.inferred,
                "nulls %": round(col.null_pct, 2),
                "distinct": f"{approx}{col.distinct:,}" if col.distinct is not None else "",
                "min": _fmt(col.min),
                "max": _fmt(col.max),
                "mean": _fmt(col.mean),
                "std": _fmt(col.std),
                "flags": ", ".join(FLAG_LABELS.get(f, f) for f in col.flags),
            }
        )
    return rows


def histogram_chart(col: ColumnProfile) -> alt.Chart | None:
    """Bars over equi-width bins (a time axis for dates), or None without a histogram."""
    if not col.histogram:
        return None
    import altair as alt

    data = [{"from": lo, "to": hi, "count": n} for lo, hi, n in col.histogram]
    kind = "T" if col.kind == "temporal" else "Q"
    return (
        alt.Chart(alt.Data(values=data))
        .mark_bar()
        .encode(
            x=alt.X(f"from:{kind}", title=col.name, bin="binned"),
            x2=f"to:{kind}",
            y=alt.Y("count:Q", title="rows"),
            tooltip=[f"from:{kind}", f"to:{kind}", "count:Q"],
        )
        .properties(height=220)
    )


def top_values_chart(col: ColumnProfile) -> alt.Chart | None:
    """Horizontal bars of the most frequent values, most frequent on top; None without them."""
    if not col.top_values:
        return None
    import altair as alt

    data = [{"value": str(v), "count": n} for v, n in col.top_values]
    return (
        alt.Chart(alt.Data(values=data))
        .mark_bar()
        .encode(
            y=alt.Y("value:N", sort="-x", title=col.name),
            x=alt.X("count:Q", title="rows"),
            tooltip=["value:N", "count:Q"],
        )
        .properties(height=max(80, 22 * len(data)))
    )


def _details(col: ColumnProfile) -> list[tuple[str, str]]:
    out = []
    if col.min is not None:
        out += [("min", _fmt(col.min)), ("max", _fmt(col.max))]
    if col.std is not None:
        out.append(("std", _fmt(col.std)))
    if col.quartiles:
        q = " / ".join(_fmt(v) for v in col.quartiles)
        out.append((f"quartiles ({col.quantile_method})", q))
    if col.length_min is not None:
        out.append(("length", f"{col.length_min}–{col.length_max} (avg {_fmt(col.length_avg)})"))
    if col.date_format:
        out.append(("format", col.date_format))
    return out


def _fmt(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, float):
        return f"{v:,.4g}" if abs(v) < 1e6 else f"{v:,.0f}"
    if isinstance(v, int):
        return f"{v:,}"
    return str(v)
