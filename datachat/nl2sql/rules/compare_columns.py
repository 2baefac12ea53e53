"""Rows whose one column is compared with another of theirs: "parcels that arrived later than the promised day",
"reps whose sales exceed their target", "shipments where the weight is over the vehicle's capacity", "projects over
budget", "invoices paid late".

A comparison phrase no earlier stage read (:data:`~datachat.nl2sql.patterns.CMP_WORDS` that compare, and
:data:`~datachat.nl2sql.patterns.COLUMN_CMP_WORDS`), then (past "the", "their", a table's possessive) a column,
reads as ``a <op> b`` when ``a`` is named right before the phrase (past "is", "were", "went": the
:data:`~datachat.nl2sql.patterns.COMPARED_LINKS`): a column, or a verb naming one date of the rows
(:func:`~datachat.nl2sql.spelling.dates_event`, "delivered" for ``delivered_on``). With nothing named before it
and ``b`` named as a plan (:data:`~datachat.nl2sql.patterns.PLANNED_PARTS`: ``budget``, ``due_date``), ``a`` is
the row's actual counterpart (of ``b``'s own row, else of the subject): the other column of its kind (a date
that may be unset, a sum of money beside a sum of money, one sharing ``b``'s other name words: ``sales`` for
``sales_target``); the rows listed are then those of the one table the question names. "late" / "early"
(:data:`~datachat.nl2sql.patterns.TIMING_WORDS`) compare the subject's one planned date with the date its verb
names, or its one actual counterpart, unless the subject has a status column (which may record that state). Both
columns are dates or both numbers, of the subject or of a row it refers to (never of rows it holds several of).
Where the schema leaves several pairs open the question is declined naming them; with none the words stay unread
(the engine asks or declines, never drops them).

    >>> from datachat.nl2sql.frame import Field, QueryFrame
    >>> from datachat.nl2sql.interpret import LinkedQuestion
    >>> from datachat.nl2sql.schema import Column, Schema, Table
    >>> from datachat.nl2sql.sqlgen import Planner
    >>> jobs = Table("jobs", [Column("id", "integer", primary_key=True), Column("budget", "number"),
    ...                       Column("spent", "number")])
    >>> planner = Planner(Schema([jobs]))
    >>> frame = QueryFrame(base="jobs", select=(Field("aggregate", fn="count", table="jobs"),))
    >>> words = ("how", "many", "jobs", "went", "over", "budget")
    >>> columns = (None,) * 5 + (("jobs", "budget"),)
    >>> tables = (None, None, "jobs", None, None, None)
    >>> linked = LinkedQuestion(words, frozenset({0, 1, 3, 4}), tables=tables, columns=columns, planner=planner)
    >>> new, used = compare_columns(linked, frame)
    >>> [(f.field.column, f.op, f.value.column) for f in new.filters], sorted(used)
    ([('spent', '> col', 'budget')], [3, 4])
"""

from __future__ import annotations

import calendar
from dataclasses import replace
from typing import TYPE_CHECKING

from ..frame import Field, Filter, QueryFrame
from ..lexicon import names_birth, names_money, names_role, past_participle_of, split_identifier
from ..patterns import (
    CMP_WORDS,
    COLUMN_CMP_WORDS,
    COMPARED_DETERMINERS,
    COMPARED_LINKS,
    PLANNED_PARTS,
    SHARE_CONDITION_STARTS,
    STATUS_COLUMN_WORDS,
    TIME_WORDS,
    TIMING_NOT_AFTER,
    TIMING_NOT_BEFORE,
    TIMING_WORDS,
)
from ..result import Unanswerable
from ..schema import DATE_FAMILIES
from ..spelling import dates_event
from .durations import event_forms

if TYPE_CHECKING:
    from ..interpret import LinkedQuestion
    from ..schema import Column, Table

#: the comparison phrases that set one column against another, longest first
PHRASES = tuple(
    sorted(
        [(w, op) for w, op in CMP_WORDS if op in (">", "<", ">=", "<=") and all(x.isalpha() for x in w)]
        + list(COLUMN_CMP_WORDS),
        key=lambda p: -len(p[0]),
    )
)
#: name words that say only the kind of a value, not what it is of ("due_date": "due" says what)
_KIND_PARTS = frozenset({"date", "dt", "on", "at", "day", "time", "amount", "amt", "value", "val", "total", "kg"})

Col = tuple[str, str]


def _kind(column: Column) -> str | None:
    """ "date" or "number" for a column two of a row may be compared by, else None (keys, references, text)."""
    if column.primary_key or (column.name.lower().endswith("id") and column.family == "integer"):
        return None
    if column.family in DATE_FAMILIES:
        return None if names_birth(column.name) else "date"
    return "number" if column.family in ("integer", "number") else None


def _parts(name: str) -> set[str]:
    return {w.lower() for w in split_identifier(name)}


def _planned(column: Column) -> bool:
    return bool(_parts(column.name) & PLANNED_PARTS)


