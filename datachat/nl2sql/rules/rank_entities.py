"""Entities ranked by a measure: "top 5 customers by total spend", "customers ranked by number of orders".

Earlier stages can read the measure (summed over the joined rows) and the named table only as a join,
which answers one grand total. When the frame computes one ungrouped measure, a table the question names
is only joined, and the question ranks (a limit, or an unread
:data:`~datachat.nl2sql.patterns.RANK_WORDS` word), the frame groups by that table and orders by the
measure, largest first (smallest first after a :data:`~datachat.nl2sql.patterns.RANK_LOW_WORDS` word).

    >>> from datachat.nl2sql.frame import Field, QueryFrame
    >>> from datachat.nl2sql.interpret import LinkedQuestion
    >>> count = Field("aggregate", fn="count", table="orders")
    >>> frame = QueryFrame(base="orders", select=(count,), joins=("customers",))
    >>> q = LinkedQuestion(("customers", "ranked", "by", "orders"), frozenset({1}), ("customers", None, None, None))
    >>> new, used = rank_entities(q, frame)
    >>> new.group[0].table, [(o.field.fn, o.direction) for o in new.order], sorted(used)
    ('customers', [('count', 'desc')], [1])
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..frame import Order, QueryFrame
from ..patterns import RANK_LOW_WORDS, RANK_WORDS
from .grouping import dropped_entity, group_by_entity, ungrouped_measure

if TYPE_CHECKING:
    from ..interpret import LinkedQuestion


def rank_entities(question: LinkedQuestion, frame: QueryFrame) -> tuple[QueryFrame, frozenset[int]]:
    asked = {i for i in question.unread if question.words[i] in RANK_WORDS}
    measure = ungrouped_measure(frame)
    if measure is None or not (asked or (frame.limit is not None and not frame.order)):
        return frame, frozenset()
    entity = dropped_entity(question, frame)
    if entity is None:
        return frame, frozenset()
    direction = "asc" if any(w in RANK_LOW_WORDS for w in question.words) else "desc"
    ranked = replace(group_by_entity(frame, entity), order=(Order(measure, direction),), order_implied=False)
    return ranked, frozenset(asked)
