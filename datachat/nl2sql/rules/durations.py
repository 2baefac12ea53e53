"""The time between two dates of a row: "average number of days from order to dispatch", "mean lead time in
weeks", "the longest time in hours to repair a pump".

A unit of time ("days", "hours", "weeks"; "nights" count days) with an aggregate word ("average", "mean",
"longest", "total"...) measures a span when the words around it say which: "from A to B" or "between A and B" (A
and B name two dates of one table, :func:`~datachat.nl2sql.spelling.dates_event`, as nouns of their event,
"completion" for ``completed_dt``, or as its verb), "to B" or "take ... to B" (a verb naming the later date; the
earlier is the table's one other date that is always set and no deadline), or a span noun before "in <unit>"
("lead time in weeks": the later date is the table's one nullable date, the earlier as before). The measure is the
later date minus the earlier in that unit, aggregated as asked; rows whose later date is not set are left out (the
span is not over). When the dates cannot be decided uniquely the frame is left as it is (the engine asks or
declines), never read as another number.

    >>> from datachat.nl2sql.frame import Field, QueryFrame
    >>> from datachat.nl2sql.interpret import LinkedQuestion
    >>> from datachat.nl2sql.schema import Column, Schema, Table
    >>> from datachat.nl2sql.sqlgen import Planner
    >>> jobs = Table("jobs", [Column("id", "integer", primary_key=True), Column("logged_on", "date", nullable=False),
    ...                       Column("fixed_on", "date")])
    >>> planner = Planner(Schema([jobs]))
    >>> frame = QueryFrame(base="jobs", select=(Field("aggregate", fn="count", table="jobs"),))
    >>> words = ("average", "days", "to", "fix", "a", "job")
    >>> new, used = durations(LinkedQuestion(words, frozenset({1, 2, 3}), planner=planner), frame)
    >>> [(f.fn, f.column, f.expr) for f in new.select], sorted(used)
    ([('avg', 'fixed_on', 'days:logged_on')], [0, 1, 2, 3])
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..frame import Field, Filter, Order, QueryFrame
from ..lexicon import names_birth, split_identifier
from ..patterns import DEADLINE_PARTS
from ..result import Unanswerable
from ..schema import DATE_FAMILIES
from ..spelling import dates_event
from ..wordnet import event_verb_forms, relations

if TYPE_CHECKING:
    from ..interpret import LinkedQuestion
    from ..schema import Table

#: words for a unit of time -> the unit the span is measured in
UNIT_WORDS = {
    "day": "days",
    "days": "days",
    "night": "days",
    "nights": "days",
    "hour": "hours",
    "hours": "hours",
    "week": "weeks",
    "weeks": "weeks",
}
#: aggregate words -> the aggregate of the span
SPAN_AGGREGATES = {
    "average": "avg",
    "avg": "avg",
    "mean": "avg",
    "typical": "avg",
    "longest": "max",
    "maximum": "max",
    "max": "max",
    "shortest": "min",
    "minimum": "min",
    "min": "min",
    "total": "sum",
}
#: nouns that name the time a thing takes ("lead time in weeks", "length of stay in nights")
SPAN_NOUNS = frozenset({"turnaround", "length", "duration", "time", "stay", "span", "wait"})
#: words that fill a span phrase ("the number of days it takes to ...")
SPAN_FILLER = frozenset({"number", "of", "in", "it", "does", "do", "did", "take", "takes", "took", "to", "the"})


@lru_cache(maxsize=4096)
def event_forms(word: str) -> frozenset[str]:
    """The forms of the verb a word names: its own forms when it is a verb ("close", "closed") and the forms of
    the verbs its noun names ("completion" -> "complete", "completed")."""
    if not word.isalpha() or len(word) < 3:
        return frozenset()
    return frozenset({word, *relations(word, "v").forms, *event_verb_forms(word)})


def _dates(table: Table) -> list:
    return [
        c for c in table.columns if c.family in DATE_FAMILIES and not c.primary_key and not names_birth(c.name)
    ]


def _named(dates: list, word: str | None) -> list:
    forms = event_forms(word) if word else frozenset()
    return [c for c in dates if forms and dates_event(c, set(forms))]


def _starts(dates: list, end) -> list:
    """The dates of a row that may start a span ending at ``end``: always set, and no deadline."""
    return [
        c
        for c in dates
        if c.name != end.name and not c.nullable and not DEADLINE_PARTS & {w.lower() for w in split_identifier(c.name)}
    ]


def span_dates(table: Table, start_word: str | None, end_word: str | None) -> tuple[str, str] | None:
    """The (earlier, later) date columns of ``table`` a span's words name, when one pair is certain."""
    dates = _dates(table)
    ends = _named(dates, end_word) if end_word is not None else [c for c in dates if c.nullable]
    if len(ends) != 1:
        return None
    end = ends[0]
    starts = [c for c in _named(dates, start_word) if c.name != end.name] if start_word else _starts(dates, end)
    if len(starts) != 1:
        return None
    return starts[0].name, end.name


