"""Understanding a question as an ordered tuple of steps over a typed :class:`..draft.Draft`.

Each step is ``step(question, draft) -> frozenset[int]``: it reads the linked question (tokens, mentions and
the schema helpers of the parser) and the draft, writes its part of the draft, and returns the indices of the
words it consumed; the driver, :func:`understand`, adds them to the words used (no step writes them itself).
Decisions one step leaves to a later one travel in ``draft.pending`` (named fields), never in shared private
state. What a step read a mention as (its role) goes into the draft (``draft.give_role``), which later steps read
(``draft.role_of``); a mention's reading (table, column, value, rival) they never write: words read another way
get a changed copy (``scan.reread``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..dates import BUCKET_UNITS, BUCKET_WORDS, find_bucket
from ..draft import Draft
from ..lexicon import holds_people, name_words, past_participle
from ..naming import base_alias
from ..patterns import (
    ADJ_COLUMNS,
    ASC_WORDS,
    AVERAGE_WORDS,
    BE_FORMS,
    COMBINATION_NOUNS,
    COUNT_WORDS,
    COUNTED_SUPERLATIVES,
    DESC_WORDS,
    EVENT_COUNT_NOUNS,
    FIRST_ASC_WORDS,
    FIRST_DESC_WORDS,
    LIMIT_ASC_LEADS,
    LIMIT_DESC_LEADS,
    LIMIT_END_WORDS,
    LIMIT_LEADS,
    LIMIT_SUPERLATIVES,
    LIMIT_TABLE_LEADS,
    LOW_SUPERLATIVES,
    MANAGER_NOUNS,
    MONEY_WORDS,
    NEGATED_OBJECT_LEADS,
    NEGATED_VERB_GAP,
    NEW_ROW_WORDS,
    NOT_LIMITS,
    NUM_WORDS,
    PAYMENT_VERBS,
    PERIOD_UNITS,
    RELATION_NEGATIONS,
    RELATIVE_PRONOUNS,
    REPEAT_NOUNS,
    SUBJECT_FILLER,
    SUBJECT_LEADS,
    WHO_WORDS,
)
from ..result import Unanswerable
from ..schema import DATE_FAMILIES
from ..tokens import Mention
from . import aggregates as aggregates_module
from . import date_filters, filters, grouping, joins, ranking, scan, select
from . import understand as understand_module

if TYPE_CHECKING:
    from ..engine import Reading

NEGATIVE_OPS = ("!=", "not in", "not in sub", "not like", "is null")
"""Condition operators that carry a negation of the question."""

Step = Callable[["Reading", Draft], frozenset[int]]
"""One step of understanding: (question, draft) -> the indices of the words it consumed."""


def asked_limit(q: Reading, draft: Draft) -> frozenset[int]:
    """How many rows are asked for and from which end ("top 5", "5 most", "first ten", "the 3 largest"); kept in
    ``draft.pending`` (limit, "desc" | "asc" | "first" | "last" | None) until :func:`apply_limit` places it."""
    took: set[int] = set()
    lows = [t.low for t in q.toks]
    n = len(lows)
    limit = None
    end = None
    for m in q.mentions:
        if m.kind != "number" or draft.has_role(m):
            continue
        prev = lows[m.start - 1] if m.start else ""
        nxt = lows[m.end] if m.end < n else ""
        if nxt.rstrip("s") in PERIOD_UNITS:
            continue  # "the last 30 days" is a date range, not a limit
        after = scan.mention_at(q, m.end)
        if (
            prev in LIMIT_LEADS
            or nxt in LIMIT_SUPERLATIVES
            or nxt in ADJ_COLUMNS
            or (
                prev in LIMIT_TABLE_LEADS
                and after is not None
                and after.kind == "table"
                and ranking.has_superlative(q, draft)
            )
        ):
            limit = int(m.value)
            draft.give_role(m, "limit")
            took.add(m.start)
            if prev in LIMIT_ASC_LEADS:
                end = "asc"
            elif prev in LIMIT_DESC_LEADS:
                end = "desc"
            elif prev in ("first", "last"):
                end = prev
            if prev in LIMIT_LEADS:
                took.add(m.start - 1)
    for i, w in enumerate(lows):
        if w in NUM_WORDS and i + 1 < n and (lows[i - 1] if i else "") in LIMIT_END_WORDS and limit is None:
            limit = NUM_WORDS[w]
            took.update({i, i - 1})
            end = "asc" if lows[i - 1] == "bottom" else ("desc" if lows[i - 1] == "top" else "first")
        elif (
            w in NUM_WORDS
            and i + 1 < n
            and lows[i + 1] in COUNTED_SUPERLATIVES
            and limit is None
            and w not in NOT_LIMITS
        ):
            limit = NUM_WORDS[w]
            took.add(i)
    draft.pending.asked_limit, draft.pending.limit_end = limit, end
    return frozenset(took)


def subject(q: Reading, draft: Draft) -> frozenset[int]:
    """The table the question is about; the FROM table until :func:`choose_base` weighs the whole draft."""
    draft.base = _subject(q, draft)
    return frozenset()


def _value_noun(q: Reading, start: int) -> str | None:
    """The table of a value said as a plural noun right after a counting or question word, with no table
    noun after it ("how many lions are fed by ..."): the value of a category (not a row's own name) names a
    subset of its own table's rows, which are what is counted or listed ("how many lion keepers" counts the
    keepers)."""
    m = scan.next_mention(q, start, skip=SUBJECT_FILLER, kinds=("value",))
    if m is None or m.t is None:
        return None
    last = q.toks[m.end - 1]
    after = scan.mention_at(q, m.end) if m.end < len(q.toks) else None
    if after is not None and after.kind == "value" and after.start == m.end:
        return _value_noun(q, m.end)  # "how many maths teachers": the teachers, of whom maths is said
    if last.low == last.sing or (after is not None and after.kind in ("table", "column")):
        return None
    if m.c in q.pl.name_columns(m.t):
        return None  # a plural of one row's own name ("the old mills": no town of that name) is no subset
    return m.t


def _people_of(q: Reading, table: str) -> str | None:
    """The one table of people that rows of ``table`` refer to, when those rows are no people themselves
    (:func:`..lexicon.holds_people`): who worked a shift is the shift's member of staff."""
    if holds_people(q.schema, table) is not False:
        return None
    found = {f.ref_table for f in q.schema.foreign_keys if f.table == table and holds_people(q.schema, f.ref_table)}
    return found.pop() if len(found) == 1 else None


