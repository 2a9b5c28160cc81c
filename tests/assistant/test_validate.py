"""Validation against the catalog: precise, repairable problems."""

from __future__ import annotations

import pytest

from iopsdata.assistant.validate import validate_sql


@pytest.mark.parametrize(
    ("sql", "problem"),
    [
        (
            "SELECT delay FROM flights",
            "column flights.delay does not exist; did you mean dep_delay or arr_delay?",
        ),
        (
            "SELECT f.delay FROM flights f",
            "column flights.delay does not exist; did you mean dep_delay or arr_delay?",
        ),
        ("SELECT nme FROM airlines", "column airlines.nme does not exist; did you mean name?"),
        ("SELECT * FROM flight", "table flight does not exist; did you mean flights?"),
        ("SELECT * FROM main.airline", "table main.airline does not exist; did you mean airlines?"),
        ("SELECT 1; SELECT 2", "write exactly one SQL statement"),
    ],
)
def test_problems_are_precise(target, sql, problem):
    assert validate_sql(sql, target.catalog()).problem == problem


@pytest.mark.parametrize(
    ("sql", "tables"),
    [
        ("SELECT carrier, avg(dep_delay) FROM flights GROUP BY 1", ("main.flights",)),
        (
            "SELECT a.name, count(*) FROM flights f JOIN airlines a USING (carrier) GROUP BY 1",
            ("main.flights", "main.airlines"),
        ),
        (
            "WITH late AS (SELECT * FROM flights WHERE arr_delay > 60) SELECT count(*) FROM late",
            ("main.flights",),
        ),
        (
            "SELECT origin, max(temp) AS t FROM weather GROUP BY origin ORDER BY t DESC",
            ("main.weather",),
        ),
        ("SELECT 1", ()),
    ],
)
def test_valid_sql_passes_and_lists_tables(target, sql, tables):
    verdict = validate_sql(sql, target.catalog())
    assert verdict.problem is None
    assert verdict.tables == tables


def test_parse_error_names_the_dialect(target):
    problem = validate_sql("SELECT FROM WHERE (", target.catalog()).problem
    assert problem and "duckdb" in problem


def test_too_deep_nesting_is_refused_before_parsing(target):
    sql = "SELECT " + "(" * 400 + "1" + ")" * 400
    assert validate_sql(sql, target.catalog()).problem


def test_unqualified_table_of_another_schema_is_named_precisely():
    from iopsdata.catalog.model import Catalog, Column, Table

    catalog = Catalog(
        "postgres",
        (
            Table("customer", "tpch", columns=(Column("c_name", "text"),)),
            Table("customer", "chinook", columns=(Column("first_name", "text"),)),
            Table("notes", "public", columns=(Column("body", "text"),)),
        ),
        default_schema="public",
    )
    assert validate_sql("SELECT c_name FROM customer", catalog).problem == (
        "table customer is not in the default schema public; write tpch.customer or chinook.customer"
    )
    assert validate_sql("SELECT c_name FROM tpch.customer", catalog).problem is None
    assert validate_sql("SELECT body FROM notes", catalog).problem is None


@pytest.mark.parametrize(
    ("sql", "problem"),
    [
        ("SELECT sum(amount) FROM sales", None),
        ("SELECT sum(amont) FROM sales", "column sales.amont does not exist; did you mean amount?"),
        ("SELECT * FROM sale", "table sale does not exist; did you mean sales?"),
    ],
)
def test_files_like_catalog_without_schemas(sql, problem):
    # The Files connection: views without a schema, DuckDB's default schema "main".
    from iopsdata.catalog.model import Catalog, Column, Table

    catalog = Catalog(
        "duckdb",
        (
            Table(
                "sales",
                kind="view",
                columns=(Column("amount", "DOUBLE"), Column("region", "VARCHAR")),
            ),
        ),
        database="files",
        default_schema="main",
    )
    assert validate_sql(sql, catalog).problem == problem


def test_suggestions_rank_by_shared_words_and_abbreviations(target):
    """Item 18: ``arrival_delay_minutes`` suggested ``minute`` (a substring); it means ``arr_delay``."""
    problem = validate_sql("SELECT arrival_delay_minutes FROM flights", target.catalog()).problem
    assert problem == (
        "column flights.arrival_delay_minutes does not exist; "
        "did you mean arr_delay, minute or dep_delay?"
    )


@pytest.mark.parametrize(
    ("word", "options", "best"),
    [
        ("arrival_delay_minutes", ["minute", "dep_delay", "arr_delay"], "arr_delay"),
        ("departure_time", ["time_hour", "arr_time", "dep_time"], "dep_time"),
        ("order_quantity", ["order_id", "qty", "order_qty"], "order_qty"),
        ("number_of_items", ["item_name", "num_items"], "num_items"),
        ("orderNo", ["order_date", "order_num"], "order_num"),
        ("customers", ["cust_name", "customer"], "customer"),
        ("nme", ["carrier", "name"], "name"),  # no shared word: spelling decides
    ],
)
def test_suggest_table(word, options, best):
    from iopsdata.assistant.suggest import suggest

    got = suggest(word, options)
    assert got[0] == best and len(got) <= 3