def _phrase(words: tuple[str, ...], u: int) -> tuple[str | None, str | None, list[int]] | None:
    """The start and end words of the span phrase around the unit word at ``u`` and the positions it spans."""
    n = len(words)
    k = u + 1
    if k < n and words[k] in ("from", "between"):
        link = "to" if words[k] == "from" else "and"
        for j in range(k + 2, min(k + 5, n - 1)):
            if words[j] == link or (link == "to" and words[j] == "until"):
                a = words[k + 1 : j]
                b = words[j + 1]
                if len(a) == 1:
                    return a[0], b, list(range(u, j + 2))
        return None
    # "days to ship", "hours did it take crews to fix": a verb after "to" within a few words
    for j in range(k, min(k + 5, n - 1)):
        if words[j] == "to" and words[j + 1].isalpha() and relations(words[j + 1], "v").forms:
            return None, words[j + 1], list(range(u, j + 2))
        if words[j] in ("from", "between", "and", "by", "for", "per"):
            break
    # "lead time in weeks", "length of stay in nights"
    if u >= 2 and words[u - 1] == "in" and words[u - 2] in SPAN_NOUNS:
        return None, None, [u - 2, u - 1, u]
    return None


#: forms of the verbs that say how long a thing went on ("lasted", "took")
LASTING_VERBS = frozenset({"last", "lasts", "lasted", "lasting", "take", "takes", "took", "taking", "taken"})
#: comparison words before a number of units -> the operator ("lasted more than 3 weeks")
SPAN_COMPARISONS = {
    "more": ">",
    "over": ">",
    "longer": ">",
    "above": ">",
    "less": "<",
    "under": "<",
    "shorter": "<",
    "fewer": "<",
    "below": "<",
}
#: the ends of a ranking by a span ("took longest to close") -> the direction
SPAN_RANKS = {"longest": "desc", "shortest": "asc", "quickest": "asc", "fastest": "asc"}


def _number(word: str) -> float | int | None:
    try:
        value = float(word)
    except ValueError:
        return None
    return int(value) if value.is_integer() else value


def _values(value) -> list:
    """A filter's value as a list of numbers where it holds numbers."""
    out = []
    for v in value if isinstance(value, (list, tuple)) else [value]:
        n = _number(str(v)) if v is not None else None
        out.append(n if n is not None else v)
    return out


def _span_candidates(question: LinkedQuestion, frame: QueryFrame, start_word, end_word):
    """The tables the span may be of (the subject, then those the question names) and, of those, each whose dates
    the span's words decide, with its (start, end) pair."""
    assert question.planner is not None and frame.base
    tables = list(dict.fromkeys([frame.base, *(t for t in question.tables if t)]))
    pairs = []
    for name in tables:
        table = question.planner.schema.table(name)
        pair = span_dates(table, start_word, end_word) if table is not None else None
        if pair is not None:
            pairs.append((name, pair))
    return tables, pairs


