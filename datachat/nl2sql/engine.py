"""The semantic engine: question -> understood query (state) -> SQL, with no model and no network."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from .clarify import answerable_suggestions, clarify
from .doubts import gather
from .frame import QueryFrame
from .items_first import items_first
from .lexicon import (
    describing_words,
    measure_words,
    name_words,
    names_charge,
    names_money,
    names_person,
    participles,
    past_participle,
    person_name_part,
    singular,
    split_identifier,
    synonyms,
    unit_suffix,
    weak_synonyms,
)
from .parse import steps, understand
from .parse.scan import Linked
from .patterns import (
    ADJ_COLUMNS,
    AGE_DATE_WORDS,
    AGG_WORDS,
    CHART_WORDS,
    CLASS_WORDS,
    CMP_WORDS,
    DATE_NAME_ENDINGS,
    DESTINATION_NAME_WORDS,
    FREQUENT_WORDS,
    FUZZY_EXCLUDE,
    GENERIC_MONEY_WORDS,
    LIST_WORDS,
    MEASURE_UNITS,
    MONEY_NAME_WORDS,
    MONEY_QUALIFIERS,
    MONEY_WORDS,
    NAME_SUFFIXES,
    NAMED_KINDS,
    NUM_WORDS,
    ORDER_WORDS,
    ORDINALS,
    ORIGIN_NAME_WORDS,
    PAYMENT_VERBS,
    POPULATION_WORDS,
    PRICE_WORDS,
    PURE_AGG,
    QUANTITY_UNITS,
    STOP,
    TIME_UNITS,
    UNIT_SYMBOLS,
)
from .people_count import as_count
from .result import Translation, Unanswerable
from .schema import DATE_FAMILIES, Column, Schema, Table, with_text_dates
from .sqlgen import Planner
from .tokens import Mention, Tok, _bag, _plural, _tokens, _words
from .values import ValueIndex
from .wordnet import Relations, event_nouns, event_verb_forms, groups_of, hypernyms_of, relations, synonyms_of

log = logging.getLogger(__name__)

DIALECTS = ("sqlite", "postgres", "duckdb", "mysql")

__all__ = [
    "DIALECTS",
    "Mention",
    "SemanticEngine",
    "Tok",
    "Translation",
    "Unanswerable",
    "ADJ_COLUMNS",
    "AGE_DATE_WORDS",
    "AGG_WORDS",
    "CHART_WORDS",
    "CMP_WORDS",
    "FREQUENT_WORDS",
    "FUZZY_EXCLUDE",
    "LIST_WORDS",
    "MONEY_WORDS",
    "NUM_WORDS",
    "PURE_AGG",
    "STOP",
]


class SemanticEngine:
    """Deterministic question-to-SQL translator for one schema.

    >>> from datachat.nl2sql import Schema, SemanticEngine
    >>> from datachat.nl2sql.schema import Table, Column
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
        self.values = values or ValueIndex()
        self.schema = schema = with_text_dates(schema, self.values.text_dates)
        self.dialect = dialect
        self.today = today
        self.planner = Planner(schema, dialect)
        self.phrases: dict[str, list[tuple[str, str | None, str | None, float]]] = {}
        #: the same names keyed by their sorted word stems ("shipping date" finds date_shipped)
        self.bags: dict[str, list[tuple[str, str | None, str | None, float]]] = {}
        self.max_phrase = 1
        #: verb forms that name a table of events ("borrowed" -> loans): a verb, never a noun modifier
        self.event_forms: dict[str, set[str]] = {}
        self._slots: dict[tuple, int] = {}  # lexicon entry -> its index in phrases[key] / bags[bag]
        #: how many columns of the schema end in each word (counted once: a catalog builds in linear time)
        self._heads = Counter(singular(split_identifier(x.name)[-1].lower()) for t in schema.tables for x in t.columns)
        self._build_lexicon()
        del self._slots, self._heads

    # ------------------------------------------------------------------ lexicon
    def _add(self, words: list[str], kind: str, t: str, c: str | None, w: float) -> None:
        words = [x for x in words if x]
        if not words or (w < 1.0 and all(x in STOP for x in words)):
            return
        for key in {" ".join(words), "".join(words)}:
            lst = self.phrases.setdefault(key, [])
            # Where (kind, t, c) already sits in this phrase's list: a dict, not a scan, so a catalog of
            # thousands of tables sharing column names builds in linear time.
            i = self._slots.get((key, kind, t, c))
            if i is None:
                self._slots[(key, kind, t, c)] = len(lst)
                lst.append((kind, t, c, w))
            elif w > lst[i][3]:
                lst[i] = (kind, t, c, w)
        self.max_phrase = max(self.max_phrase, len(words))
        if len(words) >= 2 and w >= 0.9:
            bag = _bag(words)
            lst = self.bags.setdefault(bag, [])
            if (bag, kind, t, c, w * 0.85) not in self._slots:
                self._slots[(bag, kind, t, c, w * 0.85)] = len(lst)
                lst.append((kind, t, c, w * 0.85))

    def _variants(self, words: list[str], weak: bool = False) -> list[list[str]]:
        """The name with one word replaced by another word for it (:func:`..lexicon.synonyms`; ``weak``: by the
        words of its less frequent senses, :func:`..lexicon.weak_synonyms`)."""
        out = []
        for i, w in enumerate(words):
            for s in weak_synonyms(w) if weak else synonyms(w):
                if s in STOP or s in LIST_WORDS or self._is_value(s.split()):
                    continue
                out.append([*words[:i], *[singular(x) for x in s.split()], *words[i + 1 :]])
        return out

    def _wordnet_tables(self, tw: list[str], table: str) -> None:
        """Below every name the schema states: what WordNet says about the table's head word. Its direct
        hypernyms ("vehicles" for cars) and the verb forms of the events it names ("borrowed" for loans,
        "produced" for production), so a question finds the table through its own words, not a word list."""
        head = tw[-1]
        if head in STOP or len(head) <= 2:
            return
        for h in hypernyms_of(head):
            words = [singular(x) for x in h.split()]
            if not self._is_value(words):
                self._add([*tw[:-1], *words], "table", table, None, 0.6)
            # two steps up, weaker still ("performers" for singers: a singer is a musician, a musician a
            # performer); WordNet keeps these at least MIN_DEPTH steps below its root, never "person"
            for h2 in hypernyms_of(h) if " " not in h else ():
                words = [singular(x) for x in h2.split()]
                if h2 != head and not self._is_value(words):
                    self._add(words, "table", table, None, HYPERNYM2_WEIGHT)
        for group in groups_of(head):
            # "staff" for employees: a group named after its members, each of them a row
            if not self._is_value([group]):
                self._add([group], "table", table, None, GROUP_WEIGHT)
                self._add([group, "member"], "table", table, None, GROUP_WEIGHT)
        for form in event_verb_forms(head, agents=False):
            key = singular(form)
            if key not in STOP and key not in LIST_WORDS and key not in tw and not self._is_value([form]):
                self._add([*tw[:-1], key], "table", table, None, 0.75)
                self.event_forms.setdefault(key, set()).add(table)
                if len(tw) > 1:
                    self._add([key], "table", table, None, 0.7)

    def _name_reading_links(self, t, tw: list[str], c, siblings: tuple[tuple[str, ...], ...]) -> None:
        """What a terse column name says once read: the measure before its unit ("weight" for weight_kg), the
        participles of its written-out words ("born" for dob, "registered" for reg_date), and a question's
        nouns for a sum of money paid for the one such column of its table (:func:`..lexicon.names_charge`)."""
        words = list(name_words(c.name))
        if unit_suffix(words, siblings) and not all(w in STOP for w in words[:-1]):
            base = words[:-1]  # below the spelled-out names, so a verb ("weigh") is not read as a misspelt name
            self._add(base, "column", t.name, c.name, 0.85)
            self._add(tw + base, "column", t.name, c.name, 1.0)
            for v in self._variants(base):
                self._add(v, "column", t.name, c.name, 0.7)
        kind = money_kind(words)
        if kind and c.family in ("integer", "number"):
            # "fee" for fee_amt: the money noun before a generic money word names the sum, as a measure before
            # its unit does; above a role guess of another table's money column
            self._add([kind], "column", t.name, c.name, 0.85)
        if words != [singular(w) for w in split_identifier(c.name)] and not names_person(c.name):
            for part in words:  # (a person's name names no event: "lasted" is no last name)
                for p in participles(part) if part != "id" else ():
                    if p not in STOP and p not in LIST_WORDS and not self._is_value([p]):
                        self._add([p], "column", t.name, c.name, 0.7)
        numeric = c.family in ("integer", "number") and not c.primary_key
        if numeric and names_money(c.name) and not names_charge(c.name):
            self._price_verb_links(t, c, siblings)
        if numeric and self._money_columns(t) == [c]:
            measure = measure_words(c.name, siblings)
            for noun in sorted(MONEY_NAME_WORDS - PRICE_WORDS - set(measure)):
                if not any(noun in s for s in siblings) and not self._is_value([noun]):
                    self._add([noun], "column", t.name, c.name, 0.6)
                    self._add(tw + [noun], "column", t.name, c.name, 0.65)
                    for p in participles(noun):
                        # "paid", "spent": verbs the revenue rule reads as a sum over the rows, not a column
                        if p not in STOP and p not in PAYMENT_VERBS and not self._is_value([p]):
                            self._add([p], "column", t.name, c.name, 0.55)

    def _price_verb_links(self, t, c, siblings: tuple[tuple[str, ...], ...]) -> None:
        """ "Costing", "priced": the verb forms of a price column's word and of its WordNet synonyms, for the one
        number column of its table named as a price (``unit_price``: "drugs costing over 2")."""
        numbers = [x for x in t.columns if x.family in ("integer", "number") and not x.primary_key]
        prices = [x for x in numbers if names_money(x.name) and not names_charge(x.name)]
        if prices != [c]:
            return
        word = measure_words(c.name, siblings)[-1]
        for form in (*_synonym_verb_forms(word), *relations(word, "v").forms):
            if form.isalpha() and form not in STOP and form not in PAYMENT_VERBS and not self._is_value([form]):
                self._add([form], "column", t.name, c.name, 0.55)

    @staticmethod
    def _money_columns(t) -> list:
        """The number columns of a table whose names name a sum of money paid (:func:`..lexicon.names_charge`)."""
        numbers = [x for x in t.columns if x.family in ("integer", "number") and not x.primary_key]
        return [x for x in numbers if names_charge(x.name)]

    def _is_value(self, words: list[str]) -> bool:
        """Whether the words are a value in the data: a value stated there outranks a lexical guess."""
        return bool(self.values.lookup(" ".join(words)))

    def _build_lexicon(self) -> None:
        """The phrases that name each table, column and metric, with their weights; the names misspellings match."""
        keys_of: dict[tuple[str, str], list] = {}  # (table, column) -> its foreign keys, in schema order
        for fk in self.schema.foreign_keys:
            keys_of.setdefault((fk.table, fk.column), []).append(fk)
        for t in self.schema.tables:
            tw = [singular(w) for w in split_identifier(t.name)]
            self._table_links(t, tw)
            siblings = tuple(name_words(x.name) for x in t.columns)
            for c in t.columns:
                self._column_links(t, tw, c, siblings, keys_of)
        for name in self.schema.metrics:
            self._add([singular(w) for w in split_identifier(name)], "metric", name, None, 1.2)
        # Misspellings are matched against real names only (not synonyms), long enough to be distinctive
        real = [k for k, v in self.phrases.items() if any(x[3] >= 0.9 or (x[0] == "table" and x[3] >= 0.7) for x in v)]
        self._phrase_keys = [k for k in real if " " not in k and len(k) >= 5]
        #: the words a misspelling may be read as: the one-word names, and each long word of a name of several
        #: ("goverment" for a government_form column)
        self._spelling_keys = list(dict.fromkeys(w for k in real for w in k.split() if len(w) >= 5))

    def _table_links(self, t: Table, tw: list[str]) -> None:
        """A table's names: its own, without a generic suffix or prefix, their variants, WordNet's words, head nouns."""
        self._add(tw, "table", t.name, None, 1.0)
        core = tw  # the name without a generic suffix or prefix: "car" for cars_data, "sale" for fact_sales
        if len(tw) > 1 and tw[-1] in ("info", "detail", "data", "record", "table"):
            core = tw[:-1]
            self._add(tw[:-1], "table", t.name, None, 0.9)
        if len(tw) > 1 and tw[0] in ("tbl", "t", "dim", "fact"):
            core = tw[1:]
            self._add(tw[1:], "table", t.name, None, 0.9)
        for v in self._variants(tw):
            self._add(v, "table", t.name, None, 0.8)
        written = [singular(w) for w in name_words(t.name)]
        if written != tw and "id" not in written:
            # its abbreviations written out ("department" for depts), below the name as written
            self._add(written, "table", t.name, None, 0.9)
            for v in self._variants(written):
                self._add(v, "table", t.name, None, 0.75)
        for v in self._variants(tw, weak=True):
            self._add(v, "table", t.name, None, 0.55)
        if len(core) == 2:
            # a two-word name WordNet holds as one entry: its synonyms ("cellphones" for mobile_phones)
            for s in synonyms_of(" ".join(core)):
                if not self._is_value(s.split()):
                    self._add([singular(x) for x in s.split()], "table", t.name, None, 0.75)
        if core != tw and not any([singular(w) for w in split_identifier(c.name)] == core for c in t.columns):
            # other words for the core ("automobiles" for cars_data); where the core is also a column's
            # name (border_info.border) they belong to that column
            for v in self._variants(core):
                self._add(v, "table", t.name, None, 0.75)
            self._wordnet_tables(core, t.name)
        elif core == tw:
            self._wordnet_tables(tw, t.name)
        if len(tw) > 1:
            # "degrees" for Degree_Programs, "programs" too, below any exact name
            from lemminflect import getAllLemmas

            for head in (tw[:1], tw[-1:]):
                # a two-letter head no dictionary knows is a short name of its own ("dl" of spnsr_dl: the deals)
                short = len(head[0]) == 2 and head == tw[-1:] and not getAllLemmas(head[0])
                if head[0] not in STOP and (len(head[0]) > 2 or short):
                    self._add(head, "table", t.name, None, 0.7)
        for s in t.synonyms:
            self._add([singular(w) for w in split_identifier(s)], "table", t.name, None, 1.0)
        if _movement_pair(t):
            # "departures", "arrivals": the rows of a table of movements between a start and an end place
            for noun in sorted(ORIGIN_NAME_WORDS | DESTINATION_NAME_WORDS):
                if relations(noun).kind == ("act",) and not self._is_value([noun]):
                    self._add([noun], "table", t.name, None, 0.7)

    def _column_links(self, t: Table, tw: list[str], c: Column, siblings: tuple, keys_of: dict) -> None:
        """A column's names: its own, expanded, with its table's, and every shorter or derived way to say it."""
        cw = [singular(w) for w in split_identifier(c.name)]
        self._add(cw, "column", t.name, c.name, 1.0)
        expanded = list(name_words(c.name))
        if expanded != cw:
            self._add(expanded, "column", t.name, c.name, 0.95)
            self._add(tw + expanded, "column", t.name, c.name, 1.0)
        self._add(tw + cw, "column", t.name, c.name, 1.05)
        self._name_reading_links(t, tw, c, siblings)
        self._measure_word_links(t, c, cw)
        self._shortened_name_links(t, tw, c, cw)
        self._key_column_links(t, c, cw, keys_of)
        self._name_part_links(t, tw, c, cw)
        self._verb_form_links(t, c, cw)
        self._compound_name_links(t, tw, c, cw)
        self._lexical_name_links(t, tw, c, expanded)

    def _measure_word_links(self, t: Table, c: Column, cw: list[str]) -> None:
        """A number column's measure words: what its unit measures, its plain adjectives, population, quantity."""
        if c.family in ("integer", "number") and len(cw) <= 2:
            # "length" for a pages column, "weight" for weight_kg: the measure its unit counts
            unit = UNIT_SYMBOLS.get(cw[-1], cw[-1])
            for measure, units in MEASURE_UNITS.items():
                if unit in units and not any(measure in split_identifier(x.name) for x in t.columns if x is not c):
                    self._add([measure], "column", t.name, c.name, 0.7)
                    for other in (*weak_synonyms(measure), *describing_words(measure)):
                        self._add([other], "column", t.name, c.name, 0.6)
        if c.family in ("integer", "number") and not c.primary_key:
            # "how big", "how old": the plain adjective of a ranking adjective names the measure it ranks
            for adj in _measure_adjectives(cw[-1], [split_identifier(x.name)[-1:] for x in t.columns]):
                if adj not in STOP and not self._is_value([adj]):
                    self._add([adj], "column", t.name, c.name, 0.6)
            if cw[-1] == "population":
                for word in POPULATION_WORDS:
                    if not self._is_value([word]):
                        self._add([singular(word)], "column", t.name, c.name, 0.55)
        if cw[-1] == "quantity" and c.family in ("integer", "number"):
            for unit in QUANTITY_UNITS:
                if not any(split_identifier(x.name) == [unit] for x in t.columns):
                    self._add([unit], "column", t.name, c.name, 0.6)

    def _shortened_name_links(self, t: Table, tw: list[str], c: Column, cw: list[str]) -> None:
        """A column's name shortened: with a name suffix, without its table's words, by its last word."""
        if len(cw) == 1 and not c.primary_key:
            for suffix in NAME_SUFFIXES:
                if not any(split_identifier(x.name) == [*cw, suffix] for x in t.columns):
                    self._add([*cw, suffix], "column", t.name, c.name, 0.9)
        if cw[: len(tw)] == tw and len(cw) > len(tw):
            self._add(cw[len(tw) :], "column", t.name, c.name, 0.95)
        elif len(tw) > 2 and len(cw) > 2 and cw[:2] == tw[-2:]:
            # "Template_Type_Description" of Ref_Template_Types: the table's words past a prefix of its own
            self._add(cw[2:], "column", t.name, c.name, 0.95)
        if len(tw) > 1 and cw[:1] == tw[-1:] and len(cw) > 1:
            self._add(cw[1:], "column", t.name, c.name, 0.9)
        if len(cw) == 2 and c.family in ("integer", "number") and past_participle(cw[-1]):
            self._add(cw[:1], "column", t.name, c.name, 0.6)  # an amount and what was done: "toll" of toll_paid
        # a number of time units ("minimum_term_months", plural) is no time bucket: "which month" names none of
        # it; a year ("IndepYear") is one
        last = split_identifier(c.name)[-1].lower()
        counts_time = c.family in ("integer", "number") and last != singular(last) and singular(last) in TIME_UNITS
        if len(cw) > 1 and cw[-1] != "id" and not counts_time:
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

    def _key_column_links(self, t: Table, c: Column, cw: list[str], keys_of: dict) -> None:
        """A key column's words: its number, the referenced table named in its role ("support rep"), and the
        referenced table named by its head word (``Cartoon.Channel`` to ``TV_Channel``: "channels" are rows)."""
        for fk in keys_of.get((t.name, c.name), ()):
            ref = [singular(w) for w in split_identifier(fk.ref_table)]
            if len(ref) > 1 and cw == ref[-1:] and [singular(w) for w in split_identifier(fk.ref_column)] != cw:
                self._add(cw, "table", fk.ref_table, None, 1.0)
        if len(cw) > 1 and cw[-1] == "id":
            self._add(cw[:-1] + ["number"], "column", t.name, c.name, 0.7)
            # "support rep" in SupportRepId names the referenced table in that role
            for fk in keys_of.get((t.name, c.name), ()):
                if cw[:-1] != [singular(w) for w in split_identifier(fk.ref_table)]:
                    self._add(cw[:-1], "table", fk.ref_table, None, 0.85)
                    for v in self._variants(cw[:-1]):
                        self._add(v, "table", fk.ref_table, None, 0.8)

    def _name_part_links(self, t: Table, tw: list[str], c: Column, cw: list[str]) -> None:
        """A column's name parts: after "is"/"has", its leading and trailing runs of words, and their variants."""
        if cw and cw[0] in ("is", "has") and len(cw) > 1:
            self._add(cw[1:], "column", t.name, c.name, 0.8)
        if len(cw) >= 3:
            for k in range(2, len(cw)):
                if cw[-1] != "id":
                    self._add(cw[:k], "column", t.name, c.name, 0.65)
                self._add(cw[-k:], "column", t.name, c.name, 0.65)
            if len(cw) == 3 and cw[-1] != "id" and cw[0] not in STOP:
                self._add([cw[0], cw[-1]], "column", t.name, c.name, 0.65)  # "cell number": cell_mobile_number
        if len(cw) == 2 and cw[0] not in STOP and self._own_head(t, tw, c, cw[-1]):
            self._add(cw[-1:], "column", t.name, c.name, 0.8)  # "area" for SurfaceArea
        for v in self._variants(cw):
            self._add(v, "column", t.name, c.name, 0.7)
            self._add(tw + v, "column", t.name, c.name, 0.75)
        for v in self._variants(cw, weak=True):
            self._add(v, "column", t.name, c.name, 0.5)

    def _own_head(self, t: Table, tw: list[str], c: Column, head: str) -> bool:
        """Whether ``head``, the last word of a two-word column name, names that column alone: no key, no
        class, time or name word, not the table's own word, and the last word of no other column anywhere."""
        if c.primary_key or head in STOP or head in tw or head in GENERIC_HEADS:
            return False
        own = singular(split_identifier(c.name)[-1].lower()) == head  # its own last word, or a compound's head
        return self._heads[head] <= own

    def _verb_form_links(self, t: Table, c: Column, cw: list[str]) -> None:
        """A column's verb forms: the participles of its name words, the verbs of their WordNet synonyms; none for
        a person's name, which names no event ("lasted" is no last name)."""
        if names_person(c.name):
            return
        for k, part in enumerate(cw):
            # "hired" for hire_date, "born" for birth_place: the participle of the verb a name word is made of
            for p in participles(part) if part != "id" else ():
                if p not in STOP and p not in LIST_WORDS and not self._is_value([p]):
                    self._add([*cw[:k], p, *cw[k + 1 :]], "column", t.name, c.name, 0.7)
                    if _dated_event(c, cw, k):
                        self._add([p], "column", t.name, c.name, 0.7)  # "started" for start_date
        for k, part in enumerate(cw):
            # "earns" for salary: the verbs WordNet derives a synonym of the name word from (earnings)
            for form in _synonym_verb_forms(part):
                if form not in STOP and not self._is_value([form]):
                    self._add([*cw[:k], form, *cw[k + 1 :]], "column", t.name, c.name, 0.5)

    def _compound_name_links(self, t: Table, tw: list[str], c: Column, cw: list[str]) -> None:
        """A column's other name forms: ordinals, event nouns, split compounds, the words before "of", its synonyms."""
        for v, w in _ordinal_names(cw):
            self._add(v, "column", t.name, c.name, w)
        for v in _event_noun_names(cw):
            self._add(v, "column", t.name, c.name, 0.9)
            if len(v) == 2 and v[0] in DATE_NAME_ENDINGS and (c.family in DATE_FAMILIES or v[0] == "date"):
                # "date_arrived": the "arrival date", and the arrival alone dates it
                self._add([v[1], v[0]], "column", t.name, c.name, 0.9)
                self._add([v[1]], "column", t.name, c.name, 0.7)
        for k, part in enumerate(cw):
            split = _compound(part)
            if split:
                # "zip_postcode": "zip post code", and "zip code" by the compound's own head
                self._add([*cw[:k], *split, *cw[k + 1 :]], "column", t.name, c.name, 0.9)
                if k == len(cw) - 1 and k > 0:
                    self._add([*cw[:k], split[1]], "column", t.name, c.name, 0.8)
                elif k == len(cw) - 1 and self._own_head(t, tw, c, split[1]):
                    self._add([split[1]], "column", t.name, c.name, 0.7)  # "town" for hometown
        if "of" in cw[1:-1] and cw[cw.index("of") + 1 :] == tw:
            # "cost_of_treatment" in the treatments: the words before "of" name it in its own table
            self._add(cw[: cw.index("of")], "column", t.name, c.name, 0.9)
        for s in c.synonyms:
            self._add([singular(w) for w in split_identifier(s)], "column", t.name, c.name, 1.0)

    def _lexical_name_links(self, t: Table, tw: list[str], c: Column, words: list[str]) -> None:
        """What WordNet and word order say about a column's written-out name (``words``), each below the name:
        a two-word name's synonyms as one WordNet entry ("surname" for last_name), "A of B" said "B A"
        ("membership level" for level_of_membership), a class word's broader word ("kind" for pet_type, see
        :func:`classifier_words`), the nouns of a verb name ("acceleration" for accelerate) and the thing an
        "X_name" column names, as a weak link ("manager" for manager_name in a table of shops)."""
        if c.primary_key:
            return
        if len(words) == 2:
            for s in synonyms_of(" ".join(words)):
                parts = [singular(x) for x in s.split()]
                if not self._is_value(parts):
                    self._add(parts, "column", t.name, c.name, WORDNET_NAME_WEIGHT)
        if "of" in words[1:-1] and words[words.index("of") + 1 :] != tw:
            k = words.index("of")
            self._add([*words[k + 1 :], *words[:k]], "column", t.name, c.name, 0.9)
            if k == 1 and words[0] not in STOP:
                self._add(words[:1], "column", t.name, c.name, 0.6)  # "level" for level_of_membership
        own = words[len(tw) :] if words[: len(tw)] == tw else words
        for k, w in enumerate(own):
            for broader in classifier_words(w) if k == len(own) - 1 else ():
                if broader not in STOP and not self._is_value([broader]):
                    self._add([*tw, *own[:k], broader], "column", t.name, c.name, CLASS_WORD_WEIGHT)
                    self._add([*own[:k], broader], "column", t.name, c.name, CLASS_WORD_WEIGHT)
                    self._add([broader], "column", t.name, c.name, 0.55)  # "kind of soil", as "type of soil"
            for noun in verb_nouns(w):
                if not self._is_value([noun]):
                    self._add([*words[: len(words) - len(own) + k], noun, *own[k + 1 :]], "column", t.name, c.name, 0.8)
        if len(words) == 2 and words[1] == "by":
            for agent in agent_nouns(words[0]):
                if not self._is_value([agent]):
                    self._add([agent], "column", t.name, c.name, NAMED_THING_WEIGHT)  # "director": directed_by
        dated = c.family in DATE_FAMILIES or (len(words) == 2 and words[1] == "date")  # a date as text too
        if dated and len(words) == 2 and words[1] in DATE_NAME_ENDINGS:
            day = f"{words[0]}day"  # "birthday" for birth_date: the closed compound of its event and "day"
            if words[0].isalpha() and _is_compound_word(day) and not self._is_value([day]):
                self._add([day], "column", t.name, c.name, 0.7)
        if c.family in ("integer", "number") and len(own) == 1:
            for form in _measure_verb_forms(own[0]):
                if form not in STOP and form not in PAYMENT_VERBS and not self._is_value([form]):
                    self._add([form], "column", t.name, c.name, NAMED_THING_WEIGHT)
        if len(own) == 2 and own[-1] in ("name", "title") and own[0] not in tw and _named_thing(own[0]):
            # never where a table has that name: "boats" beside a boat table and a boat_name column is a doubt
            heads = {singular(split_identifier(x.name)[-1]) for x in self.schema.tables if x.name}
            if own[0] not in heads and not self._is_value(own[:1]):
                self._add(own[:1], "column", t.name, c.name, NAMED_THING_WEIGHT)
                if self._one_named_thing(t):
                    # the table's one "X_name" column names its rows: "customers" for accounts with a cust_nm
                    self._add(own[:1], "table", t.name, None, NAMED_THING_WEIGHT)

    def _one_named_thing(self, t: Table) -> bool:
        """Whether a table's one label is an "X_name" column (X a thing with a name, not the table's own name): no
        other "X_name", no plain name or title and no person's name parts, so X is the thing each row is and names
        the rows too (a singer's song_name beside its name names songs, not singers)."""
        tw = [singular(w) for w in split_identifier(t.name)]
        found = 0
        for c in t.columns:
            words = list(name_words(c.name))
            own = words[len(tw) :] if words[: len(tw)] == tw else words
            if own in (["name"], ["title"]) or person_name_part(c.name):
                return False
            found += len(own) == 2 and own[-1] in ("name", "title") and own[0] not in tw and _named_thing(own[0])
        return found == 1

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
            dates = [c for c in t.columns if c.family in DATE_FAMILIES]
            if num and dates:
                out.append(f"Total {_words(num[0].name)} per month")
                break
            if num:
                out.append(f"Average {_words(num[0].name)} of {_plural(_words(t.name))}")
                break
        for t in tables[1:]:
            out.append(f"List the {_plural(_words(t.name))}")
        return list(dict.fromkeys(out))[:n]

    def translate(
        self, question: str, previous: dict | QueryFrame | Translation | None = None, *, ask: bool = True
    ) -> Translation:
        """Translate one question; ``previous`` (a frame, a stored frame dict or a Translation) makes it a
        follow-up. A complete question whose answer would leave words that matter unplaced gets a
        clarification instead (see :mod:`.clarify`; ``ask=False`` returns the engine's own reading)."""
        if isinstance(previous, Translation):
            previous = previous.frame
        elif isinstance(previous, dict):
            previous = QueryFrame.from_dict(previous)
        question = as_count(question, self.schema, self._names_table)
        if previous is None:
            question = items_first(question)  # "courses with 2 sections - name and id": the items first
        try:
            p = Reading(self, question, previous.to_previous() if previous else None)
            translation, draft = understand.run(p)
            if translation.sql and translation.frame and not p.previous and not translation.rerender_only:
                # a complete question (follow-ups refine an answer already trusted): score it, ask when unsure
                checked, frame = p.checked_sql or translation.sql, translation.frame
                evidence = gather(p, draft, checked, frame.base, self.dialect, frame.via)
                translation = clarify(translation, question, self, evidence, ask=ask)
                if translation.sql and p.unranked and ask:
                    # answered despite a superlative nothing ranked by: that would drop the ordering asked for
                    return Translation(
                        error=steps.unranked_message(p.unranked),
                        suggestions=answerable_suggestions(self),
                        unused=translation.unused,
                    )
            return translation
        except Unanswerable as exc:
            return Translation(error=exc.message, suggestions=answerable_suggestions(self))
        except Exception:  # noqa: BLE001 - a rule bug must not take the chat down; say so instead
            log.exception("nl2sql: could not translate %r", question)
            return Translation(
                error="I could not work out a query for that question. Try rephrasing it, for example:",
                suggestions=answerable_suggestions(self),
            )

    def _names_table(self, word: str) -> bool:
        """Whether a word of the question names a table of the schema."""
        return any(e[0] == "table" for e in self.phrases.get(singular(word.lower()), ()))

    def sql_for_state(self, state: dict | QueryFrame) -> str:
        return self.planner.to_sql(state)


