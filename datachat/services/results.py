"""Query results as typed, JSON-safe tables.

The executor hands over a :class:`pandas.DataFrame`; the API, the widget and the exports want plain JSON.
:func:`to_table` makes that step once, with one type per column from a small fixed set:

========== ==================================================== ==========================
type       comes from                                           JSON value
========== ==================================================== ==========================
integer    int columns, ``Decimal`` without fraction, ints+NULL number (no fraction)
number     float and ``Decimal`` columns                         number, NaN/inf as null
string     text, anything unrecognised                           string
date       ``datetime.date``, ISO ``YYYY-MM-DD`` text           ``"2024-01-31"``
datetime   timestamps, ISO ``YYYY-MM-DD HH:MM[:SS]`` text       ``"2024-01-31T09:30:00"``
boolean    bool columns                                          true/false
========== ==================================================== ==========================

SQLite has no date type, so dates arrive as text; they are recognised by their ISO shape. Month buckets such
as ``strftime('%Y-%m', ...)`` stay ``string`` here (they are not dates), and :func:`column_roles` still
treats them as time for charts and summaries.

>>> import pandas as pd
>>> to_table(pd.DataFrame({"day": ["2024-01-01"], "n": [3], "avg": [float("nan")]}))
{'columns': [{'name': 'day', 'type': 'date'}, {'name': 'n', 'type': 'integer'}, \
{'name': 'avg', 'type': 'number'}], 'rows': [['2024-01-01', 3, None]], 'truncated': False}
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import numpy as np
import pandas as pd

__all__ = [
    "COLUMN_TYPES",
    "ColumnRole",
    "column_roles",
    "humanize",
    "is_table",
    "to_table",
]

COLUMN_TYPES = ("integer", "number", "string", "date", "datetime", "boolean")

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")
_ISO_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_QUARTER = re.compile(r"^\d{4}[- ]?Q[1-4]$|^Q[1-4][- ]\d{4}$", re.IGNORECASE)
_WEEK = re.compile(r"^\d{4}-?W(0[1-9]|[1-4]\d|5[0-3])$", re.IGNORECASE)
_ID_NAME = re.compile(r"(^id$|_id$|[a-z]Id$|ID$)")
_YEAR_NAME = re.compile(r"(^|_)(year|yr)$", re.IGNORECASE)
# A string column whose values average this many characters is prose, not a category worth charting.
_TEXT_LENGTH = 40


def is_table(value: Any) -> bool:
    """Whether ``value`` already is a table dict as made by :func:`to_table`."""
    return isinstance(value, Mapping) and "columns" in value and "rows" in value


def to_table(df: pd.DataFrame, truncated: bool = False) -> dict:
    """Turn a result frame into the API's ``data`` object.

    Args:
        df: the executed result. Column names are turned into strings; duplicate names are kept.
        truncated: whether the executor's row cap cut the result.

    Returns:
        ``{"columns": [{"name", "type"}], "rows": [[...]], "truncated": bool}``, safe for ``json.dumps`` with
        ``allow_nan=False``.

    >>> import pandas as pd
    >>> to_table(pd.DataFrame({"ok": [True, None]}), truncated=True)["rows"]
    [[True], [None]]
    """
    columns = []
    values = []
    for position in range(df.shape[1]):
        series = df.iloc[:, position]
        kind = _infer_type(series)
        columns.append({"name": str(df.columns[position]), "type": kind})
        values.append(_convert(series, kind))
    rows = [list(row) for row in zip(*values, strict=True)] if values else [[] for _ in range(len(df))]
    return {"columns": columns, "rows": rows, "truncated": bool(truncated)}


def _infer_type(series: pd.Series) -> str:
    dtype = series.dtype
    if pd.api.types.is_bool_dtype(dtype):
        return "boolean"
    if pd.api.types.is_integer_dtype(dtype):
        return "integer"
    if pd.api.types.is_float_dtype(dtype):
        # An integer column with NULLs arrives as float64; keep calling it an integer.
        present = series.to_numpy(dtype=float)
        present = present[np.isfinite(present)]
        if len(present) < len(series) and len(present) and np.all(np.mod(present, 1) == 0):
            return "integer"
        return "number"
    if pd.api.types.is_datetime64_any_dtype(dtype):
        present = series.dropna()
        if len(present) and getattr(dtype, "tz", None) is None and (present.dt.normalize() == present).all():
            return "date"
        return "datetime"
    if isinstance(dtype, pd.PeriodDtype):
        return "date"
    if pd.api.types.is_timedelta64_dtype(dtype):
        return "number"
    return _infer_object_type(series.dropna().tolist())


def _infer_object_type(present: list) -> str:
    if not present:
        return "string"
    if all(type(value) is str for value in present):  # the common case, checked in one quick pass
        if all(_ISO_DATE.match(value) for value in present):
            return "date"
        if all(_ISO_DATE.match(value) or _ISO_DATETIME.match(value) for value in present):
            return "datetime"
        return "string"
    kinds = set()
    for value in present:
        if isinstance(value, bool | np.bool_):
            kinds.add("boolean")
        elif isinstance(value, int | np.integer):
            kinds.add("integer")
        elif isinstance(value, Decimal):
            kinds.add("integer" if value == value.to_integral_value() and value.as_tuple().exponent >= 0 else "number")
        elif isinstance(value, float | np.floating):
            kinds.add("number")
        elif isinstance(value, dt.datetime | pd.Timestamp):
            kinds.add("datetime")
        elif isinstance(value, dt.date):
            kinds.add("date")
        elif isinstance(value, str):
            if _ISO_DATE.match(value):
                kinds.add("date")
            elif _ISO_DATETIME.match(value):
                kinds.add("datetime")
            else:
                return "string"
        else:
            return "string"
    if len(kinds) == 1:
        return kinds.pop()
    if kinds <= {"integer", "number"}:
        return "number"
    if kinds <= {"date", "datetime"}:
        return "datetime"
    return "string"


def _convert(series: pd.Series, kind: str) -> list:
    dtype = series.dtype
    if kind == "integer" and pd.api.types.is_integer_dtype(dtype) and not series.hasnans:
        return [int(v) for v in series.to_numpy()]
    if pd.api.types.is_float_dtype(dtype):
        array = series.to_numpy(dtype=float)
        finite = np.isfinite(array)
        if kind == "integer":
            return [int(v) if ok else None for v, ok in zip(array.tolist(), finite.tolist(), strict=True)]
        if finite.all():
            return array.tolist()
        return [v if ok else None for v, ok in zip(array.tolist(), finite.tolist(), strict=True)]
    if pd.api.types.is_datetime64_any_dtype(dtype):
        if kind == "date":
            return [None if pd.isna(v) else v.date().isoformat() for v in series]
        return [None if pd.isna(v) else v.isoformat() for v in series]
    values = series.tolist()
    if kind in ("string", "date"):
        # Text columns are usually all str already (plus NaN/None for NULL): skip the per-value dispatch.
        missing = [v is None or v is pd.NA or (type(v) is float and v != v) for v in values]
        if all(type(v) is str or gone for v, gone in zip(values, missing, strict=True)):
            return [None if gone else v for v, gone in zip(values, missing, strict=True)] if any(missing) else values
    return [_json_value(v, kind) for v in values]


def _json_value(value: Any, kind: str) -> Any:  # noqa: C901 - one flat dispatch on the value's type
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, bool | np.bool_):
        return bool(value) if kind in ("boolean", "string") else int(value)
    if isinstance(value, int | np.integer):
        return int(value) if kind != "string" else str(value)
    if isinstance(value, float | np.floating):
        if not math.isfinite(value):
            return None
        if kind == "integer" and float(value).is_integer():
            return int(value)
        return float(value) if kind != "string" else str(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            return None
        if kind == "string":
            return str(value)
        return int(value) if kind == "integer" else float(value)
    if isinstance(value, pd.Timestamp | dt.datetime):
        if kind == "date":
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat() if kind in ("date", "string") else dt.datetime(*value.timetuple()[:3]).isoformat()
    if isinstance(value, dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta | pd.Timedelta):
        return value.total_seconds()
    if isinstance(value, str):
        if kind == "datetime" and _ISO_DATE.match(value):
            return f"{value}T00:00:00"
        if kind == "datetime" and " " in value:
            return value.replace(" ", "T", 1)
        return value
    if isinstance(value, bytes | bytearray | memoryview):
        return "\\x" + bytes(value).hex()
    if isinstance(value, dict | list | tuple):  # JSON / array columns (PostgreSQL, DuckDB): show them as JSON
        return json.dumps(value, default=str, ensure_ascii=False, allow_nan=False, sort_keys=True)[:10_000]
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return str(value)


# ---------------------------------------------------------------------------------------------------------
# Column roles: what a column is for, which the chart chooser and the summary both need.


@dataclass(frozen=True)
class ColumnRole:
    """How one column of a table can be used.

    ``role`` is one of ``"time"`` (dates, datetimes, month buckets, years), ``"measure"`` (numbers to add up
    or compare), ``"category"`` (short labels, booleans, identifiers), ``"text"`` (prose; never charted).
    ``time_unit`` is set for time columns: ``"day"``, ``"month"``, ``"year"`` (dates), ``"datetime"``, or a
    period drawn as ordered labels: ``"year-number"`` (an integer year), ``"quarter"``, ``"week"``.
    """

    index: int
    name: str
    type: str
    role: str
    distinct: int = 0
    time_unit: str | None = None
    max_length: int = 0


def column_roles(table: Mapping) -> list[ColumnRole]:
    """Classify each column of ``table`` as time, measure, category or text.

    >>> t = {"columns": [{"name": "month", "type": "string"}, {"name": "revenue", "type": "number"}],
    ...      "rows": [["2024-01", 10.5], ["2024-02", 12.0]], "truncated": False}
    >>> [(c.name, c.role, c.time_unit) for c in column_roles(t)]
    [('month', 'time', 'month'), ('revenue', 'measure', None)]
    """
    rows = table["rows"]
    roles = []
    for index, column in enumerate(table["columns"]):
        name, kind = column["name"], column["type"]
        present = [row[index] for row in rows if row[index] is not None]
        distinct = len(set(present))
        role, unit, max_length = "category", None, 0
        if kind in ("date", "datetime"):
            role, unit = "time", _date_unit(present, kind)
        elif kind in ("integer", "number"):
            if kind == "integer" and _YEAR_NAME.search(name) and present and all(1000 <= v <= 2999 for v in present):
                role, unit = "time", "year-number"
            elif _ID_NAME.search(name) and kind == "integer":
                role = "category"
            else:
                role = "measure"
        elif kind == "string":
            lengths = [len(v) for v in present if isinstance(v, str)]
            max_length = max(lengths, default=0)
            if present and all(isinstance(v, str) and _ISO_MONTH.match(v) for v in present):
                role, unit = "time", "month"
            elif present and all(isinstance(v, str) and _QUARTER.match(v) for v in present):
                role, unit = "time", "quarter"
            elif present and all(isinstance(v, str) and _WEEK.match(v) for v in present):
                role, unit = "time", "week"
            elif lengths and sum(lengths) / len(lengths) > _TEXT_LENGTH:
                role = "text"
        roles.append(ColumnRole(index, name, kind, role, distinct, unit, max_length))
    return roles


def _date_unit(present: list, kind: str) -> str:
    if kind == "datetime":
        if all(isinstance(v, str) and v[10:].strip("T0:.") == "" for v in present):
            kind = "date"
        else:
            return "datetime"
    days = [v[:10] for v in present if isinstance(v, str)]
    if days and all(d.endswith("-01-01") for d in days) and len(set(days)) > 1:
        return "year"
    if days and all(d.endswith("-01") for d in days) and len(set(days)) > 1:
        return "month"
    return "day"


_ACRONYMS = {"id": "ID", "ids": "IDs", "url": "URL", "avg": "Average", "qty": "Quantity", "pct": "%"}


def humanize(name: str) -> str:
    """Make a column name readable as an axis title.

    >>> humanize("order_date"), humanize("CustomerId"), humanize("COUNT(*)"), humanize("avg_unit_price")
    ('Order date', 'Customer ID', 'Count', 'Average unit price')
    """
    text = name.strip()
    call = re.fullmatch(r"(?i)(count|sum|avg|min|max|total)\s*\(\s*(distinct\s+)?([^)]*)\)", text)
    if call:
        func, _, arg = call.groups()
        arg = arg.strip().split(".")[-1]
        func = {"avg": "average"}.get(func.lower(), func.lower())
        text = func if arg in ("*", "") else f"{func} of {arg}"
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", text)
    words = [w for w in re.split(r"[\s_\-.]+", text) if w]
    if not words:
        return name
    out = []
    for word in words:
        lower = word.lower()
        out.append(_ACRONYMS.get(lower, word if word.isupper() and len(word) > 1 else lower))
    title = " ".join(out)
    return title[0].upper() + title[1:]
