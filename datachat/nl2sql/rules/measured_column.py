"""A measured column said again as one to show: "what's the heaviest weight for each kind of pet? Show the weight
along with the kind".

The second "weight" names the figure already asked for, not another column to list. Read as a column of its own it
is shown and grouped by, and grouping by the column a MIN, MAX, AVG or SUM is taken of makes each group one value of
it: every group's maximum weight is its weight, so the answer has a row per weight instead of one per kind. A
grouped statement never means that, so the plain column leaves the select list and the grouping, and the aggregate
answers for it. A count is left alone ("each price and how many products have it" groups by the price it counts
nothing of).

    >>> from datachat.nl2sql.frame import Field, QueryFrame
    >>> from datachat.nl2sql.interpret import LinkedQuestion
    >>> kind = Field("column", table="pets", column="kind")
    >>> weight = Field("column", table="pets", column="weight")
    >>> heaviest = Field("aggregate", table="pets", column="weight", fn="max")
    >>> frame = QueryFrame(base="pets", select=(kind, weight, heaviest), group=(kind, weight))
    >>> new, used = measured_column(LinkedQuestion(("",), frozenset()), frame)
    >>> [(f.fn, f.column) for f in new.select], [f.column for f in new.group], used
    ([(None, 'kind'), ('max', 'weight')], ['kind'], frozenset())
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..frame import QueryFrame

if TYPE_CHECKING:
    from ..interpret import LinkedQuestion

#: aggregates that tell nothing over a group holding one value of their column (MIN, MAX and AVG are the value,
#: SUM the value times the group's rows)
_ONE_VALUE_FNS = frozenset({"min", "max", "avg", "sum"})


def measured_column(question: LinkedQuestion, frame: QueryFrame) -> tuple[QueryFrame, frozenset[int]]:
    """The plain copies of a measured column left out of the select list and the grouping (see the module
    docstring); reads no words."""
    if not frame.group or frame.nesting is not None:
        return frame, frozenset()
    measured = {
        (f.table, f.column, f.alias)
        for f in frame.select
        if f.kind == "aggregate" and f.fn in _ONE_VALUE_FNS and f.column and not f.times and not f.expr
    }
    echoes = {
        f
        for f in frame.group
        if f.kind == "column" and (f.table, f.column, f.alias) in measured and f in frame.select and not f.expr
    }
    if not echoes or len(echoes) == len(frame.group):
        return frame, frozenset()
    select = tuple(f for f in frame.select if f not in echoes)
    group = tuple(f for f in frame.group if f not in echoes)
    order = tuple(o for o in frame.order if o.field not in echoes)
    return replace(frame, select=select, group=group, order=order), frozenset()
