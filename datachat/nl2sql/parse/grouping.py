"""Grouping keys ("per genre", "by month")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..draft import Draft
from ..lexicon import past_participle
from ..patterns import (
    AGENT_DETERMINERS,
    AGENT_PARTICIPLES,
    ARRANGING_VERBS,
    BE_FORMS,
    BUCKET_PRECEDERS,
    CLAUSE_OPENERS,
    COUNT_NOUNS,
    EACH_WORDS,
    GROUP_FILLER,
    GROUP_WORDS,
    ORDER_WORDS,
    PER_ITEM_WORDS,
    RELATION_NEGATIONS,
    SINGLE_WORDS,
    SORT_VERBS,
)
from ..tokens import Mention
from . import aggregates, ranking, scan, understand

if TYPE_CHECKING:
    from ..engine import Reading


def group_key(q: Reading, m: Mention) -> dict:
    if m.kind == "table":
        return {"kind": "entity", "t": m.t}
    return {"kind": "col", "t": m.t, "c": m.c}


def _each_row_listed(q: Reading, i: int) -> bool:
    """Whether "for each" or "for every" at ``i`` names a table whose own columns the question lists after it,
    with no word asking for a figure: each row's columns are listed, nothing is computed per row."""
    lows = [t.low for t in q.toks]
    if lows[i] not in ("each", "every") or not i or lows[i - 1] != "for" or aggregates.has_agg_word(q):
        return False
    m = scan.next_mention(q, i + 1, skip=GROUP_FILLER, kinds=("table",))
    return m is not None and any(x.kind == "column" and x.t == m.t and x.start > m.end for x in q.mentions)


