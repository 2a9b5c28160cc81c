"""The store contract, run on SQLite and on the real PostgreSQL service."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import inspect

from iopsdata.config import Settings
from iopsdata.errors import NotFound, StoreError
from iopsdata.store import Store
from iopsdata.store.migrations import MIGRATIONS, migrate


class ActingStore:
    """The store as the app uses it on PostgreSQL: each call runs under row-level security as the
    user the call is for (the owner of its workspace, or the user it names). Sign-in lookups use
    the privileged handle, as the auth layer does."""

    SIGN_IN = ("ensure_user", "find_user_by_email", "count_users")
    BY_USER = (
        "get_user_settings",
        "set_user_settings",
        "list_workspaces",
        "get_user",
        "update_user",
    )

    def __init__(self, base: Store) -> None:
        self.base = base
        self.engine = base.engine
        self.owner_of: dict[str, str] = {}

    def close(self) -> None:
        self.base.close()

    def __getattr__(self, name):
        attr = getattr(self.base, name)
        if not callable(attr):
            return attr

        def call(*args, **kwargs):
            if name in self.SIGN_IN:
                target = self.base.privileged()
            elif name == "create_workspace":
                target = self.base.as_user(args[1])
            elif name in self.BY_USER:
                target = self.base.as_user(args[0])
            elif args and args[0] in self.owner_of:
                target = self.base.as_user(self.owner_of[args[0]])
            else:
                target = self.base  # unbound: runs as anon
            result = getattr(target, name)(*args, **kwargs)
            if name == "create_workspace":
                self.owner_of[result["id"]] = args[1]
            return result

        return call


@pytest.fixture(params=["sqlite", "postgresql", "postgresql-rls"])
def store(request, tmp_path):
    if request.param == "sqlite":
        s = Store.open(f"sqlite:///{tmp_path / 'meta.db'}")
    elif request.param == "postgresql":
        s = Store.open(request.getfixturevalue("pg_url"))
    else:
        s = ActingStore(Store.open(request.getfixturevalue("pg_url"), rls=True))
    yield s
    s.close()


def test_unbound_rls_store_sees_nothing(pg_url):
    owner = Store.open(pg_url)
    alice = owner.ensure_user("alice@example.com")
    ws = owner.create_workspace("A", alice["id"])["id"]
    owner.add_connection(ws, name="c", kind="sqlite", config_token="t")
    rls = Store.open(pg_url, rls=True)
    with pytest.raises(StoreError, match="permission denied"):  # anon has no grants at all
        rls.list_connections(ws)
    assert rls.as_user(alice["id"]).list_connections(ws)[0]["name"] == "c"
    bob = owner.ensure_user("bob@example.com")
    assert rls.as_user(bob["id"]).list_connections(ws) == []
    with pytest.raises(StoreError):
        rls.as_user(bob["id"]).add_connection(ws, name="evil", kind="sqlite", config_token="t")
    assert [c["name"] for c in owner.list_connections(ws)] == ["c"]


@pytest.fixture
def two_workspaces(store):
    alice = store.ensure_user("Alice@Example.com", "Alice")
    bob = store.ensure_user("bob@example.com")
    a = store.create_workspace("A", alice["id"])["id"]
    b = store.create_workspace("B", bob["id"])["id"]
    return store, alice["id"], bob["id"], a, b


def _fill(store: Store, ws: str, user: str, tag: str) -> dict[str, str]:
    """One row of every workspace-owned kind, each carrying ``tag``."""
    cid = store.add_connection(
        ws, name=f"conn-{tag}", kind="sqlite", config_token=f"tok-{tag}", created_by=user
    )
    fid = store.add_file(
        ws,
        name=f"{tag}.csv",
        storage_path=f"workspaces/{ws}/files/{tag}.csv",
        size_bytes=3,
        checksum=f"sum-{tag}",
        format="csv",
        row_count=1,
        columns=[{"name": "a", "type": "INTEGER"}],
        metadata={"tag": tag},
        uploaded_by=user,
    )
    qid = store.save_query(
        ws, name=f"q-{tag}", sql=f"select '{tag}'", connection_id=cid, tags=[tag], created_by=user
    )
    lid = store.log_query(
        ws,
        user_id=user,
        connection_id=cid,
        sql=f"select '{tag}'",
        source="editor",
        status="ok",
        row_count=1,
        elapsed_ms=1.5,
        lineage={"tables": [tag]},
    )
    tid = store.create_thread(ws, user_id=user, title=f"t-{tag}")
    mid = store.add_message(
        ws, tid, user_id=user, role="assistant", content=tag, payload={"sql": f"select '{tag}'"}
    )
    eid = store.add_example(
        ws, connection_id=cid, question=f"q {tag}", sql=f"select '{tag}'", approved_by=user
    )
    store.set_workspace_settings(ws, {"tag": tag})
    return {
        "connection": cid,
        "file": fid,
        "saved": qid,
        "log": lid,
        "thread": tid,
        "message": mid,
        "example": eid,
    }


def test_emails_are_case_insensitive_and_users_unique(store):
    u1 = store.ensure_user("X@Example.com")
    u2 = store.ensure_user("x@example.com ")
    assert u1["id"] == u2["id"]
    assert store.find_user_by_email("X@EXAMPLE.COM")["id"] == u1["id"]


def test_workspace_rows_never_cross(two_workspaces):
    store, alice, bob, a, b = two_workspaces
    ids_a = _fill(store, a, alice, "alpha")
    ids_b = _fill(store, b, bob, "beta")

    listings = {
        "connections": lambda ws: store.list_connections(ws),
        "files": lambda ws: store.list_files(ws),
        "saved": lambda ws: store.list_saved_queries(ws),
        "log": lambda ws: store.query_history(ws),
        "threads": lambda ws: store.list_threads(ws, alice) + store.list_threads(ws, bob),
        "examples": lambda ws: store.list_examples(ws),
        "chat_sql": lambda ws: (
            store.list_chat_sql(ws, user_id=alice) + store.list_chat_sql(ws, user_id=bob)
        ),
    }
    for what, listing in listings.items():
        rows_b = listing(b)
        assert rows_b, what
        assert "alpha" not in repr(rows_b), f"{what} of A leaked into B"
        assert "beta" not in repr(listing(a)), f"{what} of B leaked into A"

    # Reads, updates and deletes of A's ids through workspace B fail and change nothing.
    with pytest.raises(NotFound):
        store.get_connection(b, ids_a["connection"])
    with pytest.raises(NotFound):
        store.get_file(b, ids_a["file"])
    with pytest.raises(NotFound):
        store.update_connection(b, ids_a["connection"], name="stolen")
    with pytest.raises(NotFound):
        store.update_file(b, ids_a["file"], name="stolen")
    with pytest.raises(NotFound):
        store.delete_connection(b, ids_a["connection"])
    with pytest.raises(NotFound):
        store.delete_file(b, ids_a["file"])
    with pytest.raises(NotFound):
        store.delete_saved_query(b, ids_a["saved"])
    with pytest.raises(NotFound):
        store.add_message(b, ids_a["thread"], user_id=bob, role="user", content="x")
    with pytest.raises(NotFound):
        store.rename_thread(b, ids_a["thread"], "stolen", user_id=bob)
    with pytest.raises(NotFound):
        store.delete_thread(b, ids_a["thread"], user_id=bob)
    with pytest.raises(NotFound):
        store.get_message(b, ids_a["message"], user_id=bob)
    with pytest.raises(NotFound):
        store.delete_example(b, ids_a["example"])
    assert store.list_messages(b, ids_a["thread"], user_id=bob) == []
    assert store.find_file_by_checksum(b, "sum-alpha") is None
    assert store.get_connection(a, ids_a["connection"])["name"] == "conn-alpha"
    assert store.get_workspace_settings(a) == {"tag": "alpha"}
    assert len(store.list_messages(a, ids_a["thread"], user_id=alice)) == 1
    assert ids_b  # B's own rows are intact too
    assert store.get_file(b, ids_b["file"])["metadata"] == {"tag": "beta"}


def test_membership_and_roles(two_workspaces):
    store, alice, bob, a, _b = two_workspaces
    assert store.member_role(a, alice) == "owner"
    assert store.member_role(a, bob) is None
    store.add_member(a, bob, "viewer")
    assert store.member_role(a, bob) == "viewer"
    store.add_member(a, bob, "editor")
    assert store.member_role(a, bob) == "editor"
    assert {w["name"] for w in store.list_workspaces(bob)} == {"A", "B"}
    with pytest.raises(StoreError):
        store.add_member(a, bob, "admin")
    store.remove_member(a, bob)
    assert [w["name"] for w in store.list_workspaces(bob)] == ["B"]


def test_crud_round_trips(two_workspaces):
    store, alice, _bob, a, _b = two_workspaces
    ids = _fill(store, a, alice, "x")
    store.update_connection(a, ids["connection"], name="renamed", allow_writes=True)
    row = store.get_connection(a, ids["connection"])
    assert (row["name"], row["allow_writes"]) == ("renamed", True)
    with pytest.raises(StoreError, match="already exists"):
        store.add_connection(a, name="renamed", kind="sqlite", config_token="t")
    store.update_file(a, ids["file"], metadata={"profile": {"rows": 1}})
    assert store.get_file(a, ids["file"])["metadata"] == {"profile": {"rows": 1}}
    assert store.find_file_by_checksum(a, "sum-x")["id"] == ids["file"]
    store.rename_thread(a, ids["thread"], "Renamed", user_id=alice)
    assert store.list_threads(a, alice)[0]["title"] == "Renamed"
    assert store.get_message(a, ids["message"], user_id=alice)["payload"] == {"sql": "select 'x'"}
    hist = store.query_history(a)
    assert hist[0]["lineage"] == {"tables": ["x"]} and hist[0]["elapsed_ms"] == 1.5
    with pytest.raises(StoreError):
        store.log_query(
            a, user_id=alice, connection_id=None, sql="x", source="editor", status="weird"
        )
    store.delete_thread(a, ids["thread"], user_id=alice)
    assert store.list_threads(a, alice) == []
    store.delete_connection(a, ids["connection"])
    store.delete_file(a, ids["file"])
    assert store.list_connections(a) == [] and store.list_files(a) == []


def test_settings_merge_and_remove(store):
    user = store.ensure_user("s@example.com")
    assert store.get_user_settings(user["id"]) == {}
    store.set_user_settings(user["id"], {"a": 1, "b": {"c": 2}})
    merged = store.set_user_settings(user["id"], {"a": None, "d": "x"})
    assert merged == {"b": {"c": 2}, "d": "x"} == store.get_user_settings(user["id"])


def test_history_is_newest_first_limited_and_filtered(two_workspaces):
    store, alice, _bob, a, _b = two_workspaces
    for i in range(5):
        store.log_query(
            a,
            user_id=alice,
            connection_id="c1" if i % 2 else "c2",
            sql=f"select {i}",
            source="editor",
            status="ok",
        )
    hist = store.query_history(a, limit=3)
    assert [h["sql"] for h in hist] == ["select 4", "select 3", "select 2"]
    assert {h["connection_id"] for h in store.query_history(a, connection_id="c1")} == {"c1"}


def test_delete_workspace_removes_its_rows_only(two_workspaces):
    store, alice, bob, a, b = two_workspaces
    _fill(store, a, alice, "alpha")
    _fill(store, b, bob, "beta")
    store.delete_workspace(a)
    with pytest.raises(NotFound):
        store.get_workspace(a)
    assert store.list_connections(a) == [] and store.list_files(a) == []
    assert len(store.list_connections(b)) == 1


def test_migrations_run_twice_without_harm(store):
    tables_before = set(inspect(store.engine).get_table_names())
    assert migrate(store.engine) == []
    again = Store.open(store.engine.url.render_as_string(hide_password=False))
    assert set(inspect(again.engine).get_table_names()) == tables_before
    assert {"users", "workspaces", "query_log", "chat_messages"} <= tables_before
    with store.engine.connect() as conn:
        versions = [r[0] for r in conn.exec_driver_sql("SELECT version FROM schema_migrations")]
    assert versions == [v for v, _n, _f in MIGRATIONS]
    again.close()


def test_corrupt_metadata_file_gives_clear_error(tmp_path):
    path = tmp_path / "meta.db"
    path.write_bytes(b"this is not a sqlite database" * 100)
    with pytest.raises(StoreError, match="corrupt"):
        Store.open(f"sqlite:///{path}")


def test_read_only_database_gives_clear_error(tmp_path):
    # Works as root too: SQLite refuses writes on a database opened read-only.
    path = tmp_path / "meta.db"
    Store.open(f"sqlite:///{path}").close()
    ro = Store.open(f"sqlite:///file:{path}?mode=ro&uri=true", run_migrations=False)
    with pytest.raises(StoreError, match="read-only"):
        ro.ensure_user("w@example.com")


def test_home_that_is_a_file_gives_clear_error(tmp_path):
    blocker = tmp_path / "blocked-home"  # not the seeded test home
    blocker.write_text("not a folder")
    settings = Settings.from_mapping({"IOPSDATA_HOME": str(blocker)})
    with pytest.raises(StoreError, match="cannot be created"):
        Store.open(settings.metadata_url)


def test_unreachable_postgres_gives_clear_error_without_password():
    with pytest.raises(StoreError) as info:
        Store.open("postgresql://user:s3cret-pw@127.0.0.1:1/db?connect_timeout=2")
    assert "cannot be reached" in info.value.message
    assert "s3cret-pw" not in str(info.value) and "s3cret-pw" not in repr(info.value)


def test_sqlite_file_is_really_sqlite(tmp_path):
    path = tmp_path / "meta.db"
    Store.open(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_activity_log_is_scoped_filterable_and_append_only(two_workspaces):
    store, alice, bob, a, b = two_workspaces
    store.log_activity(
        a, user_id=alice, action="connection.created", target="pg", details={"kind": "postgresql"}
    )
    store.log_activity(
        a,
        user_id=alice,
        action="member.invited",
        target="bob@example.com",
        details={"role": "viewer"},
    )
    store.log_activity(b, user_id=bob, action="file.uploaded", target="beta.csv")
    assert [r["action"] for r in store.list_activity(a)] == ["member.invited", "connection.created"]
    assert [r["action"] for r in store.list_activity(a, action="connection.")] == [
        "connection.created"
    ]
    assert store.list_activity(a)[0]["email"] == "alice@example.com"
    assert [r["target"] for r in store.list_activity(b)] == ["beta.csv"]
    assert not hasattr(store, "delete_activity") and not hasattr(store, "update_activity")
    from sqlalchemy.exc import DBAPIError

    for sql in ("UPDATE activity_log SET action = 'x'", "DELETE FROM activity_log"):
        with pytest.raises(DBAPIError, match="append-only"), store.engine.begin() as conn:
            conn.exec_driver_sql(sql)
    assert len(store.list_activity(a)) == 2


def _as(store, user: str):
    """The store acting as ``user`` (under row-level security when the store uses it)."""
    return store.base.as_user(user) if isinstance(store, ActingStore) else store


def test_chat_threads_are_private_to_their_author_unless_shared(two_workspaces):
    """Security 12: a member of the same workspace could read, rename and delete another member's
    thread by id, and Lineage listed everyone's chat SQL. Now only the author can, and a shared
    thread is readable (never writable) by the other members."""
    store, alice, bob, a, _b = two_workspaces
    store.add_member(a, bob, "viewer")
    ids = _fill(store, a, alice, "secret")
    as_bob = _as(store, bob)

    assert as_bob.list_threads(a, bob) == []
    assert as_bob.list_messages(a, ids["thread"], user_id=bob) == []
    assert as_bob.list_chat_sql(a, user_id=bob) == []
    for attempt in (
        lambda: as_bob.get_thread(a, ids["thread"], user_id=bob),
        lambda: as_bob.get_message(a, ids["message"], user_id=bob),
        lambda: as_bob.rename_thread(a, ids["thread"], "stolen", user_id=bob),
        lambda: as_bob.delete_thread(a, ids["thread"], user_id=bob),
        lambda: as_bob.add_message(a, ids["thread"], user_id=bob, role="user", content="x"),
        lambda: as_bob.delete_messages(a, ids["thread"], [ids["message"]], user_id=bob),
        lambda: as_bob.update_thread(a, ids["thread"], user_id=bob, shared=True),
    ):
        with pytest.raises(NotFound):
            attempt()
    mine = store.get_thread(a, ids["thread"], user_id=alice)
    assert mine["title"] == "t-secret" and mine["shared"] is False
    assert len(store.list_messages(a, ids["thread"], user_id=alice)) == 1

    store.update_thread(a, ids["thread"], user_id=alice, shared=True)
    assert [t["id"] for t in as_bob.list_threads(a, bob)] == [ids["thread"]]
    assert len(as_bob.list_messages(a, ids["thread"], user_id=bob)) == 1
    assert [r["id"] for r in as_bob.list_chat_sql(a, user_id=bob)] == [ids["message"]]
    with pytest.raises(NotFound):  # shared is read-only for the others
        as_bob.rename_thread(a, ids["thread"], "stolen", user_id=bob)
    with pytest.raises(NotFound):
        as_bob.add_message(a, ids["thread"], user_id=bob, role="user", content="x")
    assert store.get_thread(a, ids["thread"], user_id=alice)["title"] == "t-secret"


def test_thread_remembers_its_connection(two_workspaces):
    store, alice, _bob, a, _b = two_workspaces
    tid = store.create_thread(a, user_id=alice, title="t", connection_id="files")
    assert store.get_thread(a, tid, user_id=alice)["connection_id"] == "files"
    assert store.list_threads(a, alice)[0]["connection_id"] == "files"


def test_the_chat_sql_limit_counts_answers_with_sql(two_workspaces):
    """Impact analysis asks for one answer more than it reads to know whether it saw them all:
    the limit counts answers with SQL, not failed answers or the user's turns."""
    store, alice, _, a, _ = two_workspaces
    thread = store.create_thread(a, user_id=alice, title="t")
    store.add_message(
        a, thread, user_id=alice, role="assistant", content="old", payload={"sql": "SELECT 1"}
    )
    for content, payload in (("failed", {"sql": None, "error": "x"}), ("plain", None)):
        store.add_message(
            a, thread, user_id=alice, role="assistant", content=content, payload=payload
        )
    store.add_message(
        a, thread, user_id=alice, role="user", content="q", payload={"sql": "SELECT 2"}
    )
    assert [r["content"] for r in store.list_chat_sql(a, user_id=alice, limit=1)] == ["old"]
