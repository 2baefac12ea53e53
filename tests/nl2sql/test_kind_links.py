"""Links that generalise across made-up schemas, on a made-up garden-centre chain.

- A word right before the noun of a table, naming nothing else, reads as the one one-letter code it begins in that
  table's column of kinds (a type or class column of one-letter codes only): "wholesale buyers" keeps the buyers
  whose buyer type is 'W'. A weak ("fuzzy") link; a run of letters from 'A' is a scale (grades), never kinds; two
  codes that fit: neither.
- A table whose one label is an "X_name" column (no plain name, no other "X_name") is named by X too, weakly:
  "patrons" for a table of accounts labelled by patron_nm.
- "people" or "persons" name the one table whose rows have a person's name (a first or last name), weakly; with
  two such tables, or a population column, neither.
- A number said in a currency ("over 300 pounds") compares the money column of the rows it is said of, when they
  have one money column that is no sum of its own kind (a tip, a tax); a "pound" beside a weight: unread.
"""

from __future__ import annotations

import pytest

from .conftest import engine_from_statements

GARDEN = [
    "CREATE TABLE buyers (id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, buyer_type TEXT, price_cls TEXT,"
    " town TEXT)",
    "CREATE TABLE accounts (id INTEGER PRIMARY KEY, patron_nm TEXT, acct_cls TEXT, opened DATE)",
    "CREATE TABLE sales (id INTEGER PRIMARY KEY, buyer_id INTEGER REFERENCES buyers(id), sale_dt DATE,"
    " amt NUMERIC, tip_amt NUMERIC)",
    "CREATE TABLE sacks (id INTEGER PRIMARY KEY, label TEXT, weight_kg NUMERIC, price NUMERIC)",
    "INSERT INTO buyers VALUES (1,'Ann','Pike','W','A','Hull'),(2,'Bo','Reed','R','B','York'),"
    "(3,'Cal','Dunn','R','C','Hull'),(4,'Di','Lowe','W','B','Leeds')",
    "INSERT INTO accounts VALUES (1,'Moss Ltd','T','2020-01-01'),(2,'Fern Co','G','2021-05-01'),"
    "(3,'Ivy plc','T','2022-02-02')",
    "INSERT INTO sales VALUES (1,1,'2024-01-03',420,5),(2,2,'2024-02-11',35,0),(3,1,'2024-03-09',910,10),"
    "(4,3,'2024-03-20',60,2),(5,4,'2024-04-02',300,0)",
    "INSERT INTO sacks VALUES (1,'Compost',40,12),(2,'Bark',25,9),(3,'Grit',55,7)",
]


@pytest.fixture(scope="module")
def garden(tmp_path_factory):
    return engine_from_statements(tmp_path_factory, "garden", GARDEN)[1]


ANSWERED = [
    # a kind's initial in the table's type column
    ("how many wholesale buyers are there", ["\"buyer_type\" = 'W'", "COUNT(*)"]),
    ("list the retail buyers", ["\"buyer_type\" = 'R'"]),
    # the one "X_name" label names the rows
    ("how many patrons are there", ['FROM "accounts"', "COUNT(*)"]),
    # the one table of persons
    ("how many people live in Hull", ['FROM "buyers"', "COUNT(*)", "'Hull'"]),
    # a sum of money in a currency: the rows' one money column (not the tip)
    ("how many sales were between 100 and 500 pounds", ['"amt" BETWEEN 100 AND 500']),
    ("sales of more than 400 dollars", ['"amt" > 400']),
]


@pytest.mark.parametrize(("question", "parts"), ANSWERED)
def test_answered(garden, question, parts):
    t = garden.translate(question)
    assert t.sql is not None and all(p in t.sql for p in parts), (t.sql, t.score)


WEAK = [
    ("how many wholesale buyers are there", "fuzzy"),
    ("how many patrons are there", "weak_link"),
    ("how many people live in Hull", "weak_link"),
]


@pytest.mark.parametrize(("question", "code"), WEAK)
def test_new_links_score_weak(garden, question, code):
    t = garden.translate(question)
    assert t.score is not None and t.score.value < 1.0
    assert code in {r.code for r in t.score.reasons}


NOT_READ = [
    # price_cls holds 'A', 'B', 'C': grades of a scale, so "bulk" is no code of it
    ("how many bulk buyers are there", "'B'"),
    # a pound beside a weight column is no sum of money
    ("sacks over 30 pounds", '"price" >'),
    # 'T' in acct_cls is a class, but the word names no table after it
    ("how many accounts are trade", "'T'"),
]


@pytest.mark.parametrize(("question", "absent"), NOT_READ)
def test_not_read(garden, question, absent):
    t = garden.translate(question)
    assert t.sql is None or absent not in t.sql, t.sql


TWO_PERSON_TABLES = [
    "CREATE TABLE tutors (id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, town TEXT)",
    "CREATE TABLE pupils (id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, town TEXT)",
    "INSERT INTO tutors VALUES (1,'Ann','Pike','Hull'),(2,'Bo','Reed','York')",
    "INSERT INTO pupils VALUES (1,'Cal','Dunn','Hull'),(2,'Di','Lowe','Leeds')",
]


def test_people_with_two_person_tables_is_no_link(tmp_path_factory):
    engine = engine_from_statements(tmp_path_factory, "tuition", TWO_PERSON_TABLES)[1]
    t = engine.translate("how many people live in Hull")
    assert t.sql is None, t.sql
