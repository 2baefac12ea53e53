"""Follow-up questions that refine the previous query."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from ..dates import find_bucket
from ..draft import Draft
from ..patterns import (
    AGG_WORDS,
    CONVERSATION_FILLER,
    COUNT_WORDS,
    DIRECTION_WORDS,
    DOWNWARD_WORDS,
    FOLLOWUP_LEADS,
    FOLLOWUP_LIMIT_LEADS,
    FOLLOWUP_MARKERS,
    GROUPING_LEADS,
    MONEY_WORDS,
    ORDER_NOUN_NEIGHBOURS,
    ORDER_WORDS,
    PURE_AGG,
    REFINE_WORDS,
    REGROUP_LEADS,
    STOP,
    UPWARD_WORDS,
)
from ..result import Unanswerable
from . import date_filters, filters, grouping, ranking, scan, steps, understand

if TYPE_CHECKING:
    from ..engine import Reading

#: Select items that are the computed value of an answer.
MEASURE_KINDS = ("agg", "metric", "pct")


def is_followup(q: Reading) -> bool:
    """Whether the question refines the previous answer: it says so with a follow-up phrase, or it is
    incomplete (no measure and no subject of its own). A complete question starts fresh."""
    lows = [t.low for t in q.toks if t.low[0].isalnum()]
    if not lows:
        return False
    if says_followup(lows):
        return not asks_about_another_subject(q, lows)
    return not (own_subject(q) or own_measure(q, lows))


def asks_about_another_subject(q: Reading, lows: list[str]) -> bool:
    """A complete question after a follow-up phrase, about a table the previous answer did not use ("and
    how many customers signed up in 2024?" after revenue by month): it starts fresh."""
    prev = q.previous or {}
    items = prev.get("select", []) + prev.get("group", []) + [w["item"] for w in prev.get("where", [])]
    used = {prev.get("base")} | {it.get("t") for it in items}
    others = [m for m in subject_mentions(q) if m.t not in used]
    counts = any(w in COUNT_WORDS for w in lows)
    return bool(others) and (counts or own_measure(q, lows))


def says_followup(lows: list[str]) -> bool:
    """A follow-up phrase at the start ("what about", "only", "now by"), after any conversational filler ("ok,
    and ..."), or a marker anywhere ("instead")."""
    while lows and lows[0] in CONVERSATION_FILLER:
        lows = lows[1:]
    if any(tuple(lows[: len(lead)]) == lead for lead in FOLLOWUP_LEADS):
        return True
    return any(w in FOLLOWUP_MARKERS for w in lows)


def own_subject(q: Reading) -> bool:
    """Whether the question names a table it is about."""
    return bool(subject_mentions(q))


def subject_mentions(q: Reading) -> list:
    """Tables the question is about: not one it only groups by ("by category", "per genre"), nor an
    ordering noun read as a table ("listed in reverse order")."""
    lows = [t.low for t in q.toks]
    n = len(lows)

    def ordering_noun(m) -> bool:
        near = {lows[m.start - 1] if m.start else "", lows[m.end] if m.end < n else ""}
        return m.end - m.start == 1 and lows[m.start] in ORDER_WORDS and bool(near & ORDER_NOUN_NEIGHBOURS)

    return [
        m
        for m in q.mentions
        if m.kind == "table" and not (m.start and lows[m.start - 1] in GROUPING_LEADS) and not ordering_noun(m)
    ]


def own_measure(q: Reading, lows: list[str]) -> bool:
    """Something to compute: a metric, a money word ("revenue"), or an aggregate of a column ("average
    price"). Counting words alone ("how many are there") count the previous subject."""
    if any(m.kind == "metric" for m in q.mentions):
        return True
    if any(w in MONEY_WORDS for w in lows):
        return True
    return any(w in PURE_AGG for w in lows) and any(m.kind == "column" for m in q.mentions)


def out_of_scope(q: Reading) -> bool:
    """Content words that link to nothing in the schema, beside at most some values ("the weather in
    Paris", "the capital of France"): declined whatever came before, never answered from the previous
    query with a value filter."""
    if any(m.kind in ("table", "column", "metric") for m in q.mentions):
        return False
    lows = [t.low for t in q.toks if t.low[0].isalnum()]
    if own_measure(q, lows):
        return False
    return any(w.lower() not in REFINE_WORDS for w in understand.unknown_words(q))


# ---------------------------------------------------------------- follow-ups
def followup(q: Reading) -> Draft:
    """The previous answer's draft changed by a follow-up ("only in 2024", "by region", "top 5"); a question
    that changes nothing but names tables or columns is read afresh, anything else is declined."""
    shown = ("sql", "explanation", "chart", "every")
    prev = Draft.from_state({k: v for k, v in copy.deepcopy(q.previous).items() if k not in shown})
    lows = [t.low for t in q.toks]
    _values_as_before(q, prev)
    new = Draft(base=prev.base, roles=prev.roles)  # one role store: what either draft read is read
    q.used |= date_filters.dates(q, new)
    bucket = find_bucket(lows)
    q.used |= filters.comparisons(q, new)
    q.used |= filters.text_matches(q, new)
    q.used |= filters.null_checks(q, new)
    q.used |= filters.values(q, new)
    if bucket:
        dc = date_filters.date_column(q, new, prev.base)
        if dc:
            new.group.append({"kind": "bucket", "unit": bucket[0], "t": dc[0], "c": dc[1]})
            q.used.update(range(bucket[1], bucket[2]))
    q.used |= grouping.grouping(q, new)
    swapped, took = _swap_measure(q, prev, lows)
    q.used |= took
    _regroup(q, new, lows)
    _limit(q, prev, new, lows)
    q.used |= ranking.order(q, new)
    if not swapped and not new.order:
        q.used |= _order_by_measure(q, prev, new, lows)
    _merge(prev, new, lows)
    if not (new.where or new.group or new.having or new.order or new.limit or swapped):
        return _read_afresh(q, prev, lows)
    if new.group and not new.order and prev.default_order:
        prev.order = []  # the old default order was for the old grouping
    steps.default_order(q, prev)
    return prev


def _values_as_before(q: Reading, prev: Draft) -> None:
    """Values read as the columns the previous answer filtered or grouped by, else as a column of one of its
    tables ("and Berlin?" after a filter on cities)."""
    prev_cols = [(w["item"].get("t"), w["item"].get("c")) for w in prev.where]
    prev_cols += [(g.get("t"), g.get("c")) for g in prev.group]
    prev_tables = {prev.base} | {t for t, _ in prev_cols} | {s.get("t") for s in prev.select}
    for m in list(q.mentions):
        if m.kind != "value":
            continue
        pick = next(((t, c, v) for t, c, v in m.cands if (t, c) in prev_cols), None)
        pick = pick or next(((t, c, v) for t, c, v in m.cands if t in prev_tables), None)
        if pick:
            scan.reread(q, m, t=pick[0], c=pick[1], value=pick[2])


def _regroup(q: Reading, new: Draft, lows: list[str]) -> None:
    """ "by region", "and per year?": a follow-up leading with a grouping word groups by the first table or
    column it names that no step read."""
    if not new.group and lows and lows[0] in REGROUP_LEADS or (lows and lows[0] == "by"):
        m = next((m for m in q.mentions if m.kind in ("table", "column") and not new.has_role(m)), None)
        if m is not None:
            new.give_role(m, "group")
            new.group.append(grouping.group_key(q, m))


def _limit(q: Reading, prev: Draft, new: Draft, lows: list[str]) -> None:
    """A number after a limit word ("top 5", "only 3") -> the new limit; "top" and "bottom" also order by the
    previous measure (or turn the previous order round)."""
    for m in q.mentions:
        if m.kind == "number" and not new.has_role(m):
            pv = lows[m.start - 1] if m.start else ""
            if pv in FOLLOWUP_LIMIT_LEADS or lows[0] in ("top", "limit"):
                new.limit = int(m.value)
                meas = next((s for s in prev.select if s.get("kind") in ("agg", "metric")), None)
                if pv in ("top", "bottom") and meas is not None:
                    new.order = [{"item": meas, "dir": "asc" if pv == "bottom" else "desc"}]
                elif pv == "bottom":
                    for o in prev.order:
                        o["dir"] = "asc"
                new.give_role(m, "limit")


def _merge(prev: Draft, new: Draft, lows: list[str]) -> None:
    """The follow-up's parts written over the previous draft: new filters replace old ones on the same column
    (dates replace dates), "also" widens an equality into IN, a new grouping, order or limit replaces the old."""
    touched = {(w["item"].get("t"), w["item"].get("c")) for w in new.where}
    has_date = any(w.get("date") for w in new.where)
    kept = [
        w
        for w in prev.where
        if (w["item"].get("t"), w["item"].get("c")) not in touched and not (has_date and w.get("date"))
    ]
    if lows[:1] == ["also"] or "too" in lows or lows[:2] in (["and", "also"],):
        _widen(prev, new)
    prev.where = kept + new.where
    if new.group:
        old_keys = prev.group
        prev.group = new.group
        sel = [s for s in prev.select if s not in old_keys]
        prev.select = new.group + sel
        prev.order = [o for o in prev.order if o["item"] not in old_keys]
    if new.having:
        prev.having = new.having
    if new.order:
        prev.order = new.order
    if new.limit:
        prev.limit = new.limit
        if not prev.order:
            meas = next((s for s in prev.select if s.get("kind") in ("agg", "metric")), None)
            if meas:
                prev.order = [{"item": meas, "dir": "desc"}]


def _widen(prev: Draft, new: Draft) -> None:
    """ "also Canada": a new equality on a column the previous answer filtered by equality becomes IN of both."""
    for w in new.where:
        for old in prev.where:
            if (
                (old["item"].get("t"), old["item"].get("c")) == (w["item"].get("t"), w["item"].get("c"))
                and old["op"] in ("=", "in")
                and w["op"] == "="
            ):
                vals = old["value"] if old["op"] == "in" else [old["value"]]
                w["op"], w["value"] = "in", [*vals, w["value"]]


def _read_afresh(q: Reading, prev: Draft, lows: list[str]) -> Draft:
    """A follow-up that changed nothing: a new question when it names tables or columns and is not short,
    else declined, naming the words that match nothing; the roles the follow-up's steps gave stay given."""
    if any(m.kind in ("table", "column") for m in q.mentions) and len(lows) > 3:
        q.previous = None
        return understand.understand(q, Draft(roles=prev.roles))
    unknown = [
        t.orig
        for i, t in enumerate(q.toks)
        if t.low[0].isalpha() and t.low not in STOP and scan.mention_at(q, i) is None
    ]
    msg = "I did not understand how to change the previous answer"
    if unknown:
        msg += " (unknown: " + ", ".join(f"'{w}'" for w in unknown[:5]) + ")"
    raise Unanswerable(msg + ".")


# ---------------------------------------------------------------- measure of a follow-up
def _swap_measure(q: Reading, prev: Draft, lows: list[str]) -> tuple[bool, frozenset[int]]:
    """A follow-up with a measure of its own ("what about revenue instead") or only counting words ("how
    many are there") computes that measure over the previous grouping and filters; whether it did, and the
    words it read."""
    if own_measure(q, [w for w in lows if w[0].isalnum()]):
        sub = type(q)(q.eng, q.question, None)
        try:
            sub.read_links(scan.link(sub.eng, sub.toks, follow_up=bool(sub.previous)))
            fresh = understand.understand(sub)
        except Unanswerable:
            return False, frozenset()
        measures = [s for s in fresh.select if s.get("kind") in MEASURE_KINDS]
        if not measures:
            return False, frozenset()
        took = frozenset(sub.used)
        measured = {(s.get("t"), s.get("c")) for s in measures}
        roles = {(m.start, m.end): fresh.role_of(m) for m in sub.mentions if fresh.has_role(m)}
        for m in q.mentions:
            if (m.start, m.end) in roles and (m.t, m.c) in measured:
                prev.give_role(m, roles[(m.start, m.end)])  # the measure's words are not also a grouping
        base = fresh.base
    elif any(w in COUNT_WORDS for w in lows) and not any(m.kind == "table" for m in q.mentions):
        base = prev.base
        measures = [{"kind": "agg", "fn": "count", "t": base}]
        took = frozenset(i for i, t in enumerate(q.toks) if t.low in COUNT_WORDS)
    else:
        return _swap_function(q, prev, lows)
    old = [s for s in prev.select if s.get("kind") in MEASURE_KINDS]
    keys = prev.group
    prev.select = [s for s in prev.select if s in keys] + measures
    prev.base = base
    prev.order = [
        {**o, "item": measures[0]} if o["item"] in old else o
        for o in prev.order
        if o["item"] in old or o["item"] in keys
    ]
    prev.having = []
    return True, took


def _order_by_measure(q: Reading, prev: Draft, new: Draft, lows: list[str]) -> frozenset[int]:
    """ "sorted from highest to lowest", "largest first": order the previous answer by its measure;
    the first superlative or direction word gives the direction. Returns the words read."""
    if not any(w in ORDER_WORDS or w in DIRECTION_WORDS for w in lows):
        return frozenset()
    meas = next((s for s in prev.select if s.get("kind") in MEASURE_KINDS), None)
    if meas is None:
        return frozenset()
    direction = "desc"
    for w in lows:
        if w in DOWNWARD_WORDS or AGG_WORDS.get(w) == "max":
            break
        if w in UPWARD_WORDS or AGG_WORDS.get(w) == "min":
            direction = "asc"
            break
    new.order = [{"item": meas, "dir": direction}]
    return frozenset(i for i, w in enumerate(lows) if w in ORDER_WORDS or w in AGG_WORDS or w in DIRECTION_WORDS)


def _swap_function(q: Reading, prev: Draft, lows: list[str]) -> tuple[bool, frozenset[int]]:
    """ "what about the maximum", "and the sum instead?": the same column, aggregated another way; whether it
    did, and the aggregate words read."""
    if any(m.kind in ("table", "column", "metric") for m in q.mentions):
        return False, frozenset()
    fns = [(i, AGG_WORDS[w]) for i, w in enumerate(lows) if w in PURE_AGG]
    old = next((s for s in prev.select if s.get("kind") == "agg" and s.get("c")), None)
    if not fns or old is None or old.get("fn") not in ("avg", "sum", "min", "max"):
        return False, frozenset()
    new = {**old, "fn": fns[0][1]}
    prev.select = [new if s == old else s for s in prev.select]
    prev.order = [{**o, "item": new} if o["item"] == old else o for o in prev.order]
    prev.having = [h for h in prev.having if h.get("item") != old]
    return True, frozenset(i for i, _ in fns)
