"""Share of a total: "share of revenue by category", "what proportion of orders each channel has".

When an unread word of the question asks for a share (:data:`~datachat.nl2sql.patterns.SHARE_WORDS`) and the
frame computes one additive measure (a count, a sum or a named metric) broken down by dimensions, the frame
shows each group's share of the total instead, in percent: ``100.0 * m / SUM(m) OVER ()`` (still ordered by
the measure, so the largest share comes first).

    >>> from datachat.nl2sql.frame import Field, QueryFrame
    >>> from datachat.nl2sql.interpret import LinkedQuestion
    >>> count = Field("aggregate", fn="count", table="orders")
    >>> channel = Field("column", table="orders", column="channel")
    >>> frame = QueryFrame(base="orders", select=(channel, count), group=(channel,))
    >>> new, used = share_of_total(LinkedQuestion(("share", "of", "orders", "by", "channel"), frozenset({0, 1})), frame)
    >>> [f.kind for f in new.select], sorted(used)
    (['column', 'share_of_total'], [0, 1])
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..frame import Field, QueryFrame
from ..patterns import SHARE_WORDS

if TYPE_CHECKING:
    from ..interpret import LinkedQuestion


def _additive(field: Field) -> bool:
    return field.kind == "metric" or (field.kind == "aggregate" and field.fn in ("count", "sum"))


def share_of_total(question: LinkedQuestion, frame: QueryFrame) -> tuple[QueryFrame, frozenset[int]]:
    asked = sorted(i for i in question.unread if question.words[i] in SHARE_WORDS)
    measures = frame.measures
    if (
        not asked
        or not frame.group
        or len(measures) != 1
        or not _additive(measures[0])
        or frame.nesting is not None
        or frame.limit is not None
    ):
        return frame, frozenset()
    at = asked[0]
    consumed = {at}
    if at + 1 < len(question.words) and question.words[at + 1] == "of" and at + 1 in question.unread:
        consumed.add(at + 1)
    share = Field("share_of_total", of=measures[0])
    select = tuple(share if f == measures[0] else f for f in frame.select)
    return replace(frame, select=select), frozenset(consumed)
