"""Numbers as people read them, by one set of rules: ``format_number`` writes text (summaries, answers) and
``d3_format`` picks the d3 format of a chart axis (charts); both read a share by its column name the same way.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any

__all__ = ["d3_format", "format_number", "format_percent", "is_share"]

_SHARE_NAME = re.compile(r"(share|ratio|rate|pct|percent|fraction)", re.IGNORECASE)


def is_share(name: str, values: Sequence) -> bool:
    """Whether a column holds fractions of a whole: its name says so and every value is between 0 and 1.

    >>> is_share("conversion_rate", [0.1, 0.4]), is_share("rate", [3]), is_share("revenue", [0.5])
    (True, False, False)
    """
    return bool(_SHARE_NAME.search(name or "")) and all(0 <= v <= 1 for v in values)


def format_number(value: Any, name: str = "") -> str:
    """A number as people write it.

    >>> format_number(1234567.8), format_number(98765.432), format_number(4200), format_number(45.678)
    ('1.23M', '98,765', '4,200', '45.68')
    >>> format_number(0.01234), format_number(0.25, "share"), format_number(None)
    ('0.0123', '25%', 'no value')
    """
    if value is None:
        return "no value"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if not isinstance(value, int | float):
        return str(value)
    if isinstance(value, float) and not math.isfinite(value):
        return "no value"
    if is_share(name, [value]):
        return format_percent(value)
    magnitude = abs(value)
    if magnitude >= 1e15:
        return f"{value:.3g}"
    if magnitude >= 1e9:
        return f"{value / 1e9:.3g}B".replace("e+", "e")
    if magnitude >= 1e6:
        return f"{value / 1e6:.3g}M"
    if isinstance(value, int) or float(value).is_integer() or magnitude >= 1000:
        return f"{value:,.0f}"
    if magnitude >= 1:
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{value:.3g}"


def format_percent(value: float, signed: bool = False) -> str:
    """``0.283`` as ``"28%"``; ``signed`` adds ``+`` to growth.

    >>> format_percent(0.283), format_percent(-0.05, signed=True), format_percent(0.004), format_percent(25.5)
    ('28%', '-5%', '<1%', '2,550%')
    """
    if 0 < abs(value) < 0.005:
        return ("+" if signed and value > 0 else "-" if value < 0 else "") + "<1%"
    text = f"{value:,.0%}" if abs(value) < 1e4 else f"{format_number(value * 100)}%"
    return f"+{text}" if signed and value > 0 else text


def d3_format(values: Sequence, name: str = "") -> str:
    """A d3 number format that suits the magnitude of ``values``.

    >>> d3_format([250000.5, 3.0]), d3_format([12, 5000]), d3_format([0.25, 0.5], "share")
    ('.3~s', ',.0f', '.0%')
    >>> d3_format([3.14159, 2.5]), d3_format([0.0123])
    (',.2~f', '.3~g')
    """
    finite = [v for v in values if isinstance(v, int | float) and v == v and abs(v) != float("inf")]
    if not finite:
        return ","
    biggest = max(abs(v) for v in finite)
    if is_share(name, finite):
        return ".0%"
    if biggest >= 100_000:
        return ".3~s"
    if biggest >= 1000 or all(float(v).is_integer() for v in finite):
        return ",.0f"
    if biggest >= 1:
        return ",.2~f"
    return ".3~g"
