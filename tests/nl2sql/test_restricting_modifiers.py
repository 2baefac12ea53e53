"""Words that restrict the rows are never consumed without a filter, table-driven on a made-up community tool
library (items, their use, loans to and from partner sheds, workshops, volunteers and their shifts):

- a verb of a two-sided event ("lend"/"borrow", WordNet's converses, both finding the loans table) says which
  side the rows were on: where the table keeps the side in a column of two codes, a reading that does not test
  it is a ``one_sided_event`` doubt, and the engine asks with the codes (:mod:`datachat.nl2sql.sides`);
- a word hyphened to a particle ("paid-for", "sold-out") is a compound adjective: never skipped as the money or
  measure word it spells alone, and never read as a column alone with nothing tested (``hyphened_modifier``);
- a word that may be a noun or a verb, right after a determiner opening the question's noun phrase ("the
  crates that") or opening the question before a table's noun ("garden volunteers"), is a noun naming which
  rows: left unread it weighs as an unknown noun, not as a loose verb; so does one between a participle or an
  adjective and a table's or column's noun ("approved garden shifts");
- two words whose initials are a kind code ('SP') read as that code even where the second word names a part of
  another table's column ("parts" and ``qty_part``): the column link is too weak to win.

Each doubted case checks that an answer tests what the words restrict (or that the engine asks or declines);
the controls of the same shapes without the restricting word are still answered."""

from __future__ import annotations

import pytest

from datachat.nl2sql.sides import converses, one_sided, side_columns

from .conftest import engine_from_statements

_SHED = [
    "CREATE TABLE items (id INTEGER PRIMARY KEY, item_desc TEXT NOT NULL, item_cls TEXT NOT NULL)",
    "CREATE TABLE usage_logs (id INTEGER PRIMARY KEY, item_id INTEGER REFERENCES items(id), qty_part INTEGER,"
    " used_on DATE)",
    "CREATE TABLE loans (id INTEGER PRIMARY KEY, item_id INTEGER REFERENCES items(id), partner TEXT NOT NULL,"
    " way TEXT NOT NULL, loan_dt DATE NOT NULL, fee REAL NOT NULL)",
    "CREATE TABLE workshops (id INTEGER PRIMARY KEY, title TEXT NOT NULL, price REAL NOT NULL, held DATE)",
    "CREATE TABLE volunteers (id INTEGER PRIMARY KEY, first_nm TEXT, last_nm TEXT, role TEXT)",
    "CREATE TABLE shifts (id INTEGER PRIMARY KEY, volunteer_id INTEGER REFERENCES volunteers(id), hrs REAL,"
    " shift_dt DATE, sts TEXT)",
    "INSERT INTO items VALUES (1,'Hex key set','SP'),(2,'Cordless drill','TL'),(3,'Drill bit pack','SP'),"
    "(4,'Sandpaper roll','CN'),(5,'Mitre saw','TL'),(6,'Wood glue','CN')",
    "INSERT INTO usage_logs VALUES (1,1,2,'2023-02-01'),(2,3,5,'2023-03-09'),(3,4,1,'2023-04-12'),(4,6,3,'2023-05-20')",
    "INSERT INTO loans VALUES (1,2,'Riverside Shed','O','2023-01-05',5.0),(2,5,'Riverside Shed','I','2023-02-11',"
    "12.0),(3,2,'Hilltop Makers','O','2023-03-02',5.0),(4,5,'Hilltop Makers','I','2023-04-18',9.5),"
    "(5,1,'Riverside Shed','O','2023-06-30',0.0)",
    "INSERT INTO workshops VALUES (1,'Intro to lathes',0.0,'2023-01-14'),(2,'Sharpening chisels',15.0,"
    "'2023-02-18'),(3,'Welding basics',40.0,'2023-03-25'),(4,'Bike tune-up',0.0,'2023-04-22')",
    "INSERT INTO volunteers VALUES (1,'Ines','Moreau','Front desk'),(2,'Pavel','Novak','Repair bench'),"
    "(3,'Ada','Okafor','Front desk')",
    "INSERT INTO shifts VALUES (1,1,3.0,'2023-01-07','APR'),(2,2,4.5,'2023-01-14','APR'),"
    "(3,3,2.0,'2023-02-04','PND'),(4,1,3.5,'2023-03-11','APR')",
]


@pytest.fixture(scope="module")
def shed(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "tool_library", _SHED)


DOUBTED = [
    # (question, what an answer must hold to read the restricting word)
    ("Which items did we borrow from Riverside Shed?", '"way"'),
    ("How many things have we lent to partner sheds?", '"way"'),
    ("What was the biggest fee for an item we borrowed?", '"way"'),
    ("Which is the cheapest paid-for workshop?", '"price" >'),
    ("List the held-over workshops", '"held" IS'),
    ("List the crates that went missing", '"crate'),
    ("garden volunteer shifts in 2023", '"role"'),
    ("approved garden shifts during 2023", '"role"'),
]


@pytest.mark.parametrize(("question", "needed"), DOUBTED)
def test_a_restricting_word_is_read_or_asked_about(shed, question, needed):
    _, engine = shed
    t = engine.translate(question)
    if t.sql:
        assert needed in t.sql, t.sql
    else:
        assert t.clarification is not None or t.error, t


def test_a_word_hyphened_to_a_particle_is_no_column_alone(shed):
    _, engine = shed
    t = engine.translate("List the held-over workshops", ask=False)
    assert ("hyphened_modifier", "held-over") in [(r.code, r.detail) for r in t.score.reasons], t.score.reasons


def test_a_side_verb_is_asked_about_with_the_side_codes(shed):
    _, engine = shed
    t = engine.translate("Which items did we borrow from Riverside Shed?")
    assert t.clarification is not None, t
    assert any("way is" in o.question for o in t.clarification.options), t.clarification.options


CODED = [
    # (question, the kind code its two words' initials spell)
    ("Show all our spare parts", "'SP'"),
    ("How many spare parts are there?", "'SP'"),
]


@pytest.mark.parametrize(("question", "code"), CODED)
def test_two_words_read_as_the_code_of_their_initials(shed, question, code):
    _, engine = shed
    t = engine.translate(question)
    assert t.sql and f'"item_cls" = {code}' in t.sql, (t.sql, t.error, t.clarification)


CONTROLS = [
    "How many loans are there?",
    "total of the fees across every loan",
    "Which is the cheapest workshop?",
    "How many items are there?",
    "List the items",
    "total hours of shifts in 2023",
    "approved shifts during 2023",
    "number of volunteers on record",
]


@pytest.mark.parametrize("question", CONTROLS)
def test_the_same_shapes_without_the_restricting_word_are_answered(shed, question):
    _, engine = shed
    t = engine.translate(question)
    assert t.sql, (t.error, t.clarification)


SIDES = [
    # (verb as said, whether it names the loans table's side)
    ("lent", True),
    ("borrowed", True),
    ("borrow", True),
    ("loans", False),  # the table's own noun: no side
    ("paid", False),  # no converse
]


@pytest.mark.parametrize(("word", "sided"), SIDES)
def test_the_side_of_a_verb_read_as_the_loans_table(shed, word, sided):
    _, engine = shed
    table = engine.schema.table("loans")
    assert side_columns(table, engine.values) == ["way"]
    assert bool(one_sided(word, table, engine.values, engine.phrases)) is sided


def test_converses_are_the_verbs_of_the_other_side():
    assert "borrow" in converses("lent")
    assert "sell" in converses("bought")
    assert converses("painted") == frozenset()
