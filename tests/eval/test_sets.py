"""Golden sets: CRUD by role, workspace isolation, import/export, from examples and saved queries —
on SQLite and on PostgreSQL with row-level security."""

from __future__ import annotations

import pytest

from iopsdata import Workspace
from iopsdata.auth.local import LocalAuth
from iopsdata.bootstrap import open_runtime
from iopsdata.config import Settings
from iopsdata.errors import NotFound, PermissionDenied, QueryRefused, StoreError
from iopsdata.eval import GoldenQuestion, RunConfig
from iopsdata.eval.files import GoldenFileError, dump, parse
from iopsdata.eval.service import EvalService
from tests.support.context import make_context

Q1 = GoldenQuestion("How many files?", "SELECT 1", ("easy",))
Q2 = GoldenQuestion("Two, please", "SELECT 2 AS two", ("easy", "x"))


def open_team_runtime(tmp_path, pg_url: str | None, **extra: str):
    env = {
        **extra,
        "IOPSDATA_HOME": str(tmp_path / "home"),
        "IOPSDATA_DEMO": "false",
        "IOPSDATA_AUTH": "local",
        "IOPSDATA_DATA_ROOTS": str(tmp_path / "data"),
    }
    if pg_url:
        env["IOPSDATA_DATABASE_URL"] = pg_url
    rt = open_runtime(Settings.from_mapping(env))
    assert rt.store.rls == bool(pg_url)
    return rt


@pytest.fixture(params=["sqlite", "postgresql-rls"])
def team(request, tmp_path):
    pg_url = request.getfixturevalue("pg_url") if request.param != "sqlite" else None
    return make_team(open_team_runtime(tmp_path, pg_url))


@pytest.fixture
def pg_team(tmp_path, pg_url):
    return make_team(open_team_runtime(tmp_path, pg_url))


def make_team(runtime):
    """An owner's workspace with an editor and a viewer, and an outsider with their own."""
    auth = LocalAuth(runtime.store, runtime.settings)
    owner = auth.sign_up("owner@example.com", "owner password 123")
    ws = Workspace.open(runtime=runtime, user_id=owner.user_id)
    people = {"owner": ws}
    for role in ("editor", "viewer"):
        uid = ws.team.invite(f"{role}@example.com", role)
        auth.sign_up(f"{role}@example.com", f"{role} password 123")
        people[role] = Workspace.open(runtime=runtime, user_id=uid, workspace_id=ws.id)
    outsider = auth.sign_up("out@example.com", "outsider password 123")
    people["outsider"] = Workspace.open(runtime=runtime, user_id=outsider.user_id)
    return people


def test_editors_change_sets_viewers_read_them(team):
    editor, viewer = team["editor"].evaluate, team["viewer"].evaluate
    set_id = editor.create_set("Regression", "files", description="d", questions=[Q1])
    editor.add_questions(set_id, [Q2])
    assert [q.question for q in viewer.questions(set_id)] == ["How many files?", "Two, please"]
    assert viewer.sets()[0]["questions"] == 2
    for attempt in (
        lambda: viewer.create_set("Mine", "files"),
        lambda: viewer.add_questions(set_id, [Q1]),
        lambda: viewer.delete_set(set_id),
        lambda: viewer.import_file(set_id, "question,sql\nq,SELECT 1\n", "csv"),
        lambda: viewer.start(set_id, [RunConfig("openai_compatible")]),
    ):
        with pytest.raises(PermissionDenied):
            attempt()
    first = viewer.questions(set_id)[0]
    editor.update_question(first.id, sql="SELECT 11", tags=["changed"])
    assert editor.questions(set_id)[0].sql == "SELECT 11"
    with pytest.raises(QueryRefused, match="is refused"):  # an edited gold SQL is checked too
        editor.update_question(first.id, sql="DELETE FROM files")
    assert editor.questions(set_id)[0].sql == "SELECT 11"
    editor.delete_question(first.id)
    assert [q.question for q in team["owner"].evaluate.questions(set_id)] == ["Two, please"]
    editor.rename_set(set_id, "Renamed")
    assert viewer.get_set(set_id)["name"] == "Renamed"
    editor.delete_set(set_id)
    assert viewer.sets() == []


def test_sets_never_cross_workspaces(team):
    set_id = team["owner"].evaluate.create_set("Private", "files", questions=[Q1])
    outsider = team["outsider"].evaluate
    assert outsider.sets() == []
    with pytest.raises(NotFound):
        outsider.questions(set_id)
    with pytest.raises(NotFound):
        outsider.add_questions(set_id, [Q2])
    with pytest.raises(NotFound):
        outsider.delete_set(set_id)
    assert len(team["owner"].evaluate.questions(set_id)) == 1


