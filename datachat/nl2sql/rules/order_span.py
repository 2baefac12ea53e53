"""Orderings spelled as a span: "from youngest to oldest", "from cheapest to most expensive", "oldest first",
"from A to Z".

Such a span asks for every row in an order, not for the one row at an end, so earlier stages that read
its first adjective as a superlative ("the cheapest", one row) or could not place it are corrected here:
the span's adjective (:data:`~datachat.nl2sql.patterns.ADJ_COLUMNS`, in any degree: "young", "younger",
"youngest") names a column of the rows listed (a price for
"cheapest", a date for "newest", an age, or a birth date read the other way round, for "youngest"), or the
other end does, read backwards; "A to Z" orders by the rows' label. Age words are never read as another
date. A span that names no column of the rows and that the frame does not already honour is left unread,
so the engine asks rather than drop it (:func:`span_positions`).

    >>> from datachat.nl2sql.interpret import LinkedQuestion
    >>> words = tuple("list products from cheapest to most expensive".split())
    >>> span = find_order_span(LinkedQuestion(words, frozenset()))
    >>> sorted(span.positions), span.first, span.last, span.direction
    ([2, 3, 4, 5, 6], 'cheapest', 'expensive', 'asc')
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..frame import Field, Order, QueryFrame
from ..lexicon import names_verb, singular, split_identifier, superlatives
from ..patterns import (
    ADJ_COLUMNS,
    AGE_ADJECTIVES,
    AGE_DATE_WORDS,
    ALPHABET_ENDS,
    DATE_NAME_WORDS,
    NUM_WORDS,
    ORDER_DEGREE,
    ORDER_FIRST_FILLER,
    ORDER_WORDS,
)
from ..schema import DATE_FAMILIES

if TYPE_CHECKING:
    from ..interpret import LinkedQuestion
    from ..sqlgen import Planner

_NONE: frozenset[int] = frozenset()
_DATE_HINTS = ("date", "year", "time", "created")


@dataclass(frozen=True)
class OrderSpan:
    """An ordering span: its word positions, the key of the end that comes first (an ``ADJ_COLUMNS`` key or
    ``"a"``/``"z"``), the other end's key (``None`` for "X first") and the direction the first end asks for."""

    positions: frozenset[int]
    first: str
    last: str | None
    direction: str
    #: the verb a date end qualifies ("most recently opened first"): the date column it names
    verb: str | None = None


def _ordering_adjective(word: str) -> str:
    """The ``ADJ_COLUMNS`` key of an ordering adjective in any degree ("young", "younger" -> "youngest")."""
    if word in ADJ_COLUMNS:
        return word
    return next((s for s in superlatives(word) if s in ADJ_COLUMNS), word)


def _end(words: tuple[str, ...], i: int) -> tuple[str, str, int] | None:
    """The span end starting at ``i`` ("the most expensive ones"): (key, direction, the position after it)."""
    n = len(words)
    while i < n and words[i] == "the":
        i += 1
    turned = None
    if i < n and words[i] in ORDER_DEGREE:
        turned = ORDER_DEGREE[words[i]]
        i += 1
    if turned is not None and (i >= n or _ordering_adjective(words[i]) not in ADJ_COLUMNS):
        return ("lowest", "asc", i) if turned else ("highest", "desc", i)  # "from the most to the least"
    if i >= n:
        return None
    if turned is None and words[i] in ALPHABET_ENDS:
        return words[i], ALPHABET_ENDS[words[i]], i + 1
    word = words[i]
    if word.endswith("ly") and word[:-2] in ADJ_COLUMNS:
        word = word[:-2]  # the adverb of an ordering adjective ("most recently" as "most recent")
    key = _ordering_adjective(word)
    if key not in ADJ_COLUMNS:
        return None
    direction = ADJ_COLUMNS[key][0]
    if turned:
        direction = "asc" if direction == "desc" else "desc"
    i += 1
    while i < n and words[i] in ("one", "ones"):
        i += 1
    return key, direction, i


