"""A share of the rows (or of an amount) that meet a condition: "what percentage of orders were refunded",
"what share of the income came by card", "the proportion of members who renewed, for each club", "which club
has the highest share of members who renewed".

Earlier stages read the condition P as the frame's filters and leave the share word
(:data:`~datachat.nl2sql.patterns.PERCENT_LEADS`, before "of") unread. The filters said before the condition
starts (before a verb, a relative pronoun or "with" after the counted rows, :data:`SHARE_CONDITION_STARTS`;
"of open stalls, are let to ...") and date filters say which rows are counted (X): they stay filters. The others
are P: they become the numerator of a share of rows, ``100.0 * SUM(CASE WHEN P THEN 1 ELSE 0 END) / COUNT(*)``,
or, when the frame sums an amount, of a share of that amount, ``100.0 * SUM(CASE WHEN P THEN x ELSE 0 END) /
SUM(x)``. A grouping stays (one share per group) and a ranking by the measure ranks by the share. With no
condition left the rule does not fire: the share word stays unread, so the engine asks or declines (the
condition is never dropped).

    >>> from datachat.nl2sql.frame import Field, Filter, QueryFrame
    >>> from datachat.nl2sql.interpret import LinkedQuestion
    >>> status = Filter(Field("column", table="orders", column="status"), "=", "R")
    >>> frame = QueryFrame(base="orders", select=(Field("aggregate", fn="count", table="orders"),), filters=(status,))
    >>> words = ("percentage", "of", "orders", "were", "refunded")
    >>> new, used = conditional_share(LinkedQuestion(words, frozenset({0, 1})), frame)
    >>> [f.kind for f in new.select], new.select[0].conds == (status,), new.filters, sorted(used)
    (['share'], True, (), [0, 1])
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..frame import Field, Filter, Order, QueryFrame
from ..patterns import (
    FIRST_ASC_WORDS,
    FIRST_DESC_WORDS,
    PERCENT_LEADS,
    SHARE_CONDITION_STARTS,
    SHARE_GROUP_LEADS,
    SHARE_PLURAL_VERBS,
)
from .grouping import fans_out, quantity_listed, rows_listed

if TYPE_CHECKING:
    from ..interpret import LinkedQuestion

_NONE: frozenset[int] = frozenset()
#: filters that never state a condition of the counted rows (a sub-query's rows, a set operation)
_NOT_CONDITIONS = ("in sub", "not in sub", "both")


def _lead(question: LinkedQuestion) -> int | None:
    """The unread share word followed by "of" ("percentage of")."""
    words = question.words
    return next(
        (
            i
            for i in sorted(question.unread)
            if words[i] in PERCENT_LEADS and i + 1 < len(words) and words[i + 1] == "of"
        ),
        None,
    )


def _condition_start(question: LinkedQuestion, at: int) -> int | None:
    """Where the condition starts after the share word at ``at``: the first form of "be", "have" or "do" or
    relative pronoun after the counted rows ("of orders placed online | were refunded"), else the first unread
    verb in the past tense ("of the income from web orders | came by card"), else "with" ("of plots | with a
    shed"), else the word after the first table named ("of checks | paid in cash"); ``None`` when none is
    found."""
    words = question.words
    after = range(at + 2, len(words))
    tiers = (
        lambda j: words[j] in SHARE_CONDITION_STARTS - {"with"},
        lambda j: j in question.unread and _past_tense(words[j]),
        lambda j: words[j] == "with",
    )
    for starts in tiers:
        found = next((j for j in after if starts(j)), None)
        if found is not None:
            return found
    return next((j + 1 for j in after if question.table_at(j)), None)


@lru_cache(maxsize=2048)
def _past_tense(word: str) -> bool:
    """Whether ``word`` is the past tense of a verb and not its base ("came", "paid"; not "cost")."""
    from lemminflect import getAllLemmas, getInflection

    verbs = getAllLemmas(word, upos="VERB").get("VERB", ())
    return any(word != v and word in (getInflection(v, tag="VBD") or ()) for v in verbs)


def _split(question: LinkedQuestion, frame: QueryFrame, at: int) -> tuple[list[Filter], list[Filter]]:
    """The frame's filters as (the counted rows' own, the condition): a date filter, or one whose words all
    come before the condition starts, says which rows are counted; the rest is the condition. When no word
    starts a condition and every filter comes before the counted rows' name ("percentage of refunded
    orders") they are the condition."""
    start = _condition_start(question, at)
    rows, cond = [], []
    for f in frame.filters:
        at_words = question.filter_positions(f.field.table, f.field.column)
        if f.is_time_range or f.op in _NOT_CONDITIONS or (start is not None and at_words and max(at_words) < start):
            rows.append(f)
        else:
            cond.append(f)
    explicit = any(w in SHARE_CONDITION_STARTS for w in question.words[at + 2 :])
    if not cond and not explicit:
        own = [f for f in rows if not f.is_time_range and f.op not in _NOT_CONDITIONS]
        rows, cond = [f for f in rows if f not in own], own
    return rows, cond


def _rows_named(question: LinkedQuestion, at: int, summed: Field) -> bool:
    """Whether the words after the share word name rows, not the summed amount: a table is named, the summed
    column is not, and a plural verb follows ("percentage of payments were made by card")."""
    start = _condition_start(question, at)
    if start is None or start >= len(question.words) or question.words[start] not in SHARE_PLURAL_VERBS:
        return False
    named = range(at + 2, start)
    return any(question.table_at(j) for j in named) and not any(
        question.column_at(j) == (summed.table, summed.column) for j in named
    )


