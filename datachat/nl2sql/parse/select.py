"""The selected columns of a listing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..draft import Draft, Ranked
from ..lexicon import past_participle, singular, split_identifier
from ..patterns import (
    ADJ_COLUMNS,
    AGG_WORDS,
    ALL_COLUMN_WORDS,
    ATTRIBUTE_GAP,
    CLAUSE_SUBJECT_LEADS,
    COMPOSITION_WORDS,
    COUNT_WORDS,
    GROUP_LEADS,
    IGNORABLE_WORDS,
    LIST_VERBS,
    NUM_WORDS,
    ORDER_WORDS,
    OWNER_PRONOUNS,
    PERCENT_LEADS,
    RATIO_NOUNS,
    STOP,
    SUPERLATIVE_WORDS,
    TIME_QUESTION_WORDS,
    UNREPORTED_WORDS,
    WHICH_WHO,
)
from ..result import Unanswerable
from ..schema import Table
from ..tokens import Mention, _words
from . import quantities, scan, steps

if TYPE_CHECKING:
    from ..engine import Reading


def _col_item(q: Reading, m: Mention) -> dict:
    if m.text in ("name", "full name") and len(q.pl.label_columns(m.t)) > 1:
        return {"kind": "entity", "t": m.t}
    return {"kind": "col", "t": m.t, "c": m.c}


def _names_referenced_row(q: Reading, m: Mention, shown: list[Mention]) -> bool:
    """Whether column mention ``m`` is a reference (foreign key) whose word names the table it references, when
    another column is shown and a column or a value of that table is named too ("episodes of the channel with the
    title X", "titles of cartoons on the Sky Radio channel": the word picks out the channel the filter names, not
    its key to show)."""
    ref = next((fk.ref_table for fk in q.schema.foreign_keys if fk.table == m.t and fk.column == m.c), None)
    if ref is None or ref == m.t or not any(x is not m for x in shown):
        return False
    ref_words = {singular(w) for w in split_identifier(ref)}
    if not {t.sing for t in q.toks[m.start : m.end]} <= ref_words:
        return False
    return any(x.kind in ("column", "value") and x.t == ref for x in q.mentions if x is not m)


def _clause_subject(q: Reading, m: Mention) -> bool:
    """Whether a one-word column mention is the subject of a clause the question asks about ("regions where people
    speak Dutch", "in which regions do people speak English"): after a clause opener or a form of "do", before a
    verb no schema name spells. It says who acts in the condition, not a column to show ("people" is no population)."""
    if m.end - m.start != 1 or m.end >= len(q.toks) or not m.start:
        return False
    from lemminflect import getAllLemmas

    if q.toks[m.start - 1].low not in CLAUSE_SUBJECT_LEADS:
        return False
    found = getAllLemmas(q.toks[m.end].low)
    return "VERB" in found and scan.mention_at(q, m.end) is None


def _dedupe(items: list[dict]) -> list[dict]:
    out: list[dict] = []
    for it in items:
        if it not in out:
            out.append(it)
    return out


def select(q: Reading, draft: Draft) -> frozenset[int]:
    """The select list: the measures and their keys, a ranked entity (and maybe its measure), the groups of a
    counted condition, or the columns of a listing."""
    subject = draft.base
    took: set[int] = set()  # the words this step consumes
    aggs, draft.pending.measures = draft.pending.measures, []
    if draft.pending.select_done:
        return frozenset(took)
    _drop_grouping_by_aggregated_rows(q, draft, aggs)
    am, draft.pending.ranked = draft.pending.ranked, None
    implicit, draft.pending.groups_counted = draft.pending.groups_counted, False
    sel_cols = [m for m in q.mentions if m.kind == "column" and draft.role_of(m) in (None, "select")]
    sel_cols = [m for m in sel_cols if not _names_referenced_row(q, m, sel_cols) and not _clause_subject(q, m)]
    # a table named right after a column ("name of the artist") only tells whose column it is
    if draft.nested and draft.select:
        return frozenset(took)
    self_sel, draft.pending.self_select = draft.pending.self_select, None
    if self_sel and not aggs and am is None and not draft.group:
        draft.select = self_sel
    elif am is not None:
        _select_ranked(q, draft, am, aggs, sel_cols)
    elif aggs:
        _select_measures(q, draft, aggs, sel_cols)
    elif draft.group and implicit:
        # "customers with more than 5 invoices": show the customers
        cols = [{"kind": "col", "t": m.t, "c": m.c} for m in sel_cols]
        draft.select = cols or [draft.group[0]]
        for c in cols:
            draft.group.append(c)
    elif draft.group:
        # "tracks by genre" with nothing to compute: count them; "tickets sold per show" over sales rows that
        # each record a number of tickets: add the number up
        named = next((m for m in q.mentions if m.kind == "table" and m.t == subject and not draft.has_role(m)), None)
        qty = quantities.counted_quantity(q, named) if named is not None else None
        count = {"kind": "agg", "fn": "count", "t": subject, "c": None}
        measure = {"kind": "agg", "fn": "sum", "t": qty[0], "c": qty[1]} if qty else count
        draft.select = list(draft.group) + [measure]
    elif (total := _things_dealt(q, draft, subject, sel_cols)) is not None:
        draft.select = [total]
    elif sel_cols:
        _select_columns(q, draft, sel_cols, subject)
    else:
        _select_rows(q, draft, subject)
    return frozenset(took)


def _things_dealt(q: Reading, draft: Draft, subject: str, sel_cols: list[Mention]) -> dict | None:
    """ "tickets sold during 2023" over sales rows that each record a number of tickets, "seats booked in May" over
    bookings with a seats column: the things named (the subject's noun, or the one column named) with the
    participle of the event right after them, and no verb asking for a list, are a number, the quantity added
    up; None otherwise."""
    lows = [t.low for t in q.toks]
    if not lows or lows[0] in LIST_VERBS or len(sel_cols) > 1:
        return None
    tables = (m for m in q.mentions if m.kind == "table" and m.t == subject and not draft.has_role(m))
    named = sel_cols[0] if sel_cols else next(tables, None)
    after = range(named.start + 1, min(named.end + 1, len(lows))) if named is not None else range(0)
    if not any(past_participle(lows[k]) for k in after):
        return None
    qty = quantities.counted_quantity(q, named)
    return {"kind": "agg", "fn": "sum", "t": qty[0], "c": qty[1]} if qty else None


def _drop_grouping_by_aggregated_rows(q: Reading, draft: Draft, aggs: list[dict]) -> None:
    """No grouping by the rows being aggregated ("average quantity per order item"), unless the grouping word
    named what the rows' label column names, not the rows ("total given per donor" over gifts with a donor's
    name column): the statement then groups by that name."""
    if aggs and draft.group and not draft.nested:
        agg_ts = {a.get("t") for a in aggs}
        draft.group = [
            g
            for g in draft.group
            if not (
                g["kind"] == "entity"
                and agg_ts == {g["t"]}
                and not any(a.get("fn") == "count" for a in aggs)
                and not _named_by_label(q, draft, g["t"])
            )
        ]


def _named_by_label(q: Reading, draft: Draft, table: str) -> bool:
    """Whether a grouping word names ``table`` by the thing its label column names (``Planner.named_by_label``)."""
    return any(
        m.kind == "table"
        and m.t == table
        and draft.role_of(m) == "group"
        and q.pl.named_by_label(table, q.toks[m.start].sing)
        for m in q.mentions
    )


def _select_ranked(q: Reading, draft: Draft, am: Ranked, aggs: list[dict], sel_cols: list[Mention]) -> None:
    """The select list of a ranking: the ranked entity or the columns asked for, and the measure when shown."""
    lows = [t.low for t in q.toks]
    ent = am.entity
    meas = am.measure
    if meas.get("kind") == "metric" or (meas.get("kind") == "agg" and meas.get("fn") in ("sum", "avg")):
        # "which category has the highest revenue": people want to see the number too. (Counts stay
        # hidden unless asked: "which customer has the most orders" asks for the customer alone.)
        am.show_measure = True
    cols = _dedupe([_col_item(q, m) for m in sel_cols])
    if cols and not am.measure_asked:
        # "names of the 3 dearest products": the question names what to show; the measure ranks, unshown
        am.show_measure = False
    if draft.group:
        keys = list(draft.group)
        draft.select = keys + ([am.measure] if am.show_measure or not cols else [])
        if cols:
            asked_keys = [g for g in draft.group if g.get("kind") == "col" and g not in cols]
            draft.select = asked_keys + cols + ([am.measure] if am.show_measure else [])
            for c in cols:
                if not any(g.get("t") == c["t"] and g.get("c") == c.get("c") for g in draft.group):
                    draft.group.append(c)
        if not am.show_measure and not cols:
            draft.select = keys
    elif lows and lows[0] in TIME_QUESTION_WORDS and meas.get("kind") == "col" and steps.is_time(q, meas):
        draft.select = [meas]  # "when was the oldest book published": the time of the ranked row
    else:
        draft.select = cols or [{"kind": "entity", "t": ent}]
        if cols and _owner_named(q, ent):
            draft.select.insert(0, {"kind": "entity", "t": ent})  # "the oldest cat and its weight": the cat too
        if am.show_measure and am.measure not in draft.select:
            draft.select.append(am.measure)
    for a in aggs:
        if a not in draft.select:
            draft.select.append(a)


def _select_measures(q: Reading, draft: Draft, aggs: list[dict], sel_cols: list[Mention]) -> None:
    """The select list of measures: the group keys (or the columns shown beside them) first, then the values."""
    groups = draft.group
    # "number of tracks by genre": keys first, then values
    keys = []
    for g in groups:
        keys.append(g)
    extra = _dedupe([_col_item(q, m) for m in sel_cols if m.kind == "column"])
    if _extreme_row(q, draft, aggs, sel_cols, extra):
        return
    if not groups and extra and not any(a.get("kind") == "metric" for a in aggs):
        # "names of staff and the total value of their orders": the shown columns are the keys
        agg_tables = {a.get("t") for a in aggs}
        extra = [e for e in extra if e.get("t") not in agg_tables or e.get("kind") == "entity"]
        groups = draft.group = list(extra)
        keys = list(extra)
        extra = []
    if groups and extra:
        for e in extra:
            if not any(g.get("t") == e["t"] and g.get("c") == e.get("c") for g in groups):
                groups.append(e)
                keys.append(e)
    for a in aggs:
        a.pop("outer", None)
    draft.select = _dedupe(keys + aggs)


def _select_columns(q: Reading, draft: Draft, sel_cols: list[Mention], subject: str) -> None:
    """The select list of a listing that names columns, with the rows they belong to when asked for too."""
    lows = [t.low for t in q.toks]
    draft.select = _dedupe([_col_item(q, m) for m in sel_cols])
    unlisted = _unread_list_item(q, sel_cols)
    if unlisted:
        # "the name and the shoe size of each player" with no column for the shoe size: answering with
        # the name alone would drop a column asked for
        raise Unanswerable(f"I could not tell which column '{unlisted}' means here, so I would rather not guess.")
    _show_subject_with_columns(q, draft, subject)
    _show_listed_tables(q, draft, subject)
    # "which countries do customers come from": distinct values of one column
    if len(sel_cols) == 1 and any(w in lows for w in ("different", "distinct", "unique")):
        draft.distinct = True


def _show_subject_with_columns(q: Reading, draft: Draft, subject: str) -> None:
    """The subject's rows shown before its columns when asked for with them ("customers and their cities")."""
    lows = [t.low for t in q.toks]
    for m in q.mentions:
        if m.kind == "table" and m.t == subject and draft.role_of(m) in (None, "entity"):
            if lows[max(0, m.start - 2) : m.start] in (["for", "each"], ["for", "every"]):
                break  # "for every teacher, give me their age": the scope of the listing, not an item of it
            after = lows[m.end : m.end + 3]
            if after[:2] in (
                ["and", "their"],
                ["with", "their"],
                [",", "their"],
                ["and", "its"],
                ["with", "its"],
                ["along", "with"],
                ["and", "the"],
            ):
                ent = {"kind": "entity", "t": subject}
                if ent not in draft.select:
                    draft.select.insert(0, ent)
            elif _their_column_later(q, m.end, subject):
                # "the boats made by X with their length": the rows' own column asked for after a filter,
                # unless their label is asked for already ("kiln names and their makers")
                ent = {"kind": "entity", "t": subject}
                labels = q.pl.label_columns(subject)
                if ent not in draft.select and not any(
                    it.get("t") == subject and it.get("c") in labels for it in draft.select
                ):
                    draft.select.insert(0, ent)
            break


def _their_column_later(q: Reading, start: int, subject: str) -> bool:
    """Whether "with their" / "and their" (or "its") comes after ``start``, right before a column of ``subject``."""
    lows = [t.low for t in q.toks]
    for p in range(start, len(lows) - 2):
        if lows[p] in ("with", "and") and lows[p + 1] in ("their", "its"):
            col = scan.mention_at(q, p + 2)
            return col is not None and col.kind == "column" and col.t == subject
    return False


def _owner_named(q: Reading, table: str) -> bool:
    """Whether the table's rows are named right before "and its" (or "and their") and a column of theirs, or
    before "and where" or "and when" read as a column: "the oldest cat and its weight", "the tallest wall and
    where is it" ask for the cat, the wall, as well."""
    lows = [t.low for t in q.toks]
    for m in q.mentions:
        if m.kind == "table" and m.t == table and lows[m.end : m.end + 1] == ["and"] and m.end + 1 < len(lows):
            if lows[m.end + 1] in ("where", "when"):
                col = scan.mention_at(q, m.end + 1)
                return col is not None and col.kind == "column"
            col = scan.mention_at(q, m.end + 2) if lows[m.end + 1] in OWNER_PRONOUNS else None
            return col is not None and col.kind == "column" and col.t == table
    return False


def _show_listed_tables(q: Reading, draft: Draft, subject: str) -> None:
    """A joined table's rows shown too when listed with the columns ("names of authors and the books they wrote")."""
    for m in q.mentions:
        if m.kind == "table" and draft.role_of(m) is None and _listed_with(q, m, draft.select, subject):
            ent = {"kind": "entity", "t": m.t}
            if (
                not any(it.get("t") == m.t for it in draft.select)
                and q.pl.distance(subject, m.t) < 99
                and _names_its_rows(q, m.t)
            ):
                draft.select.append(ent)


def _select_rows(q: Reading, draft: Draft, target: str) -> None:
    """The select list of a question naming no column: the rows by their label ("which rooms", "list the rooms"),
    where they are, or every column."""
    lows = [t.low for t in q.toks]
    # "what rooms are free" asks which rooms, as "which rooms" does: "what" used as a determiner of the table
    what_det = any(
        lows[k] == "what" and (dm := scan.mention_at(q, k + 1)) is not None and dm.kind == "table" and dm.t == target
        for k in range(min(3, len(lows)))
    )
    if lows and lows[0] in WHICH_WHO or any(w in lows[:3] for w in ("who", "which")) or what_det:
        draft.select = [{"kind": "entity", "t": target}]
        return
    t = q.schema.table(target)
    if lows and lows[0] == "where":
        draft.select = _where_columns(q, t)
        return
    asked = _unread_attribute(q, target)
    if asked and not any(w in ALL_COLUMN_WORDS for w in lows):
        # "the shelf mark of each book" with no column of that name: showing every column would answer
        # something else than the one attribute asked for, so the engine says what it could not find
        raise Unanswerable(
            f"I could not tell which column '{asked}' means for the {_words(target)}, so I would rather not guess."
        )
    if q.pl.has_label(t.name) and not any(w in ALL_COLUMN_WORDS for w in lows):
        # "list the vans in the north depot": rows are named by their label, as a reader lists them; every
        # column when asked for the details, or when nothing names a row
        draft.select = [{"kind": "entity", "t": target}]
        return
    draft.select = [{"kind": "col", "t": t.name, "c": c.name} for c in t.columns]


def _where_columns(q: Reading, t: Table) -> list[dict]:
    """The columns saying where a row is ("where is the Oslo office"): the other rows it belongs to (its references)."""
    lows = [tk.low for tk in q.toks]
    refs = [fk.column for fk in q.schema.foreign_keys if fk.table == t.name and fk.ref_table != t.name]
    if not refs and any(x in SUPERLATIVE_WORDS or x in ADJ_COLUMNS for x in lows):
        refs = [c.name for c in t.columns]  # a superlative left: its own rule decides (and says why)
    elif not refs:
        raise Unanswerable("I do not know where that is in this data: nothing here holds a place for it.")
    return [{"kind": "col", "t": t.name, "c": c} for c in dict.fromkeys(refs)]


#: words the steps after the select list read from the whole question: never an attribute left unread
LATER_RULE_WORDS = frozenset(
    {*AGG_WORDS, *ADJ_COLUMNS, *COMPOSITION_WORDS, *COUNT_WORDS, *NUM_WORDS, *ORDER_WORDS, *PERCENT_LEADS, *RATIO_NOUNS}
)


def _unread_list_item(q: Reading, shown: list[Mention]) -> str:
    """A noun no rule read that is one more item of the list of shown columns ("the name and the shoe size of
    each player", "the shoe size, name and age"): next to a shown column across "and" or a comma."""
    from lemminflect import getAllLemmas

    toks = q.toks
    n = len(toks)
    skip = ("the", "their", "its", "his", "her", "a", "an")
    starts = {m.start for m in shown}
    ends = {m.end for m in shown}
    for i in range(n):
        if not _unread(q, i) or "NOUN" not in getAllLemmas(toks[i].low):
            continue
        j = i + 1
        while j < n and _unread(q, j):
            j += 1  # the rest of a compound ("shoe size")
        k = j
        if k < n and toks[k].low in ("and", ","):
            k += 1
            while k < n and toks[k].low in ("and", ",", *skip):
                k += 1
            if k in starts:
                return " ".join(t.orig for t in toks[i:j])
        k = i - 1
        while k >= 0 and toks[k].low in skip:
            k -= 1
        if k >= 0 and toks[k].low in ("and", ","):
            while k >= 0 and toks[k].low in ("and", ","):
                k -= 1
            if k + 1 in ends and (j >= n or toks[j].low in ("of", "for", "?", ".", ",", "and")):
                return " ".join(t.orig for t in toks[i:j])
    return ""


def _extreme_row(q: Reading, draft: Draft, aggs: list[dict], sel_cols: list[Mention], extra: list[dict]) -> bool:
    """ "The highest price and the name of the product in stock": a maximum (or minimum) named first, then
    columns of the row that holds it, with nothing to group by, is that one row: the value and the columns,
    ordered by the value, one row. Columns named before the aggregate stay its groups ("names of staff and
    the largest order of each")."""
    if len(aggs) != 1 or draft.group or draft.nested or draft.order or draft.limit or draft.having or not extra:
        return False
    a = aggs[0]
    if a.get("kind") != "agg" or a.get("fn") not in ("max", "min") or not a.get("c") or a.get("distinct"):
        return False
    lows = [t.low for t in q.toks]
    if any(w in GROUP_LEADS for w in lows):
        return False
    at = next(
        (m for m in q.mentions if m.kind == "column" and (m.t, m.c) == (a["t"], a["c"]) and draft.has_role(m)), None
    )
    if at is None or any(m.start < at.end for m in sel_cols):
        return False
    first = min(m.start for m in sel_cols)
    if "and" not in lows[at.end : first]:
        return False
    value = {"kind": "col", "t": a["t"], "c": a["c"]}
    draft.select = _dedupe([value, *extra])
    draft.order = [{"item": value, "dir": "desc" if a["fn"] == "max" else "asc"}]
    draft.limit = 1
    if a["fn"] == "min":
        draft.where.append({"item": value, "op": "is not null"})  # a missing value is no minimum
    return True


def _names_its_rows(q: Reading, table: str) -> bool:
    """Whether ``table`` has a column that names its rows other than a key (a stock row shown by its id says
    nothing of it)."""
    t = q.schema.table(table)
    labels = q.pl.label_columns(table)
    keys = set(t.primary_key) | {fk.column for fk in q.schema.foreign_keys if fk.table == t.name} if t else set()
    return bool(labels) and labels[0] not in keys


def _listed_with(q: Reading, m: Mention, shown: list[dict], subject: str) -> bool:
    """Whether the table mention ``m`` is one more item of the list shown ("names of authors and the books
    they wrote"): right after "and" or a comma (and a determiner) that follows a shown column or the subject,
    and not itself followed by a column of its own ("and the books' titles")."""
    toks = q.toks
    j = m.start - 1
    while j >= 0 and toks[j].low in ("the", "their", "its", "his", "her", "all"):
        j -= 1
    if j < 1 or toks[j].low not in ("and", ","):
        return False
    prev = scan.mention_at(q, j - 1)
    if prev is None:
        return False
    if prev.kind == "table" and prev.t == subject:
        # "names of authors and the books": the table owns a shown column named before it
        k = prev.start - 1
        while k >= 0 and toks[k].low in ("the", "all", "each", "every"):
            k -= 1
        if k < 1 or toks[k].low != "of":
            return False
        prev = scan.mention_at(q, k - 1)
        if prev is None:
            return False
    listed = prev.kind == "column" and any(it.get("t") == prev.t and it.get("c") == prev.c for it in shown)
    after = scan.mention_at(q, m.end)
    nxt = toks[m.end].low if m.end < len(toks) else ""
    return listed and (after is None or after.kind != "column") and nxt not in ("of", "'", "with", "whose")


def _unread_attribute(q: Reading, table: str) -> str:
    """The words of an attribute no column was found for, named right before the rows it belongs to ("the
    shelf mark of the book", "the colour for each car"): unread content words, then ``of``/``for`` and
    determiners, then a mention of ``table``. Empty when there are none."""
    toks = q.toks
    for m in q.mentions:
        if m.kind != "table" or m.t != table:
            continue
        j = m.start - 1
        gap: list[str] = []
        while j >= 0 and toks[j].low in ATTRIBUTE_GAP and scan.mention_at(q, j) is None:
            gap.append(toks[j].low)
            j -= 1
        if not any(w in ("of", "for") for w in gap):
            continue
        words: list[str] = []
        while j >= 0 and _unread(q, j):
            words.insert(0, toks[j].orig)
            j -= 1
        if words:
            return " ".join(words)
    return ""


def _unread(q: Reading, i: int) -> bool:
    """A content word no rule read and nothing links to (a word of the question's own framing is not one)."""
    low = q.toks[i].low
    return (
        i not in q.used
        and low not in LATER_RULE_WORDS  # a word a later rule reads ("percentage of orders")
        and scan.mention_at(q, i) is None
        and low.isalpha()
        and low not in STOP
        and low not in UNREPORTED_WORDS
        and low not in IGNORABLE_WORDS
    )
