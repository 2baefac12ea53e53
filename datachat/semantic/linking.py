"""What the engines take from a semantic model around their own parsing (no Django).

- :meth:`Linker.verified` finds a verified question that says the same thing as the visitor's question;
- :meth:`Linker.segments` finds named filters ("completed orders") and :meth:`Linker.rewrite` replaces them
  by their dataset's noun so the engine parses the rest, then :func:`apply_segment` adds the filter to the SQL;
- :meth:`Linker.definitions` lists the definitions a question relies on ("margin = (revenue - cost) / revenue"),
  which the answer states;
- :meth:`Linker.nearest` ranks verified questions by shared words, for the LLM prompt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlglot
from sqlglot import exp

from datachat.nl2sql.lexicon import singular

from .hints import physical_expression, spoken
from .model import Segment, SemanticModel, VerifiedQuestion

_WORD = re.compile(r"[a-z0-9]+")
#: words that do not change what a question asks
_FILLER = {"a", "an", "the", "what", "whats", "which", "is", "are", "was", "were", "show", "me", "give", "list",
           "please", "tell", "us", "i", "want", "to", "see", "of", "do", "does", "our", "my", "by"}


def _words(text: str) -> list[str]:
    return [singular(w) for w in _WORD.findall(text.lower())]


def _content(text: str) -> frozenset[str]:
    return frozenset(w for w in _words(text) if w not in _FILLER)


def _squeeze(sql: str) -> str:
    """SQL without quotes, spaces and case, to tell whether one expression occurs in a statement."""
    return re.sub(r'[\s"`\[\]]', "", sql).lower()


def _phrase_at(question: str, phrase: str) -> re.Match | None:
    return re.search(rf"(?<![a-z0-9]){re.escape(phrase.lower())}(?![a-z0-9])", question.lower())


@dataclass(frozen=True)
class SegmentUse:
    segment: Segment
    table: str
    phrase: str


class Linker:
    def __init__(self, model: SemanticModel):
        self.model = model
        self._verified = [(_content(v.question), v) for v in model.verified_questions]

    def verified(self, question: str, threshold: float = 0.85) -> VerifiedQuestion | None:
        """The verified question with the same content words (Jaccard >= ``threshold``), if any."""
        asked = _content(question)
        best = self.nearest(question, 1)
        if not best or not asked:
            return None
        words = _content(best[0].question)
        return best[0] if len(asked & words) / len(asked | words) >= threshold else None

    def nearest(self, question: str, n: int = 3) -> list[VerifiedQuestion]:
        """Up to ``n`` verified questions sharing the most content words with ``question``."""
        asked = _content(question)
        scored = [(len(asked & w) / len(asked | w), v) for w, v in self._verified if asked & w]
        scored.sort(key=lambda x: -x[0])
        return [v for _, v in scored[:n]]

    def segments(self, question: str) -> list[SegmentUse]:
        """Named filters the question uses, longest phrase first, each at most once."""
        found: list[SegmentUse] = []
        taken: list[tuple[int, int]] = []
        candidates = [(p, s) for s in self.model.segments for p in (s.name, *s.synonyms)]
        for phrase, seg in sorted(candidates, key=lambda c: -len(c[0])):
            m = _phrase_at(question, phrase)
            if m is None or any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if any(u.segment.name == seg.name for u in found):
                continue
            ds = self.model.dataset(seg.dataset)
            if ds is None or ds.is_sql:
                continue
            taken.append((m.start(), m.end()))
            found.append(SegmentUse(seg, ds.table, phrase))
        return found

    def by_name(self, names) -> list[SegmentUse]:
        """Segment uses for the named segments (those still in the model)."""
        out = []
        for seg in self.model.segments:
            ds = self.model.dataset(seg.dataset)
            if seg.name in names and ds is not None and not ds.is_sql:
                out.append(SegmentUse(seg, ds.table, seg.name))
        return out

    def rewrite(self, question: str, uses: list[SegmentUse]) -> str:
        """The question with each segment phrase replaced by its dataset's noun ("completed orders" -> "orders")."""
        for use in uses:
            m = _phrase_at(question, use.phrase)
            if m is not None:
                noun = spoken(self.model.dataset(use.segment.dataset).name)
                question = question[: m.start()] + noun + question[m.end():]
        return question

    def definitions(self, question: str, sql: str | None, uses: list[SegmentUse] = ()) -> list[str]:
        """Readable definitions of the metrics and segments the answer relies on."""
        used = _squeeze(sql or "")
        found = {m: _squeeze(physical_expression(self.model, m.expression)) for m in self.model.metrics}
        found = {m: e for m, e in found.items() if e and e in used}
        # only the outermost: margin's expression contains revenue's, so "margin = ..." says it all
        out = [f"{spoken(m.name)} = {m.formula or m.expression}" for m, e in found.items()
               if not any(e != other and e in other for other in found.values())]
        for use in uses:
            out.append(f"{use.segment.name} = {use.segment.dataset} where {use.segment.filter}")
        if sql and re.search(r"\b(1[89]|20)\d\d\b|\b(last|this|previous) (day|week|month|quarter|year)\b",
                             question.lower()):
            for ds in self.model.datasets:
                if ds.default_time_dimension and re.search(rf"\b{re.escape(ds.default_time_dimension)}\b", sql):
                    out.append(f"dates of {ds.name} are {ds.name}.{ds.default_time_dimension}")
        return list(dict.fromkeys(out))


def _condition(filter_sql: str, alias: str, dialect: str) -> exp.Expression:
    cond = sqlglot.condition(filter_sql, dialect=dialect)
    for col in list(cond.find_all(exp.Column)):
        if not col.table and col.find_ancestor(exp.Select) is None:
            col.set("table", exp.to_identifier(alias))
    return cond


def apply_segment(sql: str, use: SegmentUse, model: SemanticModel, dialect: str) -> str | None:
    """``sql`` with the segment's filter added where its table is read, or through a one-hop relationship.

    None when the query reads neither the segment's table nor a table related to it.
    """
    try:
        tree = sqlglot.parse_one(sql, dialect=dialect)
    except sqlglot.errors.ParseError:
        return None
    target = use.table.lower()
    selects = list(tree.find_all(exp.Select))
    done = False
    for select in selects:
        for table in select.find_all(exp.Table):
            if table.find_ancestor(exp.Select) is not select or table.name.lower() != target:
                continue
            select.where(_condition(use.segment.filter, table.alias_or_name, dialect), copy=False)
            done = True
    if done:
        return tree.sql(dialect=dialect)
    outer = selects[0] if selects else None
    if outer is None:
        return None
    seg_ds = model.dataset(use.segment.dataset)
    for table in outer.find_all(exp.Table):
        if table.find_ancestor(exp.Select) is not outer:
            continue
        other = model.dataset_for_table(table.name)
        if other is None:
            continue
        for rel in model.relationships:
            if len(rel.from_columns) != 1:
                continue
            if rel.from_dataset == other.name and rel.to_dataset == seg_ds.name:
                mine, theirs = rel.from_columns[0], rel.to_columns[0]
            elif rel.to_dataset == other.name and rel.from_dataset == seg_ds.name:
                mine, theirs = rel.to_columns[0], rel.from_columns[0]
            else:
                continue
            inner = exp.select(exp.column(theirs)).from_(exp.to_table(use.table)).where(
                sqlglot.condition(use.segment.filter, dialect=dialect))
            cond = exp.In(this=exp.column(mine, table=table.alias_or_name), query=exp.Subquery(this=inner))
            outer.where(cond, copy=False)
            return tree.sql(dialect=dialect)
    return None
