"""Words: tokenising questions, splitting identifiers, singular forms, and the other words WordNet gives for a
schema word (no hand-typed synonym list)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from lemminflect import getAllLemmas, getInflection, getLemma

from .patterns import (
    END_REFERENCE_WORDS,
    FLAG_PREFIXES,
    GENERIC_MONEY_WORDS,
    MEASURE_UNITS,
    MONEY_NAME_WORDS,
    MONEY_QUALIFIERS,
    PERSON_FULL_NAMES,
    PERSON_NAME_PARTS,
    PRICE_WORDS,
    QUANTITY_UNITS,
    START_REFERENCE_WORDS,
    UNIT_SYMBOLS,
)
from .spelling import shortens
from .wordnet import Relations, other_senses_of, relations, synonyms_of

_NONE_V = Relations()

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_TOKEN = re.compile(r"\d+(?:\.\d+)?|[a-z][a-z0-9]*|[^\sa-z0-9]", re.I)

_IRREGULAR = {
    "people": "person",
    "ids": "id",
    "identifier": "id",
    "identifiers": "id",
    "dvds": "dvd",
    "cds": "cd",
    "children": "child",
    "men": "man",
    "women": "woman",
    "feet": "foot",
    "mice": "mouse",
    "teeth": "tooth",
    "geese": "goose",
    "data": "data",
    "media": "media",
    "series": "series",
    "species": "species",
    "news": "news",
    "status": "status",
    "address": "address",
    "boss": "boss",
    "class": "class",
    "business": "business",
    "analysis": "analysis",
    "countries": "country",
    "cities": "city",
    "companies": "company",
    "categories": "category",
    "bus": "bus",
    "campus": "campus",
    "gas": "gas",
    "is": "is",
    "was": "was",
    "has": "has",
    "does": "does",
    "this": "this",
    "its": "its",
    "us": "us",
    "yes": "yes",
    "less": "less",
    "gross": "gross",
    "loss": "loss",
    "process": "process",
    "access": "access",
    "success": "success",
    "always": "always",
    "sales": "sale",
    "kids": "kid",
    "as": "as",
    "plus": "plus",
    "virus": "virus",
    "thesis": "thesis",
    "basis": "basis",
    "axis": "axis",
    "bonus": "bonus",
    "census": "census",
    "corpus": "corpus",
    "focus": "focus",
    "radius": "radius",
    "status_": "status",
    "alias": "alias",
    "atlas": "atlas",
    "lens": "lens",
    "chaos": "chaos",
    "canvas": "canvas",
    "dress": "dress",
    "mass": "mass",
    "glass": "glass",
    "grass": "grass",
    "movies": "movie",
    "employees": "employee",
    "wives": "wife",
    "lives": "life",
    "knives": "knife",
    "leaves": "leaf",
    "shelves": "shelf",
    "halves": "half",
    "heroes": "hero",
    "potatoes": "potato",
    "tomatoes": "tomato",
    "indices": "index",
    "matrices": "matrix",
    "vertices": "vertex",
    "criteria": "criterion",
    "phenomena": "phenomenon",
    "dies": "die",
    "ties": "tie",
    "lies": "lie",
    "pies": "pie",
    "whose": "whose",
    "those": "those",
    "these": "these",
}


def split_identifier(name: str) -> list[str]:
    """``InvoiceLine`` -> ``["invoice", "line"]``; ``unit_price`` -> ``["unit", "price"]``.

    >>> split_identifier("BillingPostalCode")
    ['billing', 'postal', 'code']
    >>> split_identifier("song_release_year")
    ['song', 'release', 'year']
    """
    parts: list[str] = []
    for chunk in re.split(r"[^A-Za-z0-9]+", name):
        if not chunk:
            continue
        for p in _CAMEL.split(chunk):
            if p:
                parts.append(p.lower())
    return parts


@lru_cache(maxsize=65536)
def singular(word: str) -> str:
    """English singular of one lower-case word, from the lemminflect noun lexicon (offline; unknown words
    by its suffix rules), after the few irregular forms a schema uses (:data:`_IRREGULAR`).

    >>> [singular(w) for w in ["tracks", "countries", "boxes", "status", "people", "employees", "analyses"]]
    ['track', 'country', 'box', 'status', 'person', 'employee', 'analysis']
    """
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) <= 3 or not w.endswith("s") or w.endswith(("ss", "us", "is")):
        return w
    lemmas = getLemma(w, upos="NOUN")
    return lemmas[0] if lemmas else w


@lru_cache(maxsize=4096)
def superlatives(word: str) -> tuple[str, ...]:
    """The superlative forms of an adjective in any degree, from the lemminflect lexicon: "younger" and "young"
    give ("youngest",), "old" gives ("oldest", "eldest"); a word it does not know gives ()."""
    lemmas = getLemma(word, upos="ADJ", lemmatize_oov=False) if word.isalpha() else ()
    return tuple(getInflection(lemmas[0], tag="JJS", inflect_oov=False) or ()) if lemmas else ()


def fold(text: str) -> str:
    """Drop accents: "São Paulo" -> "Sao Paulo" (so either spelling matches the other); typographic dashes are a
    hyphen ("most first — names only" reads as "most first - names only").

    >>> fold("São Paulo – Rio")
    'Sao Paulo - Rio'
    """
    if text.isascii():
        return text
    text = text.translate(_DASHES)
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


#: en dash, em dash, horizontal bar, minus sign: read as a hyphen
_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-"})


def tokenize(text: str) -> list[str]:
    """Lower-case word, number and punctuation tokens.

    >>> tokenize("How many tracks does AC/DC have?")
    ['how', 'many', 'tracks', 'does', 'ac', '/', 'dc', 'have', '?']
    """
    text = fold(text.replace("’", "'"))
    return [t.lower() for t in _TOKEN.findall(text)]


def norm_words(text: str) -> str:
    """Words only, singularised and space-joined: the key used for matching names and values."""
    return " ".join(singular(t) for t in tokenize(text) if t[0].isalnum())


def norm_value(text: str) -> str:
    """Words only, space-joined (not singularised): the key for matching data values."""
    return " ".join(t for t in tokenize(text) if t[0].isalnum())


@lru_cache(maxsize=16384)
def _synonyms(word: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys([*synonyms_of(word), *describing_words(word)]))


def synonyms(word: str) -> list[str]:
    """Other words for a schema word, all from WordNet (see :mod:`.wordnet`): the synonyms of its dominant
    sense and the adjectives of a measure's values (:func:`describing_words`). The participles of the verbs it
    is derived from (:func:`participles`) name a column, not a table, and are linked there.

    >>> synonyms("car")
    ['auto', 'automobile', 'motorcar']
    >>> "heavy" in synonyms("weight")
    True
    """
    return list(_synonyms(word))


@lru_cache(maxsize=16384)
def weak_synonyms(word: str) -> tuple[str, ...]:
    """Other words for a schema word that are weaker evidence than :func:`synonyms`: the words of its less
    frequent WordNet senses ("length" for a duration), linked below any name the schema states.

    >>> weak_synonyms("duration")
    ('length',)
    """
    return tuple(w for w in other_senses_of(word) if w not in _synonyms(word))


def describing_words(noun: str) -> tuple[str, ...]:
    """The adjectives WordNet gives for a measure's values (its ``attribute`` relation): "heavy", "light" for a
    weight; "long", "short" for a length. Comparatives and superlatives are read as comparisons and rankings
    (:data:`..patterns.ADJ_COLUMNS`).

    >>> describing_words("length")
    ('long', 'short')
    """
    return tuple(a for a in relations(noun).attributes if a.isalpha())


@lru_cache(maxsize=16384)
def synonym_participles(word: str) -> tuple[str, ...]:
    """The past participles of the one-word WordNet synonyms of the verb a regular past participle is a form of:
    another way to say what happened ("finished" for completed, "begun" for started); none for another word, nor
    for a word that is a noun too ("set" of ``set_start``).

    >>> synonym_participles("completed"), synonym_participles("date"), synonym_participles("set")
    (('finished',), (), ())
    """
    out: list[str] = []
    for verb in past_participle_of(word) if word.endswith("ed") else ():
        for other in relations(verb, "v").synonyms:
            if " " not in other:
                out += getInflection(other, tag="VBN")
    return tuple(dict.fromkeys(w for w in out if w != word))


@lru_cache(maxsize=16384)
def participles(noun: str) -> tuple[str, ...]:
    """The past participles of the verbs a noun is derived from, as WordNet relates them (its ``derived``
    relation), and of the noun itself when it is also a verb: "born" for a birth, "composed" for a composer,
    "hired" for a hire, "named" for a name. A question says "the staff hired in 2003" of a hire date. None for
    a noun naming who acts ("maker", "manager": its rows are not the things made or managed).

    >>> participles("birth"), participles("hire"), participles("manager")
    (('born',), ('hired',), ())
    """
    if noun.endswith(("er", "or")):
        return ()
    verbs = [d for d in relations(noun).derived if d.split()[0] != "be" and relations(d, "v") != _NONE_V]
    if relations(noun, "v") != _NONE_V:
        verbs.insert(0, noun)
    out = [d.split()[-1] for d in relations(noun).derived if d.startswith("be ")]  # "be born"
    for v in verbs:
        out += [f for f in getInflection(v, tag="VBN", inflect_oov=False) or () if f != noun]
    return tuple(dict.fromkeys(f for f in out if f.isalpha()))


#: Abbreviations found in column names, expanded so "first name" finds ``Fname``.
ABBREVIATIONS: dict[str, str] = {
    "fname": "first name",
    "lname": "last name",
    "mname": "middle name",
    "dob": "date of birth",
    "qty": "quantity",
    "amt": "amount",
    "num": "number",
    "no": "number",
    "addr": "address",
    "desc": "description",
    "dept": "department",
    "emp": "employee",
    "cust": "customer",
    "prod": "product",
    "yr": "year",
    "sex": "gender",
    "gender": "sex",
    "avg": "average",
    "pct": "percent",
    "perc": "percentage",
    "temp": "temperature",
    "pop": "population",
    "lat": "latitude",
    "lng": "longitude",
    "lon": "longitude",
    "id": "id",
    "nbr": "number",
    "nm": "name",
    "sname": "surname",
    "tel": "telephone",
    "cnt": "count",
    "dt": "date",
    "ts": "timestamp",
    "reg": "registration",
}


@lru_cache(maxsize=65536)
def name_words(name: str) -> tuple[str, ...]:
    """The singular words of a schema name with its common abbreviations written out (:data:`ABBREVIATIONS`).

    >>> name_words("dob"), name_words("reg_dt"), name_words("owner_id"), name_words("LName")
    (('date', 'of', 'birth'), ('registration', 'date'), ('owner', 'id'), ('last', 'name'))
    """
    words = [singular(w) for w in split_identifier(name)]
    if len(words) >= 2 and len(words[0]) == 1 and words[0] + words[1] in ABBREVIATIONS:
        words = [words[0] + words[1], *words[2:]]  # "LName": a capital letter split off its abbreviation
    return tuple(singular(x) for w in words for x in (ABBREVIATIONS.get(w, w).split() if w != "id" else [w]))


@lru_cache(maxsize=4096)
def person_name_part(name: str) -> str | None:
    """``"first"`` or ``"last"`` when a column's name reads as that part of a person's name: its words, abbreviations
    written out, are the WordNet noun of the part or one of its synonyms (:data:`PERSON_NAME_PARTS`), written apart
    or run together; else None.

    >>> [person_name_part(n) for n in ("forename", "given_name", "FamilyName", "first_nm", "lname", "nickname")]
    ['first', 'first', 'last', 'first', 'last', None]
    >>> [person_name_part(n) for n in ("fst_nm", "lst_nm", "list_name")]
    ['first', 'last', None]
    """
    words = name_words(name)
    for part, noun in PERSON_NAME_PARTS.items():
        nouns = (noun, *relations(noun).synonyms)
        if " ".join(words) in nouns or "".join(words) in {n.replace(" ", "") for n in nouns}:
            return part
        if len(words) == 2 and words[1] == "name" and shortens(words[0], part, 1):
            return part  # "fst_nm", "lst_nm": the part shortened before a name
    return None


def names_person(name: str) -> bool:
    """Whether a column's name reads as a person's first, last or full name.

    >>> names_person("first_nm"), names_person("full_name"), names_person("name"), names_person("title")
    (True, True, False, False)
    """
    return person_name_part(name) is not None or " ".join(name_words(name)) in PERSON_FULL_NAMES


#: WordNet kinds of a table's noun whose rows may answer "who": people, or bodies of them (a team, a company)
WHO_KINDS = frozenset({"person", "group"})


def holds_people(schema: Any, name: str) -> bool | None:
    """Whether the rows of the schema's table ``name`` are people or bodies of them: its noun's WordNet kind
    (``WHO_KINDS``), or a column holding a person's name; None for no such table, or when WordNet does not know its
    noun ("highschooler") and no column says.

    >>> from .schema import Column, Schema, Table
    >>> schema = Schema([Table("guests", [Column("name")]), Table("hostels", [Column("name")]),
    ...                  Table("hs", [Column("first_nm")])])
    >>> holds_people(schema, "guests"), holds_people(schema, "hostels"), holds_people(schema, "hs")
    (True, False, True)
    """
    table = schema.table(name)
    if table is None:
        return None
    if any(names_person(c.name) for c in table.columns):
        return True
    words = name_words(table.name)
    kind = set(relations(singular(words[-1])).kind) if words else set()
    return bool(kind & WHO_KINDS) if kind else None


def unit_suffix(words: list[str] | tuple[str, ...], siblings: tuple[tuple[str, ...], ...] = ()) -> str | None:
    """The unit symbol a name ends in ("kg" of weight_kg), when words before it name the measure; "min" is not a
    unit where a sibling name has the same words before "max" (temp_min and temp_max are a minimum and maximum).

    >>> unit_suffix(["weight", "kg"]), unit_suffix(["kg"]), unit_suffix(["temp", "min"], (("temp", "max"),))
    ('kg', None, None)
    """
    if len(words) < 2 or words[-1] not in UNIT_SYMBOLS:
        return None
    if words[-1].startswith("min") and (*words[:-1], "max") in siblings:
        return None
    return words[-1]


def measure_words(name: str, siblings: tuple[tuple[str, ...], ...] = ()) -> tuple[str, ...]:
    """The words of a name that say what it measures: :func:`name_words` without a unit suffix.

    >>> measure_words("weight_kg"), measure_words("duration_min"), measure_words("amt")
    (('weight',), ('duration',), ('amount',))
    """
    words = name_words(name)
    return words[:-1] if unit_suffix(words, siblings) else words


@lru_cache(maxsize=65536)
def names_role(part: str, words: frozenset[str]) -> bool:
    """Whether a name's part is one of the engine's role words (a name, a flag, an amount, a type), written out or
    shortened by rule (:func:`.spelling.shortens`, the word one letter longer at least: "nm", "flg", "typ"); a
    dictionary word is only itself ("cat" is no category).

    >>> [names_role(p, frozenset({w})) for p, w in [("flg", "flag"), ("typ", "type"), ("cat", "category")]]
    [True, True, False]
    """
    from .spelling import shortens

    if part in words or singular(part) in words:
        return True
    return not getAllLemmas(part) and any(shortens(part, w, longer=1) for w in words)


def names_money(name: str) -> bool:
    """Whether a column name (abbreviations written out, unit dropped) names a sum of money: its last word is
    one (:data:`..patterns.MONEY_NAME_WORDS`: "amt", "visit_fee", "price_usd") or its unit is a currency.

    >>> names_money("amt"), names_money("visit_fee"), names_money("price_usd"), names_money("weight_kg")
    (True, True, True, False)
    """
    words = name_words(name)
    if unit_suffix(words) in ("usd", "eur", "gbp"):
        return True
    words = measure_words(name)
    return bool(words) and names_role(words[-1], MONEY_NAME_WORDS)


def names_quantity(name: str) -> bool:
    """Whether a column's name says it holds a number of things: a quantity or a number of units or pieces
    ("qty", "units"), a number or count of a noun ("num_tickets", "no_of_guests", "ticket_count"), or the
    things themselves as a plural noun alone ("seats"), neither a unit of measure ("hours") nor money.

    >>> [names_quantity(n) for n in ("qty", "num_tickets", "ticket_count", "seats", "order_no", "hours", "rating")]
    [True, True, True, True, False, False, False]
    """
    words = name_words(name)
    if not words or names_money(name):
        return False
    if "quantity" in words or words[-1] in QUANTITY_UNITS:
        return True
    if len(words) > 1 and (words[0] == "number" or words[-1] == "count"):
        return True
    parts = split_identifier(name)
    low = parts[-1].lower() if len(parts) == 1 else ""
    return bool(low) and singular(low) != low and low not in UNIT_SYMBOLS and singular(low) not in _UNIT_WORDS


#: the unit words of :data:`UNIT_SYMBOLS` and :data:`MEASURE_UNITS`, and the calendar's (a column named "hours" or
#: "pages" holds a measure, not things)
_UNIT_WORDS = (
    frozenset(UNIT_SYMBOLS.values()) | {u for us in MEASURE_UNITS.values() for u in us} | {"week", "month", "year"}
)


def names_charge(name: str) -> bool:
    """Whether a column name names the money one row records as paid (``amt``, ``fee``), not the price of one
    unit of a thing (``unit_price``, ``cost``): what a sum of revenue adds up.

    >>> names_charge("amt"), names_charge("visit_fee"), names_charge("unit_price"), names_charge("cost")
    (True, True, False, False)
    """
    words = measure_words(name)
    return names_money(name) and words[-1] not in PRICE_WORDS and "unit" not in words


def names_qualified_money(name: str, table: str = "") -> bool:
    """Whether a money column's name says a sum of its own kind (a tip, a tax, a deposit:
    :data:`..patterns.MONEY_QUALIFIERS`) that is not its table's own name: a generic money word never reads it.

    >>> names_qualified_money("tip_amt"), names_qualified_money("tot_amt"), names_qualified_money("unit_price")
    (True, False, False)
    """
    own = {singular(w) for w in split_identifier(table)}
    return any(singular(w) in MONEY_QUALIFIERS and singular(w) not in own for w in name_words(name))


def names_generic_money(name: str, table: str = "") -> bool:
    """Whether a money column is named only by generic money words (:data:`..patterns.GENERIC_MONEY_WORDS`)
    and its table's own name: a total, not a sum of some kind.

    >>> names_generic_money("tot_amt"), names_generic_money("net_amt"), names_generic_money("order_total", "orders")
    (True, False, True)
    """
    own = {singular(w) for w in split_identifier(table)}
    words = measure_words(name)
    money = names_money(name) or bool({"total", "tot"} & set(words))
    return bool(words) and money and all(w in GENERIC_MONEY_WORDS or w in own for w in words)


def names_birth(name: str) -> bool:
    """Whether a column name names a date of birth (``dob``, ``birth_date``, ``BirthDay``).

    >>> names_birth("dob"), names_birth("BirthDate"), names_birth("hire_dt")
    (True, True, False)
    """
    words = name_words(name)
    return "birth" in words or any(w.startswith("birth") for w in words)


def names_flag(name: str, family: str) -> bool:
    """Whether a column holds yes or no: a boolean, or a whole number named as a state (``is_active``,
    ``has_paid``, ``member_flag``, or a past participle alone: ``neutered``, ``verified``).

    >>> names_flag("neutered", "integer"), names_flag("is_active", "integer"), names_flag("weight_kg", "number")
    (True, True, False)
    >>> names_flag("speed", "integer"), names_flag("paid", "boolean")
    (False, True)
    """
    if family == "boolean":
        return True
    if family != "integer":
        return False
    words = split_identifier(name)
    if len(words) >= 2 and (words[0] in FLAG_PREFIXES or names_role(words[-1], frozenset({"flag"}))):
        return True
    return len(words) == 1 and words[0].endswith("ed") and _verb_lemma(words[0]) != words[0]


@lru_cache(maxsize=4096)
def past_participle(word: str) -> bool:
    """Whether ``word`` is a verb's past participle distinct from the verb itself ("paid", "spent"; not "cost").

    >>> [past_participle(w) for w in ("paid", "spent", "booked", "cost", "fare", "class")]
    [True, True, True, False, False, False]
    """
    verbs = getAllLemmas(word, upos="VERB").get("VERB", ()) if word.isalpha() else ()
    return any(word != v and word in (getInflection(v, tag="VBN") or ()) for v in verbs)


@lru_cache(maxsize=4096)
def inflected_verb(word: str) -> bool:
    """Whether ``word`` reads as a verb: an inflected form ("led", "directs", "owned"), or a base form no noun
    shares ("conduct" is a noun too, so only its forms count).

    >>> [inflected_verb(w) for w in ("led", "directs", "owned", "teach", "orchestras", "conduct")]
    [True, True, True, True, False, False]
    """
    found = getAllLemmas(word.lower())
    verbs = set(found.get("VERB", ()))
    return bool(verbs) and (word.lower() not in verbs or "NOUN" not in found)


@lru_cache(maxsize=4096)
def present_verb(word: str) -> bool:
    """Whether ``word`` is a verb's third-person present form, the verb of a clause ("airs", "sells").

    >>> [present_verb(w) for w in ("airs", "sells", "listed", "channel")]
    [True, True, False, False]
    """
    return any(word in getInflection(v, tag="VBZ") for v in getAllLemmas(word).get("VERB", ()) if v != word)


def _verb_lemma(word: str) -> str:
    lemmas = getLemma(word, upos="VERB") if word.isalpha() else ()
    return lemmas[0] if lemmas else word


@lru_cache(maxsize=4096)
def past_participle_of(word: str) -> tuple[str, ...]:
    """The verbs ``word`` is the past participle of ("refunded" -> refund, "shut" -> shut), none for another
    form ("refunding", "refunds").

    >>> past_participle_of("refunded"), past_participle_of("refunding"), past_participle_of("table")
    (('refund',), (), ())
    """
    from lemminflect import getAllLemmas

    low = word.lower()
    verbs = getAllLemmas(low, upos="VERB").get("VERB", ()) if low.isalpha() else ()
    return tuple(v for v in verbs if low in getInflection(v, tag="VBN"))


@lru_cache(maxsize=4096)
def names_verb(word: str, verb: str) -> bool:
    """Whether a column-name word is about a verb: the same lemma ("founded"/"found"), a WordNet derivation
    ("birth" of "be born", "opening" of "open").

    >>> names_verb("birth", "born"), names_verb("opening", "opened"), names_verb("renovation", "opened")
    (True, True, False)
    """
    lemma = _verb_lemma(verb)
    if _verb_lemma(word) == lemma:
        return True
    return any(lemma == _verb_lemma(d.split()[-1]) or verb == d.split()[-1] for d in relations(word).derived)


def owner_reference(fk, siblings) -> bool:
    """Whether foreign key ``fk`` is the owner's side of a table that pairs rows of one table: every other
    reference to that table (``siblings``) is named for the pairing table itself ("friendships.friend_id",
    "likes.liked_id" beside "student_id"), so ``fk`` says whose row it is."""
    own = {lemma for w in split_identifier(fk.table) for lemma in lemmas_of(w)}

    def named_for_table(f) -> bool:
        return any(lemmas_of(w) & own for w in split_identifier(f.column) if w.lower() != "id")

    others = [f for f in siblings if f is not fk]
    return bool(others) and not named_for_table(fk) and all(named_for_table(f) for f in others)


def reference_words(fk) -> set[str]:
    """The words of a reference column's name that tell it from its table's other references to the same
    table (not "id", not the referenced table's or key's words): "current" for current_address_id."""
    shared = {singular(w) for name in (fk.ref_table, fk.ref_column) for w in split_identifier(name)}
    return {singular(w) for w in split_identifier(fk.column)} - shared - {"id"}


def word_forms(word: str) -> set[str]:
    """A question word, its lemmas and, for an adverb in -ly, its adjective ("currently" -> current)."""
    forms = {word, *lemmas_of(word)}
    if word.endswith("ly") and len(word) > 4:
        forms.add(word[:-2])
    return forms


def lemmas_of(word: str) -> set[str]:
    """A word's lemmas as a noun and as a verb, and itself ("liked" -> like; "friends" -> friend)."""
    from lemminflect import getAllLemmas

    low = word.lower()
    return {low, *(lemma for forms in getAllLemmas(low).values() for lemma in forms)}


