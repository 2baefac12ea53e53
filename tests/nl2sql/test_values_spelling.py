"""Codes and names, misspellings and English words: how question words link to values and schema names.

Pure tables for :mod:`datachat.nl2sql.spelling` and :mod:`datachat.nl2sql.codes`, then questions end to end on
a small schema made here (columns of state names, state codes, country codes and month names), on the demo
shop and on Chinook.
"""

from __future__ import annotations

import contextlib

import pytest

from datachat.nl2sql import ValueIndex, run_query
from datachat.nl2sql.codes import concepts, detect
from datachat.nl2sql.engine import Reading
from datachat.nl2sql.parse import understand
from datachat.nl2sql.spelling import is_english, nearest, one_typo, variant

from .conftest import engine_from_statements

# ---------------------------------------------------------------------------------------------- spelling
ENGLISH = [
    ("margin", True),  # a dictionary word: never read as the name 'Martin'
    ("profit", True),
    ("customers", True),
    ("paris", True),  # frequent in English text, so exact matches only
    ("avrage", False),
    ("ordr", False),
    ("custmers", False),
    ("revnue", False),
    ("Pariss", False),
    ("Brasil", False),
]


@pytest.mark.parametrize(("word", "english"), ENGLISH)
def test_is_english(word, english):
    assert is_english(word) is english


NEAREST = [
    ("avrage", ["average", "age", "range"], "average"),
    ("ordr", ["order", "odor", "orders"], "order"),
    ("revnue", ["revenue", "venue"], "revenue"),
    ("rokc", ["rock", "jazz"], "rock"),  # two letters swapped
    ("qwzx", ["rock", "jazz"], None),  # nothing close
    ("cat", ["cart", "coat"], None),  # two readings equally close: none is taken
]


@pytest.mark.parametrize(("word", "choices", "expected"), NEAREST)
def test_nearest(word, choices, expected):
    found = nearest(word, choices)
    assert (found.target if found else None) == expected


VARIANTS = [
    ("enrollment", "enrolment", True),  # a doubled letter written once
    ("weigh", "weight", True),  # a short ending
    ("create", "created", True),
    ("engineering", "engineer", True),
    ("margin", "martin", False),  # one letter apart, but another word
    ("voted", "voteid", False),
    ("lines", "line1", False),
    ("cost", "costs", False),  # too short to tell
]


@pytest.mark.parametrize(("word", "target", "expected"), VARIANTS)
def test_variant(word, target, expected):
    assert variant(word, target) is expected


@pytest.mark.parametrize(
    ("word", "other", "expected"), [("rokc", "rock", True), ("ordr", "order", True), ("rokc", "rack", False)]
)
def test_one_typo(word, other, expected):
    assert one_typo(word, other) is expected


# ---------------------------------------------------------------------------------------------- codes
CONCEPTS = [
    (["Virginia"], {}, {("us_state", "VA")}),
    (["virginia"], {}, {("us_state", "VA")}),  # a name that is no English word links in any case
    (["TX"], {}, {("us_state", "TX")}),
    (["tx"], {}, set()),  # a code links only as written
    (["IN"], {}, {("us_state", "IN"), ("country", "IN")}),
    (["in"], {}, set()),  # "in", "or", "me", "it", "us" are English words
    (["or"], {}, set()),
    (["me"], {}, set()),
    (["it"], {}, set()),
    (["us"], {}, set()),
    (["IN"], {"shouting": True}, set()),  # a question in capitals has no codes
    (["DEU"], {}, {("country", "DE")}),
    (["Germany"], {}, {("country", "DE")}),
    (["United", "Kingdom"], {}, {("country", "GB")}),
    (["New", "York"], {}, {("us_state", "NY")}),
    (["Sept"], {}, {("month", "9")}),
    (["sept"], {}, set()),  # an abbreviation must be capitalised
    (["September"], {}, {("month", "9")}),
    (["march"], {}, set()),  # an English word unless written as a name
    (["March"], {}, {("month", "3")}),
    (["March"], {"first": True}, set()),  # a capital at the start proves nothing
    (["china"], {}, set()),
    (["China"], {}, {("country", "CN")}),
]


@pytest.mark.parametrize(("words", "kw", "expected"), CONCEPTS)
def test_concepts(words, kw, expected):
    assert {c for c in concepts(words, **kw) if c[0] != "subdivision"} == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [(["Quebec"], "CA-QC"), (["California"], "US-CA"), (["New", "South", "Wales"], "AU-NSW"), (["QC"], "CA-QC")],
)
def test_subdivision_concepts(words, expected):
    assert ("subdivision", expected) in concepts(words)