def test_row_level_security_refuses_a_viewer_who_skips_the_service(pg_team):
    """On PostgreSQL the policies hold even when the service's role check is bypassed."""
    team = pg_team
    set_id = team["owner"].evaluate.create_set("S", "files", questions=[Q1])
    viewer = team["viewer"].ctx
    with pytest.raises(StoreError, match=r"permission denied|refused"):
        viewer.store.add_eval_questions(viewer.workspace_id, set_id, [Q2.to_dict()])
    outsider = team["outsider"].ctx
    assert outsider.store.list_eval_questions(team["owner"].id, set_id) == []


def test_import_export_round_trip(team):
    evals = team["editor"].evaluate
    set_id = evals.create_set("Imported", "files")
    csv_text = (
        'question,sql,tags\n"Count, please",SELECT count(*) FROM t,easy;counts\nTwo,SELECT 2,\n'
    )
    assert evals.import_file(set_id, csv_text.encode(), "csv") == 2
    questions = evals.questions(set_id)
    assert questions[0].question == "Count, please" and questions[0].tags == ("easy", "counts")
    for fmt in ("csv", "yaml"):
        _, back = parse(evals.export(set_id, fmt), fmt)
        assert [(q.question, q.sql, q.tags) for q in back] == [
            (q.question, q.sql, q.tags) for q in questions
        ]
    meta, _ = parse(evals.export(set_id, "yaml"), "yaml")
    assert meta["name"] == "Imported"


@pytest.mark.parametrize(
    ("text", "fmt", "message"),
    [
        ("q,s\nx,y\n", "csv", "question,sql"),
        ("question,sql\nx,\n", "csv", "line 2"),
        ("question,sql\n", "csv", "no questions"),
        ("questions: {a: 1}", "yaml", "list of questions"),
        ("- question: q\n  sql: SELECT 1\n  expected: 3\n", "yaml", "expected"),
        ("- [1, 2]", "yaml", "Question 1"),
        (": : :", "yaml", "could not be read"),
        ("x", "xlsx", "Unknown"),
    ],
)
def test_bad_files_are_refused_and_nothing_is_imported(tmp_path, text, fmt, message):
    evals = EvalService(make_context(tmp_path, role="editor"))
    set_id = evals.create_set("Strict", "files", questions=[Q1])
    with pytest.raises(GoldenFileError, match=message):
        evals.import_file(set_id, text, fmt)
    assert len(evals.questions(set_id)) == 1


def test_yaml_keeps_expected_snapshots():
    text = dump(
        [GoldenQuestion("q", "SELECT 1", expected={"columns": ["a"], "rows": [[1]]})], "yaml"
    )
    assert parse(text, "yaml")[1][0].expected == {"columns": ["a"], "rows": [[1]]}


def test_sets_from_examples_and_saved_queries(team):
    owner = team["owner"]
    store, ws = owner.ctx.store, owner.id
    store.add_example(
        ws, connection_id="files", question="Approved?", sql="SELECT 3", approved_by=None
    )
    store.add_example(
        ws, connection_id="other", question="Elsewhere", sql="SELECT 4", approved_by=None
    )
    saved = owner.sql.save("Weekly", "SELECT 5", connection_id="files", description="Weekly count?")
    evals = team["editor"].evaluate
    set_id = evals.create_set("From work", "files")
    assert evals.add_from_examples(set_id) == 1
    assert evals.add_from_saved(set_id, [saved]) == 1
    assert [(q.question, q.sql) for q in evals.questions(set_id)] == [
        ("Approved?", "SELECT 3"),
        ("Weekly count?", "SELECT 5"),
    ]
    with pytest.raises(NotFound):
        evals.add_from_saved(set_id, ["no-such-id"])


def test_a_run_on_postgresql_with_row_level_security(tmp_path, pg_url, llm_server, tiny_db):
    """The background run writes its verdicts as the user, under RLS, and cleans its threads."""
    from tests.eval.conftest import QUESTIONS, RIGHT, by_question, sql_reply

    assert tiny_db.parent == tmp_path / "data"  # inside the allowed data folder
    runtime = open_team_runtime(
        tmp_path, pg_url, IOPSDATA_OPENAI_COMPATIBLE_BASE_URL=llm_server.base_url("openai")
    )
    team = make_team(runtime)
    team["owner"].connections.add("tiny", "duckdb", {"path": str(tiny_db)})
    editor = team["editor"].evaluate
    set_id = editor.create_set("pg", "tiny", questions=QUESTIONS[:3])
    llm_server.responder = by_question({q: sql_reply(sql) for q, sql in RIGHT.items()})
    run_id = editor.start(set_id, [RunConfig("openai_compatible", "m")])
    run = editor.wait(run_id, 60)
    assert run["status"] == "done" and run["done"] == 3
    assert team["viewer"].evaluate.summaries(run_id)[0].correct == 3
    assert team["outsider"].ctx.store.list_eval_results(team["owner"].id, run_id) == []
    editor_ctx = team["editor"].ctx
    assert editor_ctx.store.list_threads(editor_ctx.workspace_id, editor_ctx.user_id) == []
