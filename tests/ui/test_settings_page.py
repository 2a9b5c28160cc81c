"""The Settings page through AppTest: warnings, connections from the kind declaration, AI providers,
workspace. Connections are tested against real engines (SQLite file, PostgreSQL service)."""

from __future__ import annotations

import sqlite3

import pytest

from iopsdata.workspace import Workspace
from tests.support.llm_server import LlmServer
from tests.ui.conftest import open_page, shown, texts

PAGE = "pages/settings.py"
# The add form's widget keys carry a generation, bumped after each save and each change of kind
# (a fresh page starts at 0 with PostgreSQL; choosing another kind makes it 1).
ADD = "FormSubmitter:_conn_new1_form-Add connection"
ADD_PG = "FormSubmitter:_conn_new0_form-Add connection"


@pytest.fixture
def at():
    return open_page(PAGE)


@pytest.fixture
def sqlite_file(tmp_path):
    path = tmp_path / "shop.sqlite"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, total REAL)")
    return path


def connection_names() -> list[str]:
    return [c.name for c in Workspace.open().connections.list()]


def click(at, prefix: str):
    key = next(b.key for b in at.button if b.key and b.key.startswith(prefix))
    return at.button(key=key).click().run()


def test_generated_key_warning_on_the_embedded_default(at) -> None:
    assert [t.value for t in at.title] == ["Settings"]
    assert any("FERNET_KEY" in shown(w.value) for w in at.warning)
    assert not at.exception and not at.error


def test_no_generated_key_warning_when_fernet_key_is_set(monkeypatch) -> None:
    from cryptography.fernet import Fernet

    monkeypatch.setenv("FERNET_KEY", Fernet.generate_key().decode())
    at = open_page(PAGE)
    assert not any("FERNET_KEY" in shown(w.value) for w in at.warning)


def test_add_a_sqlite_connection_through_the_form_then_test_it(at, sqlite_file) -> None:
    at.selectbox(key="_conn_new_kind").select("sqlite").run()
    labels = {t.label for t in at.text_input}
    assert "Database file *" in labels and "Host *" not in labels  # fields follow the declaration
    at.text_input(key="_conn_new1_name").input("Shop")
    at.text_input(key="_conn_new1_path").input(str(sqlite_file))
    at.button(key=ADD).click().run()
    assert not at.exception and not at.error, [shown(e.value) for e in at.error]
    assert "Shop" in connection_names()
    assert any(shown(e.label).startswith("Shop — SQLite file · 🔒 read-only") for e in at.expander)
    click(
        at,
        "_conn_test_" + next(c.id for c in Workspace.open().connections.list() if c.name == "Shop"),
    )
    assert any(f"SQLite {sqlite3.sqlite_version}" in shown(s.value) for s in at.success), [
        shown(s.value) for s in at.success
    ]


def test_add_from_a_pasted_url(at, sqlite_file) -> None:
    at.selectbox(key="_conn_new_kind").select("__url__").run()
    at.text_input(key="_conn_new1_name").input("From URL")
    at.text_input(key="_conn_new1_url").input(f"sqlite:///{sqlite_file}")
    at.button(key=ADD).click().run()
    conn = next(c for c in Workspace.open().connections.list() if c.name == "From URL")
    assert conn.kind == "sqlite" and conn.options["path"] == str(sqlite_file)


@pytest.mark.parametrize(
    ("name", "path", "message"),
    [
        ("No file", "", "required"),
        ("", "/tmp/x.sqlite", "name"),
    ],
)
def test_incomplete_forms_say_what_is_missing(at, name: str, path: str, message: str) -> None:
    before = connection_names()
    at.selectbox(key="_conn_new_kind").select("sqlite").run()
    at.text_input(key="_conn_new1_name").input(name)
    at.text_input(key="_conn_new1_path").input(path)
    at.button(key=ADD).click().run()
    assert not at.exception
    assert any(message in shown(e.value).lower() for e in at.error), [
        shown(e.value) for e in at.error
    ]
    assert connection_names() == before


@pytest.mark.postgres
def test_postgres_connection_test_shows_version_role_and_superuser_warning(at, pg_url) -> None:
    from sqlalchemy.engine import make_url

    url = make_url(pg_url)
    at.selectbox(key="_conn_new_kind").select("postgresql").run()
    at.text_input(key="_conn_new0_name").input("PG")
    at.text_input(key="_conn_new0_host").input(url.host)
    at.number_input(key="_conn_new0_port").set_value(url.port)
    at.text_input(key="_conn_new0_database").input(url.database)
    at.text_input(key="_conn_new0_user").input(url.username)
    at.button(key=ADD_PG).click().run()
    assert not at.error, [shown(e.value) for e in at.error]
    cid = next(c.id for c in Workspace.open().connections.list() if c.name == "PG")
    click(at, f"_conn_test_{cid}")
    assert any("PostgreSQL" in shown(s.value) and "postgres" in shown(s.value) for s in at.success)
    assert any("superuser" in shown(w.value) for w in at.warning), [
        shown(w.value) for w in at.warning
    ]