#: the weight of a table named by a group of its rows ("staff" for employees), as a direct hypernym names it
GROUP_WEIGHT = 0.6
#: last words of column names that say what kind of value they hold rather than what it is of (a key, a class, a
#: time, a name, a count): alone they name no one column ("date" of start_date)
GENERIC_HEADS = frozenset(
    {"id", "key", "code", "no", "number", "num", "name", "title", "date", "time", "day", "year", "month", "flag"}
    | CLASS_WORDS
)
#: the weight of a table named by a hypernym of its name's hypernym ("performers" for singers): a weak link
HYPERNYM2_WEIGHT = 0.5
#: the weight of a column named by a WordNet synonym of its whole two-word name ("surname" for last_name)
WORDNET_NAME_WEIGHT = 0.8
#: the weight of a column named by the broader word of its class word ("kind" for pet_type): a weak link
CLASS_WORD_WEIGHT = 0.6
#: the weight of an "X_name" column named by X alone ("manager" for manager_name): a weak link
NAMED_THING_WEIGHT = 0.5


def _movement_pair(t: Table) -> bool:
    """Whether a table holds a pair of place columns, one named as where a movement starts and one as where it
    ends (``SourceAirport`` and ``DestAirport``)."""
    said = [{p.lower() for p in split_identifier(c.name)} for c in t.columns]
    return any(w & ORIGIN_NAME_WORDS for w in said) and any(w & DESTINATION_NAME_WORDS for w in said)


