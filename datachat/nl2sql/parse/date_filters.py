"""Date columns and date ranges ("in 2024", "last month", "between 3 June and 14 August 2022").

A period filters the date of the rows counted or summed: a date column the question names, else a verb right
before the period that names one ("born": a date of birth, "hired": a hire date), else the counted table's own
best date. Two dates of one row that fit equally well are told apart by the data (the one never after the other
starts the row's interval and dates it); with nothing to tell them apart the engine asks which is meant."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ..dates import MONTHS, OPEN_PERIOD_WORDS, DateRange, find_date_range
from ..draft import Draft
from ..event_dates import dated, parent_events
from ..lexicon import (
    name_words,
    names_verb,
    participles,
    singular,
    split_identifier,
    synonym_participles,
    synonyms,
)
from ..patterns import (
    ALTERNATIVE_WORDS,
    BOUND_CLAUSE_SUBJECTS,
    BUCKET_PRECEDERS,
    CLASS_WORDS,
    DATE_BOUND_WORDS,
    DATE_NAME_WORDS,
    DATE_PREPOSITIONS,
    DETERMINERS,
    EACH_WORDS,
    EARN_VERBS,
    EVENT_RANK_GAP,
    INDEFINITE_OBJECTS,
    MONEY_WORDS,
    MOST_LEAST,
    NUMBER_LEADS,
    OWNER_PRONOUNS,
    RELATION_NEGATIONS,
    RELATIVE_DATE_WORDS,
    STOP,
    TIME_WORDS,
)
from ..schema import DATE_FAMILIES
from ..tokens import Mention
from . import aggregates, joins, scan, understand

if TYPE_CHECKING:
    from ..engine import Reading
    from ..schema import Column, Table


def date_column(q: Reading, draft: Draft, subject: str, rivals: list | None = None) -> tuple[str, str] | None:
    """The date column a period filters for ``subject``'s rows: one the question names, the declared default,
    else the best scored (its own table's first, named by a verb or the table). ``rivals`` receives the other
    columns of the same table that score as well, when nothing tells them apart."""
    said = {t.sing for i, t in enumerate(q.toks) if not _bound_clause_verb(q, i)}
    asked = said - {"date", "time", "day", "year", "month"}

    def score(t: str, c) -> float:
        s = 0.0
        low = c.name.lower()
        if c.family in DATE_FAMILIES:
            s += 2
        elif re.search(r"date|time|_at$|created|updated", low) and c.family == "text":
            if time_of_day(q.schema.table(t), c):
                return -1
            s += 1
        else:
            return -1
        tw = "".join(split_identifier(t))
        if tw.rstrip("s") in low.replace("_", ""):
            s += 0.5
        named = {w for w in name_words(c.name) if w not in STOP}  # "dob": date of birth; not "on" of "hired_on"
        named |= {x for w in list(named) for x in (*synonyms(w), *participles(w), *synonym_participles(w))}
        # the words naming the table name it, not one of its dates ("loans returned": the return date)
        if named & (asked - {singular(w) for w in split_identifier(t)}):
            s += 3  # "born before 1960" -> BirthDate, "hired in 2003" -> HireDate
        elif any(k in low for k in ("birth", "dob", "updated", "modified", "deleted")):
            s -= 1
        elif named & kinds.get(t, set()):
            s += 1.5  # "weddings in 2024" of event_type 'Wedding': the event's date, not the contract's signing
        if "order" in low or "invoice" in low or "created" in low or "sale" in low:
            s += 0.3
        return s

    kinds = _valued_kinds(q)
    explicit = [m for m in q.mentions if names_date_column(q, draft, m)]
    if explicit:
        draft.give_role(explicit[0], draft.role_of(explicit[0]) or "date")
        return explicit[0].t, explicit[0].c
    own_money = q.schema.table(subject) is not None and aggregates.own_money_column(q, subject) is not None
    if not own_money and any(t.low in MONEY_WORDS or t.low in EARN_VERBS for t in q.toks):
        # "revenue by segment in 2025": the date of the sales, not of the segment's table (a date column
        # the question names still wins on its score); rows with a money column of their own keep their date
        rev = aggregates.revenue_item(q, {subject} if q.schema.table(subject) is not None else set())
        if rev is not None and q.pl.distance(rev["t"], subject) < 99:
            subject = rev["t"]
    preferred = _default_time_column(q, subject)
    if preferred is not None:
        return preferred
    scored = []
    order = [subject] + [t.name for t in q.schema.tables if t.name != subject]
    # rows with no date of their own are dated by the event they belong to (a sale line by its sale), before a
    # thing they refer to (its product's launch)
    undated = q.schema.table(subject) is not None and not dated(q.schema, subject)
    events = set(parent_events(q.schema, subject)) if undated else set()
    for t in order:
        tab = q.schema.table(t)
        d = q.pl.distance(subject, t)
        if d >= 99:
            continue
        for c in tab.columns:
            s = score(t, c)
            if s >= 0:
                scored.append((s - 0.8 * d + 0.5 * (t in events), t, c.name))
    if not scored:
        return None
    best = max(scored, key=lambda x: x[0])  # the first of equals
    tied = [(t, c) for s, t, c in scored if t == best[1] and abs(s - best[0]) < 1e-9]
    start = _interval_start(q, tied)
    if start is not None:
        return start
    if rivals is not None:
        rivals += [tc for tc in tied if tc != (best[1], best[2])]
    return best[1], best[2]


def _valued_kinds(q: Reading) -> dict[str, set[str]]:
    """For each table, the words naming the columns whose values the question names, less the words that only
    say a column holds a kind (``event_type`` -> event): the thing a value is a kind of, whose date a period
    then means."""
    out: dict[str, set[str]] = {}
    for m in q.mentions:
        if m.kind != "value":
            continue
        for t, c, _ in m.cands:
            if c:
                out.setdefault(t, set()).update(w for w in name_words(c) if w not in CLASS_WORDS | STOP)
    return out


def _bound_clause_verb(q: Reading, i: int) -> bool:
    """Whether word ``i`` is the verb of a clause bounding the period ("since it opened", "until they left",
    :data:`..patterns.BOUND_CLAUSE_SUBJECTS`): another thing's event, so it names none of the rows' dates."""
    return i >= 2 and q.toks[i - 1].low in BOUND_CLAUSE_SUBJECTS and q.toks[i - 2].low in DATE_BOUND_WORDS


def time_of_day(table: Table, column: Column) -> bool:
    """Whether a text column named as a time only ("check_in_time") beside a date column of its table holds the
    time of day: the date says which day, so a period never filters it."""
    words = {w.lower() for w in split_identifier(column.name)}
    return (
        "time" in words
        and not words & {"date", "stamp", "timestamp"}
        and any(c.family in DATE_FAMILIES for c in table.columns)
    )


def names_date_column(q: Reading, draft: Draft, m: Mention) -> bool:
    """Whether mention ``m`` names a date column itself: not an aggregate's column, and not only a time word
    ("day", "week", "date") the column's own name does not hold ("by day of the week" names no delivery date)."""
    if m.kind != "column" or not m.t or draft.role_of(m) == "agg":
        return False
    if understand.family(q, m.t, m.c) not in DATE_FAMILIES:
        return False
    said = {q.toks[k].sing for k in range(m.start, m.end)}
    return not (said <= TIME_WORDS and not said & set(name_words(m.c)))


def _interval_start(q: Reading, tied: list[tuple[str, str]]) -> tuple[str, str] | None:
    """Of dates of one row that fit a period equally well, the one that starts its interval (check-in before
    check-out, start before end): on every row of the data it comes no later than each of the others. A row's
    period is its start's. None when no one date comes first, or when the dates after it start an interval of
    their own (booked, then checked in, then out: the booking's date or the stay's)."""
    if len(tied) < 2:
        return tied[0] if tied else None
    order = q.eng.values.date_order

    def earliest(dates: list[tuple[str, str]]) -> list[tuple[str, str]]:
        return [(t, c) for t, c in dates if all(o == c or o in order.get(f"{t}.{c}", ()) for _, o in dates)]

    first = earliest(tied)
    if len(first) != 1:
        return None
    rest = [tc for tc in tied if tc != first[0]]
    if len(rest) >= 2 and len(earliest(rest)) == 1:
        return None  # booked, then checked in, then out: the booking or the stay it starts, a choice to ask
    return first[0]


def period_words(q: Reading) -> frozenset[str]:
    """The words of the question's period ("in February 2024": february, 2024), none when it has none."""
    skip = q.used | scan.value_words(q)  # a stored value's own words ("the Spring 2024 offer") date nothing
    lows = [t.low if i not in skip else "\x00" for i, t in enumerate(q.toks)]
    dr = find_date_range(lows, q.today)
    return frozenset(lows[dr.first : dr.last]) if dr is not None else frozenset()


def dated_value_table(q: Reading) -> str | None:
    """Of the tables holding the values a question names, the one whose rows are events a period dates: a
    table with a date of its own that refers to other tables (a visit refers to the pet and the vet), when
    exactly one holds them all ("surgeries in 2024": visits for a surgery, not vets whose specialty it is)."""
    vals = [m for m in q.mentions if m.kind == "value"]
    if not vals:
        return None
    tables = set.intersection(*({t for t, _, _ in m.cands} for m in vals))
    fks = q.schema.foreign_keys

    def event(t: str) -> bool:
        dated = any(c.family in DATE_FAMILIES for c in q.schema.table(t).columns)
        return dated and any(f.table == t and f.ref_table != t for f in fks)

    events = sorted(t for t in tables if event(t))
    return events[0] if len(events) == 1 else None


def own_time_column(q: Reading, draft: Draft, table: str) -> tuple[str, str] | None:
    """The date of ``table``'s own rows: its best date column, else a year column of its own."""
    dc = date_column(q, draft, table)
    if dc is not None and dc[0] == table:
        return dc
    own = [c.name for c in q.schema.table(table).columns if "year" in split_identifier(c.name.lower())]
    return (table, own[0]) if len(own) == 1 else None


def event_table(q: Reading, start: int) -> str | None:
    """The table whose rows are the events counted by "how many times" (the word at ``start``): an event
    happens at a time, so a table with its own date column. Of the tables named after the word, the one
    that refers to another named table ("customers ... order": the orders); else the one dated table
    that refers to a named table ("books ... borrowed": the loans of the books); else the table of the
    date the word itself names."""

    named = list(dict.fromkeys(m.t for m in q.mentions if m.start > start and m.t and m.kind != "number"))
    fks = q.schema.foreign_keys
    events = [t for t in named if dated(q.schema, t)]
    linked = [t for t in events if any(f.table == t and f.ref_table in named for f in fks)]
    if linked or events:
        return (linked or events)[0]
    referring = {f.table for f in fks if f.ref_table in named and f.table != f.ref_table and dated(q.schema, f.table)}
    if len(referring) == 1:
        return referring.pop()
    word = scan.mention_at(q, start)
    if word is not None and word.kind == "column" and understand.family(q, word.t, word.c) in DATE_FAMILIES:
        return word.t
    return None


def _default_time_column(q: Reading, subject: str) -> tuple[str, str] | None:
    """The declared default date of ``subject`` or of the nearest table that has one (semantic model)."""
    declared = getattr(q.schema, "time_dimensions", None) or {}
    near = sorted((q.pl.distance(subject, t), t) for t in declared)
    return (near[0][1], declared[near[0][1]]) if near and near[0][0] < 99 else None


def _year_column(q: Reading, subject: str) -> tuple[str, str] | None:
    for m in q.mentions:
        if (
            m.kind == "column"
            and name_words(m.c)[-1:] == ("year",)
            and understand.family(q, m.t, m.c) in ("integer", "number", "text")
        ):
            return m.t, m.c
    best = None
    mentioned = [m.t for m in q.mentions if m.kind == "table"]
    for t in q.schema.tables:
        d = q.pl.distance(subject, t.name)
        if d > 1 and t.name not in mentioned:
            continue
        if t.name in mentioned:
            d = -1 + mentioned.index(t.name) * 0.01 - (0.5 if t.name != subject else 0)
        for c in t.columns:
            # an abbreviated year ("opened_yr") only of the subject or a table the question names
            own = t.name == subject or t.name in mentioned
            if (re.search(r"year$|^year|_year", c.name.lower()) or (own and "year" in name_words(c.name))) and (
                best is None or d < best[0]
            ):
                best = (d, t.name, c.name)
    return (best[1], best[2]) if best else None


def _event_named_before(q: Reading, first: int) -> str | None:
    """The table a verb right before a date phrase names ("borrowed in 2024": the loans): a table mention
    whose word is a verb form (its lemma is not its singular) with only date prepositions between, or an
    indefinite object ("bought something in 2024")."""
    k = first - 1
    while k >= 0 and q.toks[k].low in DATE_PREPOSITIONS:
        k -= 1
    while k >= 0 and q.toks[k].low in INDEFINITE_OBJECTS and k not in q.used:
        k -= 1
    m = scan.mention_at(q, k) if k >= 0 else None
    if m is not None and m.kind == "table" and not scan.event_verb(q, m):
        # "rented tools in 2024", "rented the most tools in 2024": the verb's object stands between the verb
        # and the date
        j = m.start - 1
        while j >= 0 and (q.toks[j].low in DETERMINERS or q.toks[j].low in MOST_LEAST | EVENT_RANK_GAP):
            j -= 1
        verb = scan.mention_at(q, j) if j >= 0 else None
        if verb is not None and verb.kind == "table" and scan.event_verb(q, verb) and q.pl.distance(verb.t, m.t) == 1:
            return verb.t
    if m is None or m.kind != "table":
        return None
    if _verb_object_event(q, m):
        return m.t  # "pupils who passed their practical test in 2024": the tests' date, not the sign-up
    if dated_as_itself(q, m.t):
        return m.t  # "which events in 2024 had over 300 entries": the events' own date, not the entries'
    if m.end - m.start != 1:
        return None
    tok = q.toks[m.start]
    return m.t if tok.lemma and tok.lemma != tok.sing else None


def _said_of_dated(q: Reading, subject: str, first: int) -> bool:
    """Whether the period is said right after the subject's own noun and the subject is dated as itself
    (:func:`dated_as_itself`): "which events in 2024 had over 300 entries" dates the events."""
    k = first - 1
    while k >= 0 and q.toks[k].low in DATE_PREPOSITIONS:
        k -= 1
    m = scan.mention_at(q, k) if k >= 0 else None
    return m is not None and m.kind == "table" and m.t == subject and dated_as_itself(q, subject)


def dated_as_itself(q: Reading, table: str) -> bool:
    """Whether the table has a date column named for the table's own noun and nothing else (``event_date`` of
    events, ``race_dt`` of races, a bare ``date``): the date each row happened on, which a period said right
    after the table's noun dates. A person's or a thing's dates (``hire_date``, ``opened_on``) are no such date."""
    t = q.schema.table(table)
    own = {singular(w.lower()) for w in split_identifier(table)}
    return t is not None and any(
        c.family in DATE_FAMILIES and {w for w in name_words(c.name) if w not in DATE_NAME_WORDS} <= own
        for c in t.columns
    )


def _verb_object_event(q: Reading, m: Mention) -> bool:
    """Whether the table mention ``m`` names dated events (its own date, a reference to another table) and is the
    object of a past verb before it, over determiners, possessives and values keeping some of them ("passed their
    practical test"): the period that follows dates those events."""
    if not (dated(q.schema, m.t) and any(f.table == m.t and f.ref_table != m.t for f in q.schema.foreign_keys)):
        return False
    j = m.start - 1
    while j >= 0 and scan.mention_at(q, j) is None and q.toks[j].low in DETERMINERS | OWNER_PRONOUNS:
        j -= 1
    while j >= 0 and (x := scan.mention_at(q, j)) is not None and x.kind == "value" and x.end - x.start == 1:
        if q.toks[j].low.endswith("ed"):
            break  # the verb itself, read as a state value ('Passed')
        j = x.start - 1  # "their practical test": a value keeping some of the events
    while j >= 0 and scan.mention_at(q, j) is None and q.toks[j].low in DETERMINERS | OWNER_PRONOUNS:
        j -= 1
    x = scan.mention_at(q, j) if j >= 0 else None
    if j < 0 or (x is not None and x.kind != "value"):
        return False
    tok = q.toks[j]
    return tok.low.endswith("ed") and bool(tok.lemma) and tok.lemma != tok.low


def _verb_dated(q: Reading, subject: str, first: int) -> str | None:
    """The table of the one date column that the verb right before a period names, among the tables on the way
    from the subject to the tables the question names, when none of the subject's own dates is it: "products the
    Skipton shop baked in 2024" dates the batches by their baked_on, not the products' launch."""
    k = first - 1
    while k >= 0 and q.toks[k].low in DATE_PREPOSITIONS:
        k -= 1
    if k < 0 or k in q.used or scan.mention_at(q, k) is not None or not q.toks[k].low.isalpha():
        return None
    verb = q.toks[k]
    forms = {verb.low, verb.lemma}
    own = q.schema.table(subject)
    if own is None or any(verb_names_column(c.name, forms) for c in own.columns if c.family in DATE_FAMILIES):
        return None
    near: set[str] = set()
    for other in {m.t for m in q.mentions if m.t and m.t != subject}:
        near.update(t for edge in q.pl.path(subject, other) or () for t in edge[:2])
    found = {t for t in near - {subject} if any(verb_date_column(q, t, f) for f in forms)}
    return found.pop() if len(found) == 1 else None


def _bridging_event(q: Reading, draft: Draft, subject: str, first: int) -> str | None:
    """The one dated table of events that relates ``subject`` to another table the question names, when the
    subject's rows are no events (it refers to no table) and no word names one of its dates: "nationalities
    that stayed at the Prague hostel in 2024" dates the stays, not the hostel's opening nor the guest's sign-up;
    "cash taken at each hostel in 2023" the payments named by their method."""
    fks = q.schema.foreign_keys
    if any(f.table == subject and f.ref_table != subject for f in fks):
        return None
    if any(names_date_column(q, draft, m) for m in q.mentions) or getattr(q.schema, "time_dimensions", None):
        return None
    own = [c.name for c in q.schema.table(subject).columns if c.family in DATE_FAMILIES]
    if any(_verb_naming(q, first, c) for c in own):
        return None

    def event(t: str) -> bool:
        return dated(q.schema, t) and any(f.table == t and f.ref_table != t for f in fks)

    events = set()
    for other in {m.t for m in q.mentions if m.t and m.t != subject and m.kind in ("table", "column", "value")}:
        if not dated(q.schema, other):
            continue  # a fact with no date belongs to its own events (:func:`..event_dates.parent_events`)
        steps = [edge[1] for edge in q.pl.path(subject, other) or ()]
        # the rows named are events themselves ("cash taken at each hostel in 2023": the payments), else the
        # events on the way to them
        events.update([other] if event(other) else [t for t in steps if event(t)])
    return events.pop() if len(events) == 1 else None


def _negated_related_before(q: Reading, first: int, subject: str) -> str | None:
    """The related table a negation names right before a date phrase ("customers with no orders in 2024": the
    orders): the rows of which there are none in that period, so the period dates them, not the subject."""
    k = first - 1
    while k >= 0 and q.toks[k].low in DATE_PREPOSITIONS:
        k -= 1
    if k > 0 and [q.toks[k - 1].low, q.toks[k].low] == ["at", "all"]:
        k -= 2  # "not been through the gate at all in 2025": an emphasis of the negation
    m = scan.mention_at(q, k) if k >= 0 else None
    if m is None or m.kind != "table" or m.t == subject or not joins.one_to_many(q, subject, m.t):
        return None
    window = [t.low for t in q.toks[max(0, m.start - 5) : m.start]]
    return m.t if any(w in RELATION_NEGATIONS for w in window) else None


def _period_mention(
    q: Reading, draft: Draft, first: int, last: int, chosen: tuple[str, str], rival: tuple[str, str]
) -> None:
    """Two dates of the counted rows fit a period equally well ("projects in 2023": started or ended?): the
    period becomes a column mention with a close rival reading, so the engine asks which date is meant."""
    cands = [(chosen[0], chosen[1], 1.0), (rival[0], rival[1], 1.0)]
    m = Mention("column", first, last, cands, t=chosen[0], c=chosen[1], margin=0.0, rival=rival)
    draft.give_role(m, "date")
    q.mentions = sorted([*q.mentions, m], key=lambda x: x.start)


def verb_names_column(column: str, said: set[str] | str) -> bool:
    """Whether a verb, in any of the forms ``said`` ("registered", or as written), names ``column``: one of
    the column's words, not a stop word, is that verb's noun or participle ("hired" -> hire_date, "opened"
    -> opened_on) or is the very word said.

    >>> verb_names_column("hire_date", "hired")
    True
    """
    forms = {said} if isinstance(said, str) else said
    return any(
        names_verb(w, v) or w == v or v in synonym_participles(w)  # "finished" -> completed_date
        for w in name_words(column)
        if w not in STOP
        for v in forms
    )


def verb_date_column(q: Reading, table: str, verb: str) -> str | None:
    """The one date column of ``table`` a verb names ("opened" -> opened_on, "hired" -> hire_date), or None
    when none or several are."""
    tab = q.schema.table(table)
    if tab is None:
        return None
    found = [
        c.name
        for c in tab.columns
        if understand.family(q, table, c.name) in DATE_FAMILIES and verb_names_column(c.name, verb)
    ]
    return found[0] if len(found) == 1 else None


def _verb_naming(q: Reading, first: int, column: str) -> set[int]:
    """The verb right before a date phrase that names the date column it filters ("born after 2020": a date
    of birth, "hired in 2019": a hire date), with only date prepositions between: the period's own word."""
    k = first - 1
    while k >= 0 and q.toks[k].low in DATE_PREPOSITIONS:
        k -= 1
    if k < 0 or k in q.used or not q.toks[k].low.isalpha():
        return set()
    m = scan.mention_at(q, k)
    if m is not None:  # "registered" read as the column reg_date itself
        return set(range(m.start, m.end)) if m.kind == "column" and m.c == column and m.start == k else set()
    said = {q.toks[k].low, q.toks[k].orig.lower()}  # "registered", read as the abbreviation "reg"
    return {k} if verb_names_column(column, said) else set()


def dates(q: Reading, draft: Draft) -> frozenset[int]:
    """Date ranges ("in 2024", "last month", "between March and May") -> conditions on the subject's date
    column (or a year column); words already used by an earlier step are not read."""
    skip = q.used | scan.value_words(q)  # a stored value's own words ("the Spring 2024 offer") date nothing
    lows = [t.low if i not in skip else "\x00" for i, t in enumerate(q.toks)]
    dr = find_date_range(lows, q.today)
    if dr is None or not _names_a_period(q, lows, dr):
        return frozenset()
    yc, subject = _year_column_dating(q, draft, draft.base)
    yc, dated_by = _event_dated(q, draft, dr.first, dr.last, subject, yc)
    if yc is None and dated_by == subject and not _said_of_dated(q, subject, dr.first):
        dated_by = _verb_dated(q, subject, dr.first) or _bridging_event(q, draft, subject, dr.first) or subject
    span_is_year = all(
        re.fullmatch(r"\d{4}", lows[k]) or lows[k] in DATE_PREPOSITIONS or lows[k] in OPEN_PERIOD_WORDS
        for k in range(dr.first, dr.last)
    )
    written = len(draft.where)
    if (
        yc
        and (span_is_year or lows[dr.first] in DATE_BOUND_WORDS)
        and (dr.start is None or dr.start.month == 1)
        and (dr.end is None or dr.end.month == 1)
    ):
        took = _filter_years(q, draft, lows, dr, yc, span_is_year)
    else:
        took = _filter_range(q, draft, lows, dr, dated_by)
    if len(draft.where) == written:
        return frozenset()  # no column dates these rows: the period stays unread (asked about), never dropped
    for k in range(dr.first, dr.last):
        mk = scan.mention_at(q, k)
        if mk is not None:
            draft.give_role(mk, "date")
    return frozenset(took | set(range(dr.first, dr.last)))


def _names_a_period(q: Reading, lows: list[str], dr: DateRange) -> bool:
    """Whether the date phrase found is a period: not a month name the data stores ("opened in March") nor a
    bare number after a comparison word ("more than 2000")."""
    said = scan.mention_at(q, dr.first)
    if dr.relative and lows[dr.first] in MONTHS and said is not None and said.kind == "value":
        return False
    prev = lows[dr.first - 1] if dr.first else ""
    return not (re.fullmatch(r"\d{4}", lows[dr.first]) and prev in NUMBER_LEADS)


def _year_column_dating(q: Reading, draft: Draft, subject: str) -> tuple[tuple[str, str] | None, str]:
    """The year column a year filters (None when the rows are dated by their own date column instead) and the
    table whose rows it dates."""
    yc = _year_column(q, subject)
    named = yc is not None and any(m.kind == "column" and (m.t, m.c) == yc for m in q.mentions)
    if yc and yc[0] != subject and not named:
        # "loans in 2024": a year dates the counted rows by their own date column, not by a year attribute
        # of a joined table (a book's publication year); a year column the question names still wins
        own = date_column(q, draft, subject)
        if own is not None and own[0] == subject:
            yc = None
    if yc and yc[0] == subject and not named:
        # "minutes trained at each gym in 2024": a year dates the rows whose numbers are measured (the
        # sessions, by their own date), not the subject's unnamed year attribute (the gym's opening year)
        measured = _measured_tables(q, draft, subject)
        own = date_column(q, draft, measured[0]) if measured else None
        if own is not None and own[0] == measured[0]:
            yc, subject = None, measured[0]
    return yc, subject


def _measured_tables(q: Reading, draft: Draft, subject: str) -> list[str]:
    """Tables related to the subject (many rows per subject row) whose numbers the question measures, or the
    sales when it asks about money ("which shop earned the most")."""
    measured = [
        m.t
        for m in q.mentions
        if m.kind == "column"
        and m.t != subject
        and draft.role_of(m) != "date"
        and understand.family(q, m.t, m.c) in ("integer", "number")
        and joins.one_to_many(q, subject, m.t)
    ]
    if not measured and any(t.low in MONEY_WORDS or t.low in EARN_VERBS for t in q.toks):
        rev = aggregates.revenue_item(q, {subject})
        if rev is not None and joins.one_to_many(q, subject, rev["t"]):
            measured = [rev["t"]]
    return measured


def _period_owned(q: Reading, last: int) -> str | None:
    """The table a period names as its own with a possessive ("this year's events", "2024's orders")."""
    toks = q.toks
    if last + 2 < len(toks) and toks[last].low == "'" and toks[last + 1].low == "s":
        m = scan.mention_at(q, last + 2)
        return m.t if m is not None and m.kind == "table" else None
    return None


def _event_dated(
    q: Reading, draft: Draft, first: int, last: int, subject: str, yc: tuple[str, str] | None
) -> tuple[tuple[str, str] | None, str]:
    """The year column (None when an event's own date is filtered instead) and the table the period dates:
    "books borrowed in 2024" dates the event the verb names (a loan), not the book; "this year's events" dates
    the events."""
    event = _event_named_before(q, first) or _negated_related_before(q, first, subject) or _period_owned(q, last)
    if event is not None and event != subject and (yc is None or yc[0] != event):
        own = date_column(q, draft, event)
        if own is not None and own[0] == event:
            return None, event
    return yc, subject


def _filter_years(
    q: Reading, draft: Draft, lows: list[str], dr: DateRange, yc: tuple[str, str], span_is_year: bool
) -> set[int]:
    """A condition on a year column ("in 2023", "in 2022 or 2023", "since 2020"); returns the words taken."""
    item = {"kind": "col", "t": yc[0], "c": yc[1]}
    took = _verb_naming(q, dr.first, yc[1])
    for ym in q.mentions:
        if ym.kind == "column" and (ym.t, ym.c) == yc and draft.role_of(ym) is None and abs(ym.end - dr.first) <= 2:
            draft.give_role(ym, "date")  # "in year 2023": the word only names the column
    years = [dr.start.year] if dr.start else []
    k = dr.last
    while span_is_year and k + 1 < len(lows) and lows[k] in ("or", "and", ",") and re.fullmatch(r"\d{4}", lows[k + 1]):
        years.append(int(lows[k + 1]))  # "in 2022 or 2023"
        mk = scan.mention_at(q, k + 1)
        if mk is not None:
            draft.give_role(mk, "date")
        took.update({k, k + 1})
        k += 2
    if len(years) > 1:
        draft.where.append({"item": item, "op": "in", "value": years, "date": True})
        if "and" in lows[dr.last : k] and not any(w in ALTERNATIVE_WORDS for w in lows):
            draft.pending.all_of.append(draft.where[-1])  # "in 2020 and 2021"
    elif dr.start and dr.end and dr.end.year - dr.start.year == 1:
        draft.where.append({"item": item, "op": "=", "value": dr.start.year, "date": True})
    elif dr.start and dr.end:
        draft.where.append({"item": item, "op": "between", "value": [dr.start.year, dr.end.year - 1], "date": True})
    elif dr.start:
        draft.where.append({"item": item, "op": ">=", "value": dr.start.year, "date": True})
    else:
        draft.where.append({"item": item, "op": "<", "value": dr.end.year, "date": True})
    return took


def _filter_range(q: Reading, draft: Draft, lows: list[str], dr: DateRange, dated: str) -> set[int]:
    """A date range on the date column of the ``dated`` table; returns the words taken (a verb naming it)."""
    rivals: list[tuple[str, str]] = []
    dc = date_column(q, draft, dated, rivals)
    if dc is None:
        return set()
    took = _verb_naming(q, dr.first, dc[1])
    item = {"kind": "col", "t": dc[0], "c": dc[1]}
    if dated == draft.base and not took and not rivals and taken_by_default(q, draft, dc, dr.first):
        draft.pending.default_dates.append(item)
    if rivals:
        lead = dr.first - 1 if dr.first and lows[dr.first - 1] in DATE_PREPOSITIONS else dr.first
        _period_mention(q, draft, lead, dr.last, dc, rivals[0])
    dr = _relative_to_data(q, lows, dr, dc)
    draft.where.append(
        {
            "item": item,
            "op": "range",
            "value": [dr.start.isoformat() if dr.start else None, dr.end.isoformat() if dr.end else None],
            "date": True,
            "label": dr.label,
        }
    )
    return took


def _relative_to_data(q: Reading, lows: list[str], dr: DateRange, dc: tuple[str, str]) -> DateRange:
    """A relative period ("last month") read against the latest date in the column when the data stops before
    today (a demo or an archive); the explanation says so."""
    relative = dr.relative or dr.label.split(" ")[0] in RELATIVE_DATE_WORDS
    span = q.eng.values.date_ranges.get(f"{dc[0]}.{dc[1]}")
    if not (relative and span):
        return dr
    latest = dt.date.fromisoformat(span[1][:10])
    if latest < q.today - dt.timedelta(days=1):
        again = find_date_range(lows, latest)
        if again is not None:
            q.notes.append(f"relative to the latest date in the data, {latest.isoformat()}")
            return again
    return dr


def taken_by_default(q: Reading, draft: Draft, dc: tuple[str, str], first: int) -> bool:
    """Whether the date column ``dc`` was taken by default for the period or grain starting at ``first``: no
    word of the question names it, no word for its table stands right before the period ("trips in 2024": the
    trips' date) and the schema declares no default date."""
    if getattr(q.schema, "time_dimensions", None):
        return False
    k = first - 1
    while k >= 0 and q.toks[k].low in DATE_PREPOSITIONS | BUCKET_PRECEDERS:
        k -= 1
    before = scan.mention_at(q, k) if k >= 0 else None
    grouped = before is not None and before.start > 0 and q.toks[before.start - 1].low in (*EACH_WORDS, "by")
    if before is not None and before.kind == "table" and before.t == dc[0] and not grouped:
        return False  # "for voyages in 2023" names the rows dated; "at each branch in 2024" groups them
    return not any(names_date_column(q, draft, m) and (m.t, m.c) == dc for m in q.mentions)


def fact_dates(q: Reading, draft: Draft) -> frozenset[int]:
    """A period or a time grain no word placed dates the rows measured (the fact), not a related table's rows:
    "covers per branch in 2024" filters the visits' own date, not the branch's opening date. The measured
    table is the one table of the aggregates (a count's rows, a sum's column); when it has a date of its own,
    the dates taken by default move to it. A fact with no date of its own takes the date of the event it
    belongs to (:func:`~datachat.nl2sql.event_dates.parent_events`: an order line's order, not its product's
    launch), asking which when two events are as likely; with none it keeps them (the confidence's
    ``thing_period`` doubt weighs a date of a thing the fact names)."""
    items = [
        *draft.select,
        *draft.pending.measures,
        *(o["item"] for o in draft.order),
        *(h.get("item", {}) for h in draft.having),
    ]
    facts = {it["t"] for it in items if it.get("kind") == "agg" and it.get("t")}
    if len(facts) != 1 or not draft.pending.default_dates:
        return frozenset()
    fact = facts.pop()
    for item in draft.pending.default_dates:
        if item["t"] == fact or q.pl.distance(fact, item["t"]) >= 99:
            continue
        own = date_column(q, draft, fact)
        if own is not None and own[0] == fact:
            item["t"], item["c"] = own
            continue
        events = [dc for t in parent_events(q.schema, fact) if (dc := _own_date(q, draft, t)) is not None]
        if not events or (item["t"], item["c"]) in events[:1] and len(events) == 1:
            continue
        item["t"], item["c"] = events[0]
        if len(events) > 1 and item["kind"] == "col":
            _ask_between(q, draft, events[0], events[1])
    return frozenset()


def _own_date(q: Reading, draft: Draft, table: str) -> tuple[str, str] | None:
    dc = date_column(q, draft, table)
    return dc if dc is not None and dc[0] == table else None


def _ask_between(q: Reading, draft: Draft, chosen: tuple[str, str], rival: tuple[str, str]) -> None:
    """Two events date a dateless fact equally well: the period's words ask which date is meant."""
    skip = scan.value_words(q)  # the period's words were read by the dates step already
    lows = [t.low if i not in skip else "\x00" for i, t in enumerate(q.toks)]
    dr = find_date_range(lows, q.today)
    if dr is None:
        return
    lead = dr.first - 1 if dr.first and lows[dr.first - 1] in DATE_PREPOSITIONS else dr.first
    _period_mention(q, draft, lead, dr.last, chosen, rival)
