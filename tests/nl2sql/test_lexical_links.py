"""Everyday words for schema names, from WordNet and word order, on a made-up community-garden schema.

A class word's broader word ("kind of soil" for soil_type), a two-word name's synonym as one WordNet entry
("surname" for LName, an abbreviation split by its capitals), "A of B" said "B A" ("crop weight" for
weight_of_crop), the noun of a verb name ("acceleration" for accelerate), the verbs of a number column's noun
("earn" for earnings), the agent of a "<participle>_by" column ("painter" for painted_by), the closed compound
of a date's event and "day" ("birthday" for birth_date), the thing an "X_name" column names ("keeper" for
keeper_name), a hypernym two steps up ("performers" for violinists), a table's written plural abbreviated
("ppl" for people), two words closed with the agent ending "-er" ("home school kids" for a homeschooler table)
and "the number of bedrooms" for a beds column. Each is a weak link below the names the schema states; a noun
whose dominant sense is only a rarer sense of a table's name ("manufacturers" for makers) is asked about.
"""

from __future__ import annotations

import pytest

from datachat.nl2sql.engine import _named_thing, agent_nouns, classifier_words, verb_nouns
from datachat.nl2sql.lexicon import name_words
from datachat.nl2sql.wordnet import named_by

from .conftest import engine_from_statements

GARDEN = [
    "CREATE TABLE plots (id INTEGER PRIMARY KEY, plot_name TEXT, soil_type TEXT, keeper_name TEXT, area REAL)",
    "CREATE TABLE growers (id INTEGER PRIMARY KEY, FName TEXT, LName TEXT, birth_date DATE, earnings NUMERIC,"
    " plot_id INTEGER REFERENCES plots(id))",
    "CREATE TABLE harvests (id INTEGER PRIMARY KEY, plot_id INTEGER REFERENCES plots(id), weight_of_crop REAL)",
    "CREATE TABLE mowers (id INTEGER PRIMARY KEY, model TEXT, accelerate REAL)",
    "CREATE TABLE violinists (id INTEGER PRIMARY KEY, full_name TEXT)",
    "CREATE TABLE people (id INTEGER PRIMARY KEY, full_name TEXT, town TEXT)",
    "CREATE TABLE makers (id INTEGER PRIMARY KEY, maker_title TEXT)",
    "CREATE TABLE Homeschooler (id INTEGER PRIMARY KEY, name TEXT, grade INTEGER)",
    "CREATE TABLE murals (id INTEGER PRIMARY KEY, title TEXT, painted_by TEXT)",
    "CREATE TABLE cabins (id INTEGER PRIMARY KEY, cabin_name TEXT, beds INTEGER)",
    "INSERT INTO plots VALUES (1,'North','clay','Ivo Stern',40),(2,'South','loam','Una Pike',25),"
    "(3,'East','clay','Ivo Stern',30)",
    "INSERT INTO growers VALUES (1,'Rosa','Quill','1980-04-02',300,1),(2,'Tom','Abbot','1995-09-17',120,2),"
    "(3,'Nell','Vance','1972-12-30',210,1)",
    "INSERT INTO harvests VALUES (1,1,12.5),(2,1,7.5),(3,2,4.0)",
    "INSERT INTO mowers VALUES (1,'Brisk',3.5),(2,'Stout',1.5)",
    "INSERT INTO violinists VALUES (1,'Ola Reed'),(2,'Pia Moor')",
    "INSERT INTO people VALUES (1,'Ada Finch','Looe'),(2,'Bo Crane','Looe'),(3,'Cy Hale','Rye')",
    "INSERT INTO makers VALUES (1,'Acme'),(2,'Zenith')",
    "INSERT INTO Homeschooler VALUES (1,'Kit',9),(2,'Lou',10),(3,'Max',10)",
    "INSERT INTO murals VALUES (1,'Dawn','Ann Wye'),(2,'Dusk','Ann Wye'),(3,'Tide','Bo Lark')",
    "INSERT INTO cabins VALUES (1,'Fern',2),(2,'Moss',4)",
]


@pytest.fixture(scope="module")
def garden(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "garden", GARDEN)


WORDS = [
    (classifier_words, "type", ("kind", "sort")),
    (classifier_words, "genre", ("kind", "sort")),
    (classifier_words, "price", ()),  # "value" is too general to name a price
    (classifier_words, "number", ()),  # nor "amount" a number
    (verb_nouns, "accelerate", ("acceleration",)),
    (verb_nouns, "weight", ()),  # a noun already
    (named_by, "maker", ("manufacturer",)),
    (named_by, "customer", ()),
    (agent_nouns, "painted", ("painter",)),
    (agent_nouns, "blue", ()),
    (name_words, "LName", ("last", "name")),
    (name_words, "FName", ("first", "name")),
    (name_words, "l_value", ("l", "value")),
    (_named_thing, "song", True),
    (_named_thing, "manager", True),
    (_named_thing, "middle", False),  # an adjective: middle_name names no middle
    (_named_thing, "job", False),  # an act: a job title is not a job
]


