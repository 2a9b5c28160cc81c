"""The SQL page through AppTest, on the embedded default (demo DuckDB connection) and the Files connection.

AppTest cannot type into the Ace component, so the page uses its plain text area under test.
Expected values are computed from the demo database with DuckDB itself, never hard-coded.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from pathlib import Path

import duckdb
import pytest

from iopsdata.demo import ensure_demo_database
from iopsdata.errors import QueryCancelled
from tests.ui.conftest import open_page, shown, texts

PAGE = "pages/sql.py"


def truth(sql: str) -> list[tuple]:
    """Ask a copy of the demo database directly for the expected answer.

    A copy, because the app's own DuckDB connection to the file (configured differently) is open
    in this process, and DuckDB refuses a second, differently configured one.
    """
    home = Path(os.environ["IOPSDATA_HOME"])
    copy = home / "truth.duckdb"
    if not copy.exists():
        shutil.copyfile(ensure_demo_database(home), copy)  # built in the background: wait
    with duckdb.connect(str(copy), read_only=True) as con:
        return con.execute(sql).fetchall()


def run_sql(at, sql: str):
    at.text_area(key="_sql_area").input(sql)
    at.button(key="_sql_run").click().run()
    assert not at.exception, at.exception
    return at


def result_frame(at):
    """The result grid: the first dataframe on the page (history and saved grids come after it)."""
    assert at.dataframe, "no result grid"
    return at.dataframe[0].value


@pytest.fixture
def at():
    return open_page(PAGE)


def test_page_opens_on_the_demo_connection_read_only(at) -> None:
    assert [t.value for t in at.title] == ["SQL"]
    assert at.selectbox(key="_sql_conn_pick").value != "files"
    assert "Read-only" in texts(at) and "duckdb" in texts(at)
    assert not at.error


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT carrier, count(*) AS n FROM flights GROUP BY carrier ORDER BY n DESC",
        "SELECT faa, name FROM airports WHERE tz = -5",
        "SELECT * FROM airlines",
    ],
)
def test_runs_a_query_and_shows_every_row(at, sql: str) -> None:
    run_sql(at, sql)
    frame = result_frame(at)
    expected = truth(sql)
    assert len(frame) == len(expected)
    assert [tuple(r) for r in frame.itertuples(index=False)][:3] == expected[:3]
    assert f"{len(expected):,} rows" in texts(at)
    assert not at.error


def test_row_cap_says_truncated_plainly(monkeypatch) -> None:
    monkeypatch.setenv("IOPSDATA_ROW_CAP", "100")
    at = open_page(PAGE)
    run_sql(at, "SELECT * FROM flights")
    assert len(result_frame(at)) == 100
    assert any("100" in shown(w.value) for w in at.warning), [shown(w.value) for w in at.warning]


@pytest.mark.parametrize(
    ("sql", "title", "reason"),
    [
        ("DELETE FROM flights", "Query refused", "read-only"),
        ("DROP TABLE airlines", "Query refused", ""),
        ("SELEC carrier FROM flights", "Syntax error", "line 1, column 1"),  # a typo, not a refusal
        ("SELECT no_such_column FROM flights", "Query failed", "no_such_column"),
    ],
)
def test_bad_statements_show_a_reason_not_a_traceback(
    at, sql: str, title: str, reason: str
) -> None:
    run_sql(at, sql)
    errors = " ".join(shown(e.value) for e in at.error)
    assert title in errors
    assert reason.lower() in errors.lower()
    assert "Traceback" not in errors and not at.exception
    assert truth("SELECT count(*) FROM airlines")[0][0] > 0  # nothing was changed


def test_format_rewrites_the_editor(at) -> None:
    at.text_area(key="_sql_area").input("select carrier,count(*) n from flights group by carrier")
    at.button(key="_sql_format").click().run()
    text = at.text_area(key="_sql_area").value
    # layout only: the user's keyword case and tokens stay as typed
    assert text.startswith("select") and "\n" in text and "group by" in text
    assert "".join(text.split()) == "selectcarrier,count(*)nfromflightsgroupbycarrier"
    run_sql(at, text)
    assert len(result_frame(at)) == len(truth("SELECT DISTINCT carrier FROM flights"))


def test_transpile_shows_the_other_dialect(at) -> None:
    at.text_area(key="_sql_area").input(
        "SELECT strftime(time_hour, '%Y') AS y FROM flights LIMIT 1"
    )
    at.selectbox(key="_sql_to_dialect").select("postgres")
    at.button(key="_sql_transpile").click().run()
    code = [c.value for c in at.code]
    assert code and "TO_CHAR" in code[0].upper(), code


def test_history_records_status_and_loads_into_the_editor(at) -> None:
    run_sql(at, "SELECT count(*) AS n FROM planes")
    run_sql(at, "DELETE FROM planes")
    history = at.dataframe[-2].value if len(at.dataframe) > 2 else at.dataframe[-1].value
    assert {"refused", "ok"} <= set(history["status"])
    pick = at.selectbox(key="_sql_history_pick")
    pick.select_index(next(i for i, o in enumerate(pick.options) if "count(*)" in o))
    at.text_area(key="_sql_area").input("SELECT 1")
    at.button(key="_sql_history_load").click().run()
    assert at.text_area(key="_sql_area").value == "SELECT count(*) AS n FROM planes"


def test_saved_queries_save_load_delete(at) -> None:
    at.text_area(key="_sql_area").input("SELECT name FROM airlines ORDER BY name")
    at.text_input(key="_sql_save_name").input("Airline names")
    at.text_input(key="_sql_save_desc").input("all carriers")
    at.text_input(key="_sql_save_tags").input("demo, airlines")
    at.button(key="FormSubmitter:_sql_save_form-Save current query").click().run()
    saved = at.dataframe[-1].value
    assert list(saved["name"]) == ["Airline names"] and saved["tags"][0] == "demo, airlines"
    at.text_area(key="_sql_area").input("SELECT 2")
    at.button(key="_sql_saved_load").click().run()
    assert at.text_area(key="_sql_area").value == "SELECT name FROM airlines ORDER BY name"
    at.button(key="_sql_saved_delete").click().run()
    assert "No saved queries yet." in texts(at)


def test_other_pages_hand_over_sql_and_connection() -> None:
    from streamlit.testing.v1 import AppTest

    from tests.ui.conftest import ROOT, TIMEOUT

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.run()
    at.session_state["sql_editor_text"] = "SELECT 40 + 2 AS answer"
    at.session_state["sql_connection"] = "files"
    at.switch_page(PAGE).run()
    assert at.selectbox(key="_sql_conn_pick").value == "files"
    assert at.text_area(key="_sql_area").value == "SELECT 40 + 2 AS answer"
    at.button(key="_sql_run").click().run()
    assert not at.exception and not at.error, [shown(e.value) for e in at.error]
    assert result_frame(at)["answer"].tolist() == [42]


def test_schema_browser_lists_tables_and_profiles_one(at) -> None:
    labels = [shown(e.label) for e in at.sidebar.expander]
    expected = {r[0] for r in truth("SELECT table_name FROM information_schema.tables")}
    assert expected <= set(labels), labels
    at.button(
        key=next(b.key for b in at.button if b.key and b.key.endswith("airlines"))
    ).click().run()
    assert not at.exception
    assert any(
        shown(e.label).startswith("Profile of") and shown(e.label).endswith("airlines")
        for e in at.expander
    )
    assert not at.error, [shown(e.value) for e in at.error]
    rows, cols = truth("SELECT count(*) FROM airlines")[0][0], 2
    assert f"{rows:,} rows × {cols} columns" in texts(at)


def test_a_running_query_can_be_stopped(tmp_path) -> None:
    """The background job behind Run/Stop: Stop cancels the statement on the engine."""
    from iopsdata.ui.sql_editor import QueryJob
    from iopsdata.workspace import Workspace

    ws = Workspace.open()
    demo = ws.connections.list()[0].id
    ensure_demo_database(Path(os.environ["IOPSDATA_HOME"]))  # Stop stops statements, not the build
    slow = "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < 1e9) SELECT count(*) FROM r"
    job = QueryJob(lambda rid: ws.sql.run(slow, demo, run_id=rid), ws.sql.cancel, slow)
    assert not job.wait(0.5), "the query should still be running"
    started = time.monotonic()
    job.cancel()
    assert job.wait(10), "the query did not stop"
    assert time.monotonic() - started < 5
    assert isinstance(job.error, QueryCancelled), job.error
    assert ws.sql.history(limit=1)[0]["status"] == "cancelled"
    assert threading.active_count() < 50


def test_chart_tab_picks_a_chart_from_the_shape_and_axes_are_editable(at) -> None:
    run_sql(at, "SELECT carrier, count(*) AS n FROM flights GROUP BY carrier")
    assert not at.get("vega_lite_chart")  # built only once its tab is open
    at.session_state["sql_result_tabs"] = "Chart"  # AppTest cannot click a tab
    at.run()
    assert at.selectbox(key="sql_result_kind").value == "bar"
    assert (at.selectbox(key="sql_result_x").value, at.selectbox(key="sql_result_y").value) == (
        "carrier",
        "n",
    )
    assert len(at.get("vega_lite_chart")) == 1
    at.selectbox(key="sql_result_kind").select("histogram")
    at.selectbox(key="sql_result_x").select("n")
    at.selectbox(key="sql_result_y").select("(none)").run()
    assert not at.exception and len(at.get("vega_lite_chart")) == 1
    at.selectbox(key="sql_result_kind").select("line").run()
    assert "Choose a Y column" in texts(at)


@pytest.fixture
def shop(tmp_path) -> Path:
    """A SQLite file with a primary key, a foreign key and a view."""
    import sqlite3

    path = tmp_path / "shop.sqlite"
    with sqlite3.connect(path) as con:
        con.executescript(
            "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT);"
            "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers (id), total REAL);"
            "CREATE VIEW big_orders AS SELECT * FROM orders WHERE total > 100;"
            "INSERT INTO customers VALUES (1, 'Ada'), (2, 'Grace');"
            "INSERT INTO orders VALUES (1, 1, 50), (2, 2, 150), (3, 2, 250);"
        )
    return path


@pytest.mark.parametrize(("allow_writes", "badge"), [(False, "Read-only"), (True, "Writable")])
def test_saved_connection_shows_its_badge_schema_and_runs(
    shop, allow_writes: bool, badge: str
) -> None:
    from iopsdata.workspace import Workspace

    cid = Workspace.open().connections.add(
        "Shop", "sqlite", {"path": str(shop)}, allow_writes=allow_writes
    )
    at = open_page(PAGE)
    at.selectbox(key="_sql_conn_pick").select(cid).run()
    assert badge in texts(at) and "sqlite" in texts(at)
    sidebar = "\n".join(shown(m.value) for m in at.sidebar.markdown)
    assert "`id` integer 🔑" in sidebar
    assert "`customer_id` integer → `customers.id`" in sidebar
    assert {shown(e.label) for e in at.sidebar.expander} >= {"customers", "orders", "big_orders"}
    run_sql(
        at,
        "SELECT name, sum(total) AS spent FROM orders JOIN customers ON customers.id = customer_id GROUP BY name ORDER BY name",
    )
    assert result_frame(at).to_dict("list") == {"name": ["Ada", "Grace"], "spent": [50.0, 400.0]}
    assert at.session_state["sql_connection"] == cid


@pytest.mark.postgres
def test_schema_browser_walks_postgres_schemas(pg_url) -> None:
    import sqlalchemy as sa
    from sqlalchemy.engine import make_url

    from iopsdata.workspace import Workspace

    engine = sa.create_engine(pg_url)
    with engine.begin() as con:
        con.execute(sa.text("CREATE SCHEMA sales"))
        con.execute(sa.text("CREATE TABLE public.regions (id int PRIMARY KEY, name text)"))
        con.execute(
            sa.text(
                "CREATE TABLE sales.orders (id int PRIMARY KEY, region_id int REFERENCES public.regions (id))"
            )
        )
        con.execute(sa.text("COMMENT ON TABLE sales.orders IS 'One row per order'"))
        con.execute(sa.text("COMMENT ON COLUMN sales.orders.region_id IS 'Where it shipped'"))
    engine.dispose()
    url = make_url(pg_url)
    options = {"host": url.host, "port": url.port, "database": url.database, "user": url.username}
    cid = Workspace.open().connections.add("PG", "postgresql", options)
    at = open_page(PAGE)
    at.selectbox(key="_sql_conn_pick").select(cid).run()
    schemas = at.sidebar.selectbox[0]
    assert {"public", "sales"} <= set(schemas.options)
    assert schemas.value == "public" and [shown(e.label) for e in at.sidebar.expander] == [
        "regions"
    ]
    schemas.select("sales").run()
    assert [shown(e.label) for e in at.sidebar.expander] == ["orders"]
    sidebar = "\n".join(shown(m.value) for m in at.sidebar.markdown)
    assert "*One row per order*" in sidebar
    assert "`region_id` integer → `public.regions.id` — Where it shipped" in sidebar
    run_sql(at, "SELECT count(*) AS n FROM sales.orders")
    assert result_frame(at)["n"].tolist() == [0]


def test_executed_query_shows_its_lineage(at) -> None:
    run_sql(
        at,
        "WITH late AS (SELECT carrier, dep_delay FROM flights WHERE dep_delay > 60) SELECT a.name, count(*) AS n FROM late JOIN airlines a USING (carrier) GROUP BY 1",
    )
    [panel] = [e for e in at.expander if shown(e.label).startswith("Lineage")]
    assert panel.label == "Lineage · reads 2 tables"
    text = " ".join(shown(m.value) for m in panel.markdown)
    assert "`flights`" in text and "`airlines`" in text and "`late`" in text


def grid_steps(at) -> dict[str, float | None]:
    """The ``step`` the result grid was given per numeric column: the grid shows as many decimal
    places as it has (it draws on a canvas, so the configuration is what a test can read)."""
    import json

    config = json.loads(at.dataframe[0].proto.columns or "{}")
    return {
        name: c.get("type_config", {}).get("step")
        for name, c in config.items()
        if not name.startswith("_")  # the hidden index
    }


TWO_PLACES = {
    "duckdb": "SELECT sum(x) AS total, 2 AS n FROM (VALUES (1480.25::DECIMAL(10,2)), (1480.25)) t(x)",
    "postgresql": "SELECT sum(x) AS total, 2 AS n FROM (VALUES (1480.25::numeric(10,2)), (1480.25)) t(x)",
    "mysql": "SELECT CAST(2960.50 AS DECIMAL(10,2)) AS total, 2 AS n",
}


@pytest.mark.parametrize(
    "kind",
    ["duckdb", pytest.param("postgresql", marks=pytest.mark.postgres),
     pytest.param("mysql", marks=pytest.mark.mysql)],
)  # fmt: skip
def test_a_two_place_decimal_keeps_its_trailing_zero(kind: str, request) -> None:
    """2,960.50 from a numeric(10,2), not 2,960.5: the grid's locale format drops trailing zeros
    unless the column says how many places it has."""
    from sqlalchemy.engine import make_url

    from iopsdata.workspace import Workspace

    cid = None
    if kind != "duckdb":
        url = make_url(request.getfixturevalue("pg_url" if kind == "postgresql" else "mysql_url"))
        options = {"host": url.host, "port": url.port, "database": url.database,
                   "user": url.username, "password": url.password or ""}  # fmt: skip
        cid = Workspace.open().connections.add(kind, kind, options)
    at = open_page(PAGE)
    if cid:
        at.selectbox(key="_sql_conn_pick").select(cid).run()
    run_sql(at, TWO_PLACES[kind])
    assert [str(v) for v in result_frame(at)["total"]] in (["2960.50"], ["2960.5"])
    assert grid_steps(at) == {"total": 0.01, "n": None}
