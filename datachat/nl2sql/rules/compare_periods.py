"""Two periods side by side: "revenue in 2024 vs 2025", "orders this year against last year".

Earlier stages read the first period as the frame's date filter and leave the versus word
(:data:`~datachat.nl2sql.patterns.VERSUS_WORDS`, or a joiner after a compare lead) and the second period
unread. When the period before the versus word is that filter and a period follows it, every measure
(plain aggregates only; rows listed as a whole are counted) becomes one column per period,
``FN(CASE WHEN <period> THEN x END)``, over the rows of either period; the grouping, the other filters and
the ordering stay (an ordering by a measure follows its first period). A grouped comparison asks for
grouped bars; a time series is not compared (its buckets already differ from one period to the other).

    >>> import datetime as dt
    >>> from datachat.nl2sql.frame import Field, Filter, QueryFrame
    >>> from datachat.nl2sql.interpret import LinkedQuestion
    >>> day = Field("column", table="orders", column="day")
    >>> y24 = Filter(day, "range", ("2024-01-01", "2025-01-01"), period=True, label="2024")
    >>> frame = QueryFrame(base="orders", select=(Field("aggregate", fn="count", table="orders"),), filters=(y24,))
    >>> words = ("orders", "in", "2024", "vs", "2025")
    >>> new, used = compare_periods(LinkedQuestion(words, frozenset({3, 4}), today=dt.date(2025, 6, 1)), frame)
    >>> [m.conds[0].label for m in new.measures], new.filters, sorted(used)
    (['2024', '2025'], (), [3, 4])
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..dates import DateRange, find_date_range
from ..frame import Field, Filter, Order, QueryFrame
from ..patterns import COMPARE_JOINERS, COMPARE_LEADS, VERSUS_LINKS, VERSUS_WORDS
from .grouping import rows_listed

if TYPE_CHECKING:
    from ..interpret import LinkedQuestion

_NONE: frozenset[int] = frozenset()


def _is_filter(period: DateRange, f: Filter) -> bool:
    """Whether the date filter ``f`` is what ``period`` reads as (a date range, or a year column's year)."""
    if f.op == "range":
        start = period.start.isoformat() if period.start else None
        end = period.end.isoformat() if period.end else None
        return tuple(f.value or ()) == (start, end)
    whole_year = period.start and period.end and (period.start.month, period.start.day) == (1, 1)
    return (
        f.op == "=" and bool(whole_year) and period.end.year - period.start.year == 1 and f.value == period.start.year
    )


def _second(first: Filter, period: DateRange) -> Filter | None:
    """The first period's filter moved to ``period`` (``None`` when the column cannot say it)."""
    if first.op == "range" and period.start and period.end:
        return replace(first, value=(period.start.isoformat(), period.end.isoformat()), label=period.label)
    probe = replace(first, value=period.start.year if period.start else None)
    return probe if first.op == "=" and _is_filter(period, probe) else None


def _phrases_before(words: tuple[str, ...], at: int, today) -> list[DateRange]:
    """The date phrases ending just before ``at`` (only link words or a compare lead between), longest first."""
    out = []
    for start in range(at):
        dr = find_date_range(list(words[start:at]), today)
        between = words[start + dr.last : at] if dr is not None else ()
        if dr is not None and dr.first == 0 and all(w in VERSUS_LINKS or w in COMPARE_LEADS for w in between):
            out.append(DateRange(dr.start, dr.end, dr.label, start, start + dr.last))
    return out


def _phrase_after(words: tuple[str, ...], at: int, today) -> DateRange | None:
    """The date phrase starting just after ``at`` (only link words between)."""
    dr = find_date_range(list(words[at + 1 :]), today)
    if dr is None or not all(w in VERSUS_LINKS for w in words[at + 1 : at + 1 + dr.first]):
        return None
    return DateRange(dr.start, dr.end, dr.label, at + 1 + dr.first, at + 1 + dr.last)


def compare_periods(question: LinkedQuestion, frame: QueryFrame) -> tuple[QueryFrame, frozenset[int]]:
    words, unread = question.words, question.unread
    original = frame
    times = frame.time_range
    if rows_listed(question, frame):  # "orders in 2024 vs 2025": how many in each
        frame = replace(frame, select=(Field("aggregate", fn="count", table=frame.base),), order=(), distinct=None)
    measures = frame.measures
    if (
        question.today is None
        or len(times) != 1
        or not measures
        or any(m.kind != "aggregate" for m in measures)
        or frame.nesting is not None
        or frame.limit is not None
        or frame.having
        or any(g.kind == "bucket" or g == times[0].field for g in frame.group)
    ):
        return original, _NONE
    leads = {i for i in unread if words[i] in COMPARE_LEADS}
    versus = sorted(i for i in unread if words[i] in VERSUS_WORDS or (leads and words[i] in COMPARE_JOINERS))
    for at in versus:
        after = _phrase_after(words, at, question.today)
        before = next((p for p in _phrases_before(words, at, question.today) if _is_filter(p, times[0])), None)
        if before is None or after is None:
            continue
        second = _second(times[0], after)
        if (
            second is None
            or second.value == times[0].value
            or any(i not in unread for i in range(after.first, after.last))
        ):
            continue
        between = {i for i in range(before.last, after.first) if i in unread or i == at}
        return _compared(frame, times[0], second), frozenset(leads | between | set(range(after.first, after.last)))
    return original, _NONE


def _compared(frame: QueryFrame, first: Filter, second: Filter) -> QueryFrame:
    """``frame`` with each measure split into its two periods, over the rows of either."""
    measures = frame.measures
    per = {m: (Field("in_period", of=m, conds=(first,)), Field("in_period", of=m, conds=(second,))) for m in measures}
    select = tuple(x for f in frame.select for x in per.get(f, (f,)))
    order = tuple(Order(per[o.field][0], o.direction) if o.field in per else o for o in frame.order)
    chart = frame.chart_hint or ("bar" if frame.group else None)
    return replace(
        frame, select=select, filters=tuple(f for f in frame.filters if f != first), order=order, chart_hint=chart
    )