def _subject(q: Reading, draft: Draft) -> str:
    """The table right after a question or counting word ("which products", "how many orders"), else the first
    table named, the owner of most columns named, of the first value, or of the first metric."""
    lows = [t.low for t in q.toks]
    ms = q.mentions
    if not any(m.kind in ("table", "column", "metric") for m in ms):
        for fk in q.schema.foreign_keys:
            if (
                fk.table == fk.ref_table
                and any(w in MANAGER_NOUNS for w in lows)
                and any(m.kind == "value" and any(c[0] == fk.table for c in m.cands) for m in ms)
            ):
                return fk.table
        if any(w in MONEY_WORDS or w in PAYMENT_VERBS for w in lows):
            near = {m.t for m in ms if m.t}
            rev = aggregates_module.revenue_item(q, near)
            if rev is not None and len(near) == 1 and any(w in COUNT_WORDS for w in lows):
                # "how many were paid by card": a count of the rows a value names, not of their line items
                return near.pop()
            if rev is not None:
                return rev["t"]
        period = date_filters.period_words(q)  # read by the date step, later
        counted = next((_value_noun(q, i + 1) for i, w in enumerate(lows) if w in COUNT_WORDS), None)
        if counted is None and [w for w in understand_module.unknown_words(q) if w.lower() not in period]:
            # only a value matched ("weather in Paris"): the thing asked about is not in this data; a value
            # noun counted ("how many lions are registered") is a subject, its other words weighed later
            raise Unanswerable(understand_module.not_understood(q))
        if period and counted is None:
            dated = date_filters.dated_value_table(q)
            if dated is not None:
                return dated
    for i, w in enumerate(lows):
        relative = w in RELATIVE_PRONOUNS and i > 0 and scan.mention_at(q, i - 1) is not None
        # "accidents at each resort": the places each row is at, not what is asked about
        placed = scan.each_of_place(q, i)
        if w == "many" and i + 1 < len(lows) and lows[i + 1] in EVENT_COUNT_NOUNS:
            event = date_filters.event_table(q, i + 1)  # "how many times was X borrowed": the event rows
            if event is not None:
                word = scan.mention_at(q, i + 1)
                if word is not None:
                    # no rival: which of the dates it might name is no choice to ask about
                    word = scan.reread(q, word, rival=None)
                    draft.give_role(word, "agg")  # "times" is the count, not a date column to filter or show
                return event
        if w in COUNT_WORDS or (w in SUBJECT_LEADS and i <= 3 and not relative and not placed):
            nm = scan.next_mention(q, i + 1, skip=SUBJECT_FILLER, kinds=("table",))
            if nm is not None:
                return nm.t
            noun = _value_noun(q, i + 1)
            if noun is not None:
                return noun

    # a table named right after a negation ("names without any loan"), or after it and a participle with its
    # preposition ("codes not used by any document"), is what the subject has none of, unless the negation
    # denies what something is ("capitals that are not cities")
    def negated(m: Mention) -> bool:
        ks = [k for k in range(max(0, m.start - 2), m.start) if lows[k] in RELATION_NEGATIONS]
        if ks:
            return ks[0] == 0 or lows[ks[0] - 1] not in BE_FORMS
        k = m.start - 1
        while k > 0 and lows[k] in NEGATED_OBJECT_LEADS:
            k -= 1
        return k > 1 and k < m.start - 1 and past_participle(lows[k]) and lows[k - 1] in RELATION_NEGATIONS

    tables = [m for m in ms if m.kind == "table" and not negated(m)]
    if not tables and not any(m.kind == "column" for m in ms):
        tables = [m for m in ms if m.kind == "table"]  # "who has never worked a shift": the shifts' people
    if tables and lows[0] in WHO_WORDS:
        # "who has never worked a shift": the people the rows named refer to, not those rows
        return _people_of(q, tables[0].t) or tables[0].t
    if tables:
        return tables[0].t
    cols = [m for m in ms if m.kind == "column"]
    if cols:
        # the table that owns most mentioned columns, the first named on a tie
        counts: dict[str, int] = {}
        for m in cols:
            counts[m.t] = counts.get(m.t, 0) + 1
        return max(counts, key=lambda t: (counts[t], -cols.index(next(m for m in cols if m.t == t))))
    vals = [m for m in ms if m.kind == "value"]
    if vals:
        return vals[0].t
    mets = [m for m in ms if m.kind == "metric"]
    if mets:
        _, tabs = q.pl.metric_sql(mets[0].t, True)
        if tabs:
            return sorted(tabs)[0]
    raise Unanswerable(understand_module.not_understood(q))