@lru_cache(maxsize=4096)
def agent_nouns(participle: str) -> tuple[str, ...]:
    """The nouns naming who does what a participle says was done (WordNet's derivations of its verb that name a
    person): a column "<participle>_by" holds that agent ("director" for directed_by, "writer" for written_by).

    >>> agent_nouns("directed"), agent_nouns("written"), agent_nouns("blue")
    (('director',), ('writer',), ())
    """
    from lemminflect import getLemma

    verbs = [v for v in getLemma(participle, upos="VERB") if v != participle] if participle.isalpha() else []
    found = [n for v in verbs for n in relations(v, "v").derived if " " not in n and relations(n).kind == ("person",)]
    return tuple(dict.fromkeys(found))


@lru_cache(maxsize=4096)
def _is_compound_word(word: str) -> bool:
    """Whether a closed compound made of two name words is an English word WordNet knows ("birthday")."""
    return relations(word) != Relations()


@lru_cache(maxsize=4096)
def _measure_verb_forms(word: str) -> tuple[str, ...]:
    """The forms of the verbs a number column's noun is made from (WordNet's derivations: "earn", "earns" for
    earnings; "weighs" for weight), which a question uses for the amount ("what do players earn"); none for a
    noun naming who acts, nor a form the engine reads as its own word ("ranked")."""
    if word.endswith(("er", "or")) or relations(word).kind == ("person",):
        return ()
    verbs = [d for d in relations(word).derived if " " not in d and relations(d, "v") != Relations()]
    forms = [f for v in verbs for f in (v, *relations(v, "v").forms)]
    own = STOP | LIST_WORDS | set(AGG_WORDS) | set(ORDER_WORDS)
    return tuple(dict.fromkeys(f for f in forms if f != word and f.isalpha() and f not in own))


