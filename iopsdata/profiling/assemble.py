"""Turn the profiling queries' rows into ``ColumnProfile`` objects: values, histograms, flags.

Pure Python over a handful of aggregate rows; nothing here touches an engine.
"""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from decimal import Decimal
from typing import Any

from iopsdata.profiling import patterns, sqlgen
from iopsdata.profiling.dialects import capabilities
from iopsdata.profiling.model import (
    FLAG_ALL_NULL,
    FLAG_CONSTANT,
    FLAG_DATES_AS_TEXT,
    FLAG_KEY,
    FLAG_MOSTLY_NULL,
    FLAG_NUMBERS_AS_TEXT,
    HINT_MAX_VALUES,
    ColumnProfile,
)

KEY_SHARE = 0.97  # approximate distinct ≥ 97% of rows (HyperLogLog error is ~2%) → likely key


def column_profile(
    i: int,
    name: str,
    type_text: str,
    kind: str,
    main: dict[str, Any],
    n: int,
    found: dict[int, list[tuple[Any, Any, int]]],
    slots: list[sqlgen.Slot],
    peek: list[Any],
    dialect: str,
    top_k: int,
    *,
    approx_distinct: bool | None = None,
    quantiles_exact: bool = False,
) -> ColumnProfile:
    def stat(key: str) -> Any:
        return main.get(sqlgen.alias(i, key))

    nn = int(stat("nn"))
    nulls = n - nn
    out: dict[str, Any] = {"count": nn, "nulls": nulls, "null_pct": 100.0 * nulls / n if n else 0.0}
    caps = capabilities(dialect)
    approx = caps.approx_distinct if approx_distinct is None else approx_distinct
    if kind != "other":
        # an estimate (HyperLogLog, ~2% off) can exceed the values counted; never show more
        out["distinct"] = min(int(stat("nd") or 0), nn)
        out["distinct_method"] = "approx" if approx else "exact"
    if kind in sqlgen.NUMERIC or kind in ("temporal", "string", "uuid"):
        out["min"], out["max"] = _jsonable(stat("min")), _jsonable(stat("max"))
    if kind in sqlgen.NUMERIC and nn:
        out["mean"] = _float(stat("mean"))
        out["std"] = _float(stat("std")) if caps.stddev else None
        if caps.quantiles == "sampled" and stat("q") is not None:
            out["quartiles"] = tuple(float(v) for v in stat("q"))
            out["quantile_method"] = "exact" if quantiles_exact else "approx"
        elif caps.quantiles == "within_group":
            out["quartiles"], out["quantile_method"] = (
                tuple(_float(stat(f"q{k}")) for k in range(3)),
                "exact",
            )
    if kind == "string" and nn:
        out["length_min"], out["length_max"] = int(stat("lmin")), int(stat("lmax"))
        out["length_avg"] = _float(stat("lavg"))
    if kind == "boolean" and nn:
        out["mean"] = float(stat("ntrue")) / nn
    for j, slot in enumerate(slots):
        if slot.column != i:
            continue
        rows = found.get(j, [])
        if slot.kind == "top":
            top = [(_jsonable(v), int(c)) for v, c, _ in rows if v is not None]
            keep = (
                len(top)
                if len(top) <= HINT_MAX_VALUES and len(top) >= out.get("distinct", 0)
                else top_k
            )
            out["top_values"] = tuple(top[:keep])
        elif slot.kind == "hist":
            field = "length_histogram" if slot.meta[5:] == ("length",) else "histogram"
            out[field] = _histogram(rows, slot.meta[:5])
        elif slot.kind == "quant":
            out["quartiles"], out["quantile_method"] = _quartiles(rows, nn), "exact"
        elif slot.kind == "var" and rows and rows[0][0] is not None:
            out["std"] = math.sqrt(float(rows[0][0]) / (nn - 1))
    flags, inferred, fmt = _flags(kind, n, nn, out, peek, approx)
    return ColumnProfile(
        name=name, type=type_text, kind=kind, inferred=inferred, flags=flags, date_format=fmt, **out
    )


def _histogram(
    rows: list[tuple[Any, Any, int]], meta: tuple[float, float, float, int, bool]
) -> tuple[tuple[Any, Any, int], ...]:
    lo, hi, width, nbins, temporal = meta
    counts = [0] * nbins
    for v, c, _ in rows:
        if v is not None:
            counts[min(max(int(v), 0), nbins - 1)] += int(c)
    edges = [lo + b * width for b in range(nbins)] + [hi if width != 1.0 else lo + nbins]
    label = _epoch_iso if temporal else float
    return tuple((label(edges[b]), label(edges[b + 1]), counts[b]) for b in range(nbins))


def _quartiles(rows: list[tuple[Any, Any, int]], nn: int) -> tuple[float, float, float]:
    at = {int(c): float(v) for v, c, _ in rows}
    out = []
    for p in sqlgen.QUARTILES:
        pos = (nn - 1) * p
        k = math.floor(pos)
        below, above = at[k + 1], at[min(k + 2, nn)]
        out.append(below + (above - below) * (pos - k))
    return (out[0], out[1], out[2])


def _flags(
    kind: str, n: int, nn: int, out: dict[str, Any], peek: list[Any], approx: bool
) -> tuple[tuple[str, ...], str, str | None]:
    flags: list[str] = []
    nd = out.get("distinct")
    if n and nn == 0:
        flags.append(FLAG_ALL_NULL)
    elif n and out["nulls"] > 0.5 * n:
        flags.append(FLAG_MOSTLY_NULL)
    no_dupes = nd is not None and (
        nd == nn or (approx and nd >= KEY_SHARE * nn and not out.get("top_values"))
    )
    if no_dupes and nn > 1 and out["nulls"] == 0 and kind != "boolean":
        flags.append(FLAG_KEY)
    if nd == 1 and nn > 0:
        flags.append(FLAG_CONSTANT)
    inferred = {
        "integer": "integer",
        "float": "number",
        "temporal": "date/time",
        "boolean": "boolean",
        "string": "text",
        "uuid": "uuid",
    }.get(kind, "other")
    fmt = None
    if kind == "string" and peek:
        fmt = patterns.date_format(peek)
        if fmt:
            flags.append(FLAG_DATES_AS_TEXT)
            inferred = f"date as text ({fmt})"
        elif patterns.numbers_as_text(peek):
            flags.append(FLAG_NUMBERS_AS_TEXT)
            inferred = "number as text"
    if nn == 0:
        inferred = "empty"
    return tuple(flags), inferred, fmt


def _float(v: Any) -> float | None:
    return None if v is None else float(v)


def _epoch_iso(e: float) -> str:
    return (datetime(1970, 1, 1) + timedelta(seconds=e)).isoformat()


def _jsonable(v: Any) -> Any:
    """Numbers, text and booleans as they are; dates as ISO text; Decimals as float."""
    if isinstance(v, datetime):
        return v.astimezone(UTC).replace(tzinfo=None).isoformat() if v.tzinfo else v.isoformat()
    if isinstance(v, (date, dtime)):
        return v.isoformat()
    if isinstance(v, Decimal):
        return float(v)
    if isinstance(v, (bytes, bytearray)):
        return v.hex()
    if isinstance(v, float) and not math.isfinite(v):
        return None
    if isinstance(v, (list, dict, tuple)):
        return str(v)
    return v
