"""Unit conversion for durations: 'longer than 10 minutes' against a milliseconds column."""

from __future__ import annotations

from typing import Any

_UNIT_SECONDS = {
    "ms": 0.001,
    "millisecond": 0.001,
    "milliseconds": 0.001,
    "s": 1,
    "sec": 1,
    "secs": 1,
    "second": 1,
    "seconds": 1,
    "min": 60,
    "mins": 60,
    "minute": 60,
    "minutes": 60,
    "h": 3600,
    "hr": 3600,
    "hrs": 3600,
    "hour": 3600,
    "hours": 3600,
    "day": 86400,
    "days": 86400,
}


def _convert_units(value: Any, unit: str, column: str | None) -> Any:
    """'longer than 10 minutes' against a Milliseconds column -> 600000."""
    if not column or unit not in _UNIT_SECONDS:
        return value
    low = column.lower()
    if "millisecond" in low or low.endswith("_ms") or low == "ms":
        col_unit = 0.001
    elif "second" in low or low.endswith("_sec") or low.endswith("_s"):
        col_unit = 1
    elif "minute" in low or low.endswith("_min"):
        col_unit = 60
    elif "hour" in low:
        col_unit = 3600
    else:
        return value
    factor = _UNIT_SECONDS[unit] / col_unit

    def conv(v: Any) -> Any:
        x = v * factor
        return int(round(x)) if abs(x - round(x)) < 1e-9 else x

    return [conv(v) for v in value] if isinstance(value, list) else conv(value)