def date_bucket(q: Reading, draft: Draft) -> frozenset[int]:
    """A time grain asked for ("per month", "by year") groups by the subject's date column, unless the words
    name a table or a column that is not a date."""
    named = _grain_of_named_date(q, draft)
    if named is not None:
        unit, a, b, dc = named
        bucket_item = {"kind": "bucket", "unit": unit, "t": dc[0], "c": dc[1]}
        for k in range(a, b):
            if (mk := scan.mention_at(q, k)) is not None:
                draft.give_role(mk, "bucket")
        draft.group.append(bucket_item)
        return frozenset(range(a, b))
    inside_values = scan.value_words(q)  # "the Gold Monthly plan": a value's own words, no time grain
    bucket = find_bucket([t.low if k not in inside_values else "\x00" for k, t in enumerate(q.toks)])
    if not bucket:
        return frozenset()
    unit, a, b = bucket
    if a > 0 and re.fullmatch(r"\d+(\.\d+)?", q.toks[a - 1].low) and filters.rate_column(q, a, draft.base):
        return frozenset()  # "paying over 50 per month": a rate, read by the comparison, not a time grain
    if _unit_of_named_rate(q, a, draft.base):
        return frozenset(range(a, b))  # "the rent per month in total": the unit of a monthly amount, no grain
    if _amount_of_a_thing(q, a, b):
        return frozenset(range(a, b))  # "the annual base salary of current staff": a yearly amount, no grain
    grain_only = []  # words naming a joined table's year column that read as the grain of the own date
    for k in range(a, b):
        m = scan.mention_at(q, k)
        if m is not None and (
            m.kind == "table" or (m.kind == "column" and understand_module.family(q, m.t, m.c) not in DATE_FAMILIES)
        ):
            # "loans per year" buckets the loans' own date; a year column of a joined table (a book's
            # publication year) that only the grain word names is an attribute of something else, not the
            # counted rows' time grain ("per weekly rank" names its column with more words)
            inside = a <= m.start and m.end <= b
            own = m.kind == "column" and inside and m.t != draft.base and date_filters.date_column(q, draft, draft.base)
            if not (own and own[0] == draft.base):
                return frozenset()
            grain_only.append(m)
    dc = date_filters.date_column(q, draft, draft.base)
    if not dc:
        return frozenset()
    bucket_item = {"kind": "bucket", "unit": unit, "t": dc[0], "c": dc[1]}
    if date_filters.taken_by_default(q, draft, dc, a):
        draft.pending.default_dates.append(bucket_item)
    for m in grain_only:
        scan.reread(q, m, t=dc[0], c=dc[1])  # the grain of the date it buckets, not the joined table's column
    for k in range(a, b):
        mk = scan.mention_at(q, k)
        if mk:
            draft.give_role(mk, "bucket")
    draft.group.append(bucket_item)
    return frozenset(range(a, b)) | _new_rows(q, draft, dc)


