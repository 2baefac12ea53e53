"""Superlatives and ordering ("the most", "top 5", "sorted by")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..draft import Draft, Ranked
from ..lexicon import inflected_verb, split_identifier
from ..patterns import (
    ADJ_COLUMNS,
    AGE_ADJECTIVES,
    AGE_DATE_WORDS,
    AGG_WORDS,
    ARGMAX_LEADS,
    ASKER_PREPOSITIONS,
    ASKER_PRONOUNS,
    BE_FORMS,
    CLAUSE_OPENERS,
    COUNT_RANK_WORDS,
    DATE_NAME_WORDS,
    DISTINCT_WORDS,
    DO_FORMS,
    EVENT_RANK_GAP,
    EXTREME_WORDS,
    FREQUENT_FILLER,
    FREQUENT_WORDS,
    HIGH_END_WORDS,
    HOLDING_PREPOSITIONS,
    LABEL_WORDS,
    LEVEL_COLUMN_WORDS,
    LOW_END_WORDS,
    LOW_SUPERLATIVES,
    MONEY_RANK_LEADS,
    MONEY_SOURCE_WORDS,
    MONEY_WORDS,
    MOST_LEAST,
    MOST_OR_LEAST,
    ORDER_BACK_FILLER,
    ORDER_BY_NEXT,
    ORDER_DEGREE,
    ORDER_FIRST_FILLER,
    ORDER_NOUNS,
    ORDER_PHRASE_FILLER,
    ORDER_WORDS,
    RANGE_END_WORDS,
    RANKING_WORDS,
    REVERSE_ALPHABET_WORDS,
    SORT_COMMANDS,
    SPEND_VERBS,
    STOP,
    SUM_WORDS,
    SUPERLATIVE_FILLER,
    SUPERLATIVE_WORDS,
    WH_DETERMINERS,
    WHICH_WHO,
)
from ..schema import DATE_FAMILIES
from ..tokens import Mention
from . import aggregates, date_filters, filters, grouping, joins, quantities, scan, understand

if TYPE_CHECKING:
    from ..engine import Reading


#: Roles of mentions another step has read (a filter, a grouping, a date...): never what a superlative ranks by.
READ_ROLES = frozenset({"filter", "cmp", "group", "having", "limit", "date", "bucket", "like", "null"})


def has_superlative(q: Reading, draft: Draft) -> bool:
    return any(t.low in RANKING_WORDS or (t.low in ADJ_COLUMNS) for t in q.toks) or any(
        draft.role_of(m) == "limit" for m in q.mentions
    )


def argmax_context(q: Reading, j: int) -> bool:
    """Whether the superlative at ``j`` ranks the rows asked about: a lead word before it ("the customer with the
    most orders", ``ARGMAX_LEADS``), or the verb of a which/who/what-thing question's subject or of a relative
    clause on a thing named, its preposition between ("which conductor led the largest number of orchestras",
    "spoken in the most countries", "the shop that is hiring the largest number of employees"), never a form of
    "be" ("which is the largest number")."""
    k = j - 1
    while k >= 0 and q.toks[k].low in ("the", "a", "an"):
        k -= 1
    if k < 0:
        return False
    w = q.toks[k].low
    if w in ARGMAX_LEADS:
        return True
    if (w in HOLDING_PREPOSITIONS or w == "for") and k > 2:
        k -= 1  # "which language is spoken in the largest number of countries": the verb before its preposition
        w = q.toks[k].low
    opener = q.toks[0].low in WHICH_WHO or (q.toks[0].low in WH_DETERMINERS and scan.mention_at(q, 1) is not None)
    r = k - 1
    while r > 0 and q.toks[r].low in BE_FORMS:
        r -= 1
    relative = r > 0 and q.toks[r].low in CLAUSE_OPENERS and scan.mention_at(q, r - 1) is not None
    return k > 1 and (opener or relative) and w not in BE_FORMS and inflected_verb(w)


def superlative(
    q: Reading,
    draft: Draft,
    subject: str,
    limit: int | None,
    limit_dir: str | None,
    aggs: list[dict],
    took: set[int],
) -> bool:  # noqa: C901
    """A superlative that ranks ("the most common country", "the first order", "the highest price"); adds the
    words it reads to ``took`` (read as used, as those of :data:`q.used`); True when it answered."""
    lows = [t.low for t in q.toks]
    for i, w in enumerate(lows):
        if _most_frequent(q, draft, subject, limit, aggs, i, w, took):
            return True
        if ((i in q.used or i in took) and w not in MOST_LEAST) or i in q.listed_aggregates:
            continue  # a word of a list of aggregates ("the fewest and the most items") ranks nothing
        if _first_or_last(q, draft, limit, aggs, i, w, took):
            return True
        ranking = _superlative_direction(q, i, w, limit, limit_dir, took)
        if ranking is None:
            continue
        at, adj, direction = ranking
        w = lows[at]  # "least populous": the adjective ranks, in the direction "least" turned
        if _rank_by_superlative(q, draft, subject, limit, aggs, at, w, adj, direction, took):
            return True
    return False


def _most_frequent(  # noqa: C901
    q: Reading, draft: Draft, subject: str, limit: int | None, aggs: list[dict], i: int, w: str, took: set[int]
) -> bool:
    """The most or least frequent value or entity ("the most common country"), ranked by a count."""
    lows = [t.low for t in q.toks]
    n = len(lows)
    ms = q.mentions
    if w in MOST_OR_LEAST and i + 1 < n and lows[i + 1] in FREQUENT_WORDS:
        m = scan.next_mention(q, i + 2, kinds=("column", "table"))
        if m is None or draft.has_role(m):
            m = scan.prev_mention(q, _past_plain_verb(q, i - 1), skip=FREQUENT_FILLER, kinds=("column", "table"))
        event = _event_before(q, draft, i)
        if event is not None:
            # "which colour is rented most often": the value before the verb, ranked by its events
            m = scan.prev_mention(q, event.start - 1, skip=FREQUENT_FILLER, kinds=("column", "table"))
            if m is None or draft.has_role(m) or m.t == event.t:
                return False
        if m is not None and not draft.group:
            draft.give_role(m, "group")
            key = grouping.group_key(q, m)
            draft.group.append(key)
            measure = {"kind": "agg", "fn": "count", "t": subject if m.kind == "column" else m.t, "c": None}
            if event is not None:
                draft.give_role(event, "measure")
                measure["t"] = event.t
            elif m.kind == "table":
                other = next((x.t for x in ms if x.kind == "table" and x.t != m.t), None)
                units = aggregates.units_column(q, m.t) if other is None else None
                if units is not None:
                    measure = {"kind": "agg", "fn": "sum", "t": units[0], "c": units[1]}  # "most popular genre"
                else:
                    child = next((e[0] for e in q.pl.adj.get(m.t, []) if e[3] == "down"), None)
                    measure["t"] = other or child or subject
            draft.order.append({"item": measure, "dir": "desc" if w == "most" else "asc"})
            draft.limit = limit or 1
            took.update({i, i + 1})
            draft.pending.ranked = Ranked(entity=m.t, measure=measure, show_measure=limit is not None and limit > 1)
            draft.pending.measures = [a for a in aggs if a != measure]
            return True
    return False


def _first_or_last(  # noqa: C901
    q: Reading, draft: Draft, limit: int | None, aggs: list[dict], i: int, w: str, took: set[int]
) -> bool:
    """The first or last entity by its own date ("the first order"), or by the date its verb names ("which
    shop opened first")."""
    if w in ("first", "last") and scan.mention_at(q, i) is None and _verb_first_or_last(q, draft, limit, aggs, i, w):
        took.add(i)
        return True
    if w in ("first", "last") and scan.mention_at(q, i) is None:
        tm = scan.mention_at(q, i + 1)
        roles = dict(draft.roles)
        dc = date_filters.date_column(q, draft, tm.t) if tm is not None and tm.kind == "table" else None
        if dc is None or dc[0] != tm.t:
            draft.roles = roles  # a date of another table ranks nothing here: the words it named stay free
        else:
            # "when was the first order placed": the earliest by its date
            took.add(i)
            draft.give_role(tm, "entity")
            measure = {"kind": "col", "t": dc[0], "c": dc[1]}
            draft.order.append({"item": measure, "dir": "asc" if w == "first" else "desc"})
            draft.limit = limit or 1
            draft.pending.ranked = Ranked(entity=tm.t, measure=measure, show_measure=False)
            draft.pending.measures = [a for a in aggs if a != measure]
            return True
    return False


def _verb_first_or_last(q: Reading, draft: Draft, limit: int | None, aggs: list[dict], i: int, w: str) -> bool:
    """ "Which shop opened first", "which member joined last": the question ends on "first" or "last" right
    after a verb naming one date column of the table asked about; the rows ranked by that date (a weak link)."""
    n = len(q.toks)
    if i == 0 or (i + 1 < n and q.toks[i + 1].low[0].isalnum()):
        return False
    asked = scan.prev_mention(q, i - 2, skip={"the", "a", "an", *BE_FORMS}, kinds=("table",))
    if asked is None or draft.has_role(asked):
        return False
    dated = _verb_date(q, draft, i, ("asc", tuple(DATE_NAME_WORDS)), asked, asked.t)
    if dated is None or dated.start != i - 1:
        return False
    draft.give_role(asked, "entity")
    measure = {"kind": "col", "t": dated.t, "c": dated.c}
    draft.order.append({"item": measure, "dir": "asc" if w == "first" else "desc"})
    draft.limit = limit or 1
    draft.pending.ranked = Ranked(entity=asked.t, measure=measure, show_measure=False)
    draft.pending.measures = [a for a in aggs if a != measure]
    return True


def _superlative_direction(
    q: Reading, i: int, w: str, limit: int | None, limit_dir: str | None, took: set[int]
) -> tuple[int, tuple | None, str] | None:  # noqa: C901
    """Whether ``w`` ranks ("highest", "most expensive", "top 5 by") and how: (position, adjective, direction)."""
    lows = [t.low for t in q.toks]
    n = len(lows)
    adj = ADJ_COLUMNS.get(w)
    is_most = w in SUPERLATIVE_WORDS
    if not adj and not is_most and not (limit and w in ("by",)):
        return None
    if w == "by" and not (limit and i not in q.used and i not in took):
        return None
    if w == "most" and i + 1 < n and lows[i + 1] in ADJ_COLUMNS:
        return None  # "most expensive": the adjective decides
    if adj and _ordered_first(q, i + 1):
        return None  # "cheapest ones first" orders every row, never just the one at an end (``order_span``)
    if w in ("least",) and i + 1 < n and lows[i + 1] in ADJ_COLUMNS:
        adj = ADJ_COLUMNS.get(lows[i + 1])
        adj = ("asc" if adj[0] == "desc" else "desc", adj[1])
        i += 1
    direction = "desc"
    if w in LOW_SUPERLATIVES or (adj and adj[0] == "asc"):
        direction = "asc"
    if adj and lows[i] in ("most",):
        direction = "desc"
    if w == "by":
        direction = limit_dir if limit_dir in ("asc", "desc") else "desc"
    return i, adj, direction


def _ordered_first(q: Reading, j: int) -> bool:
    """Whether "first" follows at ``j``, over filler and table words ("oldest ones first", "newest books first")."""
    lows = [t.low for t in q.toks]
    while j < len(lows) and (lows[j] in ORDER_FIRST_FILLER or _table_word(q, j)):
        j += 1
    return j < len(lows) and lows[j] == "first"


def _table_word(q: Reading, j: int) -> bool:
    m = scan.mention_at(q, j)
    return m is not None and m.kind == "table"


@dataclass(frozen=True)
class _Superlative:
    """One superlative being read: the question and draft, the subject and the rows asked for ("top 5"), the
    aggregates found so far, the superlative's position and word, its direction, and the words read (``took``,
    filled in as the rules read them)."""

    q: Reading
    draft: Draft
    subject: str
    limit: int | None
    aggs: list[dict]
    i: int
    w: str
    direction: str
    took: set[int]


def _rank_by_superlative(
    q: Reading,
    draft: Draft,
    subject: str,
    limit: int | None,
    aggs: list[dict],
    i: int,
    w: str,
    adj: tuple | None,
    direction: str,
    took: set[int],
) -> bool:
    """The measure a superlative ranks by, and the entity it ranks (an aggregate or an argmax)."""
    nm, between = _superlative_target(q, draft, i)
    dated = _verb_date(q, draft, i, adj, nm, subject)
    if dated is not None:
        nm, between = dated, []
        took.add(dated.start)
    nm, between = _ranked_by_events(q, draft, i, w, nm, between, took)
    sup = _Superlative(q, draft, subject, limit, aggs, i, w, direction, took)
    if nm is None and _ranks_money_source(sup):
        return True
    if nm is None and _asks_for_amount(q, i, w):
        # "which region spends the most": the measure is the verb or column before
        k = _skip_articles_back(q, i - 1)
        pm = _numeric_column_at(q, draft, k)
        if pm is not None:
            nm = pm
            between = ["total"] if re.search(r"total|amount|revenue|sales|spend|cost|quantity", pm.c.lower()) else []
        elif _rank_by_revenue(sup, k):
            return True
    if nm is None and _rank_by_named_total(sup):
        return True
    whose = _whose_measure(q, draft, i) if nm is None else None
    if whose is not None:
        nm, between = whose, []
    found = _superlative_measure(q, draft, nm, between, subject, i, w, adj, direction)
    if found is None:
        return False
    measure, counted, subject, direction = found
    nm = counted if counted is not None else nm  # a column counted by its rows is read as its table
    # a verb's date ranks the rows that did it ("the most recently opened shop"); "the kiln whose capacity is
    # the largest" picks the kiln
    if dated is None and whose is None and not _is_argmax(q, i, w, limit, measure, nm):
        _superlative_aggregate(draft, i, measure, counted, direction, aggs, took)
        return False
    if counted is not None:
        draft.give_role(counted, "measure")
    took.add(i)
    _mark_named_measure(q, draft, i, measure)
    ent_t, ent_col = _ranked_entity(q, draft, i, subject, counted)
    measure = _measure_per_entity(q, i, measure, ent_t, ent_col, took)
    _group_by_ranked(draft, measure, ent_t, ent_col)
    _record_ranking(q, draft, i, limit, aggs, measure, direction, ent_t)
    return True


def _whose_measure(q: Reading, draft: Draft, i: int) -> Mention | None:
    """The column of "<rows> whose <column> is the <superlative>" with nothing after the superlative: a number or
    date column of the rows, said between "whose" and a form of "be" ("the kiln whose capacity is the largest")."""
    lows = [t.low for t in q.toks]
    k = _skip_articles_back(q, i - 1)
    if k < 1 or lows[k] not in BE_FORMS or (i + 1 < len(lows) and lows[i + 1][0].isalnum()):
        return None
    m = scan.mention_at(q, k - 1)
    if (
        m is None
        or m.kind != "column"
        or draft.role_of(m) in READ_ROLES
        or not (understand.numeric(q, m) or _is_date(q, m))
    ):
        return None
    j = m.start - 1
    while j >= 0 and lows[j] in SUPERLATIVE_FILLER:
        j -= 1
    return m if j >= 0 and lows[j] == "whose" else None


def _rank_by_named_total(sup: _Superlative) -> bool:
    """A superlative with no measure of its own after the one total the question names ("which kiln has the
    highest total firing cost", "which kiln's firings cost the least in total"): the entities named before it,
    each with many of the summed rows, ranked by their total. Nothing is ranked when no such entity is named
    ("what is the highest total cost" asks for a value)."""
    if sup.w not in SUPERLATIVE_WORDS or len(sup.aggs) != 1 or sup.draft.group:
        return False
    total = sup.aggs[0]
    if total.get("kind") != "agg" or total.get("fn") not in ("sum", "avg") or not total.get("c") or total.get("outer"):
        return False
    if _unread_modifier(sup.q, total, sup.took) or not _rank_entities_by_total(sup, total):
        return False
    sup.took.add(sup.i)
    sup.aggs.clear()
    return True


def _rank_entities_by_total(sup: _Superlative, total: dict) -> bool:
    """Rank the entity named before the superlative at ``i`` by ``total`` (a sum over rows of another table), each
    entity grouped with the columns asked of it ("the code of the kiln whose ...": the code alone), when each
    entity has many of the summed rows; False, and nothing written, otherwise."""
    ent_t, _ = _ranked_entity(sup.q, sup.draft, sup.i, sup.subject, None)
    if ent_t == total["t"] or not joins.one_to_many(sup.q, ent_t, total["t"]):
        return False
    _group_by_ranked(sup.draft, total, ent_t, None)
    _record_ranking(sup.q, sup.draft, sup.i, sup.limit, sup.aggs, total, sup.direction, ent_t)
    return True


def _unread_modifier(q: Reading, measure: dict, took: set[int]) -> bool:
    """Whether a word that links to nothing stands right before the words naming ``measure``'s column ("the
    highest total glaze costs" with no link for the glaze): it may say which rows are added up, so the total
    of all of them is no answer to rank by."""
    for m in q.mentions:
        if m.kind != "column" or (m.t, m.c) != (measure["t"], measure["c"]) or not m.start:
            continue
        k = m.start - 1
        w = q.toks[k].low
        if (
            w.isalpha()
            and w not in STOP
            and w not in AGG_WORDS
            and k not in q.used | took
            and not scan.mention_at(q, k)
        ):
            return True
    return False


def _ranked_by_events(
    q: Reading, draft: Draft, i: int, w: str, nm: Mention | None, between: list[str], took: set[int]
) -> tuple[Mention | None, list[str]]:
    """The event a "most"/"least" counts when a verb before it names one, else the target as found."""
    event = _event_before(q, draft, i) if w in MOST_LEAST else None
    if event is not None and nm is not None and nm.t == event.t and quantities.counted_quantity(q, nm):
        # "which show sold most tickets": the tickets its sales record, not its sales
        draft.give_role(event, "measure")
        return nm, between
    if event is not None:
        # "which shop rents out the most tools": ranked by its events; the noun after is what they are of
        obj = nm if nm is not None and nm.kind == "table" and q.pl.distance(event.t, nm.t) == 1 else None
        if obj is not None and not draft.has_role(obj):
            draft.give_role(obj, "measure")
            took.update(range(i + 1, obj.end))
        nm, between = event, []
    return nm, between


def _ranks_money_source(sup: _Superlative) -> bool:
    """Ranks by the money a table's rows bring in ("earned the most from repairs"), if the question says so."""
    q, draft, i = sup.q, sup.draft, sup.i
    lows = [t.low for t in q.toks]
    n = len(lows)
    source = scan.next_mention(q, i + 2, kinds=("table",)) if i + 2 < n and lows[i + 1] in MONEY_SOURCE_WORDS else None
    if source is not None and sup.w in MOST_LEAST and source.start <= i + 3 and not draft.has_role(source):
        # "which garage earned the most from repairs": the money those rows bring in, not their count
        k = _skip_articles_back(q, i - 1)
        if (
            k >= 0
            and scan.mention_at(q, k) is None
            and lows[k] in SPEND_VERBS
            and (_rank_by_revenue(sup, k) or _rank_by_source_money(sup, k, source.t))
        ):
            draft.give_role(source, "measure")
            sup.took.update(range(i + 1, source.end))
            return True
    return False


def _rank_by_source_money(sup: _Superlative, k: int, source: str) -> bool:
    """ "Which gardener spent the most on seeds" where no revenue is defined: the money column of the rows
    named as the source (its one column naming a sum of money, "cost" or "cost_of_seed"), added up for each
    entity asked for that has many of them."""
    money = aggregates.own_money_column(sup.q, source)
    if money is None:
        return False
    total = {"kind": "agg", "fn": "sum", "t": source, "c": money}
    if not _rank_entities_by_total(sup, total):
        return False
    sup.took.update({sup.i, k})
    return True


def _skip_articles_back(q: Reading, k: int) -> int:
    """The position at or before ``k`` that is not "the"."""
    while k >= 0 and q.toks[k].low in ("the",):
        k -= 1
    return k


def _numeric_column_at(q: Reading, draft: Draft, k: int) -> Mention | None:
    """The unclaimed numeric column mentioned at ``k``, if any."""
    pm = scan.mention_at(q, k)
    if pm is not None and pm.kind == "column" and understand.numeric(q, pm) and not draft.has_role(pm):
        return pm
    return None


def _is_argmax(q: Reading, i: int, w: str, limit: int | None, measure: dict, nm: Mention | None) -> bool:
    """Whether the superlative picks the rows with the extreme value (argmax) rather than asking for the value."""
    lows = [t.low for t in q.toks]
    pure = w in EXTREME_WORDS
    argmax = argmax_context(q, i) or (limit is not None) or (lows[0] in WHICH_WHO) or w in COUNT_RANK_WORDS
    if measure["kind"] == "col" and not argmax and not pure:
        # "the longest track" (entity after the adjective) vs "the highest price" (column)
        if (
            nm is not None
            and nm.kind == "table"
            or lows[i] in ADJ_COLUMNS
            and ADJ_COLUMNS[lows[i]][1]
            and (nm is None or nm.kind != "column")
        ):
            argmax = True
        else:
            # "what is the name of the highest-priced"/"what is the highest price": aggregate
            pass
    if pure and argmax_context(q, i):
        argmax = True
    return argmax


def _superlative_aggregate(
    draft: Draft, i: int, measure: dict, counted: Mention | None, direction: str, aggs: list[dict], took: set[int]
) -> None:
    """The column's max (or min) asked for ("what is the highest price")."""
    if measure["kind"] == "col":
        if counted is not None:
            draft.give_role(counted, "agg")
        took.add(i)
        aggs.append(
            {
                "kind": "agg",
                "fn": "max" if direction == "desc" else "min",
                "t": measure["t"],
                "c": measure["c"],
            }
        )


def _mark_named_measure(q: Reading, draft: Draft, i: int, measure: dict) -> None:
    """Marks the mentions that name the measure (at the superlative, or after "by") as ranking, not asked for."""
    lows = [t.low for t in q.toks]
    here = scan.mention_at(q, i)
    same = here is not None and (here.t, here.c) == (measure.get("t"), measure.get("c"))
    if same and here.kind == "column" and draft.role_of(here) is None:
        # "the most expensive product": the adjective that names the measure ranks, it is not asked for
        draft.give_role(here, "measure")
    for m in q.mentions:
        if (
            m.kind == "column"
            and m.start > i
            and draft.role_of(m) is None
            and lows[m.start - 1] == "by"
            and (m.t, m.c) == (measure.get("t"), measure.get("c"))
        ):
            draft.give_role(m, "measure")  # "the smallest shop by floor area": the measure named after "by" ranks


def _ranked_entity(
    q: Reading, draft: Draft, i: int, subject: str, counted: Mention | None
) -> tuple[str, Mention | None]:
    """The entity being ranked (table, and column if one was asked for): what was asked before the superlative."""
    ms = q.mentions
    # the entity being ranked: what was asked for before the superlative, else the subject
    ent_t = subject
    ent_col = None
    asked = None
    for m in ms:
        if m.start >= i:
            break
        if m.kind in ("table", "column") and draft.role_of(m) in (None, "select", "entity") and m is not counted:
            asked = m
            break
    if asked is not None and asked.kind == "column" and not (asked.text in LABEL_WORDS and asked.t == subject):
        ent_col = asked
        ent_t = asked.t
    elif asked is not None and asked.kind == "table":
        ent_t = asked.t
    elif counted is not None and counted.kind == "table" and counted.t == subject:
        other = [
            m
            for m in ms
            if m.kind == "table" and m.t != counted.t and draft.role_of(m) not in ("filter", "agg", "measure")
        ]
        if other:
            ent_t = other[0].t
    return ent_t, ent_col


def _quantity_of_rows(q: Reading, i: int, measure: dict) -> bool:
    """Whether "the most"/"top" (:data:`..patterns.COUNT_RANK_WORDS`) ranks entities by a number column of their
    child rows that adds up ("the most hours", "top 3 by minutes"): a quantity, summed per entity, unless its
    name says a level of one row (:data:`..patterns.LEVEL_COLUMN_WORDS`: "price", "rating"). "Longest" or
    "biggest single" ranks by one row (MAX)."""
    table = q.schema.table(measure["t"])
    column = table.column(measure["c"]) if table is not None else None
    lows = [t.low for t in q.toks]
    ranks = lows[i] in COUNT_RANK_WORDS or (lows[i] == "by" and any(w in COUNT_RANK_WORDS for w in lows[:i]))
    if not ranks or column is None or column.primary_key:
        return False
    if column.family not in ("integer", "number") or "single" in lows:
        return False
    parts = {w.lower() for w in split_identifier(column.name)}
    return not (parts & LEVEL_COLUMN_WORDS or "id" in parts)


def _levels_said_in_plural(q: Reading, measure: dict) -> bool:
    """Whether the question names a level column of the many side in the plural ("the worst cleanliness scores",
    "the best ratings"): the entity's levels taken together, their average, not its one highest row."""
    if "single" in (t.low for t in q.toks):
        return False
    level = bool({w.lower() for w in split_identifier(measure["c"])} & LEVEL_COLUMN_WORDS)
    for m in q.mentions:
        if m.kind != "column" or (m.t, m.c) != (measure["t"], measure["c"]):
            continue
        last = q.toks[m.end - 1]
        after = q.toks[m.end] if m.end < len(q.toks) else None  # "cleanliness scores"
        if (level and last.low != last.sing) or (
            after and after.sing in LEVEL_COLUMN_WORDS and after.low != after.sing
        ):
            return True
    return False


def _measure_per_entity(q: Reading, i: int, measure: dict, ent_t: str, ent_col: Mention | None, took: set[int]) -> dict:
    """The measure as one value per ranked entity: summed over the many side, or averaged "on average"."""
    lows = [t.low for t in q.toks]
    n = len(lows)
    if measure["kind"] == "col" and measure["t"] != ent_t and joins.one_to_many(q, ent_t, measure["t"]):
        # "customer with the highest total": add up the many side per customer
        additive = re.search(
            r"total|amount|revenue|sales|quantity|qty|count|spend|cost|profit|income|units|sold",
            measure["c"].lower(),
        )
        additive = additive or _quantity_of_rows(q, i, measure)
        fn = "sum" if additive else ("avg" if _levels_said_in_plural(q, measure) else "max")
        measure = {"kind": "agg", "fn": fn, "t": measure["t"], "c": measure["c"]}
    on_average = [k for k in range(1, n) if lows[k] == "average" and lows[k - 1] == "on" and k not in q.used | took]
    if (
        measure["kind"] == "col"
        and on_average
        and ent_col is not None
        and ent_col.t == measure["t"]
        and ent_col.c != measure["c"]
    ):
        # "which category has the heaviest tools on average": each category's mean of the measure
        measure = {"kind": "agg", "fn": "avg", "t": measure["t"], "c": measure["c"]}
        took.update({on_average[0] - 1, on_average[0]})
    return measure


def _group_by_ranked(draft: Draft, measure: dict, ent_t: str, ent_col: Mention | None) -> None:
    """Groups by the ranked entity when the measure is an aggregate; else selects the column asked for."""
    if measure["kind"] in ("agg", "metric") and not draft.group:
        if ent_col is not None:
            draft.give_role(ent_col, "group")
            draft.group.append({"kind": "col", "t": ent_col.t, "c": ent_col.c})
        else:
            draft.group.append({"kind": "entity", "t": ent_t})
    elif ent_col is not None:
        draft.give_role(ent_col, "select")


def _record_ranking(
    q: Reading,
    draft: Draft,
    i: int,
    limit: int | None,
    aggs: list[dict],
    measure: dict,
    direction: str,
    ent_t: str,
) -> None:
    """Writes the order, the limit and the pending ranking (whether the measure is shown too) into the draft."""
    lows = [t.low for t in q.toks]
    n = len(lows)
    draft.order.append({"item": measure, "dir": direction})
    draft.limit = limit or 1
    # "... and how many orders it has": the count is asked for as well
    also_count = any(
        (lows[k] in ("number", "count") or (lows[k] == "many" and k and lows[k - 1] == "how"))
        and not (i - 2 <= k <= i + 3)
        and not _names_a_column(q, k)  # "give the number and name": ``contestant_number``, no count
        for k in range(n)
    )
    draft.pending.ranked = Ranked(
        entity=ent_t,
        measure=measure,
        show_measure=(limit is not None and limit > 1) or (also_count and measure.get("kind") == "agg"),
        measure_asked=also_count and measure.get("kind") == "agg",
    )
    draft.pending.measures = [
        a for a in aggs if a != measure and not (a.get("t") == measure.get("t") and a.get("c") == measure.get("c"))
    ]


def _names_a_column(q: Reading, k: int) -> bool:
    """Whether the word at ``k`` is read as (part of) a column's name."""
    m = scan.mention_at(q, k)
    return m is not None and m.kind == "column"


def _past_plain_verb(q: Reading, k: int) -> int:
    """The position before a verb that names nothing in the schema, and its particle, ending at ``k`` ("which
    nationality occurs most often", "which fault comes up most often": the thing counted is before the verb), or
    before the table named as the subject of a plain verb ("which code do documents use most often"); ``k``
    itself when there is none."""
    j = k
    if j >= 0 and q.toks[j].low in VERB_PARTICLES_BEFORE_RANK and scan.mention_at(q, j) is None:
        j -= 1
    if j >= 0 and scan.mention_at(q, j) is None and inflected_verb(q.toks[j].low) and q.toks[j].low not in STOP:
        return j - 1
    subject = scan.mention_at(q, j - 1) if j >= 1 else None
    if subject is not None and subject.kind == "table" and scan.mention_at(q, j) is None and _plain_verb(q.toks[j].low):
        j = subject.start - 1  # "which template type do documents use most often": the object before them
        while j >= 0 and q.toks[j].low in DO_FORMS and scan.mention_at(q, j) is None:
            j -= 1
        return j
    return k


def _plain_verb(word: str) -> bool:
    """Whether a word is a verb in its plain form ("use", "buy"), not a function word."""
    from lemminflect import getAllLemmas

    return word.isalpha() and word not in STOP and word in getAllLemmas(word).get("VERB", ())


def _event_before(q: Reading, draft: Draft, i: int) -> Mention | None:
    """The verb naming a table of events just before a superlative ("borrowed the most", "lends out the
    most"), when nothing else has read it."""
    lows = [t.low for t in q.toks]
    k = i - 1
    while k >= 0 and (
        lows[k] in EVENT_RANK_GAP or (k and lows[k] in ASKER_PRONOUNS and lows[k - 1] in ASKER_PREPOSITIONS)
    ):
        k -= 2 if lows[k] in ASKER_PRONOUNS else 1  # "bought from us the most": the asker adds nothing
    m = scan.mention_at(q, k) if k >= 0 else None
    if m is None or m.kind != "table" or draft.has_role(m) or not scan.event_verb(q, m):
        return None
    return m


#: particles of a verb said before "most often" ("comes up most often")
VERB_PARTICLES_BEFORE_RANK = frozenset({"up", "out", "back"})

#: how much a date column named by a verb beside a date superlative ("joined most recently") is trusted
VERB_DATE_WEIGHT = 0.8


def _verb_date(q: Reading, draft: Draft, i: int, adj: tuple | None, nm: Mention | None, subject: str) -> Mention | None:
    """ "Which member joined most recently", "the most recently hired clerk": a date superlative beside a verb
    the question does not otherwise read ranks by the date column of the ranked table that names that verb
    (opened_on, hire_date); a weak link, added to the mentions so that it is scored."""
    if adj is None or not set(adj[1]) & DATE_NAME_WORDS:
        return None
    table = nm.t if nm is not None and nm.kind == "table" else subject
    start = i - 1 if i and q.toks[i - 1].low in ORDER_DEGREE else i
    for k in (start - 1, i + 1):
        if not (0 <= k < len(q.toks)) or k in q.used:
            continue
        said = scan.mention_at(q, k)
        if said is not None:
            if said.kind == "column" and not draft.has_role(said) and said.t == table and _is_date(q, said):
                return said  # "born" read as the birth date itself
            continue
        tk = q.toks[k]
        if not (tk.low.isalpha() and tk.low.endswith("ed")):
            continue
        column = date_filters.verb_date_column(q, table, tk.low) if table else None
        if column is not None:
            cands = [(table, column, VERB_DATE_WEIGHT)]
            m = Mention("column", k, k + 1, cands, tk.low, weight=VERB_DATE_WEIGHT, t=table, c=column)
            draft.give_role(m, "order")
            q.mentions.append(m)
            q.mentions.sort(key=lambda x: x.start)
            return m
    return None


def _is_date(q: Reading, m: Mention) -> bool:
    return understand.family(q, m.t, m.c) in DATE_FAMILIES


def _superlative_target(q: Reading, draft: Draft, i: int) -> tuple[Mention | None, list[str]]:
    """The table, column or metric a superlative at ``i`` ranks by, and the words between them; a mention
    another step already read as a filter, grouping or date is no target."""
    lows = [t.low for t in q.toks]
    nm = scan.next_mention(
        q, i + 1, skip=SUPERLATIVE_FILLER, kinds=("table", "column", "metric"), skip_kinds=("value",)
    )
    between = lows[i + 1 : nm.start] if nm is not None else []
    if nm is not None and draft.role_of(nm) in READ_ROLES:
        return None, between
    return nm, between


def _asks_for_amount(q: Reading, i: int, w: str) -> bool:
    """A superlative with nothing after it ("spends the most") or before a money word ("the most revenue")."""
    lows = [t.low for t in q.toks]
    n = len(lows)
    money_after = (
        w in MONEY_RANK_LEADS and i + 1 < n and lows[i + 1] in MONEY_WORDS and scan.mention_at(q, i + 1) is None
    )
    return money_after or (w in MOST_OR_LEAST and (i + 1 >= n or not lows[i + 1][0].isalnum()))


def _rank_by_revenue(sup: _Superlative, k: int) -> bool:
    """ "Which customer spent the most", "top products by revenue": rank the entity asked for by the revenue
    the schema defines; True when it answered."""
    q, draft, i, w, limit = sup.q, sup.draft, sup.i, sup.w, sup.limit
    lows = [t.low for t in q.toks]
    n = len(lows)
    ms = q.mentions
    pm = scan.mention_at(q, k)
    money_after = (
        w in MONEY_RANK_LEADS and i + 1 < n and lows[i + 1] in MONEY_WORDS and scan.mention_at(q, i + 1) is None
    )
    if not (money_after or (pm is None and k >= 0 and lows[k] in SPEND_VERBS)):
        return False
    near = {m.t for m in ms if m.kind in ("table", "column") and m.t}
    rev = aggregates.revenue_item(q, near)
    if rev is None:
        return False
    asked = next(
        (m for m in ms if m.kind in ("table", "column") and m.start < i and draft.role_of(m) in (None, "entity")),
        None,
    )
    ent_t = asked.t if asked is not None else sup.subject
    if asked is not None and asked.kind == "column":
        draft.give_role(asked, "group")
        draft.group.append({"kind": "col", "t": asked.t, "c": asked.c})
    else:
        draft.group.append({"kind": "entity", "t": ent_t})
    sup.took.update({i, k})
    draft.order.append({"item": rev, "dir": sup.direction})
    draft.limit = limit or 1
    draft.pending.ranked = Ranked(entity=ent_t, measure=rev, show_measure=True)
    draft.pending.measures = [a for a in sup.aggs if a != rev]
    return True


def _superlative_measure(
    q: Reading,
    draft: Draft,
    nm: Mention | None,
    between: list[str],
    subject: str,
    i: int,
    w: str,
    adj: tuple | None,
    direction: str,
) -> tuple[dict, Mention | None, str, str] | None:  # noqa: C901
    """What a superlative ranks by: a count of a table, a metric, a column (summed, averaged or counted as
    the words between say) or the column an adjective implies ("oldest" -> a birth date). Returns (measure,
    the mention counted, the subject, the direction), or None when there is nothing to rank by."""
    lows = [t.low for t in q.toks]
    ms = q.mentions
    qty = quantities.counted_quantity(q, nm) if nm is not None and w in MOST_LEAST else None
    if qty is not None and not DISTINCT_WORDS & set(between):
        # "the show that sold most tickets": the tickets its sales record, added up
        return {"kind": "agg", "fn": "sum", "t": qty[0], "c": qty[1]}, nm, subject, direction
    if (
        nm is not None
        and nm.kind == "column"
        and w in ("most", "fewest")
        and not understand.numeric(q, nm)
        and understand.family(q, nm.t, nm.c) not in DATE_FAMILIES
    ):
        # "which department uses the most suppliers": count the rows that carry them
        nm = Mention("table", nm.start, nm.end, [(nm.t, None, 1.0)], nm.text, t=nm.t)
    if (
        nm is not None
        and nm.kind == "table"
        and w in MOST_LEAST
        or (nm is not None and nm.kind == "table" and ("number" in between or "count" in between))
    ):
        measure = {"kind": "agg", "fn": "count", "t": nm.t, "c": None}
        if "different" in between or "distinct" in between or "unique" in between:
            lab = q.pl.label_columns(nm.t)
            measure = {"kind": "agg", "fn": "count", "t": nm.t, "c": lab[0], "distinct": True}
        else:
            quantities.note_rival(q, nm)
        counted = nm
    elif nm is not None and nm.kind == "metric":
        measure = {"kind": "metric", "name": nm.t}
        counted = nm
    elif (
        nm is not None
        and nm.kind == "column"
        and (
            understand.numeric(q, nm)
            or understand.family(q, nm.t, nm.c) in DATE_FAMILIES
            or nm.c.lower() in ("year",)
        )
    ):
        fn = None
        for bw in between:
            if bw in SUM_WORDS:
                fn = "sum"
            elif bw in ("average", "avg", "mean"):
                fn = "avg"
            elif bw in ("number", "count"):
                fn = "count"
        measure = {"kind": "agg", "fn": fn, "t": nm.t, "c": nm.c} if fn else {"kind": "col", "t": nm.t, "c": nm.c}
        counted = nm
        if lows[i] in AGE_ADJECTIVES and understand.ages_by_date(q, nm.t, nm.c):
            direction = "asc" if direction == "desc" else "desc"  # "the youngest ... born": the latest birth date
    elif adj is not None:
        target_t = nm.t if nm is not None and nm.kind == "table" else subject
        ic = filters.implied_column(q, lows[i], target_t) if lows[i] in ADJ_COLUMNS else None
        if ic is None and adj[1]:
            ic = filters.implied_column(q, lows[i], subject)
        own = None
        if lows[i] in AGE_ADJECTIVES and nm is not None and nm.kind == "table" and (ic is None or ic[0] != nm.t):
            # "our oldest book": the age of the noun the adjective precedes, from its own date (the earliest
            # published), not an age column of a joined table (an author's birth year)
            own = date_filters.own_time_column(q, draft, nm.t)
            ic = own or ic
        if ic is None or (ic[0] != target_t and q.pl.fans_out(target_t, ic[0])):
            return None  # "the most expensive house" is no sum of its repairs' costs: nothing of its own ranks
        if lows[i] in AGE_ADJECTIVES and (own or any(k in ic[1].lower() for k in AGE_DATE_WORDS)):
            direction = "asc" if direction == "desc" else "desc"
        measure = {"kind": "col", "t": ic[0], "c": ic[1]}
        counted = None
        if nm is not None and nm.kind == "table":
            draft.give_role(nm, draft.role_of(nm) or "entity")
            subject = nm.t if not any(m.kind == "table" and m.start < i for m in ms) else subject
    else:
        return None
    return measure, counted, subject, direction


def _sort_key_after(q: Reading, verb: str, m: Mention | None) -> Mention | None:
    """What "by" names after the object of an imperative sort verb ("sort the names by their age": the age),
    or None when the verb is not followed by an object and then "by"."""
    if m is None or verb not in SORT_COMMANDS or m.kind not in ("column", "table"):
        return None
    if m.end >= len(q.toks) or q.toks[m.end].low != "by":
        return None
    k = m.end + 1
    while k < len(q.toks) and q.toks[k].low in ORDER_PHRASE_FILLER:
        k += 1
    key = scan.mention_at(q, k)
    return key if key is not None and key.kind in ("column", "metric") and key.start == k else None


def order(q: Reading, draft: Draft) -> frozenset[int]:
    """An order asked in words ("sorted by price", "alphabetically", "from highest to lowest"); a direction
    with nothing to order by yet waits in ``draft.pending.order_direction``."""
    took: set[int] = set()  # the words this step consumes
    lows = [t.low for t in q.toks]
    n = len(lows)
    for i, w in enumerate(lows):
        if not _is_order_word(q, i, w):
            continue
        j = i + 1
        while j < n and lows[j] in ORDER_PHRASE_FILLER:
            j += 1
        m = scan.next_mention(q, j, kinds=("column", "table", "metric"))
        start = i
        key = _sort_key_after(q, w, m)
        if key is not None:
            # "sort the names by age": the verb's object is shown, what follows "by" is the order
            took.update([i, *range(m.end, key.start)])
            if draft.role_of(m) is None:
                draft.give_role(m, "select")
            m, start = key, key.start
        window = lows[max(0, i - 3) : min(n, (m.end if m else j) + 4)]
        direction = _window_direction(window)
        turned: list[int] = []
        if w.startswith("alphabetic"):
            # the alphabet has its own reverse ("reverse alphabetical", "descending alphabetical order")
            turned = [k for k in range(max(0, i - 2), min(n, j + 1)) if lows[k] in REVERSE_ALPHABET_WORDS]
            direction = "desc" if turned else "asc"
        before = m is None
        if m is None:
            m = scan.prev_mention(
                q,
                i - 1,
                skip=ORDER_BACK_FILLER | REVERSE_ALPHABET_WORDS,
                kinds=("column",),
            )
            if m is not None:
                took.update(range(i, j))  # "names in alphabetical order": the order words after the column
        if m is None:
            _order_by_label(q, draft, i, j, w, direction, turned, took)
            continue
        _order_by_mention(q, draft, m, start, before, direction, turned, took)
        return frozenset(took)
    _order_from_to(q, draft, took)
    return frozenset(took)


def _is_order_word(q: Reading, i: int, w: str) -> bool:
    """Whether word ``i`` asks for an order here ("sorted", "alphabetically"), not a noun ("order date")."""
    lows = [t.low for t in q.toks]
    n = len(lows)
    if w not in (
        *ORDER_WORDS,
        "descending",
        "ascending",
        "alphabetical",
        "alphabetically",
        "decreasing",
        "increasing",
    ):
        return False
    if w in ("rank", "order") and not (i + 1 < n and lows[i + 1] in ORDER_BY_NEXT):
        return False  # "money rank", "order date": a noun
    return not (scan.mention_at(q, i) is not None and w in ORDER_NOUNS)


def _window_direction(window: list[str]) -> str:
    """The direction the words around an order say ("descending", "from highest to lowest"), else ascending."""
    direction = "asc"
    if any(
        x in window
        for x in (
            "descending",
            "desc",
            "decreasing",
            "reverse",
            "highest",
            "largest",
            "biggest",
            "most",
            "newest",
            "latest",
            "oldest",
        )
    ) or ("high" in window and "low" in window and window.index("high") < window.index("low")):
        direction = "desc"
    if "oldest" in window and "youngest" in window and window.index("oldest") > window.index("youngest"):
        direction = "asc"
    if "from" in window and "to" in window:
        first = (
            window[window.index("from") + 1 : window.index("to")] if window.index("from") < window.index("to") else []
        )
        if any(x in HIGH_END_WORDS for x in first):
            direction = "desc"
        elif any(x in LOW_END_WORDS for x in first):
            direction = "asc"
    return direction


def _order_by_label(
    q: Reading, draft: Draft, i: int, j: int, w: str, direction: str, turned: list[int], took: set[int]
) -> None:
    """An order naming no column: "alphabetically" orders by the groups' or the rows' names."""
    if w.startswith("alphabetic") or draft.order or not draft.pending.measures:
        lab_t = next((x.t for x in q.mentions if x.kind == "table"), draft.base)
        key = next((g for g in draft.group if g.get("kind") in ("col", "entity")), None)
        if w.startswith("alphabetic") and key is not None:
            # "customers by country, sorted alphabetically": the groups' names, not a hidden column
            item = key if key["kind"] == "col" else {"kind": "col", "t": key["t"], "c": q.pl.label_columns(key["t"])[0]}
            draft.order.append({"item": item, "dir": direction})
            took.update([*range(i, j), *turned])
        elif w.startswith("alphabetic") and lab_t:
            draft.order.append(
                {"item": {"kind": "col", "t": lab_t, "c": q.pl.label_columns(lab_t)[0]}, "dir": direction}
            )
            took.update([*range(i, j), *turned])


def _order_by_mention(
    q: Reading,
    draft: Draft,
    m: Mention,
    start: int,
    before: bool,
    direction: str,
    turned: list[int],
    took: set[int],
) -> None:
    """Orders by the column, table (its name) or metric the order words name, before or after them."""
    lows = [t.low for t in q.toks]
    n = len(lows)
    took.update([*range(start, m.end), *turned])
    k = m.end
    while not before and k < n and lows[k] in ORDER_PHRASE_FILLER | REVERSE_ALPHABET_WORDS:
        k += 1
    if not before and k > m.end and lows[k - 1] in ("order", "alphabetically", "descending", "ascending"):
        took.update(range(m.end, k))  # "by name in reverse alphabetical order": one ordering
    if m.kind == "table":
        item = {"kind": "col", "t": m.t, "c": q.pl.label_columns(m.t)[0]}
    elif m.kind == "metric":
        item = {"kind": "metric", "name": m.t}
    else:
        fn = filters.agg_before(q, m.start)
        item = {"kind": "agg", "fn": fn, "t": m.t, "c": m.c} if fn else {"kind": "col", "t": m.t, "c": m.c}
    if draft.role_of(m) in (None, "select") and not before:
        draft.give_role(m, "order")  # a column named before the order words was asked for too ("names, sorted")
    draft.order.append({"item": item, "dir": direction})


def _order_from_to(q: Reading, draft: Draft, took: set[int]) -> None:
    """An order from one end to the other ("from the newest to the oldest"): by the adjective's column."""
    lows = [t.low for t in q.toks]
    fi = scan.has_seq(q, "from")
    if fi >= 0 and not draft.order:
        rest = lows[fi + 1 : fi + 6]
        if "to" in rest:
            a = [x for x in rest if x in ADJ_COLUMNS or x in RANGE_END_WORDS]
            if a:
                word = a[0]
                direction = {"high": "desc", "low": "asc", "most": "desc", "least": "asc"}.get(word) or ADJ_COLUMNS[
                    word
                ][0]
                col = None
                pm = next((m for m in q.mentions if m.kind == "column" and understand.numeric(q, m)), None)
                if word in ADJ_COLUMNS and ADJ_COLUMNS[word][1]:
                    ic = filters.implied_column(q, word, draft.base)
                    if ic:
                        col = ic
                        if word in AGE_ADJECTIVES and any(k in ic[1].lower() for k in AGE_DATE_WORDS):
                            direction = "asc" if direction == "desc" else "desc"
                if col is None and pm is not None:
                    col = (pm.t, pm.c)
                if col is None:
                    draft.pending.order_direction = direction  # applied to the computed value once it is known
                if col:
                    draft.order.append({"item": {"kind": "col", "t": col[0], "c": col[1]}, "dir": direction})
                    took.update(range(fi, fi + 6))
