"""A negated relation said of the values of an attribute the rows share: "continents with no cities", "template
types never used by any document".

Earlier stages read "<rows> with no <related rows>" as the rows that have none, which is right when the listed
column names each row (its key or label). When the one column listed is an attribute many rows share (a country's
continent), that reading lists the continent of every country without a city: a continent of which some other
country has cities is listed too. The question denies the relation of the value, so the value must have no row
with a related row: ``continent NOT IN (SELECT continent FROM country WHERE code IN (SELECT country_code FROM
city))``, each value once.

    >>> from datachat.nl2sql.frame import Field, Filter, QueryFrame, SubQuery
    >>> code = Field("column", table="country", column="code")
    >>> none = Filter(code, "not in sub", SubQuery("city", "country_code"))
    >>> frame = QueryFrame(base="country", select=(Field("column", table="country", column="continent"),),
    ...                    filters=(none,))
    >>> new = negated_values(frame, keys=("code",), labels=("name",))
    >>> new.filters[0].field.column, new.filters[0].op, new.filters[0].value.column, new.distinct
    ('continent', 'not in sub', 'continent', True)
    >>> new.filters[0].value.where[0].op
    'in sub'
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..frame import Filter, QueryFrame, SubQuery

if TYPE_CHECKING:
    from ..interpret import LinkedQuestion

_NONE: frozenset[int] = frozenset()


def value_negation(question: LinkedQuestion, frame: QueryFrame) -> tuple[QueryFrame, frozenset[int]]:
    """The rule: :func:`negated_values`, when the question names no row of the base itself ("the package option
    of the channels that ..." denies the relation of each channel) and the listed column is an attribute rows
    share (fewer values stored than labels of the rows); no words read."""
    planner, values = question.planner, question.values
    table = planner.schema.table(frame.base) if planner is not None and frame.base else None
    if table is None or values is None or frame.base in question.tables or len(frame.select) != 1:
        return frame, _NONE
    labels = tuple(planner.label_columns(frame.base))
    shown = frame.select[0].column
    kinds = len(values.column_values(f"{frame.base}.{shown}"))
    named = max((len(values.column_values(f"{frame.base}.{label}")) for label in labels), default=0)
    if not kinds or (named and kinds >= named):
        return frame, _NONE  # not a stored attribute, or one every row has its own of
    return negated_values(frame, keys=tuple(table.primary_key), labels=labels), _NONE


def negated_values(frame: QueryFrame, *, keys: tuple[str, ...], labels: tuple[str, ...]) -> QueryFrame:
    """``frame`` with its one negated relation on the base's key moved to the values of the one column it lists,
    when that column is an attribute of the base (neither its key nor its label) and nothing is aggregated."""
    if frame.group or frame.having or len(frame.select) != 1 or not keys:
        return frame
    shown = frame.select[0]
    if shown.kind != "column" or shown.table != frame.base or shown.column in keys or shown.column in labels:
        return frame
    negated = [
        f
        for f in frame.filters
        if f.op == "not in sub"
        and f.field.table == frame.base
        and f.field.column in keys
        and isinstance(f.value, SubQuery)
    ]
    if len(negated) != 1:
        return frame
    having = SubQuery(frame.base, shown.column, where=(replace(negated[0], op="in sub"),))
    value_filter = Filter(shown, "not in sub", having)
    filters = tuple(value_filter if f is negated[0] else f for f in frame.filters)
    return replace(frame, filters=filters, distinct=True)