def _span_table(question: LinkedQuestion, frame: QueryFrame, start_word, end_word):
    """The one table (the subject or one the question names) whose dates the span's words decide."""
    _, pairs = _span_candidates(question, frame, start_word, end_word)
    return pairs[0] if len(pairs) == 1 else None


def _lasting(question: LinkedQuestion, frame: QueryFrame) -> tuple[QueryFrame, frozenset[int]] | None:
    """Rows kept by how long they lasted: "lasted between 2 and 5 days", "took more than 3 days"."""
    words = question.words
    for u, w in enumerate(words):
        unit = UNIT_WORDS.get(w)
        if unit is None or u < 2 or _number(words[u - 1]) is None:
            continue
        if u >= 4 and words[u - 2] == "and" and words[u - 4] == "between" and _number(words[u - 3]) is not None:
            op, value, first = "between", [_number(words[u - 3]), _number(words[u - 1])], u - 4
        elif u >= 3 and words[u - 2] == "than" and words[u - 3] in SPAN_COMPARISONS:
            op, value, first = SPAN_COMPARISONS[words[u - 3]], _number(words[u - 1]), u - 3
        elif words[u - 2] in ("over", "under"):
            op, value, first = SPAN_COMPARISONS[words[u - 2]], _number(words[u - 1]), u - 2
        else:
            continue
        if not any(words[j] in LASTING_VERBS for j in range(max(0, first - 2), first)):
            continue
        verb = next(j for j in range(max(0, first - 2), first) if words[j] in LASTING_VERBS)
        found = _span_table(question, frame, None, None)
        if found is None:
            return None
        table, (start, end) = found
        span = Field("column", table=table, column=end, expr=f"{unit}:{start}")
        values = value if isinstance(value, list) else [value]
        linked = question.column_at(u)
        kept = tuple(
            f
            for f in frame.filters
            if not (f.op == op and _values(f.value) == values)
            and not (linked is not None and (f.field.table, f.field.column) == linked and f.op == op)
        )  # the number read on another column before ("days" of another table): the span's number
        ended = Filter(Field("column", table=table, column=end), "is not null", has_value=False)
        same = any(f.field.table == table and f.field.column == end and f.op == ended.op for f in kept)
        filters = (*kept, *(() if same else (ended,)), Filter(span, op, value))
        used = {verb, *range(first, u + 1)}
        return replace(frame, filters=filters), frozenset(i for i in used if i in question.unread or i == u)
    return None


def _ranked(question: LinkedQuestion, frame: QueryFrame) -> tuple[QueryFrame, frozenset[int]] | None:
    """Rows ranked by a span: "which jobs took longest to close"."""
    words = question.words
    for i, w in enumerate(words):
        if w not in SPAN_RANKS or i + 2 >= len(words) or words[i + 1] != "to":
            continue
        verb = words[i + 2]
        if not (verb.isalpha() and relations(verb, "v").forms):
            continue
        found = _span_table(question, frame, None, verb)
        if found is None or frame.measures:
            return None
        table, (start, end) = found
        span = Field("column", table=table, column=end, expr=f"days:{start}")
        ended = Filter(Field("column", table=table, column=end), "is not null", has_value=False)
        same = any(f.field.table == table and f.field.column == end and f.op == ended.op for f in frame.filters)
        used = {i, i + 1, i + 2} | {j for j in (i - 1, i - 2) if j >= 0 and words[j] in (*LASTING_VERBS, "the")}
        return replace(
            frame,
            filters=frame.filters if same else (*frame.filters, ended),
            order=(Order(span, SPAN_RANKS[w]),),
            order_implied=False,
            limit=frame.limit or 1,
        ), frozenset(used)
    return None


