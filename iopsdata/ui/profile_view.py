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
    # absolute figures: no delta (a delta draws an up/down arrow, as if the value had changed)
    a.metric("Values", esc(_fmt(col.count)))
    b.metric("Nulls", esc(f"{_fmt(col.nulls)} ({_fmt(round(col.null_pct, 1))}%)"))
    c.metric("Distinct", esc(_distinct(col) or "–"))
    d.metric("Mean", esc(_fmt(col.mean) or "–"))
    details = _details(col)
    if details:
        st.markdown(" · ".join(f"{esc(k)}: **{esc(v)}**" for k, v in details))
    chart = histogram_chart(col) or top_values_chart(col)
    if chart is not None:
        st.altair_chart(chart, key=f"{key}_chart", width="stretch")
    lengths = length_chart(col)
    if lengths is not None:
        st.altair_chart(lengths, key=f"{key}_lengths", width="stretch")
    if col.top_values and col.histogram:  # the chart showed the histogram; list the top values too
        st.dataframe(
            [{"value": _fmt(v), "count": n} for v, n in col.top_values],
            key=f"{key}_top",
            hide_index=True,
            column_config={"count": st.column_config.NumberColumn(format="localized")},
        )


def summary_rows(profile: Profile) -> list[dict[str, Any]]:
    """One row per column for the summary table (plain values, text for mixed-type cells)."""
    rows = []
    for col in profile.columns:
        rows.append(
            {
                "column": col.name,
                "type": col.type,
                "looks like": col.inferred,
                "nulls %": round(col.null_pct, 2),
                "distinct": _distinct(col),
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


OTHER = "(all other values)"
LABEL_CHARS = 40


def top_values_data(col: ColumnProfile) -> list[dict[str, Any]]:
    """The top values, most frequent first, then one "other" bucket for the remaining rows."""
    data = [
        {"value": _label(v), "count": n, "share": n / col.count if col.count else 0.0}
        for v, n in col.top_values
    ]
    rest = col.count - sum(n for _, n in col.top_values)
    if rest > 0:
        data.append({"value": OTHER, "count": rest, "share": rest / col.count})
    return data


def _label(v: Any) -> str:
    text = str(v)
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def top_values_chart(col: ColumnProfile) -> alt.Chart | None:
    """Horizontal bars, one readable row per value (most frequent on top, "other" last), with the
    count written at each bar's end; None without top values."""
    if not col.top_values:
        return None
    import altair as alt

    data = top_values_data(col)
    order = [d["value"] for d in data]
    y = alt.Y("value:N", sort=order, title=None, axis=alt.Axis(labelLimit=320, labelFontSize=12))
    base = alt.Chart(alt.Data(values=data)).encode(
        y=y,
        x=alt.X("count:Q", title="rows", axis=alt.Axis(format=",d", tickMinStep=1)),
        tooltip=[
            "value:N",
            alt.Tooltip("count:Q", format=","),
            alt.Tooltip("share:Q", format=".1%"),
        ],
    )
    bars = base.mark_bar(height=alt.RelativeBandSize(0.75))
    labels = base.mark_text(align="left", dx=4).encode(text=alt.Text("count:Q", format=","))
    return (bars + labels).properties(height=alt.Step(26), title=f"Top values of {col.name}")


def length_chart(col: ColumnProfile) -> alt.Chart | None:
    """A histogram of text lengths (characters), or None when the profile has none."""
    bins = col.length_histogram
    if not bins:
        return None
    import altair as alt

    data = [{"from": lo, "to": hi, "count": n} for lo, hi, n in bins]
    return (
        alt.Chart(alt.Data(values=data))
        .mark_bar()
        .encode(
            x=alt.X(
                "from:Q",
                title="length (characters)",
                bin="binned",
                axis=alt.Axis(format="d", tickMinStep=1),
            ),
            x2="to:Q",
            y=alt.Y("count:Q", title="rows"),
            tooltip=["from:Q", "to:Q", alt.Tooltip("count:Q", format=",")],
        )
        .properties(height=180)
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


def _distinct(col: ColumnProfile) -> str:
    """The distinct count; "≈" only when the engine estimated it."""
    if col.distinct is None:
        return ""
    return ("≈ " if col.distinct_method == "approx" else "") + _fmt(col.distinct)


def _fmt(v: Any) -> str:
    """The app's one number format (``iopsdata.numbers``) in the reader's locale."""
    from iopsdata.numbers import format_number

    return format_number(v, st.context.locale)
