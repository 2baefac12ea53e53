"""The first or last time an event happened: "when did the Lees last visit", "her most recent order's date".

A statement that shows one date column only, row by row (no aggregate, grouping, order or limit), over the rows
the question picks, with a word left unread that asks for the first or the last one
(:data:`~datachat.nl2sql.patterns.EVENT_EXTREME_WORDS`, "most" before "recent" with it) shows the earliest
(``MIN``) or the latest (``MAX``) of that date instead. The date is the event's own: the earlier stages read it
from the verb or the noun of the event, so the rule only adds how many of its values are asked for. A word
followed by a number ("the first 5") is a limit, never read here.

    >>> from datachat.nl2sql.frame import Field, QueryFrame
    >>> from datachat.nl2sql.interpret import LinkedQuestion
    >>> from datachat.nl2sql.schema import Column, Schema, Table
    >>> from datachat.nl2sql.sqlgen import Planner
    >>> visits = Table("visits", [Column("id", "integer", primary_key=True), Column("seen_on", "date")])
    >>> frame = QueryFrame(base="visits", select=(Field("column", table="visits", column="seen_on"),))
    >>> words = ("when", "was", "the", "last", "visit")
    >>> q = LinkedQuestion(words, frozenset({3}), planner=Planner(Schema([visits])))
    >>> new, used = event_extremes(q, frame)
    >>> [(f.fn, f.column) for f in new.select], sorted(used)
    ([('max', 'seen_on')], [3])
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..frame import Field, QueryFrame
from ..patterns import EVENT_EXTREME_WORDS
from ..schema import DATE_FAMILIES

if TYPE_CHECKING:
    from ..interpret import LinkedQuestion


def event_extremes(question: LinkedQuestion, frame: QueryFrame) -> tuple[QueryFrame, frozenset[int]]:
    """The one date shown reduced to its earliest or latest value (see the module docstring)."""
    if question.planner is None or frame.nesting is not None or len(frame.select) != 1:
        return frame, frozenset()
    if frame.group or frame.order or frame.limit is not None or frame.having:
        return frame, frozenset()
    shown = frame.select[0]
    table = question.planner.schema.table(shown.table) if shown.kind == "column" and shown.table else None
    column = table.column(shown.column) if table is not None and shown.column else None
    if column is None or column.family not in DATE_FAMILIES:
        return frame, frozenset()
    words = question.words
    hits = [
        i
        for i in sorted(question.unread)
        if words[i] in EVENT_EXTREME_WORDS and not (i + 1 < len(words) and words[i + 1].isdigit())
    ]
    fns = {EVENT_EXTREME_WORDS[words[i]] for i in hits}
    if len(fns) != 1:
        return frame, frozenset()
    used = set(hits) | {i - 1 for i in hits if i and words[i - 1] == "most" and i - 1 in question.unread}
    field = Field("aggregate", table=shown.table, column=shown.column, fn=fns.pop(), alias=shown.alias)
    return replace(frame, select=(field,), distinct=None), frozenset(used)