def durations(question: LinkedQuestion, frame: QueryFrame) -> tuple[QueryFrame, frozenset[int]]:
    """The frame's measure made the span between two dates the question names (see the module docstring)."""
    if question.planner is None or not frame.base:
        return frame, frozenset()
    for reading in (_lasting, _ranked):
        done = reading(question, frame)
        if done is not None:
            return done
    words = question.words
    fns = [SPAN_AGGREGATES[w] for w in words if w in SPAN_AGGREGATES]
    if len(set(fns)) != 1:
        return frame, frozenset()
    for u, w in enumerate(words):
        unit = UNIT_WORDS.get(w)
        if unit is None:
            continue
        found = _phrase(words, u)
        if found is None:
            continue
        start_word, end_word, span = found
        tables, pairs = _span_candidates(question, frame, start_word, end_word)
        if len(pairs) != 1:
            _undecided(question, frame, tables, (start_word, end_word), words[u])
            return frame, frozenset()
        table, (start, end) = pairs[0]
        used = {i for i in span if i in question.unread or words[i] in UNIT_WORDS or words[i] in SPAN_NOUNS}
        used |= {i for i in range(span[0], span[-1] + 1) if words[i] in SPAN_FILLER and i in question.unread}
        used |= {i for i, w in enumerate(words) if w in SPAN_AGGREGATES}  # "longest": read as the aggregate
        return _measured(frame, table, start, end, unit, fns[0]), frozenset(used)
    return frame, frozenset()


def _candidates(table: Table, start_word: str | None, end_word: str | None) -> list[tuple[str, str]]:
    """Every (earlier, later) pair of ``table``'s dates the span's words leave open."""
    dates = _dates(table)
    ends = _named(dates, end_word) if end_word else [c for c in dates if c.nullable] or dates
    out = []
    for end in ends:
        starts = _named(dates, start_word) if start_word else _starts(dates, end)
        out += [(s.name, end.name) for s in starts if s.name != end.name]
    return out


def _undecided(question: LinkedQuestion, frame: QueryFrame, tables: list[str], named: tuple, unit: str) -> None:
    """A span asked for whose two dates the schema leaves open: declined with the pairs it could be (those the
    words leave open, else every pair ending at a date that may be unset), never read as another number. One
    pair the words do not name is offered only when the frame measures another table's number in its place."""
    assert question.planner is not None
    schema = question.planner.schema
    found = [(n, p) for n in tables if (t := schema.table(n)) is not None for p in _candidates(t, *named)]
    if not found and named != (None, None):
        found = [(n, p) for n in tables if (t := schema.table(n)) is not None for p in _candidates(t, None, None)]
        measured = {f.table for f in frame.measures}
        if len(found) == 1 and (not measured or found[0][0] in measured):
            return
    if not found or (len(found) == 1 and named == (None, None)):
        return
    options = "; ".join(f"{a} to {b} of {n}" for n, (a, b) in found)
    raise Unanswerable(f"I could not tell which two dates the {unit} are counted between; did you mean {options}?")


def _measured(frame: QueryFrame, table: str, start: str, end: str, unit: str, fn: str) -> QueryFrame:
    """``frame`` measuring the span from ``start`` to ``end`` of ``table`` instead of its own measure."""
    measure = Field("aggregate", table=table, column=end, fn=fn, expr=f"{unit}:{start}")
    group = frame.group
    if frame.nesting is not None and frame.nesting.by:
        group = frame.nesting.by
    dims = tuple(f for f in frame.select if not f.is_measure and f.kind != "aggregate")
    if frame.nesting is not None:
        dims = tuple(g for g in group if g.kind != "aggregate")
    ended = Filter(Field("column", table=table, column=end), "is not null", has_value=False)
    same = any(f.field.table == table and f.field.column == end and f.op == ended.op for f in frame.filters)
    filters = frame.filters if same else (*frame.filters, ended)
    return replace(
        frame,
        base=table,
        select=(*dims, measure),
        group=group,
        order=tuple(o for o in frame.order if not o.field.is_measure),
        order_implied=frame.order_implied or any(o.field.is_measure for o in frame.order),
        nesting=None,
        filters=filters,
    )
