"""How sure the engine is of one reading: a score from its links and rules, with the reasons that lowered it.

``confidence(evidence) -> Score`` is pure: it reads an :class:`Evidence` (what linking and planning decided and
how close the alternatives were) and returns ``1`` minus one penalty per doubt (see ``PENALTIES``). The engine
answers at or above ``THRESHOLD`` and asks (or declines) below it; a content word no rule used and no list
explains (kind ``unknown``) always asks, whatever the score.

The doubts, all general (none names a word of a question):

- ``unknown``: a content word of the question no rule used (see :mod:`.clarify` for how words are sorted);
- ``close_column``: a column or table mention whose chosen (table, column) scored within ``CLOSE`` of another
  (table, column) (the resolution's own scores: link weight plus focus, owner and distance terms);
- ``close_value``: a value found in several columns whose chosen column scored within ``CLOSE`` of another;
- ``weak_link``: a mention reached by a partial name (one word of a longer column name, a synonym, the
  sorted stems of the words) rather than the name: link weight below ``WEAK``;
- ``fuzzy``: a misspelling read as a schema word or value;
- ``join_choice``: a table joined by one of several foreign-key paths of the same length;
- ``implied_subject``: no word names the table the query is about (it came from its columns or values).

Calibration (``bench/bench_trust.py --thresholds``) is documented in ``THRESHOLD``'s comment below.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .patterns import MEASURE_SQL, NEGATION_SQL, NEGATION_WORDS

if TYPE_CHECKING:
    from .sqlgen import Planner

#: a second reading within this resolution score of the chosen one is close
CLOSE = 0.1
#: a link weight below this is a partial match (one word of a column name, a synonym, a stem bag)
WEAK = 0.9
PENALTIES = {
    "unknown": 0.4,
    "close_column": 0.4,
    "close_value": 0.4,
    "dropped_column": 0.4,
    "dropped_number": 0.4,
    "dropped_measure": 0.4,
    "dropped_negation": 0.4,
    "unplaced_column": 0.1,
    "weak_link": 0.1,
    "fuzzy": 0.1,
    "join_choice": 0.1,
    "implied_subject": 0.1,
}
THRESHOLD = 0.65
#: the weight linking gives a mention read through a misspelling
FUZZY_WEIGHT = 0.9


@dataclass(frozen=True)
class Link:
    """One mention as resolved: what it links to, how well, and the closest other reading."""

    kind: str  # table | column | value | metric
    start: int
    end: int
    text: str
    words: str  # the question's own words for it
    table: str | None
    column: str | None
    weight: float  # the link weight of the chosen candidate (1.0: the name itself)
    margin: float | None = None  # chosen score minus the best other (table, column)'s
    rival: tuple[str, str | None] | None = None
    fuzzy: bool = False
    used: bool = True  # a rule gave it a role


@dataclass(frozen=True)
class Evidence:
    """What the reading rests on (gathered by the engine; pure data)."""

    links: tuple[Link, ...] = ()
    #: content words no rule used that name something (nouns, adjectives, unknown tokens; see :mod:`.clarify`)
    unknown: tuple[str, ...] = ()
    #: unused words that only lower the score, with their weight (a verb naming the row's event, an adverb)
    loose: tuple[tuple[str, float], ...] = ()
    #: tables the statement joins that have several shortest foreign-key paths from its base
    join_choices: tuple[str, ...] = ()
    implied_subject: bool = False
    #: the words of column mentions the statement does not read
    dropped: tuple[str, ...] = ()
    #: numbers of the question the statement does not contain
    dropped_numbers: tuple[str, ...] = ()
    #: aggregate words of the question whose aggregate the statement does not compute
    dropped_measures: tuple[str, ...] = ()
    #: the question negates something and the statement negates nothing
    dropped_negation: bool = False


@dataclass(frozen=True)
class Reason:
    code: str
    penalty: float
    detail: str = ""
    link: Link | None = None


@dataclass(frozen=True)
class Score:
    value: float
    reasons: tuple[Reason, ...] = field(default=())
    links: tuple[Link, ...] = ()

    @property
    def unknown_words(self) -> tuple[str, ...]:
        return tuple(r.detail for r in self.reasons if r.code == "unknown")

    @property
    def loose_words(self) -> tuple[str, ...]:
        return tuple(r.detail for r in self.reasons if r.code == "loose_word")

    def close(self) -> tuple[Reason, ...]:
        """The doubts between two readings of one mention, closest first."""
        found = [r for r in self.reasons if r.code in ("close_column", "close_value")]
        return tuple(sorted(found, key=lambda r: r.link.margin if r.link and r.link.margin is not None else 0))

    def answers(self, threshold: float = THRESHOLD) -> bool:
        return not self.unknown_words and self.value >= threshold - 1e-9


def confidence(evidence: Evidence, penalties: dict[str, float] | None = None) -> Score:
    """The score of one reading and every reason that lowered it (see the module docstring)."""
    pen = {**PENALTIES, **(penalties or {})}
    reasons: list[Reason] = []
    for word in evidence.unknown:
        reasons.append(Reason("unknown", pen["unknown"], word))
    for word, weight in evidence.loose:
        reasons.append(Reason("loose_word", weight, word))
    for link in evidence.links:
        if not link.used:
            if link.kind == "column" and link.words not in evidence.dropped:
                reasons.append(Reason("unplaced_column", pen["unplaced_column"], link.text, link))
            continue
        if link.margin is not None and link.margin < CLOSE and link.rival is not None:
            code = "close_value" if link.kind == "value" else "close_column"
            reasons.append(Reason(code, pen[code], link.text, link))
        if link.fuzzy:
            reasons.append(Reason("fuzzy", pen["fuzzy"], link.text, link))
        elif link.kind in ("column", "table") and link.weight < WEAK:
            reasons.append(Reason("weak_link", pen["weak_link"], link.text, link))
    for words in evidence.dropped:
        reasons.append(Reason("dropped_column", pen["dropped_column"], words))
    for word in evidence.dropped_measures:
        reasons.append(Reason("dropped_measure", pen["dropped_measure"], word))
    if evidence.dropped_negation:
        reasons.append(Reason("dropped_negation", pen["dropped_negation"]))
    for number in evidence.dropped_numbers:
        reasons.append(Reason("dropped_number", pen["dropped_number"], number))
    for table in evidence.join_choices:
        reasons.append(Reason("join_choice", pen["join_choice"], table))
    if evidence.implied_subject:
        reasons.append(Reason("implied_subject", pen["implied_subject"]))
    return Score(1.0 - sum(r.penalty for r in reasons), tuple(reasons), evidence.links)


# ---------------------------------------------------------------------------------------------- gathering
def links_of(mentions: list[Any], toks: list[Any]) -> tuple[Link, ...]:
    """The resolved mentions of a parse (over its tokens) as :class:`Link` values."""
    out = []
    for m in mentions:
        if m.kind not in ("table", "column", "value", "metric") or m.t is None:
            continue
        weight = max((w for t, c, w in m.cands if (t, c) == (m.t, m.c)), default=1.0) if m.kind != "value" else 1.0
        out.append(
            Link(
                m.kind,
                m.start,
                m.end,
                m.text,
                " ".join(t.orig for t in toks[m.start : m.end]),
                m.t,
                m.c,
                float(weight) if isinstance(weight, (int, float)) else 1.0,
                m.margin,
                m.rival,
                fuzzy=abs(m.weight - FUZZY_WEIGHT) < 1e-9,
                used=bool(m.role) and m.role != "_",
            )
        )
    return tuple(out)


def join_choices(planner: Planner, base: str | None, tables: list[str]) -> tuple[str, ...]:
    """The tables reached from ``base`` by more than one shortest foreign-key path."""
    if not base:
        return ()
    dist, ways = _path_counts(planner, base)
    return tuple(t for t in dict.fromkeys(tables) if t != base and ways.get(t, 0) > 1)


def _path_counts(planner: Planner, base: str) -> tuple[dict[str, int], dict[str, int]]:
    """Breadth-first distances from ``base`` and how many distinct shortest paths reach each table."""
    dist = {base: 0}
    ways = {base: 1}
    dq = deque([base])
    while dq:
        cur = dq.popleft()
        for nb, *_ in planner.adj.get(cur, ()):
            if nb not in dist:
                dist[nb] = dist[cur] + 1
                ways[nb] = ways[cur]
                dq.append(nb)
            elif dist[nb] == dist[cur] + 1:
                ways[nb] += ways[cur]
    return dist, ways


def gather(parse: Any, sql: str, base: str | None, dialect: str) -> Evidence:
    """The evidence of one parse (``engine._Parse`` after ``run``): its links, join choices and subject."""
    import sqlglot
    from sqlglot import exp

    links = links_of(parse.mentions, parse.toks)
    try:
        tree = sqlglot.parse_one(sql, read=dialect)
    except Exception:  # noqa: BLE001 - an unparsable statement: nothing to check it against
        return Evidence(links=links)
    tables = [t.name for t in tree.find_all(exp.Table)]
    columns = {c.name.lower() for c in tree.find_all(exp.Column)}
    named = {link.table for link in links if link.kind == "table"}
    return Evidence(
        links=links,
        join_choices=join_choices(parse.pl, base, tables),
        implied_subject=bool(base) and base not in named,
        dropped_numbers=_dropped_numbers(parse.mentions, tree),
        dropped_measures=_dropped_measures(parse, sql),
        dropped_negation=any(t.low in NEGATION_WORDS for t in parse.toks)
        and not any(n in sql.upper() for n in NEGATION_SQL),
        dropped=tuple(
            x.words for x in links if x.kind == "column" and not x.used and (x.column or "").lower() not in columns
        ),
    )


def _dropped_numbers(mentions: list[Any], tree: Any) -> tuple[str, ...]:
    """The question's numbers that appear nowhere in the statement (as a literal, a limit, inside a date)."""
    from sqlglot import exp

    literals = [str(lit.this) for lit in tree.find_all(exp.Literal)]
    out = []
    for m in mentions:
        if m.kind != "number" or m.value is None or (m.role and m.role != "_"):
            continue  # a number a rule gave a role to is read (a year becomes a date range)
        value = m.value
        forms = {str(value)}
        if isinstance(value, float) and value.is_integer():
            forms.add(str(int(value)))
        if not any(f == lit or f in lit or _same_number(f, lit) for f in forms for lit in literals):
            out.append(str(m.text or value))
    return tuple(out)


def _same_number(a: str, b: str) -> bool:
    try:
        return float(a) == float(b)
    except ValueError:
        return False


def _dropped_measures(parse: Any, sql: str) -> tuple[str, ...]:
    """Aggregate words outside schema names (``MEASURE_SQL``) whose aggregate the statement lacks."""
    upper = sql.upper()
    kinds = ("table", "column", "metric", "value")
    named = {i for m in parse.mentions if m.kind in kinds for i in range(m.start, m.end)}
    out = []
    for i, tok in enumerate(parse.toks):
        needs = MEASURE_SQL.get(tok.low)
        if needs and i not in named and not any(n in upper for n in needs):
            out.append(tok.orig)
    return tuple(out)
