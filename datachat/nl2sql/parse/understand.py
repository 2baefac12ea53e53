"""Reading a whole question: the parse entry point, the pipeline of rules, the subject and the explanation."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from ..draft import Draft
from ..explain import explain as explain_frame
from ..frame import QueryFrame, Span
from ..interpret import LinkedQuestion, interpret
from ..patterns import (
    ADJ_COLUMNS,
    AGG_WORDS,
    COMPOSITION_WORDS,
    MONEY_WORDS,
    NUM_WORDS,
    RERENDER_FILLER,
    STOP,
    UNREPORTED_WORDS,
    WRITE_VERBS,
)
from ..result import Translation, Unanswerable
from ..rules.order_span import span_positions
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
        #: aggregate words read as a list over one column ("the fewest and the most items"): they rank nothing
        self.listed_aggregates: set[int] = set()
        self.mentions: list[Mention] = []
        self.notes: list[str] = []
        self.modifiers: set[int] = set()
        self.unranked: str | None = None  # a superlative nothing ranked by (see ``steps.ordering_kept``)

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
        unread = frozenset(i for i in range(len(self.toks)) if i not in self.used and self._unlinked(i))
        frame, consumed = interpret(self._linked(unread), frame)
        self.used |= consumed
        try:
            sql = self.pl.to_sql(frame)
        except ValueError as exc:
            raise Unanswerable(f"I could not connect the tables in that question ({exc}).") from exc
        frame = replace(frame, sql=sql, explanation=self.explain(frame))
        unused = () if follows else tuple(self._unknown_words())
        if draft.pending.unranked and not frame.order:
            # a superlative neither the parse nor a rule ranked by: declined, never dropped silently (with
            # unused words, once the engine has weighed them: it may ask about them instead)
            self.unranked = self.toks[draft.pending.unranked[0]].low
            if not unused:
                raise Unanswerable(steps.unranked_message(self.unranked))
        return Translation(
            sql=sql,
            frame=frame,
            state=frame.to_dict(),
            chart_hint=frame.chart_hint,
            explanation=frame.explanation,
            unused=unused,
            links=self.links(),
        )

    def _linked(self, unread: frozenset[int]) -> LinkedQuestion:
        """What the rules read of the question (:class:`~datachat.nl2sql.interpret.LinkedQuestion`)."""
        ms = [self.mention_at(i) for i in range(len(self.toks))]
        tables = tuple(m.t if m and m.kind == "table" else None for m in ms)
        columns = tuple((m.t, m.c) if m and m.kind == "column" else None for m in ms)
        return LinkedQuestion(tuple(t.low for t in self.toks), unread, tables, columns, self.today, self.pl)

    def _unlinked(self, i: int) -> bool:
        """Whether word ``i`` links to nothing (a number no stage gave a role counts as unlinked)."""
        m = self.mention_at(i)
        return m is None or (m.kind == "number" and not m.role)

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
            if m.role
        )

    def understand(self) -> Draft:
        """The question read into a draft by the ordered steps of :mod:`.steps`."""
        return steps.understand(self)  # type: ignore[arg-type]

    # ---------------------------------------------------------------- pieces
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
        ordering = span_positions(self._linked(frozenset()))
        for i, t in enumerate(self.toks):
            stop = t.low in STOP and not self.code_like(i)  # "ME", "IN": a code that linked to nothing
            if (
                i in self.used
                or not t.low[0].isalpha()
                or stop
                or t.low in UNREPORTED_WORDS
                or t.low in MONEY_WORDS
                or t.quoted
            ):
                continue
            if self.mention_at(i) is not None or t.low in NUM_WORDS:
                continue
            if (t.low in AGG_WORDS or t.low in ADJ_COLUMNS) and i not in ordering:  # a span's words must be placed
                continue
            out.append(t.orig)
        return out

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
    def explain(self, frame: QueryFrame) -> str:
        """One short sentence saying what the SQL computes: "Revenue by category", "Number of orders per
        month in 2025", "Top 5 products by revenue". Notes and question words that were not used follow
        in brackets, so the engine never guesses silently."""
        out = explain_frame(frame, self.pl)
        if self.notes:
            out += " (" + "; ".join(self.notes) + ")"
        unknown = self._unknown_words()
        if unknown and not self.previous:
            out += " (not used: " + ", ".join(f"'{w}'" for w in unknown[:6]) + ")"
        return out
