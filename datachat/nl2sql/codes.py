"""Codes and names: a question that says "Virginia" finds the column that stores 'VA', and the reverse.

Four families of codes, each from a maintained source rather than a table typed here: US states and
territories (PyPI ``us``), countries (``pycountry``: ISO 3166 alpha-2, alpha-3 and names), the states,
provinces and regions of every country (``pycountry``: ISO 3166-2, "Quebec" -> 'QC') and months
(:mod:`calendar`). A *concept* is one state, country, subdivision or month, keyed ``(family, key)``.

Which columns hold a family is read from the data (:func:`detect`): at least :data:`MIN_MATCHED` of a
column's distinct values, and :data:`MIN_SHARE` of them, must be forms of that family's concepts (a code
as written, 'VA', 'DEU', 'Sep', or a name, 'Virginia', 'NorthCarolina'). Where two families fit a column
equally well ('CA', 'DE', 'GA' are states and countries) the column's name decides, or neither links.
Subdivision codes are so many that nearly any short code is one: a column is read as subdivisions only
when its name says so ("state", "province", "region", "county") and no other family fits.

In a question (:func:`concepts`) a code links only as written, upper case for letter codes ('VA', not 'va':
"in", "or", "me", "it" are English words) and never in a question typed all in capitals; a name links in
any case, except a name that is also an English word ("turkey", "march", "may"), which must be capitalised
and not the question's first word.

Other names of a place (:func:`other_names`, :func:`place_names`) find a value that is not in a column of codes:
ISO 3166's names and codes of a country and WordNet's other names of a place ("Holland" -> 'Netherlands',
"the US" -> 'United States'); the scanner also reads an adjective of a place through them ("Dutch" ->
'Netherlands', :func:`.wordnet.places_of`).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import fold

Concept = tuple[str, str]  # (family, key): ("us_state", "VA"), ("country", "DE"), ("month", "9")

#: A column holds a family when at least this share of its distinct values are forms of the family...
MIN_SHARE = 0.8
#: ... and at least this many of them (a column of one or two short codes proves little).
MIN_MATCHED = 3
#: Words in a column's name that settle a tie between families.
FAMILY_WORDS = {
    "us_state": ("state", "province"),
    "country": ("country", "nation"),
    "month": ("month",),
    "subdivision": ("state", "province", "region", "county"),
}
#: Families a column is read as only when its name says so and no other family fits: nearly any short
#: upper-case code is some country's subdivision code somewhere.
NAMED_ONLY = ("subdivision",)
#: The shortest month prefix read as a month ("Sep", "Sept").
MONTH_PREFIX = 3


@dataclass(frozen=True)
class Forms:
    """How each concept may be written: ``codes`` as written (case kept) and ``names`` squashed (lower case,
    letters only: "north carolina" and "NorthCarolina" are both ``northcarolina``)."""

    codes: dict[str, frozenset[Concept]] = field(default_factory=dict)
    names: dict[str, frozenset[Concept]] = field(default_factory=dict)
    #: month prefixes a question may use ("Sept") but data is not detected by
    question_codes: dict[str, frozenset[Concept]] = field(default_factory=dict)
    #: a country's codes and names as ISO 3166 writes them ("US", "USA", "United States", ...)
    written: dict[Concept, tuple[str, ...]] = field(default_factory=dict)


_NOT_ALNUM = re.compile(r"[^0-9a-z]")


def squash(text: str) -> str:
    """Lower-case letters and digits only: the key names are compared by.

    >>> squash("North Carolina"), squash("NorthCarolina"), squash("Côte d'Ivoire")
    ('northcarolina', 'northcarolina', 'cotedivoire')
    """
    return _NOT_ALNUM.sub("", fold(text).lower())


@lru_cache(maxsize=1)
def forms() -> Forms:
    """Every code and name of every concept, built once from the libraries."""
    import pycountry
    import us

    codes: dict[str, set[Concept]] = {}
    names: dict[str, set[Concept]] = {}
    asked: dict[str, set[Concept]] = {}
    written: dict[Concept, tuple[str, ...]] = {}

    def add(table: dict[str, set[Concept]], key: str, concept: Concept) -> None:
        if key:
            table.setdefault(key, set()).add(concept)

    for state in us.states.STATES_AND_TERRITORIES:
        concept = ("us_state", state.abbr)
        add(codes, state.abbr, concept)
        add(names, squash(state.name), concept)
    for country in pycountry.countries:
        concept = ("country", country.alpha_2)
        add(codes, country.alpha_2, concept)
        add(codes, country.alpha_3, concept)
        spelled = []
        for attr in ("name", "official_name", "common_name"):
            name = getattr(country, attr, None)
            if name:
                add(names, squash(name), concept)
                spelled.append(name)
                if "," in name:  # "Korea, Republic of" is "Korea" in most data
                    add(names, squash(name.split(",")[0]), concept)
        written[concept] = tuple(dict.fromkeys([*spelled, country.alpha_3, country.alpha_2]))
    for sub in pycountry.subdivisions:
        concept = ("subdivision", sub.code)
        add(codes, sub.code.split("-", 1)[-1], concept)
        add(names, squash(sub.name), concept)
    for number in range(1, 13):
        concept = ("month", str(number))
        full, abbr = calendar.month_name[number], calendar.month_abbr[number]
        add(names, squash(full), concept)
        add(codes, abbr, concept)
        for end in range(MONTH_PREFIX, len(full)):
            add(asked, full[:end], concept)
    freeze = lambda table: {k: frozenset(v) for k, v in table.items()}  # noqa: E731
    return Forms(freeze(codes), freeze(names), freeze(asked), written)


def value_concepts(value: str) -> frozenset[Concept]:
    """The concepts a stored value is a form of ('VA', 'Virginia', 'NorthCarolina', 'Sep', 'DEU')."""
    f = forms()
    text = value.strip()
    return f.codes.get(text, frozenset()) | f.names.get(squash(text), frozenset())


def detect(columns: dict[str, list[str]]) -> dict[str, dict[Concept, list[str]]]:
    """Columns (``"Table.Column"`` -> distinct values) that hold a family of codes or names, each mapped to
    its values by concept.

    >>> found = detect({"owner.state": ["VA", "NY", "TX", "CA"], "owner.city": ["Austin", "Reno", "Waco"]})
    >>> found["owner.state"][("us_state", "VA")], "owner.city" in found
    (['VA'], False)
    """
    out: dict[str, dict[Concept, list[str]]] = {}
    for key, values in columns.items():
        if len(values) < MIN_MATCHED:
            continue
        by_family: dict[str, dict[Concept, list[str]]] = {}
        matched: dict[str, set[str]] = {}
        for value in values:
            for concept in value_concepts(value):
                by_family.setdefault(concept[0], {}).setdefault(concept, []).append(value)
                matched.setdefault(concept[0], set()).add(value)
        column = key.split(".", 1)[-1].lower()
        scores = {
            family: len(matched[family])
            for family, found in by_family.items()
            if len(matched[family]) >= MIN_MATCHED and len(matched[family]) >= MIN_SHARE * len(values)
        }
        if any(family not in NAMED_ONLY for family in scores):
            scores = {family: n for family, n in scores.items() if family not in NAMED_ONLY}
        else:
            scores = {f: n for f, n in scores.items() if any(w in column for w in FAMILY_WORDS[f])}
        if not scores:
            continue
        top = max(scores.values())
        best = sorted(family for family, n in scores.items() if n == top)
        if len(best) > 1:
            best = [family for family in best if any(w in column for w in FAMILY_WORDS[family])]
        if len(best) == 1:
            out[key] = by_family[best[0]]
    return out


def concepts(words: list[str] | tuple[str, ...], first: bool = False, shouting: bool = False) -> frozenset[Concept]:
    """The concepts a span of question words (as typed) names; ``first`` when the span opens the question,
    ``shouting`` when the question is typed all in capitals (then no code links).

    >>> sorted(concepts(["Texas"])), sorted(concepts(["TX"])), concepts(["tx"])
    ([('subdivision', 'US-TX'), ('us_state', 'TX')], [('subdivision', 'US-TX'), ('us_state', 'TX')], frozenset())
    >>> sorted(concepts(["Sept"])), concepts(["march"]), sorted(concepts(["Quebec"]))
    ([('month', '9')], frozenset(), [('subdivision', 'CA-QC')])
    """
    return _concepts(tuple(words), first, shouting)


@lru_cache(maxsize=65536)
def _concepts(words: tuple[str, ...], first: bool, shouting: bool) -> frozenset[Concept]:
    from .spelling import is_english

    f = forms()
    found: frozenset[Concept] = frozenset()
    if len(words) == 1 and not shouting:
        word = words[0]
        if word.isupper():  # 'VA', 'DEU': upper case is what makes 'IN' a code and 'in' a word
            found = f.codes.get(word, frozenset())
        elif word[:1].isupper() and word[1:].islower():  # 'Sep', 'Sept': a capitalised abbreviation
            found = f.question_codes.get(word, frozenset()) | f.codes.get(word, frozenset())
            if first and is_english(word):
                found = frozenset()
    name = squash("".join(words))
    named = f.names.get(name, frozenset())
    if named and len(words) == 1:
        from lemminflect import getAllLemmas

        if getAllLemmas(words[0].lower()) and (first or not words[0][:1].isupper()):
            named = frozenset()  # "turkey", "march": an English word unless written as a name
    return found | named


#: The longest word read as a code ("US", "UK", "UAE"): typed in lower case it is an English word ("us").
CODE_LENGTH = 3


def place_names(name: str) -> list[str]:
    """A place name (lower case) and its other names, lower case: first ISO 3166's names and codes of the country
    it or any of WordNet's other names for it (:func:`.wordnet.place_names`) names, when they name one country
    only ("korea" names two); then the name itself and WordNet's other names. A country's own names come first:
    "america" is the United States before it is the continent a database may also store as 'America'.

    >>> place_names("holland")[:5]
    ['netherlands', 'kingdom of the netherlands', 'nld', 'nl', 'holland']
    """
    return list(_place_names(name))


@lru_cache(maxsize=16384)
def _place_names(name: str) -> tuple[str, ...]:
    from .wordnet import place_names as wordnet_names

    found = [name, *wordnet_names(name)]
    f = forms()
    out = []
    for each in found:
        countries = [c for c in f.names.get(squash(each), ()) if c[0] == "country"]
        if len(countries) == 1:
            out += [w.lower() for w in f.written[countries[0]]]
    return tuple(dict.fromkeys([*out, *found]))


@lru_cache(maxsize=4096)
def adjective_places(typed: str) -> tuple[str, ...]:
    """The names, lower case, of the places an adjective (as typed) pertains to (:func:`.wordnet.places_of`), each
    followed by its other names (:func:`place_names`); an adjective that is also an English word of its own must
    be capitalised ("Polish", not "polish"; "attic" is a room).

    >>> adjective_places("Dutch")[:2], adjective_places("polish"), adjective_places("Polish")[:1]
    (('netherlands', 'kingdom of the netherlands'), (), ('poland',))
    """
    from lemminflect import getAllLemmas

    from .wordnet import places_of

    word = typed.lower()
    places = places_of(word)
    if not places or (getAllLemmas(word) and not typed[:1].isupper()):
        return ()
    return tuple(dict.fromkeys(n for place in places for n in _place_names(place)))


def other_names(
    words: list[str] | tuple[str, ...], first: bool = False, shouting: bool = False, after_the: bool = False
) -> list[str]:
    """Other names, lower case, of the place a span of question words (as typed) names, to look up among the
    values: "the US" may be stored as 'USA' or 'United States', "Holland" as 'Netherlands'. A country links as in
    :func:`concepts`; a short code in lower case links only after "the" (``after_the``: "the us", not "us"); a
    place name that is also an English word must be written as a name ("China", not "china").

    >>> other_names(["United", "States"])[:4]
    ['united states of america', 'usa', 'us', 'america']
    >>> other_names(["us"]), other_names(["us"], after_the=True)[:2]
    ([], ['united states', 'united states of america'])
    """
    return list(_other_names(tuple(words), first, shouting, after_the))


@lru_cache(maxsize=65536)
def _other_names(words: tuple[str, ...], first: bool, shouting: bool, after_the: bool) -> tuple[str, ...]:
    from lemminflect import getAllLemmas

    typed = list(words)
    if len(typed) == 1 and len(typed[0]) <= CODE_LENGTH:
        if not (typed[0].isupper() or after_the) or shouting:
            return ()
        typed = [typed[0].upper()]
    elif len(typed) == 1 and getAllLemmas(typed[0].lower()) and (first or not typed[0][:1].isupper()):
        return ()  # "china", "turkey": English words unless written as names
    name = " ".join(typed).lower()
    out = list(_place_names(name))
    for concept in sorted(concepts(typed, first, shouting)):
        if concept[0] == "country":
            out += _place_names(forms().written[concept][0].lower())
    return tuple(n for n in dict.fromkeys(out) if n != name)