#: words leading a time grain of a date the question names ("by check-in month", "per month of check-in")
GRAIN_LEADS = frozenset({"by", "per", "each", "every"})


def _grain_of_named_date(q: Reading, draft: Draft) -> tuple[str, int, int, tuple[str, str]] | None:
    """A grain said of a date column the question names: "by check-in month" (the column, then the unit) or "per
    month of check-in" (the unit, "of", the column), after a grouping word: (unit, first word, end, the column)."""
    lows = [t.low for t in q.toks]
    for m in q.mentions:
        if m.kind != "column" or draft.has_role(m) or understand_module.family(q, m.t, m.c) not in DATE_FAMILIES:
            continue
        after = q.toks[m.end].sing if m.end < len(lows) else ""
        if after in BUCKET_UNITS and m.start > 0 and lows[m.start - 1] in GRAIN_LEADS:
            return BUCKET_UNITS[after], m.start - 1, m.end + 1, (m.t, m.c)
        k = m.start - 1 - (m.start > 0 and lows[m.start - 1] == "the")
        if k >= 2 and lows[k] == "of" and q.toks[k - 1].sing in BUCKET_UNITS and lows[k - 2] in GRAIN_LEADS:
            return BUCKET_UNITS[q.toks[k - 1].sing], k - 2, m.end, (m.t, m.c)
    return None


