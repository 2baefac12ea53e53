"""Joins: self references, one-to-many paths, the base table and fan-out of sums."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..draft import Draft
from ..lexicon import directed_pair, lemmas_of, split_identifier
from ..patterns import (
    END_PREPOSITIONS,
    END_VERBS,
    PLACE_WORDS,
    SELF_REFERENCE_WORDS,
    START_PREPOSITIONS,
    START_VERBS,
    SUPERIOR_NOUNS,
)
from ..sqlgen import SELF_ALIAS
from . import aggregates, scan

if TYPE_CHECKING:
    from ..engine import Reading


def one_to_many(q: Reading, a: str, b: str) -> bool:
    p = q.pl.path(a, b)
    return bool(p) and any(e[4] == "down" for e in p)


def directed_references(q: Reading, draft: Draft) -> frozenset[int]:
    """ "from Oslo to Rome" where one table refers twice to the table holding those values (a leg's origin and
    destination port, :func:`directed_pair`): the value after "from" (or before "to", "Oslo to Rome ferries")
    picks the rows by the reference named for a start, the value after "to" by the one named for an end, each
    through its own reference, instead of both values on whichever reference a join would follow."""
    took: set[int] = set()
    for w in list(draft.where):
        item = w["item"]
        if w.get("op") not in ("=", "in") or item.get("kind") != "col" or item.get("alias"):
            continue
        if item["t"] == draft.base:
            continue  # "the airport of the city next to Oslo": the values' own rows are asked about
        pair = directed_pair(q.schema, item["t"])
        vals = w["value"] if w["op"] == "in" else [w["value"]]
        if pair is None or len(vals) > 2:
            continue
        placed = [_direction(q, item, v) for v in vals]
        ends = [end for end, _ in placed if end is not None]
        if len(ends) != len(vals) or len(set(ends)) != len(ends):
            continue  # a value with no direction, or two values at one end: not a journey
        conds = [
            {
                "item": {"kind": "col", "t": pair[end].table, "c": pair[end].column},
                "op": "in sub",
                "value": {"t": item["t"], "c": pair[end].ref_column, "where": [{"item": item, "op": "=", "value": v}]},
            }
            for v, (end, _) in zip(vals, placed, strict=True)
        ]
        k = draft.where.index(w)
        draft.where[k : k + 1] = conds
        took |= {i for _, i in placed if i is not None}
        for x in q.mentions:  # "from the port of Oslo": the table word names where the value is, no join
            if x.kind == "table" and x.t == item["t"] and not draft.has_role(x) and _before_value(q, x, item):
                draft.give_role(x, "filter")
    return frozenset(took)


def _direction(q: Reading, item: dict, value) -> tuple[int | None, int | None]:
    """The end of a journey a value names (0 start, 1 end) and the position of the preposition that says so:
    "from" or "to" right before it (past the words naming its table or column: "from the city of Oslo"), or
    "to" right after it with a value of the same column next ("Oslo to Rome")."""
    m = next(
        (x for x in q.mentions if x.kind == "value" and (x.t, x.c) == (item["t"], item["c"]) and x.value == value),
        None,
    )
    if m is None:
        return None, None
    lows = [t.low for t in q.toks]
    j = m.start - 1
    while j >= 0 and (lows[j] in ("the", "a", "an", "of") or _names_table(q, j, item["t"])):
        j -= 1
    if j >= 0 and lows[j] in START_PREPOSITIONS:
        return 0, j
    if j >= 0 and lows[j] in END_PREPOSITIONS:
        return 1, j
    nxt = scan.mention_at(q, m.end + 1) if m.end < len(lows) and lows[m.end] in END_PREPOSITIONS else None
    if nxt is not None and nxt.kind == "value" and (nxt.t, nxt.c) == (item["t"], item["c"]):
        return 0, m.end
    k = j
    while k >= 0 and (lows[k] in PLACE_WORDS or _names_table(q, k, item["t"])):
        k -= 1  # "arriving in Rome", "that landed at the port of Rome"
    verbs = set(lemmas_of(lows[k])) if k >= 0 else set()
    if verbs & START_VERBS or verbs & END_VERBS:  # "leaving Oslo"
        return (0 if verbs & START_VERBS else 1), None
    return None, None


def _before_value(q: Reading, x, item: dict) -> bool:
    """Whether table mention ``x`` stands right before a value of ``item``'s column ("the depot in Oslo")."""
    k = x.end
    while k < len(q.toks) and q.toks[k].low in PLACE_WORDS:
        k += 1
    m = scan.mention_at(q, k)
    return m is not None and m.kind == "value" and (m.t, m.c) == (item["t"], item["c"])


