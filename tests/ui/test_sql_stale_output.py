"""Output belongs to the SQL and connection that produced it (issue item 10), through AppTest.

The transpile panel used to stay after the SQL changed, and a demo result stayed on screen under
another connection. Now a result is hidden under another connection and marked after the SQL
changed; the transpile panel shows only for the SQL and dialects it was made from.
"""

from __future__ import annotations

from tests.ui.conftest import open_page, texts

PAGE = "pages/sql.py"
EARLIER = "Result of an earlier version"


def test_result_is_hidden_under_another_connection_and_marked_after_an_edit() -> None:
    at = open_page(PAGE)
    at.text_area(key="_sql_area").input("SELECT 40 + 2 AS answer")
    at.button(key="_sql_run").click().run()
    assert at.dataframe and at.dataframe[0].value["answer"].tolist() == [42]
    demo = at.selectbox(key="_sql_conn_pick").value

    at.text_area(key="_sql_area").input("SELECT 7 AS answer").run()
    assert EARLIER in texts(at)
    assert at.dataframe[0].value["answer"].tolist() == [42]

    at.selectbox(key="_sql_conn_pick").select("files").run()
    assert not any("answer" in d.value.columns for d in at.dataframe)
    assert EARLIER not in texts(at)

    at.selectbox(key="_sql_conn_pick").select(demo).run()  # back: its own result again
    assert at.dataframe[0].value["answer"].tolist() == [42]
    assert not at.exception


def test_transpile_panel_goes_when_the_sql_or_target_changes() -> None:
    at = open_page(PAGE)
    at.text_area(key="_sql_area").input("SELECT carrier FROM flights GROUP BY 1")
    at.selectbox(key="_sql_to_dialect").select("tsql")
    at.button(key="_sql_transpile").click().run()
    assert [c.value for c in at.code] and "GROUP BY" in at.code[0].value
    assert "In tsql" in [e.label for e in at.expander]

    at.selectbox(key="_sql_to_dialect").select("mysql").run()
    assert not at.code

    at.selectbox(key="_sql_to_dialect").select("tsql").run()
    assert at.code  # the same SQL and target again
    at.text_area(key="_sql_area").input("SELECT 1 AS other").run()
    assert not at.code
    assert not at.exception