def _new_rows(q: Reading, draft: Draft, dc: tuple[str, str]) -> frozenset[int]:
    """ "new tenants each year": the adjective of newness right before the counted table's word, when the
    grain buckets that table's own date and that date starts its rows (no other date of the row comes before
    it): rows counted by the date they began are the new ones."""
    if dc[0] != draft.base or any(dc[1] in ends for ends in _date_ends(q, dc[0])):
        return frozenset()
    for m in q.mentions:
        k = m.start - 1
        if m.kind != "table" or m.t != draft.base or k < 0 or k in q.used or scan.mention_at(q, k) is not None:
            continue
        if q.toks[k].low in NEW_ROW_WORDS:
            return frozenset({k})
    return frozenset()


def _date_ends(q: Reading, table: str) -> list[list[str]]:
    """For each date of ``table`` that starts an interval, the dates that end it (see ``ValueIndex.date_order``)."""
    return [ends for key, ends in q.eng.values.date_order.items() if key.split(".", 1)[0] == table]


def _amount_of_a_thing(q: Reading, a: int, b: int) -> bool:
    """Whether a one-word grain ("annual", "monthly") stands right before an amount column of rows that are no
    dated events (employees by their hire date, policies by their start: :func:`.date_filters.dated_as_itself`
    says which are): it says the amount is per year or month, not that the figure is split by period."""
    if b != a + 1 or not q.toks[a].low.endswith(("ly", "al")):
        return False
    m = scan.mention_at(q, b)
    while m is not None and m.kind == "column" and not understand_module.numeric(q, m):
        m = scan.mention_at(q, m.end)  # "annual base salary": over a word of the column's own name
    if m is None or m.kind != "column" or not understand_module.numeric(q, m):
        return False
    numbered = name_words(m.c)[-1:] in (("number",), ("id",), ("code",))  # "till_no": which till, no amount
    return not numbered and not date_filters.dated_as_itself(q, m.t)


def _unit_of_named_rate(q: Reading, a: int, base: str | None) -> bool:
    """Whether "per <unit>" at ``a`` is the unit of a rate column the question names ("rent per month" over a
    monthly_rent column): the amount is already per that unit, so the words group nothing."""
    found = filters.rate_column(q, a, base)
    return found is not None and any(m.kind == "column" and (m.t, m.c) == found[0] for m in q.mentions)


def aggregates(q: Reading, draft: Draft) -> frozenset[int]:
    """Measures, rankings and counts in conditions."""
    p = draft.pending
    return aggregates_module.aggregates(q, draft, draft.base, p.asked_limit, p.limit_end)


def apply_limit(q: Reading, draft: Draft) -> frozenset[int]:
    """The asked row count, ordered by the first unused numeric column when it came with a direction."""
    limit, end = draft.pending.asked_limit, draft.pending.limit_end
    if not limit or draft.limit:
        return frozenset()
    draft.limit = limit
    if not draft.order and end in ("desc", "asc"):
        meas = next(
            (m for m in q.mentions if m.kind == "column" and not draft.has_role(m) and understand_module.numeric(q, m)),
            None,
        )
        # else the column a superlative names ("the 3 highest rating"), whatever type it is stored as
        meas = meas or next(
            (
                m
                for m in q.mentions
                if m.kind == "column"
                and not draft.has_role(m)
                and m.start
                and q.toks[m.start - 1].low in LIMIT_SUPERLATIVES
            ),
            None,
        )
        if meas:
            draft.give_role(meas, "order")
            draft.order.append({"item": {"kind": "col", "t": meas.t, "c": meas.c}, "dir": end})
    return frozenset()


def direction_order(q: Reading, draft: Draft) -> frozenset[int]:
    """A direction with nothing named to order by ("highest first", "descending") orders by the
    computed measure, else by a numeric column shown."""
    pending, draft.pending.order_direction = draft.pending.order_direction, None
    if draft.order or draft.nested:
        return frozenset()
    lows = [t.low for t in q.toks]
    direction = pending
    for k, w in enumerate(lows):
        nxt = lows[k + 1] if k + 1 < len(lows) else ""
        if (w in FIRST_DESC_WORDS and nxt == "first") or w in DESC_WORDS:
            direction = "desc"
        elif (w in FIRST_ASC_WORDS and nxt == "first") or w in ASC_WORDS:
            direction = "asc"
    if not direction:
        return frozenset()
    meas = next((s for s in draft.select if s.get("kind") in ("agg", "metric")), None)
    if meas is None:
        meas = next(
            (
                s
                for s in draft.select
                if s.get("kind") == "col" and understand_module.family(q, s["t"], s["c"]) in ("integer", "number")
            ),
            None,
        )
    if meas is not None:
        draft.order.append({"item": meas, "dir": direction})
    return frozenset()