def find_order_span(question: LinkedQuestion) -> OrderSpan | None:
    """The first ordering span of the question: "from X to Y" (opposite directions) or "X first"."""
    words = question.words
    n = len(words)
    for i, w in enumerate(words):
        if w == "from":
            a = _end(words, i + 1)
            if a is not None and a[2] < n and words[a[2]] == "to":
                b = _end(words, a[2] + 1)
                # two different ends ("newest" and "oldest" may share a direction: a date's and an age's)
                if b is not None and b[:2] != a[:2] and (a[0] in ALPHABET_ENDS) == (b[0] in ALPHABET_ENDS):
                    lead = {i - 1} if i and words[i - 1] in ORDER_WORDS else set()
                    return OrderSpan(frozenset({*lead, *range(i, b[2])}), a[0], b[0], a[1])
            continue
        if w in ALPHABET_ENDS and i + 2 < n and words[i + 1] == "to" and words[i + 2] in set(ALPHABET_ENDS) - {w}:
            # "titles Z to A", "sorted A to Z": the span without its "from"
            lead = {i - 1} if i and words[i - 1] in ORDER_WORDS else set()
            return OrderSpan(frozenset({*lead, i, i + 1, i + 2}), w, words[i + 2], ALPHABET_ENDS[w])
        if (i and words[i - 1] in ("the", *ORDER_DEGREE)) or w in ALPHABET_ENDS:
            continue  # an end starts at its first word
        a = _end(words, i)
        if a is None:
            continue
        j = a[2]
        while j < n and (words[j] in ORDER_FIRST_FILLER or question.table_at(j) or question.column_at(j)):
            j += 1  # "the oldest ones first", "highest membership level first"
        verb = None
        if (
            j + 1 < n
            and words[j + 1] == "first"
            and set(ADJ_COLUMNS.get(a[0], ("", ()))[1]) & DATE_NAME_WORDS
            and words[j].isalpha()
        ):
            verb, j = words[j], j + 1  # "most recently opened first": the date of the opening
        if j < n and words[j] == "first":
            named = {k for k in range(i, j) if question.table_at(k)}
            return OrderSpan(frozenset(range(i, j + 1)) - named, a[0], None, a[1], verb)
    return None


def span_positions(question: LinkedQuestion) -> frozenset[int]:
    """The positions of the question's ordering span (none without one): words that must be placed."""
    span = find_order_span(question)
    return span.positions if span is not None else _NONE


def _column(planner: Planner, key: str, table: str, verb: str | None = None) -> tuple[str, bool] | None:
    """The column of ``table`` the adjective ``key`` is about, and whether it reads the other way round (a
    birth date for an age word); with a ``verb`` only a date column whose name is about it."""
    t = planner.schema.table(table)
    if t is None:
        return None
    if key in ALPHABET_ENDS:
        labels = planner.label_columns(table)
        return (labels[0], False) if labels else None
    if verb is not None:
        for c in t.columns:
            named = [singular(w) for w in split_identifier(c.name)]
            dated = c.family in DATE_FAMILIES or set(named) & DATE_NAME_WORDS
            if dated and not c.primary_key and any(names_verb(w, verb) for w in named):
                return c.name, False
        return None
    for hint in ADJ_COLUMNS[key][1]:
        for c in t.columns:
            named = [singular(w) for w in split_identifier(c.name)]
            numeric = c.family in ("integer", "number") or named == [hint]  # an "age" column kept as text
            if hint in named and (numeric or hint in _DATE_HINTS) and not c.primary_key:
                return c.name, False
    if key in AGE_ADJECTIVES:
        for c in t.columns:
            if any(k in c.name.lower() for k in AGE_DATE_WORDS):
                return c.name, True
    return None


def _target(planner: Planner, span: OrderSpan, table: str) -> Order | None:
    """The ordering the span asks for over ``table``'s rows (from its first end, else its other end)."""
    for key, backwards in ((span.first, False), (span.last, True)):
        found = _column(planner, key, table, span.verb if key == span.first else None) if key is not None else None
        if found is not None:
            column, turned = found
            flip = backwards != turned
            direction = span.direction if not flip else ("asc" if span.direction == "desc" else "desc")
            return Order(Field("column", table=table, column=column), direction)
    return None


def _named_text(question: LinkedQuestion, span: OrderSpan, table: str) -> Order | None:
    """The text column of ``table`` named right before an alphabetical span ("surnames Z to A", "city from A to
    Z"): the rows in the order of that column rather than of their label."""
    if span.first not in ALPHABET_ENDS or question.planner is None:
        return None
    before = min(span.positions) - 1
    while before >= 0 and question.words[before] in ("by", "the", "their", "its", *ORDER_WORDS):
        before -= 1
    linked = question.column_at(before)
    if linked is None or linked[0] != table:
        return None
    column = question.planner.schema.table(table).column(linked[1])
    if column is None or column.family != "text":
        return None
    return Order(Field("column", table=table, column=linked[1]), span.direction)


