"""The semantic engine: question -> understood query (state) -> SQL, with no model and no network."""

from __future__ import annotations

import copy
import datetime as dt
import logging
import re
from dataclasses import dataclass, field
from typing import Any

from . import naming
from .dates import find_bucket, find_date_range
from .lexicon import (
    ABBREVIATIONS,
    DEMONYMS,
    PLACE_ALIASES,
    fold,
    norm_value,
    singular,
    split_identifier,
    synonyms,
)
from .schema import Schema
from .sqlgen import SELF_ALIAS, Planner
from .values import ValueIndex

log = logging.getLogger(__name__)

DIALECTS = ("sqlite", "postgres", "duckdb", "mysql")

STOP = set(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "without",
        "and",
        "or",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "having",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "where",
        "when",
        "how",
        "many",
        "much",
        "show",
        "me",
        "list",
        "give",
        "tell",
        "find",
        "get",
        "display",
        "all",
        "each",
        "every",
        "per",
        "any",
        "some",
        "that",
        "this",
        "these",
        "those",
        "there",
        "their",
        "its",
        "it",
        "i",
        "we",
        "you",
        "they",
        "please",
        "can",
        "could",
        "would",
        "should",
        "will",
        "as",
        "than",
        "then",
        "also",
        "only",
        "just",
        "not",
        "no",
        "more",
        "less",
        "most",
        "least",
        "about",
        "into",
        "over",
        "under",
        "between",
        "up",
        "down",
        "out",
        "off",
        "both",
        "either",
        "neither",
        "other",
        "another",
        "same",
        "such",
        "own",
        "so",
        "very",
        "too",
        "s",
        "t",
        "than'm",
        "'re",
        "'ve",
        "'d",
        "total",
        "number",
        "count",
        "average",
        "sum",
        "maximum",
        "minimum",
        "max",
        "min",
        "highest",
        "lowest",
        "top",
        "bottom",
        "first",
        "last",
        "our",
        "my",
        "your",
        "us",
        "them",
        "he",
        "she",
        "his",
        "her",
        "him",
        "if",
        "else",
        "one",
        "ones",
        "whole",
        "overall",
        "different",
        "distinct",
        "unique",
    ]
)

AGG_WORDS = {
    "average": "avg",
    "avg": "avg",
    "mean": "avg",
    "total": "sum",
    "sum": "sum",
    "combined": "sum",
    "overall": "sum",
    "maximum": "max",
    "max": "max",
    "highest": "max",
    "largest": "max",
    "biggest": "max",
    "greatest": "max",
    "longest": "max",
    "latest": "max",
    "oldest": "max",
    "most": "max",
    "top": "max",
    "heaviest": "max",
    "tallest": "max",
    "newest": "max",
    "best": "max",
    "minimum": "min",
    "min": "min",
    "lowest": "min",
    "smallest": "min",
    "least": "min",
    "shortest": "min",
    "earliest": "min",
    "youngest": "min",
    "fewest": "min",
    "cheapest": "min",
    "worst": "min",
    "lightest": "min",
}
PURE_AGG = {"average", "avg", "mean", "sum", "maximum", "max", "minimum", "min", "total", "combined"}

#: superlative adjectives -> (direction, words of the column they are about)
ADJ_COLUMNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "expensive": ("desc", ("price", "cost", "amount", "total")),
    "cheapest": ("asc", ("price", "cost", "amount", "total")),
    "cheap": ("asc", ("price", "cost", "amount")),
    "longest": ("desc", ("length", "duration", "millisecond", "minute", "second", "time")),
    "shortest": ("asc", ("length", "duration", "millisecond", "minute", "second", "time", "height")),
    "oldest": ("desc", ("age",)),
    "youngest": ("asc", ("age",)),
    "biggest": ("desc", ("size", "area", "population", "capacity", "byte", "amount", "total")),
    "largest": ("desc", ("size", "area", "population", "capacity", "byte", "amount", "total")),
    "smallest": ("asc", ("size", "area", "population", "capacity", "byte", "amount", "total")),
    "heaviest": ("desc", ("weight",)),
    "lightest": ("asc", ("weight",)),
    "tallest": ("desc", ("height",)),
    "populous": ("desc", ("population",)),
    "newest": ("desc", ("date", "year", "time", "created")),
    "latest": ("desc", ("date", "year", "time", "created")),
    "recent": ("desc", ("date", "year", "time", "created")),
    "earliest": ("asc", ("date", "year", "time", "created")),
    "highest": ("desc", ()),
    "lowest": ("asc", ()),
    "greatest": ("desc", ()),
    "best": ("desc", ("rating", "score", "rank")),
    "worst": ("asc", ("rating", "score")),
    "richest": ("desc", ("net", "worth", "money", "salary")),
    "paid": ("desc", ("salary", "pay")),
    "recently": ("desc", ("date", "year", "time", "created")),
    "populated": ("desc", ("population",)),
    "crowded": ("desc", ("population", "density")),
    "dense": ("desc", ("density",)),
}
#: Question words that must never be "corrected" into a data value.
FUZZY_EXCLUDE = {
    "longer",
    "shorter",
    "larger",
    "bigger",
    "smaller",
    "higher",
    "lower",
    "older",
    "younger",
    "cheaper",
    "greater",
    "fewer",
    "between",
    "without",
    "having",
    "where",
    "which",
    "there",
    "their",
    "those",
    "these",
    "ordered",
    "sorted",
    "descending",
    "ascending",
    "average",
    "number",
    "total",
    "count",
    "listed",
    "named",
    "called",
    "monthly",
    "yearly",
    "weekly",
    "daily",
    "quarterly",
    "annual",
    "annually",
    "chart",
    "table",
    "graph",
    "whose",
    "show",
    "list",
    "give",
    "many",
    "much",
    "each",
    "every",
    "more",
    "less",
    "most",
    "least",
    "than",
    "other",
    "others",
    "different",
    "distinct",
    "unique",
    "including",
    "contain",
    "containing",
    "contains",
    "starting",
    "ending",
    "starts",
    "ends",
    "begins",
    "beginning",
    "about",
    "grouped",
    "ranked",
    "arranged",
    "limited",
    "included",
    "excluded",
    "based",
    "related",
    "combined",
    "word",
    "words",
    "letter",
    "letters",
    "value",
    "values",
    "record",
    "records",
    "first",
    "highest",
}
MONEY_WORDS = {"sales", "revenue", "revenues", "turnover", "income", "spending", "spend", "earnings", "takings"}
#: "the most common nationality": the value that occurs most often
FREQUENT_WORDS = {"common", "frequent", "popular", "often", "frequently", "commonly"}
# "oldest"/"youngest" fall back to birth dates with the direction flipped.
AGE_DATE_WORDS = ("birth", "born", "dob")

NUM_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "fifty": 50,
    "hundred": 100,
    "dozen": 12,
    "single": 1,
    "once": 1,
    "twice": 2,
}

CMP_WORDS = [
    # (phrase, op)
    (("more", "than"), ">"),
    (("greater", "than"), ">"),
    (("higher", "than"), ">"),
    (("larger", "than"), ">"),
    (("bigger", "than"), ">"),
    (("longer", "than"), ">"),
    (("older", "than"), ">"),
    (("above",), ">"),
    (("over",), ">"),
    (("exceeding",), ">"),
    (("exceeds",), ">"),
    (("exceed",), ">"),
    (("after",), ">"),
    (("at", "least"), ">="),
    (("no", "less", "than"), ">="),
    (("not", "less", "than"), ">="),
    (("or", "more"), ">=P"),
    (("or", "greater"), ">=P"),
    (("or", "above"), ">=P"),
    (("and", "above"), ">=P"),
    (("or", "higher"), ">=P"),
    (("plus",), ">=P"),
    (("less", "than"), "<"),
    (("fewer", "than"), "<"),
    (("lower", "than"), "<"),
    (("smaller", "than"), "<"),
    (("shorter", "than"), "<"),
    (("younger", "than"), "<"),
    (("cheaper", "than"), "<"),
    (("below",), "<"),
    (("under",), "<"),
    (("before",), "<"),
    (("at", "most"), "<="),
    (("no", "more", "than"), "<="),
    (("not", "more", "than"), "<="),
    (("up", "to"), "<="),
    (("or", "less"), "<=P"),
    (("or", "fewer"), "<=P"),
    (("or", "lower"), "<=P"),
    (("and", "below"), "<=P"),
    (("or", "below"), "<=P"),
    (("equal", "to"), "="),
    (("equals",), "="),
    (("exactly",), "="),
    (("is",), "=?"),
    (("of",), "=?"),
    (("not", "equal", "to"), "!="),
    ((">", "="), ">="),
    (("<", "="), "<="),
    ((">",), ">"),
    (("<",), "<"),
    (("=",), "="),
    (("!", "="), "!="),
]

LIST_WORDS = {
    "list",
    "show",
    "display",
    "give",
    "find",
    "get",
    "what",
    "which",
    "who",
    "name",
    "return",
    "tell",
    "provide",
}
CHART_WORDS = {
    "bar": "bar",
    "line": "line",
    "pie": "pie",
    "scatter": "scatter",
    "table": "table",
    "column": "bar",
    "area": "line",
}


class Unanswerable(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class Translation:
    """The result of :meth:`SemanticEngine.translate`."""

    sql: str | None = None
    error: str | None = None
    suggestions: list[str] = field(default_factory=list)
    state: dict[str, Any] = field(default_factory=dict)
    chart_hint: str | None = None
    rerender_only: bool = False
    explanation: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "sql": self.sql,
            "error": self.error,
            "suggestions": self.suggestions,
            "state": self.state,
            "chart_hint": self.chart_hint,
            "rerender_only": self.rerender_only,
            "explanation": self.explanation,
        }


@dataclass
class Tok:
    low: str
    sing: str
    orig: str
    quoted: bool = False


@dataclass
class Mention:
    kind: str  # table | column | value | number | literal
    start: int
    end: int
    cands: list = field(default_factory=list)
    text: str = ""
    weight: float = 1.0
    t: str | None = None
    c: str | None = None
    value: Any = None
    role: str | None = None


_QUOTE = re.compile(r"\"([^\"]+)\"|“([^”]+)”|(?:(?<=\s)|^|(?<=\())'([^']+)'(?=[\s?.,!)]|$)|‘([^’]+)’")
_TOK = re.compile(r"\d+(?:\.\d+)?|[A-Za-z][A-Za-z0-9]*|[^\sA-Za-z0-9]")


def _tokens(text: str) -> list[Tok]:
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)
    text = re.sub(r"[$€£](?=\d)", "", text)
    out: list[Tok] = []
    pos = 0
    for m in _QUOTE.finditer(text):
        for w in _TOK.findall(fold(text[pos : m.start()])):
            out.append(Tok(w.lower(), singular(w.lower()), w))
        q = next(g for g in m.groups() if g is not None)
        out.append(Tok(q.lower(), q.lower(), q, quoted=True))
        pos = m.end()
    for w in _TOK.findall(fold(text[pos:])):
        out.append(Tok(w.lower(), singular(w.lower()), w))
    return out


class SemanticEngine:
    """Deterministic question-to-SQL translator for one schema.

    >>> from datachat.services.nl2sql import Schema, SemanticEngine
    >>> from datachat.services.nl2sql.schema import Table, Column
    >>> s = Schema(tables=[Table("city", [Column("id", "integer", primary_key=True), Column("name"),
    ...            Column("population", "integer")], ["id"])])
    >>> SemanticEngine(s).translate("how many cities are there?").sql
    'SELECT COUNT(*) AS "number_of_cities" FROM "city"'
    """

    def __init__(
        self,
        schema: Schema,
        dialect: str = "sqlite",
        values: ValueIndex | None = None,
        today: dt.date | None = None,
    ) -> None:
        if dialect == "postgresql":
            dialect = "postgres"
        if dialect not in DIALECTS:
            raise ValueError(f"unsupported dialect {dialect!r}; choose one of {', '.join(DIALECTS)}")
        self.schema = schema
        self.dialect = dialect
        self.values = values or ValueIndex()
        self.today = today
        self.planner = Planner(schema, dialect)
        self.phrases: dict[str, list[tuple[str, str | None, str | None, float]]] = {}
        #: the same names keyed by their sorted word stems ("arriving date" finds date_arrived)
        self.bags: dict[str, list[tuple[str, str | None, str | None, float]]] = {}
        self.max_phrase = 1
        self._build_lexicon()

    # ------------------------------------------------------------------ lexicon
    def _add(self, words: list[str], kind: str, t: str, c: str | None, w: float) -> None:
        words = [x for x in words if x]
        if not words or (w < 1.0 and all(x in STOP for x in words)):
            return
        for key in {" ".join(words), "".join(words)}:
            lst = self.phrases.setdefault(key, [])
            for i, (k2, t2, c2, w2) in enumerate(lst):
                if (k2, t2, c2) == (kind, t, c):
                    if w > w2:
                        lst[i] = (kind, t, c, w)
                    break
            else:
                lst.append((kind, t, c, w))
        self.max_phrase = max(self.max_phrase, len(words))
        if len(words) >= 2 and w >= 0.9:
            bag = _bag(words)
            lst = self.bags.setdefault(bag, [])
            if (kind, t, c, w * 0.85) not in lst:
                lst.append((kind, t, c, w * 0.85))

    def _variants(self, words: list[str]) -> list[list[str]]:
        out = []
        for i, w in enumerate(words):
            for s in synonyms(w):
                if s in STOP or s in LIST_WORDS:
                    continue
                out.append([*words[:i], *[singular(x) for x in s.split()], *words[i + 1 :]])
        return out

    def _build_lexicon(self) -> None:
        for t in self.schema.tables:
            tw = [singular(w) for w in split_identifier(t.name)]
            self._add(tw, "table", t.name, None, 1.0)
            if len(tw) > 1 and tw[-1] not in ("table", "info", "detail", "data", "list"):
                pass
            if len(tw) > 1 and tw[-1] in ("info", "detail", "data", "record", "table"):
                self._add(tw[:-1], "table", t.name, None, 0.9)
            if len(tw) > 1 and tw[0] in ("tbl", "t", "dim", "fact"):
                self._add(tw[1:], "table", t.name, None, 0.9)
            for v in self._variants(tw):
                self._add(v, "table", t.name, None, 0.8)
            if len(tw) > 1:
                # "degrees" for Degree_Programs, "programs" too, below any exact name
                for head in (tw[:1], tw[-1:]):
                    if head[0] not in STOP and len(head[0]) > 2:
                        self._add(head, "table", t.name, None, 0.7)
            for s in t.synonyms:
                self._add([singular(w) for w in split_identifier(s)], "table", t.name, None, 1.0)
            for c in t.columns:
                cw = [singular(w) for w in split_identifier(c.name)]
                self._add(cw, "column", t.name, c.name, 1.0)
                expanded = [x for w in cw for x in (ABBREVIATIONS.get(w, w).split() if w != "id" else [w])]
                if expanded != cw:
                    self._add([singular(x) for x in expanded], "column", t.name, c.name, 0.95)
                    self._add(tw + [singular(x) for x in expanded], "column", t.name, c.name, 1.0)
                self._add(tw + cw, "column", t.name, c.name, 1.05)
                if cw[: len(tw)] == tw and len(cw) > len(tw):
                    self._add(cw[len(tw) :], "column", t.name, c.name, 0.95)
                if len(tw) > 1 and cw[:1] == tw[-1:] and len(cw) > 1:
                    self._add(cw[1:], "column", t.name, c.name, 0.9)
                if len(cw) > 1 and cw[-1] != "id":
                    self._add(cw[-1:], "column", t.name, c.name, 0.6)
                    for syn in synonyms(cw[-1]):
                        self._add([singular(x) for x in syn.split()], "column", t.name, c.name, 0.55)
                    if cw[-1] in ("name", "title"):
                        self._add(tw + cw[-1:], "column", t.name, c.name, 0.9)
                    if len(cw) == 2 and cw[-1] in (
                        "address",
                        "number",
                        "no",
                        "code",
                        "text",
                        "value",
                        "detail",
                        "info",
                        "form",
                        "type",
                        "kind",
                        "status",
                        "level",
                        "category",
                        "group",
                        "class",
                    ):
                        self._add(cw[:1], "column", t.name, c.name, 0.55)  # "emails" for email_address
                    if len(cw) >= 3:
                        for w_ in cw[1:-1]:
                            if len(w_) >= 4 and w_ not in STOP and w_ not in ("name", "date", "code", "number", "type"):
                                self._add([w_], "column", t.name, c.name, 0.5)  # "worth" for net_worth_millions
                if len(cw) > 1 and cw[-1] == "id":
                    self._add(cw[:-1] + ["number"], "column", t.name, c.name, 0.7)
                    # "support rep" in SupportRepId names the referenced table in that role
                    for fk in self.schema.foreign_keys:
                        if (
                            fk.table == t.name
                            and fk.column == c.name
                            and cw[:-1] != [singular(w) for w in split_identifier(fk.ref_table)]
                        ):
                            self._add(cw[:-1], "table", fk.ref_table, None, 0.85)
                            for v in self._variants(cw[:-1]):
                                self._add(v, "table", fk.ref_table, None, 0.8)
                if cw and cw[0] in ("is", "has") and len(cw) > 1:
                    self._add(cw[1:], "column", t.name, c.name, 0.8)
                if len(cw) >= 3:
                    for k in range(2, len(cw)):
                        if cw[-1] != "id":
                            self._add(cw[:k], "column", t.name, c.name, 0.65)
                        self._add(cw[-k:], "column", t.name, c.name, 0.65)
                for v in self._variants(cw):
                    self._add(v, "column", t.name, c.name, 0.7)
                    self._add(tw + v, "column", t.name, c.name, 0.75)
                for s in c.synonyms:
                    self._add([singular(w) for w in split_identifier(s)], "column", t.name, c.name, 1.0)
        for name in self.schema.metrics:
            self._add([singular(w) for w in split_identifier(name)], "metric", name, None, 1.2)
        # Misspellings are matched against real names only (not synonyms), long enough to be distinctive.
        self._phrase_keys = [
            k
            for k, v in self.phrases.items()
            if " " not in k and len(k) >= 5 and any(x[3] >= 0.9 or (x[0] == "table" and x[3] >= 0.7) for x in v)
        ]

    # ------------------------------------------------------------------ public
    def suggestions(self, n: int = 4) -> list[str]:
        out: list[str] = []
        tables = sorted(self.schema.tables, key=lambda t: -len(self.planner.adj.get(t.name, [])))
        for t in tables:
            out.append(f"How many {_plural(_words(t.name))} are there?")
            break
        for t in tables:
            cards = sorted(
                (self.values.cardinality[f"{t.name}.{c.name}"], c.name)
                for c in t.columns
                if 2 <= self.values.cardinality.get(f"{t.name}.{c.name}", 0) <= 50
                and self.values.coverage.get(f"{t.name}.{c.name}", 1.0) >= 0.9
            )
            if cards:
                out.append(f"Number of {_plural(_words(t.name))} by {_words(cards[0][1])}")
                break
        for fk in self.schema.foreign_keys:
            if fk.table != fk.ref_table:
                ref = _words(fk.ref_table).split()
                ref[-1] = singular(ref[-1])
                out.append(f"Which {' '.join(ref)} has the most {_plural(_words(fk.table))}?")
                break
        for t in tables:
            num = [c for c in t.columns if c.family in ("number",) and not c.primary_key]
            dates = [c for c in t.columns if c.family in ("date", "datetime")]
            if num and dates:
                out.append(f"Total {_words(num[0].name)} per month")
                break
            if num:
                out.append(f"Average {_words(num[0].name)} of {_plural(_words(t.name))}")
                break
        for t in tables[1:]:
            out.append(f"List the {_plural(_words(t.name))}")
        return list(dict.fromkeys(out))[:n]

    def translate(self, question: str, previous: dict | Translation | None = None) -> Translation:
        """Translate one question; ``previous`` (a state or Translation) makes it a follow-up."""
        if isinstance(previous, Translation):
            previous = previous.state
        try:
            p = _Parse(self, question, previous or None)
            return p.run()
        except Unanswerable as exc:
            return Translation(error=exc.message, suggestions=self.suggestions(4))
        except Exception:  # noqa: BLE001 - a rule bug must not take the chat down; say so instead
            log.exception("nl2sql: could not translate %r", question)
            return Translation(
                error="I could not work out a query for that question. Try rephrasing it, for example:",
                suggestions=self.suggestions(4),
            )

    def sql_for_state(self, state: dict) -> str:
        return self.planner.to_sql(state)


