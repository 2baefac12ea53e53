"""Reading a whole question: the parse entry point, the pipeline of rules, the subject and the explanation."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..draft import Draft
from ..explain import _Explainer
from ..frame import QueryFrame, Span
from ..interpret import LinkedQuestion, interpret
from ..patterns import (
    ADJ_COLUMNS,
    AGG_WORDS,
    COMPOSITION_WORDS,
    COUNTED_SUPERLATIVES,
    LIMIT_END_WORDS,
    LIMIT_LEADS,
    LIMIT_SUPERLATIVES,
    MANAGER_NOUNS,
    MONEY_WORDS,
    NUM_WORDS,
    PAYMENT_VERBS,
    PERIOD_UNITS,
    RERENDER_FILLER,
    STOP,
    SUBJECT_FILLER,
    SUBJECT_LEADS,
    UNREPORTED_WORDS,
    WRITE_VERBS,
)
from ..result import Translation, Unanswerable
from ..tokens import Mention, _tokens
from . import steps

if TYPE_CHECKING:
    from ..engine import SemanticEngine


class UnderstandMixin:
    """Part of the question parser, ``engine._Parse``."""

    def __init__(self, eng: SemanticEngine, question: str, previous: dict | None) -> None:
        self.eng = eng
        self.schema = eng.schema
        self.pl = eng.planner
        self.question = question.strip()
        self.previous = previous
        self.today = eng.today or dt.date.today()
        self.chart: str | None = None
        self.toks = _tokens(self.question)
        self.used: set[int] = set()
        self.mentions: list[Mention] = []
        self.notes: list[str] = []
        self.modifiers: set[int] = set()

        # Keep every table that holds the same value text so the base can pick the nearest later.

    # ---------------------------------------------------------------- step 4: structure
    def run(self) -> Translation:
        first = next((t.low for t in self.toks if t.low[0].isalpha()), "")
        if first in WRITE_VERBS:
            raise Unanswerable(
                f"I can only read data, so I cannot '{first}' anything. Ask a question about the data instead."
            )
        self.extract_chart()
        unread = [t.low for i, t in enumerate(self.toks) if i not in self.used and t.low[0].isalnum()]
        if self.previous and self.chart and all(w in RERENDER_FILLER for w in unread):
            prev = QueryFrame.from_state(self.previous)
            frame = replace(prev, chart_hint=self.chart, sql=prev.sql or self.pl.to_sql(prev), spans=self.spans())
            return Translation(
                sql=frame.sql,
                frame=frame,
                state=frame.to_dict(),
                chart_hint=self.chart,
                rerender_only=True,
                explanation=frame.explanation + f" (shown as a {self.chart})",
            )
        self.scan()
        self.resolve()
        if self.previous and not self.is_followup():
            self.previous = None  # a complete question starts fresh: nothing of the previous answer is kept
        follows = bool(self.previous)
        draft = self._followup_in_scope() if follows else self.understand()
        composition = any(t.low in COMPOSITION_WORDS for t in self.toks)
        frame = QueryFrame.from_state(draft, chart_hint=self.chart, composition=composition, spans=self.spans())
        unread = frozenset(i for i in range(len(self.toks)) if i not in self.used and self.mention_at(i) is None)
        frame, consumed = interpret(LinkedQuestion(tuple(t.low for t in self.toks), unread), frame)
        self.used |= consumed
        try:
            sql = self.pl.to_sql(frame)
        except ValueError as exc:
            raise Unanswerable(f"I could not connect the tables in that question ({exc}).") from exc
        frame = replace(frame, sql=sql, explanation=self.explain(frame.to_state()))
        unused = () if follows else tuple(self._unknown_words())
        return Translation(
            sql=sql,
            frame=frame,
            state=frame.to_dict(),
            chart_hint=self.chart,
            explanation=frame.explanation,
            unused=unused,
        )

    def _followup_in_scope(self) -> Draft:
        """The previous answer refined by this follow-up; a question whose content words link to nothing beyond
        values ("the weather in Paris") is declined as out of scope, never answered with a value filter."""
        try:
            draft = self.followup()
        except Unanswerable:
            if self.previous and self.out_of_scope():
                raise Unanswerable(self._not_understood()) from None
            raise
        if self.previous and self.out_of_scope():
            raise Unanswerable(self._not_understood())
        return draft

    def spans(self) -> tuple[Span, ...]:
        """Which words of the question each part of the frame came from (the mentions given a role)."""
        return tuple(
            Span(m.role, m.start, m.end, " ".join(t.orig for t in self.toks[m.start : m.end]))
            for m in sorted(self.mentions, key=lambda m: (m.start, m.end))
            if m.role and m.role != "_"
        )

    def _limit_asked(self) -> tuple[int | None, str | None]:
        """How many rows the question asks for and from which end: "top 5", "5 most", "first ten", "the 3
        largest" -> (limit, "desc" | "asc" | "first" | "last" | None). Marks the words it used."""
        toks = self.toks
        lows = [t.low for t in toks]
        n = len(toks)
        ms = self.mentions
        # ---- limit: top 5 / 5 most / first 10
        limit = None
        limit_dir = None
        for m in ms:
            if m.kind != "number" or m.role:
                continue
            prev = lows[m.start - 1] if m.start else ""
            nxt = lows[m.end] if m.end < n else ""
            if nxt.rstrip("s") in PERIOD_UNITS:
                continue  # "the last 30 days" is a date range, not a limit
            if (
                prev in LIMIT_LEADS
                or nxt in LIMIT_SUPERLATIVES
                or (nxt in ADJ_COLUMNS)
                or (
                    prev in ("which", "what", "the", "list", "show")
                    and self.mention_at(m.end) is not None
                    and self.mention_at(m.end).kind == "table"
                    and self._has_superlative()
                )
            ):
                limit = int(m.value)
                m.role = "limit"
                self.used.add(m.start)
                if prev in ("bottom", "worst"):
                    limit_dir = "asc"
                elif prev == "top" or prev == "best":
                    limit_dir = "desc"
                elif prev in ("first",):
                    limit_dir = "first"
                elif prev == "last":
                    limit_dir = "last"
                if prev in LIMIT_LEADS:
                    self.used.add(m.start - 1)
        for i, w in enumerate(lows):
            if w in NUM_WORDS and i + 1 < n and (lows[i - 1] if i else "") in LIMIT_END_WORDS and limit is None:
                limit = NUM_WORDS[w]
                self.used.update({i, i - 1})
                limit_dir = "asc" if lows[i - 1] == "bottom" else ("desc" if lows[i - 1] == "top" else "first")
            elif (
                w in NUM_WORDS
                and i + 1 < n
                and lows[i + 1] in COUNTED_SUPERLATIVES
                and limit is None
                and w not in ("once", "single")
            ):
                limit = NUM_WORDS[w]
                self.used.add(i)

        return limit, limit_dir

    def understand(self) -> Draft:
        """The question read into a draft by the ordered steps of :mod:`.steps`."""
        return steps.understand(self)  # type: ignore[arg-type]

    # ---------------------------------------------------------------- pieces
    def _is_time(self, it: dict) -> bool:
        if it.get("kind") == "bucket":
            return True
        if it.get("kind") != "col" or not it.get("t"):
            return False
        fam = self._family(it["t"], it["c"])
        return fam in ("date", "datetime") or (
            fam in ("integer", "number", "text") and re.search(r"(^|_)year$|^year", it["c"], re.I) is not None
        )

    def _default_order(self, draft: Draft) -> None:
        """Grouped results read best ordered: time ascending, categories by the measure, largest first.

        Only when the question asked for no order of its own; nested aggregates order themselves.
        """
        if draft.order or not draft.group or draft.nested:
            return
        meas = next((s for s in draft.select if s.get("kind") in ("agg", "metric", "pct")), None)
        if meas is None:
            return
        times = [g for g in draft.group if self._is_time(g) and g in draft.select]
        if times:
            draft.order = [{"item": g, "dir": "asc"} for g in times]
        else:
            draft.order = [{"item": meas, "dir": "desc"}]
        draft.default_order = True

    def _not_understood(self) -> str:
        unknown = [
            t.orig
            for i, t in enumerate(self.toks)
            if i not in self.used and t.low[0].isalpha() and t.low not in STOP and self.mention_at(i) is None
        ]
        if unknown:
            return (
                "I did not understand "
                + ", ".join(f"'{w}'" for w in unknown[:5])
                + ": it matches no table, column or value in this data."
            )
        return "I did not understand what to compute in that question."

    def _unknown_words(self) -> list[str]:
        out = []
        for i, t in enumerate(self.toks):
            if (
                i in self.used
                or not t.low[0].isalpha()
                or t.low in STOP
                or t.low in UNREPORTED_WORDS
                or t.low in MONEY_WORDS
                or t.quoted
            ):
                continue
            if self.mention_at(i) is not None or t.low in AGG_WORDS or t.low in ADJ_COLUMNS or t.low in NUM_WORDS:
                continue
            out.append(t.orig)
        return out

    def _subject(self, base_hint: str | None) -> str:
        lows = [t.low for t in self.toks]
        ms = self.mentions
        if not any(m.kind in ("table", "column", "metric") for m in ms) and not base_hint:
            for fk in self.schema.foreign_keys:
                if (
                    fk.table == fk.ref_table
                    and any(w in MANAGER_NOUNS for w in lows)
                    and any(m.kind == "value" and any(c[0] == fk.table for c in m.cands) for m in ms)
                ):
                    return fk.table
            if any(w in MONEY_WORDS or w in PAYMENT_VERBS for w in lows):
                rev = self._revenue_item({m.t for m in ms if m.t})
                if rev is not None:
                    return rev["t"]
            unknown = self._unknown_words()
            if unknown:
                # only a value matched ("weather in Paris"): the thing asked about is not in this data
                raise Unanswerable(self._not_understood())
        tables_m = [m for m in ms if m.kind == "table"]
        for i, w in enumerate(lows):
            relative = w in ("which", "who", "what") and i > 0 and self.mention_at(i - 1) is not None
            if w in ("many", "number", "count") or (w in SUBJECT_LEADS and i <= 3 and not relative):
                nm = self.next_mention(
                    i + 1,
                    skip=SUBJECT_FILLER,
                    kinds=("table",),
                )
                if nm is not None:
                    return nm.t
        if tables_m:
            return tables_m[0].t
        if base_hint:
            return base_hint
        cols = [m for m in ms if m.kind in ("column",)]
        if cols:
            # the table that owns most mentioned columns
            counts: dict[str, int] = {}
            for m in cols:
                counts[m.t] = counts.get(m.t, 0) + 1
            return max(counts, key=lambda t: (counts[t], -cols.index(next(m for m in cols if m.t == t))))
        vals = [m for m in ms if m.kind == "value"]
        if vals:
            return vals[0].t
        mets = [m for m in ms if m.kind == "metric"]
        if mets:
            _, tabs = self.pl.metric_sql(mets[0].t, True)
            if tabs:
                return sorted(tabs)[0]
        raise Unanswerable(self._not_understood())

    def _numeric(self, m: Mention) -> bool:
        if m.kind != "column":
            return False
        col = self.schema.table(m.t).column(m.c)
        return (
            col is not None
            and col.family in ("integer", "number")
            and not col.primary_key
            and not (col.name.lower().endswith("id") and col.family == "integer")
        )

    def _family(self, t: str, c: str) -> str:
        col = self.schema.table(t).column(c)
        return col.family if col else "text"

    # ---------------------------------------------------------------- explanation
    def explain(self, draft: Draft) -> str:
        """One short sentence saying what the SQL computes: "Revenue by category", "Number of orders per
        month in 2025", "Top 5 products by revenue". Notes and question words that were not used follow
        in brackets, so the engine never guesses silently."""
        out = _Explainer(self.pl, draft).sentence()
        if self.notes:
            out += " (" + "; ".join(self.notes) + ")"
        unknown = self._unknown_words()
        if unknown and not self.previous:
            out += " (not used: " + ", ".join(f"'{w}'" for w in unknown[:6]) + ")"
        return out