def _inside(question: LinkedQuestion, span: OrderSpan, table: str) -> Order | None:
    """The ordering by a column of ``table`` named inside an "X first" span ("highest membership level first"):
    the rows in the order of that column, whatever column the adjective alone would suggest."""
    if span.last is not None or span.first in ALPHABET_ENDS:
        return None
    inside = sorted({question.column_at(k) for k in span.positions} - {None})
    if len(inside) != 1 or inside[0][0] != table:
        return None
    return Order(Field("column", table=table, column=inside[0][1]), span.direction)


def _named(question: LinkedQuestion, span: OrderSpan, table: str) -> Order | None:
    """The ordering by a column of ``table`` the question names next to the span ("from highest to lowest
    salary", "by price from highest to lowest"), for ends that imply no column of the table themselves."""
    if span.first in ALPHABET_ENDS or span.first in AGE_ADJECTIVES:
        return None
    words = question.words
    after, before = max(span.positions) + 1, min(span.positions) - 1
    while after < len(words) and words[after] == "the":
        after += 1
    while before >= 0 and words[before] in ("by", "the", "their", "its", *ORDER_WORDS):
        before -= 1
    for at in (after, before):
        linked = question.column_at(at)
        if linked is not None and linked[0] == table:
            return Order(Field("column", table=table, column=linked[1]), span.direction)
    return None


def _every_row(question: LinkedQuestion, span: OrderSpan, frame: QueryFrame) -> bool:
    """Whether a limit of one came from reading a span end as a superlative (no number asked for outside
    the span: "the cheapest one" is a span's end; a number a filter compares with asks for no rows)."""
    compared = _compared_numbers(frame)
    asked = (
        _number(w) not in compared
        for i, w in enumerate(question.words)
        if i not in span.positions and (w.isdigit() or w in NUM_WORDS)
    )
    return frame.limit == 1 and not any(asked)


def _number(word: str) -> float:
    """The value of a number word ("4", "four")."""
    return float(word) if word.isdigit() else float(NUM_WORDS[word])


def _compared_numbers(frame: QueryFrame) -> set[float]:
    """The numbers the frame's filters and group filters compare with ("above 4", "between 2 and 9")."""
    out: set[float] = set()
    for f in (*frame.filters, *frame.having):
        values = f.value if isinstance(f.value, (tuple, list)) else (f.value,)
        out.update(float(v) for v in values if isinstance(v, (int, float)) and not isinstance(v, bool))
    return out


def _ranked(question: LinkedQuestion, span: OrderSpan, frame: QueryFrame) -> tuple[QueryFrame, frozenset[int]]:
    """A grouped frame ordered by its measure ("genres from the most to the least tracks"): every group, in
    the span's direction."""
    first = frame.order[0] if frame.order else None
    if first is None or not first.field.is_measure or span.first in ALPHABET_ENDS or ADJ_COLUMNS[span.first][1]:
        return frame, _NONE
    ordered = replace(frame, order=(Order(first.field, span.direction), *frame.order[1:]), order_implied=False)
    if first.field not in frame.select:  # the value the groups are ordered by
        ordered = replace(ordered, select=(*frame.select, first.field))
    if _every_row(question, span, frame):
        ordered = replace(ordered, limit=None)
    return ordered, span.positions


def order_span(question: LinkedQuestion, frame: QueryFrame) -> tuple[QueryFrame, frozenset[int]]:
    span = find_order_span(question)
    if span is None or question.planner is None or frame.base is None or frame.nesting is not None:
        return frame, _NONE
    if frame.group:
        return _ranked(question, span, frame)
    target = (
        _named_text(question, span, frame.base)
        or _inside(question, span, frame.base)
        or _target(question.planner, span, frame.base)
        or _named(question, span, frame.base)
    )
    if target is None:
        honoured = frame.order and frame.order[0].direction == span.direction and not frame.order_implied
        no_column = span.first not in ALPHABET_ENDS and not ADJ_COLUMNS[span.first][1]
        return (frame, span.positions) if honoured and no_column else (frame, _NONE)
    column = (target.field.table, target.field.column)
    if frame.measures and all(m.fn in ("min", "max") and (m.table, m.column) == column for m in frame.measures):
        # "from highest to lowest salary" read as the lowest salary: the rows, with their salary
        frame = replace(frame, select=(Field("entity", table=frame.base), target.field))
    elif frame.measures:
        return frame, _NONE
    ordered = replace(frame, order=(target,), order_implied=False)
    if _every_row(question, span, frame):
        ordered = replace(ordered, limit=None)  # "from cheapest to ...": every row, not the cheapest one
    labels = all(f.kind == "entity" for f in frame.select)
    if labels and target.field not in frame.select:
        ordered = replace(ordered, select=(*frame.select, target.field))  # the value the rows are ordered by
    return ordered, span.positions
