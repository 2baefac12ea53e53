"""Other words for schema words found by general rules, not a word list: WordNet's attribute adjectives ("old"
for an age), the participles of the verbs a column noun derives from ("hired" for a hire date), the words of a
less frequent sense ("length" for a duration) and abbreviations in either direction ("qty" for quantity)."""

from __future__ import annotations

import pytest

from datachat.nl2sql.lexicon import describing_words, participles, synonyms, weak_synonyms
from datachat.nl2sql.spelling import abbreviates

from .conftest import engine_from_statements


@pytest.fixture(scope="module")
def depot(tmp_path_factory):
    return engine_from_statements(
        tmp_path_factory,
        "depot",
        [
            "CREATE TABLE staff (id INTEGER PRIMARY KEY, full_name TEXT, age INTEGER, birth_date DATE, hire_date DATE)",
            "INSERT INTO staff VALUES (1,'Ida Moe',41,'1983-04-02','2019-05-01'),"
            "(2,'Al Roy',29,'1995-01-20','2021-03-15'),(3,'Bo Kay',35,'1989-07-07','2021-11-30')",
            "CREATE TABLE crates (id INTEGER PRIMARY KEY, label TEXT, quantity INTEGER, weight INTEGER)",
            "INSERT INTO crates VALUES (1,'north',4,120),(2,'south',6,80),(3,'east',5,200)",
            "CREATE TABLE docs (id INTEGER PRIMARY KEY, title TEXT)",
            "INSERT INTO docs VALUES (1,'Plan'),(2,'Budget')",
        ],
    )


@pytest.mark.parametrize(
    ("word", "found", "how"),
    [
        ("weight", "heavy", describing_words),
        ("length", "long", describing_words),
        ("birth", "born", participles),
        ("hire", "hired", participles),
        ("duration", "length", weak_synonyms),
        ("car", "automobile", synonyms),
    ],
)
def test_wordnet_gives_other_words(word, found, how):
    assert found in how(word)


def test_who_acts_has_no_participles():
    assert participles("maker") == () and participles("manager") == ()  # its rows are not the things made


@pytest.mark.parametrize(
    ("short", "word", "expected"),
    [
        ("qty", "quantity", True),
        ("doc", "document", True),
        ("amt", "amount", True),
        ("tpl", "template", True),
        ("qty", "tax", False),  # another first letter
        ("age", "average", False),  # a dictionary word is no abbreviation
        ("doc", "dock", False),  # too short a word to abbreviate
        ("dept", "department", True),
        ("govt", "government", True),  # the last letter may end the word
        ("amt", "attachments", False),  # letters scattered over the word: four consonants skipped before "m"
        ("pdt", "parliaments", False),
    ],
)
def test_abbreviation_rule(short, word, expected):
    assert abbreviates(short, word) is expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how many staff were hired in 2021", [(2,)]),
        ("how many staff were born before 1990", [(2,)]),
        ("what is the total qty of crates", [(15,)]),
        ("how many documents are there", [(2,)]),
    ],
)
def test_general_links_answer(depot, question, expected):
    sa_engine, engine = depot
    t = engine.translate(question)
    assert t.error is None, t.error
    with sa_engine.connect() as c:
        assert [tuple(r) for r in c.exec_driver_sql(t.sql).fetchall()] == expected, t.sql


def test_abbreviation_is_a_weak_link(depot):
    _, engine = depot
    t = engine.translate("how many documents are there")
    assert any(link.source == "fuzzy" and link.read_as == "doc" for link in t.links), t.links


@pytest.fixture(scope="module")
def fleet(tmp_path_factory):
    """Drivers and their trips (an abbreviated money column), and boats with a text column named like a verb."""
    return engine_from_statements(
        tmp_path_factory,
        "fleet",
        [
            "CREATE TABLE drivers (id INTEGER PRIMARY KEY, full_name TEXT, depot TEXT, hired_on DATE)",
            "INSERT INTO drivers VALUES (1,'Ana Ruiz','East','2020-02-01'),(2,'Tom Oak','West','2021-06-01')",
            "CREATE TABLE trips (id INTEGER PRIMARY KEY, driver_id INTEGER REFERENCES drivers(id), amt NUMERIC,"
            " trip_date DATE)",
            "INSERT INTO trips VALUES (1,1,40,'2024-01-05'),(2,1,250,'2024-02-11'),(3,2,90,'2024-03-02')",
            "CREATE TABLE boats (id INTEGER PRIMARY KEY, build TEXT, year INTEGER)",
            "INSERT INTO boats VALUES (1,'clinker',2010),(2,'carvel',2010),(3,'clinker',2012)",
        ],
    )


#: a past participle after "were"/"was" is what happened to the rows, not a text column named by its noun
PASSIVE_EVENTS = [
    ("how many boats were built in 2010", [(2,)]),
    ("In 2012, how many boats were built?", [(1,)]),
]


@pytest.mark.parametrize(("question", "expected"), PASSIVE_EVENTS)
def test_a_passive_verb_is_the_event_not_a_column(fleet, question, expected):
    sa_engine, engine = fleet
    t = engine.translate(question)
    assert t.sql, (t.error, t.clarification)
    with sa_engine.connect() as c:
        assert [tuple(r) for r in c.exec_driver_sql(t.sql).fetchall()] == expected, t.sql


#: a word the schema does not hold never becomes a measure of another column: the engine asks or declines,
#: or (for a money word) the statement sums money; it never counts rows in its place
UNPLACED_MEASURES = [
    "which driver has handled the most assignments",  # not an abbreviation of "amt": letters scattered
    "which drivers have done over 100 assignments",
    "revenue for each depot in 2024",
    "takings per depot",
]


@pytest.mark.parametrize("question", UNPLACED_MEASURES)
def test_an_unplaced_measure_word_is_not_answered_by_another_measure(fleet, question):
    _, engine = fleet
    t = engine.translate(question)
    assert t.sql is None or "SUM(" in t.sql.upper(), t.sql
    if t.sql is None:
        assert t.score is not None and not t.score.answers()


#: a money word that is counted names rows; when no table holds them the word is unknown, never dropped
COUNTED_MONEY_WORDS = [("how many sales per depot", "sales"), ("how many sales did each driver make", "sales")]


@pytest.mark.parametrize(("question", "word"), COUNTED_MONEY_WORDS)
def test_a_counted_money_word_no_table_holds_is_unknown(fleet, question, word):
    _, engine = fleet
    t = engine.translate(question)
    assert t.sql is None, t.sql
    assert word in t.score.unknown_words
