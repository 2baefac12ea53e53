"""Units of measure: the one table of unit factors, the unit a column's name says it stores, and conversions.

A column named for its unit ("dur_s", "delay_min", "len_km", "wt_kg", "mins") stores that unit; a question
naming another unit of the same dimension ("in hours", "longer than 10 minutes") is converted with the factors
below, never a unit of another dimension.

    >>> column_unit("delay_min"), column_unit("dur_s"), column_unit("mins"), column_unit("len_km")
    ('minute', 'second', 'minute', 'kilometre')
    >>> factor("minute", "hour"), factor("kilometre", "metre"), factor("minute", "kilogram")
    (0.016666666666666666, 1000.0, None)
"""

from __future__ import annotations

from typing import Any

from .lexicon import singular, split_identifier
from .patterns import UNIT_SYMBOLS

#: unit word -> (dimension, size in the dimension's base unit: seconds, metres, grams)
UNITS: dict[str, tuple[str, float]] = {
    "millisecond": ("time", 0.001),
    "second": ("time", 1.0),
    "minute": ("time", 60.0),
    "hour": ("time", 3600.0),
    "day": ("time", 86400.0),
    "week": ("time", 604800.0),
    "mm": ("length", 0.001),
    "cm": ("length", 0.01),
    "metre": ("length", 1.0),
    "kilometre": ("length", 1000.0),
    "inch": ("length", 0.0254),
    "foot": ("length", 0.3048),
    "mile": ("length", 1609.344),
    "gram": ("mass", 1.0),
    "kilogram": ("mass", 1000.0),
    "pound": ("mass", 453.59237),
    "ounce": ("mass", 28.349523125),
    "ton": ("mass", 1_000_000.0),
    "tonne": ("mass", 1_000_000.0),
}
#: other spellings of the unit words (a question's word or a column's name part, singular)
_SPELLINGS = {
    "meter": "metre",
    "kilometer": "kilometre",
    "millimetre": "mm",
    "millimeter": "mm",
    "centimetre": "cm",
    "centimeter": "cm",
    "feet": "foot",
    "inches": "inch",
    "hr": "hour",
    "h": "hour",
    "sec": "second",
    "s": "second",
    "min": "minute",
}
#: symbols that stand for a unit only at the end of a longer name ("dur_s", "len_m"), never alone
_SUFFIX_ONLY = frozenset({"s", "h", "m", "g"})
#: "mg" is a milligram (UNIT_SYMBOLS gives only the measure it belongs to, a weight)
_MILLIGRAM = {"mg": ("mass", 0.001)}


def unit_of(word: str) -> str | None:
    """The unit a word of a question names ("minutes", "hrs", "kilometers"), else None.

    >>> unit_of("minutes"), unit_of("hrs"), unit_of("kilometers"), unit_of("apples")
    ('minute', 'hour', 'kilometre', None)
    """
    low = word.lower()
    for w in (low, singular(low)):
        w = UNIT_SYMBOLS.get(w, w) if w not in _SUFFIX_ONLY else w
        w = _SPELLINGS.get(w, w)
        if w in UNITS:
            return w
    return None


def column_unit(name: str) -> str | None:
    """The unit a column's name says it stores: its last part a unit word or symbol, after other words
    ("delay_min", "dur_s") or alone as a plural unit word ("mins", "hours"); else None."""
    parts = [p.lower() for p in split_identifier(name)]
    if not parts:
        return None
    last = parts[-1]
    if len(parts) == 1 and (last in _SUFFIX_ONLY or singular(last) == last):
        return None  # a lone "m" or "minute" is no stored measure; "mins", "hours" are
    if last in _MILLIGRAM:
        return None  # no unit word of its own: left unconverted
    return unit_of(last)


def factor(stored: str, asked: str) -> float | None:
    """What a value stored in unit ``stored`` is multiplied by to read in unit ``asked``; None across
    dimensions."""
    a, b = UNITS.get(stored), UNITS.get(asked)
    if a is None or b is None or a[0] != b[0]:
        return None
    return a[1] / b[1]


def _convert_units(value: Any, unit: str, column: str | None) -> Any:
    """'longer than 10 minutes' against a Milliseconds column -> 600000.

    >>> _convert_units(10, "minutes", "Milliseconds"), _convert_units([1, 2], "hours", "delay_min")
    (600000, [60, 120])
    """
    asked = unit_of(unit) if unit else None
    stored = _stored_time_unit(column) if column else None
    f = factor(asked, stored) if asked and stored else None
    if f is None or UNITS[asked][0] != "time":
        return value

    def conv(v: Any) -> Any:
        x = v * f
        return int(round(x)) if abs(x - round(x)) < 1e-9 else x

    return [conv(v) for v in value] if isinstance(value, list) else conv(value)


def _stored_time_unit(column: str) -> str | None:
    """The unit of time a column stores: by its name's unit (:func:`column_unit`) or a unit word inside it
    ("Milliseconds", "duration_seconds")."""
    unit = column_unit(column)
    if unit is None:
        words = [singular(p.lower()) for p in split_identifier(column)]
        unit = next((unit_of(w) for w in reversed(words) if w not in _SUFFIX_ONLY and unit_of(w)), None)
    return unit if unit is not None and UNITS[unit][0] == "time" else None


#: the prefix of an item's ``expr`` that reads its column in another unit ("in:hour")
IN_UNIT = "in:"


def asked_unit(expr: str | None) -> str | None:
    """The unit an item's ``expr`` asks its column in ("in:hour" -> "hour"), else None."""
    if not expr or not expr.startswith(IN_UNIT):
        return None
    unit = expr.removeprefix(IN_UNIT)
    return unit if unit in UNITS else None


def conversion(column: str, asked: str) -> tuple[str, float] | None:
    """How a column's stored values read in unit ``asked``: ``("div", 60.0)`` for minutes in hours, ``("mul",
    1000.0)`` for kilometres in metres; None when the column names no unit of that dimension or the same unit.

    >>> conversion("delay_min", "hour"), conversion("len_km", "metre"), conversion("wt_kg", "minute")
    (('div', 60.0), ('mul', 1000.0), None)
    """
    stored = column_unit(column)
    if stored is None or stored == asked or factor(stored, asked) is None:
        return None
    big, small = UNITS[stored][1], UNITS[asked][1]
    return ("mul", big / small) if big > small else ("div", small / big)