@lru_cache(maxsize=4096)
def _named_thing(word: str) -> bool:
    """Whether a noun names a thing that has a name or title of its own (a person, a song, a product: WordNet's
    kinds of :data:`..patterns.NAMED_KINDS`), never an adjective ("middle_name") nor an act ("job_title")."""
    from lemminflect import getAllLemmas

    if len(word) <= 2 or word in STOP or "ADJ" in getAllLemmas(word):
        return False
    return bool(NAMED_KINDS & set(relations(word).kind))


@lru_cache(maxsize=4096)
def classifier_words(word: str) -> tuple[str, ...]:
    """The broader words of a word naming a class of things, which say the same of a column: WordNet's direct
    hypernyms of the word's first sense that are single words of the same kind (lexicographer file) as the
    word and themselves name a class ("kind", "sort" for type, genre or make: their hypernym "category").
    Other hypernyms are too general to name a column ("value" for price, "amount" for number).

    >>> classifier_words("type"), classifier_words("genre"), classifier_words("price"), classifier_words("city")
    (('kind', 'sort'), ('kind', 'sort'), (), ())
    """
    kind = relations(word).kind
    out = []
    for h in hypernyms_of(word):
        if " " in h or relations(h).kind != kind:
            continue
        if set(hypernyms_of(h)) & CLASS_HEADS:
            out.append(h)
    return tuple(out)


