"""One short sentence saying what an understood query (a state) computes."""

from __future__ import annotations

from . import naming
from .lexicon import singular
from .sqlgen import Planner
from .tokens import _plural, _words

_OP_WORDS = {"=": "is", "!=": "is not", ">": "is over", ">=": "is at least", "<": "is under", "<=": "is at most"}
_COUNT_OPS = {">": "more than", ">=": "at least", "<": "fewer than", "<=": "at most", "=": "exactly", "!=": "not"}


class _Explainer:
    """Words for an understood query (a state), built from the schema's names."""

    def __init__(self, pl: Planner, st: dict) -> None:
        self.pl = pl
        self.st = st

    # -- names
    def table(self, t: str | None, many: bool = True) -> str:
        w = _words(t or self.st.get("base") or "rows").lower().split()
        w[-1] = _plural(singular(w[-1])) if many else singular(w[-1])
        return " ".join(w)

    def column(self, t: str | None, c: str, as_key: bool = True) -> str:
        """A column's words; a table's generic label ("name", "title") reads as the table when it is a key."""
        if as_key and t and c.lower() in naming.GENERIC and c in self.pl.label_columns(t):
            return self.table(t, many=False)
        return _words(c).lower()

    def name(self, it: dict, as_key: bool = True) -> str:
        k = it.get("kind")
        if k == "col":
            return ("referenced " if it.get("alias") else "") + self.column(it.get("t"), it["c"], as_key)
        if k == "entity":
            return self.table(it["t"], many=False)
        if k == "bucket":
            return {"dow": "day of week"}.get(it["unit"], it["unit"])
        if k == "metric":
            return it["name"]
        if k == "period":  # "revenue in 2024", "number of orders last year"
            return self.name(it["of"], as_key) + " " + self.cond(it["conds"][0])[0]
        if k == "total_share":
            return "share of " + self.name(it["of"], as_key).removeprefix("number of ")
        if k == "pct":
            conds = [self.cond(w)[0] for w in it["conds"]]
            return "percentage of " + self.table(self.st.get("base")) + " where " + _and([c for c in conds if c])
        if k == "agg":
            t, c = it.get("t"), it.get("c")
            if it["fn"] == "count":
                if not c:
                    return f"number of {self.table(t)}"
                what = self.table(t) if c.lower() in naming.GENERIC else _plural(self.column(t, c))
                return f"number of {'different ' if it.get('distinct') else ''}{what}"
            if it.get("times"):
                return "revenue"
            col = self.column(t, c)
            if it.get("expr") == "len":
                col = f"length of {col}"
            word = {"sum": "total", "avg": "average", "min": "lowest", "max": "highest"}[it["fn"]]
            return col if col.startswith(word) else f"{word} {col}"
        return "value"

    def dims(self, items: list[dict]) -> str:
        per = [self.name(g) for g in items if g.get("kind") == "bucket"]
        by = [self.name(g) for g in items if g.get("kind") != "bucket"]
        out = ""
        if by:
            out += " by " + _and(by)
        if per:
            out += " per " + _and(per)
        return out

    # -- conditions
    def cond(self, w: dict) -> tuple[str, bool]:
        """(words, is_a_date): dates read best at the end ("in 2025"), the rest after "where"."""
        op, v, it = w["op"], w.get("value"), w["item"]
        if w.get("date"):
            if op == "range":
                label = str(w.get("label") or v)
                first = label.split(" ")[0].lower()
                if first in ("last", "past", "previous") and any(ch.isdigit() for ch in label):
                    return "in the " + label, True  # "in the last 3 months"
                if first in ("last", "past", "previous"):
                    return label, True  # "last month"
                if first in ("this", "today", "yesterday", "before", "since", "after"):
                    return label, True
                return ("from " if " to " in label else "in ") + label, True
            if op == "=":
                return f"in {v}", True
            if op == "in":
                return "in " + _and([str(x) for x in v], "or"), True
            if op == "between":
                return f"from {v[0]} to {v[1]}", True
            if op in (">=", ">"):
                return f"since {v}", True
            if op in ("<", "<="):
                return f"before {v}", True
        # the subject's own label reads as "name"; another table's label reads as that table ("artist is X")
        name = self.name(it, as_key=bool(it.get("t")) and it.get("t") != self.st.get("base"))
        if op == "range":
            return f"{name} in {w.get('label') or v}", False
        if op in ("is null", "is not null"):
            return f"{name} {'is missing' if op == 'is null' else 'is present'}", False
        if op in ("in", "not in"):
            return f"{name} {'is' if op == 'in' else 'is not'} " + _and([str(x) for x in v], "or"), False
        if op in ("like", "not like"):
            return f"{name} {'matches' if op == 'like' else 'does not match'} '{v}'", False
        if op == "both":
            return f"{name} includes both {v[0]} and {v[1]}", False
        if op in ("not in sub", "in sub"):
            return f"with {'no' if op == 'not in sub' else 'some'} {self.table(v['t'])}", False
        if op == "in sql":
            return "", False
        if op.endswith(" sub"):
            return f"{name} {_OP_WORDS.get(op[:-4], op[:-4])} the average", False
        if op == "between":
            return f"{name} is between {v[0]} and {v[1]}", False
        return f"{name} {_OP_WORDS.get(op, op)} {v}", False

    def having(self, h: dict) -> str:
        it = h["item"]
        if it.get("kind") == "agg" and it.get("fn") == "count" and not it.get("c"):
            return f"with {_COUNT_OPS.get(h['op'], h['op'])} {h['value']} {self.table(it.get('t'))}"
        return f"where {self.name(it)} {_OP_WORDS.get(h['op'], h['op'])} {h['value']}"

    # -- the sentence
    def sentence(self) -> str:
        st = self.st
        group = st.get("group") or []
        select = st.get("select") or []
        order = st.get("order") or []
        limit = st.get("limit")
        nested = st.get("nested")
        keys = [s for s in select if s in group or s.get("kind") in ("entity", "bucket")]
        measures = [s for s in select if s not in keys]
        ranked = order[0]["item"] if order else None
        if nested:
            by = nested.get("by") or []
            per = [g for g in group if g not in by]
            if nested.get("name"):
                head = _words(nested["name"]).lower()
            elif nested["fn"] == "count":
                head = "number of " + (self.table(per[0].get("t")) if per else "groups")
            else:
                word = {"avg": "average", "sum": "total", "min": "lowest", "max": "highest"}[nested["fn"]]
                inner = self.name(select[-1]) if select else "value"
                head = f"{word} {inner}" + (f" per {self.name(per[0])}" if per else "")
            text = head + self.dims(by)
        elif limit and ranked is not None and (group or ranked.get("kind") == "col"):
            # a ranking: "Top 5 products by revenue", "The category with the highest revenue"
            ent = group[0] if group else None
            ent_t = (ent or {}).get("t") or st.get("base")
            many_word = self.name(ent) if ent and ent.get("kind") != "entity" else self.table(ent_t, many=False)
            down = order[0].get("dir") == "asc"
            measure = self.name(ranked)
            if limit == 1:
                if ranked.get("kind") == "agg" and ranked.get("fn") == "count" and not ranked.get("c"):
                    sup = f"the {'fewest' if down else 'most'} {self.table(ranked.get('t'))}"
                elif measure.startswith(("highest ", "lowest ")):
                    sup = f"the {('lowest ' if down else 'highest ') + measure.split(' ', 1)[1]}"
                else:
                    sup = f"the {'lowest' if down else 'highest'} {measure}"
                text = f"the {many_word} with {sup}"
            else:
                plural_ent = _plural(many_word)
                text = f"{'bottom' if down else 'top'} {limit} {plural_ent} by {measure}"
            order, limit = [], None
        elif not measures and group:
            # "customers with more than 6 invoices": the groups themselves
            text = _and([self.table(g["t"]) if g.get("kind") == "entity" else _plural(self.name(g)) for g in group])
        elif measures or keys:
            shown = measures if (measures and group) else select
            if (
                shown
                and all(s.get("kind") == "col" and s.get("t") == st.get("base") for s in shown)
                and len(shown) == len(self.pl.schema.table(st["base"]).columns)
            ):
                text = self.table(st["base"])  # every column: "Customers"
            elif shown and all(s.get("kind") in ("col", "entity") for s in shown):
                # the subject's own label reads as "name" here ("Name and price of products")
                names = [self.name(s, as_key=s.get("t") != st.get("base")) for s in shown]
                labels = [
                    s for s in shown if s.get("kind") == "entity" or (s.get("c") in self.pl.label_columns(s["t"]))
                ]
                if len(shown) == len(labels) and len({s["t"] for s in shown}) == 1:
                    text = self.table(shown[0]["t"])  # "Tracks", not "Name of tracks"
                elif len(shown) == 1 and st.get("distinct"):
                    text = _plural(names[0])
                else:
                    tabs = {s.get("t") for s in shown}
                    owner = next(iter(tabs)) if len(tabs) == 1 else None
                    text = _and(names)
                    if owner and self.table(owner, many=False) not in names:
                        text += " of " + self.table(owner)
            else:
                text = _and([self.name(s) for s in shown]) if shown else "rows"
            text += self.dims(group)
            if st.get("distinct"):
                text = "different " + text
        else:
            text = "rows"
        conds, dates = [], []
        for w in st.get("where", []):
            words, is_date = self.cond(w)
            if words:
                (dates if is_date else conds).append(words)
        for c in conds:
            if c.startswith("with "):
                text += " " + c
        conds = [c for c in conds if not c.startswith("with ")]
        if conds:
            text += " where " + _and(conds)
        for h in st.get("having", []):
            text += " " + self.having(h)
        if dates:
            text += " " + " and ".join(dates)
        if order and not st.get("default_order") and not nested:
            o = order[0]
            key = bool(o["item"].get("t")) and o["item"].get("t") != st.get("base")
            text += f", sorted by {self.name(o['item'], as_key=key)}" + (
                " (highest first)" if o.get("dir") == "desc" else " (lowest first)" if o.get("dir") == "asc" else ""
            )
        if limit:
            text += f", first {limit}"
        return text[:1].upper() + text[1:]


def _and(words: list[str], last: str = "and") -> str:
    words = [w for w in words if w]
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + f" {last} " + words[-1]
