"""Shortened schema names linked by rule, on a made-up bicycle-repair workshop.

A name's part shortens an English word by :func:`datachat.nl2sql.spelling.shortens`: a prefix of three letters or
more, or the word's first letter and its letters in order close behind each other, two letters only as the word's
whole consonant skeleton. A question word with no strong link of its own reads as the one shortened name part
it spells out (a weak "fuzzy" link, so the score drops below an exact reading), a table's written-out name
("customer" for custs) names it, and a text column whose last part shortens "name" or "title" labels its rows.
"""

from __future__ import annotations

import pytest

from datachat.nl2sql.spelling import shortens

from .conftest import engine_from_statements

WORKSHOP = [
    "CREATE TABLE custs (id INTEGER PRIMARY KEY, cust_nm TEXT, town TEXT)",
    "CREATE TABLE mechanics (id INTEGER PRIMARY KEY, mech_nm TEXT, hourly_rt NUMERIC)",
    "CREATE TABLE repair_jobs (id INTEGER PRIMARY KEY, cust_id INTEGER REFERENCES custs(id),"
    " mechanic_id INTEGER REFERENCES mechanics(id), prio TEXT, labour_hrs NUMERIC, job_dt DATE)",
    "CREATE TABLE spares (id INTEGER PRIMARY KEY, spare_nm TEXT, cat TEXT, stock_qty INTEGER)",
    "INSERT INTO spares VALUES (1,'Chain','DRIVE',4),(2,'Pad','BRAKE',9),(3,'Cable','BRAKE',2)",
    "INSERT INTO custs VALUES (1,'Ann Pike','Hull'),(2,'Bo Reed','York'),(3,'Cal Dunn','Hull')",
    "INSERT INTO mechanics VALUES (1,'Dee Fox',30),(2,'Eli Park',35)",
    "INSERT INTO repair_jobs VALUES (1,1,1,'HIGH',2.5,'2024-01-03'),(2,2,2,'LOW',1.0,'2024-02-11'),"
    "(3,1,2,'LOW',0.5,'2024-03-09'),(4,3,1,'MED',3.0,'2024-03-20')",
]


@pytest.fixture(scope="module")
def workshop(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "workshop", WORKSHOP)[1]


SHORTENS = [
    ("sal", "salary", True),  # a prefix of three letters
    ("prio", "priority", True),
    ("amt", "amount", True),  # first letter and consonants, in order
    ("dlv", "delivery", True),
    ("hdr", "header", True),
    ("nm", "name", True),  # two letters: the word's whole consonant skeleton
    ("dt", "date", True),
    ("cd", "code", True),
    ("nm", "number", False),  # "number" has more consonants than the two letters keep
    ("pp", "people", False),
    ("st", "status", False),
    ("depts", "departments", True),  # plurals read as their singular
    ("sa", "salary", False),  # two letters with a vowel: no skeleton
    ("qty", "tax", False),  # another first letter
    ("cat", "cat", False),  # no shorter than the word
]


@pytest.mark.parametrize(("part", "word", "expected"), SHORTENS)
def test_shortens(part, word, expected):
    assert shortens(part, word) is expected


LABELS = [
    # a text column whose last part shortens "name" labels a listed row
    ("list the mechanics", ['"mech_nm"', '"mechanics"']),
    ("list the customers", ['"cust_nm"', '"custs"']),
]


@pytest.mark.parametrize(("question", "parts"), LABELS)
def test_shortened_label_column(workshop, question, parts):
    sql = workshop.translate(question).sql
    assert sql is not None and all(p in sql for p in parts), sql


def test_written_out_table_name(workshop):
    t = workshop.translate("how many customers are there")
    assert t.sql is not None and '"custs"' in t.sql and "COUNT(*)" in t.sql


def test_question_word_reads_shortened_column_weakly(workshop):
    t = workshop.translate("repair jobs by priority")
    assert t.sql is not None and '"prio"' in t.sql and "GROUP BY" in t.sql
    assert any(link.read_as == "prio" and link.source == "fuzzy" for link in t.links)
    assert t.score.value < 1.0  # below an exact reading


def test_class_word_reads_short_column_that_is_a_word(workshop):
    # "cat" is an English word, but a classifying word the engine looks for reads a text column so named
    t = workshop.translate("spares per category")
    assert t.sql is not None and 'GROUP BY "cat"' in t.sql
    assert t.score.value < 1.0


def test_noun_reads_status_code_it_shortens(workshop):
    # 'MED' is the one code of three letters or more that shortens "medium": read weakly, so the score drops
    t = workshop.translate("how many medium repair jobs are there")
    assert t.sql is not None and "'MED'" in t.sql
    assert any(link.read_as == "MED" and link.source == "fuzzy" for link in t.links)
    assert t.score.value < 1.0


def test_everyday_word_not_read_as_unrelated_short_part(workshop):
    # "priest" is no shortened "prio": a prefix must be the part itself, not a part of the word's letters
    t = workshop.translate("repair jobs by priest")
    assert t.sql is None or '"prio"' not in t.sql
