"""Kin words: a noun that names no table but that WordNet relates to a table's name ("clients" for owners),
linked weakly to that table where it names the question's subject, so the engine asks rather than answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import patterns
from ..lexicon import name_words, person_name_part, singular, split_identifier
from ..patterns import STOP
from ..tokens import Mention
from ..wordnet import kinship, named_by, relations
from . import scan

if TYPE_CHECKING:
    from ..engine import Reading


def kin_words(q: Reading) -> None:
    """Kin links (:func:`_kin_table`) for the words no mention holds that name a complete question's subject
    (first, or after a counting or question word: "how many patrons"); a kin word elsewhere ("tracks in the
    catalogue") stays unread, and a follow-up's unknown words keep it out of scope ("tell me a joke")."""
    if q.follow_up:
        return
    held = {k for m in q.mentions for k in range(m.start, m.end)}
    found = []
    for i, tk in enumerate(q.toks):
        each = i > 0 and q.toks[i - 1].low in patterns.GROUPING_LEADS and tk.sing in patterns.PERSON_NOUNS
        if i in held or i in q.used or not tk.low.isalpha() or not (_subject_slot(q, i) or each):
            continue
        if i + 1 < len(q.toks) and q.toks[i + 1].low == "'":
            continue  # "don't": a contraction's first part
        m = _kin_table(q, i)
        if m is not None:
            found.append(m)
    if found:
        q.mentions = sorted([*q.mentions, *found], key=lambda x: x.start)


def _subject_slot(q: Reading, i: int) -> bool:
    """Whether word ``i`` is where a question names its subject: first, or after a counting or question word,
    over filler and values ("how many folk ballads", "which of the patrons")."""
    j = i - 1
    while j >= 0 and q.toks[j].low not in patterns.COUNT_WORDS:
        if not (q.toks[j].low in patterns.SUBJECT_FILLER or _value_at(q, j)):
            return q.toks[j].low in patterns.SUBJECT_LEADS
        j -= 1
    return True


def _value_at(q: Reading, i: int) -> bool:
    m = scan.mention_at(q, i)
    return m is not None and m.kind == "value"


def _kin_table(q: Reading, i: int) -> Mention | None:
    """A noun that names no table but is kin to tables' head nouns in WordNet (:func:`..wordnet.kinship`: a
    broad hypernym, a sister term, a noun of the same kind), linked to the tables of the closest kinship with
    ``source`` "kin": a weak link the engine asks about, never answers from ("clients" for owners)."""
    tk = q.toks[i]
    word = tk.sing
    if word in patterns.PERSON_NOUNS and word not in q.eng.phrases:
        persons = person_tables(q.schema)
        if len(persons) != 1 and i > 0 and q.toks[i - 1].low in patterns.GROUPING_LEADS:
            persons = _named_people(q)  # "for each person" after "singers": the one table of people named
        if len(persons) == 1:
            # "people" for the one table whose rows have a person's name (employees with first and last names)
            return Mention("table", i, i + 1, [(persons[0], None, BROAD_WEIGHT)], word, weight=BROAD_WEIGHT)
        return None
    if len(word) < 3 or tk.low in STOP or tk.low.endswith(("ed", "ing")) or tk.low in scan.engine_words():
        return None
    named = rare_sense_tables(q.schema, word)
    if named:
        # "manufacturers" for a table of makers: a maker in a rarer sense of the word, so always asked about
        return Mention("table", i, i + 1, [(t, None, KIN_WEIGHT) for t in named], word, weight=KIN_WEIGHT, source="kin")
    if not patterns.KIN_KINDS & set(relations(word).kind):
        return None
    # the tables the question's values and columns point at, each mention naming one table only
    owners = [{t for t, *_ in m.cands} for m in q.mentions if m.kind in ("value", "column")]
    evident = {t for tables in owners if len(tables) == 1 for t in tables}
    named = {t for m in q.mentions if m.kind == "table" for t in _named_table(m)}
    tables, strength = kin_tables(q.schema, word, evident, beside_tables(q.schema, q.pl, named))
    if not tables:
        return _made_by_table(q, i, word, evident)
    if strength == BROADER and len(tables) == 1:
        # "drugs" for medications: the one table's own hypernym, however general, is a weak link but no doubt
        return Mention("table", i, i + 1, [(tables[0], None, BROAD_WEIGHT)], word, weight=BROAD_WEIGHT)
    return Mention("table", i, i + 1, [(t, None, KIN_WEIGHT) for t in tables], word, weight=KIN_WEIGHT, source="kin")


def _named_people(q: Reading) -> list[str]:
    """The tables the question names whose head noun names people (WordNet's kind ``person``: singers, teachers)."""
    named = {t for m in q.mentions if m.kind == "table" for t in _named_table(m)}
    return [t for t in sorted(named) if relations(singular(split_identifier(t)[-1].lower())).kind == ("person",)]


def _made_by_table(q: Reading, i: int, word: str, evident: set[str]) -> Mention | None:
    """The one table whose rows name who makes what ``word`` names (:func:`maker_tables`: "songs" for a table
    with a composer). A weak link: answered when the question's values or columns point at that table or a
    table next to it ("folk ballads": a genre of its rows; ``source`` "meaning", reported with the answer), else
    ``source`` "kin", asked about."""
    tables = maker_tables(q.schema, word)
    if len(tables) != 1:
        return None
    t = tables[0]
    if any(e == t or q.pl.distance(e, t) == 1 for e in evident):
        return Mention("table", i, i + 1, [(t, None, BROAD_WEIGHT)], word, weight=BROAD_WEIGHT, source="meaning")
    return Mention("table", i, i + 1, [(t, None, KIN_WEIGHT)], word, weight=KIN_WEIGHT, source="kin")


def maker_tables(schema: Any, word: str) -> list[str]:
    """The tables with a column naming who makes or does what ``word`` names: a noun of a person or a group
    whose verb (WordNet's derivations) is the verb of the word or of its direct hypernyms ("song": sing; a
    musical composition: compose; so a composer column), the agent of the thing each row is."""
    heads = [word, *(h.split()[-1] for h in relations(word).hypernyms)]
    verbs = {v for h in heads for v in relations(h).derived if " " not in v}
    out = []
    for table in schema.tables:
        for c in table.columns:
            words = [w for w in name_words(c.name) if w != "id"]
            head = relations(singular(words[-1])) if words else None
            if head and head.kind in (("person",), ("group",)) and verbs & set(head.derived):
                out.append(table.name)
                break
    return out


def person_tables(schema: Any) -> list[str]:
    """The tables whose rows are persons: a column names a part of a person's name (first or last name)."""
    counts = {"population", *patterns.POPULATION_WORDS}
    if any(counts & set(name_words(c.name)) for t in schema.tables for c in t.columns):
        return []  # "how many people" there asks for a population column
    return [t.name for t in schema.tables if any(person_name_part(c.name) for c in t.columns)]


def rare_sense_tables(schema: Any, word: str) -> list[str]:
    """The tables (at most ``MAX_KIN_TABLES``) whose head noun has ``word``'s dominant sense as one of its
    rarer senses (:func:`..wordnet.named_by`: "manufacturers" for car_makers)."""
    out = []
    for table in schema.tables:
        words = split_identifier(table.name)
        if words and word in named_by(singular(words[-1].lower())):
            out.append(table.name)
    return out if len(out) <= patterns.MAX_KIN_TABLES else []


def _named_table(m: Mention) -> list[str]:
    """The one table a table mention names best (its candidates of the highest weight), or none."""
    best = max((w for t, c, w in m.cands if c is None), default=0.0)
    tables = {t for t, c, w in m.cands if c is None and w == best}
    return list(tables) if len(tables) == 1 else []


def beside_tables(schema: Any, planner: Any, named: set[str]) -> set[str]:
    """The tables one reference away from a table the question names ("pets": their owners, their visits)."""
    return {t.name for t in schema.tables for n in named if t.name != n and planner.distance(n, t.name) == 1}


def kin_tables(schema: Any, word: str, evident: set[str], beside: set[str] = frozenset()) -> tuple[list[str], int]:
    """The tables whose head noun is closest kin to ``word`` (:func:`..wordnet.kinship`), at most
    ``MAX_KIN_TABLES`` of them, with that kinship; none when no table is kin. Nouns of one kind only ("clients"
    and owners name people) are kin when the question's other words (``evident``: the tables of its values and
    columns) point at one table of that kind ("clients in York": the owners' city), or, with none pointed at, one
    such table is next to a table the question names (``beside``: "clients with more than 3 pets"); alone they
    say too little."""
    strength = dict(kin_ranking(schema, word))
    best = max(strength.values(), default=0)
    tables = [t for t, k in strength.items() if k == best]
    if best == SAME_KIND:
        near = [t for t in tables if t in evident]
        if not near:
            # none pointed at: the one of them next to a table the question names ("clients with 3 pets": owners)
            near = [t for t in tables if t in beside]
        return (near, best) if len(near) == 1 else ([], 0)
    return (tables, best) if best and len(tables) <= patterns.MAX_KIN_TABLES else ([], 0)


def kin_ranking(schema: Any, word: str) -> list[tuple[str, int]]:
    """Every table whose head noun is kin to ``word`` (:func:`..wordnet.kinship` above 0) with that kinship,
    closest first (schema order among equals)."""
    strength: dict[str, int] = {}
    for table in schema.tables:
        words = split_identifier(table.name)
        head = singular(words[-1].lower()) if words else ""
        if head and head != word:
            strength[table.name] = kinship(word, head)
    return sorted(((t, k) for t, k in strength.items() if k), key=lambda tk: -tk[1])


#: the kinship of two nouns of one kind only (:func:`..wordnet.kinship`)
SAME_KIND = 1
#: the kinship of a word that is a broad hypernym of a table's name (:func:`..wordnet.kinship`)
BROADER = 3
#: the link weight of a table's only broad hypernym: below its synonyms and direct hypernyms
BROAD_WEIGHT = 0.55
#: the link weight of a kin word (:func:`_kin_table`), below every name the lexicon holds
KIN_WEIGHT = 0.4