#: the words under which WordNet files the names of classes of things ("kind" is a category)
CLASS_HEADS = frozenset({"category"})


@lru_cache(maxsize=4096)
def verb_nouns(word: str) -> tuple[str, ...]:
    """The nouns of the act a name word that is only a verb names ("acceleration" for accelerate): a column
    named by a verb holds a measure of its act, which a question names by the noun.

    >>> verb_nouns("accelerate"), verb_nouns("weight")
    (('acceleration',), ())
    """
    if relations(word) != Relations() or relations(word, "v") == Relations():
        return ()
    return tuple(n for n in event_nouns(word) if n != word)


def money_kind(words: list[str] | tuple[str, ...]) -> str | None:
    """The money noun of a two-word money name whose second word is generic (``fee_amt``: "fee"; ``tax_total``:
    "tax"; :data:`..patterns.MONEY_NAME_WORDS`, :data:`..patterns.MONEY_QUALIFIERS`): the kind of sum it holds.

    >>> money_kind(("fee", "amount")), money_kind(("tax", "total")), money_kind(("net", "amount"))
    ('fee', 'tax', None)
    """
    if len(words) != 2 or words[1] not in GENERIC_MONEY_WORDS or words[0] in GENERIC_MONEY_WORDS:
        return None
    return words[0] if words[0] in MONEY_NAME_WORDS | MONEY_QUALIFIERS else None