_UNIT_SECONDS = {
    "ms": 0.001,
    "millisecond": 0.001,
    "milliseconds": 0.001,
    "s": 1,
    "sec": 1,
    "secs": 1,
    "second": 1,
    "seconds": 1,
    "min": 60,
    "mins": 60,
    "minute": 60,
    "minutes": 60,
    "h": 3600,
    "hr": 3600,
    "hrs": 3600,
    "hour": 3600,
    "hours": 3600,
    "day": 86400,
    "days": 86400,
}


def _convert_units(value: Any, unit: str, column: str | None) -> Any:
    """'longer than 10 minutes' against a Milliseconds column -> 600000."""
    if not column or unit not in _UNIT_SECONDS:
        return value
    low = column.lower()
    if "millisecond" in low or low.endswith("_ms") or low == "ms":
        col_unit = 0.001
    elif "second" in low or low.endswith("_sec") or low.endswith("_s"):
        col_unit = 1
    elif "minute" in low or low.endswith("_min"):
        col_unit = 60
    elif "hour" in low:
        col_unit = 3600
    else:
        return value
    factor = _UNIT_SECONDS[unit] / col_unit

    def conv(v: Any) -> Any:
        x = v * factor
        return int(round(x)) if abs(x - round(x)) < 1e-9 else x

    return [conv(v) for v in value] if isinstance(value, list) else conv(value)


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _bag(words: list[str]) -> str:
    return "|".join(sorted(_stem(w) for w in words))


def _words(name: str) -> str:
    return " ".join(split_identifier(name))


def _plural(phrase: str) -> str:
    if phrase.endswith("s"):
        return phrase
    if phrase.endswith("y") and phrase[-2:-1] not in "aeiou":
        return phrase[:-1] + "ies"
    if phrase.endswith(("ch", "sh", "x")):
        return phrase + "es"
    return phrase + "s"


