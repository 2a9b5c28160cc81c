"""Arrow columns as the browser can show them: one conversion for every chart, one for the grid.

Why: Streamlit ships a chart's data to the browser as Arrow, and Vega-Lite reads some Arrow types
wrongly. A ``decimal128`` arrives as its unscaled integer (22,664.79 plotted as 2,266,479), 64-bit
integers as JavaScript ``BigInt``, a time zone's wall clock as the browser's, and intervals as
garbage. Every chart path (SQL page, Chat, Files) builds its Altair chart in ``charts.to_altair``,
which calls ``for_chart`` here, so the chart plots the values the table shows, for every type the
engines return. ``for_grid`` does the same for the few types the result grid cannot show
(intervals and durations become text, in the same words the chart uses; numbers a double cannot
hold exactly, which the grid refuses or rounds, their exact digits).
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.types as t


def _interval_text(v: Any) -> str | None:
    """``1 year 2 mons 3 days 04:05:06`` (PostgreSQL's words) for a month-day-nano interval."""
    if v is None:
        return None
    months, days, nanos = int(v.months), int(v.days), int(v.nanoseconds)
    parts = []
    years = int(months / 12)  # toward zero, so -14 months is -1 year -2 mons
    months -= years * 12
    if years:
        parts.append(f"{years} year{'' if abs(years) == 1 else 's'}")
    if months:
        parts.append(f"{months} mon{'' if abs(months) == 1 else 's'}")
    if days:
        parts.append(f"{days} day{'' if abs(days) == 1 else 's'}")
    if nanos or not parts:
        parts.append(_clock(nanos // 1000))
    return " ".join(parts)


def _clock(micros: int) -> str:
    """``[-]HH:MM:SS[.ffffff]`` for a signed number of microseconds (hours may pass 24)."""
    sign = "-" if micros < 0 else ""
    seconds, frac = divmod(abs(micros), 1_000_000)
    minutes, sec = divmod(seconds, 60)
    hours, minute = divmod(minutes, 60)
    text = f"{sign}{hours:02d}:{minute:02d}:{sec:02d}"
    return f"{text}.{frac:06d}".rstrip("0") if frac else text


def _duration_text(v: Any) -> str | None:
    """``[-]HH:MM:SS`` for a duration (MariaDB's TIME arrives as one); days fold into hours."""
    if v is None:
        return None
    micros = (v.days * 86_400 + v.seconds) * 1_000_000 + v.microseconds
    return _clock(micros)


def _time_text(column: pa.ChunkedArray) -> pa.Array:
    """``HH:MM:SS`` (fraction only when there is one) for a time-of-day column."""
    return pa.array([None if v is None else v.isoformat() for v in column.to_pylist()], pa.string())


def _as_text(column: pa.ChunkedArray) -> pa.Array | None:
    """Intervals, durations and times as the words the user reads, or None for other types."""
    dtype = column.type
    if t.is_interval(dtype):
        return pa.array([_interval_text(v) for v in column.to_pylist()], pa.string())
    if t.is_duration(dtype):
        return pa.array([_duration_text(v) for v in column.to_pylist()], pa.string())
    if t.is_time(dtype):
        return _time_text(column)
    return None


def _for_chart(column: pa.ChunkedArray) -> pa.ChunkedArray | pa.Array:
    dtype = column.type
    text = _as_text(column)
    if text is not None:
        return text
    if t.is_decimal(dtype):  # any precision and scale: the value, not the unscaled integer
        return column.cast(pa.float64())
    if t.is_integer(dtype) and dtype.bit_width == 64:  # BigInt in the browser; past 2^53 rounds
        return column.cast(pa.float64(), safe=False)
    if t.is_date(dtype):  # midnight of that day, on the wall clock (Streamlit keeps naive times)
        return column.cast(pa.timestamp("ms"))
    if t.is_timestamp(dtype) and dtype.tz is not None:  # the wall clock the table shows
        return pc.local_timestamp(column)
    if t.is_dictionary(dtype):
        return _for_chart(column.cast(dtype.value_type))
    return column


def for_chart(table: pa.Table) -> pa.Table:
    """``table`` with every column in a type Vega-Lite reads as the value the grid shows.

    decimal → float64; 64-bit integers → float64 (exact up to 2^53, the nearest double beyond);
    date → naive midnight; timestamp with a zone → its wall-clock time; time, duration, interval →
    text. Everything else is unchanged.
    """
    columns = [_for_chart(table.column(i)) for i in range(table.num_columns)]
    return pa.table(columns, names=table.column_names)


# The grid keeps numbers as JavaScript doubles: it refuses an integer past 2^53 with an error cell
# and rounds a decimal with more significant digits (12345678901234567.123456 would read
# 12,345,678,901,234,568), so such a column is shown as its exact digits, in text.
GRID_EXACT_INTEGERS = 2**53
# Up to this many decimal places a decimal column shows all of them (``numeric(10,2)`` reads
# 2,960.50); beyond, the grid's locale format rounds to LOCALE_PLACES, which reads better than a
# row of digits (PostgreSQL's avg() of a numeric(12,2) has 16 places: 462.8047976011994003).
MAX_FIXED_PLACES = 9
LOCALE_PLACES = 3
# field metadata that marks such a column, so the grid aligns it as the number it is
EXACT_DIGITS = b"iopsdata:exact_digits"


# A float column whose every value is written with at most this many decimals is shown with that
# many (a CSV's amounts read as DOUBLE showed 853.2 beside 587.59; airports' 40.6398 showed 40.64).
MAX_FLOAT_PLACES = 6


def float_places(column: pa.ChunkedArray) -> int | None:
    """The fewest decimal places, 1 to MAX_FLOAT_PLACES, that write every value of a float column
    (853.20 and 587.59: 2), or None: whole numbers, more places, NaN or infinity, no values."""
    values = column.drop_null()
    if len(values) == 0 or not t.is_floating(values.type):
        return None
    values = values.cast(pa.float64())
    # a double holds 853.2 as 853.2000000000000455: "the same" is to 1e-12 of the value's size
    tolerance = pc.multiply(pc.max_element_wise(pc.abs(values), 1.0), 1e-12)
    for places in range(MAX_FLOAT_PLACES + 1):
        off = pc.abs(pc.subtract(pc.round(values, places), values))
        if pc.all(pc.less_equal(off, tolerance)).as_py():
            return places or None
    return None


def midnight_only(column: pa.ChunkedArray) -> bool:
    """Whether every value of a timestamp column is at midnight in its own time zone: days, weeks
    or months (``date_trunc('month', ordered_at)``), which read better as dates."""
    if not t.is_timestamp(column.type) or column.null_count == len(column):
        return False
    values = column.drop_null()
    parts = (pc.hour, pc.minute, pc.second, pc.subsecond)
    return all(pc.max(part(values)).as_py() == 0 for part in parts)


def shown_places(dtype: pa.DataType) -> int:
    """How many decimal places the grid shows of a decimal column."""
    return dtype.scale if dtype.scale <= MAX_FIXED_PLACES else LOCALE_PLACES


def _beyond_doubles(column: pa.ChunkedArray) -> bool:
    """Whether a 64-bit integer or decimal column holds a value a double cannot show exactly
    (for a decimal, to the places the grid shows: 2266479 for 22664.79 is within 2^53, and so is
    462805 for 462.8047976011994003 shown as 462.805)."""
    dtype = column.type
    wide_int = t.is_integer(dtype) and dtype.bit_width == 64
    if not (wide_int or t.is_decimal(dtype)) or column.null_count == len(column):
        return False
    low, high = pc.min_max(column).values()
    largest = max(abs(low.as_py()), abs(high.as_py()))
    if t.is_decimal(dtype):
        largest = largest.scaleb(shown_places(dtype))
    return largest > GRID_EXACT_INTEGERS


def _grid_column(column: pa.ChunkedArray, field: pa.Field) -> tuple[pa.Array, pa.Field] | None:
    """The column as the grid should get it, or ``None`` when it can take it as it is."""
    if _beyond_doubles(column):
        return column.cast(pa.string()), pa.field(
            field.name, pa.string(), metadata={EXACT_DIGITS: b"1"}
        )
    if t.is_interval(field.type) or t.is_duration(field.type):
        return _as_text(column), pa.field(field.name, pa.string())
    return None


def for_grid(table: pa.Table) -> pa.Table:
    """``table`` with intervals and durations as text (the grid shows them as raw numbers), and
    number columns a double cannot hold exactly as their exact digits (marked ``EXACT_DIGITS``)."""
    for i, field in enumerate(table.schema):
        changed = _grid_column(table.column(i), field)
        if changed is not None:
            table = table.set_column(i, changed[1], changed[0])
    return table