@pytest.mark.parametrize(("read", "word", "expected"), WORDS)
def test_word_relations(read, word, expected):
    assert read(word) == expected


CASES = [
    ("number of plots per kind of soil", [("clay", 2), ("loam", 1)], ("soil_type", "GROUP BY")),
    ("how many different sorts of soil are there", [(2,)], ("soil_type",)),
    ("surname of the oldest grower", [("Vance",)], ("LName",)),
    ("growers with their birthdays", 3, ("birth_date",)),
    ("total crop weight", [(24.0,)], ("SUM", "weight_of_crop")),
    ("what is the average acceleration of the mowers", [(2.5,)], ("AVG", "accelerate")),
    ("what do growers earn on average", [(210,)], ("AVG", "earnings")),
    ("keeper of the largest plot", [("Ivo Stern",)], ("keeper_name",)),
    ("how many performers are there", [(2,)], ("violinists",)),
    ("how many ppl are there per town", [("Looe", 2), ("Rye", 1)], ("people",)),
    # the closed compound with the agent ending: "home school" + "er", and the people noun after it
    ("how many home school kids are in grade 10", [(2,)], ("Homeschooler",)),
    # who did it, for a "<participle>_by" column
    ("how many murals did each painter make", [("Ann Wye", 2), ("Bo Lark", 1)], ("painted_by", "GROUP BY")),
    # the number of a closed compound's things, for a number column named by its first word
    ("average number of bedrooms of the cabins", [(3.0,)], ('AVG("beds")',)),
]


@pytest.mark.parametrize(("question", "expected", "present"), CASES)
def test_everyday_words_link(garden, question, expected, present):
    sa_engine, engine = garden
    t = engine.translate(question)
    assert t.sql, (question, t.error, t.clarification)
    with sa_engine.connect() as c:
        rows = [tuple(r) for r in c.exec_driver_sql(t.sql).fetchall()]
    if isinstance(expected, int):
        assert len(rows) == expected, t.sql
    else:
        assert sorted(r[: len(expected[0])] for r in rows) == sorted(expected), t.sql
    for word in present:
        assert word in t.sql, (question, t.sql)
    # below the names the schema states: a link weighs less than a name, or is read as an abbreviation
    assert any(link.weight < 1.0 or link.fuzzy for link in t.score.links), t.score


def test_a_rarer_sense_is_asked_about(garden):
    """ "manufacturers" may mean the makers (a maker in a rarer sense of the word): asked, never answered."""
    _, engine = garden
    t = engine.translate("how many manufacturers are there")
    assert t.sql is None
    offered = [o.question for o in t.clarification.options] if t.clarification else t.suggestions
    assert any("makers" in q for q in offered), (t.error, offered)


def test_a_loose_link_no_rule_places_is_a_doubt(garden):
    """ "keeper" found only as the thing keeper_name names: placed by a rule (a value's column), a weak link;
    shown by default and placed by no rule ("a keeper having 'Ivo' in its name" tests the plot's name), a doubt
    as heavy as an unknown word, so the engine does not answer."""
    _, engine = garden
    placed = engine.translate("area of the plots whose keeper is called Una Pike")
    assert placed.sql and "keeper_name" in placed.sql
    assert "loose_column" not in [r.code for r in placed.score.reasons]
    shown = engine.translate("name of the plot with a keeper having 'Ivo' in its name")
    assert shown.sql is None
    assert "loose_column" in [r.code for r in shown.score.reasons]


def test_a_stated_name_outranks_the_weak_links(garden):
    """The schema's own words keep their tables: "people" is the people table, "type" the soil type."""
    _, engine = garden
    assert '"people"' in engine.translate("how many people are there").sql
    t = engine.translate("number of plots per soil type")
    assert "soil_type" in t.sql and not any(r.code == "weak_link" for r in t.score.reasons)


def test_a_noun_of_the_same_kind_is_asked_about_beside_a_named_table(garden):
    """ "clients" names no table; of the tables of people, only the growers are next to the plots the question
    names, so the engine asks whether the growers were meant (never answers from a noun of the same kind)."""
    _, engine = garden
    t = engine.translate("which clients have more than 1 plot")
    assert t.sql is None
    offered = [o.question for o in t.clarification.options] if t.clarification else t.suggestions
    assert offered and "growers" in offered[0], (t.error, offered)
