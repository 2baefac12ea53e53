"""Grouping keys ("per genre", "by month")."""

from __future__ import annotations

from ..draft import Draft
from ..patterns import AGENT_PARTICIPLES, BUCKET_PRECEDERS, GROUP_FILLER, ORDER_WORDS, SORT_VERBS
from ..tokens import Mention


class GroupingMixin:
    """Part of the question parser, ``engine._Parse``."""

    def _group_key(self, m: Mention) -> dict:
        if m.kind == "table":
            return {"kind": "entity", "t": m.t}
        return {"kind": "col", "t": m.t, "c": m.c}

    def _grouping(self, draft: Draft) -> None:
        lows = [t.low for t in self.toks]
        n = len(lows)
        for i, w in enumerate(lows):
            if i in self.used:
                continue
            trig = None
            if w in ("each", "every") and not self._has_agg_word() and not (i > 0 and lows[i - 1] in ("for", "in")):
                continue
            if w == "by" and not self._has_agg_word() and any(x in SORT_VERBS for x in lows[:i]):
                continue  # "sort product names by their price": an ordering, not a grouping
            if w in ("single", "one", "any") and i > 0 and lows[i - 1] in BUCKET_PRECEDERS and self._has_agg_word():
                trig = i + 1  # "the maximum number of tracks on a single album"
                m = self.next_mention(trig, kinds=("table",))
                if m is not None and not m.role:
                    m.role = "group"
                    self.used.update(range(i, m.end))
                    draft.group.append(self._group_key(m))
                continue
            if w in ("per", "each", "every") or (
                w == "by" and not (i > 0 and lows[i - 1] in (*ORDER_WORDS, "arrange"))
            ):
                trig = i + 1
            elif w in ("across", "grouped", "group") and i + 1 < n:
                trig = i + 1 if w == "across" else (i + 2 if i + 1 < n and lows[i + 1] == "by" else None)
            if trig is None:
                continue
            m = self.next_mention(
                trig,
                skip=GROUP_FILLER,
                kinds=("table", "column", "value"),
            )
            if m is None or m.role in ("filter", "cmp", "having", "bucket", "date", "like", "null"):
                continue
            if m.kind == "value":
                continue
            if w == "by" and m.kind == "table" and i > 0 and lows[i - 1] in AGENT_PARTICIPLES:
                continue
            if w == "by" and m.kind == "column" and self._numeric(m) and self._has_superlative():
                continue  # "top 5 customers by total": a measure, not a key
            if (
                w == "by"
                and self._has_superlative()
                and m.kind == "table"
                and any(x.kind == "table" and x.start < i and x.t != m.t for x in self.mentions) is False
            ):
                pass
            m.role = "group"
            self.used.update(range(i, m.end))
            draft.group.append(self._group_key(m))
