"""What a count of things counts when the rows record a quantity: "how many tickets got sold" over sales rows
that each record a number of tickets adds the number up; "how many sales" still counts the rows.

A table records events (sales, bookings, shipments) when it refers to another table and is dated, itself or
through the row it refers to (the lines of a dated order). A counted noun is recorded as a quantity of such a
table when it names a column holding a number of things (:func:`.lexicon.names_quantity`: "seats", "num_units"),
or when it names the table only by a word before its head ("tickets" for ticket_sales, whose rows are sales of
tickets) and the table has one such column.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..event_dates import dated
from ..lexicon import name_words, names_quantity, past_participle, singular, split_identifier
from ..patterns import QUANTITY_UNITS

if TYPE_CHECKING:
    from ..engine import Reading
    from ..schema import Schema
    from ..tokens import Mention


def records_events(schema: Schema, table: str) -> bool:
    """Whether a table's rows are events: it refers to another table and is dated, itself or through a table it
    refers to (a line of a dated document)."""
    refs = [f.ref_table for f in schema.foreign_keys if f.table == table and f.ref_table != table]
    if not refs:
        return False
    return any(dated(schema, t) for t in (table, *refs))


def _whole_numbers(schema: Schema, table: str) -> list[str]:
    """The table's whole-number columns, keys and references left out."""
    t = schema.table(table)
    if t is None:
        return []
    refs = {f.column for f in schema.foreign_keys if f.table == table}
    return [c.name for c in t.columns if c.family == "integer" and not c.primary_key and c.name not in refs]


def quantity_columns(schema: Schema, table: str) -> list[str]:
    """The table's whole-number columns named as a number of things, keys and references left out."""
    return [c for c in _whole_numbers(schema, table) if names_quantity(c)]


def counted_quantity(q: Reading, nm: Mention) -> tuple[str, str] | None:
    """The (table, column) whose sum counts the plural noun ``nm`` links to: a quantity column of an event table
    named by the noun, or the one quantity column of an event table the noun names by a word before its head;
    None when the noun counts rows."""
    if nm.kind not in ("column", "table") or not nm.t or not records_events(q.schema, nm.t):
        return None
    # the words as written (an abbreviation linked is read back: "tickets" for tkt)
    words = [t.orig.lower() for t in q.toks[nm.start : nm.end]]
    while len(words) > 1 and past_participle(words[-1]):
        words.pop()  # "seats booked" linked as one: the noun before the event's participle
    if not words or singular(words[-1]) == words[-1]:
        return None  # a singular noun ("ticket sale") never counts things
    if nm.kind == "column":
        # the column holds a number of the noun itself ("seats" for seats, not "docking stations" for docks), or
        # the noun is what a quantity is counted in ("items", "units")
        named = (
            singular(words[-1]) in name_words(nm.c) or nm.c.lower() in words or singular(words[-1]) in QUANTITY_UNITS
        )
        return (nm.t, nm.c) if named and nm.c in quantity_columns(q.schema, nm.t) else None
    head = singular(split_identifier(nm.t)[-1].lower())
    said = {singular(w) for w in words} | {t.sing for t in q.toks[nm.start : nm.end]}
    if head in said or len(split_identifier(nm.t)) < 2:
        return None  # the table's own rows ("sales", "ticket sales")
    cols = quantity_columns(q.schema, nm.t)
    if len(_counts_of(q.schema, nm.t, singular(words[-1]))) > 1:
        # "how many tickets" over sales recording adult and child tickets: the rows counted, or a sum of parts
        q.quantity_rivals.append(" ".join(t.orig for t in q.toks[nm.start : nm.end]))
    return (nm.t, cols[0]) if len(cols) == 1 else None


def _counts_of(schema: Schema, table: str, noun: str) -> list[str]:
    """The table's whole-number columns whose name ends in the noun ("adult_tickets", "child_tickets" of
    tickets): each a number of a kind of those things."""
    return [c for c in _whole_numbers(schema, table) if singular(split_identifier(c)[-1].lower()) == noun]


def rival_quantity(schema: Schema, table: str) -> tuple[str, str] | None:
    """A quantity column of an event table next to ``table`` (referring to it, referred to by it, or sharing a
    row they both refer to) that counts the things ``table``'s rows are, by its name ("num_tickets" beside a
    tickets table): counting the rows and adding the quantity up are then both readings of "how many tickets"."""
    head = singular(split_identifier(table)[-1].lower())
    fks = [f for f in schema.foreign_keys if f.table != f.ref_table]
    parents = {f.ref_table for f in fks if f.table == table}
    near = (
        {f.table for f in fks if f.ref_table == table}
        | parents
        | {f.table for f in fks if f.ref_table in parents and f.table != table}
    )
    for other in sorted(near):
        if not records_events(schema, other):
            continue
        for c in quantity_columns(schema, other):
            if head in name_words(c):
                return other, c
    return None


def note_rival(q: Reading, nm: Mention) -> None:
    """Notes the rows of the table ``nm`` names, counted, as a doubt (``Reading.quantity_rivals``) when a verb
    says they are things an event deals in ("how many tickets got sold") and a related event table records a
    number of them (:func:`rival_quantity`): counting the rows and adding up the number are both readings."""
    if nm.kind != "table" or not any(past_participle(t.low) for t in q.toks):
        return
    if rival_quantity(q.schema, nm.t) is not None:
        q.quantity_rivals.append(" ".join(t.orig for t in q.toks[nm.start : nm.end]))