def rank_by_measure(q: Reading, draft: Draft) -> frozenset[int]:
    """A row count over groups with no order ("orders per customer, top 10") ranks by the computed value."""
    if draft.limit and not draft.order and draft.group and not draft.nested:
        meas = next((s for s in draft.select if s.get("kind") in ("agg", "metric")), None)
        if meas is not None:
            end = draft.pending.limit_end
            draft.order.append({"item": meas, "dir": "asc" if end in ("asc", "last") else "desc"})
    return frozenset()


def default_order(q: Reading, draft: Draft) -> frozenset[int]:
    """Grouped results read best ordered: time ascending, categories by the measure, largest first. Only when the
    question asked for no order of its own; nested aggregates order themselves."""
    if draft.order or not draft.group or draft.nested:
        return frozenset()
    meas = next((s for s in draft.select if s.get("kind") in ("agg", "metric", "pct")), None)
    if meas is None:
        return frozenset()
    times = [g for g in draft.group if is_time(q, g) and g in draft.select]
    if times:
        draft.order = [{"item": g, "dir": "asc"} for g in times]
    else:
        draft.order = [{"item": meas, "dir": "desc"}]
    draft.default_order = True
    return frozenset()


def is_time(q: Reading, it: dict) -> bool:
    """A date bucket, a date column, or a column named as a year."""
    if it.get("kind") == "bucket":
        return True
    if it.get("kind") != "col" or not it.get("t"):
        return False
    fam = understand_module.family(q, it["t"], it["c"])
    return fam in DATE_FAMILIES or (
        fam in ("integer", "number", "text") and re.search(r"(^|_)year$|^year", it["c"], re.I) is not None
    )


def ordering_kept(q: Reading, draft: Draft) -> frozenset[int]:
    """A superlative asked ("the longest book", "the 5 largest") but nothing ranks or takes an extreme: the
    engine would drop an ordering it was asked for, so it declines instead of listing rows in any order. The
    superlatives wait in ``draft.pending.unranked``: a rule after the parse may still rank by them."""
    if (draft.order and not draft.default_order) or draft.nested or draft.pending.ranked is not None:
        return frozenset()
    items = draft.select + [h.get("item", {}) for h in draft.having] + draft.pending.measures
    if any(it.get("fn") in ("max", "min") for it in items if isinstance(it, dict)):
        return frozenset()
    lows = [t.low for t in q.toks]
    asked = [
        i
        for i, w in enumerate(lows)
        if w in LIMIT_SUPERLATIVES
        and scan.mention_at(q, i) is None
        and (i == 0 or lows[i - 1] not in ("at",))
        and i not in q.used  # read by another step ("above the lowest price of ...": a compared aggregate)
    ]  # a superlative inside a name ("highest point") names a column
    if draft.default_order and any(lows[i] in LOW_SUPERLATIVES for i in asked):
        # the default order (largest first) is the opposite of the one asked for: no order, so the
        # superlative still waits for a rule to rank by it, else the question is declined
        draft.order, draft.default_order = [], False
    draft.pending.unranked = asked
    return frozenset()


