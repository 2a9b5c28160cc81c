"""Widgets of the Files page: upload with progress, the file list, and one file's details."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import streamlit as st

from iopsdata.errors import IopsError
from iopsdata.ui.errors import show_error
from iopsdata.ui.text import code, codes, esc

if TYPE_CHECKING:
    from iopsdata.files import FileAsset, FileService

STAGES = {
    "receiving": "Receiving",
    "checking": "Checking and converting",
    "storing": "Storing",
    "done": "Done",
}


def upload_files(files: FileService, uploads: list[Any]) -> list[FileAsset]:
    """Upload each file inside an ``st.status`` box with a progress bar; failures are shown, not raised."""
    done: list[FileAsset] = []
    for up in uploads:
        with st.status(f"Uploading {esc(up.name)}…", expanded=True) as box:
            bar = st.progress(0.0, text="Receiving")

            def report(stage: str, fraction: float, bar: Any = bar) -> None:
                bar.progress(min(1.0, fraction), text=esc(STAGES.get(stage, stage)))

            try:
                asset = files.upload(up.name, up, on_progress=report)
            except IopsError as exc:
                bar.empty()  # a stalled "Receiving" bar would say it is still working
                # the reason stays open: a refused file is exactly what the user must read
                box.update(label=f"{esc(up.name)}: not accepted", state="error", expanded=True)
                show_error(exc)
                continue
            bar.progress(1.0, text="Done")
            # the same words whether the bytes are new or were stored before (a second click
            # while the first upload ran lands here): rows and table are what the user needs
            label = f"{up.name}: {asset.row_count:,} rows → table {asset.table_name}"
            if asset.rejected_rows:
                label += f" ({_rows(asset.rejected_rows)} rejected)"
            if asset.duplicate:
                label += " (already uploaded)"
            box.update(label=esc(label), state="complete", expanded=False)
            done.append(asset)
    return done


def _rows(n: int) -> str:
    return f"{n:,} row{'' if n == 1 else 's'}"


def file_table(assets: list[FileAsset]) -> None:
    """The workspace's files as one compact table."""
    rows = [
        {
            "table": a.table_name,
            "file": a.name,
            "format": a.format,
            "rows": a.row_count,
            "rejected": a.rejected_rows,
            "columns": len(a.columns),
            "size": a.size_bytes,
            "uploaded": a.created_at,
        }
        for a in assets
    ]
    # bytes shown as "4.2KB" / "1.3GB" and still sorted as numbers: a column in MB rounded every
    # small upload to 0, which read as an empty file
    # counts with thousands separators, as everywhere else on the page ("5,000 rows")
    counts = {c: st.column_config.NumberColumn(c, format="localized") for c in ("rows", "rejected")}
    size = st.column_config.NumberColumn("size", format="bytes")
    st.dataframe(rows, hide_index=True, key="files_table", column_config={**counts, "size": size})


def file_summary(asset: FileAsset) -> None:
    """Format, encoding, delimiter and — never hidden — the rows that could not be loaded."""
    meta = asset.metadata
    facts = [asset.format.upper(), f"{asset.row_count:,} rows", f"{len(asset.columns)} columns"]
    if meta.get("encoding"):
        facts.append(f"encoding {meta['encoding']}")
    if meta.get("delimiter"):
        facts.append(
            "delimiter " + ("TAB" if meta["delimiter"] == "\t" else repr(meta["delimiter"]))
        )
    if meta.get("decimal_separator") == ",":
        facts.append("decimal comma (1,5 read as 1.5)")
    if meta.get("thousands_separator") == ".":
        facts.append("points between thousands (1.234,5 read as 1234.5)")
    if meta.get("sheet"):
        facts.append(f"sheet {meta['sheet']!r}")
    st.caption(esc(" · ".join(facts)) + f" · table {code(asset.table_name)}")
    if meta.get("text_columns"):
        st.info(f"Kept as text because their values mix types: {codes(meta['text_columns'])}.")
    if asset.rejected_rows:
        with st.expander(
            esc(f"{_rows(asset.rejected_rows)} could not be loaded"),
            icon=":material/warning:",
            expanded=True,
        ):
            st.dataframe(meta.get("rejects", []), hide_index=True, key=f"rejects_{asset.id}")


def profile_tab(files: FileService, asset: FileAsset) -> None:
    """The stored profile, or a button to compute it."""
    from iopsdata.profiling import Profile
    from iopsdata.ui.profile_view import render_profile

    stored = asset.metadata.get("profile")
    profile = Profile.from_dict(stored) if stored else None
    if profile is None:
        if not st.button(
            "Profile this file", key=f"profile_{asset.id}", icon=":material/query_stats:"
        ):
            return
        with st.spinner("Profiling…"):
            try:
                profile = files.profile(asset.id)
            except IopsError as exc:
                show_error(exc)
                return
    render_profile(profile, key=f"fprof_{asset.id}")


def cached_preview(files, asset):  # type: ignore[no-untyped-def]
    """The first rows of ``asset``, read once per browser session (each read is an audited query,
    so it must not repeat on every rerun)."""
    key = f"_files_preview_{asset.id}_{asset.checksum}"
    if key not in st.session_state:
        st.session_state[key] = files.preview(asset.id, 50)
    return st.session_state[key]
