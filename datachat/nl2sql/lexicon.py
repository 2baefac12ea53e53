"""Words: tokenising questions, splitting identifiers, singular forms and a small synonym table."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from lemminflect import getInflection, getLemma

from .wordnet import relations, synonyms_of

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_TOKEN = re.compile(r"\d+(?:\.\d+)?|[a-z][a-z0-9]*|[^\sa-z0-9]", re.I)

_IRREGULAR = {
    "people": "person",
    "ids": "id",
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
    """Drop accents: "São Paulo" -> "Sao Paulo" (so either spelling matches the other)."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


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


#: What WordNet (:mod:`.wordnet`) does not give for words that show up in table and column names: the
#: abbreviations ("qty", "hp", "doc"), adjectives and verb forms asked in place of a column ("old" for age,
#: "born" for birth), and the senses a database means but WordNet does not rank first ("record" for album,
#: "rep" for employee, "sale" for invoice). Pairs WordNet's dominant senses give are not listed (customer ->
#: client, car -> automobile...). A schema word also answers to each of these.
SYNONYMS: dict[str, list[str]] = {
    "customer": ["buyer", "shopper"],
    "rep": ["representative", "agent"],
    "representative": ["rep", "agent"],
    "employee": ["staff", "worker", "rep", "representative", "colleague"],
    "track": ["song", "tune"],
    "artist": ["band", "musician", "singer", "performer"],
    "invoice": ["sale", "order", "purchase"],
    "album": ["record", "lp"],
    "genre": ["style", "kind"],
    "product": ["item", "article", "good"],
    "quantity": ["qty", "unit", "amount"],
    "total": ["amount", "revenue", "sale", "spent", "spend"],
    "country": ["nationality"],
    "city": ["town"],
    "name": ["title", "called", "named"],
    "title": ["name"],
    "date": ["day", "time", "when"],
    "birth": ["born"],
    "hire": ["hired", "joined"],
    "milliseconds": ["duration", "length", "long"],
    "millisecond": ["duration", "length"],
    "byte": ["size"],
    "composer": ["writer", "songwriter", "composed", "written"],
    "email": ["mail", "email address", "mail address"],
    "age": ["old"],
    "salary": ["earn", "earning", "income"],
    "population": ["populous", "people", "inhabitant", "resident"],
    "area": ["size", "big"],
    "order": ["purchase"],
    "stadium": ["venue", "arena"],
    "capacity": ["seat"],
    "weight": ["heavy"],
    "height": ["tall"],
    "length": ["long"],
    "year": ["when"],
    "id": ["identifier"],
    "description": ["detail"],
    "shipment": ["delivery"],
    "supplier": ["vendor"],
    "category": ["type", "kind"],
    "type": ["kind", "category"],
    "amount": ["total", "value"],
    "rating": ["score", "rank"],
    "review": ["rating"],
    "maker": ["manufacturer", "make"],
    "horsepower": ["hp", "power"],
    "mpg": ["mileage"],
    "pet": ["animal"],
    "dog": ["puppy"],
    "course": ["class"],
    "grade": ["level"],
    "continent": ["region"],
    "language": ["tongue"],
    "surface": ["size"],
    "gnp": ["gdp"],
    "nationality": ["country"],
    "airline": ["carrier"],
    "abbreviation": ["code"],
    "document": ["doc"],
    "template": ["tpl"],
    "channel": ["station"],
    "show": ["program", "programme"],
    "cartoon": ["episode"],
    "concert": ["show", "gig"],
    "singer": ["artist", "musician"],
    "visitor": ["guest"],
    "museum": ["gallery"],
    "owner": ["owned"],
    "treatment": ["care"],
    "professional": ["doctor", "vet"],
    "semester": ["term"],
    "degree": ["qualification"],
    "poker": ["game"],
    "earnings": ["earning", "win", "money", "prize"],
    "earning": ["win", "money", "prize"],
    "conductor": ["leader"],
    "orchestra": ["band"],
    "performance": ["show"],
    "highschooler": ["student", "high", "schooler"],
    "friend": ["friendship"],
    "like": ["likes"],
    "ship": ["vessel", "boat"],
    "death": ["dead", "killed", "casualty"],
    "killed": ["death", "dead"],
    "injured": ["injury", "hurt"],
    "transcript": ["record"],
    "address": ["location"],
    "status": ["state"],
    "created": ["creation", "made"],
    "launch": ["launched"],
    "band": ["artist", "group"],
    "first": ["given"],
    "last": ["family", "surname"],
    "surname": ["last"],
    "river": ["stream"],
    "mountain": ["peak", "summit", "mount"],
    "elevation": ["altitude", "high", "height"],
    "altitude": ["elevation", "height", "high"],
    "capital": ["capitol"],
    "density": ["dense"],
    "border": ["neighbor", "neighbour", "adjacent", "bordering", "border"],
}


@lru_cache(maxsize=16384)
def _synonyms(word: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys([*SYNONYMS.get(word, ()), *synonyms_of(word)]))


def synonyms(word: str) -> list[str]:
    """Other words for a schema word: the few in :data:`SYNONYMS` WordNet has not, then WordNet's synonyms of
    its dominant sense (see :mod:`.wordnet`).

    >>> synonyms("car")
    ['auto', 'automobile', 'motorcar']
    """
    return list(_synonyms(word))


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
    "stu": "student",
    "stuid": "student id",
    "uid": "id",
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
    "tel": "telephone",
    "cnt": "count",
    "hp": "horsepower",
    "mpg": "miles per gallon",
    "accel": "acceleration",
    "accelerate": "acceleration",
    "edispl": "engine displacement",
    "par": "pixel aspect ratio",
}


def _verb_lemma(word: str) -> str:
    lemmas = getLemma(word, upos="VERB") if word.isalpha() else ()
    return lemmas[0] if lemmas else word


@lru_cache(maxsize=4096)
def names_verb(word: str, verb: str) -> bool:
    """Whether a column-name word is about a verb: the same lemma ("founded"/"found"), a WordNet derivation
    ("birth" of "be born", "opening" of "open") or a listed synonym (:data:`SYNONYMS`: "birth" for "born").

    >>> names_verb("birth", "born"), names_verb("opening", "opened"), names_verb("renovation", "opened")
    (True, True, False)
    """
    lemma = _verb_lemma(verb)
    if _verb_lemma(word) == lemma or verb in SYNONYMS.get(word, ()):
        return True
    return any(lemma == _verb_lemma(d.split()[-1]) or verb == d.split()[-1] for d in relations(word).derived)