def directed_pair(schema, table: str) -> tuple | None:
    """The two references of one table to ``table`` named for a start and an end (``orig_id`` and ``dest_id``
    of routes, both to airports): (start, end), or None when no table, or more than one, has such a pair."""
    pairs = []
    for owner in dict.fromkeys(fk.table for fk in schema.foreign_keys if fk.ref_table == table and fk.table != table):
        refs = [fk for fk in schema.foreign_keys if fk.table == owner and fk.ref_table == table]
        starts = [fk for fk in refs if _named_for(fk, START_REFERENCE_WORDS)]
        ends = [fk for fk in refs if _named_for(fk, END_REFERENCE_WORDS)]
        if len(starts) == 1 and len(ends) == 1 and starts[0] is not ends[0]:
            pairs.append((starts[0], ends[0]))
    return pairs[0] if len(pairs) == 1 else None


def _named_for(fk, words: frozenset[str]) -> bool:
    """Whether a reference column's own words (not those of the table it refers to, not "id") hold one of
    ``words``, whole or cut short to at least three letters ("orig", "dest") or abbreviated ("src")."""
    shared = {singular(w) for name in (fk.ref_table, fk.ref_column) for w in split_identifier(name)}
    own = {w for w in split_identifier(fk.column) if singular(w) not in shared and w != "id"}
    from .spelling import abbreviates

    return any(w == word or (len(w) >= 3 and word.startswith(w)) or abbreviates(w, word) for w in own for word in words)
