"""Rows in a state a date of theirs records: "closed jobs", "orders still open", "tickets not yet resolved".

A past participle no earlier stage read ("closed", "cancelled", "resolved") whose verb a nullable date column of
the subject names, whole or shortened (:func:`~datachat.nl2sql.spelling.dates_event`: ``closed_dt``,
``cancel_date``, ``resolved``), keeps the rows that date holds a value for (``IS NOT NULL``): the event happened.
Its opposite keeps the rows it holds none for (``IS NULL``): the state's antonym
(:data:`~datachat.nl2sql.patterns.STATE_OPPOSITES`: "open" for closed), the participle with a negative prefix
("unresolved", "uncompleted"), or the participle after "not" / "not yet" / "never". The column is read from the
schema alone; with two date columns the verb could name the rule does not choose. Never for a verb that only
says the row exists (:data:`~datachat.nl2sql.patterns.EVENT_VERBS`: "orders placed") unless the table has
another date declared NOT NULL ("cars sold" with ``sold_on`` beside ``bought_on``: a later event), nor for a
verb with its complement ("closed by", "cancelled in"), nor for a word before another table's name, nor when the
statement reads the date already (ordered or grouped by it: the participle names that date's event).

    >>> from datachat.nl2sql.frame import Field, QueryFrame
    >>> from datachat.nl2sql.interpret import LinkedQuestion
    >>> from datachat.nl2sql.schema import Column, Schema, Table
    >>> from datachat.nl2sql.sqlgen import Planner
    >>> jobs = Table("jobs", [Column("id", "integer", primary_key=True), Column("logged", "date"),
    ...                       Column("closed_dt", "date")])
    >>> planner = Planner(Schema([jobs]))
    >>> frame = QueryFrame(base="jobs", select=(Field("aggregate", fn="count", table="jobs"),))
    >>> new, used = state_dates(LinkedQuestion(("how", "many", "open", "jobs"), frozenset({2}), planner=planner), frame)
    >>> [(f.field.column, f.op) for f in new.filters], sorted(used)
    ([('closed_dt', 'is null')], [2])
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..frame import Field, Filter, QueryFrame
from ..lexicon import past_participle_of
from ..patterns import EVENT_VERBS, STATE_OPPOSITES, VERB_COMPLEMENT_LEADS
from ..schema import DATE_FAMILIES
from ..spelling import dates_event

if TYPE_CHECKING:
    from ..interpret import LinkedQuestion
    from ..schema import Table

#: prefixes that make a participle its negation ("unresolved", "incomplete" is no participle)
NEGATIVE_PREFIXES = ("un", "non")
#: words before a participle that negate it ("not closed", "not yet paid", "never resolved")
NEGATIONS = ("not", "never")


@lru_cache(maxsize=4096)
def _readings(word: str) -> tuple[tuple[bool, frozenset[str]], ...]:
    """Whether ``word`` says the event happened (True) or not (False), with the forms of its verb a date's name
    may hold, for each way of reading it: a participle ("closed"), the opposite of one ("open"), a participle
    with a negative prefix ("unsettled", itself a verb's participle too)."""
    if not word.isalpha():
        return ()
    out = []
    verbs = past_participle_of(word)
    if verbs:
        out.append((True, frozenset({word, *verbs})))
    opposite = STATE_OPPOSITES.get(word)
    if opposite and past_participle_of(opposite):
        out.append((False, frozenset({opposite, *past_participle_of(opposite)})))
    for prefix in NEGATIVE_PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= 4 and past_participle_of(rest):
            out.append((False, frozenset({rest, *past_participle_of(rest)})))
    return tuple(out)


def _dates(table: Table, forms: frozenset[str]) -> list[str]:
    """The nullable date columns of the table whose name says the verb's event."""
    return [
        c.name
        for c in table.columns
        if c.nullable and not c.primary_key and c.family in DATE_FAMILIES and dates_event(c, set(forms))
    ]


def _date(table: Table, forms: frozenset[str]) -> str | None:
    """The one nullable date column of the table whose name says the verb's event, else None."""
    found = _dates(table, forms)
    return found[0] if len(found) == 1 else None


def _later_event(table: Table, forms: frozenset[str]) -> bool:
    """Whether a verb that may only say the row exists ("sold") names a later event of the row: the table has a
    date column declared NOT NULL other than the ones the verb names (``bought_on`` beside ``sold_on``), so the
    row began otherwise and the verb's date is filled only once that event happened."""
    named = set(_dates(table, forms))
    return bool(named) and any(
        c.family in DATE_FAMILIES and not c.nullable and not c.primary_key and c.name not in named
        for c in table.columns
    )


def _states(table: Table, forms: frozenset[str]) -> bool:
    """Whether the verb's forms may say a state of the table's rows: no verb that only says the row exists
    (:data:`~datachat.nl2sql.patterns.EVENT_VERBS`), unless it names a later event of the row (:func:`_later_event`)."""
    return not forms & EVENT_VERBS or _later_event(table, forms)


def dated_readings(table: Table, word: str) -> list[tuple[bool, list[str]]]:
    """For each reading of ``word`` (see :func:`_readings`) that may say a state (:func:`_states`), whether it
    says the event happened and the nullable dates of the table its verb names: where two or more are named the
    engine asks which (:mod:`..clarify`)."""
    return [
        (happened, found)
        for happened, forms in _readings(word)
        if _states(table, forms) and (found := _dates(table, forms))
    ]


def state_dates(question: LinkedQuestion, frame: QueryFrame) -> tuple[QueryFrame, frozenset[int]]:
    """The subject's rows kept by the date a state participle's verb names (see the module docstring)."""
    base = frame.base
    if question.planner is None or not base or frame.nesting is not None:
        return frame, frozenset()
    table = question.planner.schema.table(base)
    if table is None:
        return frame, frozenset()
    words = question.words
    read = {
        f.column
        for f in (*frame.select, *frame.group, *(o.field for o in frame.order), *(h.field for h in frame.having))
        if f.table in (None, base) and not (f.expr and ":" in f.expr)  # a span's end date: its state is asked
    }
    tests: dict[str, tuple[bool, frozenset[int]]] = {}
    for i in sorted(question.unread):
        then = words[i + 1] if i + 1 < len(words) else ""
        if then in VERB_COMPLEMENT_LEADS or question.table_at(i + 1) not in (None, base):
            continue  # "closed by", "cancelled in": a verb with its complement; "open accounts' jobs": another table
        dated = [
            (happened, column)
            for happened, forms in _readings(words[i])
            if _states(table, forms) and (column := _date(table, forms)) is not None
        ]
        if len(dated) != 1 or dated[0][1] in read:
            continue  # "the last parcel posted" ordered by posted_on: the verb names the date read already
        (happened, column), used = dated[0], {i}
        j = i - 1
        if j >= 0 and words[j] == "yet" and j in question.unread:
            used.add(j)
            j -= 1
        if j >= 0 and words[j] in NEGATIONS:
            if j not in question.unread:
                continue
            happened, used = not happened, used | {j}
        if column in tests and tests[column][0] != happened:
            return frame, frozenset()  # "open and closed": both states, no one test
        tests[column] = (happened, frozenset(used) | tests.get(column, (True, frozenset()))[1])
    if not tests:
        return frame, frozenset()
    filters, consumed = list(frame.filters), frozenset()
    for column, (happened, used) in tests.items():
        op = "is not null" if happened else "is null"
        same = [f for f in filters if f.field.table == base and f.field.column == column]
        if same and any(f.op != op for f in same):
            continue  # the date is tested otherwise already ("closed in May")
        if not same:
            filters.append(Filter(Field("column", table=base, column=column), op, has_value=False))
        consumed |= used
    return replace(frame, filters=tuple(filters)), consumed