def grouping(q: Reading, draft: Draft) -> frozenset[int]:
    """Grouping keys ("by country", "for each department", "per status") -> ``draft.group``."""
    took: set[int] = set()  # the words this step consumes
    lows = [t.low for t in q.toks]
    n = len(lows)
    for i, w in enumerate(lows):
        if i in q.used or i in took:
            continue
        trig = None
        if (
            w in ("each", "every")
            and not aggregates.has_agg_word(q)
            and not (i > 0 and lows[i - 1] in ("for", "in"))
            and not _measured_event_before(q, i)
            and not _rows_at_each(q, draft, i)
        ):
            continue
        if _each_row_listed(q, i):
            continue  # "for every teacher, give me their age and home town": a listing, one row each
        if w == "by" and not aggregates.has_agg_word(q) and any(x in SORT_VERBS for x in lows[:i]):
            continue  # "sort product names by their price": an ordering, not a grouping
        # "never had a job on any of their vehicles": "any" after a negation says none at all, no bucket
        single = w in SINGLE_WORDS and not (w == "any" and any(x in RELATION_NEGATIONS for x in lows[:i]))
        if single and i > 0 and lows[i - 1] in BUCKET_PRECEDERS and aggregates.has_agg_word(q):
            trig = i + 1  # "the largest number of items on a single order"
            m = scan.next_mention(q, trig, kinds=("table",))
            if m is not None and not draft.has_role(m):
                draft.give_role(m, "group")
                took.update(range(i, m.end))
                draft.group.append(group_key(q, m))
            continue
        if w in PER_ITEM_WORDS and i + 1 < n and lows[i + 1] in COUNT_NOUNS:
            m = _listed_before(q, draft, i)  # "the record companies and the corresponding number of orchestras"
            if m is not None and not draft.has_role(m):
                draft.give_role(m, "group")
                took.add(i)
                draft.group.append(group_key(q, m))
            continue
        if w in EACH_WORDS or (w == "by" and not (i > 0 and lows[i - 1] in (*ORDER_WORDS, "arrange"))):
            trig = i + 1
        elif w in GROUP_WORDS and i + 1 < n:
            trig = i + 1 if w == "across" else (i + 2 if i + 1 < n and lows[i + 1] == "by" else None)
        if trig is None:
            continue
        m = scan.next_mention(
            q,
            trig,
            skip=GROUP_FILLER,
            kinds=("table", "column", "value"),
        )
        tail = _pronoun_after_each(lows, trig) if w in EACH_WORDS else 0
        if m is None and w in EACH_WORDS and _ends_clause(lows, trig + tail):
            m = _listed_before(q, draft, i)  # "template type codes and the number of templates for each"
            took.update(range(trig, trig + tail))  # "... use each one", "... for each of them"
        if m is None or draft.role_of(m) in ("filter", "cmp", "having", "bucket", "date", "like", "null"):
            continue
        if m.kind == "value":
            continue
        m = _column_of_table_named(q, draft, m)
        if m.kind == "column" and [(x.t, x.c) for x in q.mentions if x.kind == "value"].count((m.t, m.c)) == 1:
            # "parcels graded A by the inspector": the column whose value the question names says who gave it;
            # a key fixed to one value groups nothing (two values, "in A or B by grade", still compare)
            draft.give_role(m, "_")
            took.update(range(i, m.end))
            continue
        if w in ("each", "every") and m.kind == "table" and _lists_own_columns(q, draft, m, i):
            continue  # "names and ages for every singer": a plain listing of each row, nothing to group
        if w == "across" and m.kind == "table" and m.end < n and lows[m.end] in CLAUSE_OPENERS:
            continue  # "across countries that became independent before 1930": the rows taken, none each
        if w == "across" and m.kind == "table" and _measures_own_columns(q, m, i):
            took.add(i)  # "how many different series names are there across the channels": over all of them
            continue
        if w == "by" and m.kind == "table" and _names_who_acts(q, i, m):
            continue  # "books written by authors", "ratings given by guests": who acts, no grouping
        if w == "by" and m.kind == "column" and _held_to_one_value(draft, m):
            # "hotels rated Gold by the inspectorate": the column a value was named in, held to that value, so
            # grouping by it would make one group; it names who gave the value, the filter reads it
            draft.give_role(m, "filter")
            took.update(range(i, m.end))
            continue
        if w == "by" and m.kind == "column" and understand.numeric(q, m) and ranking.has_superlative(q, draft):
            continue  # "top 5 customers by total": a measure, not a key
        if (
            w == "by"
            and ranking.has_superlative(q, draft)
            and m.kind == "table"
            and any(x.kind == "table" and x.start < i and x.t != m.t for x in q.mentions) is False
        ):
            pass
        draft.give_role(m, "group")
        took.update(range(i, m.end))
        draft.group.append(group_key(q, m))
    return frozenset(took)


def _measures_own_columns(q: Reading, m: Mention, i: int) -> bool:
    """Whether the columns named before ``i`` are all columns of ``m``'s table (at least one): measured "across"
    that table, each of its rows would be a group of one, so the figure is over all its rows."""
    cols = [x for x in q.mentions if x.kind == "column" and x.end <= i]
    return bool(cols) and all(x.t == m.t for x in cols)


def _pronoun_after_each(lows: list[str], k: int) -> int:
    """How many words after "each" at ``k - 1`` only stand for what it refers back to ("each one", "each of
    them")."""
    if lows[k : k + 1] == ["one"]:
        return 1
    return 2 if lows[k : k + 1] == ["of"] and lows[k + 1 : k + 2] in (["them"], ["those"], ["these"]) else 0


def _ends_clause(lows: list[str], k: int) -> bool:
    """Whether the question or its clause ends at ``k`` (nothing, or only punctuation, after "each")."""
    return all(w in (".", "?", "!", ",", ";") for w in lows[k : k + 1])


def _listed_before(q: Reading, draft: Draft, i: int) -> Mention | None:
    """The column listed first in a question ending in "for each" with a count or another figure ("the template
    type codes and the number of templates for each"): "each" refers back to that column's values."""
    if not aggregates.has_agg_word(q):
        return None
    x = next((x for x in q.mentions if x.kind == "column" and x.end <= i and not draft.has_role(x)), None)
    if x is not None and x.c in q.pl.label_columns(x.t):
        # "high schoolers who like someone - name and how many likes each": the label of rows named before it,
        # so each of those rows (two may share a name)
        return next((t for t in q.mentions if t.kind == "table" and t.t == x.t and t.end <= x.start), x)
    return x


