"""Rules that refine an understood question's frame, run in order, each with one job.

A rule is a pure function ``(question, frame) -> (frame, consumed)``: it reads the
:class:`LinkedQuestion` (the question's words, which of them no earlier stage has read, the tables and
columns they name and the day relative dates count from) and the :class:`~.frame.QueryFrame`, and returns a new frame
(or the same one) and the word positions it consumed.
Rules share nothing else: no rule reads or writes another rule's state, and a word one rule consumed is
no longer unread for the next. :data:`RULES` is the order they run in; :func:`interpret` is the driver.
Adding a question type is one rule in ``rules/`` plus its table-driven tests (see ARCHITECTURE.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from .frame import QueryFrame
from .rules.any_of import any_of
from .rules.compare_columns import compare_columns
from .rules.compare_periods import compare_periods
from .rules.conditional_share import conditional_share
from .rules.durations import durations
from .rules.event_extremes import event_extremes
from .rules.event_rate import event_rate
from .rules.measured_column import measured_column
from .rules.named_references import named_references
from .rules.order_span import order_span
from .rules.rank_entities import rank_entities
from .rules.row_state import row_state
from .rules.share_of_total import share_of_total
from .rules.state_dates import state_dates
from .rules.value_negation import value_negation
from .sqlgen import Planner
from .values import ValueIndex


@dataclass(frozen=True)
class LinkedQuestion:
    """What a rule may read of the question: its lower-cased words, the positions still unread (not
    consumed by an earlier stage or rule, and not linked to a table, column or value), the table and the
    ``(table, column)`` each word names (``None`` where it names none; empty when not known), the day
    relative dates ("last year") count from, and the planner (the schema's tables, columns and labels);
    rules that need one of the last two do not fire without it."""

    words: tuple[str, ...]
    unread: frozenset[int]
    tables: tuple[str | None, ...] = ()
    columns: tuple[tuple[str, str] | None, ...] = ()
    today: dt.date | None = None
    planner: Planner | None = field(default=None, compare=False)
    #: the ``(table, column)`` each word was read as a filter on (``None`` where it was not; empty when not known)
    filter_columns: tuple[tuple[str, str] | None, ...] = ()
    #: the data's value index (status codes, yes/no flags); rules that need it do not fire without it
    values: ValueIndex | None = field(default=None, compare=False)

    def table_at(self, i: int) -> str | None:
        return self.tables[i] if i < len(self.tables) else None

    def column_at(self, i: int) -> tuple[str, str] | None:
        return self.columns[i] if 0 <= i < len(self.columns) else None

    def filter_positions(self, table: str | None, column: str | None) -> tuple[int, ...]:
        """The positions of the words read as a filter on ``table.column``."""
        return tuple(i for i, tc in enumerate(self.filter_columns) if tc is not None and tc == (table, column))


Rule = Callable[[LinkedQuestion, QueryFrame], tuple[QueryFrame, frozenset[int]]]

#: the rules, in the order they run (a rate named by its event first, as it rebuilds the frame; an entity ranking
#: next; a share of the rows meeting a condition
#: before a share of the total, which reads any share word left; a share's "each Y" grouping before the
#: period comparison, which reads the grouping it restores; two columns compared read the verb naming a date before
#: a state participle could; rows in force only filter, so come last, but for a negated relation moved to the
#: values of the one attribute listed, which reads the finished filters; a measured column said again to show
#: is left out of a grouping last, once every rule has built its grouping)
RULES: tuple[Rule, ...] = (
    event_rate,
    rank_entities,
    conditional_share,
    share_of_total,
    compare_periods,
    durations,
    order_span,
    compare_columns,
    named_references,
    row_state,
    state_dates,
    event_extremes,
    value_negation,
    measured_column,
    any_of,
)


def interpret(
    question: LinkedQuestion, frame: QueryFrame, rules: tuple[Rule, ...] = RULES
) -> tuple[QueryFrame, frozenset[int]]:
    """Run ``rules`` in order over ``frame``; returns the refined frame and every word position consumed."""
    consumed: frozenset[int] = frozenset()
    for rule in rules:
        frame, used = rule(replace(question, unread=question.unread - consumed), frame)
        consumed |= used
    return frame, consumed
