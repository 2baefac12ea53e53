"""One short sentence saying what an understood query computes, read from its typed :class:`QueryFrame`.

A pure stage: :func:`explain` reads only the frame and the planner's schema names, never the question.

    >>> _and(["revenue", "cost", "margin"])
    'revenue, cost and margin'
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from . import naming
from .frame import Field, Filter, QueryFrame, SubQuery
from .lexicon import singular
from .schema import DATE_FAMILIES
from .sqlgen import Planner
from .tokens import _plural, _words

__all__ = ["explain"]

_OP_WORDS = {"=": "is", "!=": "is not", ">": "is over", ">=": "is at least", "<": "is under", "<=": "is at most"}
_DATE_OP_WORDS = {">": "is after", ">=": "is not before", "<": "is before", "<=": "is not after"}
_COUNT_OPS = {">": "more than", ">=": "at least", "<": "fewer than", "<=": "at most", "=": "exactly", "!=": "not"}
_AGG_WORDS = {"sum": "total", "avg": "average", "min": "lowest", "max": "highest"}
_BUCKET_WORDS = {"dow": "day of week"}


#: How a compared aggregate reads ("price is over the average").
_SUB_WORDS = {"avg": "average", "max": "highest", "min": "lowest"}


def explain(frame: QueryFrame, planner: Planner, *, shown: bool = False) -> str:
    """The sentence for ``frame``: "Revenue by category", "Number of orders per month in 2025", "Top 5 products
    by revenue". Names come from the planner's schema (a table's label columns, its column count).

    Args:
        frame: the understood query.
        planner: the planner of the frame's schema.
        shown: name the columns a ranking of one row shows besides its label ("Name and price of the product
            with the highest rating", not "The product with the highest rating"): the sentence is then a
            question that asks for every column, as a clarification's option must be.

    Returns:
        One sentence starting with a capital letter, no final full stop.
    """
    return _Explainer(planner, frame, shown=shown).sentence()


class _Explainer:
    """Words for one frame, built from the schema's names."""

    def __init__(self, pl: Planner, frame: QueryFrame, shown: bool = False) -> None:
        self.pl = pl
        self.frame = frame
        self.shown = shown

    # -- names
    def table(self, t: str | None, many: bool = True) -> str:
        w = _words(t or self.frame.base or "rows").lower().split()
        w[-1] = _plural(singular(w[-1])) if many else singular(w[-1])
        return " ".join(w)

    def column(self, t: str | None, c: str, as_key: bool = True) -> str:
        """A column's words; a table's generic label ("name", "title") reads as the table when it is a key."""
        if as_key and t and c.lower() in naming.GENERIC and c in self.pl.label_columns(t):
            return self.table(t, many=False)
        return _words(c).lower()

    def name(self, f: Field, as_key: bool = True) -> str:
        k = f.kind
        if k == "column":
            unit, colon, start = (f.expr or "").partition(":")
            if colon and start:  # the time between two dates: "days from booked date to left date"
                return f"{unit} from {self.column(f.table, start)} to {self.column(f.table, f.column)}"
            return ("referenced " if f.alias else "") + self.column(f.table, f.column, as_key)
        if k == "entity":
            return self.table(f.table, many=False)
        if k == "bucket":
            return _BUCKET_WORDS.get(f.unit, f.unit)
        if k == "metric":
            return f.name
        if k == "in_period":  # "revenue in 2024", "number of orders last year"
            return self.name(f.of, as_key) + " " + self.cond(f.conds[0])[0]
        if k == "share_of_total":
            return "share of " + self.name(f.of, as_key).removeprefix("number of ")
        if k == "share":  # "percentage of orders where status is R", "percentage of total amount where ..."
            conds = [self.cond(c)[0] for c in f.conds]
            whole = self.name(f.of, as_key) if f.of is not None else self.table(f.table or self.frame.base)
            return "percentage of " + whole + " where " + _and([c for c in conds if c])
        if k == "aggregate":
            t, c = f.table, f.column
            if f.fn == "count":
                if not c:
                    return f"number of {self.table(t)}"
                what = self.table(t) if c.lower() in naming.GENERIC else _plural(self.column(t, c))
                return f"number of {'different ' if f.distinct else ''}{what}"
            if f.times:
                return "revenue"
            col = self.column(t, c)
            unit, colon, start = (f.expr or "").partition(":")
            if unit == "in" and start:  # "in hours": the column read in the asked unit
                col = f"{col} in {start}s"
            elif colon and start:  # the time between two dates: "days from request date to completion date"
                col = f"{unit} from {self.column(t, start)} to {col}"
            if f.expr == "len":
                col = f"length of {col}"
            word = _AGG_WORDS[f.fn]
            return col if col.startswith(word) else f"{word} {col}"
        return "value"

    def dims(self, fields: tuple[Field, ...]) -> str:
        per = [self.name(g) for g in fields if g.kind == "bucket"]
        by = [self.name(g) for g in fields if g.kind != "bucket"]
        out = ""
        if by:
            out += " by " + _and(by)
        if per:
            out += " per " + _and(per)
        return out

    # -- conditions
    def cond(self, w: Filter) -> tuple[str, bool]:
        """(words, is_a_date): dates read best at the end ("in 2025"), the rest after "where"."""
        op, v, f = w.op, w.value, w.field
        if op == "both" and f.table and f.table != self.frame.base:
            # a related table's column: a related row with each value ("stores with sales in 2020 and in 2021")
            if w.period:
                return f"with {self.table(f.table)} in both {_shown(v[0])} and {_shown(v[1])}", False
            name = self.name(f)
            return (
                f"with {self.table(f.table)} whose {name} is {_shown(v[0])} and ones whose {name} is {_shown(v[1])}",
                (False),
            )
        if op == "any":  # "8 cylinders or built before 1980": each condition as it reads alone, a date by its column
            parts = [self.cond(c) for c in v]
            words = [f"{self.name(c.field)} {p}" if is_date else p for c, (p, is_date) in zip(v, parts, strict=True)]
            return " or ".join(words), False
        if op == "either":  # "built after 2020 or before 2010": each alternative as it reads alone
            parts = [self.cond(replace(w, op=o, value=x, label=None)) if o != "range" else _open_range(x) for o, x in v]
            return " or ".join(p for p, _ in parts), parts[0][1]
        inner = v.where[0] if op == "not in sub" and v.where and v.table == f.table else None
        if inner is not None and len(v.where) == 1 and inner.op == "in sub":
            # a value none of whose rows has a related row: "continents with no cities in any of their countries"
            return f"with no {self.table(inner.value.table)} in any of their {self.table(v.table)}", False
        if op in ("not in sub", "in sub") and v.where:
            # "stores with no sales in 2020": the related rows' own filters say which ones
            parts = [self.cond(c) for c in v.where]
            text = f"with {'no' if op == 'not in sub' else 'some'} {self.table(v.where[0].field.table)}"
            others = [p for p, is_date in parts if p and not is_date and not p.startswith("with ")]
            if others:
                text += " whose " + _and(others)
            text += "".join(" " + p for p, is_date in parts if p and not is_date and p.startswith("with "))
            return text + "".join(" " + p for p, is_date in parts if p and is_date), False
        if w.period:
            if op == "range":
                label = str(w.label or _shown(v))
                first = label.split(" ")[0].lower()
                if first in ("last", "past", "previous") and any(ch.isdigit() for ch in label):
                    return "in the " + label, True  # "in the last 3 months"
                if first in ("last", "past", "previous"):
                    return label, True  # "last month"
                if first in ("this", "today", "yesterday", "before", "since", "after"):
                    return label, True
                return ("from " if " to " in label else "in ") + label, True
            if op == "=":
                return f"in {_shown(v)}", True
            if op == "in":
                return "in " + _and([str(_shown(x)) for x in v], "or"), True
            if op == "between":
                return f"from {_shown(v[0])} to {_shown(v[1])}", True
            if op in (">=", ">"):
                return f"since {_shown(v)}", True
            if op in ("<", "<="):
                return f"before {_shown(v)}", True
        # the subject's own label reads as "name"; another table's label reads as that table ("artist is X")
        name = self.name(f, as_key=bool(f.table) and f.table != self.frame.base)
        if op == "range":
            return f"{name} in {w.label or _shown(v)}", False
        if op in ("is null", "is not null"):
            return f"{name} {'is missing' if op == 'is null' else 'is present'}", False
        if op in ("in", "not in"):
            return f"{name} {'is' if op == 'in' else 'is not'} " + _and([str(_shown(x)) for x in v], "or"), False
        if op in ("like", "not like"):
            return f"{name} {'matches' if op == 'like' else 'does not match'} '{_shown(v)}'", False
        if op == "both":
            return f"{name} includes both {_shown(v[0])} and {_shown(v[1])}", False
        if op in ("not in sub", "in sub"):
            return f"with {'no' if op == 'not in sub' else 'some'} {self.table(v.table)}", False
        if op == "in sql":
            return "", False
        if op.endswith(" col"):  # "delivered on is after due date"
            other = self.name(v, as_key=bool(v.table) and v.table != self.frame.base)
            t = self.pl.schema.table(f.table or self.frame.base or "")
            col = t.column(f.column or "") if t else None
            words = _DATE_OP_WORDS if col is not None and col.family in DATE_FAMILIES else _OP_WORDS
            return f"{name} {words.get(op[:-4], op[:-4])} {other}", False
        if op.endswith(" sub"):
            text = f"{name} {_OP_WORDS.get(op[:-4], op[:-4])} the {_SUB_WORDS.get(v.fn or 'avg', 'average')}"
            parts = [self.cond(c) for c in v.where]
            if parts:  # "price is over the lowest price of products where city is Oslo"
                text += f" {name} of {self.table(v.table)}"
                rows = [p for p, is_date in parts if p and not is_date]
                text += (" where " + _and(rows) if rows else "") + "".join(" " + p for p, d in parts if p and d)
            return text, False
        if op == "between":
            return f"{name} is between {_shown(v[0])} and {_shown(v[1])}", False
        return f"{name} {_OP_WORDS.get(op, op)} {_shown(v)}", False

    def having(self, h: Filter) -> str:
        f = h.field
        if f.kind == "aggregate" and f.fn == "count" and not f.column:
            return f"with {_COUNT_OPS.get(h.op, h.op)} {_shown(h.value)} {self.table(f.table)}"
        if h.op.endswith(" sub"):  # "average fee is over the average": the group's figure against all rows'
            return "where " + self.cond(h)[0]
        return f"where {self.name(f)} {_OP_WORDS.get(h.op, h.op)} {_shown(h.value)}"

    # -- the sentence
    def head(self) -> tuple[str, bool]:
        """The sentence before its conditions, and whether it already says the order and limit (a ranking)."""
        fr = self.frame
        group, select, order, nested = fr.group, fr.select, fr.order, fr.nesting
        keys = [s for s in select if s in group or s.kind in ("entity", "bucket")]
        measures = [s for s in select if s not in keys]
        ranked = order[0].field if order else None
        if nested:
            by = nested.by or ()
            per = [g for g in group if g not in by]
            if nested.name:
                head = _words(nested.name).lower()
            elif nested.fn == "count":
                head = "number of " + (self.table(per[0].table) if per else "groups")
            else:
                inner = self.name(select[-1]) if select else "value"
                head = f"{_AGG_WORDS[nested.fn]} {inner}" + (f" per {self.name(per[0])}" if per else "")
            return head + self.dims(by), False
        if fr.limit and ranked is not None and (group or ranked.kind == "column"):
            columns = [s for s in select if s.kind == "column" and s not in group]
            labels = set(self.pl.label_columns(fr.base)) if fr.base else set()
            if self.shown and fr.limit == 1 and not group and any(s.column not in labels for s in columns):
                # "name and price of the product with the highest rating": what the ranking shows, named
                names = _and([self.name(s, as_key=s.table != fr.base) for s in columns])
                return f"{names} of {self.ranking(ranked)}", True
            return self.ranking(ranked), True
        if not measures and group:
            # "customers with more than 6 invoices": the groups themselves
            return _and([self.table(g.table) if g.kind == "entity" else _plural(self.name(g)) for g in group]), False
        if measures or keys:
            text = self.listing(measures if (measures and group) else select)
            text += self.dims(group)
            return ("different " + text) if fr.distinct else text, False
        return "rows", False

    def ranking(self, ranked: Field) -> str:
        """A ranking: "Top 5 products by revenue", "The category with the highest revenue"."""
        fr = self.frame
        ent = fr.group[0] if fr.group else None
        ent_t = (ent.table if ent else None) or fr.base
        many_word = self.name(ent) if ent and ent.kind != "entity" else self.table(ent_t, many=False)
        down = fr.order[0].direction == "asc"
        measure = self.name(ranked)
        if fr.limit == 1:
            if ranked.kind == "aggregate" and ranked.fn == "count" and not ranked.column:
                sup = f"the {'fewest' if down else 'most'} {self.table(ranked.table)}"
            elif measure.startswith(("highest ", "lowest ")):
                sup = f"the {('lowest ' if down else 'highest ') + measure.split(' ', 1)[1]}"
            else:
                sup = f"the {'lowest' if down else 'highest'} {measure}"
            return f"the {many_word} with {sup}"
        return f"{'bottom' if down else 'top'} {fr.limit} {_plural(many_word)} by {measure}"

    def listing(self, shown: tuple[Field, ...] | list[Field]) -> str:
        """What a non-ranking query shows: "Customers", "Name and price of products", "Revenue"."""
        fr = self.frame
        if (
            shown
            and all(s.kind == "column" and s.table == fr.base for s in shown)
            and len(shown) == len(self.pl.schema.table(fr.base).columns)
        ):
            return self.table(fr.base)  # every column: "Customers"
        if shown and all(s.kind in ("column", "entity") for s in shown):
            # the subject's own label reads as "name" here ("Name and price of products")
            names = [self.name(s, as_key=s.table != fr.base) for s in shown]
            labels = [s for s in shown if s.kind == "entity" or (s.column in self.pl.label_columns(s.table))]
            if len(shown) == len(labels) and len({s.table for s in shown}) == 1:
                return self.table(shown[0].table)  # "Tracks", not "Name of tracks"
            if len(shown) == 1 and fr.distinct:
                return _plural(names[0])
            tabs = {s.table for s in shown}
            owner = next(iter(tabs)) if len(tabs) == 1 else None
            text = _and(names)
            if owner and self.table(owner, many=False) not in names:
                text += " of " + self.table(owner)
            return text
        return _and([self.name(s) for s in shown]) if shown else "rows"

    def linked_only(self) -> list[str]:
        """Tables joined below the base (a row of the base may have several) that no field reads: they only
        keep the base rows that have some of them."""
        fr = self.frame
        if not fr.joins or not fr.base or fr.group or fr.order or fr.having or fr.nesting:
            return []
        if not fr.select or any(f.kind != "aggregate" for f in fr.select):
            return []  # a total over the rows picked ("Number of clerks with some sales"), not a listing
        fields = [*fr.select, *fr.group, *(w.field for w in fr.filters), *(h.field for h in fr.having)]
        fields += [o.field for o in fr.order]
        read: set[str] = set()
        todo = list(fields)
        while todo:
            f = todo.pop()
            if f.table:
                read.add(f.table)
            todo += [w.field for w in f.conds] + ([f.of] if f.of is not None else [])
        return [t for t in dict.fromkeys(fr.joins) if t not in read and self.pl.fans_out(fr.base, t)]

    def sentence(self) -> str:
        fr = self.frame
        text, ranked = self.head()
        conds, dates = [], []
        # a comparison with a figure of other rows reads last, so its rows' conditions end the sentence: "where
        # continent is Asia and population is over the highest population of countries where continent is Africa"
        for w in sorted(fr.filters, key=lambda w: w.op.endswith(" sub")):
            words, is_date = self.cond(w)
            if words:
                (dates if is_date else conds).append(words)
        withs = [c for c in conds if c.startswith("with ")]
        conds = [c for c in conds if not c.startswith("with ")]
        if conds and any(" whose " in c or c != c.split(" in ")[0] for c in withs):
            # "Suppliers where country is Peru, with no sales whose fruit is apple": each clause its own
            text += " where " + _and(conds) + ", " + _and(withs)
            conds = []
        else:
            for c in withs:
                text += " " + c
        linked = self.linked_only()
        if linked:
            # "Average grade of students with some friends": tables joined only to pick the rows
            if self.table(fr.base) not in text.lower():
                text += " of " + self.table(fr.base)
            text += " with some " + _and([self.table(t) for t in linked])
        if conds:
            # a share's own condition reads "where"; the rows it is a share of, "among those where"
            among = any(f.kind == "share" for f in fr.select)
            text += (", among those where " if among else " where ") + _and(conds)
        for h in fr.having:
            text += " " + self.having(h)
        if dates:
            text += " " + " and ".join(dates)
        if fr.order and not ranked and not fr.order_implied and not fr.nesting:
            o = fr.order[0]
            key = bool(o.field.table) and o.field.table != fr.base
            text += f", sorted by {self.name(o.field, as_key=key)}" + (
                " (highest first)" if o.direction == "desc" else " (lowest first)" if o.direction == "asc" else ""
            )
        if fr.limit and not ranked:
            text += f", first {fr.limit}"
        return text[:1].upper() + text[1:]


def _shown(value: Any) -> Any:
    """A filter value as the stored form writes it (lists, not tuples), so the sentence reads the same."""
    if isinstance(value, SubQuery):
        return value.to_value()
    if isinstance(value, tuple):
        return [_shown(v) for v in value]
    return value


def _and(words: list[str], last: str = "and") -> str:
    words = [w for w in words if w]
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + f" {last} " + words[-1]


def _open_range(value: tuple) -> tuple[str, bool]:
    """A date range as words when no label was kept: "since 2021-01-01", "before 2010-01-01"."""
    start, end = value
    if start and end:
        return f"from {start} to {end}", True
    return (f"since {start}", True) if start else (f"before {end}", True)
