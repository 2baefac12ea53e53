"""Two conditions on different columns joined by "or": "cars that either have 8 cylinders or were built before 1980",
"models made by General Motors or weighing more than 3500".

Earlier stages read each condition on its own and the frame keeps both, which must both hold. An "or" between
them (only the words of the two conditions around it, no other condition between) asks for rows meeting either:
one ``any`` filter holding the two (``value``: the two filters), placed where the first one was; two values of one
column each said with its column ("grade 9 or grade 10") are one ``in`` filter. Other alternatives on one column
("in 2014 or 2015", "after 2020 or before 2010") are read earlier, as ``in`` or ``either``.

    >>> from datachat.nl2sql.frame import Field, Filter, QueryFrame, Span
    >>> cyl = Filter(Field("column", table="car", column="cylinders"), "=", 8)
    >>> year = Filter(Field("column", table="car", column="year"), "<", 1980)
    >>> frame = QueryFrame(base="car", filters=(year, cyl), spans=(Span("cmp", 2, 4, "8 cylinders"),
    ...                    Span("date", 7, 8, "1980")))
    >>> owners = {(2, 4): cyl, (7, 8): year}
    >>> new = joined_by_or(frame, owners, 5)
    >>> [(f.op, [w.field.column for w in f.value]) for f in new.filters]
    [('any', ['cylinders', 'year'])]
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..frame import Filter, QueryFrame, Span

if TYPE_CHECKING:
    from ..interpret import LinkedQuestion

_NONE: frozenset[int] = frozenset()
#: the parts of a frame's spans that come from a condition's words
_CONDITION_PARTS = frozenset({"filter", "cmp", "date"})
#: operators of conditions that already join alternatives or compare sets: never one side of an "or"
_COMPOUND_OPS = frozenset({"both", "either", "any"})


def any_of(question: LinkedQuestion, frame: QueryFrame) -> tuple[QueryFrame, frozenset[int]]:
    """The rule: each unread "or" between the words of two conditions on different columns joins them as
    alternatives (:func:`joined_by_or`); reads the "or" and an "either" before the first condition."""
    if len(frame.filters) < 2 or frame.nesting is not None:
        return frame, _NONE
    owners = _owners(question, frame)
    used: set[int] = set()
    for k in sorted(question.unread):
        joined = joined_by_or(frame, owners, k) if question.words[k] == "or" else frame
        if joined is frame:
            continue
        frame = joined
        first = max((span for span in owners if span[1] <= k), key=lambda span: span[1])[0]
        lead = [i for i in range(max(first - 3, 0), first) if question.words[i] == "either" and i in question.unread]
        used.update({k, *lead})
    return frame, frozenset(used)


def joined_by_or(frame: QueryFrame, owners: dict[tuple[int, int], Filter], k: int) -> QueryFrame:
    """``frame`` with the conditions whose words end nearest before position ``k`` and start nearest after it
    made one ``any`` filter; ``frame`` itself when they are not two simple conditions on different columns."""
    before = [(end, f) for (start, end), f in owners.items() if end <= k]
    after = [(start, f) for (start, end), f in owners.items() if start > k]
    if not before or not after:
        return frame
    left = max(before, key=lambda x: x[0])[1]
    right = min(after, key=lambda x: x[0])[1]
    if left is right or {left.op, right.op} & _COMPOUND_OPS:
        return frame
    if left not in frame.filters or right not in frame.filters:
        return frame
    if left.field != right.field:
        either = Filter(left.field, "any", (left, right))
    elif left.op == right.op == "=" and left.period is None and right.period is None:
        either = Filter(left.field, "in", (left.value, right.value))  # "grade 9 or grade 10"
    else:
        return frame
    filters = tuple(either if f is left else f for f in frame.filters if f is not right)
    return replace(frame, filters=filters)


def _owners(question: LinkedQuestion, frame: QueryFrame) -> dict[tuple[int, int], Filter]:
    """The filter each condition span of the frame was read into: by the column its words name (a number's
    column beside it), or the one date condition for a date span. Spans no single filter owns are left out."""
    spans = [s for s in frame.spans if s.part in _CONDITION_PARTS]
    out: dict[tuple[int, int], Filter] = {}
    for s in spans:
        owner = _owner(question, frame, s, spans)
        if owner is not None:
            out[(s.start, s.end)] = owner
    return out


def _owner(question: LinkedQuestion, frame: QueryFrame, span: Span, spans: list[Span]) -> Filter | None:
    if span.part == "date":
        dated = [f for f in frame.filters if f.period is not None]
        return dated[0] if len(dated) == 1 else None
    named = {question.columns[i] for i in range(span.start, span.end) if i < len(question.columns)}
    named |= {question.filter_columns[i] for i in range(span.start, span.end) if i < len(question.filter_columns)}
    if not named - {None} and span.part == "cmp":
        # a number compared: the column named right beside it ("8 cylinders", "more than 3500 in weight")
        beside = [s for s in spans if s.part == "cmp" and (s.start == span.end or s.end == span.start)]
        named = {question.columns[i] for s in beside for i in range(s.start, s.end) if i < len(question.columns)}
    named -= {None}
    found = [f for f in frame.filters if (f.field.table, f.field.column) in named and f.op not in _COMPOUND_OPS]
    if len(found) > 1:
        # several conditions on the column ("grade 9 or grade 10"): the one whose value is said here or beside
        beside = [s for s in spans if s.part == span.part and (s.start == span.end or s.end == span.start)]
        said = {question.words[i] for s in (span, *beside) for i in range(s.start, s.end)}
        found = [f for f in found if _said(f.value) & said]
    return found[0] if len(found) == 1 else None


def _said(value: object) -> set[str]:
    """How a condition's value may be written in the question (lower case; a whole number without ".0")."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return {str(value).lower()} if isinstance(value, str | int | float) and not isinstance(value, bool) else set()