def _counterparts(table: Table, plan: Column) -> list[str]:
    """The columns of ``table`` that may be the actual value ``plan`` is set against: of its kind, no plan
    themselves; of those, the dates that may be unset (an event that may not have happened yet), the sums of
    money beside a sum of money, and those sharing a name word of ``plan`` that says what it is of."""
    kind = _kind(plan)
    found = [c for c in table.columns if c.name != plan.name and _kind(c) == kind and not _planned(c)]
    narrowings = (
        lambda c: c.nullable if kind == "date" else names_money(c.name) == names_money(plan.name),
        lambda c: bool(_parts(c.name) & (_parts(plan.name) - PLANNED_PARTS - _KIND_PARTS)),
    )
    for keep in narrowings:
        kept = [c for c in found if keep(c)]
        if kept:
            found = kept
    return [c.name for c in found]


def _phrase(question: LinkedQuestion, i: int) -> tuple[str, int] | None:
    """The op and the end of a comparison phrase starting at ``i`` whose words no stage read."""
    words = question.words
    for phrase, op in PHRASES:
        end = i + len(phrase)
        if tuple(words[i:end]) == phrase and all(k in question.unread for k in range(i, end)):
            return op, end
    return None


def _span(question: LinkedQuestion, j: int) -> list[int]:
    """The positions of the column mention at ``j``."""
    col = question.column_at(j)
    out = []
    while col is not None and question.column_at(j) == col:
        out.append(j)
        j += 1
    return out


def _after(question: LinkedQuestion, j: int) -> tuple[Col | None, list[int]]:
    """The column named after a comparison phrase ending at ``j`` (past determiners and a table's possessive)
    and the positions its words take."""
    words, used = question.words, []
    while j < len(words) and words[j] in COMPARED_DETERMINERS and j in question.unread:
        used.append(j)
        j += 1
    table = question.table_at(j)
    if table is not None:
        k = j
        while question.table_at(k) == table:
            k += 1
        if tuple(words[k : k + 2]) != ("'", "s"):
            return None, []
        used += [*range(j, k), k, k + 1]
        j = k + 2
    span = _span(question, j)
    if not span:
        return None, []
    return question.column_at(j), used + span


def _before(question: LinkedQuestion, i: int, tables: list[Table]) -> tuple[Col | None, list[int], bool]:
    """The column named right before position ``i`` (past linking words, which it takes with it), the positions
    its words take, and whether something else stands there (the pair is not the words'): a verb naming none or
    several of ``tables``' dates, a word opening no clause ("3 days after"), or another table than the subject
    (``tables[0]``: "their latest batch past the promised day" compares the batch's date)."""
    words, k, links = question.words, i - 1, []
    while k >= 0 and words[k] in COMPARED_LINKS and k in question.unread and question.table_at(k) is None:
        links.append(k)
        k -= 1
    if k < 0:
        return None, links, False
    if question.table_at(k) is not None:
        return None, links, question.table_at(k) != tables[0].name
    col = question.column_at(k)
    if col is not None:
        span = [k]
        while question.column_at(span[0] - 1) == col:
            span.insert(0, span[0] - 1)
        return col, span + links, True
    verbs = past_participle_of(words[k]) if k in question.unread else ()
    if not verbs:  # a clause opens ("projects that ..."), else some other thing is compared ("3 days after")
        return None, links, words[k] not in SHARE_CONDITION_STARTS | {"where"}
    forms = {f for w in (words[k], *verbs) for f in event_forms(w)}
    dated = [(t.name, c.name) for t in tables for c in t.columns if _kind(c) == "date" and dates_event(c, forms)]
    if len(dated) == 1:
        return dated[0], [k, *links], True
    return None, links, True


def _column(question: LinkedQuestion, col: Col) -> Column | None:
    assert question.planner is not None
    table = question.planner.schema.table(col[0])
    return table.column(col[1]) if table is not None else None


def _reachable(question: LinkedQuestion, base: str, table: str) -> bool:
    """Whether each row of ``base`` has at most one row of ``table`` (itself, or a row it refers to)."""
    assert question.planner is not None
    planner = question.planner
    return table == base or (not planner.fans_out(base, table) and planner.path(base, table) is not None)


def _decline(words: str, table: str, pairs: list[tuple[str, str]], op: str) -> None:
    said = {">": "over", "<": "under", ">=": "at least", "<=": "at most"}[op]
    options = " or ".join(f"{a.replace('_', ' ')} {said} {b.replace('_', ' ')}" for a, b in pairs[:4])
    raise Unanswerable(
        f"I could not tell which two columns of {table.replace('_', ' ')} '{words}' compares; did you mean {options}?"
    )


def _subject(question: LinkedQuestion, frame: QueryFrame) -> str | None:
    """The rows the question lists: the one table it names, when the frame's rows are another table's only for a
    column the comparison names ("which loads went over the payload limit": the loads, not the vans)."""
    named = list(dict.fromkeys(t for t in question.tables if t))
    only_columns = all(f.kind == "column" for f in frame.select) and not frame.group and not frame.filters
    if (
        len(named) == 1
        and named[0] != frame.base
        and only_columns
        and frame.base
        and _reachable(question, named[0], frame.base)
    ):
        return named[0]
    return frame.base


