"""Joins: self references, one-to-many paths, the base table and fan-out of sums."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..draft import Draft
from ..lexicon import split_identifier
from ..patterns import SELF_REFERENCE_WORDS, SUPERIOR_NOUNS
from ..sqlgen import SELF_ALIAS

if TYPE_CHECKING:
    from ..engine import _Parse


class JoinsMixin:
    """Part of the question parser, ``engine._Parse``."""

    def _one_to_many(self, a: str, b: str) -> bool:
        p = self.pl.path(a, b)
        return bool(p) and any(e[4] == "down" for e in p)


def self_reference(q: _Parse, draft: Draft) -> frozenset[int]:
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
            m = q.mention_at(i)
            if (
                (m is not None and m.kind == "column" and m.t == fk.table and m.c == fk.column)
                or t.low in words
                or t.sing in words
            ):
                hit = i
                break
        if hit is None:
            continue
        m = q.mention_at(hit)
        if m is not None:
            m.role = "q"
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
                v.role = "filter"
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
            v.role = "filter"
        return frozenset(took)
    return frozenset(took)


def fix_fanout_sums(q: _Parse, draft: Draft) -> frozenset[int]:
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
            alt = q._revenue_item(near)
            if alt is not None and alt["t"] != it["t"]:
                it.clear()
                it.update(alt)
    return frozenset(took)


def choose_base(q: _Parse, draft: Draft) -> frozenset[int]:
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
