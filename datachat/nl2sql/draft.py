"""The working state of understanding one question: a typed :class:`Draft` the steps fill in, then a frame.

The steps of ``parse/`` read the question and write the draft; each field says what it holds. Decisions one
step takes and a later step applies (a ranking's measure, an order direction waiting for its measure) travel in
:class:`Pending`, never in private keys of a dict. Items inside the lists are the plain item and condition
dicts that :meth:`..frame.QueryFrame.from_state` converts (``{"kind": "col", "t": ..., "c": ...}``). What
each mention was read as in the query (its role: "filter", "agg", "group", ...) is kept in the draft too
(:meth:`Draft.role_of`, :meth:`Draft.give_role`), never on the mention.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .tokens import Mention

Item = dict[str, Any]
"""A select, group or order item in its plain form: ``{"kind": "agg", "fn": "sum", "t": "orders", "c": "total"}``."""

Condition = dict[str, Any]
"""A filter in its plain form: ``{"item": Item, "op": ">", "value": 5}``."""

RoleKey = tuple[str, int, int]
"""A mention's identity in the role store: its kind and the span of its words, ``(kind, start, end)``; a
mention read another way (``scan.reread``) keeps it, and so its role."""

STATE_KEYS = (
    "base", "select", "where", "group", "having", "order", "limit", "distinct", "joins", "nested", "self_join",
    "default_order", "via",
)  # fmt: skip
"""The draft's fields that make up the plain state the frame is built from."""


@dataclass
class Ranked:
    """The entity a ranking picks ("which department has the most staff") and the measure it ranks by."""

    entity: str
    """The table whose rows are ranked."""
    measure: Item
    """The aggregate or metric the ranking orders by."""
    show_measure: bool
    """Whether the measure is shown beside the entity (asked for several rows, or a sum or average)."""
    measure_asked: bool = False
    """Whether the words ask for the measure itself ("... and how many orders it has"), so it is shown even
    when the question names the columns it wants."""


@dataclass
class Pending:
    """Decisions handed from one step to a later one, each read by exactly the step named on it."""

    asked_limit: int | None = None
    """How many rows the question asks for ("top 5"); the limit step applies it after the measures."""
    limit_end: str | None = None
    """Which end those rows come from: "desc", "asc", "first", "last" or None."""
    measures: list[Item] = field(default_factory=list)
    """Aggregates the question asks for; the aggregate and ranking steps write them, the select step lists them."""
    ranked: Ranked | None = None
    """A ranking found by the aggregate step; the select step shows its entity (and maybe its measure)."""
    select_done: bool = False
    """The aggregate step already wrote the whole select list; the select step leaves it alone."""
    groups_counted: bool = False
    """The subject was grouped only to count rows per group ("staff with more than 3 orders"); the select
    step drops the measures of a listing, the aggregate step counts the groups when asked "how many"."""
    order_direction: str | None = None
    """A direction word with nothing to order by yet ("sorted descending"); applied to the measure once the
    select list is known."""
    self_select: list[Item] | None = None
    """The columns a self-reference wants shown ("staff and their managers"); used when nothing else is."""
    having_counts: list[dict[str, Any]] = field(default_factory=list)
    """Counts found in a condition ("with more than 5 orders": table, operator, value); the aggregate step turns
    them into HAVING COUNT conditions."""
    all_of: list[dict[str, Any]] = field(default_factory=list)
    """Conditions on several values the question joins with "and" ("apples and pears"); on a column of rows
    related to the subject (many per subject row) the values are all wanted, one related row each."""
    scoped_subs: list[tuple[dict[str, Any], int, bool]] = field(default_factory=list)
    """Comparisons with an aggregate of some rows (the condition, where the words picking the rows start, and
    whether such words are required); the scoped-sub step moves the filters written there into the sub-query."""
    default_dates: list[Item] = field(default_factory=list)
    """Date columns a period or a time grain took by default (no word named them, no verb before the period):
    the fact-dates step moves them to the date of the rows measured once the measures are known."""
    unranked: list[int] = field(default_factory=list)
    """Positions of superlatives nothing in the parse ranked by ("the longest"); the question is declined
    unless a rule after the parse orders the rows or a word is reported unused (and so asked about)."""


@dataclass
class Draft:
    """The query being built for one question; :meth:`to_state` is the plain form the frame reads."""

    base: str | None = None
    """The table the question is about (the FROM table)."""
    select: list[Item] = field(default_factory=list)
    """The columns and measures shown."""
    where: list[Condition] = field(default_factory=list)
    """Row filters."""
    group: list[Item] = field(default_factory=list)
    """Grouping keys (columns, entities, date buckets)."""
    having: list[Condition] = field(default_factory=list)
    """Filters on aggregates."""
    order: list[dict[str, Any]] = field(default_factory=list)
    """Ordering: ``{"item": Item, "dir": "asc" | "desc"}``."""
    limit: int | None = None
    """How many rows are asked for."""
    distinct: bool | None = None
    """One row per distinct value (None: not decided)."""
    joins: list[str] | None = None
    """Tables named in the question that only require a match."""
    nested: dict[str, Any] | None = None
    """An aggregate over an aggregate: ``{"fn": "avg", "by": [...], "name": ...}``."""
    self_join: dict[str, Any] | None = None
    """A table joined to itself through a foreign key: ``{"t", "fk", "ref"}``."""
    default_order: bool = False
    """The order was implied (time ascending, measure descending), not asked."""
    via: list[str] = field(default_factory=list)
    """References to follow ("table.column") where a table refers to another twice and a word names one."""
    pending: Pending = field(default_factory=Pending)
    """Decisions waiting for a later step; never part of the state."""
    roles: dict[RoleKey, str] = field(default_factory=dict)
    """What the steps read each mention as ("filter", "agg", "group", "_" for words read as nothing), by
    :data:`RoleKey`; a mention with no role is still free for a later step. Never part of the state."""

    def role_of(self, m: Mention) -> str | None:
        """The role a step gave mention ``m``, or None."""
        return self.roles.get((m.kind, m.start, m.end))

    def has_role(self, m: Mention) -> bool:
        """Whether a step gave mention ``m`` a role (a later step leaves it alone)."""
        return (m.kind, m.start, m.end) in self.roles

    def give_role(self, m: Mention, role: str | None) -> None:
        """Record what mention ``m`` was read as; None takes its role back (the words are free again)."""
        if role is None:
            self.roles.pop((m.kind, m.start, m.end), None)
        else:
            self.roles[(m.kind, m.start, m.end)] = role

    def to_state(self) -> dict[str, Any]:
        """The plain state :meth:`..frame.QueryFrame.from_state` reads (``pending`` is not part of it)."""
        return {k: getattr(self, k) for k in STATE_KEYS}

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> Draft:
        """A draft holding a plain state (a previous answer a follow-up refines); unknown keys are an error."""
        unknown = set(state) - set(STATE_KEYS)
        if unknown:
            raise ValueError(f"unknown state keys {sorted(unknown)}")
        parts = {k: v for k, v in state.items() if v is not None}
        return cls(**parts)