def _compared(
    question: LinkedQuestion, frame: QueryFrame, a: Col, b: Col, op: str, used: set[int]
) -> tuple[QueryFrame, frozenset[int]]:
    """``frame`` keeping the rows where ``a op b``; a column shown or measured only because its words named it
    here is no longer (the rows' label is shown, when nothing else would be)."""
    cond = Filter(Field("column", table=a[0], column=a[1]), op + " col", value=Field("column", table=b[0], column=b[1]))
    elsewhere = {question.column_at(k) for k in range(len(question.words)) if k not in used}
    here = {question.column_at(k) for k in used} - elsewhere

    def named_here(f: Field) -> bool:
        return f.kind in ("column", "aggregate") and (f.table, f.column) in here

    if any(named_here(o.field) for o in frame.order) or any(named_here(g) for g in frame.group):
        return frame, frozenset()
    select = tuple(f for f in frame.select if not named_here(f))
    subject = _subject(question, frame)
    if not select:
        select = (Field("entity", table=subject),)
        frame = replace(frame, base=subject, distinct=frame.distinct if subject == frame.base else None)
    elif subject != frame.base:
        return frame, frozenset()
    # the columns' own words keep their links: the statement reads them
    return replace(frame, select=select, filters=(*frame.filters, cond)), frozenset(used & question.unread)


def _status_abbreviation(name: str) -> bool:
    """Whether a column's name is a status word shortened ("sts", "stat")."""
    return any(names_role(p, STATUS_COLUMN_WORDS) for p in _parts(name))


def _timing(question: LinkedQuestion, frame: QueryFrame, i: int) -> tuple[QueryFrame, frozenset[int]] | None:
    """ "paid late", "late orders": the subject's planned date against its actual one."""
    assert question.planner is not None and frame.base
    table = question.planner.schema.table(frame.base)
    words = question.words
    then = words[i + 1] if i + 1 < len(words) else ""
    if table is None or (i and words[i - 1] in TIMING_NOT_AFTER) or then in TIMING_NOT_BEFORE | TIME_WORDS:
        return None
    if then and (not then.isalpha() or then.capitalize() in calendar.month_name):
        return None  # "early 2024", "late March": a time
    plans = [c for c in table.columns if _kind(c) == "date" and _planned(c)]
    if not plans or any(_parts(c.name) & STATUS_COLUMN_WORDS or _status_abbreviation(c.name) for c in table.columns):
        return None  # a status column may record the state the adjective names ("L" for late)
    op = TIMING_WORDS[words[i]]
    actual, span, said = _before(question, i, [table])
    if actual is not None and _kind(_column(question, actual)) != "date":
        actual, span = None, []
    pairs = [(actual[1], p.name) for p in plans if p.name != actual[1]] if actual else []
    if not actual:
        pairs = [(a, p.name) for p in plans for a in _counterparts(table, p)]
    if len(pairs) == 1 and not (said and not actual):
        a, b = pairs[0]
        return _compared(question, frame, (table.name, a), (table.name, b), op, {i, *span})
    if len(pairs) > 1:
        _decline(words[i], table.name, pairs, op)
    return None


def compare_columns(question: LinkedQuestion, frame: QueryFrame) -> tuple[QueryFrame, frozenset[int]]:
    """The rows kept by a comparison of two of their columns (see the module docstring)."""
    if question.planner is None or not frame.base or frame.nesting is not None:
        return frame, frozenset()
    base = _subject(question, frame)
    assert base is not None
    schema = question.planner.schema
    for i in sorted(question.unread):
        if question.words[i] in TIMING_WORDS:
            done = _timing(question, frame, i)
            if done is not None:
                return done
            continue
        found = _phrase(question, i)
        if found is None:
            continue
        op, end = found
        b, after = _after(question, end)
        bcol = _column(question, b) if b else None
        if b is None or bcol is None or _kind(bcol) is None or not _reachable(question, base, b[0]):
            continue
        if any(question.filter_columns[k] is not None for k in after if k < len(question.filter_columns)):
            continue  # the column is read as a filter already ("over the budget of 5000")
        tables = [t for n in dict.fromkeys([base, b[0]]) if (t := schema.table(n)) is not None]
        a, before, said = _before(question, i, tables)
        acol = _column(question, a) if a else None
        used = {*range(i, end), *after, *before}
        if a is not None and acol is not None:
            if a != b and _kind(acol) == _kind(bcol) and _reachable(question, base, a[0]):
                return _compared(question, frame, a, b, op, used)
            continue
        if said or not _planned(bcol):
            continue
        # the plan's own row holds its counterpart, else the subject does ("loads over the van's limit")
        actual = next(((t.name, found) for t in tables[::-1] if (found := _counterparts(t, bcol))), None)
        if actual is not None and len(actual[1]) == 1:
            return _compared(question, frame, (actual[0], actual[1][0]), b, op, used)
        if actual is not None:
            _decline(" ".join(question.words[i : after[-1] + 1]), actual[0], [(c, b[1]) for c in actual[1]], op)
    return frame, frozenset()
