"""Question words that ask for an attribute: "when was the club founded" asks for a date or year column of the
club, "where are the members from" for a place column of the members.

A clause that starts with such a word (at the start of the question or after "and" or a comma) and whose words
link to no column of that kind gets one: a column mention is added on the clause's verb ("founded") for "when",
on the question word for "where". The table is the one the clause names (a value's table first, then a table,
then a column's), else the question's first table; for "when" its direct neighbours are tried when it has no
such column. "When" prefers the temporal column whose name shares the verb's lemma or a WordNet derivation
("born" -> birth year, "opened" -> opening year, "joined" -> joined on); a table of events the clause names that
refers to the clause's table ("when was the film last rented": the rentals) gives that event's one date unless the
verb names a date of the table itself; with no verb it
takes the table's only temporal column, and none when there are several. "Where" takes the table's first place column
(:data:`~datachat.nl2sql.patterns.PLACE_COLUMN_WORDS`, in that list's order of preference), else, right after
the table's own noun and "and", the name of the one table it refers to that has one (a wall's centre). Nothing is
added when the clause already names a column of the kind asked for (for "where", any column: "where is the
highest point" asks for the point's own name). "Who" followed by a verb asks for the one text column named after the
verb's doer ("who manages the shop": manager_name; "who directed it": directed_by).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import name_words, names_verb, split_identifier
from ..patterns import (
    CLAUSE_BREAKS,
    DATE_NAME_WORDS,
    EVENT_EXTREME_WORDS,
    PLACE_COLUMN_WORDS,
    STOP,
    WH_ATTRIBUTE_WORDS,
)
from ..schema import DATE_FAMILIES
from ..tokens import Mention
from . import date_filters, scan

if TYPE_CHECKING:
    from ..engine import Reading


def _temporal(q: Reading, table: str) -> list[str]:
    t = q.schema.table(table)
    return [
        c.name
        for c in t.columns
        if not c.primary_key
        and (c.family in DATE_FAMILIES or any(w in DATE_NAME_WORDS for w in split_identifier(c.name.lower())))
    ]


def _place(q: Reading, table: str) -> str | None:
    t = q.schema.table(table)
    for word in PLACE_COLUMN_WORDS:
        for c in t.columns:
            if c.family == "text" and word in name_words(c.name.lower()):
                return c.name
    return None


def _placing_parent(q: Reading, table: str) -> tuple[str, str] | None:
    """For a table with no place column, the one place it belongs to: the one table it refers to that has a place
    column, named by its label ("the tallest wall and where is it": the wall's centre)."""
    parents = {f.ref_table for f in q.schema.foreign_keys if f.table == table and f.ref_table != table}
    places = [t for t in sorted(parents) if _place(q, t) is not None]
    if len(places) != 1:
        return None
    labels = q.pl.name_columns(places[0])
    return (places[0], labels[0]) if labels else None


def _table_named_at(q: Reading, i: int, table: str) -> bool:
    """Whether the word at ``i`` ends a mention of ``table`` itself."""
    m = scan.mention_at(q, i)
    return m is not None and m.kind == "table" and m.t == table and m.end == i + 1


def _tables(q: Reading, table: str) -> list[str]:
    """The table, then its direct neighbours."""
    others = [t.name for t in q.schema.tables if t.name != table and q.pl.distance(table, t.name) == 1]
    return [table, *others]


def _events(q: Reading, named: str, inside: list[Mention], verb: str | None) -> list[tuple[str, str]]:
    """The dates of events the clause names that refer to the ``named`` table's rows: the one the clause's
    verb names ("due": the due date), else the one the event's word names ("invoice": the invoice date, not
    the due date), else the event's one date."""
    refers = {f.table for f in q.schema.foreign_keys if f.ref_table == named and f.table != named}
    found = set()
    for m in inside:
        if m.kind != "table" or m.t not in refers:
            continue
        cols = _temporal(q, m.t)
        said = {q.toks[k].low for k in range(m.start, m.end)} | {q.toks[k].lemma for k in range(m.start, m.end)}
        by_verb = [c for c in cols if verb and date_filters.verb_names_column(c, verb)]
        hit = by_verb or [c for c in cols if date_filters.verb_names_column(c, said - {""})]
        if len(hit) == 1 or len(cols) == 1:
            found.add((m.t, (hit or cols)[0]))
    return sorted(found)


def _clause(lows: list[str], i: int) -> int:
    j = i + 1
    while j < len(lows) and lows[j] not in CLAUSE_BREAKS:
        j += 1
    return j


def wh_attribute_mentions(q: Reading) -> None:
    """Add the column mentions the question words of :data:`WH_ATTRIBUTE_WORDS` ask for (see the module)."""
    lows = [t.low for t in q.toks]
    added: list[Mention] = []
    for i, w in enumerate(lows):
        kind = WH_ATTRIBUTE_WORDS.get(w)
        if kind is None or (i and lows[i - 1] not in CLAUSE_BREAKS) or scan.mention_at(q, i) is not None:
            continue
        end = _clause(lows, i)
        inside = [m for m in q.mentions if i < m.start < end and m.t]
        # the clause's own table, else the question's first ("how old are they and where are they from")
        # (a value names the very row asked about: "when did the show 'X' air" dates the row holding 'X')
        named = next((m.t for kind in ("value", "table", "column") for m in inside if m.kind == kind), None) or next(
            (m.t for m in q.mentions if m.kind == "table" and m.t), None
        )
        if named is None:
            continue
        if kind == "time":
            if any(m.kind == "column" and m.c in _temporal(q, m.t) for m in inside):
                continue
            verbs = [k for k in range(end - 1, i, -1) if scan.mention_at(q, k) is None and lows[k].isalpha()]
            verb = next((k for k in verbs if lows[k] not in STOP and lows[k] not in EVENT_EXTREME_WORDS), None)
            found = None
            own = verb is not None and any(date_filters.verb_names_column(c, lows[verb]) for c in _temporal(q, named))
            event = [] if own else _events(q, named, inside, lows[verb] if verb is not None else None)
            if len(event) == 1:
                # "when was the stout last poured", "when was Acme first billed": the clause names an event of
                # the row asked about (a pour, an invoice), whose own date is asked, not the row's own date
                found = event[0]
            for t in [] if found else _tables(q, named):
                cols = _temporal(q, t)
                if verb is not None:
                    hit = [c for c in cols if date_filters.verb_names_column(c, lows[verb])]
                    if hit:
                        found = (t, hit[0])
                        break
                if len(cols) == 1 and verb is None:
                    found = (t, cols[0])
                    break
            if found is None:
                continue
            at = verb if verb is not None else i
        elif kind == "agent":
            # "who manages the shop": the shop's column named after the verb's doer (manager_name, directed_by)
            verb = i + 1
            if verb >= end or not lows[verb].isalpha() or scan.mention_at(q, verb) is not None or lows[verb] in STOP:
                continue
            t = q.schema.table(named)
            hit = [
                c.name
                for c in t.columns
                if c.family == "text"
                and not c.primary_key
                and any(names_verb(x, lows[verb]) for x in name_words(c.name.lower()))
            ]
            if len(hit) != 1:
                continue
            found, at = (named, hit[0]), verb
        else:
            if any(m.kind == "column" for m in inside):
                continue  # "where is the main office": the column named is the place asked for
            found = (named, _place(q, named)) if _place(q, named) else None
            if found is None and i > 1 and lows[i - 1] == "and" and _table_named_at(q, i - 2, named):
                found = _placing_parent(q, named)  # "the tallest wall and where is it": the wall's centre
            if found is None:
                continue
            at = i
        m = Mention("column", at, at + 1, [(found[0], found[1], 1.0)], t=found[0], c=found[1])
        added.append(m)
    if added:
        q.mentions = sorted([*q.mentions, *added], key=lambda m: m.start)