def test_edit_rename_and_allow_writes_then_delete(at, sqlite_file) -> None:
    ws = Workspace.open()
    cid = ws.connections.add("Shop", "sqlite", {"path": str(sqlite_file)})
    at.run()
    at.toggle(key=f"_conn_edit_{cid}").set_value(True).run()
    at.text_input(key=f"_conn_e_{cid}_name").input("Shop (renamed)")
    at.toggle(key=f"_conn_e_{cid}_writes").set_value(True)
    at.button(key=f"FormSubmitter:_conn_e_{cid}_form-Save changes").click().run()
    info = Workspace.open().connections.get(cid)
    assert (info.name, info.allow_writes, info.options["path"]) == (
        "Shop (renamed)",
        True,
        str(sqlite_file),
    )
    at.button(key=f"_conn_del_{cid}").click().run()
    assert "Shop (renamed)" not in connection_names()


def test_provider_key_is_saved_encrypted_and_only_shown_masked(at) -> None:
    secret = "sk-test-abcdefghijklmnop1234"
    at.text_input(key="llm_key_input_openai").input(secret)
    at.button(key="FormSubmitter:llm_key_openai-Save").click().run()
    assert not at.exception and not at.error
    page = texts(at) + " ".join(str(t.value) for t in at.text_input)
    assert secret not in page
    assert "sk-…1234" in page
    stored = Workspace.open().settings.user()["llm_keys"]["openai"]
    assert secret not in stored  # a vault token, not the key


def test_environment_secrets_are_never_shown(monkeypatch) -> None:
    secret = "sk-env-zyxwvutsrqponm9876"
    monkeypatch.setenv("OPENAI_API_KEY", secret)
    at = open_page(PAGE)
    shown = texts(at) + " ".join(df.value.to_csv() for df in at.dataframe)
    assert secret not in shown
    config = next(df.value for df in at.dataframe if "setting" in df.value.columns)
    assert config.set_index("setting").loc["OPENAI_API_KEY", "value"] == "set"


def test_server_paths_are_never_shown(monkeypatch, tmp_path) -> None:
    """IOPSDATA_HOME told members where the metadata database lives (security issue 2)."""
    import os

    roots = tmp_path / "data-roots"
    monkeypatch.setenv("IOPSDATA_DATA_ROOTS", str(roots))
    at = open_page(PAGE)
    shown = texts(at) + " ".join(df.value.to_csv() for df in at.dataframe)
    home = os.environ["IOPSDATA_HOME"]
    assert home not in shown and str(roots) not in shown
    config = next(df.value for df in at.dataframe if "setting" in df.value.columns)
    assert config.set_index("setting").loc["IOPSDATA_HOME", "value"] == "set"


def test_a_members_own_base_url_shows_the_operators_key_kept_back(monkeypatch) -> None:
    """The operator's key never goes to a base URL a member set (docs/security.md): Settings says
    so on the provider's panel at once, rather than "ready" until the first Test fails."""
    monkeypatch.setenv("OPENAI_API_KEY", "sk-operator-abcdefgh5678")
    at = open_page(PAGE)
    assert any(shown(e.label).startswith("OpenAI — ✅ ready") for e in at.expander)
    with LlmServer() as server:
        at.text_input(key="llm_url_openai").input(server.base_url("openai"))
        at.button(key="FormSubmitter:llm_key_openai-Save").click().run()
        assert all("authorization" not in r.headers for r in server.requests)
    assert not at.exception and not at.error, [shown(e.value) for e in at.error]
    labels = [shown(e.label) for e in at.expander]
    assert any(label.startswith("OpenAI — ⚠️ key kept back") for label in labels), labels
    warnings = [shown(w.value) for w in at.warning]
    assert any(
        "The OpenAI key from the server's environment is never sent to a base URL set in the user"
        in w
        for w in warnings
    ), warnings


def test_choose_an_openai_compatible_server_and_test_it(at) -> None:
    with LlmServer() as server:
        server.enqueue("ok")
        at.text_input(key="llm_url_openai_compatible").input(server.base_url("openai_compatible"))
        at.button(key="FormSubmitter:llm_key_openai_compatible-Save").click().run()
        assert not at.error, [shown(e.value) for e in at.error]
        at.selectbox(key="llm_choice_provider").select("openai_compatible").run()
        model = at.selectbox(key="llm_choice_model_openai_compatible").options[0]
        at.button(key="FormSubmitter:llm_choice-Save choice").click().run()
        at.button(key="llm_test_openai_compatible").click().run()
        assert not at.error, [shown(e.value) for e in at.error]
        assert any("answered in" in s.value for s in at.success), [s.value for s in at.success]
        assert [c.value for c in at.code] == ["ok"]
    assert Workspace.open().settings.llm.choice() == ("openai_compatible", model)


def test_workspace_rename_and_create(at) -> None:
    at.text_input(key="_ws_rename_name").input("Team analytics")
    at.button(key="FormSubmitter:_ws_rename-Rename").click().run()
    assert "Team analytics" in [shown(s.value) for s in at.subheader]
    at.text_input(key="_ws_create_name").input("Second")
    at.button(key="FormSubmitter:_ws_create-Create and switch").click().run()
    assert not at.exception
    assert "Second" in [shown(s.value) for s in at.subheader]
    assert sorted(w["name"] for w in Workspace.open().workspaces()) == ["Second", "Team analytics"]