# ======================================================================== the parser
class _Parse:
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
        self._limit: int | None = None

    # ---------------------------------------------------------------- helpers
    def low(self, i: int) -> str:
        return self.toks[i].low if 0 <= i < len(self.toks) else ""

    def has_seq(self, *words: str) -> int:
        """Index of the first occurrence of the word sequence, or -1."""
        n = len(words)
        for i in range(len(self.toks) - n + 1):
            if all(self.toks[i + k].low == words[k] or self.toks[i + k].sing == words[k] for k in range(n)):
                return i
        return -1

    def mention_at(self, i: int) -> Mention | None:
        for m in self.mentions:
            if m.start <= i < m.end:
                return m
        return None

    def next_mention(
        self, i: int, skip: set[str] | None = None, kinds: tuple = ("table", "column", "metric"), skip_kinds: tuple = ()
    ) -> Mention | None:
        skip = (
            skip if skip is not None else {"the", "a", "an", "of", "all", "each", "every", "their", "its", "his", "her"}
        )
        j = i
        while j < len(self.toks):
            m = self.mention_at(j)
            if m is not None and m.kind in skip_kinds:
                j = m.end
                continue
            if m is not None:
                return m if m.kind in kinds else None
            if self.toks[j].low not in skip and j not in self.modifiers:
                return None
            j += 1
        return None

    def prev_mention(
        self, i: int, skip: set[str] | None = None, kinds: tuple = ("table", "column", "metric")
    ) -> Mention | None:
        skip = skip if skip is not None else {"the", "a", "an", "of", "all", "their", "its"}
        j = i
        while j >= 0:
            m = self.mention_at(j)
            if m is not None:
                return m if m.kind in kinds else None
            if self.toks[j].low not in skip:
                return None
            j -= 1
        return None

    # ---------------------------------------------------------------- step 1: presentation
    def extract_chart(self) -> None:
        lows = [t.low for t in self.toks]
        for i, w in enumerate(lows):
            if w in ("chart", "graph", "plot", "table", "diagram") or (
                w in CHART_WORDS and i + 1 < len(lows) and lows[i + 1] in ("chart", "graph", "plot", "diagram")
            ):
                # "as a bar chart", "in a table", "as a pie", "show it as a table"
                j = i
                kind = None
                if w in CHART_WORDS and w != "table":
                    kind = CHART_WORDS[w]
                    j = i + 1
                elif i > 0 and lows[i - 1] in CHART_WORDS:
                    kind = CHART_WORDS[lows[i - 1]]
                    i -= 1
                elif w == "table":
                    kind = "table"
                elif w in ("chart", "graph", "plot", "diagram"):
                    kind = "bar"
                k = i - 1
                while k >= 0 and lows[k] in ("a", "an", "the"):
                    k -= 1
                if w == "table" and not (k >= 0 and lows[k] in ("as", "in", "into")):
                    continue
                if k >= 0 and lows[k] in ("as", "in", "into", "on", "with", "using"):
                    start = k
                    if start > 0 and lows[start - 1] in ("it", "this", "that", "them"):
                        start -= 1
                        if start > 0 and lows[start - 1] in (
                            "show",
                            "display",
                            "plot",
                            "draw",
                            "render",
                            "make",
                            "put",
                        ):
                            start -= 1
                    self.chart = kind
                    for x in range(start, j + 1):
                        self.used.add(x)
                    return
                if w in ("chart", "graph", "plot", "diagram") and kind:
                    self.chart = kind
                    self.used.update(range(i, j + 1))
                    return
        for i, w in enumerate(lows):
            if w in ("chart", "plot", "graph", "visualize", "visualise") and i <= 1:
                self.chart = "bar"
                self.used.add(i)

    # ---------------------------------------------------------------- step 2: mentions
    def scan(self) -> None:
        toks = self.toks
        n = len(toks)
        maxl = max(self.eng.max_phrase, self.eng.values.max_words, 1)
        i = 0
        while i < n:
            if i in self.used:
                i += 1
                continue
            tk = toks[i]
            if tk.quoted:
                hits = self.eng.values.lookup(norm_value(tk.orig))
                m = Mention(
                    "value" if hits else "literal", i, i + 1, [(h.table, h.column, h.value) for h in hits], tk.orig
                )
                m.value = tk.orig
                self.mentions.append(m)
                i += 1
                continue
            if (
                tk.low in NUM_WORDS
                and tk.low not in ("single", "once", "dozen", "hundred")
                and (tk.low != "one" or self._after_cmp(i))
            ):
                m = Mention("number", i, i + 1, text=tk.low)
                m.value = NUM_WORDS[tk.low]
                self.mentions.append(m)
                i += 1
                continue
            if re.fullmatch(r"\d+(\.\d+)?", tk.low):
                m = Mention("number", i, i + 1, text=tk.low)
                m.value = float(tk.low) if "." in tk.low else int(tk.low)
                self.mentions.append(m)
                i += 1
                continue
            best: Mention | None = None
            for L in range(min(maxl, n - i), 0, -1):
                span = toks[i : i + L]
                if any(s.quoted or s.low in ("?", ",", ".", "!", ";", ":", "(", ")") for s in span):
                    continue
                if span[-1].low in ("'", "-", "/", "&") or span[0].low in ("'", "-", "/", "&"):
                    continue
                words = [s.sing for s in span if s.low[0].isalnum()]
                key = " ".join(words)
                sch = self.eng.phrases.get(key)
                if not sch and len(words) >= 2:
                    sch = self.eng.bags.get(_bag(words))
                vkey = " ".join(s.low for s in span if s.low[0].isalnum())
                vals = self.eng.values.lookup(vkey) if vkey else []
                if not vals and vkey and key != vkey:
                    vals = self.eng.values.lookup(key)
                if vals and not self._value_ok(span, vkey, sch):
                    vals = []
                if sch and vals:
                    if self._capitalised(i, span) and not any(k == "metric" for k, *_ in sch):
                        sch = None
                    else:
                        vals = []
                if sch:
                    best_table = max((w for k, _, _, w in sch if k == "table"), default=0.0)
                    best_col = max((w for k, _, _, w in sch if k == "column"), default=0.0)
                    kind = (
                        "metric"
                        if any(k == "metric" for k, *_ in sch)
                        else ("table" if best_table and best_table >= best_col - 0.2 else "column")
                    )
                    cands = [(t, c, w) for k, t, c, w in sch if k == kind or (kind == "table" and k == "column")]
                    best = Mention(kind, i, i + L, cands, key)
                    break
                if vals:
                    best = Mention("value", i, i + L, [(h.table, h.column, h.value) for h in vals], vkey)
                    break
            if best is None and tk.low in DEMONYMS:
                for country in DEMONYMS[tk.low]:
                    hits = self.eng.values.lookup(country)
                    if hits:
                        best = Mention("value", i, i + 1, [(h.table, h.column, h.value) for h in hits], country)
                        break
            if (
                best is None
                and tk.low.endswith("ed")
                and len(tk.low) > 5
                and (tk.low == "ordered" or tk.low not in FUZZY_EXCLUDE)
                and not (
                    i + 1 < n
                    and toks[i + 1].low
                    in ("by", "in", "from", "according", "alphabetically", "descending", "ascending", "to")
                )
            ):
                for stem in (tk.low[:-1], tk.low[:-2]):
                    sch = self.eng.phrases.get(singular(stem))
                    if sch and any(k == "table" for k, *_ in sch):
                        # "purchased" -> purchase, "ordered" -> order: the verb names the table of those events
                        best = Mention(
                            "table", i, i + 1, [(t, c, w * 0.8) for k, t, c, w in sch if k == "table"], stem, weight=0.8
                        )
                        break
            if best is None:
                for L in (4, 3, 2, 1):
                    span = " ".join(t.low for t in toks[i : i + L])
                    if len(toks[i : i + L]) == L and span in PLACE_ALIASES:
                        for alias in PLACE_ALIASES[span]:
                            hits = self.eng.values.lookup(alias)
                            if hits:
                                best = Mention("value", i, i + L, [(h.table, h.column, h.value) for h in hits], alias)
                                break
                    if best is not None:
                        break
            if (
                best is None
                and tk.low[0].isalpha()
                and tk.low not in STOP
                and len(tk.low) >= 4
                and tk.low not in AGG_WORDS
                and tk.low not in ADJ_COLUMNS
                and tk.low not in FUZZY_EXCLUDE
            ):
                best = self._fuzzy(i)
            if (
                best is not None
                and best.kind == "column"
                and best.end - best.start == 1
                and tk.low in ("total", "average", "sum", "count", "number", "max", "min", "maximum", "minimum")
            ):
                j = best.end
                if (
                    j < n
                    and toks[j].low in ("number", "count", "amount", "quantity")
                    and j + 1 < n
                    and toks[j + 1].low == "of"
                ) or (j + 1 < n and toks[j].low in (",", "and") and toks[j + 1].low in AGG_WORDS):
                    best = None  # "average, minimum, and maximum age": words, not a column named Average
                    i += 1
                    continue
                while j < n and toks[j].low in ("of", "the", "all", "a"):
                    j += 1
                if j < n and j > best.end - 1 and self._starts_phrase(j):
                    best = None
            if best is not None:
                self.mentions.append(best)
                i = best.end
            else:
                i += 1

    def _after_cmp(self, i: int) -> bool:
        prev = " ".join(t.low for t in self.toks[max(0, i - 2) : i])
        return prev.endswith(("than", "least", "most", "exactly", "over", "under", "above", "below"))

    def _starts_phrase(self, j: int) -> bool:
        for L in range(min(self.eng.max_phrase, len(self.toks) - j), 0, -1):
            key = " ".join(t.sing for t in self.toks[j : j + L] if t.low[0].isalnum())
            if key and key in self.eng.phrases:
                return True
        return False

    def _capitalised(self, i: int, span: list[Tok]) -> bool:
        return i > 0 and all(s.orig[:1].isupper() for s in span if s.low[0].isalpha())

    def _value_ok(self, span: list[Tok], vkey: str, sch: Any) -> bool:
        words = vkey.split()
        if all(w in STOP or w.isdigit() for w in words):
            return False
        return not (len(words) == 1 and len(words[0]) <= 2 and not span[0].orig.isupper())

    def _fuzzy(self, i: int) -> Mention | None:
        from rapidfuzz import fuzz, process

        tk = self.toks[i]
        # A misspelt schema word ("custmers") first, then a misspelt value ("Brasil").
        best = process.extractOne(tk.sing, self.eng._phrase_keys, scorer=fuzz.ratio, score_cutoff=86)
        if best:
            sch = self.eng.phrases[best[0]]
            kind = (
                "table"
                if any(k == "table" for k, *_ in sch)
                else ("metric" if any(k == "metric" for k, *_ in sch) else "column")
            )
            cands = [(t, c, w * 0.9) for k, t, c, w in sch if k == kind or (kind == "table" and k == "column")]
            self.notes.append(f"read '{tk.orig}' as '{best[0]}'")
            return Mention(kind, i, i + 1, cands, best[0], weight=0.9)
        # two-word value spans, then one word
        for L in (2, 1):
            span = self.toks[i : i + L]
            if len(span) < L or any(not s.low[0].isalnum() or s.quoted for s in span):
                continue
            if L == 2 and (span[1].low in STOP):
                continue
            text = " ".join(s.low for s in span)
            hits = self.eng.values.fuzzy(text, cutoff=None if L == 1 else 85)
            if hits:
                self.notes.append(f"read '{' '.join(s.orig for s in span)}' as '{hits[0].value}'")
                return Mention(
                    "value", i, i + L, [(h.table, h.column, h.value) for h in hits], hits[0].value, weight=0.9
                )
        return None

    # ---------------------------------------------------------------- step 3: resolution
    def resolve(self) -> None:
        """Pick one (table, column) for every ambiguous mention, using the tables in focus."""
        # "product category", "customer invoices": in a noun compound the last noun is the head
        keep = []
        for k, m in enumerate(self.mentions):
            nxt = self.mentions[k + 1] if k + 1 < len(self.mentions) else None
            if (
                m.kind == "table"
                and nxt is not None
                and nxt.kind == "table"
                and nxt.start == m.end
                and self.toks[m.start].low == self.toks[m.start].sing
                and all(c[1] is None for c in m.cands)
                and all(c[1] is None for c in nxt.cands)
                and any(self.pl.distance(a[0], b[0]) == 1 for a in m.cands for b in nxt.cands)
            ):
                self.modifiers.update(range(m.start, m.end))
                continue
            keep.append(m)
        self.mentions = keep
        tables = {
            m.cands[0][0] for m in self.mentions if m.kind == "table" and len(m.cands) == 1 and m.cands[0][1] is None
        }
        # A word that names both a table and a column ("country") is a column when it belongs to another
        # table that is mentioned.
        for m in self.mentions:
            if m.kind == "table":
                tabs = [c for c in m.cands if c[1] is None]
                tab_names = {t for t, _, _ in tabs}
                fk_cols = {(fk.table, fk.column) for fk in self.schema.foreign_keys if fk.ref_table in tab_names}
                cols = [c for c in m.cands if c[1] is not None and (c[0], c[1]) not in fk_cols]
                other = tables - {t for t, _, _ in tabs}
                col_in_focus = [c for c in cols if c[0] in other]
                prevw = self.toks[m.start - 1].low if m.start else ""
                num_cols = [c for c in cols if self._family(c[0], c[1]) in ("integer", "number")]
                if prevw in ("total", "average", "avg", "sum", "mean") and num_cols:
                    m.kind = "column"
                    m.cands = num_cols
                elif col_in_focus and other:
                    m.kind = "column"
                    m.cands = col_in_focus
                else:
                    m.cands = sorted(tabs, key=lambda c: -c[2])
                    m.t = m.cands[0][0]
        focus = {m.t for m in self.mentions if m.kind == "table"}
        self._first_table = next((m.t for m in self.mentions if m.kind == "table"), None)
        vfocus = set()
        for m in self.mentions:
            if m.kind == "value":
                ts = {c[0] for c in m.cands}
                if len(ts) > 1:
                    # the table whose own name column holds the value ("texas" -> state.state_name)
                    ts = {t for t, c, _ in m.cands if c in self.pl.name_columns(t)} or ts
                if len(ts) == 1:
                    vfocus.add(next(iter(ts)))
        confident = set()
        for m in self.mentions:
            if m.kind == "column":
                top = max(w for _, _, w in m.cands)
                ts = {t for t, _, w in m.cands if w >= top - 1e-9}
                if len(ts) == 1 and top >= 0.9:
                    confident.add(next(iter(ts)))
        self._col_focus = confident
        for m in self.mentions:
            if m.kind == "column":
                self._resolve_column(m, focus, vfocus)
        cfocus = {m.t for m in self.mentions if m.kind == "column"}
        for m in self.mentions:
            if m.kind == "value":
                self._resolve_value(m, focus | cfocus)
            elif m.kind == "metric":
                m.t = m.cands[0][0]

    def _owner_hint(self, m: Mention) -> str | None:
        """'name of the artist' / "artist's name" / 'artist name' -> the table that owns the column."""
        j = m.end
        if j < len(self.toks) and self.toks[j].low == "of":
            nm = self.next_mention(j + 1, kinds=("table",))
            if nm is not None:
                return nm.t
        if m.start >= 2 and self.toks[m.start - 1].low in ("s",) and self.toks[m.start - 2].low == "'":
            pm = self.mention_at(m.start - 3)
            if pm is not None and pm.kind == "table":
                return pm.t
        pm = self.mention_at(m.start - 1)
        if pm is not None and pm.kind == "table":
            return pm.t
        return None

    def _resolve_column(self, m: Mention, focus: set[str], vfocus: set[str]) -> None:
        owner = self._owner_hint(m)
        before = self.toks[m.start - 1].low if m.start else ""
        if (
            before not in ("with", "the", "a", "its", "their", "of", "by", "total", "average", "whose")
            and self.toks[m.end - 1].low in ("cost", "costs", "costing")
            and m.end < len(self.toks)
            and self.toks[m.end].low
            in ("more", "less", "over", "under", "above", "below", "between", "at", "exactly", "than", "no", "from")
        ):
            # the verb "cost" means what is paid: the price
            price = [(t, c, w) for t, c, w in m.cands if "price" in c.lower()]
            if not price:
                for t in {t for t, _, _ in m.cands}:
                    for col in self.schema.table(t).columns:
                        if "price" in col.name.lower() and col.family in ("number", "integer"):
                            price.append((t, col.name, 1.0))
            if price:
                m.cands = price
        best = None
        for t, c, w in m.cands:
            s = w
            if t == owner:
                s += 3
            if t == self._first_table:
                s += 0.3
            if t in focus:
                s += 1.0
            elif focus:
                s -= 0.15 * min(self.pl.distance(f, t) for f in focus)
            if t in vfocus:
                s += 0.3
            if t in self._col_focus and not focus:
                s += 0.5
            if best is None or s > best[0]:
                best = (s, t, c)
        m.t, m.c = best[1], best[2]

    def _resolve_value(self, m: Mention, focus: set[str]) -> None:
        prev = self.prev_mention(
            m.start - 1,
            skip={"the", "a", "an", "is", "of", "named", "called", "=", "in", "from"},
            kinds=("column", "table"),
        )
        by_owner = None
        container = m.start >= 1 and self.toks[m.start - 1].low in ("in", "within", "inside", "at", "near", "through")
        if m.start >= 1 and self.toks[m.start - 1].low == "by":
            bm = self.prev_mention(m.start - 2, skip={"the", "all", "a", "an"}, kinds=("table", "column"))
            if bm is not None and bm.kind == "table":
                by_owner = bm.t
        best = None
        for t, c, v in m.cands:
            s = 0.0
            if prev is not None and prev.kind == "column" and (prev.t, prev.c) == (t, c):
                s += 5
            if prev is not None and prev.kind == "table" and prev.t == t:
                s += 1
            if t in focus:
                s += 2
            elif focus:
                s -= 0.3 * min(self.pl.distance(f, t) for f in focus)
            card = self.eng.values.cardinality.get(f"{t}.{c}", 1000)
            s -= min(card / 1000.0, 1.0)
            if c in self.pl.name_columns(t):
                s += 2
            if (
                container
                and t == self._first_table
                and c in self.pl.name_columns(t)
                and any(t2 != t for t2, _, _ in m.cands)
            ):
                s -= 3  # "cities in Wyoming": Wyoming contains the cities, it is not one of them
            if by_owner is not None and t == by_owner:
                s -= 3
            if v == self.toks[m.start].orig or (m.end - m.start == 1 and v == self.toks[m.start].orig):
                s += 0.05
            if best is None or s > best[0]:
                best = (s, t, c, v)
        _, m.t, m.c, m.value = best
        # Keep every table that holds the same value text so the base can pick the nearest later.

    # ---------------------------------------------------------------- step 4: structure
    def run(self) -> Translation:
        first = next((t.low for t in self.toks if t.low[0].isalpha()), "")
        if first in (
            "delete",
            "drop",
            "update",
            "insert",
            "truncate",
            "alter",
            "create",
            "remove",
            "grant",
            "replace",
            "merge",
        ):
            raise Unanswerable(
                f"I can only read data, so I cannot '{first}' anything. Ask a question about the data instead."
            )
        self.extract_chart()
        content = [t for i, t in enumerate(self.toks) if i not in self.used and t.low[0].isalnum()]
        if self.previous and self.chart and len(content) <= 2:
            st = copy.deepcopy(self.previous)
            st["chart"] = self.chart
            return Translation(
                sql=self.previous.get("sql") or self.pl.to_sql(st),
                state=st,
                chart_hint=self.chart,
                rerender_only=True,
                explanation=st.get("explanation", "") + f" (shown as a {self.chart})",
            )
        self.scan()
        self.resolve()
        st = self.followup() if self.previous and self.is_followup() else self.understand()
        try:
            sql = self.pl.to_sql(st)
        except ValueError as exc:
            raise Unanswerable(f"I could not connect the tables in that question ({exc}).") from exc
        st["sql"] = sql
        st["chart"] = self.chart
        st["explanation"] = self.explain(st)
        return Translation(sql=sql, state=st, chart_hint=self.chart, explanation=st["explanation"])

    def is_followup(self) -> bool:
        lows = [t.low for t in self.toks if t.low[0].isalnum()]
        if not lows:
            return False
        starts = (
            "only",
            "just",
            "now",
            "what",
            "how",
            "and",
            "same",
            "instead",
            "but",
            "also",
            "then",
            "for",
            "in",
            "by",
            "per",
            "limit",
            "sort",
            "sorted",
            "order",
            "ordered",
            "top",
            "exclude",
            "excluding",
            "without",
            "break",
            "split",
            "group",
            "filter",
            "restrict",
            "except",
            "include",
        )
        tables = [m for m in self.mentions if m.kind == "table"]
        aggs = any(
            w in lows
            for w in ("how", "many", "number", "count", "average", "total", "sum", "list", "show", "which", "who")
        )
        if lows[0] in ("what", "how") and len(lows) > 1 and lows[1] == "about":
            return True
        if lows[0] in (
            "only",
            "just",
            "now",
            "instead",
            "same",
            "but",
            "also",
            "and",
            "then",
            "exclude",
            "excluding",
            "break",
            "split",
            "filter",
            "restrict",
            "limit",
        ):
            return True
        if lows[0] in starts and not tables and not (aggs and len(lows) > 4):
            return True
        return not tables and not aggs and len(lows) <= 4

    def understand(self, base_hint: str | None = None) -> dict:
        toks = self.toks
        lows = [t.low for t in toks]
        n = len(toks)
        ms = self.mentions
        st: dict[str, Any] = {
            "base": None,
            "select": [],
            "where": [],
            "group": [],
            "having": [],
            "order": [],
            "limit": None,
        }
        # ---- limit: top 5 / 5 most / first 10
        limit = None
        limit_dir = None
        for m in ms:
            if m.kind != "number" or m.role:
                continue
            prev = lows[m.start - 1] if m.start else ""
            nxt = lows[m.end] if m.end < n else ""
            if nxt.rstrip("s") in ("day", "week", "month", "year", "quarter", "hour", "minute"):
                continue  # "the last 30 days" is a date range, not a limit
            if (
                prev in ("top", "first", "bottom", "last", "best", "worst")
                or nxt
                in (
                    "most",
                    "least",
                    "highest",
                    "lowest",
                    "largest",
                    "smallest",
                    "biggest",
                    "best",
                    "worst",
                    "top",
                    "longest",
                    "shortest",
                    "oldest",
                    "youngest",
                    "newest",
                    "latest",
                    "earliest",
                    "cheapest",
                    "fewest",
                )
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
                if prev in ("top", "first", "bottom", "last", "best", "worst"):
                    self.used.add(m.start - 1)
        for i, w in enumerate(lows):
            if (
                w in NUM_WORDS
                and i + 1 < n
                and (lows[i - 1] if i else "") in ("top", "first", "bottom", "last")
                and limit is None
            ):
                limit = NUM_WORDS[w]
                self.used.update({i, i - 1})
                limit_dir = "asc" if lows[i - 1] == "bottom" else ("desc" if lows[i - 1] == "top" else "first")
            elif (
                w in NUM_WORDS
                and i + 1 < n
                and lows[i + 1] in ("most", "least", "highest", "lowest", "largest", "smallest", "biggest")
                and limit is None
                and w not in ("once", "single")
            ):
                limit = NUM_WORDS[w]
                self.used.add(i)

        self._limit = limit
        # ---- subject: what the question is about
        subject = self._subject(base_hint)
        st["base"] = subject

        # ---- self reference ("reports to")
        self._self_reference(st)

        # ---- date range and buckets
        bucket = find_bucket(lows)
        if bucket:
            unit, a, b = bucket
            if not any(
                self.mention_at(k) is not None
                and (
                    self.mention_at(k).kind == "table"
                    or (
                        self.mention_at(k).kind == "column"
                        and self._family(self.mention_at(k).t, self.mention_at(k).c) not in ("date", "datetime")
                    )
                )
                for k in range(a, b)
            ):
                dc = self._date_column(subject)
                if dc:
                    self.used.update(range(a, b))
                    for k in range(a, b):
                        mk = self.mention_at(k)
                        if mk:
                            mk.role = "bucket"
                    st["group"].append({"kind": "bucket", "unit": unit, "t": dc[0], "c": dc[1]})
        self._dates(st, subject)

        # ---- comparisons, text matches, null checks, values
        self._compare_to_average(st)
        self._comparisons(st, subject)
        self._text_matches(st, subject)
        self._literal_in_column(st)
        self._word_in_column(st)
        self._null_checks(st, subject)
        self._values(st)

        self._negated_tables(st, subject)

        # ---- aggregation, grouping, superlatives
        self._grouping(st)
        self._aggregates(st, subject, limit, limit_dir)
        self._order(st)
        if limit and not st["limit"]:
            st["limit"] = limit
            if not st["order"] and limit_dir in ("desc", "asc"):
                meas = next((m for m in ms if m.kind == "column" and not m.role and self._numeric(m)), None)
                if meas:
                    meas.role = "order"
                    st["order"].append({"item": {"kind": "col", "t": meas.t, "c": meas.c}, "dir": limit_dir})

        # ---- select list
        self._select(st, subject)
        self._fix_fanout_sums(st)
        pw = next(
            (
                i
                for i, t in enumerate(self.toks)
                if t.low in ("percentage", "percent", "proportion", "share", "fraction")
                and self.mention_at(i) is None
                and i + 1 < len(self.toks)
                and self.toks[i + 1].low == "of"
            ),
            None,
        )
        if pw is not None and not st.get("nested"):
            conds = [w for w in st["where"] if not w.get("date") and w["op"] not in ("not in sub", "in sub")]
            if conds:
                # "what percentage of orders were cancelled": the condition becomes the numerator
                st["where"] = [w for w in st["where"] if w not in conds]
                st["select"] = list(st["group"]) + [{"kind": "pct", "conds": conds}]
                self.used.add(pw)
                st["order"], st["limit"], st["distinct"] = [], None, False
        pending = st.pop("_order_pending", None)
        if not st["order"] and not st.get("nested"):
            lows_ = [t.low for t in self.toks]
            direction = pending
            for k, w in enumerate(lows_):
                nxt = lows_[k + 1] if k + 1 < len(lows_) else ""
                if (w in ("highest", "largest", "biggest", "most", "top", "greatest") and nxt == "first") or w in (
                    "descending",
                    "desc",
                ):
                    direction = "desc"
                elif (w in ("lowest", "smallest", "least", "fewest") and nxt == "first") or w in ("ascending", "asc"):
                    direction = "asc"
            if direction:
                meas = next((s for s in st["select"] if s.get("kind") in ("agg", "metric")), None)
                if meas is None:
                    meas = next(
                        (
                            s
                            for s in st["select"]
                            if s.get("kind") == "col" and self._family(s["t"], s["c"]) in ("integer", "number")
                        ),
                        None,
                    )
                if meas is not None:
                    st["order"].append({"item": meas, "dir": direction})
        if st["limit"] and not st["order"] and st["group"] and not st.get("nested"):
            # "number of albums per artist, top 10": rank by the computed value
            meas = next((s for s in st["select"] if s.get("kind") in ("agg", "metric")), None)
            if meas is not None:
                st["order"].append({"item": meas, "dir": "asc" if limit_dir in ("asc", "last") else "desc"})
        self._default_order(st)
        if not st["select"]:
            raise Unanswerable(self._not_understood())
        st["base"] = self._choose_base(st)
        # a table named but not otherwise used still matters: "dogs that went through treatments"
        used_tables = set()
        for it in st["select"] + [w["item"] for w in st["where"]] + st["group"] + [o["item"] for o in st["order"]]:
            if it.get("t"):
                used_tables.add(it["t"])
        extra = [
            m.t
            for m in ms
            if m.kind == "table"
            and m.role in (None, "entity")
            and m.t not in used_tables
            and m.t != st["base"]
            and self.pl.distance(st["base"], m.t) < 99
        ]
        if extra:
            st["joins"] = list(dict.fromkeys(extra))
            plain = all(it.get("kind") in ("col", "entity") for it in st["select"]) and not st["group"]
            if plain and any(self._one_to_many(st["base"], t) for t in st["joins"]):
                # joined only to require a match ("courses that have students"): one row per match, not per pair
                st["distinct"] = True
        return st

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

    def _default_order(self, st: dict) -> None:
        """Grouped results read best ordered: time ascending, categories by the measure, largest first.

        Only when the question asked for no order of its own; nested aggregates order themselves.
        """
        if st["order"] or not st["group"] or st.get("nested"):
            return
        meas = next((s for s in st["select"] if s.get("kind") in ("agg", "metric", "pct")), None)
        if meas is None:
            return
        times = [g for g in st["group"] if self._is_time(g) and g in st["select"]]
        if times:
            st["order"] = [{"item": g, "dir": "asc"} for g in times]
        else:
            st["order"] = [{"item": meas, "dir": "desc"}]
        st["_default_order"] = True

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
        benign = {
            "like",
            "want",
            "see",
            "know",
            "need",
            "look",
            "data",
            "info",
            "information",
            "details",
            "records",
            "rows",
            "entries",
            "items",
            "things",
            "everything",
            "anything",
            "something",
            "currently",
            "ever",
            "exist",
            "exists",
            "existing",
            "stored",
            "recorded",
            "database",
            "table",
            "there",
            "here",
            "listed",
            "day",
            "days",
            "week",
            "weeks",
            "month",
            "months",
            "quarter",
            "quarters",
            "year",
            "years",
            "monthly",
            "weekly",
            "daily",
            "yearly",
            "quarterly",
            "annual",
            "annually",
            "today",
            "yesterday",
            "ago",
            "since",
            "before",
            "after",
            "during",
            "until",
        } | MONEY_WORDS
        out = []
        for i, t in enumerate(self.toks):
            if i in self.used or not t.low[0].isalpha() or t.low in STOP or t.low in benign or t.quoted:
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
                    and any(w in ("manager", "boss", "supervisor", "managers") for w in lows)
                    and any(m.kind == "value" and any(c[0] == fk.table for c in m.cands) for m in ms)
                ):
                    return fk.table
            if any(w in MONEY_WORDS or w in ("spent", "paid") for w in lows):
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
            if w in ("many", "number", "count") or (
                w in ("which", "what", "who", "list", "show", "all", "every", "each") and i <= 3 and not relative
            ):
                nm = self.next_mention(
                    i + 1,
                    skip={
                        "the",
                        "a",
                        "an",
                        "of",
                        "all",
                        "different",
                        "distinct",
                        "unique",
                        "total",
                        "many",
                        "are",
                        "is",
                        "me",
                        "us",
                        "there",
                        "do",
                        "does",
                        "have",
                        "we",
                    },
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

    def _self_reference(self, st: dict) -> None:
        selfs = [fk for fk in self.schema.foreign_keys if fk.table == fk.ref_table]
        if not selfs:
            return
        for fk in selfs:
            words = {"manager", "boss", "supervisor", "report", "reports", "reporting", "parent", "mentor", "lead"}
            words |= {w for w in split_identifier(fk.column) if w not in ("id", "to", "by")}
            hit = None
            for i, t in enumerate(self.toks):
                m = self.mention_at(i)
                if (
                    (m is not None and m.kind == "column" and m.t == fk.table and m.c == fk.column)
                    or t.low in words
                    or t.sing in words
                ):
                    hit = i
                    break
            if hit is None:
                continue
            m = self.mention_at(hit)
            if m is not None:
                m.role = "self"
            vals = [
                v
                for v in self.mentions
                if v.start > hit
                and (v.kind == "literal" or (v.kind == "value" and any(c[0] == fk.table for c in v.cands)))
            ]
            if not vals:
                continue
            st["self_join"] = {"t": fk.table, "fk": fk.column, "ref": fk.ref_column}
            nxt = self.toks[hit + 1].low if hit + 1 < len(self.toks) else ""
            if self.toks[hit].sing in ("manager", "boss", "supervisor", "parent", "mentor", "lead") and nxt in (
                "of",
                "for",
            ):
                # "who is the manager of Jane Peacock": filter the employee, show the referenced row
                for v in vals:
                    cand = (
                        next(((t, c, val) for t, c, val in v.cands if t == fk.table), None)
                        if v.kind == "value"
                        else None
                    )
                    if cand is None:
                        continue
                    st["where"].append(
                        {"item": {"kind": "col", "t": cand[0], "c": cand[1]}, "op": "=", "value": cand[2]}
                    )
                    v.role = "filter"
                st["_self_select"] = [
                    {"kind": "col", "t": fk.table, "c": c, "alias": SELF_ALIAS} for c in self.pl.label_columns(fk.table)
                ]
                self.used.update({hit, hit + 1})
                return
            for v in vals:
                if v.kind == "value":
                    cand = next(((t, c, val) for t, c, val in v.cands if t == fk.table), None)
                    if cand is None:
                        continue
                    st["where"].append(
                        {
                            "item": {"kind": "col", "t": cand[0], "c": cand[1], "alias": SELF_ALIAS},
                            "op": "=",
                            "value": cand[2],
                        }
                    )
                else:
                    lab = self.pl.label_columns(fk.table)[0]
                    st["where"].append(
                        {
                            "item": {"kind": "col", "t": fk.table, "c": lab, "alias": SELF_ALIAS},
                            "op": "=",
                            "value": v.value,
                        }
                    )
                v.role = "filter"
            return

    def _date_column(self, subject: str) -> tuple[str, str] | None:
        asked = {t.sing for t in self.toks} - {"date", "time", "day", "year", "month"}

        def score(t: str, c) -> float:
            s = 0.0
            low = c.name.lower()
            if c.family in ("date", "datetime"):
                s += 2
            elif re.search(r"date|time|_at$|created|updated", low) and c.family == "text":
                s += 1
            else:
                return -1
            tw = "".join(split_identifier(t))
            if tw.rstrip("s") in low.replace("_", ""):
                s += 0.5
            named = {singular(w) for w in split_identifier(c.name)}
            named |= {x for w in list(named) for x in synonyms(w)}
            if named & asked:
                s += 3  # "born before 1960" -> BirthDate, "hired in 2003" -> HireDate
            elif any(k in low for k in ("birth", "dob", "updated", "modified", "deleted")):
                s -= 1
            if "order" in low or "invoice" in low or "created" in low or "sale" in low:
                s += 0.3
            return s

        explicit = [
            m for m in self.mentions if m.kind == "column" and m.t and self._family(m.t, m.c) in ("date", "datetime")
        ]
        if explicit:
            explicit[0].role = explicit[0].role or "date"
            return explicit[0].t, explicit[0].c
        if any(t.low in MONEY_WORDS for t in self.toks):
            # "revenue by segment in 2025": the date of the sales, not of the segment's table (a date column
            # the question names still wins on its score)
            rev = self._revenue_item(set())
            if rev is not None and self.pl.distance(rev["t"], subject) < 99:
                subject = rev["t"]
        best = None
        order = [subject] + [t.name for t in self.schema.tables if t.name != subject]
        for t in order:
            tab = self.schema.table(t)
            d = self.pl.distance(subject, t)
            if d >= 99:
                continue
            for c in tab.columns:
                s = score(t, c)
                if s < 0:
                    continue
                s -= 0.8 * d
                if best is None or s > best[0]:
                    best = (s, t, c.name)
        return (best[1], best[2]) if best else None

    def _year_column(self, subject: str) -> tuple[str, str] | None:
        for m in self.mentions:
            if (
                m.kind == "column"
                and m.c.lower().endswith("year")
                and self._family(m.t, m.c) in ("integer", "number", "text")
            ):
                return m.t, m.c
        best = None
        mentioned = [m.t for m in self.mentions if m.kind == "table"]
        for t in self.schema.tables:
            d = self.pl.distance(subject, t.name)
            if d > 1 and t.name not in mentioned:
                continue
            if t.name in mentioned:
                d = -1 + mentioned.index(t.name) * 0.01 - (0.5 if t.name != subject else 0)
            for c in t.columns:
                if (re.search(r"year$|^year|_year", c.name.lower()) or c.name.lower() == "year") and (
                    best is None or d < best[0]
                ):
                    best = (d, t.name, c.name)
        return (best[1], best[2]) if best else None

    def _dates(self, st: dict, subject: str) -> None:
        lows = [t.low if i not in self.used else "\x00" for i, t in enumerate(self.toks)]
        dr = find_date_range(lows, self.today)
        if dr is None:
            return
        # a bare number after a comparison word is a number, not a year ("more than 2000")
        prev = lows[dr.first - 1] if dr.first else ""
        if re.fullmatch(r"\d{4}", lows[dr.first]) and prev in (
            "than",
            "least",
            "most",
            "over",
            "under",
            "above",
            "below",
            "exactly",
            "top",
            "first",
        ):
            return
        yc = self._year_column(subject)
        span_is_year = all(
            re.fullmatch(r"\d{4}", lows[k]) or lows[k] in ("in", "during", "for", "of")
            for k in range(dr.first, dr.last)
        )
        for k in range(dr.first, dr.last):
            mk = self.mention_at(k)
            if mk is not None:
                mk.role = "date"
        self.used.update(range(dr.first, dr.last))
        if (
            yc
            and (span_is_year or lows[dr.first] in ("before", "after", "since", "between", "from", "until"))
            and (dr.start is None or dr.start.month == 1)
            and (dr.end is None or dr.end.month == 1)
        ):
            item = {"kind": "col", "t": yc[0], "c": yc[1]}
            for ym in self.mentions:
                if ym.kind == "column" and (ym.t, ym.c) == yc and ym.role is None and abs(ym.end - dr.first) <= 2:
                    ym.role = "date"  # "in year 2014": the word only names the column
            years = [dr.start.year] if dr.start else []
            k = dr.last
            while (
                span_is_year
                and k + 1 < len(lows)
                and lows[k] in ("or", "and", ",")
                and re.fullmatch(r"\d{4}", lows[k + 1])
            ):
                years.append(int(lows[k + 1]))  # "in 2014 or 2015"
                mk = self.mention_at(k + 1)
                if mk is not None:
                    mk.role = "date"
                self.used.update({k, k + 1})
                k += 2
            if len(years) > 1:
                st["where"].append({"item": item, "op": "in", "value": years, "date": True})
            elif dr.start and dr.end and dr.end.year - dr.start.year == 1:
                st["where"].append({"item": item, "op": "=", "value": dr.start.year, "date": True})
            elif dr.start and dr.end:
                st["where"].append(
                    {"item": item, "op": "between", "value": [dr.start.year, dr.end.year - 1], "date": True}
                )
            elif dr.start:
                st["where"].append({"item": item, "op": ">=", "value": dr.start.year, "date": True})
            else:
                st["where"].append({"item": item, "op": "<", "value": dr.end.year, "date": True})
            return
        dc = self._date_column(subject)
        if dc is None:
            return
        relative = dr.label.split(" ")[0] in (
            "last",
            "this",
            "past",
            "previous",
            "current",
            "today",
            "yesterday",
            "year",
        )
        span = self.eng.values.date_ranges.get(f"{dc[0]}.{dc[1]}")
        if relative and span:
            latest = dt.date.fromisoformat(span[1][:10])
            if latest < self.today - dt.timedelta(days=1):
                # The data stops before today (a demo or an archive): "last month" means before its latest date,
                # and the explanation says so.
                again = find_date_range(lows, latest)
                if again is not None:
                    dr = again
                    self.notes.append(f"relative to the latest date in the data, {latest.isoformat()}")
        st["where"].append(
            {
                "item": {"kind": "col", "t": dc[0], "c": dc[1]},
                "op": "range",
                "value": [dr.start.isoformat() if dr.start else None, dr.end.isoformat() if dr.end else None],
                "date": True,
                "label": dr.label,
            }
        )

    def _cmp_before(self, i: int) -> tuple[str, int] | None:
        """Comparison phrase ending just before token i -> (op, start index)."""
        lows = [t.low for t in self.toks]
        for words, op in sorted(CMP_WORDS, key=lambda x: -len(x[0])):
            if op.endswith("P"):
                continue
            L = len(words)
            if i - L >= 0 and tuple(lows[i - L : i]) == words:
                return op, i - L
        return None

    def _cmp_after(self, i: int) -> tuple[str, int] | None:
        lows = [t.low for t in self.toks]
        for words, op in CMP_WORDS:
            if not op.endswith("P"):
                continue
            L = len(words)
            if tuple(lows[i : i + L]) == words:
                return op[:-1], i + L
        return None

    def _implied_column(self, word: str, table: str) -> tuple[str, str] | None:
        """'longer' / 'expensive' / 'older' -> a column of ``table`` (or a neighbour) that the word is about."""
        base = {
            "longer": "longest",
            "shorter": "shortest",
            "older": "oldest",
            "younger": "youngest",
            "expensive": "expensive",
            "cheaper": "cheapest",
            "bigger": "biggest",
            "larger": "largest",
            "smaller": "smallest",
            "heavier": "heaviest",
            "taller": "tallest",
            "newer": "newest",
            "higher": "highest",
            "lower": "lowest",
        }.get(word, word)
        spec = ADJ_COLUMNS.get(base)
        if not spec or not spec[1]:
            return None
        cands = [table] + [
            t.name for t in self.schema.tables if t.name != table and self.pl.distance(table, t.name) == 1
        ]
        for t in cands:
            tab = self.schema.table(t)
            for key in spec[1]:
                for c in tab.columns:
                    words = [singular(w) for w in split_identifier(c.name)]
                    if key in words and (
                        c.family in ("integer", "number") or key in ("date", "year", "time", "created")
                    ):
                        return t, c.name
            if base in ("oldest", "youngest"):
                for c in tab.columns:
                    if any(k in c.name.lower() for k in AGE_DATE_WORDS):
                        return t, c.name
        return None

    def _comparisons(self, st: dict, subject: str) -> None:
        ms = self.mentions
        lows = [t.low for t in self.toks]
        n = len(lows)
        for m in ms:
            if m.kind != "number" or m.role:
                continue
            i = m.start
            between = None
            via_column = None
            if i >= 1 and lows[i - 1] == "between" and i + 2 < n and lows[i + 1] == "and":
                m2 = self.mention_at(i + 2)
                if m2 is not None and m2.kind == "number":
                    between = (m.value, m2.value)
                    m2.role = "cmp"
                    op, cstart, cend = "between", i - 1, i + 3
            if between is None:
                found = self._cmp_before(i)
                pmc = self.mention_at(i - 1)
                via_column = None
                if not found and pmc is not None and pmc.kind == "column" and pmc.start > 0:
                    f2 = self._cmp_before(pmc.start)
                    if f2 and f2[0] not in ("=?",):
                        found = f2
                        via_column = pmc  # "under age 30"
                if not found and i >= 2 and lows[i - 1] == "than":
                    for k in range(i - 2, max(-1, i - 6), -1):
                        word = {"greater": ">", "more": ">", "higher": ">", "larger": ">", "bigger": ">", "older": ">",
                                "longer": ">", "less": "<", "fewer": "<", "lower": "<", "smaller": "<",
                                "younger": "<", "shorter": "<", "cheaper": "<"}.get(lows[k])  # fmt: skip
                        if word:
                            cm = self.next_mention(k + 1, kinds=("column",))
                            if cm is not None and cm.end <= i - 1:
                                found = (word, k)  # "a greater weight than 10"
                                via_column = cm
                            break
                if found:
                    op, cstart = found
                    cend = i + 1
                    if cstart > 0 and lows[cstart - 1] == "not" and op in (">", "<", ">=", "<="):
                        op = {">": "<=", "<": ">=", ">=": "<", "<=": ">"}[op]  # "not higher than 4"
                        cstart -= 1
                else:
                    found = self._cmp_after(i + 1)
                    if found:
                        op, cend = found
                        cstart = i
                    else:
                        op, cstart, cend = "=?", i, i + 1
            value = list(between) if between else m.value
            unit = lows[m.end] if m.end < n else ""
            if between and cend - 1 < n:
                unit = lows[cend] if cend < n else ""
            # subject of the comparison: a noun right after the number ("more than 5 invoices"),
            # else a column before the phrase ("price over 1"), else an adjective ("longer than").
            target = None
            after = self.next_mention(
                cend,
                skip={"the", "a", "an", "different", "distinct", "unique", "total"},
                kinds=("table", "column", "metric"),
            )
            if after is not None and after.kind == "table" and not after.role and op != "=?":
                target = ("count", after)
            elif (
                after is not None
                and after.kind == "column"
                and not after.role
                and op != "=?"
                and self._numeric(after)
                and after.start - cend <= 1
            ):
                target = ("col", after)
            elif (
                after is not None
                and after.kind == "column"
                and not after.role
                and op == "=?"
                and after.start == m.end
                and self._numeric(after)
                and not (i > 0 and lows[i - 1] in ("top", "first", "last", "bottom"))
            ):
                target = ("col", after)  # "cars with 4 cylinders"
            if target is None:
                j = cstart - 1
                while j >= 0 and j >= cstart - 6 and via_column is None:
                    pm = self.mention_at(j)
                    if pm is not None:
                        if pm.kind in ("column", "metric") and (
                            pm.kind == "metric"
                            or self._numeric(pm)
                            or self._family(pm.t, pm.c) in ("date", "datetime")
                            or (op == "=?" and j == cstart - 1 and self._family(pm.t, pm.c) == "integer")
                            or (
                                # a number kept in a text column ("horsepower greater than 150")
                                op != "=?"
                                and j == cstart - 1
                                and pm.c not in self.pl.name_columns(pm.t)
                                and not self.schema.table(pm.t).column(pm.c).primary_key
                            )
                        ):
                            target = ("col", pm)
                        break
                    j -= 1
                if via_column is not None:
                    target = ("col", via_column)
                if target is None and op != "=?":
                    for k in range(max(0, cstart - 1), cstart + 2):
                        ic = self._implied_column(lows[k], subject) if k < n else None
                        if ic:
                            target = ("implied", ic)
                            break
            if target is None:
                if op == "=?":
                    continue
                # "with more than 10" (no noun): count of the subject's children is unknowable; skip
                continue
            if op == "=?":
                if target[0] != "col":
                    continue
                op = "="
                more = []
                k = m.end
                while k + 1 < n and lows[k] in ("or", ",", "and") and self.mention_at(k + 1) is not None:
                    nx = self.mention_at(k + 1)
                    if nx.kind != "number" or nx.role:
                        break
                    more.append(nx)
                    k = nx.end
                if more and lows[m.end] != "and":
                    for nx in more:
                        nx.role = "cmp"
                    op, value = "in", [m.value] + [nx.value for nx in more]  # "in grade 9 or 10"
                    cend = k
            m.role = "cmp"
            self.used.update(range(cstart, cend))
            if target[0] == "count":
                tm = target[1]
                tm.role = "having"
                st.setdefault("_having_count", []).append({"t": tm.t, "op": op, "value": value})
                continue
            tcol = target[1][1] if target[0] == "implied" else (target[1].c if target[0] == "col" else None)
            value = _convert_units(value, unit, tcol)
            if target[0] == "implied":
                item = {"kind": "col", "t": target[1][0], "c": target[1][1]}
            else:
                tm = target[1]
                tm.role = "cmp"
                if tm.kind == "metric":
                    st["having"].append({"item": {"kind": "metric", "name": tm.t}, "op": op, "value": value})
                    continue
                item = {"kind": "col", "t": tm.t, "c": tm.c}
                fn = self._agg_before(tm.start)
                if fn:
                    st["having"].append(
                        {"item": {"kind": "agg", "fn": fn, "t": tm.t, "c": tm.c}, "op": op, "value": value}
                    )
                    continue
            if between:
                st["where"].append({"item": item, "op": "between", "value": value})
            else:
                st["where"].append({"item": item, "op": op, "value": value})

    def _compare_to_average(self, st: dict) -> None:
        """'products with price above the average' -> price > (SELECT AVG(price) FROM products)."""
        lows = [t.low for t in self.toks]
        n = len(lows)
        for i in range(n):
            for words, op in CMP_WORDS:
                L = len(words)
                if op.endswith("P") or op == "=?" or tuple(lows[i : i + L]) != words:
                    continue
                j = i + L
                while j < n and lows[j] in ("the", "a", "an"):
                    j += 1
                if j >= n or lows[j] not in ("average", "avg", "mean"):
                    continue
                pm = self.prev_mention(
                    i - 1,
                    skip={"the", "a", "an", "with", "whose", "is", "are", "has", "have", "of", "its", "their"},
                    kinds=("column",),
                )
                if pm is None:
                    nm_after = self.next_mention(j + 1, kinds=("column",))
                    if nm_after is not None and self._numeric(nm_after):
                        pm = nm_after  # "invoices above the average invoice total"
                if pm is None:
                    for k in range(i - 1, -1, -1):
                        ic = self._implied_column(lows[k], st["base"])
                        if ic:
                            pm = Mention("column", k, k + 1, t=ic[0], c=ic[1])
                            break
                if pm is None or not (self._numeric(pm) or self._family(pm.t, pm.c) in ("date", "datetime")):
                    continue
                pm.role = "cmp"
                end = j + 1
                nm = self.mention_at(end) if end < n else None
                if nm is not None and nm.kind == "column":
                    end = nm.end
                self.used.update(range(i, end))
                st["where"].append(
                    {
                        "item": {"kind": "col", "t": pm.t, "c": pm.c},
                        "op": op + " sub",
                        "value": {"fn": "avg", "t": pm.t, "c": pm.c},
                    }
                )

    def _agg_before(self, i: int) -> str | None:
        j = i - 1
        while j >= 0 and self.toks[j].low in ("the", "a", "an", "of", "their", "its", "in", "all"):
            j -= 1
        if j >= 0 and self.toks[j].low in ("average", "avg", "mean", "total", "sum", "combined", "overall"):
            return AGG_WORDS[self.toks[j].low]
        return None

    def _text_matches(self, st: dict, subject: str) -> None:
        lows = [t.low for t in self.toks]
        n = len(lows)
        pats = {
            ("containing",): "%{}%",
            ("contains",): "%{}%",
            ("contain",): "%{}%",
            ("including",): "%{}%",
            ("starting", "with"): "{}%",
            ("starts", "with"): "{}%",
            ("start", "with"): "{}%",
            ("beginning", "with"): "{}%",
            ("begins", "with"): "{}%",
            ("begin", "with"): "{}%",
            ("ending", "with"): "%{}",
            ("ends", "with"): "%{}",
            ("end", "with"): "%{}",
            ("like",): "%{}%",
            ("mention",): "%{}%",
            ("mentioning",): "%{}%",
            ("with", "the", "word"): "%{}%",
            ("include",): "%{}%",
            ("includes",): "%{}%",
            ("has", "the", "word"): "%{}%",
        }
        for i in range(n):
            for words, pat in pats.items():
                L = len(words)
                if tuple(lows[i : i + L]) != words or i in self.used:
                    continue
                j = i + L
                while j < n and lows[j] in ("the", "a", "an", "letter", "word", "string", "text", "substring"):
                    j += 1
                if j >= n:
                    continue
                vm = self.mention_at(j)
                if vm is not None and vm.kind in ("table",):
                    continue
                if vm is not None and vm.kind in ("literal", "value"):
                    text = (
                        vm.value if vm.kind == "literal" else self.toks[j].orig if vm.end - vm.start == 1 else vm.text
                    )
                    if vm.kind == "value":
                        text = " ".join(t.orig for t in self.toks[vm.start : vm.end])
                    vm.role = "like"
                    end = vm.end
                elif vm is None and self.toks[j].low[0].isalnum():
                    text = self.toks[j].orig
                    end = j + 1
                elif vm is not None and vm.kind == "column" and pat != "%{}%":
                    text = self.toks[j].orig
                    vm.role = "like"
                    end = j + 1
                else:
                    continue
                # which column: "with 'x' in the name" / "name containing x" / label of the subject
                col = None
                k = end
                if k < n and lows[k] in ("in", "within"):
                    cm = self.next_mention(k + 1, kinds=("column",))
                    if cm is not None:
                        col = (cm.t, cm.c)
                        cm.role = "like"
                        self.used.update(range(k, cm.end))
                if col is None:
                    pm = self.prev_mention(
                        i - 1,
                        skip={"the", "a", "an", "whose", "with", "that", "which", "is", "are", "their", "its"},
                        kinds=("column", "table"),
                    )
                    if pm is not None and pm.kind == "column" and self._family(pm.t, pm.c) == "text":
                        col = (pm.t, pm.c)
                        pm.role = "like"
                    elif pm is not None and pm.kind == "table":
                        col = (pm.t, self.pl.label_columns(pm.t)[0])
                if col is None:
                    col = (subject, self.pl.label_columns(subject)[0])
                self.used.update(range(i, end))
                st["where"].append(
                    {"item": {"kind": "col", "t": col[0], "c": col[1]}, "op": "like", "value": pat.format(text)}
                )

    def _negated_tables(self, st: dict, subject: str) -> None:
        """'professionals who have not treated any dogs' -> key NOT IN (SELECT fk FROM treatments)."""
        lows = [t.low for t in self.toks]
        for m in self.mentions:
            if m.kind != "table" or m.role or m.t == subject:
                continue
            window = lows[max(0, m.start - 5) : m.start]
            if not any(w in ("not", "never", "no", "without", "none", "t") for w in window):
                continue
            path = self.pl.path(subject, m.t)
            if not path or path[0][4] != "down":
                continue
            a, child, a_col, child_col, _ = path[0]
            m.role = "neg"
            st["where"].append(
                {
                    "item": {"kind": "col", "t": subject, "c": a_col},
                    "op": "not in sub",
                    "value": {"t": child, "c": child_col},
                }
            )

    def _literal_in_column(self, st: dict) -> None:
        lows = [t.low for t in self.toks]
        for m in self.mentions:
            if m.kind not in ("literal", "value") or m.role:
                continue
            if m.end < len(lows) and lows[m.end] in ("in", "within"):
                cm = self.next_mention(
                    m.end + 1, skip={"the", "a", "an", "their", "its", "his", "her"}, kinds=("column",)
                )
                if cm is not None and self._family(cm.t, cm.c) == "text":
                    m.role = "like"
                    cm.role = "like"
                    text = " ".join(t.orig for t in self.toks[m.start : m.end]) if m.kind == "value" else m.value
                    st["where"].append(
                        {"item": {"kind": "col", "t": cm.t, "c": cm.c}, "op": "like", "value": f"%{text}%"}
                    )
                    self.used.update(range(m.start, cm.end))

    def _word_in_column(self, st: dict) -> None:
        """'customers with a gmail email address' -> Email LIKE '%gmail%'."""
        lows = [t.low for t in self.toks]
        for m in self.mentions:
            if m.kind != "column" or m.role or self._family(m.t, m.c) != "text" or m.start < 3:
                continue
            w = self.toks[m.start - 1]
            if self.mention_at(m.start - 1) is not None or not w.low.isalpha() or w.low in STOP or len(w.low) < 3:
                continue
            if lows[m.start - 2] in ("a", "an") and lows[m.start - 3] in ("with", "have", "has", "having"):
                m.role = "like"
                self.used.update(range(m.start - 1, m.end))
                st["where"].append({"item": {"kind": "col", "t": m.t, "c": m.c}, "op": "like", "value": f"%{w.orig}%"})

    def _null_checks(self, st: dict, subject: str) -> None:
        lows = [t.low for t in self.toks]
        n = len(lows)
        for m in self.mentions:
            if m.kind != "column" or m.role:
                continue
            col = self.schema.table(m.t).column(m.c)
            j = m.start - 1
            while j >= 0 and lows[j] in ("a", "an", "the", "any", "their", "its"):
                j -= 1
            before = lows[j] if j >= 0 else ""
            before2 = lows[j - 1] if j >= 1 else ""
            after = lows[m.end] if m.end < n else ""
            after2 = " ".join(lows[m.end : m.end + 3])
            op = None
            if (
                before in ("without", "no", "missing", "lacking")
                or (before == "have" and before2 in ("not", "don", "doesn", "t", "never"))
                or (before == "has" and before2 in ("not", "never"))
            ):
                op = "is null"
            elif (
                after
                in (
                    "listed",
                    "set",
                    "specified",
                    "recorded",
                    "provided",
                    "given",
                    "filled",
                    "present",
                    "known",
                    "available",
                    "on",
                )
                and before in ("a", "an", "with", "have", "has", "having")
                or (
                    after in ("listed", "specified", "recorded", "provided", "filled")
                    and before in ("with", "have", "has", "having")
                )
                or before in ("with", "have", "has", "having")
                and lows[j + 1 : m.start]
                and lows[j + 1] in ("a", "an")
                and col is not None
                and col.nullable
                and col.family == "text"
            ):
                op = "is not null"
            elif after2.startswith(
                ("is null", "is missing", "is empty", "is unknown", "is not set", "are null", "are missing", "is blank")
            ):
                op = "is null"
            elif after2.startswith(
                ("is not null", "is not empty", "is not missing", "is known", "is set", "are not null", "is present")
            ):
                op = "is not null"
            nxt_m = self.mention_at(m.end) or (self.mention_at(m.end + 1) if m.end + 1 < n else None)
            if op and nxt_m is not None and nxt_m.kind in ("value", "literal", "number"):
                op = None  # "do not have the type 'Live final'": a value follows, so not a null check
            if op:
                m.role = "null"
                st["where"].append(
                    {
                        "item": {"kind": "col", "t": m.t, "c": m.c},
                        "op": op,
                        "blank": col is not None and col.family == "text",
                    }
                )
                self.used.update(range(max(j, 0), m.end))

    def _values(self, st: dict) -> None:
        lows = [t.low for t in self.toks]
        groups: dict[tuple, list] = {}
        for m in self.mentions:
            if m.role or m.kind not in ("value", "literal"):
                continue
            if m.kind == "literal":
                pm = self.prev_mention(
                    m.start - 1,
                    skip={"the", "a", "an", "is", "named", "called", "=", "of", "with", "as", "titled", "equal", "to"},
                    kinds=("column", "table"),
                )
                if pm is not None and pm.kind == "column":
                    pm.role = "filter"
                    key = (pm.t, pm.c)
                elif pm is not None and pm.kind == "table":
                    key = (pm.t, self.pl.label_columns(pm.t)[0])
                else:
                    base = self.mentions and next((x.t for x in self.mentions if x.kind == "table"), None)
                    if not base:
                        continue
                    key = (base, self.pl.label_columns(base)[0])
                val = m.value
                if self._family(*key) in ("integer", "number") and re.fullmatch(r"-?\d+(\.\d+)?", str(val)):
                    val = float(val) if "." in str(val) else int(val)
            else:
                key = (m.t, m.c)
                val = m.value
                # "country is Brazil", "genre Rock": the column word only names the filter
                pm = self.prev_mention(
                    m.start - 1,
                    skip={
                        "the",
                        "a",
                        "an",
                        "is",
                        "of",
                        "named",
                        "called",
                        "=",
                        "in",
                        "from",
                        "as",
                        "by",
                        "not",
                        "isn",
                        "'",
                        "t",
                        "equal",
                        "equals",
                        "to",
                        "!",
                        "was",
                        "are",
                        "were",
                        "whose",
                    },
                    kinds=("column",),
                )
                if pm is not None and (pm.t, pm.c) == key and not pm.role:
                    pm.role = "filter"
                nx = self.mention_at(m.end)
                if nx is not None and nx.kind == "column" and (nx.t, nx.c) == key and not nx.role:
                    nx.role = "filter"  # "the web channel"
            neg = any(
                lows[k] in ("not", "except", "excluding", "non", "outside", "exclude", "besides")
                or (lows[k] == "than" and k > 0 and lows[k - 1] == "other")
                for k in range(max(0, m.start - 4), m.start)
            )
            m.role = "filter"
            groups.setdefault((key, neg), []).append(val)
        for ((t, c), neg), vals in groups.items():
            vals = list(dict.fromkeys(vals))
            item = {"kind": "col", "t": t, "c": c}
            if len(vals) == 1:
                st["where"].append({"item": item, "op": "!=" if neg else "=", "value": vals[0]})
            elif not neg and len(vals) == 2 and "both" in lows:
                # "countries that speak both English and French": rows for each value, kept if in both
                st["where"].append({"item": item, "op": "both", "value": vals})
            else:
                st["where"].append({"item": item, "op": "not in" if neg else "in", "value": vals})

    def _group_key(self, m: Mention) -> dict:
        if m.kind == "table":
            return {"kind": "entity", "t": m.t}
        return {"kind": "col", "t": m.t, "c": m.c}

    def _grouping(self, st: dict) -> None:
        lows = [t.low for t in self.toks]
        n = len(lows)
        for i, w in enumerate(lows):
            if i in self.used:
                continue
            trig = None
            if w in ("each", "every") and not self._has_agg_word() and not (i > 0 and lows[i - 1] in ("for", "in")):
                continue
            if (
                w == "by"
                and not self._has_agg_word()
                and any(x in ("sort", "sorted", "order", "ordered", "rank", "ranked", "arrange") for x in lows[:i])
            ):
                continue  # "sort employee names by their age": an ordering, not a grouping
            if (
                w in ("single", "one", "any")
                and i > 0
                and lows[i - 1] in ("a", "on", "in", "per", "for")
                and self._has_agg_word()
            ):
                trig = i + 1  # "the maximum number of tracks on a single album"
                m = self.next_mention(trig, kinds=("table",))
                if m is not None and not m.role:
                    m.role = "group"
                    self.used.update(range(i, m.end))
                    st["group"].append(self._group_key(m))
                continue
            if w in ("per", "each", "every") or (
                w == "by"
                and not (
                    i > 0
                    and lows[i - 1]
                    in (
                        "order",
                        "ordered",
                        "sort",
                        "sorted",
                        "rank",
                        "ranked",
                        "arranged",
                        "arrange",
                        "sorting",
                        "ordering",
                    )
                )
            ):
                trig = i + 1
            elif w in ("across", "grouped", "group") and i + 1 < n:
                trig = i + 1 if w == "across" else (i + 2 if i + 1 < n and lows[i + 1] == "by" else None)
            if trig is None:
                continue
            m = self.next_mention(
                trig,
                skip={"the", "a", "an", "each", "every", "different", "their", "its", "individual", "single", "of"},
                kinds=("table", "column", "value"),
            )
            if m is None or m.role in ("filter", "cmp", "having", "bucket", "date", "like", "null"):
                continue
            if m.kind == "value":
                continue
            if (
                w == "by"
                and m.kind == "table"
                and i > 0
                and lows[i - 1]
                in (
                    "written",
                    "composed",
                    "made",
                    "performed",
                    "created",
                    "released",
                    "sung",
                    "recorded",
                    "played",
                    "supported",
                    "handled",
                    "served",
                    "owned",
                    "managed",
                    "directed",
                    "taught",
                    "taken",
                    "painted",
                    "designed",
                    "built",
                    "founded",
                    "produced",
                    "hosted",
                    "organized",
                    "organised",
                    "sponsored",
                )
            ):
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
            st["group"].append(self._group_key(m))

    def _has_superlative(self) -> bool:
        return any(
            t.low in ("top", "most", "least", "fewest", "highest", "lowest", "bottom") or (t.low in ADJ_COLUMNS)
            for t in self.toks
        ) or any(m.role == "limit" for m in self.mentions)

    def _aggregates(self, st: dict, subject: str, limit: int | None, limit_dir: str | None) -> None:  # noqa: C901
        toks = self.toks
        lows = [t.low for t in toks]
        n = len(lows)
        ms = self.mentions
        aggs: list[dict] = []
        # ---- counts
        for i, w in enumerate(lows):
            if i in self.used:
                continue
            is_count = (
                (w == "many" and i > 0 and lows[i - 1] == "how")
                or (w in ("number", "count", "amount", "counts") and i + 1 < n and lows[i + 1] == "of")
                or (w == "count" and i == 0)
            )
            if not is_count:
                continue
            if w == "amount":
                nm0 = self.next_mention(i + 2, kinds=("table", "column"))
                if nm0 is None or nm0.kind != "table":
                    continue
            self.used.add(i)
            j = i + 1
            distinct = False
            while j < n and lows[j] in ("of", "the", "different", "distinct", "unique", "all", "total", "separate"):
                if lows[j] in ("different", "distinct", "unique", "separate"):
                    distinct = True
                self.used.add(j)
                j += 1
            nm = self.next_mention(j, kinds=("table", "column"))
            if (
                nm is not None
                and nm.kind == "column"
                and w in ("number", "count")
                and re.search(r"number|count|num_|_num|^num", nm.c, re.I)
            ):
                # "in descending order of number of products" with a column Number_products: the column itself
                self.used.discard(i)
                continue
            # nested: "average number of tracks per album"
            outer = None
            k = i - (2 if w == "many" else 1)
            while k >= 0 and lows[k] in ("the", "a"):
                k -= 1
            if k >= 0 and lows[k] in (
                "average",
                "avg",
                "mean",
                "maximum",
                "max",
                "minimum",
                "min",
                "highest",
                "lowest",
                "largest",
                "smallest",
            ):
                outer = AGG_WORDS[lows[k]]
                self.used.add(k)
            plural_table = False
            if nm is not None and nm.kind == "column" and not distinct and nm.end - nm.start > 1:
                first = self.toks[nm.start]
                tw = [singular(x) for x in split_identifier(nm.t)]
                plural_table = (
                    first.low != first.sing and first.sing == tw[-1] and nm.c not in self.pl.label_columns(nm.t)
                )
            sold = any(t.low in ("sold", "bought", "purchased", "ordered") for t in self.toks[i + 1 :])
            units = self._units_column(nm.t) if (sold and nm is not None and nm.kind == "table") else None
            if units is not None:
                # "how many products were sold": add up the quantity on the line rows
                nm.role = "agg"
                item = {"kind": "agg", "fn": "sum", "t": units[0], "c": units[1]}
            elif nm is None:
                item = {"kind": "agg", "fn": "count", "t": subject, "c": None}
            elif plural_table or (nm.kind == "column" and nm.role in ("cmp", "self", "null", "like")):
                # "how many employees report to ...", "how many products cost more than 100": count the rows
                item = {"kind": "agg", "fn": "count", "t": nm.t, "c": None}
            elif nm.kind == "table" and not distinct:
                nm.role = "agg"
                item = {"kind": "agg", "fn": "count", "t": nm.t, "c": None}
            elif nm.kind == "table":
                nm.role = "agg"
                pk = self.schema.table(nm.t).primary_key
                lab = self.pl.label_columns(nm.t)
                item = {"kind": "agg", "fn": "count", "t": nm.t, "c": (lab[0] if lab else pk[0]), "distinct": True}
            elif (
                self._numeric(nm)
                and not distinct
                and nm.role is None
                and re.search(r"count|number|num|qty|quantity", nm.c.lower()) is not None
                and False
            ):
                pass
            elif (
                self._numeric(nm)
                and not distinct
                and nm.role is None
                and w == "many"
                and self.toks[nm.start].low in ("people", "person", "inhabitant", "resident", "citizen")
            ):
                # "how many people live in Texas": the population figure itself
                nm.role = "select"
                continue
            else:
                if nm.role in ("filter",):
                    item = {"kind": "agg", "fn": "count", "t": subject, "c": None}
                else:
                    nm.role = "agg"
                    item = {"kind": "agg", "fn": "count", "t": nm.t, "c": nm.c, "distinct": True}
            if outer:
                item["outer"] = outer
            aggs.append(item)
        # ---- sum / avg / min / max on columns and named metrics
        for m in ms:
            if m.kind == "metric" and not m.role:
                m.role = "agg"
                aggs.append({"kind": "metric", "name": m.t})
                continue
            if m.kind != "column" or m.role:
                continue
            fns = []
            j = m.start - 1
            skipped_adj = False
            while j >= 0:
                w = lows[j]
                if w in ("the", "of", "a", "an", ",", "and", "their", "its", "all"):
                    j -= 1
                    continue
                qm = self.mention_at(j)
                if (
                    not skipped_adj
                    and not fns
                    and qm is not None
                    and qm.kind == "table"
                    and qm.end == m.start
                    and qm.start > 0
                    and lows[qm.start - 1] in PURE_AGG
                ):
                    skipped_adj = True  # "average order quantity": the table only qualifies the column
                    j = qm.start - 1
                    continue
                if (
                    not skipped_adj
                    and not fns
                    and j > 0
                    and lows[j - 1] in PURE_AGG
                    and self.mention_at(j) is None
                    and w.isalpha()
                    and w not in STOP
                ):
                    skipped_adj = True  # "average expected life expectancy"
                    j -= 1
                    continue
                if (
                    w in AGG_WORDS
                    and (w in PURE_AGG or self._numeric(m) or self._family(m.t, m.c) in ("date", "datetime"))
                    and w not in ("most", "least", "top", "best", "worst")
                    and j not in self.used
                ):
                    # "highest" etc. right before a column with a linking word before it is a superlative
                    if w not in PURE_AGG and (self._argmax_context(j) or self._limit):
                        break
                    fns.append(AGG_WORDS[w])
                    self.used.add(j)
                    j -= 1
                    continue
                break
            if (
                not fns
                and lows[m.start] in ("revenue", "revenues", "sales", "turnover", "income", "spending")
                and self._numeric(m)
                and m.end - m.start == 1
                and not self._has_list_intent()
                and not any(
                    t.low in ("order", "ordered", "sort", "sorted", "descending", "ascending") for t in self.toks
                )
            ):
                fns = ["sum"]  # "what was the revenue last year"
            if (
                not fns
                and lows[m.start] == "total"
                and self._numeric(m)
                and m.end - m.start == 1
                and (st["group"] or self._has_group_word())
            ):
                fns = ["sum"]  # "total per country": the column named Total read as its sum when grouping
            if not fns and self._numeric(m) and m.end < n and lows[m.end] in ("total",):
                fns = ["sum"]
            if not fns and m.end + 1 < n and lows[m.end] == "in" and lows[m.end + 1] == "total" and self._numeric(m):
                fns = ["sum"]
            for fn in reversed(fns):
                m.role = "agg"
                aggs.append({"kind": "agg", "fn": fn, "t": m.t, "c": m.c})
        for m in ms:
            if (
                m.kind == "table"
                and not m.role
                and not (self.mention_at(m.end) is not None and self.mention_at(m.end).kind == "column")
            ):
                fn = self._agg_before(m.start)
                if fn in ("sum", "avg"):
                    mc = self._money_column(m.t, exact_table=True)
                    if mc:
                        m.role = "agg"
                        aggs.append({"kind": "agg", "fn": fn, "t": mc[0], "c": mc[1]})
        # "revenue by month": a measure column with keys but no aggregate word
        if not aggs and st["group"]:
            for m in ms:
                if m.kind == "table" and not m.role and self.toks[m.start].low in MONEY_WORDS:
                    mc = self._money_column(m.t, exact_table=True)
                    if mc:
                        m.role = "agg"
                        aggs.append({"kind": "agg", "fn": "sum", "t": mc[0], "c": mc[1]})
                        break
            for m in ms:
                if aggs:
                    break
                if (
                    m.kind == "column"
                    and not m.role
                    and self._numeric(m)
                    and not any(g.get("kind") == "entity" and g.get("t") == m.t for g in st["group"])
                ):
                    fn = (
                        "sum"
                        if re.search(
                            r"total|amount|revenue|sales|quantity|qty|count|sum|spend|cost|profit|income|budget|units|sold",
                            m.c.lower(),
                        )
                        or self.toks[m.start].low
                        in ("revenue", "sale", "sales", "spend", "spent", "spending", "amount", "income")
                        else "avg"
                    )
                    m.role = "agg"
                    aggs.append({"kind": "agg", "fn": fn, "t": m.t, "c": m.c})
                    break
        if not aggs:
            for i, t in enumerate(self.toks):
                if t.low in MONEY_WORDS | {"spent", "paid"} and self.mention_at(i) is None and i not in self.used:
                    near = {g.get("t") for g in st["group"] if g.get("t")} | {
                        m.t for m in ms if m.kind in ("table", "value", "column") and m.t
                    }
                    rev = self._revenue_item(near)
                    if rev is not None:
                        self.used.add(i)
                        aggs.append(rev)
                    break
        # "how much" -> sum of the money column
        hm = self.has_seq("how", "much")
        if hm >= 0 and not aggs and not self._has_superlative() and "each" not in lows and "every" not in lows:
            nm = self.next_mention(
                hm + 2,
                skip={"the", "a", "did", "do", "does", "is", "was", "were", "are", "of", "in", "money", "revenue"},
                kinds=("column", "metric"),
            )
            if nm is not None and nm.kind == "column" and self._numeric(nm):
                nm.role = "agg"
                aggs.append({"kind": "agg", "fn": "sum", "t": nm.t, "c": nm.c})
            else:
                mc = self._money_column(subject)
                if mc:
                    aggs.append({"kind": "agg", "fn": "sum", "t": mc[0], "c": mc[1]})
        # ---- "with more than 5 invoices" -> HAVING COUNT
        for hc in st.pop("_having_count", []):
            if hc["t"] == subject and not st["group"]:
                # "how many customers have more than 5 invoices" needs the subject grouped
                pass
            st["having"].append(
                {"item": {"kind": "agg", "fn": "count", "t": hc["t"], "c": None}, "op": hc["op"], "value": hc["value"]}
            )
        if st["having"] and not st["group"]:
            owner = subject
            cnt_tables = {h["item"].get("t") for h in st["having"]}
            first_having = min((m.start for m in ms if m.role == "having"), default=len(lows))
            asked = next((m for m in ms if m.kind == "column" and m.role is None and m.start < first_having), None)
            if asked is not None and asked.t in cnt_tables and asked.c not in self.pl.label_columns(asked.t):
                # "which grades have 4 or more students": the column is the key
                asked.role = "group"
                st["group"].append({"kind": "col", "t": asked.t, "c": asked.c})
            else:
                if owner in cnt_tables:
                    owner = next((m.t for m in ms if m.kind == "table" and m.t not in cnt_tables), owner)
                if owner in cnt_tables and asked is not None and asked.t not in cnt_tables:
                    owner = asked.t
                st["group"].append({"kind": "entity", "t": owner})
            st["_implicit_group"] = True
        # ---- "the best month for sales": rank date buckets
        for k, w in enumerate(lows):
            unit = lows[k + 1].rstrip("s") if k + 1 < n else ""
            sup = next((x for x in lows[k + 2 :] if x in ("highest", "lowest", "most", "least", "fewest")), None)
            if (
                w in ("which", "what")
                and k == 0
                and unit in ("day", "week", "month", "quarter", "year")
                and self.mention_at(k + 1) is None
                and sup is not None
                and any(t.low in MONEY_WORDS for t in self.toks)
            ):
                # "which month had the highest revenue": rank the buckets like "the best month for sales"
                w = "worst" if sup in ("lowest", "least", "fewest") else "best"
                self.used.update(j for j, x in enumerate(lows) if x == sup)
            if w not in (
                "best",
                "worst",
                "busiest",
                "quietest",
                "top",
                "biggest",
                "strongest",
                "weakest",
            ) or unit not in (
                "day",
                "week",
                "month",
                "quarter",
                "year",
            ):
                continue
            if st["group"]:
                break
            measure = next((a for a in aggs if a.get("kind") in ("agg", "metric")), None)
            if measure is None and any(t.low in MONEY_WORDS for t in self.toks):
                measure = self._revenue_item({m.t for m in ms if m.t})
            if measure is None:
                measure = {"kind": "agg", "fn": "count", "t": subject, "c": None}
            dc = self._date_column(measure.get("t") or subject)
            if dc is None:
                break
            bucket = {"kind": "bucket", "unit": unit, "t": dc[0], "c": dc[1]}
            self.used.update({k, k + 1})
            st["group"].append(bucket)
            st["order"].append({"item": measure, "dir": "asc" if w in ("worst", "quietest", "weakest") else "desc"})
            st["limit"] = limit or 1
            st["select"] = [bucket, measure]
            st["_done"] = True
            return
        # ---- "best selling products"
        for k, w in enumerate(lows):
            nxt = lows[k + 1] if k + 1 < n else ""
            if (w in ("best", "top", "worst") and nxt in ("selling", "sellers", "seller", "sold")) or (
                w in ("most", "least") and nxt == "sold"
            ):
                ent = self.next_mention(k + 2, kinds=("table",))
                if ent is None:
                    ent = next((m for m in ms if m.kind == "table"), None)
                if ent is None:
                    break
                units = self._units_column(ent.t)
                measure = {"kind": "agg", "fn": "sum", "t": units[0], "c": units[1]} if units else None
                if measure is None:
                    child = next((e[1] for e in self.pl.adj.get(ent.t, []) if e[3] == "down"), None)
                    if child is None:
                        break
                    measure = {"kind": "agg", "fn": "count", "t": child, "c": None}
                ent.role = "entity"
                self.used.update({k, k + 1})
                plural = self.toks[ent.start].low != self.toks[ent.start].sing
                st["group"].append({"kind": "entity", "t": ent.t})
                st["order"].append({"item": measure, "dir": "asc" if w in ("worst", "least") else "desc"})
                st["limit"] = limit or (10 if plural else 1)
                st["_argmax"] = {
                    "entity": ent.t,
                    "measure": measure,
                    "show_measure": plural or bool(limit and limit > 1),
                }
                st["_aggs"] = []
                return
        # ---- "average order value": the mean of a per-row revenue
        for k, w in enumerate(lows):
            if w not in ("average", "avg", "mean", "typical"):
                continue
            tm = self.mention_at(k + 1)
            if (
                tm is None
                or tm.kind != "table"
                or tm.end >= n
                or lows[tm.end] not in ("value", "size", "amount", "total", "revenue", "spend")
            ):
                continue
            if self.mention_at(tm.end) is not None:
                continue
            rev = self._revenue_item({tm.t})
            pk = self.schema.table(tm.t).primary_key
            if rev is None or not pk:
                continue
            tm.role = "agg"
            self.used.update({k, tm.end})
            # "average order value by channel": the asked dimensions stay as the outer query's groups
            dims = list(st["group"])
            st["select"] = [*dims, rev]
            st["group"].append({"kind": "col", "t": tm.t, "c": pk[0]})
            st["nested"] = {"fn": "avg", "name": f"average_{naming.singular_words(tm.t)}_{lows[tm.end]}"}
            if dims:
                st["nested"]["by"] = dims
            return
        # ---- superlatives / argmax
        sup = self._superlative(st, subject, limit, limit_dir, aggs)
        if sup:
            return
        if st["group"] and (self.has_seq("on", "average") >= 0 or self.has_seq("on", "avg") >= 0):
            for a in aggs:
                if a.get("fn") == "count" and not a.get("outer"):
                    a["outer"] = "avg"  # "how many orders per customer on average"
                    break
        nested = [a for a in aggs if a.get("outer")]
        if nested and st["group"]:
            a = nested[0]
            st["select"] = [
                {"kind": "agg", "fn": a["fn"], "t": a["t"], "c": a.get("c"), "distinct": a.get("distinct", False)}
            ]
            st["nested"] = {"fn": a["outer"]}
            return
        for a in nested:
            a.pop("outer", None)
        if st.get("_implicit_group") and aggs:
            # "how many customers have more than 5 invoices": count the groups
            st["select"] = [{"kind": "agg", "fn": "count", "t": st["group"][0]["t"], "c": None}]
            st["nested"] = {"fn": "count"}
            return
        st["_aggs"] = aggs

    def _has_list_intent(self) -> bool:
        lows = [t.low for t in self.toks]
        return bool(lows) and lows[0] in ("list", "show", "display", "find") and not self._has_agg_word()

    def _has_agg_word(self) -> bool:
        lows = [t.low for t in self.toks]
        return any(
            w
            in (
                "many",
                "number",
                "count",
                "average",
                "avg",
                "mean",
                "total",
                "sum",
                "maximum",
                "minimum",
                "max",
                "min",
                "most",
                "least",
                "highest",
                "lowest",
            )
            for w in lows
        )

    def _has_group_word(self) -> bool:
        order_words = ("order", "ordered", "sort", "sorted", "rank", "ranked", "descending", "ascending", "arranged")
        return any(
            t.low in ("per", "each", "every") or (t.low == "by" and not (i and self.toks[i - 1].low in order_words))
            for i, t in enumerate(self.toks)
        )

    def _argmax_context(self, j: int) -> bool:
        k = j - 1
        while k >= 0 and self.toks[k].low in ("the", "a", "an"):
            k -= 1
        return k >= 0 and self.toks[k].low in (
            "with",
            "has",
            "have",
            "had",
            "having",
            "by",
            "whose",
            "got",
            "gets",
            "earned",
            "made",
            "sold",
            "generated",
            "spent",
            "received",
        )

    def _revenue_item(self, near: set[str]) -> dict | None:
        """What "revenue"/"sales"/"spent" adds up: a document total, or price x quantity on line rows.

        The pick avoids double counting: a candidate is used only if every table in ``near`` (grouping
        and filter tables) is reached from it without going to a "many" side.
        """
        docs, lines = [], []
        for t in self.schema.tables:
            nums = [c for c in t.columns if c.family in ("number", "integer") and not c.primary_key]
            price = next(
                (
                    c.name
                    for c in nums
                    if re.search(r"price|cost|amount", c.name, re.I) and not re.search(r"id$", c.name, re.I)
                ),
                None,
            )
            qty = next((c.name for c in nums if re.search(r"quantity|qty|units|count", c.name, re.I)), None)
            money = next((c.name for c in nums if re.search(r"total|amount|revenue|sales", c.name, re.I)), None)
            if price and qty:
                lines.append({"kind": "agg", "fn": "sum", "t": t.name, "c": price, "times": qty})
            if money:
                docs.append({"kind": "agg", "fn": "sum", "t": t.name, "c": money})

        def clean(item: dict) -> bool:
            for g in near:
                if g == item["t"]:
                    continue
                p = self.pl.path(item["t"], g)
                if p is None or any(e[4] == "down" for e in p):
                    return False
            return True

        for item in docs + lines:
            if clean(item):
                return item
        connected = [it for it in lines + docs if all(self.pl.distance(it["t"], g) < 99 for g in near)]
        return connected[0] if connected else None

    def _fix_fanout_sums(self, st: dict) -> None:
        """SUM over a document total joined out to its lines counts it once per line: use the lines."""
        near = {g.get("t") for g in st["group"] if g.get("t")} | {
            w["item"].get("t") for w in st["where"] if w["item"].get("t")
        }
        for coll in (st["select"], [o["item"] for o in st["order"]]):
            for it in coll:
                if it.get("kind") != "agg" or it.get("fn") != "sum" or it.get("times"):
                    continue
                bad = any(
                    g != it["t"]
                    and (self.pl.path(it["t"], g) or [])
                    and any(e[4] == "down" for e in self.pl.path(it["t"], g))
                    for g in near
                )
                if not bad or not re.search(r"total|amount|revenue|sales", it["c"], re.I):
                    continue
                alt = self._revenue_item(near)
                if alt is not None and alt["t"] != it["t"]:
                    it.clear()
                    it.update(alt)

    def _units_column(self, table: str) -> tuple[str, str] | None:
        best = None
        for t in self.schema.tables:
            d = self.pl.distance(table, t.name)
            if d >= 3:
                continue
            for c in t.columns:
                if (
                    c.family in ("integer", "number")
                    and re.search(r"quantity|qty|units", c.name, re.I)
                    and (best is None or d < best[0])
                ):
                    best = (d, t.name, c.name)
        return (best[1], best[2]) if best else None

    def _money_column(self, subject: str, exact_table: bool = False) -> tuple[str, str] | None:
        for t in [subject] + ([] if exact_table else [x.name for x in self.schema.tables]):
            tab = self.schema.table(t)
            if self.pl.distance(subject, t) > 2:
                continue
            for c in tab.columns:
                if c.family in ("number", "integer") and re.search(
                    r"total|amount|revenue|price|cost|sales|value", c.name.lower()
                ):
                    return t, c.name
        return None

    def _superlative(self, st: dict, subject: str, limit: int | None, limit_dir: str | None, aggs: list[dict]) -> bool:  # noqa: C901
        toks = self.toks
        lows = [t.low for t in toks]
        n = len(lows)
        ms = self.mentions
        for i, w in enumerate(lows):
            if w in ("most", "least") and i + 1 < n and lows[i + 1] in FREQUENT_WORDS:
                m = self.next_mention(i + 2, kinds=("column", "table"))
                if m is None or m.role:
                    m = self.prev_mention(
                        i - 1,
                        skip={"the", "a", "an", "is", "that", "which", "are", "was", "were"},
                        kinds=("column", "table"),
                    )
                if m is not None and not st["group"]:
                    m.role = "group"
                    key = self._group_key(m)
                    st["group"].append(key)
                    measure = {"kind": "agg", "fn": "count", "t": subject if m.kind == "column" else m.t, "c": None}
                    if m.kind == "table":
                        other = next((x.t for x in ms if x.kind == "table" and x.t != m.t), None)
                        units = self._units_column(m.t) if other is None else None
                        if units is not None:
                            measure = {"kind": "agg", "fn": "sum", "t": units[0], "c": units[1]}  # "most popular genre"
                        else:
                            child = next((e[0] for e in self.pl.adj.get(m.t, []) if e[3] == "down"), None)
                            measure["t"] = other or child or subject
                    st["order"].append({"item": measure, "dir": "desc" if w == "most" else "asc"})
                    st["limit"] = limit or 1
                    self.used.update({i, i + 1})
                    st["_argmax"] = {"entity": m.t, "measure": measure, "show_measure": limit is not None and limit > 1}
                    st["_aggs"] = [a for a in aggs if a != measure]
                    return True
            if i in self.used and w not in ("most", "least", "fewest"):
                continue
            if w in ("first", "last") and self.mention_at(i) is None:
                tm = self.mention_at(i + 1)
                dc = self._date_column(tm.t) if tm is not None and tm.kind == "table" else None
                if dc is not None and dc[0] == tm.t:
                    # "when was the first transcript released": the earliest by its date
                    self.used.add(i)
                    tm.role = "entity"
                    measure = {"kind": "col", "t": dc[0], "c": dc[1]}
                    st["order"].append({"item": measure, "dir": "asc" if w == "first" else "desc"})
                    st["limit"] = limit or 1
                    st["_argmax"] = {"entity": tm.t, "measure": measure, "show_measure": False}
                    st["_aggs"] = [a for a in aggs if a != measure]
                    return True
            adj = ADJ_COLUMNS.get(w)
            is_most = w in (
                "most",
                "least",
                "fewest",
                "highest",
                "lowest",
                "largest",
                "smallest",
                "biggest",
                "greatest",
                "top",
                "maximum",
                "minimum",
                "max",
                "min",
                "best",
                "worst",
            )
            if not adj and not is_most and not (limit and w in ("by",)):
                continue
            if w == "by" and not (limit and i not in self.used):
                continue
            if w == "most" and i + 1 < n and lows[i + 1] in ADJ_COLUMNS:
                continue  # "most expensive": the adjective decides
            if w in ("least",) and i + 1 < n and lows[i + 1] in ADJ_COLUMNS:
                adj = ADJ_COLUMNS.get(lows[i + 1])
                adj = ("asc" if adj[0] == "desc" else "desc", adj[1])
                i += 1
            direction = "desc"
            if w in ("least", "fewest", "lowest", "smallest", "minimum", "min", "worst") or (adj and adj[0] == "asc"):
                direction = "asc"
            if adj and lows[i] in ("most",):
                direction = "desc"
            if w == "by":
                direction = limit_dir if limit_dir in ("asc", "desc") else "desc"
            # measure
            skip = {
                "the",
                "a",
                "an",
                "number",
                "of",
                "amount",
                "count",
                "total",
                "average",
                "avg",
                "mean",
                "in",
                "sum",
                "quantity",
            }
            nm = self.next_mention(i + 1, skip=skip, kinds=("table", "column", "metric"), skip_kinds=("value",))
            between = lows[i + 1 : nm.start] if nm is not None else []
            measure = None
            if nm is not None and nm.role in (
                "filter",
                "cmp",
                "group",
                "having",
                "limit",
                "date",
                "bucket",
                "like",
                "null",
            ):
                nm = None
            # "the most revenue", "top 5 products by sales", "the highest revenue": a money word with no column
            money_after = (
                w in ("most", "least", "by", "highest", "lowest", "top", "biggest", "largest", "smallest")
                and i + 1 < n
                and lows[i + 1] in MONEY_WORDS
                and self.mention_at(i + 1) is None
            )
            if nm is None and (
                money_after or (w in ("most", "least") and (i + 1 >= n or not lows[i + 1][0].isalnum()))
            ):
                # "which country spends the most": the measure is the verb before
                k = i - 1
                while k >= 0 and lows[k] in ("the",):
                    k -= 1
                pm = self.mention_at(k)
                if pm is not None and pm.kind == "column" and self._numeric(pm) and not pm.role:
                    nm = pm
                    between = (
                        ["total"] if re.search(r"total|amount|revenue|sales|spend|cost|quantity", pm.c.lower()) else []
                    )
                elif money_after or (
                    pm is None
                    and k >= 0
                    and lows[k]
                    in (
                        "spent",
                        "spend",
                        "spends",
                        "paid",
                        "pays",
                        "bought",
                        "buys",
                        "purchased",
                        "earned",
                        "sold",
                        "sells",
                    )
                ):
                    near = {m.t for m in ms if m.kind in ("table", "column") and m.t}
                    rev = self._revenue_item(near)
                    if rev is not None:
                        asked = next(
                            (
                                m
                                for m in ms
                                if m.kind in ("table", "column") and m.start < i and m.role in (None, "entity")
                            ),
                            None,
                        )
                        ent_t = asked.t if asked is not None else subject
                        if asked is not None and asked.kind == "column":
                            asked.role = "group"
                            st["group"].append({"kind": "col", "t": asked.t, "c": asked.c})
                        else:
                            st["group"].append({"kind": "entity", "t": ent_t})
                        self.used.update({i, k})
                        st["order"].append({"item": rev, "dir": direction})
                        st["limit"] = limit or 1
                        st["_argmax"] = {
                            "entity": ent_t,
                            "measure": rev,
                            "show_measure": True,
                        }
                        st["_aggs"] = [a for a in aggs if a != rev]
                        return True
            if (
                nm is not None
                and nm.kind == "column"
                and w in ("most", "fewest")
                and not self._numeric(nm)
                and self._family(nm.t, nm.c) not in ("date", "datetime")
            ):
                # "which continent speaks the most languages": count the rows that carry them
                nm = Mention("table", nm.start, nm.end, [(nm.t, None, 1.0)], nm.text, t=nm.t)
            if (
                nm is not None
                and nm.kind == "table"
                and w in ("most", "least", "fewest")
                or (nm is not None and nm.kind == "table" and ("number" in between or "count" in between))
            ):
                measure = {"kind": "agg", "fn": "count", "t": nm.t, "c": None}
                if "different" in between or "distinct" in between or "unique" in between:
                    lab = self.pl.label_columns(nm.t)
                    measure = {"kind": "agg", "fn": "count", "t": nm.t, "c": lab[0], "distinct": True}
                counted = nm
            elif nm is not None and nm.kind == "metric":
                measure = {"kind": "metric", "name": nm.t}
                counted = nm
            elif (
                nm is not None
                and nm.kind == "column"
                and (self._numeric(nm) or self._family(nm.t, nm.c) in ("date", "datetime") or nm.c.lower() in ("year",))
            ):
                fn = None
                for bw in between:
                    if bw in ("total", "sum"):
                        fn = "sum"
                    elif bw in ("average", "avg", "mean"):
                        fn = "avg"
                    elif bw in ("number", "count"):
                        fn = "count"
                measure = (
                    {"kind": "agg", "fn": fn, "t": nm.t, "c": nm.c} if fn else {"kind": "col", "t": nm.t, "c": nm.c}
                )
                counted = nm
            elif adj is not None:
                target_t = nm.t if nm is not None and nm.kind == "table" else subject
                ic = self._implied_column(lows[i], target_t) if lows[i] in ADJ_COLUMNS else None
                if ic is None and adj[1]:
                    ic = self._implied_column(lows[i], subject)
                if ic is None:
                    continue
                if lows[i] in ("oldest", "youngest") and any(k in ic[1].lower() for k in AGE_DATE_WORDS):
                    direction = "asc" if direction == "desc" else "desc"
                measure = {"kind": "col", "t": ic[0], "c": ic[1]}
                counted = None
                if nm is not None and nm.kind == "table":
                    nm.role = nm.role or "entity"
                    subject = nm.t if not any(m.kind == "table" and m.start < i for m in ms) else subject
            else:
                continue
            # aggregate or argmax?
            pure = w in ("maximum", "minimum", "max", "min")
            argmax = (
                self._argmax_context(i)
                or (limit is not None)
                or (lows[0] in ("which", "who"))
                or w in ("most", "least", "fewest", "top")
            )
            if measure["kind"] == "col" and not argmax and not pure:
                # "the longest track" (entity after the adjective) vs "the highest price" (column)
                if (
                    nm is not None
                    and nm.kind == "table"
                    or lows[i] in ADJ_COLUMNS
                    and ADJ_COLUMNS[lows[i]][1]
                    and (nm is None or nm.kind != "column")
                ):
                    argmax = True
                else:
                    # "what is the name of the highest-priced"/"what is the highest price": aggregate
                    pass
            if pure and self._argmax_context(i):
                argmax = True
            if not argmax:
                if measure["kind"] == "col":
                    if counted is not None:
                        counted.role = "agg"
                    self.used.add(i)
                    aggs.append(
                        {
                            "kind": "agg",
                            "fn": "max" if direction == "desc" else "min",
                            "t": measure["t"],
                            "c": measure["c"],
                        }
                    )
                    return False
                continue
            if counted is not None:
                counted.role = "measure"
            self.used.add(i)
            # the entity being ranked: what was asked for before the superlative, else the subject
            ent_t = subject
            ent_col = None
            asked = None
            for m in ms:
                if m.start >= i:
                    break
                if m.kind in ("table", "column") and m.role in (None, "select", "entity") and m is not counted:
                    asked = m
                    break
            if (
                asked is not None
                and asked.kind == "column"
                and not (asked.text in ("name", "title") and asked.t == subject)
            ):
                ent_col = asked
                ent_t = asked.t
            elif asked is not None and asked.kind == "table":
                ent_t = asked.t
            elif counted is not None and counted.kind == "table" and counted.t == subject:
                other = [
                    m
                    for m in ms
                    if m.kind == "table" and m.t != counted.t and m.role not in ("filter", "agg", "measure")
                ]
                if other:
                    ent_t = other[0].t
            if measure["kind"] == "col" and measure["t"] != ent_t and self._one_to_many(ent_t, measure["t"]):
                # "customer with the highest total": add up the many side per customer
                additive = re.search(
                    r"total|amount|revenue|sales|quantity|qty|count|spend|cost|profit|income|units|sold",
                    measure["c"].lower(),
                )
                measure = {"kind": "agg", "fn": "sum" if additive else "max", "t": measure["t"], "c": measure["c"]}
            if measure["kind"] in ("agg", "metric") and not st["group"]:
                if ent_col is not None:
                    ent_col.role = "group"
                    st["group"].append({"kind": "col", "t": ent_col.t, "c": ent_col.c})
                else:
                    st["group"].append({"kind": "entity", "t": ent_t})
            elif ent_col is not None:
                ent_col.role = "select"
            st["order"].append({"item": measure, "dir": direction})
            st["limit"] = limit or 1
            # "... and how many channels use it": the count is asked for as well
            also_count = any(
                (lows[k] in ("number", "count") or (lows[k] == "many" and k and lows[k - 1] == "how"))
                and not (i - 2 <= k <= i + 3)
                for k in range(n)
            )
            st["_argmax"] = {
                "entity": ent_t,
                "measure": measure,
                "show_measure": (limit is not None and limit > 1) or (also_count and measure.get("kind") == "agg"),
            }
            st["_aggs"] = [
                a
                for a in aggs
                if a != measure and not (a.get("t") == measure.get("t") and a.get("c") == measure.get("c"))
            ]
            return True
        return False

    def _one_to_many(self, a: str, b: str) -> bool:
        p = self.pl.path(a, b)
        return bool(p) and any(e[4] == "down" for e in p)

    def _order(self, st: dict) -> None:
        lows = [t.low for t in self.toks]
        n = len(lows)
        for i, w in enumerate(lows):
            if w not in (
                "order",
                "ordered",
                "sort",
                "sorted",
                "rank",
                "ranked",
                "arranged",
                "sorting",
                "ordering",
                "descending",
                "ascending",
                "alphabetical",
                "alphabetically",
                "decreasing",
                "increasing",
            ):
                continue
            if w in ("rank", "order") and not (
                i + 1 < n and lows[i + 1] in ("by", "of", "them", "the", "it", "in", "according")
            ):
                continue  # "money rank", "order date": a noun
            if self.mention_at(i) is not None and w in ("rank", "order", "ordered"):
                continue
            j = i + 1
            while j < n and lows[j] in (
                "by",
                "of",
                "the",
                "in",
                "on",
                "them",
                "it",
                "their",
                "descending",
                "ascending",
                "decreasing",
                "increasing",
                "order",
                "alphabetical",
                "alphabetically",
                "according",
                "to",
            ):
                j += 1
            m = self.next_mention(j, kinds=("column", "table", "metric"))
            window = lows[max(0, i - 3) : min(n, (m.end if m else j) + 4)]
            direction = "asc"
            if any(
                x in window
                for x in (
                    "descending",
                    "desc",
                    "decreasing",
                    "reverse",
                    "highest",
                    "largest",
                    "biggest",
                    "most",
                    "newest",
                    "latest",
                    "oldest",
                )
            ) or ("high" in window and "low" in window and window.index("high") < window.index("low")):
                direction = "desc"
            if "oldest" in window and "youngest" in window and window.index("oldest") > window.index("youngest"):
                direction = "asc"
            if "from" in window and "to" in window:
                first = (
                    window[window.index("from") + 1 : window.index("to")]
                    if window.index("from") < window.index("to")
                    else []
                )
                if any(
                    x
                    in (
                        "old",
                        "oldest",
                        "high",
                        "highest",
                        "large",
                        "largest",
                        "big",
                        "biggest",
                        "most",
                        "new",
                        "newest",
                        "latest",
                        "z",
                        "max",
                        "greatest",
                    )
                    for x in first
                ):
                    direction = "desc"
                elif any(
                    x
                    in (
                        "young",
                        "youngest",
                        "low",
                        "lowest",
                        "small",
                        "smallest",
                        "least",
                        "earliest",
                        "a",
                        "min",
                        "fewest",
                    )
                    for x in first
                ):
                    direction = "asc"
            if m is None:
                m = self.prev_mention(
                    i - 1,
                    skip={"the", "a", "an", "in", "by", "them", "results", "sorted", "ordered", "order"},
                    kinds=("column",),
                )
            if m is None:
                if w.startswith("alphabetic") or st["order"] or not st.get("_aggs"):
                    lab_t = next((x.t for x in self.mentions if x.kind == "table"), st["base"])
                    key = next((g for g in st["group"] if g.get("kind") in ("col", "entity")), None)
                    if w.startswith("alphabetic") and key is not None:
                        # "customers by country, sorted alphabetically": the groups' names, not a hidden column
                        item = (
                            key
                            if key["kind"] == "col"
                            else {"kind": "col", "t": key["t"], "c": self.pl.label_columns(key["t"])[0]}
                        )
                        st["order"].append({"item": item, "dir": "asc"})
                        self.used.add(i)
                    elif w.startswith("alphabetic") and lab_t:
                        st["order"].append(
                            {"item": {"kind": "col", "t": lab_t, "c": self.pl.label_columns(lab_t)[0]}, "dir": "asc"}
                        )
                        self.used.add(i)
                continue
            self.used.update(range(i, m.end))
            if m.kind == "table":
                item = {"kind": "col", "t": m.t, "c": self.pl.label_columns(m.t)[0]}
            elif m.kind == "metric":
                item = {"kind": "metric", "name": m.t}
            else:
                fn = self._agg_before(m.start)
                item = {"kind": "agg", "fn": fn, "t": m.t, "c": m.c} if fn else {"kind": "col", "t": m.t, "c": m.c}
            if m.role in (None, "select"):
                m.role = "order"
            st["order"].append({"item": item, "dir": direction})
            return
        # "from the oldest to the youngest", "from highest to lowest"
        fi = self.has_seq("from")
        if fi >= 0 and not st["order"]:
            rest = lows[fi + 1 : fi + 6]
            if "to" in rest:
                a = [x for x in rest if x in ADJ_COLUMNS or x in ("high", "low", "most", "least")]
                if a:
                    word = a[0]
                    direction = {"high": "desc", "low": "asc", "most": "desc", "least": "asc"}.get(word) or ADJ_COLUMNS[
                        word
                    ][0]
                    col = None
                    pm = next((m for m in self.mentions if m.kind == "column" and self._numeric(m)), None)
                    if word in ADJ_COLUMNS and ADJ_COLUMNS[word][1]:
                        ic = self._implied_column(word, st["base"])
                        if ic:
                            col = ic
                            if word in ("oldest", "youngest") and any(k in ic[1].lower() for k in AGE_DATE_WORDS):
                                direction = "asc" if direction == "desc" else "desc"
                    if col is None and pm is not None:
                        col = (pm.t, pm.c)
                    if col is None:
                        st["_order_pending"] = direction  # applied to the computed value once it is known
                    if col:
                        st["order"].append({"item": {"kind": "col", "t": col[0], "c": col[1]}, "dir": direction})
                        self.used.update(range(fi, fi + 6))

    def _select(self, st: dict, subject: str) -> None:
        aggs = st.pop("_aggs", [])
        if st.pop("_done", False):
            return
        if aggs and st["group"] and not st.get("nested"):
            # "average quantity per order item": grouping by the rows being aggregated means no grouping
            agg_ts = {a.get("t") for a in aggs}
            st["group"] = [
                g
                for g in st["group"]
                if not (g["kind"] == "entity" and agg_ts == {g["t"]} and not any(a.get("fn") == "count" for a in aggs))
            ]
        am = st.pop("_argmax", None)
        implicit = st.pop("_implicit_group", False)
        lows = [t.low for t in self.toks]
        ms = self.mentions
        sel_cols = [m for m in ms if m.kind == "column" and m.role in (None, "select")]
        # a table named right after a column ("name of the artist") only tells whose column it is
        if st.get("nested") and st["select"]:
            return
        self_sel = st.pop("_self_select", None)
        if self_sel and not aggs and am is None and not st["group"]:
            st["select"] = self_sel
            return
        if am is not None:
            ent = am["entity"]
            meas = am["measure"]
            if meas.get("kind") == "metric" or (meas.get("kind") == "agg" and meas.get("fn") in ("sum", "avg")):
                # "which category has the highest revenue": people want to see the number too. (Counts stay
                # hidden unless asked: on Spider, showing them beside the label costs 40 of 972 answers.)
                am["show_measure"] = True
            cols = self._dedupe([self._col_item(m) for m in sel_cols])
            if st["group"]:
                keys = list(st["group"])
                st["select"] = keys + ([am["measure"]] if am["show_measure"] or not cols else [])
                if cols:
                    asked_keys = [g for g in st["group"] if g.get("kind") == "col" and g not in cols]
                    st["select"] = asked_keys + cols + ([am["measure"]] if am["show_measure"] else [])
                    for c in cols:
                        if not any(g.get("t") == c["t"] and g.get("c") == c.get("c") for g in st["group"]):
                            st["group"].append(c)
                if not am["show_measure"] and not cols:
                    st["select"] = keys
            else:
                st["select"] = cols or [{"kind": "entity", "t": ent}]
                if am["show_measure"] and am["measure"] not in st["select"]:
                    st["select"].append(am["measure"])
            for a in aggs:
                if a not in st["select"]:
                    st["select"].append(a)
            return
        if aggs:
            groups = st["group"]
            # "number of tracks by genre": keys first, then values
            keys = []
            for g in groups:
                keys.append(g)
            extra = self._dedupe([self._col_item(m) for m in sel_cols if m.kind == "column"])
            if not groups and extra and not any(a.get("kind") == "metric" for a in aggs):
                # "names of singers and the total sales of their songs": the shown columns are the keys
                agg_tables = {a.get("t") for a in aggs}
                extra = [e for e in extra if e.get("t") not in agg_tables or e.get("kind") == "entity"]
                groups = st["group"] = list(extra)
                keys = list(extra)
                extra = []
            if groups and extra:
                for e in extra:
                    if not any(g.get("t") == e["t"] and g.get("c") == e.get("c") for g in groups):
                        groups.append(e)
                        keys.append(e)
            for a in aggs:
                a.pop("outer", None)
            st["select"] = self._dedupe(keys + aggs)
            return
        if st["group"] and implicit:
            # "customers with more than 5 invoices": show the customers
            cols = [{"kind": "col", "t": m.t, "c": m.c} for m in sel_cols]
            st["select"] = cols or [st["group"][0]]
            for c in cols:
                st["group"].append(c)
            return
        if st["group"]:
            # "tracks by genre" with nothing to compute: count them
            cnt_t = subject
            st["select"] = list(st["group"]) + [{"kind": "agg", "fn": "count", "t": cnt_t, "c": None}]
            return
        if sel_cols:
            st["select"] = self._dedupe([self._col_item(m) for m in sel_cols])
            for m in ms:
                if m.kind == "table" and m.t == subject and m.role in (None, "entity"):
                    after = lows[m.end : m.end + 3]
                    if after[:2] in (
                        ["and", "their"],
                        ["with", "their"],
                        [",", "their"],
                        ["and", "its"],
                        ["with", "its"],
                        ["along", "with"],
                        ["and", "the"],
                    ):
                        ent = {"kind": "entity", "t": subject}
                        if ent not in st["select"]:
                            st["select"].insert(0, ent)
                    break
            # "which countries do customers come from": distinct values of one column
            if len(sel_cols) == 1 and any(w in lows for w in ("different", "distinct", "unique")):
                st["distinct"] = True
            return
        tabs = [m for m in ms if m.kind == "table"]
        target = subject
        if lows and lows[0] in ("who", "which") or any(w in lows[:3] for w in ("who", "which")):
            st["select"] = [{"kind": "entity", "t": target}]
            return
        t = self.schema.table(target)
        st["select"] = [{"kind": "col", "t": t.name, "c": c.name} for c in t.columns]
        _ = tabs

    def _col_item(self, m: Mention) -> dict:
        if m.text in ("name", "full name") and len(self.pl.label_columns(m.t)) > 1:
            return {"kind": "entity", "t": m.t}
        return {"kind": "col", "t": m.t, "c": m.c}

    @staticmethod
    def _dedupe(items: list[dict]) -> list[dict]:
        out: list[dict] = []
        for it in items:
            if it not in out:
                out.append(it)
        return out

    def _choose_base(self, st: dict) -> str:
        # count(*) over a table makes that table the FROM; otherwise keep the subject.
        for it in st["select"] + [o["item"] for o in st["order"]] + [h["item"] for h in st["having"]]:
            if it.get("kind") == "agg" and it.get("fn") == "count" and it.get("c") is None and it.get("t"):
                return it["t"]
        base = st["base"]
        for it in st["select"]:
            if it.get("kind") == "agg" and it.get("t"):
                return it["t"]
        if st["select"] and all(it.get("kind") in ("col", "entity") for it in st["select"]):
            ts = [it["t"] for it in st["select"] if it.get("t")]
            if ts and base not in ts and not any(w["item"].get("t") == base for w in st["where"]):
                return ts[0]
        return base

    # ---------------------------------------------------------------- follow-ups
    def followup(self) -> dict:
        prev = copy.deepcopy(self.previous)
        for k in ("sql", "explanation", "chart"):
            prev.pop(k, None)
        base = prev.get("base")
        lows = [t.low for t in self.toks]
        prev_cols = [(w["item"].get("t"), w["item"].get("c")) for w in prev.get("where", [])]
        prev_cols += [(g.get("t"), g.get("c")) for g in prev.get("group", [])]
        prev_tables = {base} | {t for t, _ in prev_cols} | {s.get("t") for s in prev.get("select", [])}
        for m in self.mentions:
            if m.kind != "value":
                continue
            pick = next(((t, c, v) for t, c, v in m.cands if (t, c) in prev_cols), None)
            pick = pick or next(((t, c, v) for t, c, v in m.cands if t in prev_tables), None)
            if pick:
                m.t, m.c, m.value = pick
        new = {"base": base, "select": [], "where": [], "group": [], "having": [], "order": [], "limit": None}
        self._dates(new, base)
        bucket = find_bucket(lows)
        self._comparisons(new, base)
        self._text_matches(new, base)
        self._null_checks(new, base)
        self._values(new)
        if bucket:
            dc = self._date_column(base)
            if dc:
                new["group"].append({"kind": "bucket", "unit": bucket[0], "t": dc[0], "c": dc[1]})
                self.used.update(range(bucket[1], bucket[2]))
        self._grouping(new)
        if not new["group"] and lows and lows[0] in ("now", "instead", "then") or (lows and lows[0] == "by"):
            m = next((m for m in self.mentions if m.kind in ("table", "column") and not m.role), None)
            if m is not None:
                m.role = "group"
                new["group"].append(self._group_key(m))
        # limit / order
        for m in self.mentions:
            if m.kind == "number" and not m.role:
                pv = lows[m.start - 1] if m.start else ""
                if pv in ("top", "first", "limit", "bottom") or lows[0] in ("top", "limit"):
                    new["limit"] = int(m.value)
                    meas = next((s for s in prev.get("select", []) if s.get("kind") in ("agg", "metric")), None)
                    if pv in ("top", "bottom") and meas is not None:
                        new["order"] = [{"item": meas, "dir": "asc" if pv == "bottom" else "desc"}]
                    elif pv == "bottom":
                        for o in prev.get("order", []):
                            o["dir"] = "asc"
                    m.role = "limit"
        self._order(new)
        # merge: new filters replace old filters on the same column (dates replace dates)
        touched = {(w["item"].get("t"), w["item"].get("c")) for w in new["where"]}
        has_date = any(w.get("date") for w in new["where"])
        kept = []
        for w in prev.get("where", []):
            key = (w["item"].get("t"), w["item"].get("c"))
            if key in touched or (has_date and w.get("date")):
                continue
            kept.append(w)
        if lows[:1] == ["also"] or "too" in lows or lows[:2] in (["and", "also"],):
            # "also Canada": widen an equality into IN
            for w in new["where"]:
                for old in prev.get("where", []):
                    if (
                        (old["item"].get("t"), old["item"].get("c")) == (w["item"].get("t"), w["item"].get("c"))
                        and old["op"] in ("=", "in")
                        and w["op"] == "="
                    ):
                        vals = old["value"] if old["op"] == "in" else [old["value"]]
                        w["op"], w["value"] = "in", [*vals, w["value"]]
        prev["where"] = kept + new["where"]
        if new["group"]:
            old_keys = prev.get("group", [])
            prev["group"] = new["group"]
            sel = [s for s in prev.get("select", []) if s not in old_keys]
            prev["select"] = new["group"] + sel
            prev["order"] = [o for o in prev.get("order", []) if o["item"] not in old_keys]
        if new["having"]:
            prev["having"] = new["having"]
        if new["order"]:
            prev["order"] = new["order"]
        if new["limit"]:
            prev["limit"] = new["limit"]
            if not prev.get("order"):
                meas = next((s for s in prev.get("select", []) if s.get("kind") in ("agg", "metric")), None)
                if meas:
                    prev["order"] = [{"item": meas, "dir": "desc"}]
        changed = new["where"] or new["group"] or new["having"] or new["order"] or new["limit"]
        if not changed:
            unknown = [
                t.orig
                for i, t in enumerate(self.toks)
                if t.low[0].isalpha() and t.low not in STOP and self.mention_at(i) is None
            ]
            if any(m.kind in ("table", "column") for m in self.mentions) and len(lows) > 3:
                # a new question after all
                self.previous = None
                return self.understand()
            msg = "I did not understand how to change the previous answer"
            if unknown:
                msg += " (unknown: " + ", ".join(f"'{w}'" for w in unknown[:5]) + ")"
            raise Unanswerable(msg + ".")
        if new["group"] and not new["order"] and prev.get("_default_order"):
            prev["order"] = []  # the old default order was for the old grouping
        prev.setdefault("order", [])
        self._default_order(prev)
        return prev

    # ---------------------------------------------------------------- explanation
    def explain(self, st: dict) -> str:
        """One short sentence saying what the SQL computes: "Revenue by category", "Number of orders per
        month in 2025", "Top 5 products by revenue". Notes and question words that were not used follow
        in brackets, so the engine never guesses silently."""
        out = _Explainer(self.pl, st).sentence()
        if self.notes:
            out += " (" + "; ".join(self.notes) + ")"
        unknown = self._unknown_words()
        if unknown and not self.previous:
            out += " (not used: " + ", ".join(f"'{w}'" for w in unknown[:6]) + ")"
        return out


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
        if order and not st.get("_default_order") and not nested:
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