def _names_table(q: Reading, j: int, table: str) -> bool:
    m = scan.mention_at(q, j)
    return m is not None and m.kind in ("table", "column") and m.t == table


def self_reference(q: Reading, draft: Draft) -> frozenset[int]:
    """A table that refers to itself ("staff and their managers", "who is the manager of Ann Lee") -> a self
    join, and the referenced row's columns kept in ``draft.pending.self_select``."""
    took: set[int] = set()  # the words this step consumes
    selfs = [fk for fk in q.schema.foreign_keys if fk.table == fk.ref_table]
    if not selfs:
        return frozenset(took)
    for fk in selfs:
        words = set(SELF_REFERENCE_WORDS)
        words |= {w for w in split_identifier(fk.column) if w not in ("id", "to", "by")}
        hit = None
        for i, t in enumerate(q.toks):
            m = scan.mention_at(q, i)
            if (
                (m is not None and m.kind == "column" and m.t == fk.table and m.c == fk.column)
                or t.low in words
                or t.sing in words
            ):
                hit = i
                break
        if hit is None:
            continue
        m = scan.mention_at(q, hit)
        if m is not None:
            draft.give_role(m, "q")
        vals = [
            v
            for v in q.mentions
            if v.start > hit and (v.kind == "literal" or (v.kind == "value" and any(c[0] == fk.table for c in v.cands)))
        ]
        if not vals:
            continue
        draft.self_join = {"t": fk.table, "fk": fk.column, "ref": fk.ref_column}
        nxt = q.toks[hit + 1].low if hit + 1 < len(q.toks) else ""
        if q.toks[hit].sing in SUPERIOR_NOUNS and nxt in (
            "of",
            "for",
        ):
            # "who is the manager of Ann Lee": filter the staff member, show the referenced row
            for v in vals:
                cand = (
                    next(((t, c, val) for t, c, val in v.cands if t == fk.table), None) if v.kind == "value" else None
                )
                if cand is None:
                    continue
                draft.where.append({"item": {"kind": "col", "t": cand[0], "c": cand[1]}, "op": "=", "value": cand[2]})
                draft.give_role(v, "filter")
            draft.pending.self_select = [
                {"kind": "col", "t": fk.table, "c": c, "alias": SELF_ALIAS} for c in q.pl.label_columns(fk.table)
            ]
            took.update({hit, hit + 1})
            return frozenset(took)
        for v in vals:
            if v.kind == "value":
                cand = next(((t, c, val) for t, c, val in v.cands if t == fk.table), None)
                if cand is None:
                    continue
                draft.where.append(
                    {
                        "item": {"kind": "col", "t": cand[0], "c": cand[1], "alias": SELF_ALIAS},
                        "op": "=",
                        "value": cand[2],
                    }
                )
            else:
                lab = q.pl.label_columns(fk.table)[0]
                draft.where.append(
                    {
                        "item": {"kind": "col", "t": fk.table, "c": lab, "alias": SELF_ALIAS},
                        "op": "=",
                        "value": v.value,
                    }
                )
            draft.give_role(v, "filter")
        return frozenset(took)
    return frozenset(took)