DETECT = [
    ({"o.state": ["VA", "NY", "TX", "CA"]}, {"o.state": "us_state"}),
    ({"o.state": ["Virginia", "NorthCarolina", "Texas", "Ohio"]}, {"o.state": "us_state"}),
    ({"o.country": ["DEU", "FRA", "JPN"]}, {"o.country": "country"}),
    ({"o.month": ["January", "March", "May", "June"]}, {"o.month": "month"}),
    ({"o.city": ["Austin", "Reno", "Waco", "Texas"]}, {}),  # one state name among cities
    ({"o.code": ["VA", "NY"]}, {}),  # too few values to tell
    ({"o.code": ["CA", "DE", "GA"]}, {}),  # states or countries: the column's name does not say
    ({"o.state": ["CA", "DE", "GA"]}, {"o.state": "us_state"}),  # ... here it does
    ({"o.country": ["CA", "DE", "GA"]}, {"o.country": "country"}),
    ({"o.lang": ["en", "fr", "de", "es", "it"]}, {}),  # lower-case letters are not country codes
    # states of several countries: subdivisions, but only when the column's name says so
    ({"o.state": ["CA", "QC", "SP", "NSW", "TX"]}, {"o.state": "subdivision"}),
    ({"o.region": ["ON", "BC", "RJ", "WA"]}, {"o.region": "subdivision"}),
    ({"o.code": ["CA", "QC", "SP", "NSW", "TX"]}, {}),
]


@pytest.mark.parametrize(("columns", "expected"), DETECT)
def test_detect(columns, expected):
    found = detect(columns)
    assert {key: next(iter(by_concept))[0] for key, by_concept in found.items()} == expected


# ---------------------------------------------------------------------------------------------- end to end
@pytest.fixture(scope="module")
def places(tmp_path_factory):
    """Owners with full state names; stores with state codes, ISO country codes and month names."""
    return engine_from_statements(
        tmp_path_factory,
        "places",
        [
            "CREATE TABLE owner (id INTEGER PRIMARY KEY, full_name TEXT, state TEXT)",
            "INSERT INTO owner VALUES (1,'Ann Lee','Virginia'),(2,'Bob Marsh','Texas'),(3,'Cy Tran','NewYork'),"
            "(4,'Di Ortiz','Indiana'),(5,'Ed Hale','Oregon')",
            "CREATE TABLE shop (id INTEGER PRIMARY KEY, title TEXT, state_code TEXT, country TEXT, open_month TEXT,"
            " sales REAL)",
            "INSERT INTO shop VALUES (1,'Elm','VA','DEU','September',10),(2,'Oak','TX','FRA','March',20),"
            "(3,'Ash','NY','USA','May',30),(4,'Fir','IN','GBR','January',40),(5,'Yew','OR','JPN','June',50)",
        ],
    )


PLACES = [
    # (question, rows, what the explanation says it read)
    ("owners who live in VA", [("Ann Lee",)], "read 'VA' as 'Virginia'"),
    ("owners in IN", [("Di Ortiz",)], "read 'IN' as 'Indiana'"),
    ("owners in New York", [("Cy Tran",)], ""),  # "NewYork" is indexed as "new york" too
    ("shops in Virginia", [("Elm",)], "read 'Virginia' as 'VA'"),
    ("shops in texas", [("Oak",)], "read 'texas' as 'TX'"),
    ("shops in Germany", [("Elm",)], "read 'Germany' as 'DEU'"),
    ("shops in the United Kingdom", [("Fir",)], "read 'United Kingdom' as 'GBR'"),
    ("shops that opened in Sept", [("Elm",)], "read 'Sept' as 'September'"),
    ("shops in Pariss", None, None),  # a misspelling of nothing in the data: not answered
]


@pytest.mark.parametrize(("question", "rows", "note"), PLACES)
def test_places(places, question, rows, note):
    sa_engine, engine = places
    t = engine.translate(question)
    if rows is None:
        assert t.sql is None
        return
    assert t.sql, t.error
    got = run_query(sa_engine, t.sql)
    assert len(got) == len(rows)
    assert {name for (name,) in rows} <= {v for row in got for v in row}
    assert note in t.explanation


SOURCES = [
    # (question, the mention's words, its source; None: no mention at all)
    ("shops in Virginia", "Virginia", "code"),
    ("shops in VA", "VA", "exact"),
    ("owners who live in VA", "VA", "code"),
    ("shops in Germny", "Germny", None),  # a misspelt name is not guessed into a code
    ("ownrs by state", "ownrs", "fuzzy"),  # a misspelt table name
    ("shops that opened in Janury", "Janury", "fuzzy"),  # a misspelt value
]


def _mentions(engine, question):
    p = Reading(engine, question, None)
    with contextlib.suppress(Exception):  # the mentions are read whatever the outcome
        understand.run(p)
    return {" ".join(t.orig for t in p.toks[m.start : m.end]): m for m in p.mentions}