def _dated_event(column, words: list[str], k: int) -> bool:
    """Whether ``words`` (a date column's name) are an event's noun and a date ending ("start_date"): the
    event's participle alone names the date, as it does for a terse name ("started" for start_dt)."""
    dated = column.family in DATE_FAMILIES
    return dated and k == 0 and len(words) == 2 and words[1] in DATE_NAME_ENDINGS


def _event_noun_names(words: list[str]) -> list[list[str]]:
    """A column named by a participle, by the noun of its event ("date_arrived" -> "arrival date")."""
    from lemminflect import getLemma

    out = []
    for i, w in enumerate(words):
        if len(words) < 2 or not w.endswith("ed") or w in STOP:
            continue
        for lemma in getLemma(w, upos="VERB"):
            for noun in event_nouns(lemma) if lemma != w else ():
                out.append([*words[:i], noun, *words[i + 1 :]])
    return out


@lru_cache(maxsize=4096)
def _compound(word: str) -> tuple[str, str] | None:
    """A closed compound of two common English words, the joined word rarer than either ("postcode" -> "post",
    "code"; "username" -> "user", "name"); None for any other word."""
    from wordfreq import zipf_frequency

    if len(word) < 7 or not word.isalpha() or word in STOP:
        return None
    whole = zipf_frequency(word, "en")
    if whole >= 4.0:
        return None  # a word in its own right ("birthday", "database")
    best = None
    for k in range(3, len(word) - 2):
        a, b = word[:k], word[k:]
        if a in STOP or b in STOP:
            continue
        score = min(zipf_frequency(a, "en"), zipf_frequency(b, "en"))
        if score >= 4.0 and score > whole and (best is None or score > best[0]):
            best = (score, a, b)
    return (best[1], best[2]) if best else None