def no_repeats(q: Reading, draft: Draft) -> frozenset[int]:
    """ "Just the colours, no duplicates": a negation of a repeated row asks for each row once (distinct), as
    "different" does, and so do "combinations" of the columns listed ("breed and size combinations"); for a
    listing of columns only (a count or an aggregate has no rows to repeat)."""
    listing = draft.select and all(it.get("kind") in ("col", "entity") for it in draft.select) and not draft.group
    for i, tk in enumerate(q.toks[1:], start=1):
        if scan.mention_at(q, i) is not None or not listing:
            continue
        if tk.sing in REPEAT_NOUNS and q.toks[i - 1].low in RELATION_NEGATIONS:
            draft.distinct = True
            return frozenset({i - 1, i})
        prev = scan.mention_at(q, i - 1)
        after = scan.mention_at(q, i + 2) if i + 2 < len(q.toks) and q.toks[i + 1].low == "of" else None
        said = [m for m in (prev, after) if m is not None and m.kind == "column"]
        if tk.sing in COMBINATION_NOUNS and said and len(draft.select) > 1:
            draft.distinct = True  # "the breed and size combinations of the dogs": each pair once
            return frozenset({i})
    return frozenset()


def unranked_message(word: str) -> str:
    """Why a question whose superlative nothing ranks by is declined."""
    return f"I could not tell what '{word}' ranks by in this data, so I would rather not guess."


def negation_kept(q: Reading, draft: Draft) -> frozenset[int]:
    """A negated word nothing understood ("books never borrowed" with no link for the borrowing): answering
    would drop the condition and return the rows it excludes too, so the engine declines."""
    if any(c.get("op") in NEGATIVE_OPS for c in draft.where + draft.having):
        return frozenset()  # a negated condition is already there
    lows = [t.low for t in q.toks]
    for i, w in enumerate(lows):
        if w not in RELATION_NEGATIONS or i in q.used or scan.mention_at(q, i) is not None:
            continue
        j = i + 1
        while j < len(lows) and lows[j] in NEGATED_VERB_GAP:
            j += 1
        if w == "no" and lows[j : j + 1] == ["longer"]:
            continue  # "no longer": rows no longer in force (:mod:`..rules.row_state`), else an unplaced word
        if j < len(lows) and lows[j].isalpha() and j not in q.used and scan.mention_at(q, j) is None:
            raise Unanswerable(
                f"I could not tell what '{w} {lows[j]}' means in this data, so I would rather not guess."
            )
    return frozenset()


def require_select(q: Reading, draft: Draft) -> frozenset[int]:
    """Nothing to show: the question was not understood."""
    if not draft.select:
        raise Unanswerable(understand_module.not_understood(q))
    return frozenset()


def required_joins(q: Reading, draft: Draft) -> frozenset[int]:
    """A table named but not otherwise used still restricts the rows ("departments that have staff"): it is
    joined, and a plain listing keeps one row per match."""
    used_tables = set()
    for it in draft.select + [w["item"] for w in draft.where] + draft.group + [o["item"] for o in draft.order]:
        if it.get("t"):
            used_tables.add(it["t"])
    extra = [
        m.t
        for m in q.mentions
        if m.kind == "table"
        and draft.role_of(m) in (None, "entity")
        and m.t not in used_tables
        and m.t != draft.base
        and q.pl.distance(draft.base, m.t) < 99
    ]
    plain = all(it.get("kind") in ("col", "entity") for it in draft.select) and not draft.group
    if extra:
        draft.joins = list(dict.fromkeys(extra))
        if plain and any(joins.one_to_many(q, draft.base, t) for t in draft.joins):
            draft.distinct = True
    events = {m.t for m in q.mentions if m.kind == "table" and scan.event_verb(q, m)}
    dated = {w["item"].get("t") for w in draft.where if w.get("date")}
    if plain and draft.select and not draft.limit and any(joins.one_to_many(q, draft.base, t) for t in events & dated):
        # "which tools were rented in 2024": each tool once, however often it was rented then
        draft.distinct = True
    filtered = {w["item"].get("t") for w in draft.where} - {None, draft.base}
    shown = {it.get("t") for it in draft.select} - {None, draft.base}
    if (
        plain
        and draft.select
        and not draft.limit
        and not draft.pending.all_of
        and any(joins.one_to_many(q, draft.base, t) for t in filtered)
        and not any(joins.one_to_many(q, draft.base, t) for t in shown)
    ):
        # "which members trained in Leeds": a member reached through many sessions is still one member
        draft.distinct = True
    return frozenset()


