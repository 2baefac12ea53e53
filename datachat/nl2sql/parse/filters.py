"""Filters: comparisons, text matches, negations, null checks and values."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lemminflect import getLemma

from ..dates import find_date_range
from ..draft import Draft
from ..lexicon import (
    name_words,
    names_generic_money,
    names_money,
    names_person,
    names_qualified_money,
    present_verb,
    singular,
    split_identifier,
    superlatives,
)
from ..patterns import (
    ADJ_COLUMNS,
    AGE_ADJECTIVES,
    AGE_DATE_WORDS,
    AGE_LEADS,
    AGE_UNITS,
    AGE_WORDS,
    AGG_BEFORE_WORDS,
    AGG_TARGET_FILLER,
    AGG_WORDS,
    ALTERNATIVE_WORDS,
    AVERAGE_COLUMN_FILLER,
    AVERAGE_LEADS,
    AVERAGE_OF_FILLER,
    BE_FORMS,
    CLAUSE_BREAKS,
    CMP_WORDS,
    COMPARE_JOINERS,
    COMPARE_LEADS,
    COMPARED_QUANTIFIERS,
    COUNTED_FILLER,
    CURRENCY_WORDS,
    DATE_NAME_WORDS,
    DETERMINERS,
    EITHER_JOINERS,
    EXCLUDE_PHRASES,
    EXCLUDE_WORDS,
    EXCLUSION_GERUNDS,
    HAVE_NEGATIONS,
    HAVE_WORDS,
    INCLUSION_WORDS,
    INDEFINITE_OBJECTS,
    INSIDE_WORDS,
    LIMIT_END_WORDS,
    LIST_JOINERS,
    MEASURE_UNITS,
    MISSING_WORDS,
    NAME_VALUE_FILLER,
    NEGATED_VERB_GAP,
    OPEN_QUANTIFIERS,
    ORDINALS,
    POSSESSIVE_FILLER,
    PRESENT_WORDS,
    RATE_LEADS,
    RECORDED_WORDS,
    RELATED_ROW_NEGATIONS,
    RELATION_NEGATIONS,
    RELATIVE_PRONOUNS,
    ROW_CLAUSE_WORDS,
    SIZE_COMPARATIVES,
    SPLIT_COMPARATIVES,
    STOP,
    SUB_AGGREGATES,
    SUB_SCOPE_WORDS,
    TEXT_COLUMN_FILLER,
    TEXT_MATCH_FILLER,
    THAT_OF,
    VALUE_COLUMN_FILLER,
    VERSUS_LINKS,
    VERSUS_WORDS,
    WHICH_WHO,
    WITH_WORDS,
)
from ..result import Unanswerable
from ..schema import DATE_FAMILIES
from ..tokens import Mention
from ..units import _convert_units
from . import scan, understand

if TYPE_CHECKING:
    from ..engine import Reading


#: the words between a column and the value it excludes ("citizenship is anything other than France")
_EXCLUSION_FILLER = EXCLUDE_WORDS | INDEFINITE_OBJECTS | {w for phrase in EXCLUDE_PHRASES for w in phrase}


def excluding_at(lows: list[str], k: int) -> tuple[int, ...]:
    """The positions of the words excluding what follows them that end at ``k``: an exclude word ("except")
    or an exclude phrase ("other than", "apart from"); empty when there is none.

    >>> excluding_at(["all", "but", "except", "tea"], 2), excluding_at(["apart", "from", "tea"], 1)
    ((2,), (0, 1))
    """
    if lows[k] in EXCLUDE_WORDS:
        return (k,)
    for phrase in EXCLUDE_PHRASES:
        start = k - len(phrase) + 1
        if start >= 0 and tuple(lows[start : k + 1]) == phrase:
            return tuple(range(start, k + 1))
    return ()


def _cmp_before(q: Reading, i: int) -> tuple[str, int] | None:
    """Comparison phrase ending just before token i -> (op, start index)."""
    lows = [t.low for t in q.toks]
    for words, op in sorted(CMP_WORDS, key=lambda x: -len(x[0])):
        if op.endswith("P"):
            continue
        L = len(words)
        if i - L >= 0 and tuple(lows[i - L : i]) == words:
            return op, i - L
    return None


def _cmp_after(q: Reading, i: int) -> tuple[str, int] | None:
    lows = [t.low for t in q.toks]
    for words, op in CMP_WORDS:
        if not op.endswith("P"):
            continue
        L = len(words)
        if tuple(lows[i : i + L]) == words:
            return op[:-1], i + L
    return None


def rate_column(q: Reading, k: int, subject: str | None) -> tuple[tuple[str, str], int] | None:
    """A rate after a number ("300 a night", "50 per hour", "25 each month"): the one numeric column of the
    subject (else of a named table) whose name holds the unit's adjective or the unit after "per" ("nightly_rate",
    "hourly_fee", "price_per_night"), and the end of the phrase."""
    toks = q.toks
    if k + 1 >= len(toks) or toks[k].low not in RATE_LEADS:
        return None
    unit = toks[k + 1].sing
    if not unit.isalpha() or len(unit) < 3:
        return None
    forms = {unit + "ly", unit[:-1] + "ily" if unit.endswith("y") else unit + "ly"}
    tables = [subject] if subject else []
    kinds = ("table",) if subject else ("table", "value", "column")
    tables += list(dict.fromkeys(m.t for m in q.mentions if m.kind in kinds and m.t and m.t not in tables))
    for t in tables:
        hits = []
        for c in q.schema.table(t).columns:
            words = [w.lower() for w in split_identifier(c.name)]
            per = any(a == "per" and singular(b) == unit for a, b in zip(words, words[1:], strict=False))
            if c.family in ("number", "integer") and not c.primary_key and (forms & set(words) or per):
                hits.append(c.name)
        if len(hits) == 1:
            return (t, hits[0]), k + 2
        if hits:
            return None
    return None


def rate_words(q: Reading, draft: Draft) -> frozenset[int]:
    """An amount asked per unit ("what does a suite cost per night", "the fee per month"): the word before the
    unit reads as the column named for the unit (the nightly rate), the unit words as part of it."""
    took: set[int] = set()
    for k in range(1, len(q.toks) - 1):
        prev = scan.mention_at(q, k - 1)
        if prev is None or prev.kind != "column" or draft.has_role(prev) or not understand.numeric(q, prev):
            continue
        if q.toks[k].low != "per":
            continue
        rate = rate_column(q, k, None)
        if rate is None or rate[0] == (prev.t, prev.c):
            continue
        prev = scan.reread(q, prev, t=rate[0][0], c=rate[0][1])
        for j in range(k, rate[1]):
            unit = scan.mention_at(q, j)
            if unit is not None and unit is not prev:
                q.mentions.remove(unit)
        took.update(range(k, rate[1]))
    return frozenset(took)


def implied_column(q: Reading, word: str, table: str) -> tuple[str, str] | None:
    """'longer' / 'expensive' / 'older' -> a column of ``table`` (or a neighbour) that the word is about."""
    base = (
        {
            "longer": "longest",
            "shorter": "shortest",
            "older": "oldest",
            "younger": "youngest",
            "expensive": "expensive",
            "cheaper": "cheapest",
            "bigger": "biggest",
            "larger": "largest",
            "smaller": "smallest",
            "heavier": "heaviest",
            "taller": "tallest",
            "newer": "newest",
            "higher": "highest",
            "lower": "lowest",
        }.get(word)
        or _comparative_key(word)
        or word
    )
    spec = ADJ_COLUMNS.get(base)
    if not spec or not spec[1]:
        return None
    cands = [table] + [t.name for t in q.schema.tables if t.name != table and q.pl.distance(table, t.name) == 1]
    for t in cands:
        tab = q.schema.table(t)
        for key in spec[1]:
            for c in tab.columns:
                words = [singular(w) for w in split_identifier(c.name)]
                if key in words and (
                    c.family in ("integer", "number")
                    or key in DATE_NAME_WORDS
                    or (c.family == "text" and understand.numbers_as_text(q, t, c.name))
                ):
                    return t, c.name
        if base in AGE_ADJECTIVES:
            for c in tab.columns:
                if any(k in c.name.lower() for k in AGE_DATE_WORDS):
                    return t, c.name
        if t == table:
            # no column named for the measure: one named for a unit of it ("pages" for the longest book)
            units = {u for key in spec[1] for u in MEASURE_UNITS.get(key, ())}
            hits = [
                c.name
                for c in tab.columns
                if c.family in ("integer", "number") and {singular(w) for w in split_identifier(c.name)} & units
            ]
            if len(hits) == 1:
                return t, hits[0]
    return None


def agg_before(q: Reading, i: int) -> str | None:
    j = i - 1
    while j >= 0 and q.toks[j].low in AGG_TARGET_FILLER:
        j -= 1
    if j >= 0 and q.toks[j].low in AGG_BEFORE_WORDS:
        return AGG_WORDS[q.toks[j].low]
    return None


def comparisons(q: Reading, draft: Draft) -> frozenset[int]:
    """Numeric comparisons ("more than 5", "at least 10 orders", "price under 20"); a count in a condition
    ("with more than 5 orders") is left to the aggregate step in ``draft.pending.having_counts``."""
    took: set[int] = set()  # the words this step consumes
    for m in q.mentions:
        if m.kind != "number" or draft.has_role(m):
            continue
        _comparison(q, draft, m, took)
    _ordinal_comparisons(q, draft, took)
    return frozenset(took)


@dataclass
class _Phrase:
    """The words comparing a number: the operator ("=?" when none is said), the span ``start:end``, the two
    numbers of a "between", the column named inside the phrase ("under price 30") and the noun counted
    between the number and its operator ("2 sections or fewer")."""

    op: str
    start: int
    end: int
    between: tuple | None = None
    via_column: Mention | None = None
    counted: Mention | None = None


def _comparison(q: Reading, draft: Draft, m: Mention, took: set[int]) -> None:
    """The condition the number ``m`` is compared in, if what it compares is found; adds its words to ``took``."""
    lows = [t.low for t in q.toks]
    n = len(lows)
    ph = _between(q, draft, m) or _phrase_before(q, draft, m) or _phrase_after(q, draft, m)
    op, between = ph.op, ph.between
    value = list(between) if between else m.value
    unit = lows[m.end] if m.end < n else ""
    if between and ph.end - 1 < n:
        unit = lows[ph.end] if ph.end < n else ""
    target, cend = _comparison_target(q, draft, m, ph, draft.base, took)
    if target is None:
        # "with more than 10" (no noun): count of the subject's children is unknowable; skip
        return
    if op == "=?":
        if target[0] not in ("col", "age"):
            return
        op, value, listed_end = _listed_numbers(q, draft, m, value, cend)
        cend = max(cend, listed_end)
    draft.give_role(m, "cmp")
    took.update(range(ph.start, cend))
    _add_comparison(q, draft, target, op, value, unit, between)


def _between(q: Reading, draft: Draft, m: Mention) -> _Phrase | None:
    """ "between 3 and 5"."""
    lows = [t.low for t in q.toks]
    i = m.start
    if i >= 1 and lows[i - 1] == "between" and i + 2 < len(lows) and lows[i + 1] == "and":
        m2 = scan.mention_at(q, i + 2)
        if m2 is not None and m2.kind == "number":
            draft.give_role(m2, "cmp")
            return _Phrase("between", i - 1, i + 3, between=(m.value, m2.value))
    return None


def _phrase_before(q: Reading, draft: Draft, m: Mention) -> _Phrase | None:
    """An operator before the number ("more than 5", "under price 30", "a higher price than 10", "not more
    than 3"); none when the words after the number say how it compares ("a level of 4 or less")."""
    lows = [t.low for t in q.toks]
    i = m.start
    found = _cmp_before(q, i)
    pmc = scan.mention_at(q, i - 1)
    via_column = None
    if not found and pmc is not None and pmc.kind == "column" and pmc.start > 0:
        f2 = _cmp_before(q, pmc.start)
        if f2 and f2[0] not in ("=?",):
            found = f2
            via_column = pmc  # "under price 30"
    if not found and i >= 2 and lows[i - 1] == "than":
        for k in range(i - 2, max(-1, i - 6), -1):
            word = {"greater": ">", "more": ">", "higher": ">", "larger": ">", "bigger": ">", "older": ">",
                    "longer": ">", "less": "<", "fewer": "<", "lower": "<", "smaller": "<",
                    "younger": "<", "shorter": "<", "cheaper": "<"}.get(lows[k])  # fmt: skip
            if word:
                cm = scan.next_mention(q, k + 1, kinds=("column",))
                if cm is not None and cm.end <= i - 1:
                    found = (word, k)  # "a higher price than 10"
                    via_column = cm
                break
    if not found and i >= 2 and lows[i - 1] == "than" and (key := _comparative_key(lows[i - 2])):
        found = (">" if ADJ_COLUMNS[key][0] == "desc" else "<", i - 2)  # "taller than 2", "lighter than 30"
    if found and found[0] == "=?" and _phrase_after(q, draft, m).op != "=?":
        found = None  # "a level of 4 or less", "of 3 km or less": the words after the number say how it compares
    if not found:
        return None
    op, cstart = found
    if cstart > 0 and lows[cstart - 1] == "not" and op in (">", "<", ">=", "<="):
        op = {">": "<=", "<": ">=", ">=": "<", "<=": ">"}[op]  # "not more than 3"
        cstart -= 1
    return _Phrase(op, cstart, i + 1, via_column=via_column)


def _comparative_key(word: str) -> str | None:
    """The ``ADJ_COLUMNS`` key of a comparative adjective that names a measure ("taller" -> "tallest",
    "lighter" -> "lightest"); None for a word naming no measure ("more", "higher")."""
    return next((s for s in superlatives(word) if s != word and ADJ_COLUMNS.get(s, ("", ()))[1]), None)


def _phrase_after(q: Reading, draft: Draft, m: Mention) -> _Phrase:
    """An operator after the number ("5 or more", "2 sections or fewer"), else the number alone ("=?")."""
    i = m.start
    found = _cmp_after(q, i + 1)
    counted = None
    noun = scan.mention_at(q, m.end)
    via_column = None
    if not found and noun is not None and noun.kind == "table" and not draft.has_role(noun):
        found = _cmp_after(q, noun.end)  # "2 sections or fewer": the counted noun comes between
        counted = noun if found else None
    elif (
        not found
        and noun is not None
        and noun.kind == "column"
        and not draft.has_role(noun)
        and understand.numeric(q, noun)
    ):
        found = _cmp_after(q, noun.end)  # "4 doors or fewer", "3 km or less": the column or its unit between
        via_column = noun if found else None
    if found:
        op, cend = found
        return _Phrase(op, i, cend, counted=counted, via_column=via_column)
    return _Phrase("=?", i, i + 1)


def _comparison_target(
    q: Reading, draft: Draft, m: Mention, ph: _Phrase, subject: str | None, took: set[int]
) -> tuple[tuple | None, int]:
    """What the number is compared with, and where the comparison's words end: a noun right after the number
    ("more than 5 invoices"), else a column before the phrase ("price over 1"), else an adjective ("longer
    than"). ``("count", mention)``, ``("col", mention)`` or ``("implied", (table, column))``."""
    age = _age_phrase(q, draft, m, ph, subject, took)
    if age is not None:
        return age
    verb = _comparative_key(q.toks[ph.start].low) is not None and _verb_after(q, m)
    target, cend = (None, m.end) if verb else _target_at_number(q, draft, m, ph, subject, took)
    if target is None and not verb:
        target = _target_after(q, draft, m, ph)
    if target is None:
        target = _target_before(q, ph, subject)
    if target is None:
        money = _money_amount(q, m, ph, subject)
        if money is not None:
            target, cend = money
    return target, cend


def _verb_after(q: Reading, m: Mention) -> bool:
    """Whether the word after the number is a verb and no noun ("players taller than 200 earn ..."): the clause's
    verb, not what the number counts or measures, even when it names a column ("earn": the earnings); after a
    comparative adjective of a measure ("taller") the adjective's measure is compared."""
    from lemminflect import getAllLemmas

    if m.end >= len(q.toks) or not q.toks[m.end].low.isalpha():
        return False
    found = getAllLemmas(q.toks[m.end].low)
    return "VERB" in found and "NOUN" not in found


def _money_amount(q: Reading, m: Mention, ph: _Phrase, subject: str | None) -> tuple[tuple, int] | None:
    """A number said in a currency and naming no column ("refunds over 300 pounds", "between 5 and 10 dollars"):
    compared with the subject's one money column that is no sum of its own kind (a tip, a tax); two such columns,
    or a "pound" where the rows have a weight too: none, so the number stays unread."""
    lows = [t.low for t in q.toks]
    k = max(m.end, ph.end)
    if not subject or k >= len(lows) or singular(lows[k]) not in CURRENCY_WORDS:
        return None
    table = q.schema.table(subject)
    if singular(lows[k]) == "pound" and any(
        {*name_words(c.name)} & {"weight", *MEASURE_UNITS["weight"]} for c in table.columns
    ):
        return None
    money = [
        c.name
        for c in table.columns
        if c.family in ("integer", "number") and names_money(c.name) and not names_qualified_money(c.name, subject)
    ]
    if len(money) != 1:
        return None
    wm = scan.mention_at(q, k)
    if wm is not None and wm.kind != "number":
        q.mentions.remove(wm)  # "pounds": the word only says the number is money
    return ("implied", (subject, money[0])), k + 1


def _age_phrase(
    q: Reading, draft: Draft, m: Mention, ph: _Phrase, subject: str | None, took: set[int]
) -> tuple[tuple, int] | None:
    """An age said with its unit ("riders who are 20 years old", "a 3-year-old horse", "20 or 21 years old",
    "over 30 years old") or its lead ("riders aged either 20 or 21"): the number is compared with the age column
    of the table named right after the phrase (the horse), or that its clause follows, else of the subject;
    ``("age", (table, column))`` and where the phrase ends. A table with only a birth date has no age to compare
    with, so nothing is found and the number stays unread."""
    lows = [t.low for t in q.toks]
    n = len(lows)
    k = max(m.end, ph.end)
    while k + 1 < n and lows[k] in ("or", ",", "and") and (nx := scan.mention_at(q, k + 1)) and nx.kind == "number":
        k = nx.end  # "20 or 21 years old": the unit comes after the last number
    k += k < n and lows[k] == "-"
    start = min(ph.start, m.start)
    lead = start - 1
    while lead >= 0 and lows[lead] in ALTERNATIVE_WORDS:
        lead -= 1  # "aged either 20 or 21"
    if k < n and lows[k] in AGE_UNITS:
        k += 1
        k += k < n and lows[k] == "-"
        if k >= n or lows[k] not in AGE_WORDS:
            return None
        said, end = range(m.end, k + 1), k + 1
    elif lead >= 0 and lows[lead] in AGE_LEADS:
        said, end, start = range(lead, start), max(m.end, ph.end), lead
    else:
        return None
    table = _aged_table(q, start, end) or subject
    if not table:
        return None
    keys = ADJ_COLUMNS[min(AGE_ADJECTIVES)][1]
    # an age kept as text is only ever equal to the number (its order would be the text's)
    families = ("integer", "number") if ph.op != "=?" else ("integer", "number", "text")
    ages = [
        c.name
        for c in q.schema.table(table).columns
        if c.family in families and {singular(w) for w in split_identifier(c.name)} & set(keys)
    ]
    if len(ages) != 1:
        return None
    for j in said:
        wm = scan.mention_at(q, j)
        if wm is not None and wm.kind != "number" and not draft.has_role(wm):
            q.mentions.remove(wm)  # "years old", "aged": the words only say the number is an age
        took.add(j)
    return ("age", (table, ages[0])), end


def _aged_table(q: Reading, start: int, end: int) -> str | None:
    """The table of the noun an age phrase at ``start:end`` is said of: the noun right after it ("a 3 year old
    horse"), else the noun its clause follows ("a horse that is 3 years old"); None for the subject."""
    after = scan.mention_at(q, end)
    if after is not None and after.kind in ("table", "value"):
        return after.t
    k = start - 1
    while k >= 0 and q.toks[k].low in ROW_CLAUSE_WORDS | BE_FORMS | WHICH_WHO:
        k -= 1
    before = scan.mention_at(q, k) if k < start - 1 else None
    if before is not None and before.kind in ("table", "value"):
        return before.t
    return None


def _target_at_number(
    q: Reading, draft: Draft, m: Mention, ph: _Phrase, subject: str | None, took: set[int]
) -> tuple[tuple | None, int]:
    """A noun counted inside the phrase, a column joined to the number by a hyphen ("the five-door cars"), or
    a rate ("more than 120 a day")."""
    lows = [t.low for t in q.toks]
    n = len(lows)
    op, cstart, cend = ph.op, ph.start, ph.end
    if ph.counted is not None:
        return ("count", ph.counted), cend
    compound = scan.mention_at(q, m.end + 1) if m.end + 1 < n and lows[m.end] == "-" else None
    if (
        op == "=?"
        and not ph.between
        and compound is not None
        and compound.kind == "column"
        and compound.start == m.end + 1
        and not draft.has_role(compound)
        and understand.family(q, compound.t, compound.c) == "integer"
    ):
        return ("col", compound), m.end + 1  # "the five-door cars": a column equal to the number
    rate = rate_column(q, cend, subject) if op != "=?" and not ph.between else None
    if rate is None:
        return None, cend
    # "vans that cost more than 120 a day": the number is a rate per day (the daily rate); the
    # unit and the verb or noun naming the amount only say which column, they are no grouping
    for k in range(max(0, cstart - 1), rate[1]):
        rm = scan.mention_at(q, k)
        if rm is not None and rm is not m and not draft.has_role(rm) and (k == cstart - 1 or k >= m.end):
            draft.give_role(rm, "cmp")
    if cstart > 0 and scan.mention_at(q, cstart - 1) is not None:
        took.add(cstart - 1)
    return ("implied", rate[0]), rate[1]


def _target_after(q: Reading, draft: Draft, m: Mention, ph: _Phrase) -> tuple | None:
    """The table counted or the number column right after the phrase ("more than 5 invoices", "orders with
    3 items" where items is a column)."""
    lows = [t.low for t in q.toks]
    i, op = m.start, ph.op
    after = scan.next_mention(
        q,
        ph.end,
        skip=COUNTED_FILLER,
        kinds=("table", "column", "metric"),
    )
    if after is None or draft.has_role(after):
        return None
    if after.kind == "table" and op != "=?":
        return ("count", after)
    if after.kind == "column" and op != "=?" and understand.numeric(q, after) and after.start - ph.end <= 1:
        return ("col", after)
    if (
        after.kind == "column"
        and op == "=?"
        and after.start == m.end
        and understand.numeric(q, after)
        and not (i > 0 and lows[i - 1] in LIMIT_END_WORDS)
    ):
        return ("col", after)  # "orders with 3 items" where items is a column
    return None


def _target_before(q: Reading, ph: _Phrase, subject: str | None) -> tuple | None:
    """A column named before the phrase ("price over 1"), the column inside it, or the column an adjective
    implies ("longer than")."""
    lows = [t.low for t in q.toks]
    n = len(lows)
    op, cstart = ph.op, ph.start
    target = None
    j = cstart - 1
    while j >= 0 and j >= cstart - 6 and ph.via_column is None:
        pm = scan.mention_at(q, j)
        if pm is not None:
            if _compared_column(q, pm, op, j == cstart - 1):
                target = ("col", pm)
            break
        j -= 1
    if ph.via_column is not None:
        target = ("col", ph.via_column)
    if target is None and op != "=?" and subject:
        # the comparative before the number or ending the phrase after it ("younger than 45", "45 or younger")
        for k in [*range(max(0, cstart - 1), cstart + 2), ph.end - 1]:
            ic = implied_column(q, lows[k], subject) if k < n else None
            if ic:
                target = ("implied", ic)
                break
    return target


def _compared_column(q: Reading, pm: Mention, op: str, adjacent: bool) -> bool:
    """Whether the mention before a comparison is what it compares: a metric, a number or date column, an
    integer column right before a bare number, or a number kept in a text column right before an operator."""
    return pm.kind in ("column", "metric") and (
        pm.kind == "metric"
        or understand.numeric(q, pm)
        or understand.family(q, pm.t, pm.c) in DATE_FAMILIES
        or (op == "=?" and adjacent and understand.family(q, pm.t, pm.c) == "integer")
        or (
            # a number kept in a text column ("size above 40" with size stored as text)
            op != "=?"
            and adjacent
            and pm.c not in q.pl.name_columns(pm.t)
            and not q.schema.table(pm.t).column(pm.c).primary_key
        )
    )


def _listed_numbers(q: Reading, draft: Draft, m: Mention, value: object, cend: int) -> tuple[str, object, int]:
    """A bare number equals the column; with more numbers listed after it ("in aisle 3 or 4") it is one of
    them."""
    lows = [t.low for t in q.toks]
    n = len(lows)
    op = "="
    more = []
    k = m.end
    while k + 1 < n and lows[k] in ("or", ",", "and") and scan.mention_at(q, k + 1) is not None:
        nx = scan.mention_at(q, k + 1)
        if nx.kind != "number" or draft.has_role(nx):
            break
        more.append(nx)
        k = nx.end
    if more and lows[m.end] != "and":
        for nx in more:
            draft.give_role(nx, "cmp")
        op, value = "in", [m.value] + [nx.value for nx in more]  # "in aisle 3 or 4"
        cend = k
    return op, value, cend


def _add_comparison(
    q: Reading, draft: Draft, target: tuple, op: str, value: object, unit: str, between: tuple | None
) -> None:
    """The condition: a count of related rows (left for the aggregate step), a condition on an aggregate or a
    metric, or a row condition."""
    if target[0] == "count":
        tm = target[1]
        draft.give_role(tm, "having")
        draft.pending.having_counts.append({"t": tm.t, "op": op, "value": value})
        return
    tcol = target[1][1] if target[0] in ("implied", "age") else (target[1].c if target[0] == "col" else None)
    if target[0] != "age":
        value = _convert_units(value, unit, tcol)
    elif understand.family(q, *target[1]) == "text":  # an age kept as text: compared as the text it is
        value = [str(v) for v in value] if isinstance(value, list) else str(value)
    if target[0] in ("implied", "age"):
        item = {"kind": "col", "t": target[1][0], "c": target[1][1]}
    else:
        tm = target[1]
        draft.give_role(tm, "cmp")
        if tm.kind == "metric":
            draft.having.append({"item": {"kind": "metric", "name": tm.t}, "op": op, "value": value})
            return
        item = {"kind": "col", "t": tm.t, "c": tm.c}
        fn = agg_before(q, tm.start)
        if fn:
            draft.having.append({"item": {"kind": "agg", "fn": fn, "t": tm.t, "c": tm.c}, "op": op, "value": value})
            return
    if between:
        draft.where.append({"item": item, "op": "between", "value": value})
    else:
        draft.where.append({"item": item, "op": op, "value": value})


#: the conditions that bound a column on one side, the kind two of which "or" makes alternatives
_BOUND_OPS = frozenset({">", "<", ">=", "<=", "range"})


def either_bounds(q: Reading, draft: Draft) -> frozenset[int]:
    """Two bounds of one column joined by "or" ("built after 2020 or before 2010", "longer than 15 or
    shorter than 5") are alternatives: one ``either`` condition holding both, never two conditions that must
    both hold. The second bound is the condition an earlier step already made of it, else it is read here the
    way the first was (a date range when the first is one)."""
    lows = [t.low for t in q.toks]
    took: set[int] = set()
    for k in range(1, len(lows) - 2):
        if lows[k] not in EITHER_JOINERS or k in q.used:
            continue
        left = scan.mention_at(q, k - 1)
        first = _bound_said(draft, left) if left is not None and left.kind == "number" else None
        if first is None:
            continue
        cmp = next(
            (
                (op, len(words))
                for words, op in sorted(CMP_WORDS, key=lambda x: -len(x[0]))
                if op in _BOUND_OPS and tuple(lows[k + 1 : k + 1 + len(words)]) == words
            ),
            None,
        )
        right = scan.mention_at(q, k + 1 + cmp[1]) if cmp else None
        if cmp and first.get("date") and (right is None or right.kind != "number"):
            # "after March 2024 or before February 2023": a date phrase, read as the first bound was
            second, end = _second_date_bound(q, first, k + 1)
            if second is None:
                continue
            for j in range(k + 1, end):
                dm = scan.mention_at(q, j)
                if dm is not None and not draft.has_role(dm):
                    draft.give_role(dm, "date")
        else:
            if right is None or right.kind != "number" or right.start != k + 1 + cmp[1]:
                continue
            second = _bound_said(draft, right, first["item"])
            if second is not None:
                draft.where.remove(second)
            elif draft.role_of(right) is None:
                second = _second_bound(q, first, cmp[0], right, k + 1)
            if second is None or second is first:
                continue
            draft.give_role(right, "cmp")
            end = right.end
        took.update(range(k, end))
        alternatives = [[first["op"], first["value"]], [second["op"], second["value"]]]
        either = {"item": first["item"], "op": "either", "value": alternatives}
        draft.where[draft.where.index(first)] = {**either, "date": True} if first.get("date") else either
    return frozenset(took)


def _bound_said(draft: Draft, number: Mention, item: dict | None = None) -> dict | None:
    """The condition bounding a column that the number ``number`` was read into (on ``item`` when given): its
    value is the number, or for a date the year the number names ("after 2020" starts in 2021)."""
    n = number.value
    if not isinstance(n, int | float):
        return None
    for w in draft.where:
        if w["op"] not in _BOUND_OPS or w["item"].get("kind") != "col" or (item is not None and w["item"] != item):
            continue
        v = w.get("value")
        if w["op"] == "range" and any(str(end or "")[:4] in (str(n), str(n + 1)) for end in v):
            return w
        if w["op"] != "range" and (v == n or (w.get("date") and v == n + 1)):
            return w
    return None


def _second_bound(q: Reading, first: dict, op: str, number: Mention, start: int) -> dict | None:
    """The bound after "or", read as the first was: a date range or a year, or the number itself."""
    if not first.get("date"):
        return {"item": first["item"], "op": op, "value": number.value}
    return _second_date_bound(q, first, start, number.end)[0]


def _second_date_bound(q: Reading, first: dict, start: int, end: int | None = None) -> tuple[dict | None, int]:
    """The date bound said from ``start`` (to ``end`` when given) as the first date bound was read: a range of
    days, or a year of a year column; and where its words end."""
    lows = [t.low if start <= i < (end or len(q.toks)) and i not in q.used else "\x00" for i, t in enumerate(q.toks)]
    dr = find_date_range(lows, q.today)
    if dr is None or dr.first != start or (dr.start is None) == (dr.end is None):
        return None, start  # one open bound only ("before 2010"), as the words say
    if first["op"] != "range" and ((dr.start and dr.start.month != 1) or (dr.end and dr.end.month != 1)):
        return None, start  # a month said of a year column
    if first["op"] == "range":
        value = [dr.start.isoformat() if dr.start else None, dr.end.isoformat() if dr.end else None]
        return {"item": first["item"], "op": "range", "value": value}, dr.last
    year = dr.start.year if dr.start else dr.end.year
    return {"item": first["item"], "op": ">=" if dr.start else "<", "value": year}, dr.last


def _ordinal_comparisons(q: Reading, draft: Draft, took: set[int]) -> None:
    """A comparison with an ordinal before a numbered thing ("cars above the third level", "after the second
    lap"): the ordinal is the number of an integer column its noun names."""
    lows = [t.low for t in q.toks]
    for k, w in enumerate(lows):
        if w not in ORDINALS or k in q.used or k in took or scan.mention_at(q, k) is not None:
            continue
        j = k - 1 if k > 0 and lows[k - 1] == "the" else k
        found = _cmp_before(q, j)
        col = scan.mention_at(q, k + 1)
        if (
            not found
            or found[0] == "=?"
            or col is None
            or col.kind != "column"
            or draft.has_role(col)
            or col.start != k + 1
            or understand.family(q, col.t, col.c) != "integer"
            or q.schema.table(col.t).column(col.c).primary_key
        ):
            continue
        draft.give_role(col, "cmp")
        took.update(range(found[1], col.end))
        draft.where.append({"item": {"kind": "col", "t": col.t, "c": col.c}, "op": found[0], "value": ORDINALS[w]})


def compare_to_average(q: Reading, draft: Draft) -> frozenset[int]:
    """'products with price above the average' -> price > (SELECT AVG(price) FROM products)."""
    took: set[int] = set()  # the words this step consumes
    lows = [t.low for t in q.toks]
    for i in range(len(lows)):
        for op, j, named in _comparatives_at(q, lows, i, draft.base):
            took |= _compare_with_aggregate(q, draft, lows, (i, j), op, named)
    return frozenset(took)


def _comparatives_at(q: Reading, lows: list[str], i: int, base: str) -> list[tuple[str, int, Mention | None]]:
    """The comparisons starting at word ``i`` ("above", "more ... than"): the operator, where the compared
    words start, and the column a split comparative names ("more revenue than": revenue)."""
    n = len(lows)
    found = [(op, i + len(words), None) for words, op in CMP_WORDS if tuple(lows[i : i + len(words)]) == words]
    key = _comparative_key(lows[i]) if not found and i + 1 < n and lows[i + 1] == "than" else None
    if key is not None:  # "taller than", "heavier than": a comparative of an adjective naming a measure
        found.append((">" if ADJ_COLUMNS[key][0] == "desc" else "<", i + 2, None))
    spec = ADJ_COLUMNS.get(lows[i + 1]) if lows[i] in ("more", "less") and i + 2 < n and lows[i + 2] == "than" else None
    ic = implied_column(q, lows[i + 1], base) if spec and spec[1] and base else None
    if ic is not None:  # "more expensive than": the adjective's measure, its direction turned by "less"
        up = (spec[0] == "desc") == (lows[i] == "more")
        found.append((">" if up else "<", i + 3, Mention("column", i + 1, i + 2, t=ic[0], c=ic[1])))
    at = i + 2 if i + 2 < n and lows[i + 1] == "in" else i + 1  # "bigger in surface area than"
    split = scan.mention_at(q, at) if lows[i] in SPLIT_COMPARATIVES and at < n else None
    if split is not None and split.kind == "column" and split.end < n and lows[split.end] == "than":
        found.append((SPLIT_COMPARATIVES[lows[i]], split.end + 1, split))  # "more revenue than the average"
    return [(op, j, named) for op, j, named in found if not (op.endswith("P") or op == "=?")]


def _compare_with_aggregate(
    q: Reading, draft: Draft, lows: list[str], at: tuple[int, int], op: str, named: Mention | None
) -> set[int]:
    """One comparison (its word at ``at[0]``, the compared words from ``at[1]``) with an aggregate of a column
    -> a condition against a sub-query; returns the words taken (none when it compares with something else)."""
    i, j = at
    n = len(lows)
    if tuple(lows[j : j + 2]) == THAT_OF:  # "a larger area than that of any country in Europe"
        j += 2
    while j < n and lows[j] in AVERAGE_LEADS:  # "an above-average price", "the overall average"
        j += 1
    aggregate = _sub_aggregate(q, lows, op, j)
    if aggregate is None:
        return set()
    fn, every = aggregate
    pm = _column_against_aggregate(q, draft, lows, (i, j), named)
    if pm is None or not (understand.numeric(q, pm) or understand.family(q, pm.t, pm.c) in DATE_FAMILIES):
        return set()
    if every is not None and every.t != pm.t:
        return set()
    draft.give_role(pm, "cmp")
    value = {"fn": fn, "t": pm.t, "c": pm.c}
    w = {"item": {"kind": "col", "t": pm.t, "c": pm.c}, "op": op + " sub", "value": value}  # each row compared
    if every is not None:
        draft.give_role(every, "cmp")  # "than every country in Europe": the rows the figure is taken over
        for m in q.mentions:
            if m.kind == "number" and j <= m.start < every.start:
                draft.give_role(m, "cmp")  # the "one" of "at least one country" is no number compared
        if lows[j] in OPEN_QUANTIFIERS:
            q.open_quantifiers.append(" ".join(lows[i : j + 1]))
        draft.where.append(w)
        draft.pending.scoped_subs.append((w, j, True))  # a value said with the table picks its rows too
        return set(range(i, every.end))
    end, scoped = _scope_words(q, draft, lows, _repeated_words(q, draft, lows, j, pm), pm)
    own = agg_before(q, pm.start) if pm.kind == "column" and pm.start < i else None
    owner = scan.prev_mention(q, pm.start - 1, skip=set(), kinds=("table",)) if pm.start < i else None
    if own is None and owner is not None and owner.t == pm.t:
        own = agg_before(q, owner.start)  # "an average call duration": the column's own table said before it
    amount = _amount_before(q, i) if pm.start == i and lows[i] in SIZE_COMPARATIVES else None
    if amount is not None and amount[1].c == pm.c and agg_before(q, amount[0].start):
        # "tenants with an average rent higher than ...": the table's amount averaged per group
        own = agg_before(q, amount[0].start)
        draft.give_role(amount[0], "cmp")
    if own is not None:
        # "depots with an average fee above the average": each group's own aggregate is compared, not a row
        if fn != "avg":
            return set()
        h = {"item": {"kind": "agg", "fn": own, "t": pm.t, "c": pm.c}, "op": op + " sub", "value": value}
        draft.having.append(h)
        if scoped:
            draft.pending.scoped_subs.append((h, end, False))  # "above the average of parcels sent in May"
        return set(range(i, end))
    draft.where.append(w)
    if fn != "avg" or scoped:
        # a maximum or minimum is only asked of some rows ("the lowest staff count of stores opened
        # after 2010"): without words picking them the reading is declined
        draft.pending.scoped_subs.append((w, end, fn != "avg"))
    return set(range(i, end))


def _sub_aggregate(q: Reading, lows: list[str], op: str, j: int) -> tuple[str, Mention | None] | None:
    """The aggregate the words at ``j`` compare with ("average", "maximum"), or, after a quantifier and a table
    (a value may stand between: "at least one European country"), the maximum or minimum over that table's rows
    with the table's mention: every row must be passed ("larger than all stores in Oslo", "than any store": the
    largest) or one ("than at least one store": the smallest). None otherwise."""
    n = len(lows)
    quantifier = next((words for words in COMPARED_QUANTIFIERS if tuple(lows[j : j + len(words)]) == words), None)
    if quantifier is not None and op in (">", ">=", "<", "<="):
        k = j + len(quantifier)
        every = scan.mention_at(q, k) if k < n else None
        if every is not None and every.kind == "value":
            every = scan.mention_at(q, every.end) if every.end < n else None  # "any Asian country"
        if every is None or every.kind != "table":
            return None
        upward = op.startswith(">") == COMPARED_QUANTIFIERS[quantifier]
        return ("max" if upward else "min"), every
    fn = SUB_AGGREGATES.get(lows[j]) if j < n else None
    return (fn, None) if fn is not None else None


def _column_against_aggregate(
    q: Reading, draft: Draft, lows: list[str], at: tuple[int, int], named: Mention | None
) -> Mention | None:
    """The column compared with the aggregate: the one the comparative names, the column before it, the
    comparative's own column ("younger": the age), or the column after the aggregate."""
    i, j = at
    pm = named or scan.prev_mention(q, i - 1, skip=AVERAGE_COLUMN_FILLER, kinds=("column",))
    if pm is not None and not (understand.numeric(q, pm) or understand.family(q, pm.t, pm.c) in DATE_FAMILIES):
        # "clerk names younger than average": the comparative, not the name before it, is compared
        ic = implied_column(q, lows[i], draft.base)
        im = Mention("column", i, i + 1, t=ic[0], c=ic[1]) if ic else None
        if im is None or not understand.numeric(q, im):
            # "names with an above-average price": the column after the average
            im = scan.next_mention(q, j + 1, kinds=("column",))
        pm = im if im is not None and understand.numeric(q, im) else pm
    if pm is None:
        nm_after = scan.next_mention(q, j + 1, kinds=("column",))
        if nm_after is not None and understand.numeric(q, nm_after):
            pm = nm_after  # "invoices above the average invoice total"
    if pm is None and lows[i] in SIZE_COMPARATIVES:
        found = _amount_before(q, i)
        if found is not None:
            return found[1]  # "parcels heavier than the average parcel": the parcel's amount
    if pm is None:
        # the comparative itself or a word before it names the column ("heavier than average": weight)
        for k in range(i, -1, -1):
            ic = implied_column(q, lows[k], draft.base)
            if ic:
                pm = Mention("column", k, k + 1, t=ic[0], c=ic[1])
                break
        if pm is not None and not understand.numeric(q, pm):
            pm = None  # "heavier than average" on a birth date: the average of dates is no reading
    return pm


def _amount_before(q: Reading, i: int) -> tuple[Mention, Mention] | None:
    """A table named just before a comparative of size ("pledges larger than the average pledge", "an average rent
    higher than ..."): the rows are compared by their one amount, the table's only number column named as a
    generic sum of money ("amt", "tot_amt"); the table's mention and that column (said by the comparative)."""
    tm = scan.prev_mention(q, i - 1, skip=AVERAGE_COLUMN_FILLER | BE_FORMS, kinds=("table",))
    if tm is None:
        return None
    amounts = [
        c.name
        for c in q.schema.table(tm.t).columns
        if c.family in ("number", "integer")
        and not c.primary_key
        and names_generic_money(c.name, tm.t)
        and not names_qualified_money(c.name, tm.t)
    ]
    if len(amounts) != 1:
        return None  # none, or several sums of money: which one is bigger is not said
    return tm, Mention("column", i, i + 1, t=tm.t, c=amounts[0])


def _repeated_words(q: Reading, draft: Draft, lows: list[str], j: int, pm: Mention) -> int:
    """Where the aggregate's words end: the aggregate word at ``j`` and the compared column or its table named
    again after it ("a price above the average price"), all given the comparison's role."""
    n = len(lows)
    am = scan.mention_at(q, j)
    if am is not None and am.kind == "column" and draft.role_of(am) is None:
        draft.give_role(am, "agg")  # the word is the average, not a column named like it to show
    end = j + 1
    nm = scan.mention_at(q, end) if end < n else None
    if nm is not None and nm.kind == "column":
        if (nm.t, nm.c) == (pm.t, pm.c):
            draft.give_role(nm, "cmp")  # "a price above the average price": the repeated column is not shown
        return nm.end
    # "a staff count above the average number of staff": the words after the average name the compared
    # column again
    k = end
    while k < n and lows[k] in AVERAGE_OF_FILLER:
        k += 1
    again = scan.mention_at(q, k) if k < n and k > end else None
    if again is not None and again.kind == "column" and (again.t, again.c) == (pm.t, pm.c):
        draft.give_role(again, "cmp")
        return again.end
    if nm is not None and nm.kind == "table" and nm.t == pm.t and not draft.has_role(nm):
        draft.give_role(nm, "cmp")  # "more revenue than the average store": the average over its rows
        return nm.end
    return end


def _scope_words(q: Reading, draft: Draft, lows: list[str], end: int, pm: Mention) -> tuple[int, bool]:
    """ "the average price of products in Oslo": the compared column's table named after the aggregate picks
    the rows averaged (a later step moves the filters written there into the sub-query). Returns where the
    words end and whether such a table is named."""
    k = end
    while k < len(lows) and lows[k] in SUB_SCOPE_WORDS:
        k += 1
    scope = scan.mention_at(q, k) if k < len(lows) and k > end else None
    scoped = scope is not None and scope.kind == "table" and scope.t == pm.t and not draft.has_role(scope)
    if scoped:
        draft.give_role(scope, "cmp")
        return scope.end, True
    return end, False


def scoped_sub_filters(q: Reading, draft: Draft) -> frozenset[int]:
    """The filters written after a compared aggregate's scope ("above the average price of products in Oslo")
    pick the rows the sub-query aggregates, so they move into it."""
    dated = [x for x in draft.where if x.get("date")]
    date_words = [m.start for m in q.mentions if draft.role_of(m) == "date"]
    for w, start, required in draft.pending.scoped_subs:
        inside = []
        for x in list(draft.where):
            if x is w or x["op"] not in _ROW_OPS or x["item"].get("kind") != "col" or x["item"].get("alias"):
                continue
            x = _split_at(q, draft, x, start)
            at = _cond_at(q, draft, x)
            if at is None and len(dated) == 1 and x is dated[0] and date_words:
                at = min(date_words)  # "joined after 2019": the period's words, not its converted bound
            if at is None or at < start:
                continue
            draft.where.remove(x)
            inside.append(x)
        if required and not inside:
            raise Unanswerable(
                "I could not tell which rows the highest or lowest value is taken over, so I would rather not guess."
            )
        if inside:
            w["value"] = {**w["value"], "where": inside}
    return frozenset()


def text_matches(q: Reading, draft: Draft) -> frozenset[int]:
    """Text patterns ("names starting with A", "containing 'steel'") -> LIKE conditions."""
    subject = draft.base
    took: set[int] = set()  # the words this step consumes
    lows = [t.low for t in q.toks]
    n = len(lows)
    pats = {
        ("containing",): "%{}%",
        ("contains",): "%{}%",
        ("contain",): "%{}%",
        ("including",): "%{}%",
        ("starting", "with"): "{}%",
        ("starts", "with"): "{}%",
        ("start", "with"): "{}%",
        ("beginning", "with"): "{}%",
        ("begins", "with"): "{}%",
        ("begin", "with"): "{}%",
        ("ending", "with"): "%{}",
        ("ends", "with"): "%{}",
        ("end", "with"): "%{}",
        ("like",): "%{}%",
        ("mention",): "%{}%",
        ("mentioning",): "%{}%",
        ("with", "the", "word"): "%{}%",
        ("include",): "%{}%",
        ("includes",): "%{}%",
        ("has", "the", "word"): "%{}%",
    }
    for i in range(n):
        for words, pat in pats.items():
            L = len(words)
            if tuple(lows[i : i + L]) != words or (i in q.used or i in took):
                continue
            j = i + L
            while j < n and lows[j] in TEXT_MATCH_FILLER:
                j += 1
            if j >= n:
                continue
            vm = scan.mention_at(q, j)
            if vm is not None and vm.kind in ("table",):
                continue
            if vm is not None and vm.kind in ("literal", "value"):
                text = vm.value if vm.kind == "literal" else q.toks[j].orig if vm.end - vm.start == 1 else vm.text
                if vm.kind == "value":
                    text = " ".join(t.orig for t in q.toks[vm.start : vm.end])
                end = vm.end
            elif (
                # "containing both ...": a function word is no text to match; a letter ("starts with S") is
                q.toks[j].low[0].isalnum() and (q.toks[j].low not in STOP or len(q.toks[j].low) == 1)
                if vm is None
                else vm.kind == "column" and pat != "%{}%"
            ):
                text = q.toks[j].orig  # an unlinked word, or a column word after a prefix or suffix match
                end = j + 1
            else:
                continue
            # which column: "with 'x' in the name" / "name containing x" / label of the subject
            col = None
            pm = None  # the mention before the match words
            k = end
            if k < n and lows[k] in INSIDE_WORDS:
                cm = scan.next_mention(q, k + 1, kinds=("column",))
                if cm is not None:
                    col = (cm.t, cm.c)
                    draft.give_role(cm, "like")
                    took.update(range(k, cm.end))
            if col is None:
                pm = scan.prev_mention(
                    q,
                    i - 1,
                    skip=TEXT_COLUMN_FILLER,
                    kinds=("column", "table"),
                )
                if pm is not None and pm.kind == "column" and understand.family(q, pm.t, pm.c) == "text":
                    col = (pm.t, pm.c)
                    draft.give_role(pm, "like")
            if col is None:  # the label of the table named before, else of the subject: no word names it
                label_of = pm.t if pm is not None and pm.kind == "table" else subject
                col = (label_of, q.pl.label_columns(label_of)[0])
                # a contains-match of a word no row holds, unquoted, on a column no word names: a guess
                guessed = vm is None and pat == "%{}%"
            else:
                guessed = False
            if not _holds_text(q, col, guessed) or guessed and lows[i] in INCLUSION_WORDS:
                continue  # "including <word>" on a key or a label, a guessed word on a person's name: unread
            if vm is not None:
                draft.give_role(vm, "like")
            took.update(range(i, end))
            draft.where.append(
                {"item": {"kind": "col", "t": col[0], "c": col[1]}, "op": "like", "value": pat.format(text)}
            )
    return frozenset(took)


def _holds_text(q: Reading, col: tuple[str | None, str], guessed: bool) -> bool:
    """Whether a text match may test this column: a text column that is no key nor reference, and, for a
    contains-match of a word no row holds, unquoted, on a column no word names (``guessed``), not a person's
    name ("clients including tax" is no first name containing 'tax')."""
    table = q.schema.table(col[0]) if col[0] else None
    column = table.column(col[1]) if table is not None else None
    if column is None or column.family != "text" or column.primary_key:
        return False
    if any(fk.table == table.name and fk.column == column.name for fk in q.schema.foreign_keys):
        return False
    return not (guessed and names_person(column.name))


def _in_value(q: Reading, k: int) -> bool:
    """Whether word ``k`` is inside a value mention of more than one word."""
    return any(m.kind == "value" and m.start <= k < m.end and m.end - m.start > 1 for m in q.mentions)


def negated_tables(q: Reading, draft: Draft) -> frozenset[int]:
    """'customers who have not placed any orders' -> key NOT IN (SELECT fk FROM orders)."""
    subject = draft.base
    took: set[int] = set()  # the words this step consumes
    lows = [t.low for t in q.toks]
    for m in q.mentions:
        if m.kind != "table" or draft.has_role(m) or m.t == subject:
            continue
        reach = _negation_reach(q, m.start)
        # a negation inside a value's words is that value's ("do-not-call contacts"), spent already
        said = [k for k in range(reach, m.start) if lows[k] in RELATED_ROW_NEGATIONS and not _in_value(q, k)]
        if not said:
            continue
        path = q.pl.path(subject, m.t)
        if not path or path[0][4] != "down":
            continue
        a, child, a_col, child_col, _ = path[0]
        draft.give_role(m, "neg")
        if any(
            w.get("op") == "not in sub" and (w["value"]["t"], w["value"]["c"]) == (child, child_col)
            for w in draft.where
        ):
            continue  # the table named twice ("not shipped ... any shipments") is one condition
        neg_at = max(said)
        if neg_at + 1 < len(lows) and lows[neg_at + 1] in EXCLUSION_GERUNDS:
            # "not counting returned parcels": those rows are left out of the measure, not the subject's rows
            # related to them; read so only when the values step kept a negated filter on those very rows
            draft.give_role(m, None)
            if any(w.get("op") in ("!=", "not in") and w["item"].get("t") == m.t for w in draft.where):
                draft.give_role(m, "filter")
                took |= {neg_at, neg_at + 1}
            continue
        if lows[neg_at] not in RELATION_NEGATIONS or scan.event_verb(q, m):
            took.add(neg_at)  # "except those with sales", "never rented": the word is read here
        if scan.event_verb(q, m):
            took |= _event_object(q, draft, m, child)
        value: dict = {"t": child, "c": child_col}
        # "stores that did not have a sale in 2020": the sale's own filters say which sales there are none of
        inside = _related_filters(q, draft, subject, child, neg_at)
        if inside:
            value["where"] = inside
        if len(path) > 1 and not inside and all(hop[4] == "down" for hop in path):
            # "template types not used by any document": the types with no template any document uses, not those
            # with no template (the sub-query reaches the table named, as its filters would)
            last = path[-1]
            value["where"] = [{"item": {"kind": "col", "t": last[1], "c": last[3]}, "op": "is not null"}]
        draft.where.append({"item": {"kind": "col", "t": subject, "c": a_col}, "op": "not in sub", "value": value})
    return frozenset(took)


#: how many words before a related table's name a negation denies it, whatever those words are
NEGATION_WINDOW = 5


def _negation_reach(q: Reading, start: int) -> int:
    """How far back from a table named at ``start`` a negation may deny it: five words, and beyond them over
    words that name nothing and end no clause, the rest of one verb phrase ("boats that were never taken out
    on the lake for a hire": the negation is of the verb whose object the table is)."""
    k = max(0, start - NEGATION_WINDOW)
    while k > 0:
        w = q.toks[k - 1].low
        if scan.mention_at(q, k - 1) is not None or w in CLAUSE_BREAKS or w in RELATIVE_PRONOUNS:
            break
        k -= 1
        if w in RELATED_ROW_NEGATIONS:
            break
    return k


def _event_object(q: Reading, draft: Draft, verb: Mention, events: str) -> frozenset[int]:
    """The noun right after a verb naming a table of events ("never rented a tool"): what each event row refers to,
    said with the verb; it asks for no rows of its own. Returns the words from the verb's end to the noun's."""
    lows = [t.low for t in q.toks]
    k = verb.end
    while k < len(lows) and lows[k] in DETERMINERS:
        k += 1
    m = scan.mention_at(q, k)
    if m is not None and m.kind == "table" and not draft.has_role(m) and q.pl.distance(events, m.t) == 1:
        draft.give_role(m, "neg")
        return frozenset(range(verb.end, m.end))
    if m is not None and m.kind == "column" and m.t == events and not draft.has_role(m) and k - verb.end <= 1:
        # "never rented any equipment": the events' own word for what they are about, no rows or key of its own
        draft.give_role(m, "neg")
        return frozenset(range(verb.end, m.end))
    return frozenset()


#: a negative operator -> the positive one it denies
_POSITIVE_OPS = {"!=": "=", "not in": "in", "not like": "like"}
#: operators a negated phrase about related rows may hold (null checks and sub-queries keep their own reading)
_ROW_OPS = frozenset({"=", "!=", "in", "not in", "like", "not like", ">", ">=", "<", "<=", "between", "range"})


def _split_at(q: Reading, draft: Draft, w: dict, start: int) -> dict:
    """A list of values of one column said on both sides of word ``start`` ("Asian countries larger than all
    countries in Africa" read as continent in (Asia, Africa)) as two conditions, one a value each side; returns
    the one after ``start`` (the list itself when it does not straddle it)."""
    if w["op"] != "in" or not isinstance(w["value"], list):
        return w
    own = (w["item"].get("t"), w["item"].get("c"))
    said = {m.value: m.start for m in q.mentions if m.kind == "value" and (m.t, m.c) == own and draft.has_role(m)}
    before = [v for v in w["value"] if said.get(v, start) < start]
    after = [v for v in w["value"] if v not in before]
    if not before or not after or any(v not in said for v in w["value"]):
        return w
    draft.where.remove(w)
    first = {**w, "op": "=" if len(before) == 1 else "in", "value": before[0] if len(before) == 1 else before}
    second = {**w, "op": "=" if len(after) == 1 else "in", "value": after[0] if len(after) == 1 else after}
    draft.where += [first, second]
    return second


def _cond_at(q: Reading, draft: Draft, w: dict) -> int | None:
    """Where in the question the words of condition ``w`` start (None when no word can be told)."""
    it = w["item"]
    vals = w.get("value") if isinstance(w.get("value"), list) else [w.get("value")]
    own = (it.get("t"), it.get("c"))
    starts = [
        m.start
        for m in q.mentions
        if draft.has_role(m)
        and (
            ((m.t, m.c) == own and (m.kind == "column" or (m.kind == "value" and m.value in vals)))
            or (m.kind in ("literal", "number") and m.value in vals and draft.role_of(m) in ("filter", "date", "cmp"))
        )
    ]
    return min(starts) if starts else None


def _related_filters(q: Reading, draft: Draft, subject: str, first: str, neg_at: int, keep: dict | None = None) -> list:
    """Filters of the draft on rows reached from ``subject`` through its related table ``first``, from words after
    the negation at ``neg_at``: they belong to the negated phrase, so they move out of the draft into the sub-query
    (as the positive condition they deny when the same negation made them negative)."""
    lows = [t.low for t in q.toks]
    inside = []
    for w in list(draft.where):
        it = w["item"]
        t = it.get("t")
        if w is keep or w["op"] not in _ROW_OPS or it.get("kind") != "col" or it.get("alias") or t in (None, subject):
            continue
        path = q.pl.path(subject, t)
        if not path or path[0][1] != first:
            continue
        at = _cond_at(q, draft, w)
        if at is not None and at < neg_at:
            continue  # "students with a dog who have no cat": the dog is outside the negation
        draft.where.remove(w)
        own = at is not None and any(
            k != neg_at and excluding_at(lows, k) for k in range(max(0, at - 4), at)
        )  # a negation of its own ("no sales other than tea") stays
        inside.append(w if own or w["op"] not in _POSITIVE_OPS else {**w, "op": _POSITIVE_OPS[w["op"]]})
    return inside


def negated_related_values(q: Reading, draft: Draft) -> frozenset[int]:
    """A negated value of rows related many to one subject row ("suppliers that did not sell apples") keeps the
    subject rows with NO related row holding it: ``key NOT IN (SELECT fk FROM related WHERE fruit = 'apple')``,
    never ``fruit <> 'apple'`` through a join (which keeps any supplier with some other sale). A negated value of
    the subject's own column, or of a row it refers to (one per subject row), stays ``<>``."""
    subject = draft.base
    lows = [t.low for t in q.toks]
    took: set[int] = set()  # the words this step consumes
    for w in list(draft.where):
        it = w["item"]
        t = it.get("t")
        if w not in draft.where or w.get("date") or w["op"] not in _ROW_OPS or it.get("kind") != "col":
            continue
        if it.get("alias") or t in (None, subject):
            continue
        path = q.pl.path(subject, t)
        if not path or not any(e[4] == "down" for e in path):
            continue
        at = _cond_at(q, draft, w)
        if at is None:
            continue
        neg_at = next((k for k in range(at - 1, max(-1, at - 5), -1) if lows[k] in RELATED_ROW_NEGATIONS), None)
        if neg_at is None or any(lows[k] == "non" or len(excluding_at(lows, k)) > 1 for k in range(neg_at, at)):
            continue  # "non-English", "other than tea": some related row that is not it
        if neg_at + 1 < at and lows[neg_at + 1] in EXCLUSION_GERUNDS:
            continue  # "not counting returned parcels": those rows are left out, see negated_tables
        k = neg_at - 1
        while k >= 0 and lows[k] in ROW_CLAUSE_WORDS:
            k -= 1
        noun = scan.mention_at(q, k) if 0 <= k < neg_at - 1 else None
        if noun is not None and noun.kind in ("table", "column") and noun.t == t:
            continue  # "languages that are not English": a related row that is not it
        if path[0][4] == "down":
            item = {"kind": "col", "t": subject, "c": path[0][2]}
            value: dict = {"t": path[0][1], "c": path[0][3]}
        else:  # reached through a row it refers to: the subject's own key, joined out to the related rows
            key = q.schema.table(subject).primary_key
            if len(key) != 1:
                raise Unanswerable(
                    f"I could not tell which {subject} rows have none of those, so I would rather not guess."
                )
            item = {"kind": "col", "t": subject, "c": key[0]}
            value = {"t": subject, "c": key[0]}
        inside = _related_filters(q, draft, subject, path[0][1], neg_at, keep=w)
        i = draft.where.index(w)
        positive = {**w, "op": _POSITIVE_OPS.get(w["op"], w["op"])}
        draft.where[i] = {"item": item, "op": "not in sub", "value": {**value, "where": [positive, *inside]}}
        if lows[neg_at] not in RELATION_NEGATIONS:
            took.add(neg_at)
    return frozenset(took)


def literal_in_column(q: Reading, draft: Draft) -> frozenset[int]:
    """A quoted literal right after a column name ("status 'on hold'") -> an equality."""
    took: set[int] = set()  # the words this step consumes
    lows = [t.low for t in q.toks]
    for m in q.mentions:
        if m.kind not in ("literal", "value") or draft.has_role(m):
            continue
        if m.end < len(lows) and lows[m.end] in INSIDE_WORDS:
            cm = scan.next_mention(q, m.end + 1, skip=POSSESSIVE_FILLER, kinds=("column",))
            if cm is not None and understand.family(q, cm.t, cm.c) == "text":
                draft.give_role(m, "like")
                draft.give_role(cm, "like")
                text = " ".join(t.orig for t in q.toks[m.start : m.end]) if m.kind == "value" else m.value
                draft.where.append({"item": {"kind": "col", "t": cm.t, "c": cm.c}, "op": "like", "value": f"%{text}%"})
                took.update(range(m.start, cm.end))
    return frozenset(took)


def word_in_column(q: Reading, draft: Draft) -> frozenset[int]:
    """'customers with a gmail email address' -> Email LIKE '%gmail%'."""
    took: set[int] = set()  # the words this step consumes
    lows = [t.low for t in q.toks]
    for m in q.mentions:
        if m.kind != "column" or draft.has_role(m) or understand.family(q, m.t, m.c) != "text" or m.start < 3:
            continue
        w = q.toks[m.start - 1]
        if scan.mention_at(q, m.start - 1) is not None or not w.low.isalpha() or w.low in STOP or len(w.low) < 3:
            continue
        if lows[m.start - 2] in ("a", "an") and lows[m.start - 3] in WITH_WORDS:
            draft.give_role(m, "like")
            took.update(range(m.start - 1, m.end))
            draft.where.append({"item": {"kind": "col", "t": m.t, "c": m.c}, "op": "like", "value": f"%{w.orig}%"})
    return frozenset(took)


def null_checks(q: Reading, draft: Draft) -> frozenset[int]:
    """Missing or present values ("without an email", "email is listed") -> IS [NOT] NULL."""
    took: set[int] = set()  # the words this step consumes
    lows = [t.low for t in q.toks]
    n = len(lows)
    for m in q.mentions:
        if m.kind != "column" or draft.has_role(m):
            continue
        col = q.schema.table(m.t).column(m.c)
        j = m.start - 1
        while j >= 0 and lows[j] in DETERMINERS:
            j -= 1
        before = lows[j] if j >= 0 else ""
        before2 = lows[j - 1] if j >= 1 else ""
        after = lows[m.end] if m.end < n else ""
        after2 = " ".join(lows[m.end : m.end + 3])
        op = None
        said = 0
        if (
            before in MISSING_WORDS
            or (before == "have" and before2 in HAVE_NEGATIONS)
            or (before == "has" and before2 in ("not", "never"))
        ):
            op = "is null"
        elif (
            after in PRESENT_WORDS
            and before in HAVE_WORDS
            or (after in RECORDED_WORDS and before in WITH_WORDS)
            or before in WITH_WORDS
            and lows[j + 1 : m.start]
            and lows[j + 1] in ("a", "an")
            and col is not None
            and col.nullable
            and col.family == "text"
        ):
            op = "is not null"
        elif said := _said_after(after2, SAID_MISSING):
            op = "is null"
        elif said := _said_after(after2, SAID_PRESENT):
            op = "is not null"
        nxt_m = scan.mention_at(q, m.end) or (scan.mention_at(q, m.end + 1) if m.end + 1 < n else None)
        if op and nxt_m is not None and nxt_m.kind in ("value", "literal", "number"):
            op = None  # "do not have the status 'on hold'": a value follows, so not a null check
        if op == "is null" and before in MISSING_WORDS and present_verb(after):
            op = None  # "where no channel airs a cartoon": the subject of a clause denied, not a missing value
        if op:
            draft.give_role(m, "null")
            draft.where.append(
                {
                    "item": {"kind": "col", "t": m.t, "c": m.c},
                    "op": op,
                    "blank": col is not None and col.family == "text",
                }
            )
            took.update(range(max(j, 0), m.end))
            if said:  # "end date is empty": the words saying so are read too
                took.update(range(m.end, m.end + said))
    took |= _negated_event_dates(q, draft, draft.base, took)
    return frozenset(took)


#: what a question says after a column whose value is missing ("end date is empty"), or present
SAID_MISSING = ("is null", "is missing", "is empty", "is unknown", "is not set", "are null", "are missing", "is blank")
SAID_PRESENT = ("is not null", "is not empty", "is not missing", "is known", "is set", "are not null", "is present")


def _said_after(text: str, phrases: tuple[str, ...]) -> int:
    """How many words of the phrase of ``phrases`` that ``text`` starts with ("is empty": 2), else 0."""
    return next((len(p.split()) for p in phrases if text == p or text.startswith(p + " ")), 0)


def _negated_event_dates(q: Reading, draft: Draft, subject: str, took: set[int]) -> set[int]:
    """A negated verb that names an optional date of the subject's rows has not happened yet: "loans not
    returned yet" -> ``returned_date IS NULL`` (the date stays empty until the event)."""
    out: set[int] = set()
    lows = [t.low for t in q.toks]
    table = q.schema.table(subject)
    dates = [c for c in table.columns if c.family in DATE_FAMILIES and c.nullable] if table else []
    for i, w in enumerate(lows):
        used = q.used | took | out
        if i in used or scan.mention_at(q, i) is not None or not w.isalpha() or not dates:
            continue
        j = i - 1
        while j >= 0 and lows[j] in NEGATED_VERB_GAP:
            j -= 1
        if j < 0 or lows[j] not in RELATION_NEGATIONS or lows[j] in MISSING_WORDS:
            continue
        verb = getLemma(w, upos="VERB")[0]
        named = [c for c in dates if verb in {getLemma(x, upos="VERB")[0] for x in split_identifier(c.name)}]
        if len(named) != 1 or verb in DATE_NAME_WORDS:
            continue
        draft.where.append({"item": {"kind": "col", "t": subject, "c": named[0].name}, "op": "is null"})
        out.update(range(j, i + 1))
    return out


def values(q: Reading, draft: Draft) -> frozenset[int]:
    """Values of the data named in the question ("in Lisbon", "not tea", "both tea and coffee") -> filters."""
    took: set[int] = set()  # the words this step consumes
    lows = [t.low for t in q.toks]
    groups: dict[tuple, list] = {}
    spans: dict[tuple, list] = {}
    for m in q.mentions:
        if draft.has_role(m) or m.kind not in ("value", "literal"):
            continue
        if m.kind == "literal":
            pm = scan.prev_mention(
                q,
                m.start - 1,
                skip=NAME_VALUE_FILLER,
                kinds=("column", "table"),
            )
            if pm is not None and pm.kind == "column":
                draft.give_role(pm, "filter")
                key = (pm.t, pm.c)
            elif pm is not None and pm.kind == "table":
                key = (pm.t, q.pl.label_columns(pm.t)[0])
            else:
                base = q.mentions and next((x.t for x in q.mentions if x.kind == "table"), None)
                if not base:
                    continue
                key = (base, q.pl.label_columns(base)[0])
            val = m.value
            if understand.family(q, *key) in ("integer", "number") and re.fullmatch(r"-?\d+(\.\d+)?", str(val)):
                val = float(val) if "." in str(val) else int(val)
        else:
            key = (m.t, m.c)
            val = m.value
            # "country is Brazil", "genre Rock": the column word only names the filter
            pm = scan.prev_mention(q, m.start - 1, skip=VALUE_COLUMN_FILLER | _EXCLUSION_FILLER, kinds=("column",))
            if pm is not None and (pm.t, pm.c) == key and not draft.has_role(pm):
                draft.give_role(pm, "filter")
            nx = scan.mention_at(q, m.end) or _column_after_copula(q, m)
            if nx is not None and nx.kind == "column" and (nx.t, nx.c) == key and not draft.has_role(nx):
                draft.give_role(nx, "filter")  # "the web channel", "where Beatrix is head of state"
        excluding = [
            k
            for j in range(max(0, m.start - 4), m.start)
            if not _other_value_between(q, j, m)
            for k in excluding_at(lows, j)
        ]
        neg = bool(excluding)
        took.update(k for k in excluding if lows[k] not in EXCLUDE_WORDS)  # "apart from": the phrase is read
        draft.give_role(m, "filter")
        groups.setdefault((key, neg), []).append(val)
        spans.setdefault((key, neg), []).append((m.start, m.end))
    for ((t, c), neg), vals in groups.items():
        vals = list(dict.fromkeys(vals))
        item = {"kind": "col", "t": t, "c": c}
        if len(vals) == 1:
            draft.where.append({"item": item, "op": "!=" if neg else "=", "value": vals[0]})
        elif not neg and len(vals) == 2 and "both" in lows:
            # "customers who bought both tea and coffee": rows for each value, kept if in both
            draft.where.append({"item": item, "op": "both", "value": vals})
        elif not neg and len(vals) == 2 and (versus := _set_against(q, lows, spans[((t, c), neg)])):
            # "the average fare for students versus seniors": one row per value, side by side
            took.update(versus)
            draft.group.append(item)
            if q.eng.values.cardinality.get(f"{t}.{c}", 0) != 2:
                draft.where.append({"item": item, "op": "in", "value": vals})
        else:
            draft.where.append({"item": item, "op": "not in" if neg else "in", "value": vals})
            if not neg and joined_by_and(lows, spans[((t, c), neg)]):
                draft.pending.all_of.append(draft.where[-1])
    return frozenset(took)


def _column_after_copula(q: Reading, m: Mention) -> Mention | None:
    """The mention after a value and a form of "be", over articles and values of other columns of the value's
    table ("Beatrix is head of state", "English and French are official languages"): the value is said to be
    that column's, so a mention of its own column there names the filter, not a column to show."""
    j = m.end
    if j >= len(q.toks) or q.toks[j].low not in BE_FORMS:
        return None
    while j < len(q.toks) and q.toks[j].low in BE_FORMS | DETERMINERS:
        j += 1
    nx = scan.mention_at(q, j)
    while nx is not None and nx.kind == "value" and nx.t == m.t and nx.c != m.c:
        nx = scan.mention_at(q, nx.end)
    return nx


def _set_against(q: Reading, lows: list[str], spans: list[tuple[int, int]]) -> frozenset[int]:
    """The words that set two values of one column against each other: a versus word between them ("A versus
    B", "A compared with B": :data:`VERSUS_WORDS` and its link words), or a joiner between them after a compare
    lead before them or with "side by side" after them ("compare A and B", "A and B side by side"). Empty when
    they are not set against each other (or another word stands between them: a date, a number, a column)."""
    if len(spans) != 2:
        return frozenset()  # a value said twice ("passed ... as passes"): no two values set against each other
    (s1, e1), (s2, e2) = sorted(spans)
    between = [k for k in range(e1, s2) if k not in q.used]
    versus = [k for k in between if lows[k] in VERSUS_WORDS]
    leads = [k for k in range(s1) if lows[k] in COMPARE_LEADS and k not in q.used]
    leads += [k for k in scan.side_by_side(lows) if k >= e2 and k not in q.used]  # "A and B side by side"
    if not versus and leads:
        versus = [k for k in between if lows[k] in COMPARE_JOINERS]
    if len(versus) != 1:
        return frozenset()
    for k in between:
        m = scan.mention_at(q, k)
        if m is not None and m.kind != "table" or (m is None and lows[k] not in VERSUS_LINKS and k != versus[0]):
            return frozenset()
    return frozenset({*versus, *(k for k in between if lows[k] in VERSUS_LINKS), *leads})


def _other_value_between(q: Reading, k: int, m: Mention) -> bool:
    """Whether another value stands between an exclude word at ``k`` and the value ``m``, not listed with it
    ("other than Oslo from Lima": Lima is not excluded; "except Oslo and Lima": both are)."""
    for x in q.mentions:
        if x is m or x.kind != "value" or not k < x.start or x.end > m.start:
            continue
        if any(q.toks[j].low.isalpha() and q.toks[j].low not in LIST_JOINERS for j in range(x.end, m.start)):
            return True  # a word between, not a list joiner or a bracket ("not Peruvian (PE)")
    return False


def joined_by_and(lows: list[str], spans: list[tuple[int, int]]) -> bool:
    """Whether the values at ``spans`` (token ranges, in order) are listed with "and", with no word that makes
    them alternatives ("apples and pears", not "apples or pears", "either apples and pears")."""
    spans = sorted(spans)
    between = [w for (_, e), (s, _) in zip(spans, spans[1:], strict=False) for w in lows[e:s]]
    return "and" in between and not any(w in ALTERNATIVE_WORDS for w in lows)