@lru_cache(maxsize=1)
def _plain_adjectives() -> dict[str, tuple[str, ...]]:
    """Ranking adjectives (:data:`ADJ_COLUMNS`) by their plain form ("big" for "biggest"), with the measure
    words they rank, most likely first. Not those of dates ("new", "late" say when, not how much), nor one too
    common to name a measure by itself ("good")."""
    from lemminflect import getLemma
    from wordfreq import zipf_frequency

    out: dict[str, tuple[str, ...]] = {}
    for word, (_, measures) in ADJ_COLUMNS.items():
        lemmas = getLemma(word, upos="ADJ", lemmatize_oov=False) if measures and "date" not in measures else ()
        if lemmas and lemmas[0] != word and lemmas[0] not in out and zipf_frequency(lemmas[0], "en") < 6.0:
            out[lemmas[0]] = measures
    return out


def _measure_adjectives(word: str, names: list[list[str]]) -> list[str]:
    """The plain adjectives whose first measure the table has is ``word`` ("big" for an area when the table has
    no size column)."""
    present = {n[0] for n in names if n}
    out = []
    for adj, measures in _plain_adjectives().items():
        first = next((m for m in measures if m in present), None)
        if first == word:
            out.append(adj)
    return out


def _ordinal_names(words: list[str]) -> list[tuple[list[str], float]]:
    """A numbered column by its ordinal ("line_2" -> "second line", "address_line2" -> "address second line"),
    with its weight: the whole name, and its last two words below it."""
    *head, last = words
    found = re.fullmatch(r"([a-z]*?)(\d{1,2})", last)
    if not found:
        return []
    if found.group(1):
        head = [*head, found.group(1)]
    ordinal = next((w for w, n in ORDINALS.items() if n == int(found.group(2))), None)
    if ordinal is None or not head:
        return []
    out = [([*head[:-1], ordinal, head[-1]], 0.95)]
    if len(head) > 1:
        out.append(([ordinal, head[-1]], 0.65))
    return out