def all_of_related(q: Reading, draft: Draft) -> frozenset[int]:
    """Two values joined by "and" on a column of rows related many to one base row ("stores with sales in 2020
    and 2021", "suppliers of apples and pears") cannot both sit on one related row: the base rows wanted have a
    related row with each (a set intersection, ``both``). On the base's own column ("staff in Oslo and Lima") or
    a row it refers to, the values stay a list of alternatives."""
    base = q.schema.table(draft.base) if draft.base else None
    if base is None or len(base.primary_key) != 1 or draft.nested:
        return frozenset()
    shown = draft.select + draft.group
    for w in draft.pending.all_of:
        it = w["item"]
        if not any(w is x for x in draft.where) or w["op"] != "in" or len(w["value"]) != 2 or it.get("alias"):
            continue
        if it.get("t") == base.name or any(s.get("t") == it.get("t") and s.get("c") == it.get("c") for s in shown):
            continue
        if joins.one_to_many(q, base.name, it["t"]):
            w["op"] = "both"
    return frozenset()


def average_of_periods(q: Reading, draft: Draft) -> frozenset[int]:
    """ "average daily revenue", "the avg monthly spend per store": the measure per period (the grain word's
    bucket), then averaged over the periods, by the other groups asked for; not the measure split by period."""
    lows = [t.low for t in q.toks]
    buckets = [g for g in draft.group if g.get("kind") == "bucket"]
    measures = [s for s in draft.select if s.get("kind") == "agg" and s.get("fn") in ("sum", "avg", "count")]
    if len(buckets) != 1 or len(measures) != 1 or draft.nested or draft.limit or draft.order:
        return frozenset()
    for k in range(len(lows) - 1):
        if lows[k] in AVERAGE_WORDS and BUCKET_WORDS.get(lows[k + 1]) == buckets[0]["unit"]:
            others = [g for g in draft.group if g is not buckets[0]]
            draft.group = [*others, buckets[0]]
            draft.select = [*others, measures[0]]
            said = base_alias(measures[0], None).removeprefix("average_").removeprefix("total_")
            draft.nested = {"fn": "avg", "by": others, "name": f"average_{lows[k + 1]}_{said}"}
            return frozenset({k, k + 1})
    return frozenset()


STEPS: tuple[Step, ...] = (
    asked_limit,
    filters.rate_words,
    subject,
    joins.self_reference,
    date_bucket,
    date_filters.dates,
    filters.compare_to_average,
    filters.comparisons,
    filters.either_bounds,
    filters.text_matches,
    filters.literal_in_column,
    filters.word_in_column,
    filters.null_checks,
    filters.values,
    joins.directed_references,
    joins.link_partner,
    filters.negated_tables,
    filters.negated_related_values,
    filters.scoped_sub_filters,
    grouping.grouping,
    aggregates,
    date_filters.fact_dates,
    ranking.order,
    apply_limit,
    select.select,
    average_of_periods,
    joins.fix_fanout_sums,
    direction_order,
    rank_by_measure,
    default_order,
    ordering_kept,
    no_repeats,
    negation_kept,
    require_select,
    joins.choose_base,
    all_of_related,
    required_joins,
)
"""The steps in the order they run; a later step sees what the earlier ones wrote into the draft."""


def understand(q: Reading, draft: Draft | None = None) -> Draft:
    """Run :data:`STEPS` over a fresh draft (or ``draft``); every word a step consumed is marked used."""
    draft = Draft() if draft is None else draft
    for step in STEPS:
        q.used |= step(q, draft)
    return draft