@pytest.mark.parametrize(
    ("role", "can_add", "can_allow_writes", "can_rename"),
    [
        ("owner", True, True, True),
        ("editor", True, False, False),
        ("viewer", False, False, False),
    ],
)
def test_what_each_role_is_offered(
    role: str, can_add: bool, can_allow_writes: bool, can_rename: bool
) -> None:
    """The local user joins someone else's workspace with ``role`` and opens Settings there."""
    ws = Workspace.open()
    store = ws.ctx.store
    boss = store.ensure_user("boss@example.com", "Boss")
    team = store.create_workspace("Team", boss["id"])
    if role != "owner":
        store.add_member(team["id"], ws.ctx.user_id, role)
    at = open_page(PAGE)
    if role != "owner":
        at.selectbox(key="_iops_ws_picker").select(team["id"]).run()
        assert not at.exception
        assert f"Your role: **{role}**" in texts(at)
    keys = {w.key for w in (*at.text_input, *at.toggle)}
    assert ("_conn_new0_name" in keys) is can_add
    assert ("_conn_new0_writes" in keys) is can_allow_writes
    assert ("_ws_rename_name" in keys) is can_rename
    assert (
        any(r.key == "llm_choice_scope" for r in at.radio) is can_rename
    )  # workspace defaults: owners


def test_saving_a_server_moves_the_choice_boxes_to_what_chat_uses(at) -> None:
    """The banner and the provider/model boxes never disagree: saving the first credentials makes
    that provider the one Chat uses, and the boxes show it with the server's own model list."""
    assert at.selectbox(key="llm_choice_provider").value == "openai"  # nothing set up yet
    with LlmServer() as server:
        server.models = ["qwen3-coder", "llama3.3"]
        at.text_input(key="llm_url_openai_compatible").input(server.base_url("openai_compatible"))
        at.button(key="FormSubmitter:llm_key_openai_compatible-Save").click().run()
        assert not at.error, [e.value for e in at.error]
        banner = next(shown(s.value) for s in at.success if "Chat uses" in s.value)
        assert "OpenAI-compatible server" in banner
        assert at.selectbox(key="llm_choice_provider").value == "openai_compatible"
        model_box = at.selectbox(key="llm_choice_model_openai_compatible")
        # the server's models only: its first stands in for the default it does not serve
        assert model_box.options[:3] == ["llama3.3", "qwen3-coder"]
        assert model_box.value == "llama3.3" and model_box.value in banner
        assert not any("does not list" in shown(w.value) for w in at.warning)
        assert any("2 models listed by the server" in shown(c.value) for c in at.caption)
        model_box.select("qwen3-coder")
        at.button(key="FormSubmitter:llm_choice-Save choice").click().run()
        assert "qwen3-coder" in next(shown(s.value) for s in at.success if "Chat uses" in s.value)
        assert at.selectbox(key="llm_choice_model_openai_compatible").value == "qwen3-coder"
    assert Workspace.open().settings.llm.choice() == ("openai_compatible", "qwen3-coder")


def test_a_key_and_gateway_saved_together_get_a_model_the_gateway_serves(at) -> None:
    """The key is saved before the URL, so the gateway is asked for its models with it."""
    with LlmServer() as server:
        server.models = ["gw-chat-model"]
        at.text_input(key="llm_key_input_openai").input("sk-gateway-0123456789")
        at.text_input(key="llm_url_openai").input(server.base_url("openai"))
        at.button(key="FormSubmitter:llm_key_openai-Save").click().run()
        assert not at.error, [e.value for e in at.error]
        assert server.requests and server.last.headers.get("authorization", "").endswith("6789")
    assert Workspace.open().settings.llm.choice() == ("openai", "gw-chat-model")


def test_test_button_shows_the_reply_literally(at) -> None:
    with LlmServer() as server:
        server.enqueue("**ok** `x` <b>")
        at.text_input(key="llm_url_openai_compatible").input(server.base_url("openai_compatible"))
        at.button(key="FormSubmitter:llm_key_openai_compatible-Save").click().run()
        at.button(key="llm_test_openai_compatible").click().run()
        assert not at.error, [e.value for e in at.error]
        assert [c.value for c in at.code if "ok" in c.value] == ["**ok** `x` <b>"]


def test_the_activity_tab_says_when_it_lists_only_the_newest_entries() -> None:
    from iopsdata.teams import ACTIVITY_SHOWN

    cut = f"The newest {ACTIVITY_SHOWN:,} entries are listed; Export CSV writes every entry."
    ws = Workspace.open()
    assert cut not in texts(open_page(PAGE))
    for i in range(ACTIVITY_SHOWN + 1):
        ws.ctx.store.log_activity(
            ws.id, user_id=ws.ctx.user_id, action="file.uploaded", target=f"{i}"
        )
    at = open_page(PAGE)
    assert not at.exception, at.exception
    assert cut in texts(at)