@pytest.mark.parametrize(("question", "words", "source"), SOURCES)
def test_mention_source(places, question, words, source):
    _, engine = places
    m = _mentions(engine, question).get(words)
    if source is None:
        assert m is None
        return
    assert m is not None and m.source == source
    assert (m.score < 100) == (source == "fuzzy")


SHOP = [
    # (question, a question that means the same, the note)
    ("what's the avrage ordr value", "what is the average order value", "read 'avrage' as 'average'"),
    ("total revnue by category", "total revenue by category", "read 'revnue' as 'revenue'"),
    ("how many custmers are there", "how many customers are there", "read 'custmers' as 'customer'"),
    ("customers from Pariss", "customers from Paris", "read 'Pariss' as 'Paris'"),
    ("number of ordrs per month", "number of orders per month", "read 'ordrs' as"),
    ("number of orders by staus", "number of orders by status", "read 'staus' as 'status'"),  # a letter dropped
    ("which catagory has the most products", "which category has the most products", "read 'catagory'"),
    ("orders from Brazill", "orders from Brazil", "read 'Brazill' as 'Brazil'"),  # a value
    ("what is the revenu per channel", "what is the revenue per channel", "read 'revenu' as 'revenue'"),
]


@pytest.mark.parametrize(("question", "same_as", "note"), SHOP)
def test_shop_misspellings(shop, question, same_as, note):
    _, engine = shop
    t, u = engine.translate(question), engine.translate(same_as)
    assert t.sql and t.sql == u.sql
    assert note in t.explanation


@pytest.mark.parametrize(
    "question",
    [
        "which category has the best profit margin",  # 'margin' is not the customer 'Martin'
        "revenue by margin",
    ],
)
def test_shop_english_words_are_not_values(shop, question):
    _, engine = shop
    t = engine.translate(question)
    assert "Martin" not in (t.sql or "")
    assert t.sql is None  # the word links to nothing, so the engine asks or declines
    assert "margin" in " ".join(t.unused).lower()


def test_chinook_codes_and_misspellings(chinook):
    _, engine = chinook
    cases = [
        ("customers in DE", "\"Country\" = 'Germany'"),
        ("customers from Quebec", "\"State\" = 'QC'"),  # a column of states and provinces of several countries
        ("customers in California", "\"State\" = 'CA'"),
        ("how many tracks are in the rokc genre", "= 'Rock'"),
        ("number of customers per contry", 'GROUP BY "Country"'),
    ]
    for question, fragment in cases:
        t = engine.translate(question)
        assert t.sql and fragment in t.sql, (question, t.sql, t.error)


def test_codes_survive_storage(places):
    _, engine = places
    again = ValueIndex.from_dict(engine.values.to_dict())
    hits = again.by_code(["Virginia"])
    assert {(h.table, h.column, h.value, h.source) for h in hits} == {
        ("owner", "state", "Virginia", "code"),
        ("shop", "state_code", "VA", "code"),
    }
    assert again.fuzzy("margin") == []


LINKS = [
    # (question, the translation's links as (words, read as, source))
    ("what's the avrage ordr value", [("avrage", "average", "fuzzy"), ("ordr", "order", "fuzzy")]),
    ("customers from Pariss", [("Pariss", "Paris", "fuzzy")]),
    ("customers from Paris", []),
]


@pytest.mark.parametrize(("question", "links"), LINKS)
def test_translation_links(shop, question, links):
    _, engine = shop
    t = engine.translate(question)
    assert [(link.words, link.read_as, link.source) for link in t.links] == links
    assert all(0 < link.score < 100 for link in t.links)


def test_code_links_on_the_translation(places):
    _, engine = places
    t = engine.translate("shops in Virginia")
    assert [(link.words, link.read_as, link.source, link.score) for link in t.links] == [
        ("Virginia", "VA", "code", 100.0)
    ]


@pytest.mark.parametrize(
    ("question", "unused"),
    [
        ("customers who live in ME", "ME"),  # a code in no column: reported, never dropped as the word "me"
        ("customers in OR", "OR"),
    ],
)
def test_unlinked_codes_are_reported(chinook, question, unused):
    _, engine = chinook
    t = engine.translate(question)
    assert t.sql is None
    assert unused in t.unused


def test_code_in_a_follow_up(places):
    sa_engine, engine = places
    first = engine.translate("total sales of shops in Texas")
    t = engine.translate("what about Virginia?", previous=first)
    assert t.sql and "'VA'" in t.sql
    assert run_query(sa_engine, t.sql) == [(10,)]
    assert [(link.words, link.read_as, link.source) for link in t.links] == [("Virginia", "VA", "code")]
