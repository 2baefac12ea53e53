"""Human column names for generated SQL: every selected expression gets a short, unique alias.

The result's column names are what people read: table headers, chart axis titles and the words of the
answer summary. So ``COUNT(*)`` becomes ``number_of_orders``, ``SUM(price * quantity)`` becomes ``revenue``,
a month bucket becomes ``month`` and ``categories.name`` in a grouped answer becomes ``category``.

    >>> plural_words("order_item"), singular_words("Categories"), snake("InvoiceLine")
    ('order_items', 'category', 'invoice_line')
    >>> base_alias({"kind": "agg", "fn": "count", "t": "orders", "c": None}, None)
    'number_of_orders'
    >>> base_alias({"kind": "agg", "fn": "avg", "t": "products", "c": "unit_price"}, None)
    'average_unit_price'
    >>> base_alias({"kind": "metric", "name": "units sold"}, None)
    'units_sold'
"""

from __future__ import annotations

import re

from .lexicon import singular, split_identifier

#: Column names that say nothing without their table ("name" of what?).
GENERIC = {"name", "title", "label", "description", "full_name", "fullname"}

FN_WORDS = {"sum": "total", "avg": "average", "min": "minimum", "max": "maximum", "count": "number_of"}
UNIT_WORDS = {"dow": "day_of_week"}


def snake(name: str) -> str:
    """``InvoiceLine`` / ``order items`` -> ``invoice_line`` / ``order_items``."""
    return "_".join(w.lower() for w in split_identifier(name)) or re.sub(r"\W+", "_", name.lower()).strip("_")


def singular_words(name: str) -> str:
    ws = [w.lower() for w in split_identifier(name)]
    if ws:
        ws[-1] = singular(ws[-1])
    return "_".join(ws)


def plural(word: str) -> str:
    if word.endswith("s"):
        return word
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        return word[:-1] + "ies"
    if word.endswith(("ch", "sh", "x")):
        return word + "es"
    return word + "s"


def plural_words(name: str) -> str:
    ws = singular_words(name).split("_")
    ws[-1] = plural(ws[-1])
    return "_".join(w for w in ws if w)


def column_alias(t: str | None, c: str, generic_as_table: bool) -> str:
    """A plain column: its own name, or its table's singular name when the name is generic."""
    if generic_as_table and t and c.lower() in GENERIC:
        return singular_words(t)
    return c


def base_alias(it: dict, label_of: dict | None, generic_as_table: bool = False) -> str:
    """The preferred alias of one select item (before de-duplication).

    ``label_of`` maps a table to its label columns (for ``entity`` items); unused for the other kinds.
    """
    k = it.get("kind")
    if k == "col":
        return column_alias(it.get("t"), it["c"], generic_as_table)
    if k == "bucket":
        return UNIT_WORDS.get(it["unit"], it["unit"])
    if k == "metric":
        return snake(it["name"])
    if k == "pct":
        return "percentage"
    if k == "total_share":
        return "share_of_" + base_alias(it["of"], label_of, generic_as_table).removeprefix("number_of_")
    if k == "agg":
        fn = it["fn"]
        t, c = it.get("t"), it.get("c")
        if fn == "count":
            if c is None:
                return "number_of_" + plural_words(t) if t else "count"
            what = plural_words(t) if c.lower() in GENERIC and t else plural_words(c)
            return "number_of_" + what
        if it.get("times"):
            return "revenue"  # price x quantity on line rows
        col = snake(c)
        span = str(it.get("expr") or "").partition(":")
        if span[0] == "in" and span[2]:
            # "in hours": "total_delay_hours", the stored unit's symbol left out
            col = "_".join([w.lower() for w in split_identifier(c)][:-1] + [span[2] + "s"])
        elif span[1] and span[2]:
            col = span[0]  # the time between two dates, in its unit ("average_days")
        if it.get("expr") == "len":
            col = "length_of_" + col
        word = FN_WORDS[fn]
        if col == word or col.startswith(word + "_"):
            return col  # SUM(total) is "total", not "total_total"
        return f"{word}_{col}"
    return "value"