def _held_to_one_value(draft: Draft, m: Mention) -> bool:
    """Whether a filter of the draft holds the column ``m`` names to one value (``=``)."""
    return any(
        w.get("op") == "=" and w["item"].get("kind") == "col" and (w["item"].get("t"), w["item"].get("c")) == (m.t, m.c)
        for w in draft.where
    )


def _column_of_table_named(q: Reading, draft: Draft, m: Mention) -> Mention:
    """The column a table word opens ("per property type", "by customer city": the table's word, then a column
    of that table): the noun compound names the column, which is the key, not each row of the table."""
    if m.kind != "table":
        return m
    after = scan.mention_at(q, m.end)
    if after is not None and after.kind == "column" and after.t == m.t and not draft.has_role(after):
        draft.give_role(m, "_")
        return after
    return m


def _names_who_acts(q: Reading, i: int, m: Mention) -> bool:
    """Whether "by" at ``i`` follows a past participle, so the table ``m`` after it names who did what the
    participle says, not a grouping: a verb of making or handling ("orders handled by staff"), a passive
    ("templates are used by documents"), or any participle but an arranging one before the table's plural or
    a determiner ("ratings given by guests", "posted by the members"; "sales grouped by region" and "revenue
    earned by customer" still group)."""
    if i == 0 or not past_participle(before := q.toks[i - 1].low):
        return i > 0 and q.toks[i - 1].low in AGENT_PARTICIPLES
    if before in AGENT_PARTICIPLES or (i >= 2 and q.toks[i - 2].low in BE_FORMS):
        return True
    if q.toks[i - 1].lemma in ARRANGING_VERBS:
        return False
    words = q.toks[i + 1 : m.end]
    if m.end < len(q.toks) and q.toks[m.end].low in ("or", "and"):
        return False  # "used by professionals or owners": two kinds of actor, a union no agent reading makes
    plural = words[-1].low != words[-1].sing
    return not any(t.low in EACH_WORDS for t in words) and (plural or words[0].low in AGENT_DETERMINERS)


def _measured_event_before(q: Reading, i: int) -> bool:
    """Whether "each" at ``i`` follows "<number column> <verb>ed at" ("minutes trained at each gym"): an amount of
    what happened per row of the next table, so a grouping (the amount is added up)."""
    if i < 3 or q.toks[i - 1].low not in ("at", "by", "from", "with"):
        return False
    col = scan.mention_at(q, i - 3) or scan.mention_at(q, i - 2)
    return col is not None and col.kind == "column" and understand.numeric(q, col) and scan.verb_after(q, col)


def _rows_at_each(q: Reading, draft: Draft, i: int) -> bool:
    """Whether "each" at ``i`` follows a place preposition after the rows named first ("accidents at each resort",
    "lifts on every mountain"): the rows of each one, so a grouping (they are counted), never a list of the
    places alone. Not when a column of those rows is asked for ("the lifts at each resort and their names")."""
    if i < 2 or not scan.each_of_place(q, i):
        return False
    first = next((x for x in q.mentions if x.kind in ("table", "column")), None)
    place = scan.mention_at(q, i + 1)
    return (
        first is not None
        and first.kind == "table"
        and first.end < i
        and place is not None
        and place.kind == "table"
        and place.t != first.t
        and not any(
            x.kind == "column" and x.t == first.t and draft.role_of(x) in (None, "select") for x in q.mentions
        )
    )


def _lists_own_columns(q: Reading, draft: Draft, m: Mention, i: int) -> bool:
    """Whether the columns (and tables) asked before ``i`` all belong to the table ``m`` names and nothing is
    aggregated:
    "each"/"every" before that table then only says every row is listed."""
    if aggregates.has_agg_word(q):
        return False
    asked = [
        x for x in q.mentions if x.kind in ("column", "table") and x.start < i and draft.role_of(x) in (None, "select")
    ]
    return any(x.kind == "column" for x in asked) and all(x.t == m.t for x in asked)