def _measure(question: LinkedQuestion, frame: QueryFrame, at: int) -> Field | None:
    """What the share is of: ``None`` for rows (a count, the rows listed, or rows named with a plural verb), the
    sum for an amount; a field of kind "none" when it is neither (an average has no share)."""
    measures = frame.measures
    if quantity_listed(question, frame):
        # "what share of the stoppage hours was scheduled": a quantity named after the share word is summed
        f = frame.select[0]
        start = _condition_start(question, at) or len(question.words)
        if any(question.column_at(j) == (f.table, f.column) for j in range(at + 2, start)):
            return replace(f, kind="aggregate", fn="sum")
    if not measures and (rows_listed(question, frame) or not frame.group):
        return None
    if len(measures) != 1 or measures[0].kind != "aggregate":
        return Field("none")
    m = measures[0]
    if m.fn == "count" and not m.distinct:
        return None
    if m.fn == "sum":
        return None if _rows_named(question, at, m) else m
    return Field("none")


def _counted(question: LinkedQuestion, at: int) -> str | None:
    """The table whose rows are counted: the first one named after the share word, before the condition."""
    start = _condition_start(question, at)
    end = start if start is not None else len(question.words)
    return next((t for j in range(at + 2, end) if (t := question.table_at(j))), None)


def _superlative(question: LinkedQuestion, at: int) -> tuple[int, str] | None:
    """The unread superlative right before the share word ("the highest share of"), and its direction."""
    k = at - 1
    while k >= 0 and question.words[k] == "the":
        k -= 1
    if k < 0 or k not in question.unread:
        return None
    word = question.words[k]
    return (k, "desc") if word in FIRST_DESC_WORDS else (k, "asc") if word in FIRST_ASC_WORDS else None


def _each(question: LinkedQuestion, fields: tuple[Field, ...]) -> int | None:
    """The unread "each/every/per" right before a word naming the one column listed ("from each channel")."""
    words = question.words
    if len(fields) != 1 or fields[0].kind != "column":
        return None
    for i in sorted(i for i in question.unread if words[i] in SHARE_GROUP_LEADS):
        j = i + 1
        while j < len(words) and words[j] in ("the", "a", "an", "single"):
            j += 1
        if question.column_at(j) == (fields[0].table, fields[0].column):
            return i
    return None


def _ranked(question: LinkedQuestion, frame: QueryFrame, at: int) -> tuple[QueryFrame, int, str] | None:
    """ "which Y has the highest share of ...", "share of X from each Y that P": the Y the frame lists (columns
    or rows of one table, nothing computed) become the grouping the share is ranked over (a superlative
    before the share word) or shown for (an "each" before Y: direction ``""``); ``None`` when the frame is
    not that shape or grouping by Y would count the rows more than once."""
    fields = frame.select
    sup = _superlative(question, at)
    if sup is None:
        each = _each(question, fields)
        sup = (each, "") if each is not None else None
    if sup is None or frame.group or frame.measures or not fields or frame.base is None:
        return None
    if any(f.kind not in ("column", "entity") or f.alias for f in fields):
        return None
    if any(f.table != frame.base and fans_out(question, frame, f.table or "") for f in fields):
        return None
    return replace(frame, group=fields, order=(), distinct=None), sup[0], sup[1]


def conditional_share(question: LinkedQuestion, frame: QueryFrame) -> tuple[QueryFrame, frozenset[int]]:
    at = _lead(question)
    if at is None or frame.nesting is not None or frame.having or frame.self_join is not None:
        return frame, _NONE
    ranked = _ranked(question, frame, at)
    if ranked is not None:
        grouped, sup, direction = ranked
        rows, cond = _split(question, grouped, at)
        if not cond:
            return frame, _NONE
        share = Field("share", table=_counted(question, at), conds=tuple(cond))
        select = (*grouped.group, share)
        consumed = frozenset({at, sup} | ({at + 1} & question.unread))
        if not direction:  # one share per Y, largest first
            new = replace(grouped, select=select, filters=tuple(rows), order=(Order(share, "desc"),))
            return replace(new, order_implied=True), consumed
        limit = frame.limit or 1
        new = replace(grouped, select=select, filters=tuple(rows), order=(Order(share, direction),), limit=limit)
        return replace(new, order_implied=False), consumed
    measure = _measure(question, frame, at)
    if measure is not None and measure.kind == "none":
        return frame, _NONE
    rows, cond = _split(question, frame, at)
    if not cond:
        return frame, _NONE
    share = Field("share", table=None if measure is not None else _counted(question, at), conds=tuple(cond), of=measure)
    old = frame.measures[0] if frame.measures else None
    group = frame.group
    select = (*group, share)
    order: tuple[Order, ...] = ()
    limit = None
    if group and old is not None:
        # "which club has the highest share of ...": a ranking by the measure ranks by the share
        order = tuple(Order(share, o.direction) if o.field == old else o for o in frame.order)
        limit = frame.limit
    new = replace(frame, select=select, filters=tuple(rows), order=order, limit=limit, distinct=None)
    if not order:
        new = replace(new, order_implied=False)
    return new, frozenset({at} | ({at + 1} & question.unread))
