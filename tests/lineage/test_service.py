"""LineageService against a real SQLite store: extraction, caching and workspace impact analysis."""

from __future__ import annotations

import sys

import pytest

from iopsdata.errors import LineageError
from iopsdata.lineage import LineageService
from iopsdata.lineage.service import cached_lineage


def names(hits, certain=None):
    return sorted(h.name for h in hits if certain is None or h.certain is certain)


IMPACT = [
    # (target, kind, certain hit names, uncertain hit names)
    (
        "flights.dep_delay",
        "reads",
        ["avg delay", "build summary", "chat · worst delays?", "star", "summary readers"],
        ["unqualified"],
    ),
    (
        "flights.dep_delay",
        "drop",
        ["avg delay", "build summary", "chat · worst delays?", "star", "summary readers"],
        ["unqualified"],
    ),
    ("flights.arr_delay", "rename", ["history · 2 runs", "star"], []),
    (
        "flights",
        "reads",
        [
            "avg delay",
            "build summary",
            "chat · worst delays?",
            "history · 2 runs",
            "star",
            "unqualified",
            "carriers only",
            "summary readers",
        ],
        [],
    ),
    ("delay_summary", "drop", ["build summary", "carriers only", "summary readers"], []),
    ("airports.origin", "reads", ["other table"], []),
    ("nosuch.column", "reads", [], []),
]


@pytest.mark.parametrize(("target", "kind", "certain", "uncertain"), IMPACT)
def test_impact(ctx, target, kind, certain, uncertain):
    hits = LineageService(ctx).impact(target, kind=kind)
    got = [h.name.split(" · last")[0] for h in hits]
    assert sorted(n for n, h in zip(got, hits, strict=False) if h.certain) == sorted(certain)
    assert sorted(n for n, h in zip(got, hits, strict=False) if not h.certain) == sorted(uncertain)


def test_indirect_hits_follow_columns_not_whole_tables(ctx):
    hits = {h.name: h for h in LineageService(ctx).impact("flights.dep_delay", kind="drop")}
    assert hits["summary readers"].via == "delay_summary.d"
    assert "built from flights.dep_delay" in hits["summary readers"].why
    assert (
        "carriers only" not in hits
    )  # reads delay_summary.carrier, which does not come from dep_delay


def test_report_counts_unparsed_rows(ctx):
    report = LineageService(ctx).impact_report("flights")
    assert (
        report.scanned
        == len(__import__("tests.lineage.conftest", fromlist=["SAVED"]).SAVED) + 2 + 1
    )
    assert report.unparsed == 1 and report.notes


def test_hit_carries_snippet_and_why(ctx):
    hit = next(
        h
        for h in LineageService(ctx).impact("flights.dep_delay", kind="drop")
        if h.name == "avg delay"
    )
    assert hit.source == "saved" and hit.sql.startswith("SELECT carrier") and "dropped" in hit.why


@pytest.mark.parametrize(("target", "kind"), [("", "reads"), ("flights", "truncate")])
def test_bad_requests(ctx, target, kind):
    with pytest.raises(LineageError):
        LineageService(ctx).impact(target, kind=kind)


def test_extract_is_cached_and_raises_clean_errors(ctx):
    svc = LineageService(ctx)
    sql = "SELECT a FROM cached_t"
    first = svc.extract(sql, "postgres")
    assert svc.extract(sql, "postgres") is first
    assert cached_lineage.cache_info().maxsize >= 1000
    with pytest.raises(LineageError):
        svc.extract("SELECT (", "postgres")


def test_extract_with_schema_is_not_cached(ctx):
    svc = LineageService(ctx)
    lin = svc.extract("SELECT * FROM t", "postgres", schema={"t": {"a": "int"}})
    assert [str(e.target) for e in lin.edges] == ["a"]


def test_service_modules_do_not_import_streamlit():
    import subprocess

    code = "import iopsdata.lineage, sys; sys.exit('streamlit' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


@pytest.mark.parametrize(
    ("target", "said"),
    [
        ("flight", "No statement in this workspace names flight; did you mean flights?"),
        ("flights.dep_dely", "… names flights.dep_dely; did you mean flights.dep_delay?"),
        ("fligths.dep_delay", "… names fligths.dep_delay; did you mean flights.dep_delay?"),
        ("main.fligts", "… names main.fligts; did you mean flights?"),
        ("zebra", "No statement in this workspace names zebra."),
        ("flights", None),
        ("main.flights", None),  # qualified as the catalog does, though the SQL does not
        ("dep_delay", None),  # a column's bare name
        ("flights.dep_delay", None),
        ("report", None),  # a table written
        ("loose", None),  # a column used without its table (a join of two tables)
    ],
)
def test_a_target_no_statement_names_is_said_so_with_the_closest_name(target, said):
    from iopsdata.lineage import extract_lineage
    from iopsdata.lineage.impact import parse_target, unknown_target

    lineages = [
        extract_lineage(sql, "duckdb")
        for sql in (
            "SELECT carrier, dep_delay FROM flights",
            "INSERT INTO report SELECT name FROM airlines",
            "SELECT loose FROM flights JOIN airlines USING (carrier)",
        )
    ]
    got = unknown_target(lineages, parse_target(target))
    if said is None or not said.startswith("…"):
        assert got == said
    else:
        assert got == "No statement in this workspace " + said[2:]


def test_a_history_longer_than_what_was_read_is_said_so(ctx):
    """Impact reads the newest runs of the query history only; when there were more, the report
    and the workspace map say so, rather than an all-clear that checked part of the history."""
    from tests.lineage.conftest import HISTORY

    runs = len(HISTORY)
    cut = (
        f"Only the newest {runs - 1:,} runs of the query history were read; older runs were "
        "not checked."
    )
    short = LineageService(ctx, history_limit=runs - 1)
    assert cut in short.impact_report("flights").notes
    wmap = short.map()
    assert wmap.left_out == (cut,)
    assert cut in short.map_impact("flights", workspace_map=wmap).notes
    whole = LineageService(ctx, history_limit=runs)
    assert not [n for n in whole.impact_report("flights").notes if "newest" in n]
    assert whole.map().left_out == ()


def test_more_chat_answers_than_were_read_is_said_so(ctx, monkeypatch):
    """The same for chat answers: the store's limit counts answers with SQL (an answer without
    SQL, a failed one, does not use up the window)."""
    from iopsdata.lineage import service

    store, ws = ctx.store, ctx.workspace_id
    thread = store.create_thread(ws, user_id=ctx.user_id, title="more")
    store.add_message(
        ws, thread, user_id=ctx.user_id, role="assistant", content="no", payload={"sql": None}
    )
    cut = "Only the newest 1 chat answers were read; older answers were not checked."
    monkeypatch.setattr(service, "CHAT_ANSWERS_READ", 1)  # the fixture holds one answer with SQL
    assert not [n for n in LineageService(ctx).impact_report("flights").notes if "chat" in n]
    store.add_message(
        ws,
        thread,
        user_id=ctx.user_id,
        role="assistant",
        content="yes",
        payload={"sql": "SELECT carrier FROM flights", "question": "carriers?"},
    )
    report = LineageService(ctx).impact_report("flights")
    assert cut in report.notes
    assert [h.name for h in report.hits if h.source == "chat"] == ["chat · carriers?"]
    assert LineageService(ctx).map().left_out == (cut,)