# ======================================================================== the parser
class Reading:
    """The state of one question being read: its words, what they link to, the words used so far and the notes.
    What is done with it lives in :mod:`.parse`, one module per concern, as functions taking the reading as their
    first argument ``q`` (``scan.mention_at(q, i)``, ``aggregates.has_agg_word(q)``)."""

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
        #: counted nouns whose rows are counted while a related table records a number of them (``num_tickets``)
        self.quantity_rivals: list[str] = []
        self.open_quantifiers: list[str] = []  # "larger than any store": every store or one (``any_or_every``)
        self.mentions: list[Mention] = []
        self.notes: list[str] = []
        self.modifiers: set[int] = set()
        self.unranked: str | None = None  # a superlative nothing ranked by (see ``steps.ordering_kept``)
        self.checked_sql: str | None = None  # the statement before a listing's order of reading (doubts read it)
        self.linked: Linked | None = None  # what linking found (see :meth:`read_links`)

        # Keep every table that holds the same value text so the base can pick the nearest later.

    def read_links(self, linked: Linked) -> None:
        """Read the question as :func:`.parse.scan.link` linked it: its corrected words, its mentions (frozen: the
        parse keeps their roles in its draft and puts changed copies in their place; ``linked`` stays as it was),
        the words linking consumed, its notes."""
        self.linked = linked
        self.toks = [replace(t) for t in linked.tokens]
        self.mentions = list(linked.mentions)
        self.used |= linked.used
        self.modifiers |= linked.modifiers
        self.notes += linked.notes


@lru_cache(maxsize=4096)
def _synonym_verb_forms(word: str) -> tuple[str, ...]:
    """The forms of the verbs WordNet derives a synonym of ``word`` from ("earn", "earns", "earned" for salary,
    through earnings); not the word's own verbs, which :func:`..lexicon.participles` reads."""
    verbs = [
        d
        for syn in synonyms_of(word)
        if " " not in syn
        for d in relations(syn).derived
        if " " not in d and relations(d, "v").forms and d != word
    ]
    return tuple(dict.fromkeys(f for v in verbs for f in (v, *relations(v, "v").forms)))