def fix_fanout_sums(q: Reading, draft: Draft) -> frozenset[int]:
    """SUM over a document total joined out to its lines counts it once per line: use the lines."""
    took: set[int] = set()  # the words this step consumes
    near = {g.get("t") for g in draft.group if g.get("t")} | {
        w["item"].get("t") for w in draft.where if w["item"].get("t")
    }
    for coll in (draft.select, [o["item"] for o in draft.order]):
        for it in coll:
            if it.get("kind") != "agg" or it.get("fn") != "sum" or it.get("times"):
                continue
            bad = any(
                g != it["t"] and (q.pl.path(it["t"], g) or []) and any(e[4] == "down" for e in q.pl.path(it["t"], g))
                for g in near
            )
            if not bad or not re.search(r"total|amount|revenue|sales", it["c"], re.I):
                continue
            alt = aggregates.revenue_item(q, near)
            if alt is not None and alt["t"] != it["t"]:
                it.clear()
                it.update(alt)
    return frozenset(took)


def choose_base(q: Reading, draft: Draft) -> frozenset[int]:
    """The FROM table: the table a bare count counts, else the table an aggregate reads, else the table of the
    listed columns when the subject only filters them; otherwise the subject."""
    draft.base = _base_of(draft)
    return frozenset()


def _base_of(draft: Draft) -> str | None:
    """The table :func:`choose_base` picks (see there)."""
    for it in draft.select + [o["item"] for o in draft.order] + [h["item"] for h in draft.having]:
        if it.get("kind") == "agg" and it.get("fn") == "count" and it.get("c") is None and it.get("t"):
            return it["t"]
    base = draft.base
    for it in draft.select:
        if it.get("kind") == "agg" and it.get("t"):
            return it["t"]
    if draft.select and all(it.get("kind") in ("col", "entity") for it in draft.select):
        ts = [it["t"] for it in draft.select if it.get("t")]
        if ts and base not in ts and not any(w["item"].get("t") == base for w in draft.where):
            return ts[0]
    return base


def link_partner(q: Reading, draft: Draft) -> frozenset[int]:
    """A link table that pairs rows of one table with rows of the same table ("twinned towns": town, partner):
    a value filtered in the column by which the link points at the table asked for only finds that row itself.
    The rows asked for are the ones on the other side of the link: the subject's key in (the partner column of
    the link rows whose first column is the value)."""
    subject = draft.base
    if not subject or not any(m.kind == "table" and m.t == subject for m in q.mentions):
        return frozenset()
    for w in draft.where:
        it = w["item"]
        if w.get("op") != "=" or it.get("kind") != "col" or it.get("alias") or it.get("t") == subject:
            continue
        link, col = it["t"], it["c"]
        fk = next(
            (f for f in q.schema.foreign_keys if (f.table, f.column, f.ref_table) == (link, col, subject)),
            None,
        )
        if fk is None or not isinstance(w.get("value"), str):
            continue
        partner = _partner_column(q, link, col, subject, fk.ref_column)
        if partner is None:
            continue
        value = w["value"]
        for m in q.mentions:
            if m.kind == "table" and m.t == link and draft.role_of(m) in (None, "entity"):
                draft.give_role(m, "filter")  # the link is read inside the sub-query, not joined
        w.clear()
        w.update(
            {
                "item": {"kind": "col", "t": subject, "c": fk.ref_column},
                "op": "in sub",
                "value": {
                    "t": link,
                    "c": partner,
                    "where": [{"item": {"kind": "col", "t": link, "c": col}, "op": "=", "value": value}],
                },
            }
        )
    return frozenset()


def _partner_column(q: Reading, link: str, col: str, ref_table: str, ref_col: str) -> str | None:
    """The link's other column that holds the same rows' keys: a second key to ``ref_table`` or, with no
    declared keys, a text column whose values are (nearly) all values of ``ref_table.ref_col``."""
    table = q.schema.table(link)
    if table is None:
        return None
    declared = [
        f.column
        for f in q.schema.foreign_keys
        if f.table == link and f.ref_table == ref_table and f.column != col and not f.inferred
    ]
    if len(declared) == 1:
        return declared[0]
    if declared:
        return None
    keys = q.eng.values.column_values(f"{ref_table}.{ref_col}")
    if not keys:
        return None
    found = []
    for c in table.columns:
        if c.name == col or c.family != "text":
            continue
        vals = q.eng.values.column_values(f"{link}.{c.name}")
        if len(vals) >= 2 and len(vals & keys) >= 0.9 * len(vals):
            found.append(c.name)
    return found[0] if len(found) == 1 else None
