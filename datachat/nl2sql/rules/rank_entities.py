"""Entities ranked by a measure: "top 5 customers by total spend", "customers ranked by number of orders".

Earlier stages can read the measure (summed over the joined rows) and the named table only as a join,
which answers one grand total. When the frame computes one ungrouped measure, a table the question names
is only joined, and the question ranks (a limit, an explicit ordering by the measure, or an unread
:data:`~datachat.nl2sql.patterns.RANK_WORDS` word), the frame groups by that table and orders by the
measure, largest first (smallest first after a :data:`~datachat.nl2sql.patterns.RANK_LOW_WORDS` word).
A single total sorted by another table's column after an ordering word ("rank the albums by number of
tracks") is the same question: grouped by that table; so is "customers by total spend" (the named table
just before "by" and a measure: a breakdown, largest first) and "products ranked by quantity sold" read as
each sale's quantity (the quantities added up per product). After an ordering word that does not rank
("sorted by"), smallest first.

    >>> from datachat.nl2sql.frame import Field, QueryFrame
    >>> from datachat.nl2sql.interpret import LinkedQuestion
    >>> from datachat.nl2sql.schema import Column, ForeignKey, Schema, Table
    >>> from datachat.nl2sql.sqlgen import Planner
    >>> key = Column("id", "integer", primary_key=True)
    >>> tables = [Table("customers", [key], ["id"]), Table("orders", [key, Column("customer_id", "integer")], ["id"])]
    >>> planner = Planner(Schema(tables, [ForeignKey("orders", "customer_id", "customers", "id")]))
    >>> count = Field("aggregate", fn="count", table="orders")
    >>> frame = QueryFrame(base="orders", select=(count,), joins=("customers",))
    >>> words, tables = ("customers", "ranked", "by", "orders"), ("customers", None, None, None)
    >>> q = LinkedQuestion(words, frozenset({1}), tables, planner=planner)
    >>> new, used = rank_entities(q, frame)
    >>> new.group[0].table, [(o.field.fn, o.direction) for o in new.order], sorted(used)
    ('customers', [('count', 'desc')], [1])
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..frame import Field, Order, QueryFrame
from ..lexicon import singular
from ..patterns import MONEY_WORDS, ORDER_WORDS, RANK_LOW_WORDS, RANK_WORDS, RANKED_VALUE_LEADS, SUM_WORDS
from .grouping import dropped_entity, fans_out, group_by_entity, ungrouped_measure

if TYPE_CHECKING:
    from ..interpret import LinkedQuestion


def _named_by_label(
    question: LinkedQuestion, frame: QueryFrame, measure: Field, at: set[int] | None = None
) -> str | None:
    """The measured table itself when a word (at one of ``at``, or anywhere) names it by what its label column
    names ("donors" for a gifts table with a donor's name column): many of its rows share one such name, so the
    rows are ranked per name (the statement groups by the label)."""
    base = frame.base
    if question.planner is None or base is None or measure.table != base:
        return None
    for i in sorted(at) if at is not None else range(len(question.words)):
        if question.table_at(i) == base and question.planner.named_by_label(base, singular(question.words[i])):
            return base
    return None


def _ordered_by_label(question: LinkedQuestion, frame: QueryFrame, measure: Field) -> str | None:
    """The table whose column a single total is "ordered" by ("rank the albums by number of tracks" read as
    one count sorted by album title): the rows asked for are that table's."""
    if len(frame.order) != 1 or not any(w in ORDER_WORDS for w in question.words):
        return None
    field = frame.order[0].field
    if field.kind != "column" or field.table in (None, measure.table) or field.alias:
        return None
    named = field.table in question.tables
    return field.table if named and not fans_out(question, frame, field.table) else None


def _ranked_by_many(question: LinkedQuestion, frame: QueryFrame) -> tuple[QueryFrame, frozenset[int]]:
    """Rows ranked by a number of the rows under them ("products ranked by quantity sold", read as each
    sale's quantity): the rows, ranked by that number added up (``SUM``) per row."""
    ranks = [i for i, w in enumerate(question.words) if w in RANK_WORDS]
    if not ranks or frame.measures or frame.group or len(frame.order) != 1 or question.planner is None:
        return frame, frozenset()
    field, base = frame.order[0].field, frame.base or ""
    table = question.planner.schema.table(field.table or "")
    col = table.column(field.column or "") if table is not None and field.kind == "column" else None
    path = question.planner.path(base, field.table or "") if col is not None else None
    numeric = col is not None and col.family in ("integer", "number") and not col.primary_key
    if not numeric or not path or any(edge[4] != "down" for edge in path) or question.table_at(ranks[0] - 1) != base:
        return frame, frozenset()
    total = Field("aggregate", fn="sum", table=field.table, column=field.column)
    low = any(w in RANK_LOW_WORDS for w in question.words)
    entity = Field("entity", table=base)
    order = (Order(total, "asc" if low else "desc"),)
    ranked = replace(frame, select=(entity, total), group=(entity,), order=order, order_implied=False, distinct=None)
    return ranked, frozenset(i for i in ranks if i in question.unread)


def _ranked_values(question: LinkedQuestion, frame: QueryFrame) -> tuple[QueryFrame, frozenset[int]]:
    """The values of a column many rows share ranked by a total ("top 3 ship countries by total sales", "which
    ship city has the highest total amount"), read as each row's amount sorted: the column's values, ranked by
    the amount added up (``SUM``) per value. Only for a text column that neither keys nor names the rows,
    named right after the ranking words, and an amount said to be a total or money."""
    if question.planner is None or frame.measures or frame.group or frame.limit is None or len(frame.select) != 1:
        return frame, frozenset()
    if len(frame.order) != 1 or frame.distinct or frame.nesting or frame.self_join or frame.having:
        return frame, frozenset()
    shown, by = frame.select[0], frame.order[0].field
    base = frame.base or ""
    if shown.kind != "column" or by.kind != "column" or shown.table != base or by.table != base or shown.alias:
        return frame, frozenset()
    table = question.planner.schema.table(base)
    col = table.column(shown.column or "") if table is not None else None
    amount = table.column(by.column or "") if table is not None else None
    if col is None or amount is None or col.primary_key or amount.primary_key or col.family != "text":
        return frame, frozenset()
    if amount.family not in ("integer", "number") or col.name in question.planner.label_columns(base):
        return frame, frozenset()
    words = question.words
    firsts = [i for i, c in enumerate(question.columns) if c == (base, col.name)]
    if not firsts:
        return frame, frozenset()
    lead = firsts[0] - 1
    while lead >= 0 and question.column_at(lead) == (base, col.name):
        lead -= 1
    if lead >= 0 and words[lead].isdigit():
        lead -= 1
    if lead < 0 or words[lead] not in RANKED_VALUE_LEADS:
        return frame, frozenset()
    if not any(w in SUM_WORDS or w in MONEY_WORDS for w in words[firsts[0] + 1 :]):
        return frame, frozenset()
    total = Field("aggregate", fn="sum", table=base, column=amount.name)
    order = (Order(total, frame.order[0].direction),)
    ranked = replace(frame, select=(shown, total), group=(shown,), order=order, order_implied=False)
    return ranked, frozenset()


def rank_entities(question: LinkedQuestion, frame: QueryFrame) -> tuple[QueryFrame, frozenset[int]]:
    asked = {i for i in question.unread if question.words[i] in RANK_WORDS}
    sorted_ = {i for i in question.unread if question.words[i] in ORDER_WORDS} - asked
    measure = ungrouped_measure(frame)
    if measure is None:
        ranked, used = _ranked_values(question, frame)
        return (ranked, used) if ranked is not frame else _ranked_by_many(question, frame)
    low = any(w in RANK_LOW_WORDS for w in question.words)
    by_measure = bool(frame.order) and frame.order[0].field == measure and not frame.order_implied
    entity = None
    if asked or sorted_ or (frame.limit is not None and not frame.order) or by_measure:
        entity = dropped_entity(question, frame) or _named_by_label(question, frame, measure)
    direction = frame.order[0].direction if by_measure else ("asc" if low or (sorted_ and not asked) else "desc")
    implied = False
    if entity is None and not frame.order and frame.limit is None:
        # "customers by total spend": the named rows broken down by the measure, largest first
        before_by = {i - 1 for i, w in enumerate(question.words) if w == "by" and i}
        entity = dropped_entity(question, frame, before_by) or _named_by_label(question, frame, measure, before_by)
        implied = entity is not None
    if entity is None:
        entity = _ordered_by_label(question, frame, measure)
        ranks = any(w in RANK_WORDS for w in question.words)
        direction = ("asc" if low else "desc") if ranks else frame.order[0].direction if frame.order else "desc"
    if entity is None:
        return frame, frozenset()
    ranked = replace(group_by_entity(frame, entity), order=(Order(measure, direction),), order_implied=implied)
    return ranked, frozenset(asked | sorted_)
