"""Which rows' date dates a fact that has none of its own: the event it belongs to, never a thing it names.

A row with no date (an order line, a tab item) happened when the event it is part of did: the nearest rows it
refers to (following its references up, level by level) that have a date, of which the one its name says it is
part of (an order line's order), else those that refer to something themselves (an event involves others: the
order its customer). A row nothing else describes (a product, a beer) is a thing, and its date (a launch, an
opening) dates the thing, not the fact.

    >>> from datachat.nl2sql.schema import Column, ForeignKey, Schema, Table
    >>> schema = Schema(
    ...     [Table("product", [Column("id", "integer", primary_key=True), Column("launched", "date")]),
    ...      Table("sale", [Column("id", "integer", primary_key=True), Column("sold_on", "date"),
    ...                     Column("shop_id", "integer")]),
    ...      Table("shop", [Column("id", "integer", primary_key=True)]),
    ...      Table("sale_line", [Column("id", "integer", primary_key=True), Column("sale_id", "integer"),
    ...                          Column("product_id", "integer")])],
    ...     [ForeignKey("sale_line", "sale_id", "sale", "id"), ForeignKey("sale_line", "product_id", "product", "id"),
    ...      ForeignKey("sale", "shop_id", "shop", "id")])
    >>> parent_events(schema, "sale_line")
    ['sale']
"""

from __future__ import annotations

from typing import Any

from .lexicon import name_words
from .schema import DATE_FAMILIES


def dated(schema: Any, table: str) -> bool:
    """Whether ``table`` has a date column."""
    tab = schema.table(table)
    return tab is not None and any(c.family in DATE_FAMILIES for c in tab.columns)


def parent_events(schema: Any, fact: str) -> list[str]:
    """The events a fact with no date of its own belongs to, the most likely first (see the module): two of
    equal standing come out both, so the engine asks which date is meant."""
    fks = schema.foreign_keys
    own_words = set(name_words(fact))
    seen, level = {fact}, [fact]
    while level:
        up = sorted({f.ref_table for f in fks if f.table in level and f.ref_table not in seen})
        seen.update(up)
        with_dates = [t for t in up if dated(schema, t)]
        header = [t for t in with_dates if set(name_words(t)) <= own_words]
        if header:
            return header
        if with_dates:
            return [t for t in with_dates if any(f.table == t and f.ref_table != t for f in fks)]
        level = up
    return []
