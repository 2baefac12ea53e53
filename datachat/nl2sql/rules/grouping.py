"""Shared by the rules that restore what earlier stages dropped: a table the question names, joined but
otherwise unused, becomes the entity each row of the answer is about; rows listed as a whole become a count.

    >>> from datachat.nl2sql.frame import Field, QueryFrame
    >>> count = Field("aggregate", fn="count", table="orders")
    >>> frame = QueryFrame(base="orders", select=(count,), joins=("customers",))
    >>> new = group_by_entity(frame, "customers")
    >>> [f.kind for f in new.select], new.group[0].table, new.joins
    (['entity', 'aggregate'], 'customers', None)
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..frame import Field, QueryFrame

if TYPE_CHECKING:
    from ..interpret import LinkedQuestion


def _measured_tables(question: LinkedQuestion, frame: QueryFrame) -> set[str]:
    tables: set[str] = set()
    for m in frame.measures:
        m = m.of if m.of is not None else m
        if m.kind == "metric" and question.planner is not None:
            tables.update(question.planner.metric_sql(m.name or "", True)[1])
        elif m.table:
            tables.add(m.table)
    return tables


def fans_out(question: LinkedQuestion, frame: QueryFrame, table: str) -> bool:
    """Whether grouping by ``table`` would repeat the measured rows (a path from a measured table to it runs
    through a table holding many rows per measured row), or cannot be told (no planner)."""
    if question.planner is None:
        return True
    for measured in _measured_tables(question, frame) or {frame.base or ""}:
        path = question.planner.path(measured, table) if measured != table else []
        if path is None or any(edge[4] == "down" for edge in path):
            return True
    return False


def dropped_entity(question: LinkedQuestion, frame: QueryFrame, at: set[int] | None = None) -> str | None:
    """The table a word names (at one of the positions ``at``, or anywhere) that the frame only joins:
    named, not grouped, filtered or measured, so its rows are what the question is about (never one that
    would count the measured rows more than once)."""
    measured = _measured_tables(question, frame)
    for i in sorted(at) if at is not None else range(len(question.words)):
        t = question.table_at(i)
        if t and t in (frame.joins or ()) and t not in measured and not fans_out(question, frame, t):
            return t
    return None


def ungrouped_measure(frame: QueryFrame) -> Field | None:
    """The frame's one aggregate (or metric) when it is computed over all rows (no grouping, nesting or
    set operation): the shape an entity ranking or a share lost its grouping from."""
    measures = frame.measures
    if frame.group or frame.nesting is not None or frame.set_operation or frame.having or len(measures) != 1:
        return None
    return measures[0] if measures[0].kind in ("aggregate", "metric") else None


def group_by_entity(frame: QueryFrame, table: str) -> QueryFrame:
    """``frame`` grouped by ``table``'s rows (its key; its label columns shown first)."""
    entity = Field("entity", table=table)
    joins = tuple(t for t in frame.joins or () if t != table) or None
    return replace(frame, select=(entity, *frame.select), group=(entity,), joins=joins, distinct=None)


def rows_listed(question: LinkedQuestion, frame: QueryFrame) -> bool:
    """Whether the frame lists the base table's rows as a whole (its entity, or every column), no value of
    them in particular."""
    if frame.measures or frame.group or frame.limit is not None or frame.nesting is not None or not frame.base:
        return False
    if frame.select and all(f.kind == "entity" and f.table == frame.base for f in frame.select):
        return True
    table = question.planner.schema.table(frame.base) if question.planner is not None else None
    shown = {f.column for f in frame.select if f.kind == "column" and f.table == frame.base}
    return table is not None and len(shown) == len(frame.select) == len(table.columns)


def quantity_listed(question: LinkedQuestion, frame: QueryFrame) -> bool:
    """Whether the frame lists one numeric column of the base table (not a key) and nothing else."""
    if frame.measures or frame.group or frame.limit is not None or frame.nesting is not None or frame.distinct:
        return False
    if len(frame.select) != 1 or frame.select[0].kind != "column" or question.planner is None:
        return False
    f = frame.select[0]
    table = question.planner.schema.table(f.table or "")
    col = table.column(f.column or "") if table is not None else None
    keys = {fk.column for fk in question.planner.schema.foreign_keys if fk.table == f.table}
    return col is not None and col.family in ("integer", "number") and not col.primary_key and col.name not in keys
