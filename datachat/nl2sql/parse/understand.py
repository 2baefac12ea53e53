"""Reading a whole question: the parse entry point, the pipeline of rules, the subject and the explanation."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..draft import Draft
from ..explain import explain as explain_frame
from ..frame import QueryFrame, Span
from ..interpret import LinkedQuestion, interpret
from ..lexicon import names_birth
from ..patterns import (
    ADJ_COLUMNS,
    AGG_WORDS,
    COMPOSITION_WORDS,
    MONEY_WORDS,
    NUM_WORDS,
    RERENDER_FILLER,
    STATE_PARTICLES,
    STATE_VERB_PARTICLES,
    STOP,
    UNREPORTED_WORDS,
    WRITE_VERBS,
)
from ..result import Translation, Unanswerable
from ..rules.order_span import span_positions
from ..schema import DATE_FAMILIES
from ..tokens import Mention
from . import followup, scan, steps

if TYPE_CHECKING:
    from ..engine import Reading


# ---------------------------------------------------------------- step 4: structure
def run(q: Reading) -> tuple[Translation, Draft | None]:
    """The translation of the question, and the draft it was read into (None when only the chart changed): the
    confidence stage reads the roles the draft gave the words."""
    first = next((t.low for t in q.toks if t.low[0].isalpha()), "")
    if first in WRITE_VERBS:
        raise Unanswerable(
            f"I can only read data, so I cannot '{first}' anything. Ask a question about the data instead."
        )
    q.used |= scan.extract_chart(q)
    unread = [t.low for i, t in enumerate(q.toks) if i not in q.used and t.low[0].isalnum()]
    if q.previous and q.chart and all(w in RERENDER_FILLER for w in unread):
        prev = QueryFrame.from_state(q.previous)
        frame = replace(prev, chart_hint=q.chart, sql=prev.sql or q.pl.to_sql(prev), spans=spans(q, Draft()))
        return Translation(
            sql=frame.sql,
            frame=frame,
            state=frame.to_dict(),
            chart_hint=q.chart,
            rerender_only=True,
            explanation=frame.explanation + f" (shown as a {q.chart})",
        ), None
    q.read_links(scan.link(q.eng, q.toks, frozenset(q.used), follow_up=bool(q.previous)))
    if q.previous and not followup.is_followup(q):
        q.previous = None  # a complete question starts fresh: nothing of the previous answer is kept
    follows = bool(q.previous)
    draft = _followup_in_scope(q) if follows else understand(q)
    composition = any(t.low in COMPOSITION_WORDS for t in q.toks)
    frame = QueryFrame.from_state(draft, chart_hint=q.chart, composition=composition, spans=spans(q, draft))
    unread = frozenset(i for i in range(len(q.toks)) if i not in q.used and _unlinked(q, draft, i))
    frame, consumed = interpret(_linked(q, unread, draft), frame)
    q.used |= consumed
    # a linked word a rule read otherwise ("days" of a span between two dates, not a days column) names nothing
    q.mentions = [m for m in q.mentions if m.kind == "number" or not set(range(m.start, m.end)) <= consumed]
    grouped = {g.table for g in frame.group if g.kind == "entity"}
    frame = replace(frame, every=tuple(t for t in _every_table(q) if t in grouped))
    try:
        sql = q.pl.to_sql(frame, listed=False)
    except ValueError as exc:
        raise Unanswerable(f"I could not connect the tables in that question ({exc}).") from exc
    q.checked_sql = sql  # what the doubts read: the statement as the question shaped it
    shown = q.pl.to_sql(frame)  # a plain listing in the order of its label
    frame = replace(frame, sql=shown, explanation=explain(q, frame))
    unused = () if follows else tuple(unknown_words(q))
    if draft.pending.unranked and not frame.order and draft.pending.unranked[0] not in consumed:
        # a superlative neither the parse nor a rule ranked by (nor read as an aggregate, "the longest time to
        # close"): declined, never dropped silently (with
        # unused words, once the engine has weighed them: it may ask about them instead)
        q.unranked = q.toks[draft.pending.unranked[0]].low
        if not unused:
            raise Unanswerable(steps.unranked_message(q.unranked))
    return Translation(
        sql=shown,
        frame=frame,
        state=frame.to_dict(),
        chart_hint=frame.chart_hint,
        explanation=frame.explanation,
        unused=unused,
        links=scan.links(q),
    ), draft


def _every_table(q: Reading) -> tuple[str, ...]:
    """The tables named right after a preposition and "each" or "every" ("on each plan", "in every region"):
    what each of them holds is counted, so every row of them is listed (a row holding nothing with 0)."""
    out = []
    for i in range(1, len(q.toks) - 1):
        if scan.each_of_place(q, i):
            m = scan.mention_at(q, i + 1)
            if m is not None and m.kind == "table" and m.start == i + 1 and m.t:
                out.append(m.t)
    return tuple(out)


def _linked(q: Reading, unread: frozenset[int], draft: Draft | None = None) -> LinkedQuestion:
    """What the rules read of the question (:class:`~datachat.nl2sql.interpret.LinkedQuestion`)."""
    ms = [scan.mention_at(q, i) for i in range(len(q.toks))]
    tables = tuple(m.t if m and m.kind == "table" else None for m in ms)
    columns = tuple((m.t, m.c) if m and m.kind == "column" else None for m in ms)
    filtered = tuple((m.t, m.c) if draft and m and m.t and m.c and draft.role_of(m) == "filter" else None for m in ms)
    return LinkedQuestion(
        tuple(t.low for t in q.toks), unread, tables, columns, q.today, q.pl, filtered, values=q.eng.values
    )


def _unlinked(q: Reading, draft: Draft, i: int) -> bool:
    """Whether word ``i`` links to nothing (a number no stage gave a role counts as unlinked)."""
    m = scan.mention_at(q, i)
    return m is None or (m.kind == "number" and not draft.has_role(m))


def _followup_in_scope(q: Reading) -> Draft:
    """The previous answer refined by this follow-up; a question whose content words link to nothing beyond
    values ("the weather in Paris") is declined as out of scope, never answered with a value filter."""
    try:
        draft = followup.followup(q)
    except Unanswerable:
        if q.previous and followup.out_of_scope(q):
            raise Unanswerable(not_understood(q)) from None
        raise
    if q.previous and followup.out_of_scope(q):
        raise Unanswerable(not_understood(q))
    return draft


def spans(q: Reading, draft: Draft) -> tuple[Span, ...]:
    """Which words of the question each part of the frame came from (the mentions given a role)."""
    return tuple(
        Span(draft.role_of(m), m.start, m.end, " ".join(t.orig for t in q.toks[m.start : m.end]))
        for m in sorted(q.mentions, key=lambda m: (m.start, m.end))
        if draft.has_role(m)
    )


def understand(q: Reading, draft: Draft | None = None) -> Draft:
    """The question read into a draft (a fresh one, or ``draft``) by the ordered steps of :mod:`.steps`."""
    return steps.understand(q, draft)


# ---------------------------------------------------------------- pieces
def not_understood(q: Reading) -> str:
    unknown = [
        t.orig
        for i, t in enumerate(q.toks)
        if i not in q.used and t.low[0].isalpha() and t.low not in STOP and scan.mention_at(q, i) is None
    ]
    if unknown:
        return (
            "I did not understand "
            + ", ".join(f"'{w}'" for w in unknown[:5])
            + ": it matches no table, column or value in this data."
        )
    return "I did not understand what to compute in that question."


def _measured(q: Reading, i: int) -> bool:
    """Whether word ``i`` follows a word asking for a sum or an average ("total days", "average hours"): a time
    word there names an amount to add up, which no date range or grain reads, so it must not go unreported."""
    return i > 0 and AGG_WORDS.get(q.toks[i - 1].low) in ("sum", "avg")


def unknown_words(q: Reading) -> list[str]:
    out = []
    ordering = span_positions(_linked(q, frozenset()))
    for i, t in enumerate(q.toks):
        stop = t.low in STOP and not scan.code_like(q, i)  # "ME", "IN": a code that linked to nothing
        if (
            i in q.used
            or not t.low[0].isalpha()
            or stop
            or (t.low in UNREPORTED_WORDS and not _measured(q, i))
            or (t.low in MONEY_WORDS and not _counted(q, i) and not _hyphened_compound(q, i))
            or t.quoted
        ):
            continue
        if scan.mention_at(q, i) is not None or t.low in NUM_WORDS:
            continue
        compound = _hyphened_compound(q, i)  # "paid-for": an adjective saying which rows, never a measure word
        if (t.low in AGG_WORDS or t.low in ADJ_COLUMNS) and i not in ordering and not compound:
            continue  # a span's words must be placed
        out.append(t.orig)
    return out


def _hyphened_compound(q: Reading, i: int) -> bool:
    """Whether the word at ``i`` is joined by a hyphen to a particle after it ("paid-for", "sold-out",
    "signed-off"): a compound adjective saying which rows are meant, to be read or reported, never taken for
    the measure or money word it spells on its own."""
    toks = q.toks
    return i + 2 < len(toks) and toks[i + 1].low == "-" and toks[i + 2].low in STATE_VERB_PARTICLES | STATE_PARTICLES


def _counted(q: Reading, i: int) -> bool:
    """Whether the word at ``i`` is counted ("how many sales", "10 sales"): it names rows, not an amount."""
    before = q.toks[i - 1] if i else None
    return before is not None and (before.low == "many" or before.num is not None or before.low.isdigit())


def numeric(q: Reading, m: Mention) -> bool:
    if m.kind != "column":
        return False
    col = q.schema.table(m.t).column(m.c)
    return (
        col is not None
        and col.family in ("integer", "number")
        and not col.primary_key
        and not (col.name.lower().endswith("id") and col.family == "integer")
    )


def numbers_as_text(q: Reading, t: str, c: str) -> bool:
    """Whether a text column keeps whole numbers of one length ("32", "45" for ages): its indexed values are all
    digits, each as long as the others, so they order as the numbers do."""
    values = q.eng.values.column_values(f"{t}.{c}")
    return bool(values) and all(v.isdigit() for v in values) and len({len(v) for v in values}) == 1


def family(q: Reading, t: str, c: str) -> str:
    col = q.schema.table(t).column(c)
    return col.family if col else "text"


def ages_by_date(q: Reading, t: str, c: str | None) -> bool:
    """Whether an age word ("youngest", "oldest") over this column reads it the other way round: a date (of
    birth or not: the oldest order has the earliest date) or a column named as a date of birth."""
    return c is not None and (family(q, t, c) in DATE_FAMILIES or names_birth(c))


# ---------------------------------------------------------------- explanation
def explain(q: Reading, frame: QueryFrame) -> str:
    """One short sentence saying what the SQL computes: "Revenue by category", "Number of orders per
    month in 2025", "Top 5 products by revenue". Notes and question words that were not used follow
    in brackets, so the engine never guesses silently."""
    out = explain_frame(frame, q.pl)
    if q.notes:
        out += " (" + "; ".join(q.notes) + ")"
    unknown = unknown_words(q)
    if unknown and not q.previous:
        out += " (not used: " + ", ".join(f"'{w}'" for w in unknown[:6]) + ")"
    return out
