"""Measures and aggregates (counts, sums, averages, revenue)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import naming, spelling, units
from ..chart_hint import find_chart_hint
from ..draft import Draft, Ranked
from ..lexicon import (
    measure_words,
    name_words,
    names_charge,
    names_generic_money,
    names_money,
    names_qualified_money,
    names_role,
    singular,
    split_identifier,
)
from ..patterns import (
    ADJ_COLUMNS,
    AGE_ADJECTIVES,
    AGG_SERIES_FILLER,
    AGG_TARGET_FILLER,
    AGG_WORDS,
    AVERAGE_WORDS,
    CLASS_WORDS,
    COST_WORDS,
    COUNT_COLUMN_PARTS,
    COUNT_FILLER,
    COUNT_NOUNS,
    COUNTED_SUPERLATIVES,
    DETERMINERS,
    DISTINCT_WORDS,
    EACH_WORDS,
    EVENT_COUNT_NOUNS,
    EXTREME_WORDS,
    GENERIC_MONEY_WORDS,
    GROUPING_LEADS,
    LIST_VERBS,
    LOWEST_WORDS,
    MEASURE_WORDS,
    MONEY_COLUMN_WORDS,
    MONEY_NAME_WORDS,
    MONEY_QUESTION_FILLER,
    MONEY_SOURCE_WORDS,
    MONEY_WORDS,
    MOST_OR_LEAST,
    NUMERIC_AGG_WORDS,
    ORDERING_WORDS,
    PAYMENT_VERBS,
    PEOPLE_NOUNS,
    PERIOD_NOUNS,
    PERIOD_RANK_WORDS,
    PERIOD_SUPERLATIVES,
    PURE_AGG,
    RANKING_SUPERLATIVES,
    RANKING_WORDS,
    REVENUE_WORDS,
    ROW_VALUE_WORDS,
    SELLER_RANK_LEADS,
    SELLING_WORDS,
    SOLD_VERBS,
    SPEND_VERBS,
    STOP,
    STORED_COUNT_TOTAL_WORDS,
    SUM_WORDS,
    WHICH_WHO,
    WORST_WORDS,
    WORTH_NOUNS,
)
from ..schema import DATE_FAMILIES
from ..wordnet import relations
from . import date_filters, filters, quantities, ranking, scan, understand

if TYPE_CHECKING:
    from ..engine import Reading
    from ..tokens import Mention


def aggregates(q: Reading, draft: Draft, subject: str, limit: int | None, limit_dir: str | None) -> frozenset[int]:
    """The measures of the question, one kind of measure per step (each step below has one job); returns the
    words read. Each step adds the words it reads to ``took``, and a word in ``took`` is used for the next."""
    aggs: list[dict] = []
    took: set[int] = set()
    _count_aggregates(q, draft, subject, aggs, took)
    _column_aggregates(q, draft, subject, aggs, took)
    _read_in_units(q, draft, aggs, took)
    _having_counts(q, draft, subject)
    if _ranked_bucket(q, draft, subject, limit, aggs, took) or _best_selling(q, draft, limit, took):
        return frozenset(took)
    if not _average_per_row_value(q, draft, took):
        _finish_aggregates(q, draft, subject, limit, limit_dir, aggs, took)
    return frozenset(took)


def _count_aggregates(q: Reading, draft: Draft, subject: str, aggs: list[dict], took: set[int]) -> None:
    """Counts: "how many X", "number of X", "count the X" (nested: "average number of X per Y")."""
    lows = [t.low for t in q.toks]
    n = len(lows)
    # ---- counts
    for i, w in enumerate(lows):
        if i in q.used or i in took:
            continue
        if not _is_count_word(q, i, w):
            continue
        took.add(i)
        j = i + 1
        distinct = False
        while j < n and lows[j] in COUNT_FILLER:
            if lows[j] in DISTINCT_WORDS:
                distinct = True
            took.add(j)
            j += 1
        if _kinds_of_column(q, j):
            # "how many types of government": the kinds are the column's values, each counted once
            distinct = True
            took.update({j, j + 1})
            j += 2
        events = (
            w == "many"
            and j < n
            and lows[j] in EVENT_COUNT_NOUNS
            and "than" not in lows[j + 1 : j + 3]
            and date_filters.event_table(q, j) is not None
        )
        if events:
            took.add(j)  # "how many times": each row of the event table is one time
            j += 1
            if scan.mention_at(q, j - 1) is not None:
                draft.give_role(scan.mention_at(q, j - 1), "agg")  # the word is the count, not a column to show
        named = _counted_value(q, j) if not events else None
        if named is not None:
            # "how many puncture repairs did the Gloucester garage do": the rows holding that value, not the
            # garages named later
            aggs.append({"kind": "agg", "fn": "count", "t": named, "c": None})
            continue
        nm = scan.next_mention(q, j, kinds=("table", "column"))
        adjective = scan.mention_at(q, j)
        if nm is None and adjective is not None and adjective.kind == "value" and draft.role_of(adjective) == "filter":
            # "the number of official languages": a value kept as a filter says which of the things are counted
            nm = scan.next_mention(q, adjective.end, skip=set(), kinds=("table", "column"))
        head = scan.mention_at(q, nm.end) if nm is not None and nm.kind == "table" and nm.end < n else None
        last = q.toks[head.end - 1] if head is not None else None
        if (
            head is not None
            and head.kind == "column"
            and (head.t == nm.t or (q.pl.distance(nm.t, head.t) == 1 and _only_column_so_named(q, head)))
            and not draft.has_role(head)
            and last.low != last.sing
        ):
            # "how many different store locations", "the number of cafe dishes": the last noun, a plural, is what
            # is counted, the noun of its table (or of a table it refers to or is referred by) before it says whose
            draft.give_role(nm, "_")
            nm = head
        if (
            nm is not None
            and nm.kind == "column"
            and w in ("number", "count")
            and {x.lower() for x in split_identifier(nm.c)} & COUNT_COLUMN_PARTS
        ):
            # "ordered by number of staff" where a column holds that count (staff_count): the column itself
            took.discard(i)
            continue
        outer = _outer_of_count(q, i, w, took)
        item = _count_item(q, draft, subject, aggs, i, w, j, nm, events, distinct, outer, took)
        if item is not None:
            aggs.append(item)
    # "the paragraph count", "order counts by month": a table's noun, then "count", is the count of its rows
    for m in q.mentions:
        k = m.end
        if m.kind != "table" or draft.has_role(m) or k >= n or lows[k] not in ("count", "counts"):
            continue
        if k in q.used or k in took or (k + 1 < n and lows[k + 1] == "of"):
            continue
        draft.give_role(m, "agg")
        took.add(k)
        aggs.append({"kind": "agg", "fn": "count", "t": m.t, "c": None})


def _kinds_of_column(q: Reading, j: int) -> bool:
    """Whether a class noun and "of" start at ``j`` before a text column ("types of government", "kinds of
    content"): what is counted is that column's values."""
    if j + 2 >= len(q.toks) or q.toks[j].sing not in CLASS_WORDS or q.toks[j + 1].low != "of":
        return False
    m = scan.mention_at(q, j + 2)
    return m is not None and m.kind == "column" and understand.family(q, m.t, m.c) == "text"


def _picks_one_row(q: Reading) -> bool:
    """Whether a superlative picks one row: said right before a table's noun ("the biggest city") or after a word
    leading a ranking of the rows ("the state with the largest density": :func:`.ranking.argmax_context`)."""
    for k, t in enumerate(q.toks):
        if t.low not in RANKING_WORDS and t.low not in ADJ_COLUMNS:
            continue
        after = scan.mention_at(q, k + 1) if k + 1 < len(q.toks) else None
        if (after is not None and after.kind == "table") or ranking.argmax_context(q, k):
            return True
    return False


def _only_column_so_named(q: Reading, m: Mention) -> bool:
    """Whether no other table has a column of the same name as the one ``m`` links to (two "model" columns: which
    one a table's noun before it says whose is no safe guess)."""
    name = (m.c or "").lower()
    return sum(1 for t in q.schema.tables for c in t.columns if c.name.lower() == name) == 1


def _counted_value(q: Reading, j: int) -> str | None:
    """The table of a value said in the plural right after a count word ("how many puncture repairs" of a
    'Puncture repair' line description): when its rows are events (:func:`.quantities.records_events`), those
    rows are what is counted. None when a table's noun follows the value ("how many Leeds customers") or the
    value names a kind in a lookup table ("meeting rooms" of a space type: the spaces are counted)."""
    m = scan.mention_at(q, j)
    if m is None or m.kind != "value" or m.start != j or not m.t or not quantities.records_events(q.schema, m.t):
        return None
    last = q.toks[m.end - 1]
    after = scan.mention_at(q, m.end)
    if last.low == last.sing or (after is not None and after.kind in ("table", "column")):
        return None
    return m.t


def _is_count_word(q: Reading, i: int, w: str) -> bool:
    """Whether word ``i`` asks for a count here: "how many", "number of", a leading "count" (one per count)."""
    lows = [t.low for t in q.toks]
    n = len(lows)
    is_count = (
        (w == "many" and i > 0 and lows[i - 1] == "how")
        or (w in COUNT_NOUNS and i + 1 < n and lows[i + 1] == "of")
        or (w == "count" and i == 0)
    )
    if not is_count:
        return False
    if w == "count" and _count_noun_follows(lows, i + 1):
        return False  # "count the number of X": one count, read at its noun
    held = scan.mention_at(q, i)
    if held is not None and held.kind == "column" and held.start < i and w in split_identifier((held.c or "").lower()):
        return False  # "the mobile number of Timmothy Ward": the end of a column's name, no count
    if w == "amount":
        nm0 = scan.next_mention(q, i + 2, kinds=("table", "column"))
        if nm0 is None or nm0.kind != "table":
            return False
    return True


def _outer_of_count(q: Reading, i: int, w: str, took: set[int]) -> str | None:
    """The aggregate over counts a word before the count asks for ("average number of tracks per album")."""
    lows = [t.low for t in q.toks]
    # nested: "average number of tracks per album"
    outer = None
    k = i - (2 if w == "many" else 1)
    while k >= 0 and lows[k] in ("the", "a"):
        k -= 1
    ranks_rows = k >= 0 and lows[k] in COUNTED_SUPERLATIVES and ranking.argmax_context(q, k)
    if k >= 0 and lows[k] in NUMERIC_AGG_WORDS and not ranks_rows:
        # "the largest number of tracks on an album" is a maximum of counts; "the album with the largest
        # number of tracks" ranks the albums (left to the superlative)
        outer = AGG_WORDS[lows[k]]
        took.add(k)
    return outer


def _count_item(
    q: Reading,
    draft: Draft,
    subject: str,
    aggs: list[dict],
    i: int,
    w: str,
    j: int,
    nm: Mention | None,
    events: bool,
    distinct: bool,
    outer: str | None,
    took: set[int],
) -> dict | None:  # noqa: C901
    """What a count counts: event rows, units sold, a quantity the rows record, rows, distinct values, or a
    column holding a count (then none, or its sum added to ``aggs``); words it reads go to ``took``."""
    plural_table = False
    if nm is not None and nm.kind == "column" and not distinct and nm.end - nm.start > 1:
        first = q.toks[nm.start]
        tw = [singular(x) for x in split_identifier(nm.t)]
        plural_table = first.low != first.sing and first.sing == tw[-1] and nm.c not in q.pl.label_columns(nm.t)
    sold = _sold_after(q, i)
    units = units_column(q, nm.t) if (sold and nm is not None and nm.kind == "table") else None
    qty = (
        quantities.counted_quantity(q, nm)
        if nm is not None and not events and not distinct and draft.role_of(nm) in (None, "agg")
        else None
    )
    if qty is not None and units is None:
        # "how many seats were booked": the rows record a number of seats each, added up; "the average number
        # of seats per booking": its mean over the rows (over some other rows' sums, nested, per anything else)
        draft.give_role(nm, "agg")
        item = {"kind": "agg", "fn": "sum", "t": qty[0], "c": qty[1]}
        on_avg = scan.has_seq(q, "on", "average")
        if outer is None and on_avg >= 0 and not {on_avg, on_avg + 1} & (q.used | took):
            outer = "avg"  # "how many seats does a booking hold on average"
            took.update({on_avg, on_avg + 1})
        if outer and _per_own_rows(q, draft, qty[0]):
            item["fn"], outer = outer, None
    elif events:
        # "how many times was X borrowed": the rows of the table the event's words name, not distinct
        # values of its date
        item = {"kind": "agg", "fn": "count", "t": date_filters.event_table(q, j - 1), "c": None}
    elif units is not None:
        # "how many products were sold": add up the quantity on the line rows
        draft.give_role(nm, "agg")
        item = {"kind": "agg", "fn": "sum", "t": units[0], "c": units[1]}
    elif nm is None:
        item = {"kind": "agg", "fn": "count", "t": subject, "c": None}
    elif plural_table or (nm.kind == "column" and draft.role_of(nm) in ("cmp", "self", "null", "like")):
        # "how many employees report to ...", "how many products cost more than 100": count the rows
        item = {"kind": "agg", "fn": "count", "t": nm.t, "c": None}
    elif nm.kind == "table" and not distinct:
        draft.give_role(nm, "agg")
        item = {"kind": "agg", "fn": "count", "t": nm.t, "c": None}
        quantities.note_rival(q, nm)
    elif nm.kind == "table":
        draft.give_role(nm, "agg")
        pk = q.schema.table(nm.t).primary_key
        lab = q.pl.label_columns(nm.t)
        # distinct rows by their one label; a label in parts (first and last names) by the key: one part repeats
        key = lab[0] if len(lab) == 1 or not pk else pk[0]
        item = {"kind": "agg", "fn": "count", "t": nm.t, "c": key, "distinct": True}
    elif (
        understand.numeric(q, nm)
        and not distinct
        and draft.role_of(nm) is None
        and w == "many"
        and (q.toks[nm.start].low in PEOPLE_NOUNS or {x.lower() for x in split_identifier(nm.c)} & COUNT_COLUMN_PARTS)
    ):
        # "how many residents does each district have", "how many items does the shop carry" with a
        # column holding that count (number_items): the stored count, not a count of its values; its
        # sum when the question asks for a total ("in total", "altogether") or one figure of the rows it keeps,
        # none of them each nor one row by its name or a superlative ("how many people live in Gelderland
        # district": the district's towns added up; "how many staff does the Plaza Museum have", "in the biggest
        # city": its own figure)
        lows = {t.low for t in q.toks}
        name = q.pl.own_name_column(nm.t)
        named = any(m.kind == "value" and (m.t, m.c) == (nm.t, name) for m in q.mentions)
        one = named or _picks_one_row(q)
        if lows & STORED_COUNT_TOTAL_WORDS or not (lows & GROUPING_LEADS or one):
            draft.give_role(nm, "agg")
            aggs.append({"kind": "agg", "fn": "sum", "t": nm.t, "c": nm.c})
        else:
            draft.give_role(nm, "select")
        return None
    elif (
        outer
        and understand.numeric(q, nm)
        and not distinct
        and draft.role_of(nm) is None
        and q.toks[nm.start].low != q.toks[nm.start].sing
    ):
        # "average number of seats": a numeric column holding a count of things; its average, not a
        # count of its distinct values
        draft.give_role(nm, "agg")
        item = {"kind": "agg", "fn": outer, "t": nm.t, "c": nm.c}
        outer = None
    else:
        if draft.role_of(nm) in ("filter",):
            item = {"kind": "agg", "fn": "count", "t": subject, "c": None}
        elif not distinct and (
            understand.family(q, nm.t, nm.c) in DATE_FAMILIES
            or date_filters.time_of_day(q.schema.table(nm.t), q.schema.table(nm.t).column(nm.c))
            or _kind_unsaid(q, nm)
        ):
            # "how many check-ins in August": each row's check-in is one event, so the rows that have one, not
            # the different days or times; "how many day passes" over ``day_pass_type``: the rows with a type
            # of day pass, not the different types
            draft.give_role(nm, "agg")
            item = {"kind": "agg", "fn": "count", "t": nm.t, "c": nm.c}
        else:
            draft.give_role(nm, "agg")
            item = {"kind": "agg", "fn": "count", "t": nm.t, "c": nm.c, "distinct": True}
    if outer:
        item["outer"] = outer
    return item


def _kind_unsaid(q: Reading, nm: Mention) -> bool:
    """Whether a column named as a kind of something ("day_pass_type") is named by that something alone ("day
    passes"): the words name the things, not their kinds. Not when the question says a class word anywhere
    ("kinds of pets", "types of day pass")."""
    words = [w.lower() for w in split_identifier(nm.c)]
    said = {t.sing for t in q.toks} | {t.low for t in q.toks}
    return len(words) > 1 and words[-1] in CLASS_WORDS and not said & CLASS_WORDS


def _sold_after(q: Reading, i: int) -> bool:
    """Whether a verb of selling after the count word at ``i`` has the counted things as its object: "how many
    products were sold", not "how many shows sold tickets" (a noun right after the verb is its object)."""
    for k in range(i + 1, len(q.toks)):
        if q.toks[k].low in SOLD_VERBS:
            after = scan.mention_at(q, k + 1)
            return after is None or after.kind not in ("table", "column")
    return False


def _per_own_rows(q: Reading, draft: Draft, table: str) -> bool:
    """Whether a count nested in an average is per row of ``table`` itself (its groups, which are then taken
    out: "the mean count of seats in a booking" is the mean of the bookings' seats) or has no per-row group
    at all; False when grouped by some other rows."""
    pk = q.schema.table(table).primary_key
    own = [g for g in draft.group if g.get("t") == table and (g.get("kind") == "entity" or g.get("c") in pk)]
    if not own and any(g.get("kind") == "entity" for g in draft.group):
        return False
    draft.group[:] = [g for g in draft.group if g not in own]
    return True


def _column_aggregates(q: Reading, draft: Draft, subject: str, aggs: list[dict], took: set[int]) -> None:
    """Sums, averages, minima and maxima of columns and named metrics; "how much"; a measure with keys."""
    # ---- sum / avg / min / max on columns and named metrics
    for m in q.mentions:
        if m.kind == "metric" and not draft.has_role(m):
            draft.give_role(m, "agg")
            aggs.append({"kind": "metric", "name": m.t})
            continue
        if m.kind != "column" or draft.has_role(m):
            continue
        fns = _aggregate_words_before(q, draft, m, took) or _implied_sum(q, draft, m)
        for fn in reversed(fns):
            draft.give_role(m, "agg")
            aggs.append({"kind": "agg", "fn": fn, "t": m.t, "c": m.c})
    _table_aggregates(q, draft, aggs)
    if not aggs and draft.group:
        _measure_with_keys(q, draft, aggs)
    if not aggs:
        _money_word_aggregate(q, draft, aggs, took)
    _how_much(q, draft, subject, aggs)


#: the aggregates whose value is in its column's unit (a count is not)
NUMERIC_FNS = ("sum", "avg", "min", "max")


def _read_in_units(q: Reading, draft: Draft, aggs: list[dict], took: set[int]) -> None:
    """ "in <unit>" after a measure of a column stored in a unit of the same dimension ("the total delay in
    hours" over delay_min): the measure reads its column in the asked unit (``expr`` "in:hour"); the same unit
    as stored only reads the words. A unit of another dimension is left unread."""
    lows = [t.low for t in q.toks]
    measures = [a for a in aggs if a.get("kind") == "agg" and a.get("c") and a.get("fn") in NUMERIC_FNS]
    for k in range(len(lows) - 1):
        if lows[k] != "in" or k in q.used or k in took or k + 1 in took:
            continue
        asked = units.unit_of(lows[k + 1])
        if asked is None:
            continue
        fits = [a for a in measures if not a.get("expr") and units.factor(units.column_unit(a["c"]) or "", asked)]
        if len(fits) != 1:
            continue
        a = fits[0]
        if units.conversion(a["c"], asked) is not None:
            a["expr"] = units.IN_UNIT + asked
        m = scan.mention_at(q, k + 1)
        if m is not None and not draft.has_role(m) and m.start == k + 1 and m.end == k + 2:
            q.mentions.remove(m)  # the unit word names no column here ("in minutes" beside a mins column)
        took.update({k, k + 1})


def _aggregate_words_before(q: Reading, draft: Draft, m: Mention, took: set[int]) -> list[str]:
    """The aggregate functions the words before a column ask for, nearest first ("average price", "the fewest
    and the most products"); adds their words to ``took``. Empty when the word before is a superlative ranking rows."""
    lows = [t.low for t in q.toks]
    fns: list[str] = []
    j = m.start - 1
    skipped_adj = False
    listed = _aggregate_list(q, m.start, took)
    while j >= 0:
        w = lows[j]
        if w in AGG_SERIES_FILLER:
            j -= 1
            continue
        skip = _qualifier_before(q, m, j) if not skipped_adj and not fns else None
        if skip is not None:
            skipped_adj = True
            j = skip
            continue
        if listed and j in listed:
            fns.append(_age_aware(q, w, m))  # "the fewest and the most products": both ends of one column
            took.add(j)
            q.listed_aggregates.add(j)
            j -= 1
            continue
        if _aggregates_column(q, m, j, took):
            # "highest" etc. right before a column with a linking word before it is a superlative
            if w not in PURE_AGG and (ranking.argmax_context(q, j) or draft.pending.asked_limit):
                break
            if w in EXTREME_WORDS and ranking.argmax_context(q, j) and lows[0] in WHICH_WHO:
                break  # "which product has the minimum price": the product, ranked by its price
            fns.append(_age_aware(q, w, m))
            took.add(j)
            j -= 1
            continue
        break
    return fns


def _qualifier_before(q: Reading, m: Mention, j: int) -> int | None:
    """Where to go on reading back when word ``j`` only qualifies the column after an aggregate word: a table
    ("average order quantity") or an unlinked adjective ("average listed unit price")."""
    lows = [t.low for t in q.toks]
    w = lows[j]
    qm = scan.mention_at(q, j)
    if qm is not None and qm.kind == "table" and qm.end == m.start and qm.start > 0 and lows[qm.start - 1] in PURE_AGG:
        return qm.start - 1  # "average order quantity": the table only qualifies the column
    if j > 0 and lows[j - 1] in PURE_AGG and scan.mention_at(q, j) is None and w.isalpha() and w not in STOP:
        return j - 1  # "average listed unit price": an unlinked adjective before the column
    return None


def _aggregates_column(q: Reading, m: Mention, j: int, took: set[int]) -> bool:
    """Whether word ``j`` is an unused aggregate word that fits the column (any for a pure aggregate word, else
    a number or date column) and no ranking superlative."""
    w = q.toks[j].low
    return (
        w in AGG_WORDS
        and (w in PURE_AGG or understand.numeric(q, m) or understand.family(q, m.t, m.c) in DATE_FAMILIES)
        and w not in RANKING_SUPERLATIVES
        and j not in q.used
        and j not in took
    )


def _implied_sum(q: Reading, draft: Draft, m: Mention) -> list[str]:
    """A number column read as its sum with no aggregate word before it: a revenue word ("what was the revenue
    last year"), a column named Total when grouping, or "... total" / "... in total" after it."""
    lows = [t.low for t in q.toks]
    n = len(lows)
    if (
        lows[m.start] in REVENUE_WORDS
        and understand.numeric(q, m)
        and m.end - m.start == 1
        and not _has_list_intent(q)
        and not any(t.low in ORDERING_WORDS for t in q.toks)
    ):
        return ["sum"]  # "what was the revenue last year"
    if (
        lows[m.start] == "total"
        and understand.numeric(q, m)
        and m.end - m.start == 1
        and (draft.group or _has_group_word(q))
    ):
        return ["sum"]  # "total per country": the column named Total read as its sum when grouping
    if understand.numeric(q, m) and m.end < n and lows[m.end] in ("total",):
        return ["sum"]
    if understand.numeric(q, m) and _in_total_after(q, m):
        return ["sum"]
    return []


def _in_total_after(q: Reading, m: Mention) -> bool:
    """Whether "in total" closes the phrase of the number column ``m`` ("the rent of active lets in total"):
    later in the question, with no other number column named in between."""
    lows = [t.low for t in q.toks]
    for k in range(m.end, len(lows) - 1):
        if lows[k] == "in" and lows[k + 1] == "total":
            return True
        other = scan.mention_at(q, k)
        if other is not None and other is not m and other.kind == "column" and understand.numeric(q, other):
            return False
    return False


def _table_aggregates(q: Reading, draft: Draft, aggs: list[dict]) -> None:
    """An aggregate or worth word before a table ("total orders", "the value of the stock"): the sum or
    average of the table's money column."""
    for m in q.mentions:
        after = scan.mention_at(q, m.end)
        # a column after the table names what is measured, unless a period already read it ("bills issued in")
        if (
            m.kind == "table"
            and not draft.has_role(m)
            and not (after is not None and after.kind == "column" and draft.role_of(after) != "date")
        ):
            fn = filters.agg_before(q, m.start) or _worth_before(q, m.start)
            if fn in ("sum", "avg") and not _money_word_after(q, m.end):
                mc = _money_column(q, m.t, exact_table=True)
                if mc:
                    draft.give_role(m, "agg")
                    aggs.append({"kind": "agg", "fn": fn, "t": mc[0], "c": mc[1]})


def _money_word_after(q: Reading, end: int) -> bool:
    """Whether a money word follows a table's noun, at most one word between ("total tyre sales revenue"): the
    noun only says whose sales, the money word the measure (:func:`revenue_item`)."""
    return any(q.toks[k].low in MONEY_WORDS for k in range(end, min(end + 2, len(q.toks))))


def _measure_with_keys(q: Reading, draft: Draft, aggs: list[dict]) -> None:
    """ "revenue by month": a measure column with keys but no aggregate word (a money table word's money
    column, else the first number column: its sum when it is an amount, else its average)."""
    for m in q.mentions:
        if m.kind == "table" and not draft.has_role(m) and q.toks[m.start].low in MONEY_WORDS:
            mc = _money_column(q, m.t, exact_table=True)
            if mc:
                draft.give_role(m, "agg")
                aggs.append({"kind": "agg", "fn": "sum", "t": mc[0], "c": mc[1]})
                break
    for m in q.mentions:
        if aggs:
            break
        if (
            m.kind == "column"
            and not draft.has_role(m)
            and understand.numeric(q, m)
            and not any(g.get("kind") == "entity" and g.get("t") == m.t for g in draft.group)
        ):
            fn = (
                "sum"
                if re.search(
                    r"total|amount|revenue|sales|quantity|qty|count|sum|spend|cost|profit|income|budget|units|sold",
                    m.c.lower(),
                )
                or names_money(m.c)
                or q.toks[m.start].low in MONEY_COLUMN_WORDS
                or scan.verb_after(q, m)
                else "avg"
            )
            draft.give_role(m, "agg")
            aggs.append({"kind": "agg", "fn": fn, "t": m.t, "c": m.c})
            break


def _money_word_aggregate(q: Reading, draft: Draft, aggs: list[dict], took: set[int]) -> None:
    """The first unlinked money or payment word ("how much was earned") reads as the revenue of the tables
    in play (:func:`revenue_item`)."""
    for i, t in enumerate(q.toks):
        if t.low in MONEY_WORDS | PAYMENT_VERBS and scan.mention_at(q, i) is None and i not in q.used | took:
            near = {g.get("t") for g in draft.group if g.get("t")} | {
                m.t for m in q.mentions if m.kind in ("table", "value", "column") and m.t
            }
            rev = revenue_item(q, near)
            if rev is not None:
                took.add(i)
                aggs.append(rev)
            break


def _how_much(q: Reading, draft: Draft, subject: str, aggs: list[dict]) -> None:
    """ "how much" with nothing else aggregated: the sum of the number column named after it, else of the
    subject's money column."""
    lows = [t.low for t in q.toks]
    hm = scan.has_seq(q, "how", "much")
    if hm < 0 and not aggs:
        _total_spent_on(q, draft, aggs)
    if hm >= 0 and not aggs and not ranking.has_superlative(q, draft) and not {"each", "every", "per"} & set(lows):
        nm = scan.next_mention(
            q,
            hm + 2,
            skip=MONEY_QUESTION_FILLER,
            kinds=("column", "metric"),
        )
        if nm is not None and nm.kind == "column" and understand.numeric(q, nm):
            draft.give_role(nm, "agg")
            aggs.append({"kind": "agg", "fn": "sum", "t": nm.t, "c": nm.c})
        else:
            mc = _money_column(q, subject)
            if mc:
                aggs.append({"kind": "agg", "fn": "sum", "t": mc[0], "c": mc[1]})
    elif hm >= 0 and not aggs and not ranking.has_superlative(q, draft) and subject:
        # "how much did we take per till": a sum per group, of the subject's one generic money column only
        money = [
            c.name
            for c in q.schema.table(subject).columns
            if c.family in ("number", "integer") and not c.primary_key and names_generic_money(c.name, subject)
        ]
        if len(money) == 1:
            aggs.append({"kind": "agg", "fn": "sum", "t": subject, "c": money[0]})


def _total_spent_on(q: Reading, draft: Draft, aggs: list[dict]) -> None:
    """ "Total spent on seeds in 2024": a total word, a verb of paying and the rows paid for, named right after
    "on": the sum of those rows' own money column (:func:`own_money_column`), when they have one."""
    lows = [t.low for t in q.toks]
    for k in range(len(lows) - 3):
        if lows[k] in SUM_WORDS and lows[k + 1] in SPEND_VERBS and lows[k + 2] in MONEY_SOURCE_WORDS:
            source = scan.next_mention(q, k + 3, skip=DETERMINERS, kinds=("table",))
            money = own_money_column(q, source.t) if source is not None and not draft.has_role(source) else None
            if money is not None:
                draft.give_role(source, "agg")
                aggs.append({"kind": "agg", "fn": "sum", "t": source.t, "c": money})
                return


def own_money_column(q: Reading, table: str) -> str | None:
    """The one number column of ``table`` that names a sum of money ("cost", "cost_of_seed": the head before
    "of" names it), or None when it has none or several."""
    money = [
        c.name
        for c in q.schema.table(table).columns
        if c.family in ("number", "integer") and not c.primary_key and names_money(_head_of(c.name))
    ]
    return money[0] if len(money) == 1 else None


def _head_of(name: str) -> str:
    """The head of a column name said with "of" ("cost_of_seed" -> "cost"); the name itself otherwise."""
    words = split_identifier(name)
    lows = [w.lower() for w in words]
    return "_".join(words[: lows.index("of")]) if "of" in lows[1:] else name


def _having_counts(q: Reading, draft: Draft, subject: str) -> None:  # noqa: C901
    """Counts in a condition ("with more than 5 invoices") become HAVING COUNT over the grouped subject."""
    lows = [t.low for t in q.toks]
    ms = q.mentions
    # ---- "with more than 5 invoices" -> HAVING COUNT
    having_counts, draft.pending.having_counts = draft.pending.having_counts, []
    for hc in having_counts:
        if hc["t"] == subject and not draft.group:
            # "how many customers have more than 5 invoices" needs the subject grouped
            pass
        draft.having.append(
            {"item": {"kind": "agg", "fn": "count", "t": hc["t"], "c": None}, "op": hc["op"], "value": hc["value"]}
        )
    if draft.having and not draft.group:
        owner = subject
        cnt_tables = {h["item"].get("t") for h in draft.having}
        first_having = min((m.start for m in ms if draft.role_of(m) == "having"), default=len(lows))
        asked = next(
            (m for m in ms if m.kind == "column" and draft.role_of(m) is None and m.start < first_having), None
        )
        if asked is not None and asked.t in cnt_tables and asked.c not in q.pl.label_columns(asked.t):
            # "which regions have 4 or more stores": the column is the key
            draft.give_role(asked, "group")
            draft.group.append({"kind": "col", "t": asked.t, "c": asked.c})
        else:
            if owner in cnt_tables:
                owner = next((m.t for m in ms if m.kind == "table" and m.t not in cnt_tables), owner)
            if owner in cnt_tables and asked is not None and asked.t not in cnt_tables:
                owner = asked.t
            keyed = q.schema.table(owner)
            if asked is not None and asked.t == owner and keyed is not None and len(keyed.primary_key) != 1:
                # "which languages are spoken in one country": rows keyed by a pair name no one thing; the
                # column asked for is the key
                draft.give_role(asked, "group")
                draft.group.append({"kind": "col", "t": asked.t, "c": asked.c})
            else:
                draft.group.append({"kind": "entity", "t": owner})
        draft.pending.groups_counted = True


def _ranked_bucket(  # noqa: C901
    q: Reading, draft: Draft, subject: str, limit: int | None, aggs: list[dict], took: set[int]
) -> bool:
    """A date bucket ranked by a measure ("the best month for sales"); True when it answered."""
    lows = [t.low for t in q.toks]
    n = len(lows)
    ms = q.mentions
    # ---- "the best month for sales": rank date buckets
    for k, w in enumerate(lows):
        unit = lows[k + 1].rstrip("s") if k + 1 < n else ""
        sup = next((x for x in lows[k + 2 :] if x in PERIOD_SUPERLATIVES), None)
        if (
            w in ("which", "what")
            and k == 0
            and unit in PERIOD_NOUNS
            and scan.mention_at(q, k + 1) is None
            and sup is not None
            and any(t.low in MONEY_WORDS for t in q.toks)
        ):
            # "which month had the highest revenue": rank the buckets like "the best month for sales"
            w = "worst" if sup in LOWEST_WORDS else "best"
            took.update(j for j, x in enumerate(lows) if x == sup)
        if w not in PERIOD_RANK_WORDS or unit not in PERIOD_NOUNS:
            continue
        if draft.group:
            break
        measure = next((a for a in aggs if a.get("kind") in ("agg", "metric")), None)
        if measure is None and any(t.low in MONEY_WORDS for t in q.toks):
            measure = revenue_item(q, {m.t for m in ms if m.t})
        if measure is None:
            measure = {"kind": "agg", "fn": "count", "t": subject, "c": None}
        dc = date_filters.date_column(q, draft, measure.get("t") or subject)
        if dc is None:
            break
        bucket = {"kind": "bucket", "unit": unit, "t": dc[0], "c": dc[1]}
        took.update({k, k + 1})
        draft.group.append(bucket)
        draft.order.append({"item": measure, "dir": "asc" if w in WORST_WORDS else "desc"})
        draft.limit = limit or 1
        draft.select = [bucket, measure]
        draft.pending.select_done = True
        return True
    return False


def _best_selling(q: Reading, draft: Draft, limit: int | None, took: set[int]) -> bool:  # noqa: C901
    """Entities ranked by units sold ("best selling products"); True when it answered."""
    lows = [t.low for t in q.toks]
    n = len(lows)
    ms = q.mentions
    # ---- "best selling products"
    for k, w in enumerate(lows):
        nxt = lows[k + 1] if k + 1 < n else ""
        if (w in SELLER_RANK_LEADS and nxt in SELLING_WORDS) or (w in MOST_OR_LEAST and nxt == "sold"):
            ent = scan.next_mention(q, k + 2, kinds=("table",))
            if ent is None:
                ent = next((m for m in ms if m.kind == "table"), None)
            if ent is None:
                break
            units = units_column(q, ent.t)
            measure = {"kind": "agg", "fn": "sum", "t": units[0], "c": units[1]} if units else None
            if measure is None:
                child = next((e[1] for e in q.pl.adj.get(ent.t, []) if e[3] == "down"), None)
                if child is None:
                    break
                measure = {"kind": "agg", "fn": "count", "t": child, "c": None}
            draft.give_role(ent, "entity")
            took.update({k, k + 1})
            plural = q.toks[ent.start].low != q.toks[ent.start].sing
            draft.group.append({"kind": "entity", "t": ent.t})
            draft.order.append({"item": measure, "dir": "asc" if w in ("worst", "least") else "desc"})
            draft.limit = limit or (10 if plural else 1)
            draft.pending.ranked = Ranked(
                entity=ent.t, measure=measure, show_measure=plural or bool(limit and limit > 1)
            )
            draft.pending.measures = []
            return True
    return False


def _average_per_row_value(q: Reading, draft: Draft, took: set[int]) -> bool:  # noqa: C901
    """The mean of a per-row revenue ("average order value"), by the asked dimensions; True when it answered."""
    lows = [t.low for t in q.toks]
    n = len(lows)
    # ---- "average order value": the mean of a per-row revenue
    for k, w in enumerate(lows):
        if w not in AVERAGE_WORDS:
            continue
        tm = scan.mention_at(q, k + 1)
        if tm is None or tm.kind != "table" or tm.end >= n or lows[tm.end] not in ROW_VALUE_WORDS:
            continue
        if scan.mention_at(q, tm.end) is not None:
            continue
        rev = revenue_item(q, {tm.t})
        pk = q.schema.table(tm.t).primary_key
        if rev is None or not pk:
            continue
        draft.give_role(tm, "agg")
        took.update({k, tm.end})
        # "average order value by channel": the asked dimensions stay as the outer query's groups
        dims = list(draft.group)
        draft.select = [*dims, rev]
        draft.group.append({"kind": "col", "t": tm.t, "c": pk[0]})
        draft.nested = {"fn": "avg", "name": f"average_{naming.singular_words(tm.t)}_{lows[tm.end]}"}
        if dims:
            draft.nested["by"] = dims
        return True
    return False


def _finish_aggregates(
    q: Reading,
    draft: Draft,
    subject: str,
    limit: int | None,
    limit_dir: str | None,
    aggs: list[dict],
    took: set[int],
) -> None:  # noqa: C901
    """Superlatives, averages of counts ("on average"), counts of groups; else the measures stay for select."""
    # ---- superlatives / argmax
    sup = ranking.superlative(q, draft, subject, limit, limit_dir, aggs, took)
    if sup:
        return
    if draft.group and (scan.has_seq(q, "on", "average") >= 0 or scan.has_seq(q, "on", "avg") >= 0):
        for a in aggs:
            if a.get("fn") == "count" and not a.get("outer"):
                a["outer"] = "avg"  # "how many orders per customer on average"
                break
    on_avg = scan.has_seq(q, "on", "average")
    if not aggs and not draft.group and on_avg >= 0 and on_avg + 2 >= len(q.toks) - 1:
        # "what does a suite cost per night on average": a closing "on average" is the mean of the one amount
        amounts = [m for m in q.mentions if m.kind == "column" and not draft.has_role(m) and understand.numeric(q, m)]
        if len(amounts) == 1:
            draft.give_role(amounts[0], "agg")
            took.update({on_avg, on_avg + 1})
            aggs.append({"kind": "agg", "fn": "avg", "t": amounts[0].t, "c": amounts[0].c})
    nested = [a for a in aggs if a.get("outer")]
    if nested and draft.group:
        a = nested[0]
        draft.select = [
            {"kind": "agg", "fn": a["fn"], "t": a["t"], "c": a.get("c"), "distinct": a.get("distinct", False)}
        ]
        draft.nested = {"fn": a["outer"]}
        return
    for a in nested:
        a.pop("outer", None)
    if draft.pending.groups_counted and aggs and all(a.get("fn") == "count" for a in aggs):
        # "how many customers have more than 5 invoices": count the groups (a sum or an average asked of them,
        # "show the total population", is a measure of each group)
        draft.select = [{"kind": "agg", "fn": "count", "t": draft.group[0]["t"], "c": None}]
        draft.nested = {"fn": "count"}
        return
    entity = next((g["t"] for g in draft.group if g.get("kind") == "entity"), None)
    own = [a for a in aggs if a.get("kind") == "agg" and a.get("c") and a.get("t") == entity]
    if draft.pending.groups_counted and len(aggs) == 1 and own and own[0]["fn"] in NUMERIC_FNS:
        # "the average grade of students who have at least one friend": each student kept once, then averaged
        draft.select = [{"kind": "col", "t": own[0]["t"], "c": own[0]["c"]}]
        draft.nested = {"fn": own[0]["fn"]}
        return
    draft.pending.measures = aggs


def _aggregate_list(q: Reading, start: int, took: set[int]) -> set[int]:
    """The positions of a list of aggregate words right before a numeric column ("the mean, lowest and
    highest price", "the fewest and the most items"): two or more, joined by "and" or a comma, none used
    yet. A list asks for each aggregate of the one column, never for a ranking (no row is both ends)."""
    lows = [t.low for t in q.toks]
    m = scan.mention_at(q, start)
    if m is None or not understand.numeric(q, m):
        return set()
    j, found, joined = start - 1, [], False
    while j >= 0 and (lows[j] in AGG_SERIES_FILLER or lows[j] in AGG_WORDS) and scan.mention_at(q, j) is None:
        if lows[j] in AGG_WORDS:
            if j in q.used or j in took:
                return set()
            found.append(j)
        joined |= lows[j] in (",", "and")
        j -= 1
    fns = {AGG_WORDS[lows[k]] for k in found}
    if not (joined and len(found) >= 2 and len(fns) >= 2):
        return set()
    if lows[0] in WHICH_WHO or ranking.argmax_context(q, min(found)):
        return set()  # "which shops have the most and the fewest items": rows at each end, not values
    return set(found)


def _has_list_intent(q: Reading) -> bool:
    lows = [t.low for t in q.toks]
    return bool(lows) and lows[0] in LIST_VERBS and not has_agg_word(q)


def has_agg_word(q: Reading) -> bool:
    """Whether a word asks for a figure (``MEASURE_WORDS``), other than a word of a column's own name ("version
    number", "phone number": the column, no count)."""
    named = {
        k
        for m in q.mentions
        if m.kind == "column"
        and m.end - m.start > 1
        and m.c
        and any(w in MEASURE_WORDS for w in split_identifier(m.c.lower()))
        for k in range(m.start, m.end)
    }
    return any(t.low in MEASURE_WORDS and i not in named for i, t in enumerate(q.toks))


def _has_group_word(q: Reading) -> bool:
    order_words = ("order", "ordered", "sort", "sorted", "rank", "ranked", "descending", "ascending", "arranged")
    return any(
        t.low in EACH_WORDS or (t.low == "by" and not (i and q.toks[i - 1].low in order_words))
        for i, t in enumerate(q.toks)
    )


def revenue_item(q: Reading, near: set[str]) -> dict | None:
    """What "revenue"/"sales"/"spent" adds up: a document total, price x quantity on line rows (less a discount
    in percent), or, after those, one fee per row.

    The pick avoids double counting: a candidate is used only if every table in ``near`` (grouping
    and filter tables) is reached from it without going to a "many" side. Of several, the one a word of the
    question names, then the one reached by references named for their tables (:meth:`.Planner.role_references`).
    """
    docs, lines, fees = [], [], []
    # a unit cost times a quantity is money paid out: read only when the question asks about a cost
    costs = _asks_cost(q)
    for t in q.schema.tables:
        # a money column of its own kind (a tip, a tax) is never what a generic money word adds up
        nums = [
            c
            for c in t.columns
            if c.family in ("number", "integer") and not c.primary_key and not names_qualified_money(c.name, t.name)
        ]
        price = next(
            (
                c.name
                for c in nums
                if (re.search(r"price|cost|amount", c.name, re.I) or _names_price(c.name))
                and not re.search(r"id$", c.name, re.I)
                and (costs or not re.search(r"cost", c.name, re.I))
            ),
            None,
        )
        qty = next((c.name for c in nums if re.search(r"quantity|qty|units", c.name, re.I)), None)
        # a cost is money paid out ("fuel total_cost"): a generic money word reads it only when a cost is asked
        totals = [
            c.name
            for c in nums
            if re.search(r"total|amount|revenue|sales", c.name, re.I)
            and (costs or not re.search(r"cost", c.name, re.I))
        ]
        totals.sort(key=lambda c: not _plain_money(c, t.name))  # "total_price" before "catering_total"
        money = totals[0] if totals else None
        charges = [c.name for c in nums if names_charge(c.name)]
        if len(charges) > 1:  # of several, the one named only as a total ("tot_amt", not "net_amt")
            charges = [c.name for c in nums if names_generic_money(c.name, t.name)]
        if money is None and len(charges) == 1:
            # "amt", "fee": one sum paid per row (two, a fare and a port fee, compete: neither); after the lines
            # of what was sold, which a generic money word reads first
            fees.append({"kind": "agg", "fn": "sum", "t": t.name, "c": charges[0]})
        if price and qty:
            lines.append({"kind": "agg", "fn": "sum", "t": t.name, "c": price, "times": qty})
            off = next(
                (c.name for c in t.columns if c.family in ("number", "integer") and _names_percent_discount(c.name)),
                None,
            )
            if off:  # what the line was charged: a discount in percent taken off
                lines[-1]["off"] = off
        if money:
            docs.append({"kind": "agg", "fn": "sum", "t": t.name, "c": money})

    def clean(item: dict) -> bool:
        for g in near:
            if g == item["t"]:
                continue
            p = q.pl.path(item["t"], g)
            if p is None or any(e[4] == "down" for e in p):
                return False
        return True

    kept = [item for item in docs + lines + fees if clean(item)]
    if kept:
        # of two sources of money, the one a word of the question names ("paid": the payments, ``pmt``;
        # "repairs": ``repair_cost``), then the one related to the groups and filters by plain references (a
        # sale line's shop is its sale's shop; a delivery's shop only its driver's)
        named = _tables_named(q, {it["t"] for it in kept})
        said = {t.sing for t in q.toks if t.low not in STOP}
        return min(
            kept,
            key=lambda it: (
                it["t"] not in named and not said & {singular(w) for w in name_words(it["c"])},
                sum(q.pl.role_references(it["t"], g) for g in near if g != it["t"]),
            ),
        )
    connected = [it for it in lines + docs + fees if all(q.pl.distance(it["t"], g) < 99 for g in near)]
    return connected[0] if connected else None


def _asks_cost(q: Reading) -> bool:
    """Whether the question asks about money paid out (:data:`..patterns.COST_WORDS`), so a cost may be read."""
    return any(t.low in COST_WORDS for t in q.toks)


def _plain_money(column: str, table: str) -> bool:
    """Whether a money column is named by money words and its table's own words only ("total_price" of
    bookings), no part of the money ("catering_total", "deposit_amount")."""
    own = {singular(w.lower()) for w in split_identifier(table)}
    plain = GENERIC_MONEY_WORDS | MONEY_NAME_WORDS
    return all(w in plain or w in own or names_role(w, plain) for w in measure_words(column))


def _names_price(column: str) -> bool:
    """Whether a column's last word is "price" shortened ("unit_prc")."""
    words = [w.lower() for w in split_identifier(column)]
    return bool(words) and names_role(words[-1], frozenset({"price"}))


def _names_percent_discount(column: str) -> bool:
    """Whether a column is a discount in percent ("discount_pct", "disc_percent")."""
    words = [w.lower() for w in split_identifier(column)]
    return any(w.startswith("disc") and w != "discontinued" for w in words) and any(
        w in ("pct", "percent", "percentage") for w in words
    )


def _tables_named(q: Reading, tables: set[str]) -> set[str]:
    """The tables a word of the question names, as itself or as the noun its verb makes ("paid": payment),
    spelt out or abbreviated in the table's name (``pmt``, ``inv``)."""
    hint = find_chart_hint([t.low for t in q.toks])
    rendering = set(hint[1]) if hint else set()  # "as a line chart" names no invoice lines
    forms = set()
    for i, t in enumerate(q.toks):
        if t.low.isalpha() and t.low not in STOP and i not in rendering:
            forms |= {t.sing, t.lemma, *(n for n in relations(t.lemma, "v").derived if " " not in n)}
    out = set()
    for name in tables:
        words = {singular(w.lower()) for w in split_identifier(name)}
        if any(w in forms or any(spelling.abbreviates(w, f) for f in forms) for w in words):
            out.add(name)
    return out


def units_column(q: Reading, table: str) -> tuple[str, str] | None:
    best = None
    for t in q.schema.tables:
        d = q.pl.distance(table, t.name)
        if d >= 3:
            continue
        for c in t.columns:
            if (
                c.family in ("integer", "number")
                and re.search(r"quantity|qty|units", c.name, re.I)
                and (best is None or d < best[0])
            ):
                best = (d, t.name, c.name)
    return (best[1], best[2]) if best else None


def _worth_before(q: Reading, i: int) -> str | None:
    """The aggregate of "the total value of [done] repairs" before the table at ``i``: an aggregate word, a
    word for money worth, "of", and values that only filter the rows."""
    j = i - 1
    while j >= 0 and (
        q.toks[j].low in AGG_TARGET_FILLER
        or (scan.mention_at(q, j) is not None and scan.mention_at(q, j).kind == "value")
    ):
        j -= 1
    if j < 1 or q.toks[j].low not in WORTH_NOUNS or scan.mention_at(q, j) is not None:
        return None
    return filters.agg_before(q, j)


def _age_aware(q: Reading, word: str, m: Mention) -> str:
    """The aggregate an aggregate word asks of a column; an age word over a date reads the other way round
    ("the youngest": the latest date of birth)."""
    fn = AGG_WORDS[word]
    if word in AGE_ADJECTIVES and understand.ages_by_date(q, m.t, m.c):
        return {"min": "max", "max": "min"}.get(fn, fn)
    return fn


def _money_column(q: Reading, subject: str, exact_table: bool = False) -> tuple[str, str] | None:
    costs = _asks_cost(q)
    for t in [subject] + ([] if exact_table else [x.name for x in q.schema.tables]):
        tab = q.schema.table(t)
        if q.pl.distance(subject, t) > 2:
            continue
        # a money column of its own kind (a tip, a tax) is never the rows' money
        nums = [
            c.name for c in tab.columns if c.family in ("number", "integer") and not names_qualified_money(c.name, t)
        ]
        named = [
            c for c in nums if re.search(r"total|amount|revenue|price|cost|sales|value", c.lower()) or _names_price(c)
        ]
        if not costs:  # a cost is money paid out: named only when a cost is asked
            named = [c for c in named if "cost" not in c.lower()]
        # a name of money words only ("total_price") before one naming a part ("catering_total")
        named.sort(key=lambda c: not _plain_money(c, t))
        money = [c for c in nums if names_money(c)]
        if not named and len(money) > 1:  # of several, the one named only as a total ("tot_amt", not "net_amt")
            money = [c for c in nums if names_generic_money(c, t)]
        if named or len(money) == 1:  # two columns named only as money ("fare", "port_fee") compete: neither
            return t, (named or money)[0]
    return None


def _count_noun_follows(lows: list[str], j: int) -> bool:
    """Whether a counting noun and "of" follow at ``j`` past filler ("count [the] number of ...")."""
    while j < len(lows) and lows[j] in ("the", "a", "an", "total"):
        j += 1
    return j + 1 < len(lows) and lows[j] in COUNT_NOUNS and lows[j + 1] == "of"
