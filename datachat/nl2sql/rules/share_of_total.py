"""Share of a total: "share of revenue by category", "what proportion of orders each channel has".

A share of a whole asked for "each/every/per Y" where earlier stages only joined Y is first grouped by Y.
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

from ..frame import Field, Order, QueryFrame
from ..patterns import SHARE_GROUP_LEADS, SHARE_WORDS
from .grouping import dropped_entity, group_by_entity, quantity_listed, rows_listed, ungrouped_measure

if TYPE_CHECKING:
    from ..interpret import LinkedQuestion


def _additive(field: Field) -> bool:
    return field.kind == "metric" or (field.kind == "aggregate" and field.fn in ("count", "sum"))


def _counted(question: LinkedQuestion, at: int) -> str | None:
    """The table named right after the share word ("share of the orders"), if any."""
    k = at + 1
    while k < len(question.words) and question.words[k] in ("of", "the", "all"):
        k += 1
    return question.table_at(k)


def _each_group(question: LinkedQuestion, frame: QueryFrame, at: int) -> tuple[QueryFrame, set[int]]:
    """The grouping an "each/every/per Y" phrase asks for when earlier stages only joined Y ("what share of
    revenue does each category have"): the frame grouped by Y, and the lead word's position."""
    if rows_listed(question, frame):
        # "what share of tracks does each genre have": the rows listed are the ones to count
        count = Field("aggregate", fn="count", table=frame.base)
        frame = replace(frame, select=(count,), order=(), order_implied=False, distinct=None)
    elif quantity_listed(question, frame):
        # "what share of the budget does each lead have": a quantity's share is a share of its sum
        total = replace(frame.select[0], kind="aggregate", fn="sum")
        frame = replace(frame, select=(total,), order=(), order_implied=False, distinct=None)
    words = question.words
    leads = []
    for i in sorted(i for i in question.unread if words[i] in SHARE_GROUP_LEADS):
        j = i + 1
        while j < len(words) and words[j] in ("the", "a", "an", "single", "individual"):
            j += 1
        leads.append((i, j))
    for i, j in leads:
        # "what share of invoices does each country have", read as the countries listed: count per country
        linked = question.column_at(j)
        key = Field("column", table=linked[0], column=linked[1]) if linked else None
        if key is not None and frame.select == (key,) and not frame.group and frame.base and frame.limit is None:
            count = Field("aggregate", fn="count", table=_counted(question, at) or frame.base)
            order = (Order(count, "desc"),)
            return replace(frame, select=(key, count), group=(key,), order=order, order_implied=True, distinct=None), {
                i
            }
    if ungrouped_measure(frame) is None:
        return frame, set()
    for i, j in leads:
        entity = dropped_entity(question, frame, {j}) if j < len(words) else None
        if entity is not None:
            grouped = group_by_entity(frame, entity)
            if not frame.order:  # the default order of a breakdown: largest first
                grouped = replace(grouped, order=(Order(frame.measures[0], "desc"),), order_implied=True)
            return grouped, {i}
    return frame, set()


def share_of_total(question: LinkedQuestion, frame: QueryFrame) -> tuple[QueryFrame, frozenset[int]]:
    asked = sorted(i for i in question.unread if question.words[i] in SHARE_WORDS)
    lead: set[int] = set()
    if asked:
        frame, lead = _each_group(question, frame, asked[0])
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
    consumed = {at, *lead}
    if at + 1 < len(question.words) and question.words[at + 1] == "of" and at + 1 in question.unread:
        consumed.add(at + 1)
    share = Field("share_of_total", of=measures[0])
    select = tuple(share if f == measures[0] else f for f in frame.select)
    return replace(frame, select=select), frozenset(consumed)
